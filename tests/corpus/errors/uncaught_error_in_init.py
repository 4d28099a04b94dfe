# An uncaught exception of a builtin subclass raised from __init__ during class instantiation in a loop.
class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError(f'negative opening balance for {owner}: {balance:.2f}')
        self.owner = owner
        self.balance = balance
accounts = []
for owner, bal in [('ann', 10.0), ('bob', 0.5), ('cy', -3.25), ('dee', 1.0)]:
    accounts.append(Account(owner, bal))
    print('opened', owner)
