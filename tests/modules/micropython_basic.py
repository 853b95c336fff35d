import micropython
from micropython import const
X = const(5)
print(X, const('x'), const(2**70))
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())
print(micropython.stack_use() > 0, type(micropython.stack_use()))
print(micropython.alloc_emergency_exception_buf(100))
print(micropython.kbd_intr(3), micropython.kbd_intr(-1), micropython.kbd_intr(3))
try:
    micropython.kbd_intr('x')
except TypeError:
    print('TypeError')
try:
    micropython.opt_level(-1)
except ValueError:
    print('ValueError')
