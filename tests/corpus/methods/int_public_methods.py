# Every public (non-dunder) method and attribute of int, normal and error cases.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))

for n in (0, 1, -1, 7, -8, 255, 2 ** 64, -(2 ** 100) + 3):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(),
          n.real, n.imag, n.numerator, n.denominator)

run('to_bytes 1024 big', lambda: (1024).to_bytes(2, 'big'))
run('to_bytes 1024 little', lambda: (1024).to_bytes(2, 'little'))
run('to_bytes default', lambda: (65).to_bytes())
run('to_bytes signed', lambda: (-1).to_bytes(2, 'big', signed=True))
run('to_bytes kw', lambda: (258).to_bytes(length=4, byteorder='little'))
run('to_bytes overflow', lambda: (1024).to_bytes(1, 'big'))
run('to_bytes negative unsigned', lambda: (-1).to_bytes(2, 'big'))
run('to_bytes bad order', lambda: (1).to_bytes(2, 'middle'))
run('to_bytes neg length', lambda: (1).to_bytes(-1, 'big'))
run('to_bytes str length', lambda: (1).to_bytes('2', 'big'))
run('to_bytes int order', lambda: (1).to_bytes(2, 5))
run('from_bytes big', lambda: int.from_bytes(b'\x01\x00', 'big'))
run('from_bytes little', lambda: int.from_bytes(b'\x01\x00', 'little'))
run('from_bytes signed', lambda: int.from_bytes(b'\xff\xfe', 'big', signed=True))
run('from_bytes list', lambda: int.from_bytes([1, 2, 3], 'big'))
run('from_bytes default', lambda: int.from_bytes(b'\x00\x10'))
run('from_bytes empty', lambda: int.from_bytes(b'', 'big'))
run('from_bytes bool subclass', lambda: bool.from_bytes(b'\x01', 'big'))
run('from_bytes str', lambda: int.from_bytes('ab', 'big'))
run('from_bytes bad order', lambda: int.from_bytes(b'\x01', 'up'))
run('from_bytes bad list', lambda: int.from_bytes([256], 'big'))
run('bit_length arg', lambda: (5).bit_length(1))
run('bit_count arg', lambda: (5).bit_count(None))
run('as_integer_ratio arg', lambda: (5).as_integer_ratio(2))
run('conjugate unbound', lambda: int.conjugate(9))
run('bit_length unbound str', lambda: int.bit_length('x'))
run('set real', lambda: setattr(5, 'real', 3))
run('set numerator', lambda: setattr(5, 'numerator', 3))
run('no attr', lambda: (5).foo)
run('no attr method', lambda: (5).append(1))
class MyInt(int):
    pass
m = MyInt(12)
print(type(m.conjugate()).__name__, type(m.real).__name__, type(m.numerator).__name__,
      m.as_integer_ratio(), type(m.as_integer_ratio()[0]).__name__)
print(MyInt.from_bytes(b'\x05', 'big'), type(MyInt.from_bytes(b'\x05', 'big')).__name__)
print(True.bit_length(), True.as_integer_ratio(), True.conjugate(), True.real, False.imag)
