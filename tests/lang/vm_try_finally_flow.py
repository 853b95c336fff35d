# break, continue and return leaving try/finally and with blocks run the cleanups in order.
log = []
def f1():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            log.append(("body", i))
        finally:
            log.append(("fin", i))
    return "done"
print(f1(), log)

def f2():
    try:
        return "try"
    finally:
        print("finally runs")
print(f2())

def f3():
    try:
        return "try"
    finally:
        return "finally wins"
print(f3())

def f4():
    for i in range(5):
        try:
            try:
                return i
            finally:
                print("inner", i)
        finally:
            print("outer", i)
print(f4())

def f5():
    try:
        1 / 0
    finally:
        return "swallowed"
print(f5())

def f6():
    while True:
        try:
            raise ValueError("x")
        finally:
            break
    return "broke out"
print(f6())

def f7():
    result = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
            except KeyError:
                result.append("caught")
                continue
            finally:
                result.append("f%d" % i)
            result.append(i)
        finally:
            result.append("o")
    return result
print(f7())

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False

def f8():
    for i in range(3):
        with CM("a%d" % i):
            if i == 0:
                continue
            if i == 1:
                with CM("b"):
                    return "ret"
print(f8())

def f9():
    try:
        for x in [1, 2]:
            try:
                return x
            finally:
                print("leaving", x)
    finally:
        print("outer finally")
print(f9())

