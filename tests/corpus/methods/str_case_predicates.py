# str case/predicate methods: capitalize casefold lower upper swapcase title is*; errors.
def run(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

samples = ['hello world', 'Hello World', 'HELLO', "they're bill's", 'ß straße', 'ǅungla', '123abc',
           'ABC123', '', '   ', '\t\n', 'Ⅻ', '٣', '½', 'x²', 'é', 'İstanbul', 'a_b', '_x1', '1x', 'def',
           'ﬁne', 'ΣΑΣ', 'µ', 'hello\x07', 'tab\there']
for s in samples:
    print(repr(s), repr(s.capitalize()), repr(s.casefold()), repr(s.lower()), repr(s.upper()),
          repr(s.swapcase()), repr(s.title()))
    print('  ', s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(),
          s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
run('lower arg', lambda: 'a'.lower(1))
run('isalpha arg', lambda: 'a'.isalpha('x'))
run('unbound upper int', lambda: str.upper(5))
run('title kw', lambda: 'a'.title(x=1))
run('capitalize on None', lambda: str.capitalize(None))
