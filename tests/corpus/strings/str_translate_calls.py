# str.translate asks the table once per distinct ASCII character until an answer is not ASCII.
class T:
    def __init__(self, m): self.m = m; self.calls = []
    def __getitem__(self, k):
        self.calls.append(k)
        return self.m(k)
for s, m in [('aabba', lambda k: k), ('aabba', lambda k: None), ('abab', lambda k: 'é' if k == 98 else k),
             ('abab', lambda k: 'xy' if k == 98 else k), ('éaa', lambda k: k), ('aéa', lambda k: k), ('aa', lambda k: chr(k)),
             ('aab', lambda k: 200 if k == 97 else k), ('aa', lambda k: ''),]:
    t = T(m)
    print(repr(s.translate(t)), t.calls)
class Missing:
    def __init__(self): self.calls = []
    def __getitem__(self, k):
        self.calls.append(k)
        if k == 98:
            raise KeyError(k)
        return k + 1
t = Missing()
print('abba'.translate(t), t.calls)
