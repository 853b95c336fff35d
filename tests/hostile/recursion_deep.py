# 10,000-level recursion raises RecursionError; the interpreter stays usable.
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)

print(f(100))
try:
    f(10000)
    print("no error")
except RecursionError as e:
    print(type(e).__name__)
print(f(200))

def g():
    return g()

for i in range(3):
    try:
        g()
    except RecursionError:
        print("again", i)
print("alive")
