# ucollections: MicroPython's former name of collections; the same module object.
# SPDX-License-Identifier: MIT
import sys
import collections

sys.modules["ucollections"] = collections
