# Cancellation unwinds through async with, async generators (aclose in finally) and nested awaits.
import asyncio
class CM:
    async def __aenter__(self):
        print("enter"); await asyncio.sleep(0); return self
    async def __aexit__(self, t, e, tb):
        print("exit", t.__name__ if t else None); await asyncio.sleep(0)
        return False
async def agen():
    try:
        for i in range(100):
            await asyncio.sleep(0)
            yield i
    finally:
        print("agen finally")
third = asyncio.Event()
async def user():
    async with CM():
        g = agen()
        try:
            async for v in g:
                print("v", v)
                if v == 2:
                    third.set()
        finally:
            await g.aclose()
async def nested(depth):
    if depth == 0:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("deep cancel")
            raise
    else:
        try:
            await nested(depth - 1)
        finally:
            print("unwind", depth)
async def main():
    t = asyncio.create_task(user())
    await third.wait()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("user cancelled")
    t = asyncio.create_task(nested(5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("nested cancelled")
    async def gen_in_task():
        async def ag():
            yield 1
            await asyncio.sleep(0)
            yield 2
        return [v async for v in ag()]
    print(await asyncio.create_task(gen_in_task()))
asyncio.run(main())
