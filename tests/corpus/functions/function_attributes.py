# __name__, __qualname__, __module__, __doc__, __defaults__, __kwdefaults__, __annotations__, __dict__, __code__ fields.
def top(a: int, b: str = 'x', *args, c: float = 1.0, **kw) -> bool:
    """Top-level docstring.

    More lines."""
    local_var = 1
    return True
print(top.__name__, top.__qualname__, top.__module__, repr(top.__doc__))
print(top.__defaults__, top.__kwdefaults__, top.__annotations__)
co = top.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_flags & 0x0c, co.co_filename.endswith('function_attributes.py'))
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__, Outer.Nested.__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc.__annotations__, nodoc.__dict__)
nodoc.custom = 'attr'
nodoc.__doc__ = 'set later'
nodoc.__name__ = 'renamed'
nodoc.__qualname__ = 'Q.renamed'
print(nodoc.custom, nodoc.__dict__, nodoc.__doc__, nodoc.__name__, nodoc.__qualname__)
try:
    nodoc.__name__ = 5
except TypeError as e:
    print('TypeError', e)
try:
    nodoc.__defaults__ = 5
except TypeError as e:
    print('TypeError', e)
print(type(top).__name__, callable(top), top.__globals__ is globals(), top.__builtins__ is not None if hasattr(top, '__builtins__') else 'n/a')
def f(x):
    'single-quoted doc'
    return x
print(f.__doc__, (lambda: 1).__name__, (lambda: 1).__qualname__)
def gen():
    yield
print(gen.__code__.co_flags & 0x20 != 0, top.__code__.co_flags & 0x20 != 0)
