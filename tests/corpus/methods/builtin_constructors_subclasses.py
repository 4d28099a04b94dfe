# Builtin constructors through __new__/__init__ and subclasses of builtins overriding methods.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

print(int.__new__(int, 5), int.__new__(int, '  -12 '), int.__new__(int, '0x1f', 0), int.__new__(int, 3.99))
print(float.__new__(float, ' 2.5 '), str.__new__(str, [1]), tuple.__new__(tuple, 'ab'), list.__new__(list, 'ignored'))
print(dict.__new__(dict, a=1), set.__new__(set, [1]), frozenset.__new__(frozenset, [2]), complex.__new__(complex, 1, 1))
print(type(object.__new__(object)).__name__, bool.__new__(bool, 'x'), range.__new__(range, 1, 3), slice.__new__(slice, 2))
class MyInt(int):
    def __new__(cls, value, label='?'):
        self = super().__new__(cls, value)
        self.label = label
        return self
    def __repr__(self):
        return 'MyInt(%d, %r)' % (int(self), self.label)
    def __add__(self, o):
        return MyInt(int(self) + int(o), self.label + '+')
m = MyInt('7', 'seven')
print(m, m + 1, 1 + m, m * 2, type(m * 2).__name__, m.real, type(m.real).__name__, -m, type(-m).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hi there')
print(s.shout(), type(s.upper()).__name__, type(s[0]).__name__, type(s + 'x').__name__, s.split(), type(s.split()[0]).__name__, repr(s))
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = ['init']
    def append(self, x):
        self.log.append(('append', x))
        super().append(x)
    def __getitem__(self, i):
        return ('item', super().__getitem__(i))
ml = MyList([1, 2])
ml.append(3)
ml.extend([4])
print(ml, ml.log, ml[0], list(ml), type(ml + [5]).__name__, type(ml[:]).__name__ if False else ml[0:2], len(ml))
class MyDict(dict):
    def __missing__(self, key):
        return 'missing:' + str(key)
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict(a=1)
md['b'] = 2
md.update(c=3)
print(md, md['zzz'], md.get('zzz'), 'zzz' in md, type(md.copy()).__name__, MyDict.fromkeys('x', 1))
class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __repr__(self):
        return 'MyTuple' + tuple.__repr__(self)
print(MyTuple(1, 2, 3), MyTuple(1, 2)[1], MyTuple(1) + (2,), type(MyTuple(1) + (2,)).__name__)
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, type(MyFloat(1.5) + 1).__name__, MyFloat('2.5'), type(abs(MyFloat(-1.0))).__name__, MyFloat.fromhex('0x1p1'))
class NoInit(list):
    def __init__(self):
        pass
print(NoInit(), list.__init__(NoInit(), [1]))
run('int new float base', lambda: int.__new__(int, 5.5, 10))
run('int new base range', lambda: int('5', 37))
run('str new with non-str errors', lambda: str(b'a', errors=5))
run('tuple new not type', lambda: tuple.__new__(5))
run('list init not list', lambda: list.__init__((), [1]))
run('dict init non-mapping', lambda: dict.__init__({}, 5))
run('MyInt bad', lambda: MyInt('x'))
run('MyTuple kw', lambda: MyTuple(a=1))
run('float new subtype mismatch', lambda: float.__new__(int, 1))
run('subclass of NoneType', lambda: type('N', (type(None),), {}))
run('subclass of function', lambda: type('F', (type(run),), {}))
