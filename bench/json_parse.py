# JSON-like parsing: generate a nested document as text, parse it back with a recursive-descent parser.
# SPDX-License-Identifier: MIT
import sys

N = 5000  # pi: 300
if len(sys.argv) > 1:
    N = int(sys.argv[1])


class Gen:
    def __init__(self, seed):
        self.seed = seed

    def next(self, m):
        self.seed = (self.seed * 3877 + 29573) % 139968
        return self.seed % m

    def value(self, depth):
        kind = self.next(10)
        if depth > 3 or kind < 3:
            return str(self.next(100000) - 500)
        if kind < 5:
            return '"' + "key" + str(self.next(300)) + ("\\n" if kind == 4 else "") + '"'
        if kind == 5:
            return ["true", "false", "null"][self.next(3)]
        if kind < 8:
            items = [self.value(depth + 1) for _ in range(self.next(5))]
            return "[" + ", ".join(items) + "]"
        fields = []
        for _ in range(self.next(5) + 1):
            fields.append('"f' + str(self.next(40)) + '": ' + self.value(depth + 1))
        return "{" + ", ".join(fields) + "}"


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        t = self.text
        p = self.pos
        while p < len(t) and t[p] in " \n\t":
            p += 1
        self.pos = p

    def expect(self, ch):
        self.skip()
        if self.text[self.pos] != ch:
            raise ParseError("expected " + ch)
        self.pos += 1

    def parse(self):
        self.skip()
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "t" and self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if c == "f" and self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if c == "n" and self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def number(self):
        start = self.pos
        t = self.text
        if t[self.pos] == "-":
            self.pos += 1
        while self.pos < len(t) and t[self.pos].isdigit():
            self.pos += 1
        return int(t[start:self.pos])

    def string(self):
        self.pos += 1
        out = []
        t = self.text
        while True:
            c = t[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                self.pos += 1
                c = {"n": "\n", "t": "\t"}.get(t[self.pos], t[self.pos])
            out.append(c)
            self.pos += 1

    def arr(self):
        self.pos += 1
        items = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.parse())
            self.skip()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("]")
            return items

    def obj(self):
        self.pos += 1
        d = {}
        while True:
            self.skip()
            k = self.string()
            self.expect(":")
            d[k] = self.parse()
            self.skip()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("}")
            return d


def walk(v):
    # Sums everything reachable so the whole tree is checked.
    if isinstance(v, bool) or v is None:
        return 1 if v else 2
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        return len(v)
    if isinstance(v, list):
        return 3 + sum([walk(x) for x in v])
    t = 5
    for k in sorted(v):
        t += len(k) + walk(v[k])
    return t


g = Gen(17)
docs = [g.value(0) for _ in range(N)]
text = "[" + ",\n".join(docs) + "]"
tree = Parser(text).parse()
bad = 0
for s in ["[1, 2", "{\"a\" 1}", "[1 2]"]:
    try:
        Parser(s).parse()
    except (ParseError, IndexError):
        bad += 1
print("chars", len(text), "items", len(tree), "bad", bad)
print("checksum:", walk(tree) % 1000000007)
