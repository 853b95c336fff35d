# Factorials as a workout for big-int multiplication and printing.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(25))
print(fact(50))
f = fact(300)
print(len(str(f)))
print(str(f)[:30])
zeros = len(str(f)) - len(str(f).rstrip("0"))
print(zeros)
print(fact(300) // fact(298))
