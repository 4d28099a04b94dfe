# sys.exc_info in various states, including inside finally and generators.
import sys
def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), tb is not None)
show('outside')
try:
    raise KeyError('k')
except KeyError:
    show('in except')
finally:
    show('in finally after handled')
try:
    try:
        raise ValueError('v')
    finally:
        show('in finally while propagating')
except ValueError:
    pass
def gen():
    try:
        raise IndexError('in gen')
    except IndexError:
        yield 'suspended inside handler'
        show('gen resumed inside handler')
g = gen()
print(next(g))
show('caller while gen suspended in handler')
try:
    raise TypeError('caller exception')
except TypeError:
    next(g, None)
    show('caller after gen step')
