# Empty sequences, no arguments and category-only regex classes: paths where
# an item array may be absent (NULL + 0 is undefined behaviour in C; clang's
# UBSan reported these through fuzz_exec).
import re

a, *b = [1]
*c, = []
*d, = ()
*e, = ""
print(a, b, c, d, e)
for x in ([], (), "", range(0), {}, set()):
    match x:
        case [*rest]:
            print("seq", rest)
        case _:
            print("other", type(x).__name__)
print(dict(), list(), tuple(), str(), bytes(), bytearray(), set(), frozenset())
print(re.findall(r"[\d]+", "a1b22"), re.findall(r"[\w\s]", "a b"), re.match(r"[\D]*", "ab1").group())
print(re.sub(r"[\s]", "_", "a b\tc"), re.split(r"[\W]+", "a, b; c"))
print("alive")
