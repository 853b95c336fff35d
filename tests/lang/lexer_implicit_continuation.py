# Implicit line joining inside brackets.
values = [
    1,
    2,
    3,
]
print(values)
total = (1 +
         2 +
         3)
print(total)
d = {
    "a": 1,
    "b": 2
}
print(d)
print(max(4,
          9,
          2))
t = (
    'x'
    'y'
)
print(t)
def f(a,
      b=2):
    return a + b
print(f(
    1))
