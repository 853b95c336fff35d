# break/continue/return through nested try/except/finally/with in loops and
# generators, else clauses, and exceptions crossing several handlers.
def trace(label, log):
    log.append(label)

def f(n):
    log = []
    for i in range(n):
        try:
            try:
                if i == 0:
                    continue
                if i == 1:
                    raise ValueError(i)
                if i == 3:
                    break
                trace("body%d" % i, log)
            except ValueError:
                trace("except%d" % i, log)
                continue
            else:
                trace("else%d" % i, log)
            finally:
                trace("finally%d" % i, log)
        finally:
            trace("outer%d" % i, log)
    else:
        trace("loop-else", log)
    return log
print(f(5))
print(f(2))

def g():
    while True:
        try:
            return "from try"
        finally:
            print("cleanup before return")

print(g())

def h(x):
    try:
        if x:
            return "early"
    finally:
        if x == 2:
            return "overridden"
    return "late"
print(h(0), h(1), h(2))

def exc_in_else():
    try:
        pass
    except ValueError:
        return "wrong"
    else:
        raise KeyError("from else")
try:
    exc_in_else()
except KeyError as e:
    print("else raised", e)

def nested_handlers():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
        finally:
            print("inner finally")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(nested_handlers())

def loop_with_return():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
print(loop_with_return())

def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        return "no break"
    return "break"
print(while_else(3), while_else(20))

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            if i == 1:
                continue
        out.append("after%d" % i)
    return out
print(continue_in_finally())

def deep_unwind():
    out = []
    for a in range(2):
        for b in range(2):
            try:
                for c in range(2):
                    try:
                        if c == 1:
                            break
                        out.append((a, b, c))
                    finally:
                        out.append("f")
            finally:
                out.append("F")
    return out
print(deep_unwind())
x = 0
while x < 5:
    x += 1
    try:
        if x % 2:
            continue
    finally:
        x += 0
print(x)
