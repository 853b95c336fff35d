# A submodule using a relative import.
from . import NAME
from .helper import value
SUB = "sub of " + NAME
def from_parent():
    return value()
