# One for-loop site over ASCII, non-ASCII, empty and lone-surrogate strs (FOR_ITER_STR and
# its fallback).
def f(s):
    n = 0
    for ch in s:
        if ch == "a":
            n += 1
    return n
for s in ("banana", "caf\u00e9 au lait", "", "\ud800x", "a" * 50):
    print(f(s), [c for c in s][:3])
