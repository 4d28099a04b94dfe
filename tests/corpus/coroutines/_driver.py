# Support module: a tiny driver for coroutines without an event loop.
class Suspend:
    """Awaitable that yields a value to the driver once and returns what the driver sends back."""
    def __init__(self, value=None):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received
def run(coro, replies=None):
    """Runs coro to completion, printing each value it yields; returns (result, yielded)."""
    yielded = []
    replies = list(replies or [])
    to_send = None
    while True:
        try:
            value = coro.send(to_send)
        except StopIteration as e:
            return e.value, yielded
        yielded.append(value)
        to_send = replies.pop(0) if replies else None
