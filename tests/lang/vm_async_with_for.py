# async with / async for inside coroutines driven by hand with send(None).
class AM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return t is KeyError
class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with AM() as r:
        print("body", r)
    async with AM():
        raise KeyError("suppressed")
    total = 0
    async for x in AIter(4):
        if x == 3:
            continue
        total += x
    else:
        print("else ran")
    async for x in AIter(10):
        if x == 2:
            break
    try:
        async with AM():
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    for i in range(2):
        async with AM():
            if i == 0:
                continue
            return total
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
try:
    async def bad():
        async with 5:
            pass
    run(bad())
except TypeError as e:
    print(e)
try:
    async def bad2():
        async for x in 5:
            pass
    run(bad2())
except TypeError as e:
    print(e)
