# Subclassing builtins: int, list, dict; which operations return the subclass.
class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other))
    def __repr__(self):
        return 'MyInt(%d)' % self
a = MyInt(3)
print(a + 4, 4 + a, a * 2, type(a * 2).__name__, -a, type(-a).__name__, a == 3, hash(a) == hash(3), a.real, type(a.real).__name__)
class MyList(list):
    pass
ml = MyList([3, 1, 2])
print(ml + [4], type(ml + [4]).__name__, type(ml[:2]).__name__, type(ml * 2).__name__, ml.copy(), type(ml.copy()).__name__)
ml.sort()
print(ml, type(ml).__name__, isinstance(ml, list), repr(ml))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
md = MyDict(a=1)
md['b'] = 2
md.update(c=3)
md.setdefault('d', 4)
print(md, type(md.copy()).__name__, MyDict.fromkeys('ab', 1), type(MyDict.fromkeys('ab', 1)).__name__)
class Reverse(str):
    def __len__(self):
        return 99
print(len(Reverse('abc')), str.__len__(Reverse('abc')))
class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, type(MyFloat(1.5) + 1).__name__, MyFloat('2.5'), repr(MyFloat(0.1)))
