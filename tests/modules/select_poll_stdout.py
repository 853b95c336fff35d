# MicroPython's select.poll on the console output: poll returns (object, event) tuples.
import select
import sys

p = select.poll()
p.register(sys.stdout, select.POLLOUT)
res = p.poll(0)
print(len(res), res[0][0] is sys.stdout, res[0][1] == select.POLLOUT)
# Registering again changes the mask; asking only for input gives nothing.
p.register(sys.stdout, select.POLLIN)
print(p.poll(0))
p.modify(sys.stdout, select.POLLOUT)
print(len(p.poll(10)))
p.unregister(sys.stdout)
print(p.poll(0))
