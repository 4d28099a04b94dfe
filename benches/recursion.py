"""Recursion-heavy functions: Fibonacci, Takeuchi, Ackermann, a recursive tree and a deep
linked-list walk close to the default recursion limit.

Exercises Python-to-Python calls and returns, frame creation, argument passing, small ints.
usage: recursion.py [N]   (fib(N); the others scale with it)
"""
import sys

DEFAULT_SIZE = 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def build_tree(depth):
    if depth == 0:
        return None
    return (build_tree(depth - 1), depth, build_tree(depth - 1))


def tree_sum(node):
    if node is None:
        return 0
    left, value, right = node
    return tree_sum(left) + value + tree_sum(right)


def make_list(n):
    head = None
    for i in range(n):
        head = (i, head)
    return head


def list_sum(node):
    if node is None:
        return 0
    return node[0] + list_sum(node[1])


def depth_of(n, *, step=1):
    # keyword-only argument on a deep path
    return 0 if n <= 0 else 1 + depth_of(n - step, step=step)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    print("fib(%d) = %d" % (n, fib(n)))
    print("tak(%d, %d, %d) = %d" % (n - 6, n // 2, n // 4, tak(n - 6, n // 2, n // 4)))
    print("ack(2, %d) = %d, ack(3, 6) = %d" % (n * 10, ack(2, n * 10), ack(3, 6)))
    tree = build_tree(n // 2)
    print("tree sum", tree_sum(tree))
    chain = make_list(900)
    total = 0
    for _ in range(n * 20):
        total += list_sum(chain) + depth_of(900)
    print("deep walks", total)


main()
