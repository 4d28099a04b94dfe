# math module functions (deterministic subset).
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6, 10))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.comb(10, 3), math.perm(10, 3), math.comb(100, 50))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.copysign(3, -0.0))
print(math.isnan(float('nan')), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0), math.log1p(0))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.modf(3.5), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3))
print(math.remainder(7, 3), math.nextafter(1.0, 2.0), math.ulp(1.0))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.factorial, 2.5), (math.exp, 1000), (math.isqrt, -1)]:
    try:
        print(f(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
