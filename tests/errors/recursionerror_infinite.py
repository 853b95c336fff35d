# Unbounded recursion raises RecursionError; only its type is printed (messages vary).
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
def also_forever():
    return 1 + also_forever()
try:
    also_forever()
except RecursionError as e:
    print(type(e).__name__)
print(isinstance(RecursionError(), RuntimeError))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
