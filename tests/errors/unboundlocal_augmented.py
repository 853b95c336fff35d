# Augmented assignment to a global without `global` reads an unbound local.
counter = 0
def bump():
    counter += 1
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(counter)
