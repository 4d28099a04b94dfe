# abs, divmod and pow builtins across numeric types and errors.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30), abs(float('-inf')))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(True, 2), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-1, 0.5), pow(4, 0.5), pow(3, 200, 1000), pow(-2, 3, 5))
class Absable:
    def __abs__(self):
        return 'custom abs'
class DivModable:
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
print(abs(Absable()), divmod(DivModable(), 3), divmod(3, DivModable()))
for call in [lambda: abs('x'), lambda: abs(), lambda: divmod(1), lambda: divmod(1, 'a'), lambda: divmod(1j, 1), lambda: pow(), lambda: pow(1)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
