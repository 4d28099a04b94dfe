# Basilisk's `_frozen_importlib`: the objects the importer attaches to the modules it loads
# from source or .pyc files (`__spec__`, `__loader__`), shaped as CPython 3.11 shows them.
# Compiled on first use; the importer itself is written in Rust (vm/src/import.rs).


class ModuleSpec:
    """The specification of how a module was found and loaded."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            parts.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations=%r' % (self.submodule_search_locations,))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = _cache_path(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _cache_path(path):
    if path.endswith('.pyc'):
        return path
    if not path.endswith('.py'):
        return None
    head, _, tail = path.rpartition('/')
    return '%s/__pycache__/%s.cpython-311.pyc' % (head, tail[:-3])


class _FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'


class SourceFileLoader(_FileLoader):
    pass


class SourcelessFileLoader(_FileLoader):
    pass


SourceFileLoader.__module__ = SourcelessFileLoader.__module__ = '_frozen_importlib_external'
SourceFileLoader.__qualname__ = 'SourceFileLoader'
SourcelessFileLoader.__qualname__ = 'SourcelessFileLoader'


def _spec_for_file(name, path, package_dir, sourceless):
    loader = (SourcelessFileLoader if sourceless else SourceFileLoader)(name, path)
    spec = ModuleSpec(name, loader, origin=path, is_package=package_dir is not None)
    spec._set_fileattr = True
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    return spec
