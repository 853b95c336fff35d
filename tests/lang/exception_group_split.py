# split, subgroup and derive.
eg = ExceptionGroup("eg", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("nested", [ValueError(3), KeyError(4)]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup((KeyError, TypeError))))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is eg)

# A predicate sees the groups too; a true result for the group takes it all.
print(eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
seen = []
eg.split(lambda e: seen.append(type(e).__name__) or False)
print(seen)

# Matching everything below the top still makes a new group.
only_values = ExceptionGroup("vals", [ValueError(1), ValueError(2)])
print(only_values.subgroup(ValueError) is only_values, repr(only_values.subgroup(ValueError)))

# Split parts keep the traceback, cause, context and notes of the original.
try:
    raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as e:
    e.add_note("note")
    m, r = e.split(ValueError)
    print(m.__cause__ is e.__cause__, r.__cause__ is e.__cause__)
    print(m.__notes__ is e.__notes__, m.__traceback__ is e.__traceback__)

# derive makes a group of the same message.
d = eg.derive([OSError("x")])
print(type(d).__name__, repr(d))

# A subclass overriding derive keeps its type through split.
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
print(isinstance(mg, BaseExceptionGroup), isinstance(mg, Exception))

# Bad conditions.
for cond in [3, "ValueError", (ValueError, 3)]:
    try:
        eg.split(cond)
    except TypeError as e:
        print("TypeError", e)
