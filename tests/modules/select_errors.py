# poll objects: errors for objects that cannot be polled and for unknown registrations.
import select

p = select.poll()
for bad in ("text", 1.5, None, [1]):
    try:
        p.register(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    p.register(-1)
except ValueError as e:
    print("ValueError", e)
try:
    p.unregister(7)
except KeyError as e:
    print("KeyError", e)
try:
    p.modify(7, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
class NoFileno:
    pass
try:
    select.select([NoFileno()], [], [], 0)
except TypeError as e:
    print("TypeError", e)
