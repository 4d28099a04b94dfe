# C3 linearisation: diamonds, complex hierarchies, and inconsistent orders.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print('TypeError', e)
class P1: pass
class P2: pass
class Q1(P1, P2): pass
class Q2(P2, P1): pass
try:
    class R(Q1, Q2): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError', e)
class Left(O):
    def f(self):
        return 'Left>' + super().f()
class Right(O):
    def f(self):
        return 'Right>' + super().f()
class Base(O):
    pass
O.f = lambda self: 'O'
class Bottom(Left, Right):
    def f(self):
        return 'Bottom>' + super().f()
print(Bottom().f(), [c.__name__ for c in Bottom.mro()])
print(type.mro(Bottom) == list(Bottom.__mro__), int.__mro__, bool.__mro__, object.__mro__)
