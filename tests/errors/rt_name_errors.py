# NameError and UnboundLocalError messages.
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
def f():
    print(later)
    later = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", isinstance(e, NameError))
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    print(len(undefined_in_call()))
except NameError as e:
    print("NameError:", e)
