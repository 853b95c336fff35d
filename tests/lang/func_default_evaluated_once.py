# A default value is evaluated once, when def runs.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
n = 10
def f(x=n):
    return x
n = 20
print(f(), n)
log = []
def make(v):
    log.append(v)
    return v
def g(a=make("default")):
    return a
print(log)
g(); g()
print(log)
