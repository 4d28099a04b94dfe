"""N-queens, solved three ways: backtracking over sets, a generator of permutations filtered by
diagonal sets, and a bit-mask counter.

Exercises generators (recursive `yield from`), sets, tuples, list comprehensions, ints as bit sets.
usage: nqueens.py [N]
"""
import sys

DEFAULT_SIZE = 9


def permutations(items):
    """All orderings of a tuple, generated recursively."""
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def queens_by_permutation(n):
    cols = tuple(range(n))
    for perm in permutations(cols):
        if n == len({perm[i] + i for i in cols}) == len({perm[i] - i for i in cols}):
            yield perm


def queens_backtracking(n):
    solutions = []
    placed = []
    used_cols = set()
    used_diag = set()
    used_anti = set()

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            if col in used_cols or (row + col) in used_diag or (row - col) in used_anti:
                continue
            used_cols.add(col)
            used_diag.add(row + col)
            used_anti.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            used_cols.discard(col)
            used_diag.discard(row + col)
            used_anti.discard(row - col)

    place(0)
    return solutions


def queens_bits(n):
    full = (1 << n) - 1

    def count(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += count(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return count(0, 0, 0)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    by_perm = list(queens_by_permutation(n))
    by_search = queens_backtracking(n)
    by_bits = [queens_bits(k) for k in range(1, n + 3)]
    assert sorted(by_perm) == sorted(by_search)
    print("solutions(%d) = %d" % (n, len(by_perm)))
    print("first", by_perm[0], "last", by_perm[-1])
    print("counts", by_bits)


main()
