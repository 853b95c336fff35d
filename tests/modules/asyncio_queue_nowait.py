# Queue: put_nowait/get_nowait errors, task_done and join.
import asyncio

async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        print(name, "did", item)
        q.task_done()
        if item >= 4:
            break

async def main():
    q = asyncio.Queue(2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    print(q.get_nowait(), q.get_nowait(), q.empty())
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    t = asyncio.create_task(worker(q, "w"))
    await q.join()
    print("joined", q.qsize())
    await t

asyncio.run(main())
