# Most bytes methods (mirrors of str methods).
b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !'), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b','), b.rsplit(None, 1), b'a,b,,c'.split(b','), b'a b'.split(maxsplit=0), b'1 2 3'.rsplit(maxsplit=1))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.rindex(b'l'), b.count(b'l'), b.find(111), b.count(ord('l')), b'abc'.find(b'c', 1, 2))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 1), b.startswith(b'  H'), b.endswith((b'x', b'  ')), b.partition(b','), b.rpartition(b'o'))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b'abc'.center(9, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'42'.zfill(5), b'-4'.zfill(4))
print(b'a\tb'.expandtabs(), b'a\nb\r\nc'.splitlines(), b'a\nb'.splitlines(True), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
print(b'abc'.isalpha(), b'123'.isdigit(), b'ab1'.isalnum(), b'  '.isspace(), b'Ab'.istitle(), b'AB'.isupper(), b'ab'.islower(), b'\x80'.isascii(), b''.isalpha())
print(b'hello'.translate(None, b'l'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), bytes.maketrans(b'a', b'b')[97])
print(b'abc' + b'def', b'ab' * 3, b'a' in b'abc', 97 in b'abc', b'' in b'x', b'abc'[1], b'abc'[-1:], b'abcdef'[::2], b'abc'[::-1])
print(list(b'hi'), b'abc' < b'abd', b'a' == bytearray(b'a'), b'abc'.decode(), max(b'hello'), sum(b'\x01\x02'))
for call in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'abc'.find('a'), lambda: 256 in b'a', lambda: 'a' in b'a',
             lambda: b'abc'.split(b''), lambda: b'a'.join(['b']), lambda: b'a'.center(3, b'xy'), lambda: b'abc'[5],
             lambda: b'a'.replace('a', 'b'), lambda: b'x'.strip('x'), lambda: b'a'.startswith('a'), lambda: bytes.maketrans(b'ab', b'c')]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
