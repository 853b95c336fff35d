# String building and methods: split, join, replace, find, count and case changes over generated text.
# SPDX-License-Identifier: MIT
import sys

N = 14000  # pi: 500
if len(sys.argv) > 1:
    N = int(sys.argv[1])

SYLLABLES = ["fra", "mbo", "ise", "pi", "ker", "nel", "ras", "ber", "ry", "ze",
             "ro", "gpi", "o", "uart", "irq", "tim", "er", "vm", "op", "code"]


def make_text(lines, seed):
    out = []
    for i in range(lines):
        words = []
        for j in range(8 + i % 5):
            seed = (seed * 3877 + 29573) % 139968
            w = SYLLABLES[seed % 20]
            if seed % 3 == 0:
                w += SYLLABLES[(seed >> 5) % 20]
            words.append(w)
        out.append(" ".join(words))
    return "\n".join(out)


def process(text):
    total = 0
    lines = text.split("\n")
    for line in lines:
        words = line.split()
        total += len(words)
        up = line.upper()
        total += up.count("RA")
        fixed = line.replace("uart", "serial").replace("irq", "interrupt")
        total += len(fixed)
        pos = fixed.find("ker")
        while pos >= 0:
            total += pos
            pos = fixed.find("ker", pos + 1)
        if line.startswith("fra") or line.endswith("code"):
            total += 1
        parts = fixed.split("o")
        total += len("-".join(parts[::-1]))
    # Build a big string piece by piece, then take it apart again.
    acc = ""
    for i in range(len(lines)):
        acc += lines[i][:3]
        acc += ","
    pieces = acc.split(",")
    total += len(pieces) + acc.count("ra") + acc.rfind("pi")
    stripped = ["  " + w + "  " for w in pieces[:500]]
    total += sum([len(s.strip()) for s in stripped])
    return total


text = make_text(N, 42)
r = process(text)
print("chars", len(text))
print("checksum:", r)
