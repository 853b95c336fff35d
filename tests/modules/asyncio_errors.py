# asyncio's errors for things that are not coroutines and for calls outside a running loop.
import asyncio

for bad in (5, None, "x"):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError", e)

async def inner():
    return 1

async def main():
    for bad in (5, None):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError", e)
        try:
            await asyncio.gather(bad)
        except TypeError as e:
            print("TypeError", e)
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await c)

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
