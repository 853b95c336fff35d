# An exception without arguments prints only its type name.
def f():
    raise NotImplementedError
f()
