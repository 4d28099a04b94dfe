# __spec__, __loader__, __cached__ and the module attributes' order for the program's own
# modules and packages (paths shown relative to this directory); __main__.__spec__ is None.
import sys
import _os_free_helpers as _h
import _spec_pkg
import _spec_pkg.inner

here = _h.here(__file__)
def rel(p):
    return None if p is None else p.replace(here, '<dir>')

for m in [_spec_pkg, _spec_pkg.inner]:
    s = m.__spec__
    print(type(s).__name__, type(s).__module__, s.name, rel(s.origin), s.parent, s.has_location)
    print([rel(p) for p in s.submodule_search_locations] if s.submodule_search_locations is not None else None,
          rel(s.cached), s.loader_state, rel(m.__cached__))
    print(type(m.__loader__).__name__, type(m.__loader__).__module__, m.__loader__ is s.loader,
          m.__loader__.name, rel(m.__loader__.path), rel(m.__loader__.get_filename()))
    print([k for k in vars(m) if k.startswith('__')])
    print(rel(repr(s)).split('loader=')[0], 'origin=' in repr(s), s == s)
print(_spec_pkg.__path__ is _spec_pkg.__spec__.submodule_search_locations)
print(sys.modules['__main__'].__spec__, __spec__)
