# Finalizers still run after an uncaught exception has been reported (exit status 1).
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('finalized', self.name)
keep = Noisy('global')
items = [Noisy('in list')]
def fail():
    local = Noisy('local')
    raise ValueError('boom')
print('before')
fail()
