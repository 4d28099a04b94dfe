# round() delegating to __round__ and on large/negative ndigits.
class R:
    def __round__(self, ndigits=None):
        return ('rounded', ndigits)
print(round(R()), round(R(), 3), round(R(), None))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(5e-324, 400))
print(round(10 ** 20 + 0.5), round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(2 ** 100, -30))
print(round(1.5, None), round(7, None), type(round(7.0, None)).__name__)
