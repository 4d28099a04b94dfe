# Bank simulation: account classes with inheritance, custom exceptions, transfers with rollback, a ledger and reports.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return 'account %s: cannot withdraw %s, balance is %s' % (
            self.account.number, cents(self.amount), cents(self.account.balance))

class AccountFrozen(BankError):
    pass

class UnknownAccount(BankError, KeyError):
    pass

def cents(amount):
    sign = '-' if amount < 0 else ''
    amount = abs(amount)
    return '%s$%d.%02d' % (sign, amount // 100, amount % 100)

class Account:
    kind = 'basic'
    next_number = 1000

    def __init__(self, owner, balance=0):
        Account.next_number += 1
        self.number = 'AC%d' % Account.next_number
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen('account %s is frozen' % self.number)

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError('deposit must be positive, got %d' % amount)
        self._balance += amount
        self.history.append(('deposit', amount))

    def limit(self):
        return 0

    def withdraw(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError('withdrawal must be positive, got %d' % amount)
        if self._balance - amount < -self.limit():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(('withdraw', amount))

    def month_end(self):
        pass

    def __repr__(self):
        return '%s(%s, %s, %s)' % (type(self).__name__, self.number, self.owner, cents(self._balance))

class Savings(Account):
    kind = 'savings'
    def __init__(self, owner, balance=0, rate_bp=150):
        super().__init__(owner, balance)
        self.rate_bp = rate_bp
        self.withdrawals = 0
    def withdraw(self, amount):
        if self.withdrawals >= 2:
            raise BankError('savings account %s: monthly withdrawal limit reached' % self.number)
        super().withdraw(amount)
        self.withdrawals += 1
    def month_end(self):
        interest = self._balance * self.rate_bp // 10000 // 12
        if interest:
            self._balance += interest
            self.history.append(('interest', interest))
        self.withdrawals = 0

class Checking(Account):
    kind = 'checking'
    def __init__(self, owner, balance=0, overdraft=5000):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def limit(self):
        return self.overdraft
    def month_end(self):
        if self._balance < 0:
            fee = 1500
            self._balance -= fee
            self.history.append(('fee', fee))

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = []

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        self.ledger.append(('open', acct.number, acct.balance))
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount('no such account: %s' % number) from None

    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a._balance += amount
            a.history.append(('rollback', amount))
            raise
        self.ledger.append(('transfer', src, dst, amount))

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def report(self):
        print('=== %s ===' % self.name)
        total = 0
        for number in sorted(self.accounts):
            acct = self.accounts[number]
            total += acct.balance
            flag = ' [frozen]' if acct.frozen else ''
            print('%-7s %-9s %-6s %12s%s' % (number, acct.kind, acct.owner, cents(acct.balance), flag))
        print('%-24s %12s' % ('total', cents(total)))

bank = Bank('First Corpus Bank')
alice = bank.open(Checking, 'alice', 10000)
bob = bank.open(Savings, 'bob', 250000)
carol = bank.open(Account, 'carol')
operations = [
    ('deposit', alice.number, 2550), ('withdraw', alice.number, 15000), ('withdraw', alice.number, 5000),
    ('transfer', bob.number, carol.number, 30000), ('transfer', bob.number, carol.number, 1000),
    ('transfer', bob.number, alice.number, 1), ('withdraw', carol.number, 40000), ('deposit', carol.number, -5),
    ('freeze', carol.number), ('transfer', alice.number, carol.number, 100), ('deposit', 'AC9999', 100),
    ('unfreeze', carol.number), ('transfer', alice.number, carol.number, 100), ('month_end',),
    ('withdraw', bob.number, 100), ('deposit', bob.number, 12345),
]
for op in operations:
    try:
        if op[0] == 'deposit':
            bank.get(op[1]).deposit(op[2])
        elif op[0] == 'withdraw':
            bank.get(op[1]).withdraw(op[2])
        elif op[0] == 'transfer':
            bank.transfer(*op[1:])
        elif op[0] == 'freeze':
            bank.get(op[1]).frozen = True
        elif op[0] == 'unfreeze':
            bank.get(op[1]).frozen = False
        elif op[0] == 'month_end':
            bank.month_end()
        print('ok   ', op)
    except InsufficientFunds as e:
        print('FUNDS', e)
    except UnknownAccount as e:
        print('UNKNOWN', e, isinstance(e, KeyError))
    except BankError as e:
        print('BANK ', type(e).__name__, e)
    except ValueError as e:
        print('VALUE', e)
bank.report()
for acct in (alice, bob, carol):
    print(acct, acct.history)
print(len(bank.ledger), bank.ledger[-1])
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
