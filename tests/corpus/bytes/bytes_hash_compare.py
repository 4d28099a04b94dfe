# bytes hashing equalities, comparisons and use as dict keys.
d = {b'a': 1, b'b': 2}
print(d[b'a'], b'a' in d, bytearray(b'a') == b'a', b'a' != 'a', hash(b'abc') == hash(b'abc'))
print(sorted([b'b', b'a', b'ab', b'', b'\xff', b'B']), b'abc' > b'ab', b'a' < bytearray(b'b'))
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError', e)
try:
    d[bytearray(b'a')] = 3
except TypeError as e:
    print('TypeError', e)
print(b'x' * 0, b'x' * -1, bytearray(b'ab') * 2, 2 * b'z')
print(len(b''), len(bytes(10)), bool(b''), bool(b'\x00'))
