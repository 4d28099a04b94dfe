# Machine-independent sys constants (on 64-bit CPython 3.11).
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (3, 12), type(sys.version_info).__name__, sys.implementation.name in ('cpython', 'basilisk'))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan)
print(sys.maxunicode, hex(sys.maxunicode), sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization)
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding if sys.stdin else None)
print(sys.float_repr_style, sys.dont_write_bytecode)
