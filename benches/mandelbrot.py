"""Mandelbrot set on a grid: escape-time iteration with floats, bits packed into ints per row,
plus an integer-only fixed-point version of the same iteration for comparison.

Exercises float multiply/add/compare in a tight while loop, int shifts and bitwise or,
nested range loops.
usage: mandelbrot.py [SIZE]
"""
import sys

DEFAULT_SIZE = 360

LIMIT = 50


def float_rows(size):
    rows = []
    inside = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        bits = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            i = 0
            while i < LIMIT:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            bits <<= 1
            if i == LIMIT:
                bits |= 1
                inside += 1
        rows.append(bits)
    return rows, inside


def fixed_point_count(size, shift=24):
    one = 1 << shift
    four = 4 << (2 * shift)
    inside = 0
    iterations = 0
    for y in range(0, size, 2):
        ci = (2 * y * one) // size - one
        for x in range(0, size, 2):
            cr = (2 * x * one) // size - (3 * one >> 1)
            zr = zi = 0
            i = 0
            while i < LIMIT:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > four:
                    break
                zi = ((zr * zi) >> (shift - 1)) + ci
                zr = ((zr2 - zi2) >> shift) + cr
                i += 1
            iterations += i
            if i == LIMIT:
                inside += 1
    return inside, iterations


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    rows, inside = float_rows(size)
    digest = 0
    for bits in rows:
        digest = (digest * 1000003 ^ bits) % (1 << 61)
    fixed_inside, iterations = fixed_point_count(size)
    print("float: %d points inside, digest %d" % (inside, digest))
    print("fixed: %d points inside, %d iterations" % (fixed_inside, iterations))


main()
