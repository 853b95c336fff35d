# Mutual recursion through methods, lambdas and __getattr__ ends in RecursionError.
class A:
    def __getattr__(self, name):
        return getattr(self, name + "x")

try:
    A().foo
except RecursionError:
    print("getattr RecursionError")

even = lambda n: n == 0 or odd(n - 1)
odd = lambda n: n != 0 and even(n - 1)
print(even(100))
try:
    even(100000)
except RecursionError:
    print("lambda RecursionError")

class R:
    def __repr__(self):
        return repr(self) + "!"
try:
    repr(R())
except RecursionError:
    print("repr RecursionError")
print("alive", [i * i for i in range(5)])
