# ascii() vs repr() vs str() for nested containers with non-ASCII.
data = ['é', ('日本', {'ключ': 'значение'}), {'😀'}, 'tab\t', b'\xe9']
print(str(data))
print(repr(data))
print(ascii(data))
print(ascii('\x7f\x80\xff\u0100\uffff\U00010000'))
print(ascii(1), ascii(None), ascii(1.5), ascii('plain'))
class A:
    def __repr__(self):
        return 'Ä-repr'
print(ascii(A()), repr(A()), ascii([A()]))
