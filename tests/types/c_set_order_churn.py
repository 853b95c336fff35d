# Sets of ints after many adds, discards and pops iterate in CPython's order
# (deleted entries are reused as CPython reuses them), and so do set operations.
# c_set_order_churn_64bit.py does the same with ints beyond 2**31.
for mult in (1, 8, 64):
    s = set()
    x = 7
    popped = []
    for step in range(2000):
        x = (x * 1103515245 + 12345) % 2147483648
        k = (x % 250 - 50) * mult
        if x % 10 < 6:
            s.add(k)
        elif x % 10 < 9:
            s.discard(k)
        elif s:
            popped.append(s.pop())
        if step % 500 == 499:
            print(s)
    print(popped[:20], len(s))
    print(s | set(range(0, 100 * mult, mult)))
    print(s & set(range(0, 300 * mult, 3 * mult)))
    print(s - set(range(0, 50)), s ^ set(range(-50, 50)))
    t = s.copy()
    t.intersection_update(range(0, 200 * mult, 2 * mult))
    t.symmetric_difference_update([mult, 2 * mult, 3 * mult])
    t.difference_update(range(0, 40 * mult, 5 * mult))
    print(t, frozenset(s) == s, s.issubset(s | {1}))
