# memoryview basics over bytes and bytearray.
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape)
m[0] = ord('A')
m[1:3] = b'BC'
print(ba)
print(bytes(memoryview(b'xyz')[::-1]), memoryview(b'ab') == b'ab', memoryview(b'ab').hex())
try:
    memoryview(b'ro')[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    ba.append(1)
except BufferError as e:
    print('BufferError', e)
m.release()
ba.append(ord('!'))
print(ba)
try:
    m[0]
except ValueError as e:
    print('ValueError', e)
try:
    memoryview('str')
except TypeError as e:
    print('TypeError', e)
with memoryview(b'ctx') as mv:
    print(mv.tobytes())
