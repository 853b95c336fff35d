# Assigning a class's __name__ (its repr keeps the __qualname__).
class C: pass
C.__name__ = "X"
print(C.__name__, C, C.__qualname__, C().__class__.__name__)
try:
    C.__name__ = 5
except TypeError as e:
    print("TypeError", e)
