# Shifts at BINARY_OP_INT sites: counts up to and past the word size, bits lost to the
# left (the result leaves the inline range), negative numbers and negative counts.
vals = [0, 1, -1, 5, -5, 2**61, -2**61, 2**62 - 1, -2**62, 3, 12345678901234]
for _ in range(30):
    out = []
    for x in vals:
        for y in (0, 1, 2, 5, 60, 61, 62, 63, 64, 100):
            out.append((x << y, x >> y))
        try:
            x << -1
        except ValueError as e:
            out.append(str(e))
        try:
            x >> -1
        except ValueError as e:
            out.append(str(e))
print(len(out))
print(out)
