# Function and class decorators, stacking order, decorators with arguments, wraps-like copying.
log = []
def trace(fn):
    def wrapper(*args, **kwargs):
        log.append('call ' + fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
def repeat(n):
    print('repeat factory', n)
    def deco(fn):
        print('repeat deco applied to', fn.__name__)
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
def tag(name):
    def deco(fn):
        print('tag', name)
        fn.tags = getattr(fn, 'tags', []) + [name]
        return fn
    return deco
@trace
def hello(who):
    """Says hello."""
    return 'hello ' + who
print(hello('you'), hello.__name__, hello.__doc__, hello.__wrapped__('direct'), log)
@repeat(3)
def dice():
    return 4
print(dice())
@tag('outer')
@tag('inner')
def tagged():
    pass
print(tagged.tags)
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
registry = {}
def named(key):
    def deco(obj):
        registry[key] = obj
        return obj
    return deco
@named('a')
def fa():
    return 'A'
@named('b')
class Fb:
    pass
print(sorted(registry), registry['a']())
@(lambda f: f())
def immediately():
    return 'called at definition'
print(immediately)
decorators = [trace]
@decorators[0]
def indexed():
    return 'indexed deco'
print(indexed(), log[-1])
