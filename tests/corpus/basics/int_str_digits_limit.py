# The 4300-digit limit on int<->str conversion (CPython 3.11.7).
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError', e)
print(int('1' * 4300) % 97)
print(len(hex(10 ** 5000)))  # power-of-two bases are not limited
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4500)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError', e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    print(f'{10 ** 700}')
except ValueError as e:
    print('ValueError', e)
