# Generator expressions support send(None), throw and close too.
g = (x * 2 for x in range(5))
print(g.send(None), next(g))
try:
    g.send(1)
except TypeError as e:
    print('TypeError', e) 
else:
    print('send(1) to running genexp accepted')
try:
    g.throw(ValueError('into genexp'))
except ValueError as e:
    print('ValueError', e)
print(list(g))
h = (x for x in range(3))
h.close()
print(list(h))
k = (x for x in range(3))
try:
    k.send('x')
except TypeError as e:
    print('TypeError', e)
