# Try statements: handlers with and without names, tuples, else and finally.
def run(n):
    out = []
    try:
        if n == 0:
            raise ValueError("v")
        if n == 1:
            raise KeyError("k")
        if n == 2:
            raise TypeError("t")
        out.append("no error")
    except ValueError as e:
        out.append("value " + str(e))
    except (KeyError, IndexError) as e:
        out.append("lookup " + repr(e))
    except Exception:
        out.append("other")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

for i in range(4):
    print(run(i))

try:
    pass
finally:
    print("only finally")

try:
    raise RuntimeError
except:
    print("bare except")

try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__))

try: x = 1
except: pass
else: print("one-line else", x)
finally: print("one-line finally")
