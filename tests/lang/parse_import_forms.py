# Import statement forms.
import sys
import sys as system, gc
from sys import (
    path,
    argv,
)
from sys import path as p, argv as a
from gc import collect
import gc as g2

print(system is sys, g2 is gc)
print(p is path, a is argv)
print(callable(collect))

def inner():
    import sys as s2
    from gc import enable
    return s2 is sys, callable(enable)

print(inner())
