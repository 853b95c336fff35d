# A return in finally wins; a return in try still runs finally first.
log = []
def f():
    try:
        return "from try"
    finally:
        log.append("finally ran")
print(f(), log)
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
