# A tiny round-robin scheduler running several coroutines that yield control via a custom awaitable.
class Yield:
    def __await__(self):
        yield 'switch'
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield 'sleep'
log = []
async def worker(name, steps, pause):
    for i in range(steps):
        log.append('%s step %d' % (name, i))
        await Sleep(pause)
        await Yield()
    return '%s finished' % name
def run_all(coros):
    queue = list(coros)
    results = {}
    tick = 0
    while queue:
        tick += 1
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = (e.value, tick)
    return results
res = run_all([('A', worker('A', 3, 0)), ('B', worker('B', 2, 2)), ('C', worker('C', 1, 5))])
print('\n'.join(log))
print(sorted(res.items()))
