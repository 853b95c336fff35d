# The built-ins aiter() and anext(), with and without a default.
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen():
    yield "a"
    yield "b"

async def main():
    it = aiter(Counter(2))
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    g = agen()
    print(await anext(g), await anext(g), await anext(g, "end"))
    try:
        await anext(aiter(Counter(0)))
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in [lambda: aiter(5), lambda: anext(5), lambda: anext([1], 0)]:
        try:
            bad()
        except TypeError as e:
            print("TypeError", e)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

run(main())
