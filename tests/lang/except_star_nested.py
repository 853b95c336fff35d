# Nested groups keep their structure when split by except*.
eg = ExceptionGroup("top", [
    ValueError(1),
    ExceptionGroup("mid", [TypeError(2), ValueError(3)]),
    ExceptionGroup("other", [KeyError(4)]),
])
try:
    try:
        raise eg
    except* ValueError as e:
        print("values:", repr(e))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    print(rest.message, len(rest.exceptions))

# Everything matched: nothing propagates.
try:
    raise ExceptionGroup("all", [ValueError(1), ExceptionGroup("in", [ValueError(2)])])
except* ValueError as e:
    print("all values:", repr(e))
print("nothing left")

# An except* Exception catches the whole group at once.
try:
    raise ExceptionGroup("whole", [ValueError(1), TypeError(2)])
except* Exception as e:
    print("whole:", repr(e))

# except* inside a handler of an outer try.
def inner():
    try:
        raise ExceptionGroup("inner", [OSError("disk"), ValueError("v")])
    except* OSError as e:
        print("inner handled", repr(e))
try:
    inner()
except* ValueError as e:
    print("outer handled", repr(e))
