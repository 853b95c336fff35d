# MicroPython's select.poll on sys.stdin: any event reported is input or hang-up, on sys.stdin.
import select
import sys

p = select.poll()
p.register(sys.stdin, select.POLLIN)
res = p.poll(0)
print(all(o is sys.stdin and ev & ~(select.POLLIN | select.POLLHUP) == 0 for o, ev in res))
print(len(res) <= 1)
p.modify(sys.stdin, 0)
print([ev & select.POLLIN for o, ev in p.poll(0)])
