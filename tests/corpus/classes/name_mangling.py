# Private name mangling.
class A:
    __secret = 'A secret'
    def __init__(self):
        self.__x = 1
        self._y = 2
    def get(self):
        return self.__x, self.__secret
    def __private_method(self):
        return 'private'
    def call(self):
        return self.__private_method()
class B(A):
    __secret = 'B secret'
    def __init__(self):
        super().__init__()
        self.__x = 'B x'
    def getb(self):
        return self.__x, self.__secret
b = B()
print(b.get(), b.getb(), b.call(), sorted(vars(b)), b._A__x, b._B__x, A._A__secret)
try:
    b.__x
except AttributeError as e:
    print('AttributeError', e)
try:
    A.__secret
except AttributeError as e:
    print('AttributeError', e)
class _Under:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(_Under().m())
class __Dunder__:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(__Dunder__().m())
class C:
    def f(self):
        __local = 5
        return __local, [k for k in locals()]
print(C().f())
class D:
    def g(self):
        return getattr(self, '__hidden', 'getattr does not mangle')
    __hidden = 'mangled'
print(D().g(), D._D__hidden)
