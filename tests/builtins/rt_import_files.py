# Importing .py modules and packages: caching, from-imports, relative imports, errors.
import sys
import _rt_mod
import _rt_mod as again
print(_rt_mod.VALUE, _rt_mod.twice(4), again is _rt_mod, "_rt_mod" in sys.modules)
from _rt_mod import twice, VALUE as V
print(twice(V))
import _rt_pkg.sub
print(_rt_pkg.NAME, _rt_pkg.sub.SUB, _rt_pkg.sub.from_parent())
from _rt_pkg import sub as s2, NAME
print(s2 is _rt_pkg.sub, NAME)
from _rt_pkg.sub import SUB
print(SUB)
for name in ("_rt_no_such_module", "_rt_pkg.nothing"):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    from _rt_mod import nothing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
print(_rt_mod.__name__, _rt_pkg.sub.__name__)
