# default is returned for an empty iterable.
print(min([], default=None), max([], default="empty"))
print(min([3, 1], default=99), max((), default=0))
print(max([], key=len, default="k"))
print(min("", default="no chars"))
print(max(range(0), default=-1))
try:
    max([])
except ValueError:
    print("ValueError without default")
