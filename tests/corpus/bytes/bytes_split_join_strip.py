# bytes/bytearray split, join, strip variants (whitespace is ASCII only).
data = b'  alpha beta\tgamma\ndelta  '
print(data.split(), data.split(b' '), data.rsplit(None, 2), data.strip(), data.lstrip(b' a'), data.rstrip(b' a'))
print(b','.join([b'x', b'y']), bytearray(b'-').join([b'a', bytearray(b'b')]), type(bytearray(b'-').join([b'a'])).__name__)
print(b'a\xa0b'.split(), b'\x85a\x85'.strip(), bytearray(b' x ').strip(), type(bytearray(b' x ').strip()).__name__)
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), bytearray(b'k=v').partition(b'='), b'no'.partition(b'='))
print(b'line1\nline2\r\nline3'.splitlines(), b'a\x0bb\x0cc\x1cd'.splitlines())
for call in [lambda: b'a b'.split(' '), lambda: b'a'.join([b'x', 'y']), lambda: b'x'.partition(b''), lambda: b' x '.strip(' ')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
