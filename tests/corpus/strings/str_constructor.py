# str() and repr() of many objects, str subclasses.
print(str(), str(1), str(1.5), str(None), str(True), str([1, 'a']), str((1,)), str({'a': 1}), str({1}), str(b'x'), str(1j))
print(str(object=5), str(b'abc', encoding='ascii'), str(b'a\xffb', 'utf-8', 'replace'), str(bytearray(b'hi'), 'ascii'))
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def extra(self):
        return 'extra:' + self
s = S('hello')
print(s, repr(s), type(s).__name__, s.extra(), s + '!', type(s + '!').__name__, type(s.lower()).__name__, s == 'HELLO', len(s))
print(isinstance(s, str), str(s), type(str(s)).__name__, s[1:3], type(s[1:3]).__name__)
class R:
    def __str__(self):
        return 'R-str'
    def __repr__(self):
        return 'R-repr'
print(str(R()), repr(R()), [R()], f'{R()}', '%s %r' % (R(), R()))
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print('TypeError', e)
class BadR:
    def __repr__(self):
        return None
try:
    repr(BadR())
except TypeError as e:
    print('TypeError', e)
try:
    str(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    str('a', 'utf-8')
except TypeError as e:
    print('TypeError', e)
