# Mutual recursion without a base case also raises RecursionError, and the program carries on.
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
for attempt in range(3):
    try:
        ping(0)
    except RecursionError as e:
        print(attempt, type(e).__name__)
def deep_lambda(f):
    return f(f)
try:
    deep_lambda(lambda g: g(g))
except RecursionError as e:
    print(type(e).__name__)
print("still running")
