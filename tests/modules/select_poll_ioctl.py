# MicroPython's select.poll on objects with an ioctl method (the MicroPython stream protocol).
import select

class Dev:
    def __init__(self, name, ready_after):
        self.name = name
        self.calls = 0
        self.ready_after = ready_after

    def ioctl(self, req, arg):
        self.calls += 1
        if req != 3:
            return -1
        ev = select.POLLIN | select.POLLOUT if self.calls > self.ready_after else 0
        return ev & arg

a = Dev("a", 0)
b = Dev("b", 3)
p = select.poll()
p.register(a, select.POLLIN)
p.register(b, select.POLLOUT)
res = p.poll(0)
print([(o.name, ev) for o, ev in res])
p.unregister(a)
# b becomes ready on its fourth check: poll keeps checking until then.
res = p.poll(500)
print([(o.name, ev) for o, ev in res], b.calls)
p.modify(b, select.POLLIN | select.POLLOUT)
print([(o.name, ev) for o, ev in p.poll(0)])

class Broken:
    def ioctl(self, req, arg):
        return select.POLLERR | select.POLLHUP

q = select.poll()
q.register(Broken(), 0)
print([ev for o, ev in q.poll(0)])
