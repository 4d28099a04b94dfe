"""Digits of pi from a streaming spigot (a linear fractional transformation kept as four big
integers, digits extracted once the next one is certain), then a second big-int workload:
factorials, powers, gcd and integer square roots by Newton's method.

Exercises arbitrary-precision int multiplication, floor division, divmod, comparison,
conversion of big ints to decimal strings.
usage: pidigits.py [DIGITS]
"""
import sys

DEFAULT_SIZE = 4000


def pi_digits(count):
    # state (q, r, t) represents the transformation x -> (q*x + r) / t applied to the tail
    q, r, t = 1, 0, 1
    k = 1
    digits = []
    while len(digits) < count:
        # consume the next term of pi = sum over k of (k! / (2k+1)!!) * 2
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d, rem = divmod(3 * q + r, t)
        if (4 * q + r) // t == d:
            digits.append(d)
            q, r = q * 10, (r - d * t) * 10
    return digits


def isqrt_newton(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    digits = pi_digits(count)
    text = "".join(map(str, digits))
    print("pi %s...%s (%d digits, digit sum %d)" % (text[:12], text[-12:], len(text), sum(digits)))

    fact = 1
    for i in range(2, count + 1):
        fact *= i
    power = 3 ** (count * 3)
    g = gcd(fact, power + 3 ** 100)
    root = isqrt_newton(fact)
    ndigits = fact.bit_length() * 30103 // 100000
    while 10 ** ndigits <= fact:
        ndigits += 1
    head = fact // 10 ** (ndigits - 10)
    zeros = 0
    rest = fact
    while rest % 10 == 0:
        rest //= 10
        zeros += 1
    print("factorial digits %d head %d tail zeros %d low digits %d" % (ndigits, head, zeros, rest % 10 ** 9))
    print("gcd bits %d root bits %d root check %s" % (g.bit_length(), root.bit_length(), root * root <= fact < (root + 1) ** 2))


main()
