# Deeply nested generators (yield from chains) and recursive comprehensions.
def gen(n):
    if n == 0:
        yield 0
    else:
        yield from gen(n - 1)

print(list(gen(50)))
try:
    print(list(gen(100000)))
except RecursionError:
    print("RecursionError")
print(list(gen(10)))

def nested(n):
    return [nested(n - 1) for _ in range(1)] if n else []
try:
    nested(100000)
except RecursionError:
    print("RecursionError comp")
print("alive")
