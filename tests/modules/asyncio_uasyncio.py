# uasyncio is MicroPython's older name of asyncio: the same module.
import asyncio
import uasyncio

print(uasyncio is asyncio)
print(uasyncio.Event is asyncio.Event)
from uasyncio import sleep_ms, run

async def main():
    await sleep_ms(1)
    return "ok"

print(run(main()))
