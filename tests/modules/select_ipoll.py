# MicroPython's poll.ipoll: an iterator of (obj, event); flags=1 is one-shot (mask reset to 0).
import select

class Ready:
    def ioctl(self, req, arg):
        return arg & (select.POLLIN | select.POLLOUT)

r = Ready()
p = select.poll()
p.register(r, select.POLLIN)
n = 0
for obj, ev in p.ipoll(0):
    n += 1
    print(obj is r, ev)
print(n)
for obj, ev in p.ipoll(0, 1):
    print("one-shot", ev)
print(list(p.ipoll(0)))
p.modify(r, select.POLLOUT)
print([ev for o, ev in p.ipoll(0)])
