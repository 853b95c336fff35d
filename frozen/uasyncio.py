# uasyncio: MicroPython's former name of asyncio; the same module object.
# SPDX-License-Identifier: MIT
import sys
import asyncio

sys.modules["uasyncio"] = asyncio
