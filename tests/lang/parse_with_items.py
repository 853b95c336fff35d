# With statements: one or more items, targets, parenthesised item lists.
class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False

log = []
with CM("a", log):
    log.append("body1")
with CM("a", log) as x, CM("b", log) as y:
    log.append(x + y)
with (CM("c", log) as x, CM("d", log) as y,):
    log.append(x + y)
with (CM("e", log), CM("f", log)):
    log.append("tuple-like items")
with (CM("g", log)) as z:
    log.append(z)
with CM("h", log) as (first, *rest):
    log.append(first + "|" + "".join(rest))
obj = type("O", (), {})()
with CM("i", log) as obj.attr:
    log.append(obj.attr)
d = {}
with CM("j", log) as d["k"]:
    pass
log.append(d["k"])
for line in log:
    print(line)
