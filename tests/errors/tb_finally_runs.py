# finally blocks run while an uncaught exception passes through them.
def step(n):
    try:
        if n == 0:
            raise KeyError(n)
        return step(n - 1)
    finally:
        print("unwinding", n)

def start():
    step(2)

start()
