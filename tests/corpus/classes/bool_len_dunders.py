# __bool__ and __len__ truthiness rules, errors from bad return values.
class BoolOnly:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        print('  __bool__ wins')
        return True
    def __len__(self):
        print('  __len__ not used')
        return 0
print(bool(BoolOnly(True)), bool(BoolOnly(False)), bool(LenOnly(0)), bool(LenOnly(3)), bool(Both()), len(LenOnly(4)))
print('yes' if LenOnly(1) else 'no', not LenOnly(0), [x for x in [LenOnly(0), LenOnly(2)] if x].__len__())
for bad in [BoolOnly(1), BoolOnly('x'), BoolOnly(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print('TypeError', e)
for n in [-1, 'a', 2 ** 100, 1.5]:
    try:
        print(len(LenOnly(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    bool(LenOnly(-1))
except ValueError as e:
    print('ValueError', e)
class Neither:
    pass
print(bool(Neither()))
try:
    len(Neither())
except TypeError as e:
    print('TypeError', e)
class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 6
        return I()
print(len(IndexLen()))
class BoolSub(int):
    pass
print(bool(BoolSub(0)), bool(BoolSub(2)))
