# Assignment in a function makes a local; the global is untouched.
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read():
    return x
print(read())
def param(x):
    x = x + "!"
    return x
print(param("arg"), x)
items = [1]
def mutate():
    items.append(2)
mutate()
print(items)
def nested():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(nested(), x)
