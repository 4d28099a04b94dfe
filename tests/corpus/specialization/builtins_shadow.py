# Specialized builtin loads (LOAD_GLOBAL of len/abs/...) whose guards fail: a module global
# shadows the builtin mid-loop and is deleted again, builtins itself is changed, and one
# code object runs under several globals and builtins dicts.
import builtins

def measure(x):
    return len(x), abs(-len(x))

out = []
for i in range(60):
    if i == 20:
        len = lambda x: 7
    if i == 30:
        abs = str
    if i == 40:
        del len
    if i == 50:
        del abs
    out.append(measure('abcd'[: i % 5]))
print(out[19:21], out[29:31], out[39:41], out[49:51], out[-1])

# A name that only exists in builtins, added, changed, deleted and re-added there.
def use_extra():
    try:
        return spec_extra_name * 2
    except NameError as e:
        return 'NameError: ' + str(e)
res = []
for i in range(50):
    if i == 10:
        builtins.spec_extra_name = 21
    if i == 20:
        builtins.spec_extra_name = 'ab'
    if i == 30:
        del builtins.spec_extra_name
    if i == 40:
        setattr(builtins, 'spec_extra_name', [i])
    res.append(use_extra())
print(res[9], res[10], res[20], res[30], res[-1])
# A module global of the same name now wins over the builtin; then it goes away.
spec_extra_name = 'global'
print(use_extra())
del spec_extra_name
print(use_extra())
del builtins.spec_extra_name

# Replacing a builtin in the builtins module itself (keys unchanged, value changed).
real_max = builtins.max
def biggest(a, b):
    return max(a, b)
got = []
for i in range(30):
    if i == 10:
        builtins.max = lambda a, b: ('fake', a, b)
    if i == 20:
        builtins.max = real_max
    got.append(biggest(i, 15))
print(got[9:11], got[19:21], got[-1])

# One code object, many globals dicts: keys at different positions, some shadowing len,
# one with its own __builtins__ dict.
src = 'def f(s):\n    return (len(s), K)\n'
code = compile(src, '<spec>', 'exec')
own_builtins = {'len': lambda s: 'own-len'}
spaces = [
    {'K': 'plain'},
    {'a': 1, 'b': 2, 'K': 'later key'},
    {'len': lambda s: -1, 'K': 'shadowed'},
    {'__builtins__': own_builtins, 'K': 'own builtins'},
]
funcs = []
for ns in spaces:
    exec(code, ns)
    funcs.append(ns['f'])
rows = []
for i in range(80):
    f = funcs[i % 4] if i < 40 else funcs[(i // 10) % 4]
    rows.append(f('xyz'))
print(rows[:4])
print(rows[40], rows[50], rows[60], rows[70])
# The same code object executed directly, not through a function.
direct = compile('r = (len(s), K)', '<spec2>', 'exec')
seen = []
for i in range(40):
    ns = dict(spaces[i % 4])
    ns['s'] = 'q' * (i % 3)
    exec(direct, ns)
    seen.append(ns['r'])
print(seen[:4], seen[-4:])
try:
    exec(direct, {'__builtins__': {}, 's': 'x', 'K': 0})
except NameError as e:
    print(type(e).__name__, e)
