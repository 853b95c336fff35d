# Enormous repetitions and sizes: MemoryError/OverflowError as CPython, quickly.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__)

attempt("list", lambda: [0] * 10 ** 12)
attempt("str", lambda: "a" * 10 ** 12)
attempt("bytes", lambda: b"a" * 10 ** 12)
attempt("tuple", lambda: (1,) * 10 ** 12)
attempt("bytes()", lambda: bytes(10 ** 12))
attempt("bytearray()", lambda: bytearray(10 ** 12))
attempt("list 2**62", lambda: [0, 1] * 2 ** 62)
attempt("str 2**63", lambda: "ab" * 2 ** 63)
attempt("str 10**30", lambda: "a" * 10 ** 30)
attempt("list 10**30", lambda: [1] * 10 ** 30)
print([0] * -5, "a" * -5, b"x" * 0)
print("alive", len([0] * 1000))
