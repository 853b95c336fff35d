# time.sleep and the CPython clocks: monotonic, perf_counter, time, and their _ns forms.
import time

t0 = time.monotonic()
time.sleep(0.05)
t1 = time.monotonic()
print(t1 - t0 >= 0.049, t1 - t0 < 5)
time.sleep(0)
time.sleep(1e-4)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError:
    print("TypeError")
ns0 = time.monotonic_ns()
time.sleep(0.002)
ns1 = time.monotonic_ns()
print(type(ns0).__name__, ns1 - ns0 >= 1000000)
p0 = time.perf_counter()
p1 = time.perf_counter()
print(type(p0).__name__, p1 >= p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
