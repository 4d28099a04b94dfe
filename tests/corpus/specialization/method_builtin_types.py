# Method calls on builtin types (list.append, str.join, dict.get, ...) specialized to call
# the C-level method directly, interleaved with subclasses that override them, __class__
# changes, wrong argument counts, and builtin functions called at one site.
class LoudList(list):
    def append(self, x):
        list.append(self, ('loud', x))
class QuietList(list):
    pass
class Joiner(str):
    def join(self, parts):
        return '<' + str.join(self, parts) + '>'
class DefaultDict(dict):
    def get(self, k, default=None):
        return dict.get(self, k, 'subclass default')

def add(l, x):
    l.append(x)
def join(sep, parts):
    return sep.join(parts)
def lookup(d, k):
    return d.get(k)

lists = [[], LoudList(), QuietList()]
for i in range(60):
    add(lists[0] if i < 20 else lists[i % 3], i)
print(lists[0][-3:], lists[1][-2:], lists[2][-2:], [len(l) for l in lists])

seps = ['-', Joiner('+'), ',']
print([join(seps[0] if i < 20 else seps[i % 3], ['a', str(i)]) for i in range(40)][18:24])

dicts = [{'k': 1}, DefaultDict(k=2), {}]
print([lookup(dicts[0] if i < 20 else dicts[i % 3], 'k' if i % 2 else 'nope')
       for i in range(40)][18:26])

# __class__ reassigned between list subclasses at a warm site.
ql = QuietList()
for i in range(40):
    if i == 20:
        ql.__class__ = LoudList
    if i == 30:
        ql.__class__ = QuietList
    add(ql, i)
print(ql[18:22], ql[28:32])

# A list subclass whose append is added to the class later.
for i in range(30):
    if i == 15:
        QuietList.append = lambda self, x: list.append(self, -x)
    add(lists[2], i)
print(lists[2][-16:-14])
del QuietList.append

# Wrong argument counts and wrong receivers at warm sites.
def append_n(l, args):
    return l.append(*args)
errs = []
for i in range(30):
    try:
        append_n([], (i,) if i < 20 else ((), (1, 2))[i % 2])
    except TypeError as e:
        errs.append(str(e))
print(errs[:2], len(errs))
def unbound_append(obj, x):
    return list.append(obj, x)
for i in range(20):
    target = [] if i < 15 else ('tuple',)
    try:
        unbound_append(target, i)
    except TypeError as e:
        print(type(e).__name__, e)
        break

# One call site, several builtins and builtin bound methods, then keyword arguments.
def call(f, *args, **kw):
    return f(*args, **kw)
def call2(f, a, b):
    return f(a, b)
fs = [max, min, pow, divmod, [5, 1, 5].index, 'abcb'.count, isinstance, getattr]
argsets = [(3, 4), (3, 4), (3, 4), (17, 5), (5, 1), ('b', 1), (3, int), (3, 'real')]
res = []
for i in range(80):
    k = 0 if i < 20 else i % 8
    res.append(call2(fs[k], *argsets[k]))
print(res[20:28])
print([call(sorted, [3, 1, 2], reverse=bool(i % 2)) for i in range(20)][-2:])
try:
    call(len, [1], key=1)
except TypeError as e:
    print(type(e).__name__, e)

# Instance attributes of builtin-type subclasses (dicts in different places) at one site.
class LI(list): pass
class DI(dict): pass
class II(int): pass
class EI(Exception): pass
class TI(tuple): pass
class Obj: pass
things = [LI([1]), DI(a=1), II(5), EI('x'), TI((1,)), Obj()]
def set_get(o, v):
    o.tag = v
    return o.tag
print([set_get(things[0] if i < 40 else things[i % 6], i) for i in range(120)][-6:],
      [len(things[0]), things[2] + 1, things[3].args])
