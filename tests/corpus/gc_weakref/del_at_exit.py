# Objects the program's namespace still holds at exit are finalized, in CPython's order:
# the names in namespace order, then what they hold (lists and tuples from the end).
class A:
    def __init__(s, n):
        s.n = n
    def __del__(s):
        print('del', s.n, A.__name__)
d = [A(4), A(5)]
_c = A(3)
a = A(1)
t = (A(7), A(8))
x = {'k': A(9), 'j': [A(10), A(11)]}
def gen():
    try:
        yield 1
    finally:
        print('gen finally')
g = gen()
next(g)
class Holder:
    def __init__(s):
        s.inner = A(12)
        s.other = A(13)
h = Holder()
e = A(6)
print('end')
