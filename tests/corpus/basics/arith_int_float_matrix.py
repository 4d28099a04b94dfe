# Every binary operator and comparison over small ints, big ints, floats (signed zeros,
# infinities, NaN) and bools, plus the augmented forms: the interpreter's fast paths for ints
# and floats must agree with the general ones.
vals = [0, 1, -7, 3, 2**61, -2**62, 0.0, -0.0, -2.25, float('inf'), float('nan'), 2**53 + 1, True]
ops = ['+', '-', '*', '/', '//', '%', '&', '|', '^', '<', '<=', '==', '!=', '>', '>=']
for a in vals:
    row = []
    for b in vals:
        for op in ops:
            try:
                row.append(repr(eval(f'a {op} b')))
            except Exception as e:
                row.append(type(e).__name__)
        x = a
        try:
            x += b
            x -= b
            x *= 2
            x //= 3
            row.append(repr(x))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), ' '.join(row))
