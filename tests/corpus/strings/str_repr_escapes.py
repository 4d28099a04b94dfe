# repr() of strings chooses quotes and escapes.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r\\', '\x00\x07\x1b\x7f', '\x80\x9f\xa0\xad', 'é ñ ü',
          '\u200b\u2028\u3000', '\ud800', '😀', '\U0010ffff', '\ufeff', '\U0001f1e6', "'", '"', '', '\\x41']:
    print(repr(s), ascii(s), len(s), len(repr(s)))
print(repr('a\'b"c'), str('a\nb'), repr(chr(0xe000)), repr(chr(0x378)), repr(chr(0x1f600)))
print('\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}', '\N{EM DASH}', '\a\b\f\v'.encode())
print(r'raw\n\t', r'\\', r'\'', R'\x41', rb'\n' if False else '')
print('''triple 'single' "double"''', """triple\
 continued""")
