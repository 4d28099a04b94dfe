# Floor division and modulo with negative operands, ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in pairs:
    fa, fb = float(a), float(b)
    print(fa, fb, fa // fb, fa % fb, divmod(fa, fb))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(5 % 0.3, -5 % 0.3, 1e300 % 7, -1e-300 % 1)
print(-0.0 % 5, 0.0 % -5, -0.0 // 5)
print(10 ** 20 // -3, 10 ** 20 % -3, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(3 // True, 3 % True, True // 1, False % 3)
for a in range(-4, 5):
    print(a, [a % m for m in (1, 2, 3, -2, -3)], [a // m for m in (1, 2, 3, -2, -3)])
