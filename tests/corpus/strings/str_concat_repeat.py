# Concatenation, repetition, comparison, and their errors.
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, '' * 100, 'ab' * True)
s = ''
for i in range(5):
    s += str(i)
print(s, s * 2)
for call in [lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' * 'b', lambda: 'a' * 1.5, lambda: 'a' - 'b', lambda: -'a', lambda: 'a' + None, lambda: 'a' + b'b', lambda: 'a' / 2]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < ' ', 'Z' > 'A', 'é' > 'z', 'a' == 'a', 'a' != 'A')
print(sorted(['banana', 'Apple', 'cherry', 'apple', '', 'Banana', 'é', '10', '9']))
print(max('hello'), min('hello'), sorted('hello'), 'abc' * 2 == 'abcabc', 'a' 'b' == 'ab')
for n in [2 ** 62, 2 ** 64]:
    try:
        'ab' * n
    except OverflowError as e:
        print('OverflowError', e)
