# Remaining str methods: count, index with types, __contains__, __len__, __getitem__, __mod__ called directly.
s = 'abracadabra'
print(s.count('a'), s.count('abra'), s.count('a', 4), s.count('a', 4, 8), s.count('', 2, 5), s.count('x'))
print(s.__len__(), s.__contains__('cad'), s.__getitem__(3), s.__getitem__(slice(1, 4)), s.__add__('!'), s.__mul__(2))
print(s.__eq__('abracadabra'), s.__eq__(1), s.__lt__('b'), s.__lt__(1), s.__mod__(()), '%s'.__mod__('x'), s.__rmul__(2))
print(str.upper(s), str.__len__('abc'), str.join('-', 'ab'), str.replace(s, 'a', 'A', 2))
try:
    str.upper(5)
except TypeError as e:
    print('TypeError', e)
try:
    str.join(5, 'ab')
except TypeError as e:
    print('TypeError', e)
print(s.index('c'), s.rindex('a'), s.find('bra', 2), s.rfind('bra', 0, 5))
print(s.split('a'), s.rsplit('a', 2), s.partition('ca'), s.title(), s.center(15, '~'), s.swapcase())
print(hash('') == hash(''), 'abc'.__hash__() == hash('abc'))
