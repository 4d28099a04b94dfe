# __hash__/__eq__ interplay: defining __eq__ sets __hash__ to None; explicit __hash__; inheritance.
class Default:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
class HashNone:
    __hash__ = None
class InheritsEq(EqOnly):
    pass
class ReHash(EqOnly):
    __hash__ = object.__hash__
print(Default.__hash__ is object.__hash__, EqOnly.__hash__, InheritsEq.__hash__, ReHash.__hash__ is object.__hash__)
print('__hash__' in EqOnly.__dict__, '__hash__' in InheritsEq.__dict__)
for cls in [EqOnly, HashNone, InheritsEq]:
    try:
        hash(cls())
    except TypeError as e:
        print('TypeError', e)
    try:
        {cls(): 1}
    except TypeError as e:
        print('TypeError', e)
print(hash(ReHash()) == hash(ReHash()) or True, len({Default(), Default()}))
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, Both(3) in s, {Both('a'): 'x'}[Both('a')])
class BadHash:
    def __hash__(self):
        return 'not int'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.0), hash(0.5), hash(-0.5))
print(hash(()), hash((1,)), hash((1, 2)), hash(((1, 2), 3)), hash(True), hash(None) == hash(None), hash(1.5) == hash(1.5))
print(hash(10 ** 30), hash(-10 ** 30), hash(float('inf')), hash(float('-inf')), hash(frozenset()) , hash(frozenset({1, 2})))
