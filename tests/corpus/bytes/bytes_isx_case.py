# bytes predicate and case methods on non-ASCII bytes (only ASCII is affected).
for b in [b'abc', b'ABC', b'Abc Def', b'\xe9\xc9', b'123', b'a1 ', b'', b'\t\n\x0b\x0c\r ', b'\x1c']:
    print(b, b.isalnum(), b.isalpha(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle(), b.isascii(), b.upper(), b.lower(), b.title(), b.swapcase())
print(b'\x1c\x1d'.split(), b'a\x1cb'.strip(), b' a\x0bb '.split())
