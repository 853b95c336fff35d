# Differential test: random fragments of JSON-like text, glued together with
# a fixed LCG; CPython's verdicts and messages are the oracle.
import json

state = 2024


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


atoms = ['[', ']', '{', '}', ',', ':', ' ', '\n', '"a"', '"', '\\', 'u', '1', '0', '-', '.', 'e',
         '+', 'E', 'true', 'null', 'fals', 'NaN', 'Infinity', '-Infinity', '\\u00e9', '\\ud83d',
         '\\ude00', 'x', '\u00e9', '\t', '"k": ', '12.5e3', '007', '\x01', '/', '\\n', '""',
         '\U0001F600', '\\uZZ', '\r']
n_ok = 0
checksum = 0
for i in range(5000):
    s = "".join(atoms[rnd(len(atoms))] for _ in range(rnd(10) + 1))
    try:
        line = "ok " + json.dumps(json.loads(s))
        n_ok += 1
    except ValueError as e:
        line = "err " + str(e)
    for ch in line:
        checksum = (checksum * 131 + ord(ch)) % 1000000007
    if i % 50 == 0:
        print(repr(s), line)
print("accepted", n_ok, "checksum", checksum)
