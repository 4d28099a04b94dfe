# bytearray mutating methods.
ba = bytearray(b'hello')
ba[0] = 72
print(ba)
ba[1:3] = b'EY'
print(ba)
ba[1:3] = b'-'
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
ba.insert(0, 62)
ba.insert(-1, 95)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
ba.reverse()
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba += b'xyz'
ba *= 2
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c.count(b'x'))
c[::2] = b'\x00' * len(c[::2])
print(c)
for call in [lambda: bytearray(b'a').__setitem__(0, 256), lambda: bytearray(b'a').__setitem__(0, b'a'), lambda: bytearray().pop(),
             lambda: bytearray(b'a').remove(98), lambda: bytearray(b'a').append(-1), lambda: bytearray(b'ab').__setitem__(slice(None, None, 2), b'xy'),
             lambda: bytearray(b'a').extend('abc'), lambda: bytearray(b'a').extend(5), lambda: bytearray(b'a').__setitem__(5, 1),
             lambda: bytearray(b'a').insert(0, 300), lambda: hash(bytearray(b'a'))]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
ba2 = bytearray(b'abcdef')
ba2[1:5:2] = b'XY'
ba2[4:] = []
ba2[0:0] = (0x7a, 0x79)
print(ba2, ba2.upper(), type(ba2.upper()).__name__, ba2.decode(), bytes(ba2))
