# Complex numbers: literals, arithmetic, repr, attributes.
a = 3 + 4j
b = 1 - 2j
print(a, b, repr(a), a.real, a.imag, a.conjugate(), abs(a))
print(a + b, a - b, a * b, a / b, -a, +a)
print(a == 3 + 4j, a != b, a == 3, (3 + 0j) == 3, 1j * 1j)
print(complex(1, 2), complex('1+2j'), complex('  -3.5j '), complex(2), complex(), complex(1.5))
print(complex(1j, 1j), complex('inf+nanj'), complex(-0.0, -0.0), complex(0.0, -0.0))
print(1j, -1j, 0j, -0j, 1e20j, 2.5 + 0j, (1 + 1j) ** 2, (1 + 1j) ** 0.5)
print(pow(1j, 2), 2 ** 1j, (1j) ** 1j)
print(a * 2, 2 * a, a / 2, a + 1.5, True + 1j)
try:
    a < b
except TypeError as e:
    print('TypeError', e)
try:
    a // b
except TypeError as e:
    print('TypeError', e)
try:
    a % b
except TypeError as e:
    print('TypeError', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    int(a)
except TypeError as e:
    print('TypeError', e)
try:
    complex('1+2')
except ValueError as e:
    print('ValueError', e)
try:
    complex('x')
except ValueError as e:
    print('ValueError', e)
try:
    complex('1', 2)
except TypeError as e:
    print('TypeError', e)
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0))
print(str(complex(1e16, 1e-5)), repr(complex(float('nan'), float('inf'))))
print(0j ** 0, (2 + 3j).__radd__(1), (2 + 3j).__rmul__(2))
