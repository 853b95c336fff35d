# match statements inside coroutines and async generators.
import asyncio

async def fetch(v):
    await asyncio.sleep(0)
    return v

async def handle(msg):
    match await fetch(msg):
        case {"op": "add", "args": [a, b]}:
            return a + b
        case {"op": "neg", "args": [a]}:
            return -a
        case {"op": op}:
            return "unknown " + op
        case _:
            return "bad"

async def agen(items):
    for it in items:
        match it:
            case int(n) if n > 0:
                yield n
            case str(s):
                yield await fetch(s.upper())

async def main():
    for m in [{"op": "add", "args": [1, 2]}, {"op": "neg", "args": [5]}, {"op": "mul"}, 3]:
        print(await handle(m))
    print([x async for x in agen([1, -1, "a", 2])])

asyncio.run(main())
