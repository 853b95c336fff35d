# In a chain the middle operand is evaluated once, and evaluation stops at the first false link.
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) == v(1) == v(2) == v(5))
print(calls)
calls.clear()
print(v(0) <= v(0) < v(1))
print(calls)
