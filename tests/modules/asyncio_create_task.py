# create_task: tasks start on the next turn of the loop and interleave at each sleep(0).
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "end")
    return name.upper()

async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 2))
    print("tasks created", a.done(), b.done())
    await asyncio.sleep(0)
    print("main after one turn")
    print(await a, await b)
    print(a.done(), b.done(), a.result(), b.result())
    # Awaiting a finished task again gives the same result.
    print(await a)
    # A task that is never awaited still runs.
    c = asyncio.create_task(worker("c", 1))
    for _ in range(3):
        await asyncio.sleep(0)
    print(c.done())

asyncio.run(main())
