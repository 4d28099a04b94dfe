# __getattr__ (fallback) vs __getattribute__ (always), __setattr__, __delattr__, and object.__setattr__.
class Fallback:
    existing = 'class attr'
    def __getattr__(self, name):
        print('  __getattr__', name)
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError('%s has no %s' % (type(self).__name__, name))
f = Fallback()
print(f.existing, f.dyn_value, getattr(f, 'missing', 'default'), hasattr(f, 'dyn_x'), hasattr(f, 'nothing'))
try:
    f.nothing
except AttributeError as e:
    print('AttributeError', e)
class Always:
    def __init__(self):
        self.real = 'real value'
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        if name == 'boom':
            raise AttributeError('boom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
a = Always()
print(a.real, a.secret, a.boom, a.other)
class Recorder:
    def __setattr__(self, name, value):
        print('  __setattr__', name, value)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print('  __delattr__', name)
        if name == 'protected':
            raise AttributeError('cannot delete protected')
        object.__delattr__(self, name)
r = Recorder()
r.x = 5
r.protected = 'p'
setattr(r, 'y', 1)
print(r.x, r.y, vars(r))
del r.x
try:
    del r.protected
except AttributeError as e:
    print('AttributeError', e)
delattr(r, 'y')
print(vars(r))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError("can't set %s" % name)
fz = Frozen(3)
try:
    fz.v = 4
except AttributeError as e:
    print('AttributeError', e, fz.v)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print('TypeError', e)
