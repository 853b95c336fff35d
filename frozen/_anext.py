# The awaitable that anext(iterator, default) returns (py/modbuiltins.c):
# the iterator's next value, or default once it is exhausted.
# SPDX-License-Identifier: MIT


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
