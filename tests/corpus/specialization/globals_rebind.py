# Specialized global loads (LOAD_GLOBAL) whose guards fail after warm-up: a global
# reassigned, deleted (NameError), re-added, the globals dict growing and shrinking.
G = 1
H = 'h'

def read_g():
    return G

def read_both():
    return (G, H)

def run(n, change):
    out = []
    for i in range(n):
        change(i)
        try:
            out.append(read_g())
        except NameError as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out

def change1(i):
    global G
    if i == 20:
        G = 'reassigned'
    elif i == 25:
        del G
    elif i == 30:
        G = 3.5
    elif i == 35:
        globals()['G'] = [i]
res = run(45, change1)
print(res[18:22], res[24:27], res[29:32], res[34:37], res[-1])

# Many unrelated globals added mid-loop (the globals dict grows and is rebuilt) and
# removed again: entry positions move, values must not.
def change2(i):
    if 10 <= i < 40:
        globals()['extra_%d' % i] = i
    if i == 50:
        for k in [k for k in globals() if k.startswith('extra_')]:
            del globals()[k]
    if i == 55:
        globals().pop('H')
    if i == 58:
        globals()['H'] = 'back'
out = []
for i in range(70):
    change2(i)
    try:
        out.append(read_both())
    except NameError as e:
        out.append(str(e))
print(out[9], out[39], out[50], out[55], out[57], out[58], out[-1])
print(len([k for k in globals() if k.startswith('extra_')]))

# The same function object while the global it reads is deleted and recreated in a
# tight loop: alternate every iteration, then every third iteration.
total = []
for i in range(120):
    if i % 2 == 0 and i < 60 or i >= 60 and i % 3 == 0:
        G = i
    else:
        globals().pop('G', None)
    try:
        total.append(read_g())
    except NameError:
        total.append(None)
print(total[:8], total[60:68], total.count(None))

# A global holding a function replaced mid-loop: the call site's callee changes too.
def sq(x):
    return x * x
def cube(x):
    return x * x * x
FN = sq
def apply_fn(x):
    return FN(x)
vals = []
for i in range(40):
    if i == 20:
        FN = cube
    if i == 30:
        FN = abs
    vals.append(apply_fn(i - 35))
print(vals[18:22], vals[28:33], vals[-1])

# clear() and update() on a separate globals dict used by exec'd functions.
ns = {'V': 1}
exec('def getv():\n    return V\n', ns)
seen = []
for i in range(40):
    if i == 15:
        ns.clear()
        ns['V'] = 'after clear'
        exec('def getv():\n    return V\n', ns)
    if i == 25:
        ns.update({'A': 1, 'B': 2, 'V': 'updated'})
    seen.append(ns['getv']())
print(seen[14], seen[15], seen[24], seen[25], seen[-1])
