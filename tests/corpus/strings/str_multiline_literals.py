# Literal forms: implicit concatenation, line continuation, triple quotes.
a = ('first '
     'second '
     "third")
print(a)
b = 'one \
two'
print(b)
c = """line1
    line2
line3"""
print(c, c.count('\n'))
d = '''has "double" and 'single' quotes'''
print(d)
e = r'''raw \n stays'''
print(e, len(e))
f = u'unicode prefix'
print(f, type(f).__name__)
g = b'bytes ' b'concat'
print(g)
print('tab\there', 'bell\a'.encode(), 'null\0x'.encode(), 'octal \101\102', 'hex \x43')
print(len('\
'), repr('x\
y'))
