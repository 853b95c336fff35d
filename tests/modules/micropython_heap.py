import micropython
print(micropython.heap_locked())
micropython.heap_lock()
print(micropython.heap_locked())
try:
    x = [1, 2, 3] * 100
except MemoryError:
    print('MemoryError')
micropython.heap_lock()
print(micropython.heap_locked())
print(micropython.heap_unlock())
print(micropython.heap_unlock(), micropython.heap_locked())
x = [1] * 10
print(len(x), micropython.heap_unlock())
