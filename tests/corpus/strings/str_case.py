# Case conversions.
words = ['hello', 'HELLO', 'Hello World', 'hELLO wORLD', "they're bill's", 'ß', 'ǅemal', 'ﬁsh', 'İstanbul', 'ΣΑΣ', 'abc123def', '', '  spaced  out ', 'a_b-c.d', 'ÀÉÎ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print('ǆ'.title(), 'ǆ'.upper(), 'ǆ'.capitalize(), 'σς'.upper(), 'ΣΑΣ ΣΑΣ'.lower())
print('hello'.upper().lower() == 'hello', 'ß'.upper().lower(), 'ﬃ'.upper(), len('ﬃ'.upper()))
try:
    'a'.upper(1)
except TypeError as e:
    print('TypeError', e)
