# __class_getitem__ and builtin generic aliases' printing.
class Box:
    def __class_getitem__(cls, item):
        return 'Box[%s]' % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box['x'], Box[1, 2] if False else Box[(1, 2)])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]() if False else list[int]([1, 2]), isinstance([], list), type[int])
try:
    int[str]
except TypeError as e:
    print('TypeError', e)
class Sub(Box):
    pass
print(Sub[float])
class Inst:
    def __getitem__(self, k):
        return 'instance getitem %r' % (k,)
print(Inst()[1])
try:
    Inst[1]
except TypeError as e:
    print('TypeError', e)
