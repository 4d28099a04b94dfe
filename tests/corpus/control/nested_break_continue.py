# Nested loops with break/continue at different levels and flags.
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print('found', found)
result = []
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
i = 0
while i < 5:
    i += 1
    for j in range(i):
        if j == 2:
            break
    else:
        print('inner completed at', i)
        continue
    print('inner broke at', i)
for x in range(3):
    try:
        if x == 1:
            continue
        print('body', x)
    finally:
        print('finally', x)
for x in range(3):
    try:
        if x == 1:
            break
    finally:
        print('finally before break', x)
