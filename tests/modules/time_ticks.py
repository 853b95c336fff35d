# MicroPython's ticks functions: wrapping arithmetic through ticks_add/ticks_diff.
# Expected output (.exp) follows MicroPython's documented definitions with
# the tick period 2**30 (TICKS_MAX = 2**30 - 1), which this port uses.
import time

MAX = time.ticks_add(0, -1)
print(MAX == 2**30 - 1)
print(time.ticks_add(MAX, 1))
print(time.ticks_diff(0, MAX))
print(time.ticks_diff(MAX, 0))
print(time.ticks_diff(5, 3), time.ticks_diff(3, 5))
half = 2**29
print(time.ticks_diff(half, 0))
print(time.ticks_diff(half - 1, 0))
print(time.ticks_add(100, -200) == MAX - 99)
print(time.ticks_add(time.ticks_add(12345, 1000000), -1000000))
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    t = f()
    print(type(t).__name__, 0 <= t <= MAX)
t0 = time.ticks_us()
time.sleep_us(2000)
print(time.ticks_diff(time.ticks_us(), t0) >= 2000)
t0 = time.ticks_ms()
time.sleep_ms(20)
d = time.ticks_diff(time.ticks_ms(), t0)
print(20 <= d < 2000)
time.sleep_ms(0)
time.sleep_us(0)
for bad in (time.sleep_ms, time.sleep_us):
    try:
        bad(-1)
    except ValueError:
        print("ValueError")
