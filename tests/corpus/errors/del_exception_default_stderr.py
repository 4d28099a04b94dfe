# Default reporting of an exception in __del__ ('Exception ignored in: ...' plus traceback on stderr, exit 0).
# __del__ is a callable instance with a deterministic repr so that no address is printed.
class Finalizer:
    def __init__(self, label):
        self.label = label
    def __repr__(self):
        return '<Finalizer %s>' % self.label
    def __call__(self):
        print('finalizer', self.label, 'running')
        raise KeyError(self.label)
class Resource:
    __del__ = Finalizer('resource')
r = Resource()
print('dropping')
del r
print('still running')
class Other:
    __del__ = Finalizer('other')
def make():
    o = Other()
    return 1
print('made', make())
print('exit normally')
