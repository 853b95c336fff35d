# select's poll event constants have Linux's values, as in CPython and MicroPython.
import select

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
print(select.POLLIN | select.POLLOUT)
p = select.poll()
print(hasattr(p, "register"), hasattr(p, "unregister"), hasattr(p, "modify"), hasattr(p, "poll"))
