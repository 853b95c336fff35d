# TypeError messages of operators, calls, subscripts, hashing and iteration.
import sys
five, nothing = 5, None
cases = [
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: [] * [],
    lambda: 1 < "a",
    lambda: [] >= {},
    lambda: -"s",
    lambda: ~1.5,
    lambda: abs("s"),
    lambda: 5 in 3,
    lambda: hash([]),
    lambda: hash({}),
    lambda: {[]: 1},
    lambda: len(5),
    lambda: five(),
    lambda: nothing(),
    lambda: five[0],
    lambda: nothing["k"],
    lambda: iter(3),
    lambda: [x for x in 4],
    lambda: sys.no_such_thing,
    lambda: (1).foo,
    lambda: int.foo,
    lambda: None.bar,
    lambda: divmod("a", 1),
    lambda: pow(2, "x"),
]
for c in cases:
    try:
        c()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
def aug():
    x = 1
    x += "a"
def aug_pow():
    x = 1
    x **= "a"
def item_assign():
    t = (1, 2)
    t[0] = 5
def item_del():
    s = "abc"
    del s[0]
for f in (aug, aug_pow, item_assign, item_del):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
