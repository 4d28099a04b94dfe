"""Fannkuch: flip prefixes of every permutation of 1..n until 1 comes first.

Exercises small-int arithmetic, list indexing, slicing and slice assignment, while loops.
usage: fannkuch.py [N]
"""
import sys

DEFAULT_SIZE = 9


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    parity = 1
    r = n
    while True:
        # count flips for the current permutation
        if perm[0] != 0:
            p = perm[:]
            flips = 0
            first = p[0]
            while first != 0:
                # reverse the first first+1 elements
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * parity
        # next permutation, in the rotation order of the classic benchmark
        parity = -parity
        while r != 1:
            counts[r - 1] = r
            r -= 1
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            i = 0
            while i < r:
                perm[i] = perm[i + 1]
                i += 1
            perm[r] = head
            counts[r] -= 1
            if counts[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))


main()
