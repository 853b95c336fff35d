# MicroPython's poll.poll(timeout_ms): with nothing ready it returns [] after the timeout.
import select
import time

class Never:
    def ioctl(self, req, arg):
        return 0

p = select.poll()
p.register(Never())
t0 = time.ticks_ms()
print(p.poll(40))
print(time.ticks_diff(time.ticks_ms(), t0) >= 40)
t0 = time.ticks_ms()
print(p.poll(0))
print(time.ticks_diff(time.ticks_ms(), t0) < 40)
empty = select.poll()
print(empty.poll(5))
