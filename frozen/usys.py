# usys: MicroPython's former name of sys; the same module object.
# SPDX-License-Identifier: MIT
import sys

sys.modules["usys"] = sys
