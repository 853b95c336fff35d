# Inner functions keep access to the variables of their enclosing function.
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print(double(triple(2)))
def greeter(greeting):
    def greet(name):
        return greeting + ", " + name
    return greet
print(greeter("Hello")("Ada"))
def outer():
    value = "before"
    def show():
        return value
    value = "after"
    return show
print(outer()())
