# Property test: json.loads(json.dumps(x)) == x for a few thousand random
# nested values. A small LCG in the test (not the random module, whose
# sequence differs from CPython's) makes the values the same on every
# interpreter, so CPython's mismatch count and checksum are the oracle.
import json

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


CHARS = "abcXYZ019 \"\\/\n\t\x00\x1f\x7f\u00e9\u00ff\u0100\u20ac\uffff\U0001F600\U00010000"


def rand_str():
    return "".join(CHARS[rnd(len(CHARS))] for _ in range(rnd(8)))


def rand_float():
    kind = rnd(6)
    if kind == 0:
        return rnd(1000) / 8
    if kind == 1:
        return (rnd(2000000) - 1000000) / (rnd(999) + 1)
    if kind == 2:
        return float(rnd(100000)) * 10.0 ** (rnd(600) - 300)
    if kind == 3:
        return -0.0
    if kind == 4:
        return 1.0 / (rnd(97) + 1)
    return float(rnd(2 ** 20)) * 2.0 ** (rnd(200) - 100)


def rand_value(depth):
    kind = rnd(10 if depth < 4 else 7)
    if kind == 0:
        return None
    if kind == 1:
        return rnd(2) == 0
    if kind == 2:
        return rnd(2000) - 1000
    if kind == 3:
        return (rnd(2 ** 24) - 2 ** 23) * 10 ** rnd(30)
    if kind == 4:
        return rand_float()
    if kind in (5, 6):
        return rand_str()
    if kind in (7, 8):
        return [rand_value(depth + 1) for _ in range(rnd(5))]
    return {rand_str(): rand_value(depth + 1) for _ in range(rnd(5))}


mismatches = 0
checksum = 0
total_len = 0
for i in range(3000):
    v = rand_value(0)
    s = json.dumps(v, sort_keys=(i % 3 == 0), indent=(2 if i % 5 == 0 else None),
                   ensure_ascii=(i % 7 != 0),
                   separators=((",", ":") if i % 4 == 0 else None))
    if json.loads(s) != v:
        mismatches += 1
    for ch in s:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    total_len += len(s)
print("mismatches", mismatches)
print("checksum", checksum, "length", total_len)
