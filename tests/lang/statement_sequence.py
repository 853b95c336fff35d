# Simple statements run in order, including expression statements whose value is dropped.
1 + 1
"a string statement"
[1, 2, 3]
x = 0
x
None
def f():
    1
    return 2
print(f())
print(x)
log = []
log.append(1); log.append(2)
log
print(log)
