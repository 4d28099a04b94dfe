"""A small operating-system scheduler in the style of Richards' benchmark.

Tasks of four kinds (idle, worker, handler, device) pass message packets to each other through
a priority scheduler. Exercises object attribute access, method calls, polymorphism through
subclasses, linked lists built from objects and many small branches.
usage: richards.py [ITERATIONS]
"""
import sys

DEFAULT_SIZE = 180

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * BUFFER_SIZE

    def queue_onto(self, head):
        """Append self to the queue starting at head; return the new head."""
        self.link = None
        if head is None:
            return self
        node = head
        while node.link is not None:
            node = node.link
        node.link = self
        return head


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting_for_packet = queue is None
        self.held = False
        self.next_task = None

    def runnable(self):
        if self.held:
            return False
        if self.waiting_for_packet:
            return self.queue is not None
        return True

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting_for_packet = False
        return packet

    def deliver(self, packet, sender):
        """A packet arrives; return the task the scheduler should look at next."""
        self.queue = packet.queue_onto(self.queue)
        if self.waiting_for_packet and not self.held and self.priority > sender.priority:
            return self
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, count):
        Task.__init__(self, system, ident, priority, None)
        self.waiting_for_packet = False
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self(self)
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.system.release(DEVICE_A, self)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.system.release(DEVICE_B, self)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.handler = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait(self)
        self.handler = HANDLER_B if self.handler == HANDLER_A else HANDLER_A
        packet.dest = self.handler
        packet.count = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.system.send(packet, self)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.queue_onto(self.work_queue)
            else:
                self.device_queue = packet.queue_onto(self.device_queue)
        work = self.work_queue
        if work is not None:
            n = work.count
            if n < BUFFER_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.count = work.data[n]
                    work.count = n + 1
                    return self.system.send(device, self)
            else:
                self.work_queue = work.link
                return self.system.send(work, self)
        return self.system.wait(self)


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.system.wait(self)
            self.pending = None
            return self.system.send(pending, self)
        self.pending = packet
        self.system.characters += 1
        return self.system.hold_self(self)


class System:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.characters = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the list ordered by priority, highest first
        if self.task_list is None or task.priority > self.task_list.priority:
            task.next_task = self.task_list
            self.task_list = task
            return
        node = self.task_list
        while node.next_task is not None and node.next_task.priority >= task.priority:
            node = node.next_task
        task.next_task = node.next_task
        node.next_task = task

    def wait(self, task):
        task.waiting_for_packet = True
        return task

    def hold_self(self, task):
        self.holds += 1
        task.held = True
        return task.next_task

    def release(self, ident, sender):
        task = self.tasks[ident]
        task.held = False
        if task.priority > sender.priority:
            return task
        return sender

    def send(self, packet, sender):
        self.sends += 1
        target = self.tasks[packet.dest]
        packet.dest = sender.ident
        return target.deliver(packet, sender)

    def run(self):
        task = self.task_list
        while task is not None:
            if task.runnable():
                packet = task.take_packet() if task.waiting_for_packet or task.queue is not None else None
                task = task.step(packet)
            else:
                task = task.next_task


def build(count):
    system = System()
    system.add(IdleTask(system, IDLE, 0, count))

    queue = Packet(None, WORKER, KIND_WORK)
    queue = Packet(queue, WORKER, KIND_WORK)
    system.add(WorkerTask(system, WORKER, 1000, queue))

    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    system.add(HandlerTask(system, HANDLER_A, 2000, queue))

    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    system.add(HandlerTask(system, HANDLER_B, 3000, queue))

    system.add(DeviceTask(system, DEVICE_A, 4000, None))
    system.add(DeviceTask(system, DEVICE_B, 5000, None))
    return system


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    total_sends = total_holds = total_chars = 0
    for _ in range(iterations):
        system = build(1000)
        system.run()
        total_sends += system.sends
        total_holds += system.holds
        total_chars += system.characters
    print("sends %d holds %d characters %d" % (total_sends, total_holds, total_chars))


main()
