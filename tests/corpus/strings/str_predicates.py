# is* predicates over many sample strings.
samples = ['', 'abc', 'ABC', 'Abc', 'aBc', '123', '١٢٣', '½', '²', 'abc123', 'abc 123', ' ', '\t\n', 'Hello World',
           'hello world', 'Hello world', '_id', 'id1', '1id', 'class', 'naïve', 'ǅ', '\u2003', 'ＡＢＣ', '\x00', 'é', '\u0300', '3.14', '-1', 'Ⅻ']
preds = ['isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
         'isprintable', 'isspace', 'istitle', 'isupper']
print(preds)
for s in samples:
    print(repr(s), ''.join('1' if getattr(s, p)() else '0' for p in preds))
try:
    'a'.isalpha(1)
except TypeError as e:
    print('TypeError', e)
