# Queue: FIFO order between a producer and consumers; a bounded queue blocks put().
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            break
        out.append(item)
        print("got", item)
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty())
    q2 = asyncio.Queue()
    print(q2.maxsize, q2.full())
    for v in "abc":
        await q2.put(v)
    print(q2.qsize(), [await q2.get() for _ in range(3)])

asyncio.run(main())
