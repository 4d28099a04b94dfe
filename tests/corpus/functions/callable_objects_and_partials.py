# Calling via __call__, bound methods stored in containers, and argument forwarding helpers.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
ops = [Multiplier(2), Multiplier(3), abs, str.upper, len, (lambda v: v)]
inputs = [-4, -4, -4, 'abc', 'abcd', 'id']
print([op(v) for op, v in zip(ops, inputs)])
class Registry:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def deco(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return deco
    def fire(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]
reg = Registry()
@reg.on('greet')
def hello(name):
    return 'hello ' + name
@reg.on('greet')
def hi(name):
    return 'hi ' + name
print(reg.fire('greet', 'bob'), reg.fire('none'))
methods = ['a,b'.split, [3, 1, 2].copy, {'k': 1}.get]
print(methods[0](','), sorted(methods[1]()), methods[2]('k'), methods[2]('z', 'dflt'))
