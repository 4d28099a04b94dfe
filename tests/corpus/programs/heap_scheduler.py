# A priority-queue task scheduler with a hand-written binary heap: priorities, ties, delays, retries, cancellation.
class Heap:
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key
    def __len__(self):
        return len(self.items)
    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.key(items[i]) < self.key(items[parent]):
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break
    def pop(self):
        items = self.items
        if not items:
            raise IndexError('pop from empty heap')
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and self.key(items[left]) < self.key(items[smallest]):
                smallest = left
            if right < n and self.key(items[right]) < self.key(items[smallest]):
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest
    def peek(self):
        return self.items[0]

def heapsort(values):
    h = Heap()
    for v in values:
        h.push(v)
    return [h.pop() for _ in range(len(h))]

class Task:
    counter = 0
    def __init__(self, name, priority, duration, fail_times=0, deps=()):
        Task.counter += 1
        self.seq = Task.counter
        self.name = name
        self.priority = priority
        self.duration = duration
        self.fail_times = fail_times
        self.attempts = 0
        self.deps = set(deps)
        self.cancelled = False
    def __repr__(self):
        return '<%s p%d>' % (self.name, self.priority)

class TaskFailed(Exception):
    pass

class Scheduler:
    def __init__(self):
        self.clock = 0
        self.ready = Heap(key=lambda entry: (entry[0], entry[1], entry[2].seq))
        self.done = []
        self.log = []
        self.waiting = []
    def submit(self, task, at=0):
        if task.deps - {t.name for t in self.done}:
            self.waiting.append((task, at))
            self.log.append('%4d wait   %s on %s' % (self.clock, task.name, sorted(task.deps)))
        else:
            self.ready.push((max(at, self.clock), task.priority, task))
    def cancel(self, name):
        for entry in self.ready.items:
            if entry[2].name == name:
                entry[2].cancelled = True
                return True
        return False
    def run_one(self, task):
        task.attempts += 1
        if task.attempts <= task.fail_times:
            raise TaskFailed('%s failed on attempt %d' % (task.name, task.attempts))
        self.clock += task.duration
        return 'result-%s' % task.name.upper()
    def release_waiting(self):
        finished = {t.name for t in self.done}
        still = []
        for task, at in self.waiting:
            if task.deps <= finished:
                self.ready.push((max(at, self.clock), task.priority, task))
                self.log.append('%4d ready  %s' % (self.clock, task.name))
            else:
                still.append((task, at))
        self.waiting = still
    def run(self):
        while len(self.ready):
            start, prio, task = self.ready.pop()
            if task.cancelled:
                self.log.append('%4d skip   %s (cancelled)' % (self.clock, task.name))
                continue
            if start > self.clock:
                self.log.append('%4d idle   until %d' % (self.clock, start))
                self.clock = start
            try:
                result = self.run_one(task)
            except TaskFailed as e:
                retry_at = self.clock + 2 ** task.attempts
                self.log.append('%4d error  %s; retry at %d' % (self.clock, e, retry_at))
                self.ready.push((retry_at, prio, task))
                continue
            self.done.append(task)
            self.log.append('%4d done   %-8s %s (attempts=%d)' % (self.clock, task.name, result, task.attempts))
            self.release_waiting()
        for task, _ in self.waiting:
            self.log.append('%4d stuck  %s missing %s' % (self.clock, task.name, sorted(task.deps - {t.name for t in self.done})))

print(heapsort([5, 3, 9, 1, 5, 7, 2, 8, 0, 6, 4]))
print(heapsort(['pear', 'apple', 'fig', 'kiwi', 'banana']))
print(heapsort([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
h = Heap(key=lambda s: -len(s))
for word in 'the quick brown fox jumps over lazy dogs'.split():
    h.push(word)
print(h.peek(), [h.pop() for _ in range(3)], len(h))
try:
    Heap().pop()
except IndexError as e:
    print('IndexError', e)
s = Scheduler()
tasks = [Task('fetch', 2, 5), Task('parse', 1, 3, deps=['fetch']), Task('backup', 5, 10),
         Task('email', 3, 1, fail_times=2), Task('report', 1, 4, deps=['parse', 'email']), Task('cleanup', 9, 2),
         Task('orphan', 1, 1, deps=['nothing']), Task('late', 0, 1)]
for t in tasks:
    s.submit(t, at=30 if t.name == 'late' else 0)
print('cancel cleanup:', s.cancel('cleanup'), 'cancel missing:', s.cancel('missing'))
s.run()
print('\n'.join(s.log))
print('order:', [t.name for t in s.done], 'clock:', s.clock)
