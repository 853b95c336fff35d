# The loop object: run_until_complete, create_task, run_forever with stop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

async def compute(x):
    await asyncio.sleep(0)
    return x * x

print(loop.run_until_complete(compute(7)))

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.005)
    print("stopping")
    loop.stop()

t = loop.create_task(ticker(3))
loop.run_forever()
print("run_forever returned", t.done())
print(loop.run_until_complete(compute(3)))

async def check_running():
    return asyncio.get_running_loop() is loop

print(loop.run_until_complete(check_running()))
loop.close()
