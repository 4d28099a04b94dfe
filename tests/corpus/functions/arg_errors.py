# CPython's messages for wrong argument counts and keywords.
def two(a, b):
    pass
def opt(a, b=1):
    pass
def kwonly(a, *, k):
    pass
def kwonly2(*, k1, k2):
    pass
def posonly(a, b, /, c):
    pass
def none():
    pass
def star(*args):
    pass
def many(a, b, c, d=4):
    pass
class C:
    def meth(self, x):
        pass
    @staticmethod
    def st(x):
        pass
    @classmethod
    def cm(cls, x):
        pass
calls = [
    lambda: two(1), lambda: two(), lambda: two(1, 2, 3), lambda: two(1, b=2, c=3), lambda: two(1, a=1),
    lambda: opt(), lambda: opt(1, 2, 3), lambda: kwonly(1), lambda: kwonly(1, 2), lambda: kwonly(1, 2, k=3),
    lambda: kwonly2(), lambda: kwonly2(k1=1), lambda: kwonly2(1), lambda: posonly(1, b=2, c=3), lambda: posonly(a=1, b=2, c=3),
    lambda: posonly(1, 2), lambda: none(1), lambda: none(x=1), lambda: star(k=1), lambda: many(1), lambda: many(),
    lambda: many(1, 2, 3, 4, 5), lambda: C().meth(), lambda: C().meth(1, 2), lambda: C.meth(1), lambda: C.st(), lambda: C.cm(1, 2),
    lambda: two(**{'a': 1, 'b': 2, 'z': 3}), lambda: two(1, **{'a': 2}), lambda: (lambda x: x)(), lambda: (lambda: 0)(1),
    lambda: two(*[1], **{'b': 2, 'b2': 3}), lambda: many(1, 2, d=4),
]
for c in calls:
    try:
        c()
        print('no error')
    except TypeError as e:
        print('TypeError', e)
