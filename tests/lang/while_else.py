# The else of a while runs when the condition becomes false, not after break.
i = 0
while i < 3:
    i += 1
else:
    print("else ran, i =", i)
i = 0
while i < 3:
    if i == 1:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
while False:
    pass
else:
    print("else of a loop that never ran")
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 5, 6], 6), find([4, 5, 6], 7))
