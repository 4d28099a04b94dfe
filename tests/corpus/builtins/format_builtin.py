# format() builtin with many types and specs, __format__ dispatch.
print(format(42), format(42, 'b'), format(3.5, '.3f'), format('s', '>4'), format(None), format([1, 2]), format(True), format(1j, '.1f'))
print(format(1234.5, ','), format(0.125, '.1%'), format(-3, '=+6'), format('left', '<8') + '|', format(255, '#X'))
print(format(1e-8), format(12345678.9, 'g'), format(2 ** 40, ',d'), format(1.0, 'n'), format(-0.0, ''), format(-0.0, '+.1f'))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
print(format(Money(3.5), 'usd'), format(Money(3.5), '.1f'), f'{Money(2):usd}', '{:usd}'.format(Money(7)))
for call in [lambda: format(1, 'z'), lambda: format('s', 'd'), lambda: format([], 'x'), lambda: format(1, 1), lambda: format(1.5, ',,'),
             lambda: format(object(), '>5'), lambda: format(1, '.2'), lambda: format('x', '=5')]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError', e)
