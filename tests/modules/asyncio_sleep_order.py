# sleep: tasks with different delays wake in the order of their deadlines.
import asyncio

order = []

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    return delay

async def main():
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in
             [("slow", 0.09), ("fast", 0.01), ("mid", 0.05), ("zero", 0)]]
    results = [await t for t in tasks]
    print(results)
    print(order)
    # A negative delay is like sleep(0).
    await asyncio.sleep(-1)
    print("negative ok")

asyncio.run(main())
