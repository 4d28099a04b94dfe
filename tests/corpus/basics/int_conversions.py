# int() from strings, bases, floats; int methods.
print(int('42'), int(' -42 '), int('+7'), int('1_000_000'), int('0'), int('-0'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('10', 2), int('777', 8), int('0', 0), int('  12\n'))
print(int('1_0', 0), int('12', 5), int(3.99), int(-3.99), int(True), int('١٢٣'))
for s, base in [('', 10), ('abc', 10), ('12', 2), ('0x1', 10), ('1__0', 10), ('_1', 10), ('1.5', 10),
                ('08', 0), ('9', 8), ('1', 1), ('1', 37), (' ', 10), ('0b', 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print('ValueError', e)
for bad in [None, [], '1', 1.5]:
    try:
        print(int(bad, 10) if isinstance(bad, str) else int(bad))
    except TypeError as e:
        print('TypeError', e)
try:
    int(1.5, 10)
except TypeError as e:
    print('TypeError', e)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
try:
    (1024).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError', e)
print((10).as_integer_ratio(), (10).numerator, (10).denominator, (10).real, (10).imag, (10).conjugate())
print(int.__new__(int, 5), int(), type(int('5')).__name__)
class I(int):
    pass
print(int(I(7)), type(int(I(7))).__name__, I(7) + 1, type(I(7) + 1).__name__, I('12', 3))
