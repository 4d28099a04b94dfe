# Iterating strings, ord/chr, len with non-BMP characters.
s = 'aé日😀'
for ch in s:
    print(repr(ch), ord(ch), hex(ord(ch)), len(ch), ch.encode())
print(list(s), tuple('ab'), [c for c in 'xyz' if c != 'y'], ''.join(reversed(s)), list(enumerate('ab')))
it = iter('hi')
print(next(it), next(it), next(it, 'done'))
print(chr(97), chr(0x10FFFF) == '\U0010ffff', chr(0), ord('\n'), ord('€'))
for call in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(''), lambda: ord('ab'), lambda: ord(97), lambda: chr('a'), lambda: chr(1.5)]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sum(ord(c) for c in 'hello'), max(s), min(s), sorted(s), 'é' in s, s.count('😀'), s.index('😀'))
