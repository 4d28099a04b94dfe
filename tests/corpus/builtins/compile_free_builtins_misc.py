# Remaining builtins: divmod with bools, round-trip conversions, ord/chr inverses, bin/int parse round-trips.
for n in [0, 1, 7, 255, 1024, -9, 2 ** 70]:
    assert int(bin(n), 2) == n and int(oct(n), 8) == n and int(hex(n), 16) == n
    print(n, int(bin(n), 0), int(hex(n), 0), int(oct(n), 0))
print(all(chr(ord(c)) == c for c in 'abc日😀'), [ord(chr(i)) for i in (0, 127, 128, 0x10FFFF)])
print(list(map(float, ['1', '2.5', '-inf'])), list(map(int, ['1', '-2', ' 3 '])), list(map(bool, [0, 1, '', 'x'])))
print(repr(str(repr('x'))), eval_free := 'no eval used')
