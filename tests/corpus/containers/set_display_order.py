# Set displays of constants iterate as CPython builds them (from the source order), for
# strings (PYTHONHASHSEED=0), colliding ints and mixed items, also inside functions.
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'})
print({'x', 'y', 'z', 'xx', 'yy', 'zz', 'xyz', 'zyx'}, {8, 16, 0, 24, 32, 1})
def f():
    return {2.5, 'a', (1, 2), 40, -7, None, True}
print(f(), sorted(map(str, f())))
def g(word):
    return [c for c in word if c in {'a', 'e', 'i', 'o', 'u', 'y'}]
print(g('encyclopaedia'), frozenset({'q', 'r', 's', 't', 'u'}))
class K:
    TAGS = {'red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black', 'white', 'gray'}
print(K.TAGS, list(K.TAGS)[:3])
