# Iterator protocol abuse: __iter__ returning non-iterators, __next__ raising, __len__ lying.
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class Boom:
    def __iter__(self):
        return self
    def __next__(self):
        raise ZeroDivisionError("next")
for fn in (list, tuple, set, sorted, sum, max):
    try:
        fn(Boom())
    except ZeroDivisionError as e:
        print(fn.__name__, type(e).__name__)
class Liar:
    def __len__(self):
        return -1
try:
    len(Liar())
except ValueError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 10 ** 30
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)
print("alive")
