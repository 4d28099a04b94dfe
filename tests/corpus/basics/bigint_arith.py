# Arbitrary-precision integers.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7)
print(b // a, b % a, divmod(b, a), divmod(-b, a), divmod(b, -a))
print(a ** 3)
print(a >> 50, a << 50, -a >> 3, (-a) >> 200)
print(a & b, a | b, a ^ b, ~a)
print(-a & b, -a | b, -a ^ -b)
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // (2 ** 40), f % 1000003)
print(len(str(f)), str(f)[:10], str(f)[-10:])
print(hex(f), oct(a), bin(b)[:40])
print(int('123456789012345678901234567890') * 2)
print(int('-99999999999999999999999999999') - 1)
print(abs(-a), -(-a) == a, a == 2 ** 100, a != b, a < b, b > a)
print((10 ** 30) // (10 ** 15), (10 ** 30) / (10 ** 15))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 64 + 1)
print(pow(2, 200, 10 ** 9 + 7), pow(3, 10 ** 20, 1000))
print(sum(range(10 ** 6)), (2 ** 127 - 1) % 1000000007)
print(a.bit_length(), b.bit_length(), (-a).bit_length(), (0).bit_length())
print(f.bit_count() if hasattr(f, 'bit_count') else None)
x = 1
for i in range(200):
    x = x * 3 + 1
print(x)
print(x % (2 ** 61 - 1))
