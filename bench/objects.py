# Attribute access and method calls: a bank simulation with accounts, a ledger and subclasses.
# SPDX-License-Identifier: MIT
import sys

N = 180000  # pi: 8000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


class Account:
    fee = 1

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = 0

    def deposit(self, amount):
        self.balance += amount
        self.history += 1

    def withdraw(self, amount):
        if amount + self.fee > self.balance:
            return False
        self.balance -= amount + self.fee
        self.history += 1
        return True

    def value(self):
        return self.balance


class Savings(Account):
    fee = 2

    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate // 1000)

    def value(self):
        return self.balance + self.balance * self.rate // 1000


class Ledger:
    def __init__(self):
        self.entries = 0
        self.volume = 0
        self.refused = 0

    def record(self, amount, ok):
        if ok:
            self.entries += 1
            self.volume += amount
        else:
            self.refused += 1


class Bank:
    def __init__(self, n):
        self.accounts = []
        for i in range(n):
            if i % 3 == 0:
                self.accounts.append(Savings("s%d" % i, 1000 + i, 5 + i % 7))
            else:
                self.accounts.append(Account("c%d" % i, 500 + i))
        self.ledger = Ledger()

    def transfer(self, src, dst, amount):
        ok = src.withdraw(amount)
        if ok:
            dst.deposit(amount)
        self.ledger.record(amount, ok)
        return ok

    def month_end(self):
        for a in self.accounts:
            if isinstance(a, Savings):
                a.add_interest()

    def total(self):
        t = 0
        for a in self.accounts:
            t += a.value()
        return t


bank = Bank(200)
seed = 5
accs = bank.accounts
n = len(accs)
for step in range(N):
    seed = (seed * 3877 + 29573) % 139968
    src = accs[seed % n]
    dst = accs[(seed >> 8) % n]
    bank.transfer(src, dst, seed % 300)
    if step % 5000 == 4999:
        bank.month_end()
lg = bank.ledger
print("entries", lg.entries, "refused", lg.refused)
print("checksum:", bank.total() + lg.volume + sum([a.history for a in accs]))
