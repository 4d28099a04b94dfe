# KeyError's final line shows repr of the key.
d = {'alpha': 1}
print(d['alpha'])
key = 'be' + 'ta'
d[key]
