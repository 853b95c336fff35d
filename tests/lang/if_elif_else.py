# if / elif / else chains pick exactly one branch.
def grade(n):
    if n >= 90:
        return "A"
    elif n >= 80:
        return "B"
    elif n >= 70:
        return "C"
    else:
        return "F"
for n in [95, 90, 85, 70, 69, 0, -1]:
    print(n, grade(n))
if False:
    print("no")
elif False:
    print("no")
print("after")
x = 3
if x:
    if x > 2:
        print("nested true")
    else:
        print("nested false")
