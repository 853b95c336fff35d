# The loop variable survives the loop and can be reassigned in the body.
for i in range(5):
    pass
print(i)
for i in range(3):
    print(i)
    i = i * 10
    print(i)
for x in []:
    pass
x = "unchanged"
for x in []:
    pass
print(x)
items = [1, 2, 3]
for item in items:
    item *= 2
print(items)
