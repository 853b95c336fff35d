# A docstring is just the first statement; the function still works.
def f():
    "A one-line docstring."
    return 1
def g(x):
    """A multi-line
    docstring."""
    return x * 2
def h():
    """Only a docstring."""
print(f(), g(4), h())
def k():
    x = "not a docstring"
    return x
print(k())
