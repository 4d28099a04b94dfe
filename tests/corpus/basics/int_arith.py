# Integer arithmetic: + - * / // % ** and unary ops on small ints.
vals = [0, 1, -1, 2, -2, 7, -7, 10, -10, 13, -13]
for a in vals:
    for b in [1, -1, 2, -2, 3, -3, 5, -5]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
for a in [7, -7]:
    print(-a, +a, ~a, abs(a))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -1, 10 ** -3)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 0 / 5)
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
print(1 + 2 * 3 - 4 // 2 % 3, (1 + 2) * 3, -3 ** 2, (-3) ** 2)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 10 // 3)
print(int.__add__(3, 4), (3).__mul__(5), (3).__rsub__(10))
print((3).__add__(1.5), (3).__truediv__(0) if False else 'skip')
