# Traceback from a method called through a property and a dunder.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return 100 / self.balance
    def __repr__(self):
        return 'Account(ratio=%s)' % self.ratio
print(repr(Account(50)))
print(repr(Account(0)))
