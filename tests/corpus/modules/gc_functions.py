# gc: tracking rules (lazy untracking of tuples and dicts), referents, thresholds,
# callbacks, freeze, and CPython's errors.
import gc

x = 5
print(gc.is_tracked((1, 2)), gc.is_tracked((x, 2)), gc.is_tracked(()), gc.is_tracked((1, [])))
t = (x, 'a')
holder = ([],)
print(gc.is_tracked(t), gc.is_tracked(holder))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(holder))
d = {}
print(gc.is_tracked(d))
d['a'] = []
print(gc.is_tracked(d))
del d['a']
print(gc.is_tracked(d), gc.is_tracked(dict(d)))
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
d.update(k=(x,))
print(gc.is_tracked(d), gc.is_tracked({'nested': {}}), gc.is_tracked(dict.fromkeys([1, 2], [])))
print(gc.is_tracked({1: (x, 2)}), gc.is_tracked({1: (1, 2)}), gc.is_tracked(dict(a=1)), gc.is_tracked({(x,): 1}),
      gc.is_tracked({1: {}}))

class A:
    pass
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(len), gc.is_tracked(lambda: 0), gc.is_tracked(set()),
      gc.is_tracked(frozenset()), gc.is_tracked(b'x'), gc.is_tracked(1.5), gc.is_tracked(None), gc.is_tracked(gc),
      gc.is_tracked(object()), gc.is_tracked(NotImplemented), gc.is_tracked(range(3)), gc.is_tracked(2 ** 100))

print(gc.get_referents(1, "a", [1, 2], (3, 4), {"k": "v"}), gc.get_referents({1: 'a', 2: 'b'}), gc.get_referents())
target = ['target']
box = [target]
print([r is box for r in gc.get_referrers(target) if type(r) is list].count(True))

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold(), gc.get_debug(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()

events = []
def cb(phase, info):
    events.append((phase, sorted(info), info['generation']))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
print(events)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count(), gc.garbage, gc.callbacks, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.DEBUG_STATS)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]), type(gc.get_count()).__name__, len(gc.get_count()))

class Cycle:
    pass
c = Cycle()
c.me = c
del c
print(gc.collect() >= 1, gc.collect() == 0)

for expr in ['gc.collect(3)', 'gc.collect(-1)', 'gc.collect("x")', 'gc.collect(1.0)', 'gc.set_threshold()',
             'gc.set_threshold(1, 2, 3, 4)', 'gc.is_tracked()', 'gc.isenabled(1)', 'gc.collect(generation=0) >= 0',
             'gc.is_finalized(A())', 'gc.get_objects(5)']:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(sorted(n for n in dir(gc) if not n.startswith('_')))

class Attrs:
    def __init__(self):
        self.x = 1
        self.y = 'two'
class Slotted:
    __slots__ = ('p', 'q')
    def __init__(self):
        self.p = 5
        self.q = 6
class ListSub(list):
    pass
inst = Attrs()
refs = gc.get_referents(inst)
print(refs[:2], refs[2] is Attrs, len(refs))
vars(inst)
print([type(r).__name__ for r in gc.get_referents(inst)])
refs = gc.get_referents(Slotted())
print(refs[:2], refs[2] is Slotted, len(refs))
ls = ListSub([1, 2])
ls.attr = 3
refs = gc.get_referents(ls)
print(refs[0], refs[1] is ListSub, refs[2:])

deep = (((x,),),)
gc.collect()
print(gc.is_tracked(deep), gc.is_tracked(deep[0]), gc.is_tracked(deep[0][0]))
gc.collect()
gc.collect()
print(gc.is_tracked(deep), gc.is_tracked(deep[0]), gc.is_tracked(deep[0][0]))
