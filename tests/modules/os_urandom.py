# os.urandom: n random bytes
import os

for n in [0, 1, 16, 1000]:
    b = os.urandom(n)
    print(n, type(b).__name__, len(b))
print(os.urandom(32) != os.urandom(32))
big = os.urandom(4096)
print(len(set(big)) > 200)
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
try:
    os.urandom(1.5)
except TypeError as e:
    print("TypeError", e)
