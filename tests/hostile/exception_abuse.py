# Raising odd things and exceptions with broken parts.
for thing in (5, "s", None, object()):
    try:
        raise thing
    except TypeError as e:
        print(type(e).__name__, e)
class BadStr(Exception):
    def __str__(self):
        raise ValueError("str failed")
try:
    raise BadStr()
except BadStr as e:
    try:
        str(e)
    except ValueError as e2:
        print(type(e2).__name__, e2)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError(1)
    finally:
        raise IndexError(2)
except IndexError as e:
    print(type(e).__name__, repr(e.__context__))
e = ValueError()
e.__cause__ = e
print(repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
print("alive")
