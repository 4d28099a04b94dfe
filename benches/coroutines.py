"""Coroutines under a hand-written event loop (no asyncio): `async def` tasks await custom
awaitables (a sleep on a virtual clock, a channel receive, a channel send with a bounded
buffer, a join on another task), and the loop drives them with coroutine.send().
A second part drives a generator-based coroutine with send() and throw().

Exercises coroutine creation, await through __await__ generators, send(), throw(),
StopIteration values, and object-heavy scheduling code (a binary heap written by hand).
usage: coroutines.py [MESSAGES]
"""
import sys

DEFAULT_SIZE = 50000


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


class Receive:
    def __init__(self, channel):
        self.channel = channel

    def __await__(self):
        while not self.channel.items:
            yield ("wait", self.channel.readers)
        item = self.channel.items.pop(0)
        self.channel.wake(self.channel.writers)
        return item


class Send:
    def __init__(self, channel, item):
        self.channel = channel
        self.item = item

    def __await__(self):
        while len(self.channel.items) >= self.channel.capacity:
            yield ("wait", self.channel.writers)
        self.channel.items.append(self.item)
        self.channel.wake(self.channel.readers)


class Join:
    def __init__(self, task):
        self.task = task

    def __await__(self):
        while not self.task.done:
            yield ("wait", self.task.joiners)
        return self.task.result


class Channel:
    def __init__(self, loop, capacity):
        self.loop = loop
        self.capacity = capacity
        self.items = []
        self.readers = []
        self.writers = []

    def wake(self, waiters):
        while waiters:
            self.loop.ready(waiters.pop(0))


class Task:
    counter = 0

    def __init__(self, coro, name):
        Task.counter += 1
        self.id = Task.counter
        self.coro = coro
        self.name = name
        self.done = False
        self.result = None
        self.joiners = []


class Loop:
    def __init__(self):
        self.now = 0
        self.run_queue = []
        self.timers = []        # binary heap of (when, seq, task)
        self.seq = 0
        self.switches = 0

    def spawn(self, coro, name):
        task = Task(coro, name)
        self.ready(task)
        return task

    def ready(self, task):
        self.run_queue.append(task)

    def push_timer(self, entry):
        heap = self.timers
        heap.append(entry)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if heap[parent][:2] <= heap[i][:2]:
                break
            heap[parent], heap[i] = heap[i], heap[parent]
            i = parent

    def pop_timer(self):
        heap = self.timers
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and heap[child + 1][:2] < heap[child][:2]:
                    child += 1
                if heap[i][:2] <= heap[child][:2]:
                    break
                heap[i], heap[child] = heap[child], heap[i]
                i = child
        return top

    def run(self):
        while self.run_queue or self.timers:
            if not self.run_queue:
                when, _, task = self.pop_timer()
                self.now = when
                self.ready(task)
                continue
            task = self.run_queue.pop(0)
            self.switches += 1
            try:
                command = task.coro.send(None)
            except StopIteration as stop:
                task.done = True
                task.result = stop.value
                for joiner in task.joiners:
                    self.ready(joiner)
                task.joiners = []
                continue
            kind, arg = command
            if kind == "sleep":
                self.seq += 1
                self.push_timer((self.now + arg, self.seq, task))
            else:
                arg.append(task)


async def producer(ch, count, seed):
    state = seed
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 5 == 0:
            await Sleep(state % 7)
        await Send(ch, (seed, i, state % 1000))
    await Send(ch, None)


async def transformer(inbox, outbox, producers):
    finished = 0
    while finished < producers:
        item = await Receive(inbox)
        if item is None:
            finished += 1
            continue
        seed, i, value = item
        await Send(outbox, value * 2 + (seed & 1))
    await Send(outbox, None)


async def consumer(ch):
    total = 0
    count = 0
    while True:
        value = await Receive(ch)
        if value is None:
            return total, count
        total += value
        count += 1


async def ticker(loop, ticks):
    seen = []
    for _ in range(ticks):
        await Sleep(3)
        seen.append(loop.now)
    return sum(seen)


async def supervisor(loop, messages):
    raw = Channel(loop, 4)
    cooked = Channel(loop, 8)
    producers = [loop.spawn(producer(raw, messages, s), "p%d" % s) for s in (11, 22, 33)]
    loop.spawn(transformer(raw, cooked, len(producers)), "t")
    sink = loop.spawn(consumer(cooked), "c")
    clock = loop.spawn(ticker(loop, 50), "tick")
    total, count = await Join(sink)
    ticks = await Join(clock)
    return total, count, ticks


def accumulator():
    """A generator-based coroutine: send() numbers, throw() ValueError to reset."""
    total = 0
    resets = 0
    while True:
        try:
            value = yield total
        except ValueError:
            resets += 1
            total = 0
            continue
        if value is None:
            return resets
        total += value


def main():
    messages = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    loop = Loop()
    main_task = loop.spawn(supervisor(loop, messages), "main")
    loop.run()
    total, count, ticks = main_task.result
    print("pipeline total %d count %d ticks %d" % (total, count, ticks))
    print("switches %d clock %d" % (loop.switches, loop.now))

    acc = accumulator()
    next(acc)
    peak = 0
    for i in range(messages * 10):
        value = acc.send(i % 97)
        if value > peak:
            peak = value
        if i % 1000 == 999:
            acc.throw(ValueError)
    try:
        acc.send(None)
    except StopIteration as stop:
        resets = stop.value
    print("accumulator peak %d resets %d" % (peak, resets))


main()
