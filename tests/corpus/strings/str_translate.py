# str.maketrans and str.translate.
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans({'a': 'A', 'b': None, 'c': 'CC', 100: 'D', 'e': 101})
print(sorted(t3.items()), 'abcde'.translate(t3))
print('hello'.translate({ord('l'): None}), 'hello'.translate({}), 'héllo'.translate({233: 'e'}))
class Table:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k + 1
print('abcx'.translate(Table()))
for call in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1),
             lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}), lambda: str.maketrans('a', 'b', 1),
             lambda: str.maketrans({1.5: 'a'})]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
