# Asynchronous comprehensions and await inside comprehensions, run by hand.
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
async def double(x):
    return x * 2
async def main():
    a = [x async for x in AIter(4) if x % 2]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in AIter(2)}
    d = [(x, y) async for x in AIter(2) for y in range(2)]
    return a, b, c, d
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
