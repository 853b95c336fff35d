# An exception group left uncaught ends the program with status 1 (its tree
# traceback goes to stderr); what ran before is printed.
def handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        print("handled", repr(e))
        raise KeyError("raised in handler")
    except* TypeError:
        print("TypeError part handled")

print("start")
handler()
print("not reached")
