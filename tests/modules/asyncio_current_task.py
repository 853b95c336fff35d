# current_task: each coroutine sees the task that runs it.
import asyncio

async def who(tasks, name):
    await asyncio.sleep(0)
    tasks[name] = asyncio.current_task()

async def main():
    tasks = {}
    a = asyncio.create_task(who(tasks, "a"))
    b = asyncio.create_task(who(tasks, "b"))
    await a
    await b
    print(tasks["a"] is a, tasks["b"] is b, tasks["a"] is tasks["b"])
    me = asyncio.current_task()
    await asyncio.sleep(0)
    print(asyncio.current_task() is me, me is a)

asyncio.run(main())
