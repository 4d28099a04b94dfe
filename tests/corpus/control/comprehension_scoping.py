# Comprehension variables don't leak; outer names visible; nested comprehensions; class-body restrictions.
i = 'outer i'
squares = [i * i for i in range(4)]
print(i, squares)
x = 10
print([x + j for j in range(3)], {j: x for j in range(2)}, {x for _ in range(3)}, list(x * k for k in range(2)))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [[row[c] for row in matrix] for c in range(3)])
print([(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0])
def f():
    y = 5
    return [y * n for n in range(3)], (lambda: [y for _ in range(2)])()
print(f())
funcs = [(lambda n=n: n * 10) for n in range(3)]
print([fn() for fn in funcs])
result = [[n for n in range(k)] for k in range(4)]
print(result)
print([c for c in 'ab' for c in c * 2])
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
