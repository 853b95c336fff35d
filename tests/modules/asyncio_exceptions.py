# Errors raised in tasks reach whoever awaits them, with their type and message.
import asyncio

async def raiser(exc):
    await asyncio.sleep(0)
    raise exc

async def catcher(exc):
    try:
        await raiser(exc)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

async def main():
    for exc in (ValueError("v"), ZeroDivisionError("z"), RuntimeError("r")):
        print(await catcher(exc))
    t = asyncio.create_task(raiser(TypeError("from task")))
    try:
        await t
    except TypeError as e:
        print("task:", e)
    # Exceptions chain through await as through calls.
    async def wrap():
        try:
            await raiser(KeyError("inner"))
        except KeyError as e:
            raise LookupError("outer") from e
    try:
        await wrap()
    except LookupError as e:
        print(e, repr(e.__cause__))

asyncio.run(main())
