# Traceback through a generator frame.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator exhausted badly')
for n in numbers():
    print(n)
