# Sort stability across multiple passes, key caching (key called once per item), and reverse stability.
records = [('alice', 'eng', 30), ('bob', 'ops', 25), ('carol', 'eng', 25), ('dave', 'ops', 30), ('eve', 'eng', 35), ('frank', 'hr', 25)]
by_age = sorted(records, key=lambda r: r[2])
by_dept_then_age = sorted(by_age, key=lambda r: r[1])
print([r[0] for r in by_dept_then_age])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
calls = []
def key(r):
    calls.append(r[0])
    return r[1]
sorted(records, key=key)
print(len(calls), calls)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
data = [3, 1, 2] * 3
print(sorted(range(len(data)), key=data.__getitem__))
big = [(i * 7919) % 101 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(big, reverse=True)[::-1])
