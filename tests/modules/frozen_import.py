import sys
import collections
import collections as c2
from collections import deque, namedtuple
from itertools import *
print(collections.__name__, c2 is collections, 'collections' in sys.modules)
print(sys.modules['collections'] is collections, deque is collections.deque)
import functools, operator, unittest, itertools
print(functools.__name__, operator.__name__, unittest.__name__, itertools.__name__)
print(list(islice(count(), 3)))
try:
    import collections.nosuch
except ImportError as e:
    print(type(e).__name__)
try:
    from collections import nosuch
except ImportError as e:
    print(type(e).__name__)
