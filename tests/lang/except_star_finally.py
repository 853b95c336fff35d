# except* with else and finally, in functions, loops and generators.
def f(exc):
    log = []
    try:
        if exc:
            raise exc
        log.append("body")
    except* ValueError:
        log.append("value")
    except* TypeError:
        log.append("type")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(f(None))
print(f(ValueError()))
print(f(ExceptionGroup("g", [TypeError(), ValueError()])))
try:
    f(KeyError("k"))
except KeyError as e:
    print("KeyError", e)

# In a loop: the loop goes on after a handled group.
for i in range(3):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
        print("even", i)
    except* ValueError as e:
        print("odd", e.exceptions[0])

# In a generator.
def gen():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            yield repr(e.exceptions[0])
print(list(gen()))

# A with block inside a clause.
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0])
try:
    raise ExceptionGroup("g", [OSError("o")])
except* OSError:
    with CM():
        print("inside with")
