# ZeroDivisionError messages for every operator and type combination.
tests = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0.0,
         lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 1j / 0, lambda: 1 / 0j, lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -2),
         lambda: (10 ** 30) / 0, lambda: (10 ** 30) // 0, lambda: (10 ** 30) % 0, lambda: True / False, lambda: 5 % False,
         lambda: pow(2, 3, 0), lambda: 0j ** -1, lambda: 1 // 0.0, lambda: -1 % 0.0]
for t in tests:
    try:
        print('no error', t())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError))
