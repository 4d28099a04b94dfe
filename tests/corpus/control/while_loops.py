# while loops with break/continue/else.
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print('even', i)
else:
    print('else not run')
print('after', i)
n = 0
while n < 3:
    n += 1
else:
    print('while-else ran', n)
while False:
    pass
else:
    print('empty while-else')
count = 0
while True:
    count += 1
    if count > 5:
        break
print('count', count)
a, b = 0, 1
fib = []
while len(fib) < 15:
    fib.append(a)
    a, b = b, a + b
print(fib)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner)
        inner += 1
    outer += 1
x = 100
while x > 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    print(x, end=' ')
print()
