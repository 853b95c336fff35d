# a == (a // b) * b + a % b for mixed signs and sizes.
vals = [0, 1, -1, 7, -7, 255, -256, 2 ** 31, -(2 ** 31), 2 ** 63 + 5, -(2 ** 63) - 5, 3 ** 80, -(3 ** 80)]
ok = True
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            ok = False
            print("bad", a, b, q, r)
print("identity holds:", ok)
print((3 ** 80) // (2 ** 63 + 5), (3 ** 80) % (2 ** 63 + 5))
print(-(3 ** 80) // 7, -(3 ** 80) % 7)
