import micropython
log = []
cb = log.append
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
for i in range(3):
    pass
print(log)
try:
    # map calls schedule from C, so the queue fills before the VM looks at it.
    list(map(micropython.schedule, [cb] * 9, range(10, 19)))
except RuntimeError as e:
    print('RuntimeError', e)
for i in range(3):
    pass
print(log)
try:
    micropython.schedule(5, 1)
except TypeError:
    print('TypeError')
