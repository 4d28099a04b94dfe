# Big-integer workloads: factorials and digit sums, Fibonacci by fast doubling (mod and exact), digits of pi by a
# spigot, modular exponentiation, primality testing, continued fractions, and base conversion.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

def digit_sum(n):
    return sum(int(d) for d in str(n))

def trailing_zeros(n):
    count = 0
    while n % 10 == 0:
        n //= 10
        count += 1
    return count

def fib_pair(n, mod=None):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1, mod)
    c = a * (2 * b - a)
    d = a * a + b * b
    if mod:
        c, d = c % mod, d % mod
    if n & 1:
        return (d, (c + d) % mod if mod else c + d)
    return c, d

def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def isqrt(n):
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

def to_base(n, base):
    chars = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, rem = divmod(n, base)
        out.append(chars[rem])
    return sign + ''.join(reversed(out))

def sqrt2_convergents(count):
    h0, h1, k0, k1 = 1, 3, 1, 2
    out = [(1, 1), (3, 2)]
    for _ in range(count - 2):
        h0, h1 = h1, 2 * h1 + h0
        k0, k1 = k1, 2 * k1 + k0
        out.append((h1, k1))
    return out

f100 = factorial(100)
print('100! has', len(str(f100)), 'digits, digit sum', digit_sum(f100), 'trailing zeros', trailing_zeros(f100))
print('100! =', str(f100)[:30] + '...' + str(f100)[-30:])
print('1000! digits', len(str(factorial(1000))), 'bit length', factorial(1000).bit_length())
print('fib(100) =', fib_pair(100)[0], 'fib(1000) digits', len(str(fib_pair(1000)[0])))
print('fib(10**18) mod 1e9+7 =', fib_pair(10 ** 18, 10 ** 9 + 7)[0])
print('fib(2**64) mod 1000 =', fib_pair(2 ** 64, 1000)[0])
check = [fib_pair(i)[0] for i in range(15)]
print('first fibs', check)
digits = pi_digits(120)
print('pi =', '%d.%s' % (digits[0], ''.join(map(str, digits[1:]))))
print('digit histogram', [digits.count(d) for d in range(10)])
print('2**127-1 prime?', is_probable_prime(2 ** 127 - 1), ' 2**128+1 prime?', is_probable_prime(2 ** 128 + 1))
print('primes near 10**20:', [n for n in range(10 ** 20, 10 ** 20 + 200) if is_probable_prime(n)])
carmichael = [561, 1105, 1729, 2465, 2821, 6601]
print('carmichael composites detected', [is_probable_prime(c) for c in carmichael])
print('pow(3, 10**100, 10**9+7) =', pow(3, 10 ** 100, 10 ** 9 + 7), ' inverse of 17 mod 3120 =', pow(17, -1, 3120))
big = 3 ** 500
root = isqrt(big)
print('isqrt(3**500) ok', root * root <= big < (root + 1) ** 2, 'last digits', root % 10 ** 12)
print('sqrt(2) to 50 places', str(isqrt(2 * 10 ** 100))[:1] + '.' + str(isqrt(2 * 10 ** 100))[1:51])
for n, b in [(255, 2), (255, 16), (-12345, 36), (2 ** 100, 7), (0, 3)]:
    s = to_base(n, b)
    print('base', b, s, int(s, b) == n)
conv = sqrt2_convergents(30)
h, k = conv[-1]
print('sqrt2 convergent', h, '/', k, 'error sign', (h * h - 2 * k * k))
print('collatz longest under 3000:', max(range(1, 3000), key=lambda n: (lambda f: f(f, n, 0))(lambda f, m, c: c if m == 1 else f(f, m // 2 if m % 2 == 0 else 3 * m + 1, c + 1))))
print('sum of digits of 2**1000:', digit_sum(2 ** 1000), ' 7**77 mod 1000:', 7 ** 77 % 1000, ' -7**77 // 10**60:', -7 ** 77 // 10 ** 60)
print('gcd/lcm chain', (lambda a, b: (a * b) // __import__('math').gcd(a, b))(2 ** 40 * 3 ** 5, 6 ** 20))
