# Property test: str methods on random strings (ASCII, Latin-1, BMP, astral) digested per method.
# The generator is a fixed-seed xorshift written here, so CPython builds the same strings.

VERBOSE = False

state = [2463534242]


def rnd(n):
    # xorshift32, kept within 32 bits.
    x = state[0]
    x ^= (x << 13) & 0xFFFFFFFF
    x ^= x >> 17
    x ^= (x << 5) & 0xFFFFFFFF
    state[0] = x
    return x % n


ASCII = "abcXYZ019 \t\n-_.,:;'\"!?AaZz xyzKk\r\x0b\x0c\x1c\x1d\x1e\x1f%{}"
LATIN1 = "àÀéÉßÿŸµªº¹²½×÷ÞþðÐ\xa0\x85"
BMP = "ΣσςΑαΐΰǅǈǋǲﬀﬁﬃﬅİıſάΆὈᾈᾳῼⅠⅷⒶⓐ٣۵०߁ꭰᏸᎠႠⴀ\u2028\u3000\u200b\u0345\u0307ａＺ"
ASTRAL = "𐐀𐐨𝟘𝟙𞤀𞤢😀𝐀𝑎𑁦"
POOLS = [ASCII, ASCII + LATIN1, ASCII + BMP, LATIN1 + BMP + ASTRAL]


def rand_char(pool):
    k = rnd(10)
    if k == 0:
        # Any BMP code point but the surrogates.
        c = rnd(0xF800)
        if c >= 0xD800:
            c += 0x800
        return chr(c)
    if k == 1 and pool is POOLS[3]:
        return chr(0x10000 + rnd(0x20000))
    return pool[rnd(len(pool))]


def rand_str():
    pool = POOLS[rnd(4)]
    n = rnd(12)
    return "".join([rand_char(pool) for _ in range(n)])


def ck(x, h=7):
    # A small checksum that stays within 30 bits.
    if isinstance(x, str):
        for c in x:
            h = (h * 31 + ord(c)) % 65521
        return (h * 3 + len(x)) % 65521
    if isinstance(x, bytes):
        for b in x:
            h = (h * 31 + b) % 65521
        return (h * 5 + 1) % 65521
    if isinstance(x, bool):
        return (h * 7 + (2 if x else 1)) % 65521
    if isinstance(x, int):
        return (h * 11 + x) % 65521
    if isinstance(x, (list, tuple)):
        h = (h * 13 + len(x)) % 65521
        for y in x:
            h = ck(y, h)
        return h
    return (h * 17 + 99) % 65521


strings = [rand_str() for _ in range(2000)]
seps = [s[rnd(len(s)):][:1 + rnd(2)] if s else "a" for s in strings]

digests = {}


def record(name, value):
    d = digests.get(name)
    if d is None:
        d = [0, 7]
    d[0] += 1
    d[1] = ck(value, d[1])
    digests[name] = d
    if VERBOSE:
        print(name, ascii(value))


def attempt(name, f):
    try:
        record(name, f())
    except Exception as e:
        record(name, type(e).__name__)


for i, s in enumerate(strings):
    sep = seps[i]
    w = rnd(16)
    a = rnd(len(s) + 3) - 1
    b = rnd(len(s) + 3) - 2
    record("len", len(s))
    record("split", s.split())
    record("split_sep", s.split(sep))
    record("split_max", s.split(None, 1))
    record("rsplit", s.rsplit())
    record("rsplit_sep", s.rsplit(sep, 1))
    record("splitlines", s.splitlines())
    record("splitlines_keep", s.splitlines(True))
    record("partition", s.partition(sep))
    record("rpartition", s.rpartition(sep))
    record("strip", s.strip())
    record("lstrip", s.lstrip())
    record("rstrip", s.rstrip())
    record("strip_chars", s.strip(sep))
    record("find", s.find(sep))
    record("find_range", s.find(sep, a, b))
    record("rfind", s.rfind(sep))
    record("rfind_range", s.rfind(sep, a))
    record("index", s.index(sep) if sep in s else -2)
    record("count", s.count(sep))
    record("count_empty", s.count(""))
    record("replace", s.replace(sep, "<>"))
    record("replace_n", s.replace(sep, "", 1))
    record("startswith", s.startswith(sep))
    record("startswith_pos", s.startswith(sep, a))
    record("endswith", s.endswith(sep))
    record("endswith_tuple", s.endswith((sep, "z")))
    record("upper", s.upper())
    record("lower", s.lower())
    record("title", s.title())
    record("capitalize", s.capitalize())
    record("swapcase", s.swapcase())
    record("casefold", s.casefold())
    record("center", s.center(w))
    record("center_fill", s.center(w, "*"))
    record("ljust", s.ljust(w, "."))
    record("rjust", s.rjust(w))
    record("zfill", s.zfill(w))
    record("expandtabs", s.expandtabs())
    record("expandtabs_3", s.expandtabs(3))
    record("isalpha", s.isalpha())
    record("isalnum", s.isalnum())
    record("isdigit", s.isdigit())
    record("isdecimal", s.isdecimal())
    record("isnumeric", s.isnumeric())
    record("isspace", s.isspace())
    record("isupper", s.isupper())
    record("islower", s.islower())
    record("istitle", s.istitle())
    record("isprintable", s.isprintable())
    record("isidentifier", s.isidentifier())
    record("isascii", s.isascii())
    attempt("encode_utf8", lambda: s.encode())
    attempt("encode_latin1", lambda: s.encode("latin-1"))
    attempt("encode_ascii", lambda: s.encode("ascii"))
    record("encode_replace", s.encode("ascii", "replace"))
    record("encode_ignore", s.encode("latin-1", "ignore"))
    record("slice", s[a:b])
    record("slice_step", s[::2])
    record("slice_rev", s[b:a:-1])
    record("slice_neg", s[-a:])
    record("index_chars", [s[k] for k in range(-len(s), len(s), 3)])
    record("ord_max", max([ord(c) for c in s]) if s else -1)
    record("format", "{:>12}|{:^9}|{:<5}".format(s, s, s))
    record("format_trunc", "{:.3}|{!a}".format(s, s))
    record("percent", "%s|%8s|%-6s|%.2s" % (s, s, s, s))
    record("percent_r", "%r" % s)
    record("repr", repr(s))
    record("ascii", ascii(s))
    record("contains", sep in s)
    record("compare", (s < sep, s == sep, s >= sep))
    record("join", sep.join([s, s[:2], ""]))
    record("mul", s * (w % 3))
    record("removeprefix", s.removeprefix(sep))
    record("removesuffix", s.removesuffix(sep))
    record("format_spec", format(s, "*^%d" % w))
    attempt("int", lambda: int(s))
    attempt("float", lambda: float(s))

for name in sorted(digests):
    d = digests[name]
    print(name, d[0], d[1])
