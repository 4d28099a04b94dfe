# Exceptions thrown into a coroutine by the driver, and exceptions escaping to the driver.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        result = yield self.what
        return result
async def client():
    results = []
    for what in ['ok', 'fail', 'ok2']:
        try:
            results.append(await Request(what))
        except ConnectionError as e:
            results.append('recovered from %s' % e)
    if len(results) == 3:
        raise RuntimeError('client gives up with %r' % (results,))
def drive(coro):
    value = coro.send(None)
    while True:
        try:
            if value == 'fail':
                value = coro.throw(ConnectionError('network down'))
            else:
                value = coro.send(value.upper())
        except StopIteration as e:
            return 'returned %r' % (e.value,)
        except RuntimeError as e:
            return 'escaped: %s' % e
print(drive(client()))
