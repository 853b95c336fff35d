# Errors CPython gives for duplicate bases and for break, continue and return
# in an except* block (checked before "not in a loop").
cases = [
    "class A: pass\nclass B(A, A): pass",
    "class A: pass\nclass B(A, int, A): pass",
    "try:\n    pass\nexcept* ValueError:\n    continue",
    "for i in range(2):\n    try:\n        pass\n    except* ValueError:\n        break",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1",
    "class X: pass\nclass Y(X): pass\nclass Z(X, Y): pass",
]
for src in cases:
    try:
        exec(src, {})
        print("ok")
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)
print(I(4), type(I(4)).__name__)
