# else runs only when the try block raised nothing.
def attempt(n):
    try:
        r = 10 // n
    except ZeroDivisionError:
        print("except", n)
    else:
        print("else", n, r)
attempt(5)
attempt(0)
try:
    x = 1
except Exception:
    pass
else:
    x += 1
print(x)
try:
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise KeyError("from else")
except KeyError as e:
    print("else raised", repr(e))
