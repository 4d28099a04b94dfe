# find/index/count/replace on bytes with ints and bytes-like arguments.
b = b'abracadabra'
print(b.find(b'bra'), b.find(b'bra', 2), b.rfind(b'bra'), b.find(97), b.rfind(97), b.count(97), b.count(b'a', 1, -1), b.index(b'c'))
print(b.find(bytearray(b'cad')), b.find(memoryview(b'dab')), b.replace(b'a', b'A'), b.replace(b'a', b'', 2), b.replace(b'', b'.', 3))
ba = bytearray(b)
print(ba.find(b'cad'), ba.replace(b'bra', b'BRA'), type(ba.replace(b'a', b'b')).__name__, ba.count(b'a'), ba.rindex(b'a'))
print(b'abc'.startswith((b'x', b'ab')), b'abc'.endswith(bytearray(b'bc')), b'' in b'abc', bytearray(b'bc') in b'abc', memoryview(b'ab') in b'xab' if False else '')
for call in [lambda: b.index(b'zz'), lambda: b.rindex(120), lambda: b.find(300), lambda: b.count('a'), lambda: b.replace(b'a', 'b')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
