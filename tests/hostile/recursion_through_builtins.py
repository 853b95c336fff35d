# Unbounded recursion that passes through built-in functions and special
# methods each time: RecursionError (the C stack guard), never a fault.
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RecursionError:
        print(label, "RecursionError")


def by_sorted(x):
    return sorted([x, x], key=by_sorted)


def by_map(x):
    return list(map(by_map, [x]))


def by_min(x):
    return min([x, x], key=by_min)


def by_join(x):
    return "".join(by_join(c) for c in [x])


def by_format(x):
    return "{}".format(by_format(x))


def by_fstring(x):
    return f"{by_fstring(x)!r:>3}"


def by_dict_get(x):
    d = {}
    return d.get(x, by_dict_get(x))


def by_filter(x):
    return list(filter(by_filter, [x]))


def by_any(x):
    return any(by_any(y) for y in [x])


class Rep:
    def __repr__(self):
        return repr([self, 1]) + "!"


class Str:
    def __str__(self):
        return "<%s>" % (self,)


class Eq:
    def __eq__(self, other):
        return [self] == [other]


class Hash:
    def __hash__(self):
        return hash((self,))


class Len:
    def __len__(self):
        return len(self) + 1


class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")


class Iter:
    def __iter__(self):
        return iter(list(self))


class Index:
    def __index__(self):
        return [1, 2][self]


class Call:
    def __call__(self, n):
        return self(n + 1)


class Bool:
    def __bool__(self):
        return not self


attempt("sorted key", lambda: by_sorted(1))
attempt("map", lambda: by_map(1))
attempt("min key", lambda: by_min(1))
attempt("join", lambda: by_join("a"))
attempt("str.format", lambda: by_format(1))
attempt("f-string", lambda: by_fstring(1))
attempt("dict.get default", lambda: by_dict_get(1))
attempt("filter", lambda: by_filter(1))
attempt("any", lambda: by_any(1))
attempt("__repr__", lambda: repr(Rep()))
attempt("__str__", lambda: str(Str()))
attempt("__eq__", lambda: Eq() == Eq())
attempt("__hash__", lambda: hash(Hash()))
attempt("__len__", lambda: len(Len()))
attempt("__getattr__", lambda: Attr().a)
attempt("__iter__", lambda: list(Iter()))
attempt("__index__", lambda: [1, 2][Index()])
attempt("__call__", lambda: Call()(0))
attempt("__bool__", lambda: bool(Bool()))

nested_set = frozenset()
for i in range(100000):
    nested_set = frozenset([nested_set])
attempt("frozenset repr", lambda: repr(nested_set))
print(by_sorted.__name__, sorted([3, 1, 2], key=lambda v: -v), "alive")
