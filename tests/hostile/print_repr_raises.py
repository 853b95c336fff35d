# print() of a container whose item's __repr__ raises writes nothing (CPython builds the text first).
class Bad:
    def __repr__(self):
        raise ValueError("bad repr")
try:
    print([1, Bad()])
except ValueError as e:
    print("print", e)
try:
    print("a", Bad())
except ValueError as e:
    print("print2", e)
print("alive")
