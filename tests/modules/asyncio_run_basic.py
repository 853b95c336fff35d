# asyncio.run: return values, nested awaits, exceptions leaving run().
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total

async def main():
    print(await add(1, 2))
    print(await chain(0), await chain(5))
    r = await asyncio.sleep(0, "slept")
    print(r)
    return ["main", "done"]

print(asyncio.run(main()))

async def fails():
    await asyncio.sleep(0)
    raise KeyError("k")

try:
    asyncio.run(fails())
except KeyError as e:
    print("KeyError", e)

async def nothing():
    pass

print(asyncio.run(nothing()))
# run() can be called again afterwards.
print(asyncio.run(chain(4)))
