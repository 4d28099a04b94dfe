# Indexing gives ints; slicing gives bytes; iteration.
b = b'\x00\x10\x7f\x80\xff'
print([x for x in b], b[0], b[4], b[-2], type(b[0]).__name__, b[1:3], type(b[1:3]).__name__)
ba = bytearray(b)
print(ba[1:3], type(ba[1:3]).__name__, list(reversed(ba)), ba.index(0x7f), b.index(b'\x80'))
try:
    b[10]
except IndexError as e:
    print('IndexError', e)
try:
    ba[10]
except IndexError as e:
    print('IndexError', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    b['x']
except TypeError as e:
    print('TypeError', e)
it = iter(b'ab')
print(next(it), next(it), next(it, None))
print(b'abc'.startswith(b'ab', 0), bytes(reversed(b'abc')), sorted(b'cab'), bytes(sorted(b'cab')))
