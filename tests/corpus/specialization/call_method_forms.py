# One function object reached at one call site both as a method (LOAD_METHOD pushes self,
# so the call passes one more argument) and as a plain function (from an instance dict, a
# class, a staticmethod): the argument count a specialized call saw must be re-checked.
class C:
    def m(self, x):
        return ('m', type(self).__name__, x)
def call(o, x):
    try:
        return o.m(x)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

# Warm as a method, then the same function found in the instance dict (one argument short).
o = C()
out = [call(o, i) for i in range(20)]
o.m = C.m
out.append(call(o, 'via dict'))
del o.m
out.append(call(o, 'method again'))
print(out[19:])

# Warm as Cls.method(x) (no self pushed), then on an instance; and the reverse.
print([call(C if i < 20 else C(), i) for i in range(24)][18:22])
print([call(C() if i < 20 else C, i) for i in range(24)][18:22])

# Warm through the instance dict with one argument, then as a method (one too many).
class D:
    def solo(self):
        mark = 'solo body'
        return (type(self).__name__, mark)
def call_solo(o, x):
    try:
        return o.solo(x)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
d = D()
d.solo = D.solo
res = [call_solo(d, D()) for i in range(20)]
del d.solo
res.append(call_solo(d, 7))
print(res[19:])

# One function as a plain method of one class and a staticmethod of another, with a
# default that only the staticmethod call uses.
def fn(a, b='default b'):
    return (type(a).__name__, b)
class Plain:
    f = fn
class Static:
    f = staticmethod(fn)
def call_f(o, x):
    try:
        return o.f(x)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
objs = [Plain(), Static()]
print([call_f(objs[0] if i < 20 else objs[i % 2], i) for i in range(24)][18:24])
print([call_f(objs[1] if i < 20 else objs[i % 2], i) for i in range(24)][18:24])

# A method with defaults reached without self: one argument fewer than every default.
class W:
    def w(self, a, b=2, c=3):
        return ('w', a, b, c)
def call_w(o, a):
    try:
        return o.w(a)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
wo = W()
res = [call_w(wo, i) for i in range(20)]
wo.w = W.w
res.append(call_w(wo, 'no self'))
res.append(call_w(W, W()))
print(res[19:])
