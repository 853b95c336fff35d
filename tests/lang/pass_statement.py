# pass as the whole body of functions, loops and branches.
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
def f(x):
    if x:
        pass
    return x
print(f(0), f(1))
