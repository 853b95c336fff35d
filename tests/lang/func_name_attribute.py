# Functions know their names.
def alpha():
    pass
def beta(x):
    return x
print(alpha.__name__)
print(beta.__name__)
gamma = alpha
print(gamma.__name__)
lam = lambda: 0
print(lam.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
