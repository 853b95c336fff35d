# Sets of ints beyond 2**31 after many adds, discards and pops iterate in
# CPython's order. Their hashes are taken modulo 2**61 - 1 on 64-bit machines
# and modulo 2**31 - 1 on 32-bit ones (CPython's too), which changes the
# order: the oracle here is a 64-bit CPython, so 32-bit targets skip this.
import sys

if sys.maxsize < 2**40:
    print("SKIP set order of ints beyond 2**31 follows the 31-bit hash of 32-bit targets")
else:
    for mult in (2 ** 32, 3 * 2 ** 40):
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
