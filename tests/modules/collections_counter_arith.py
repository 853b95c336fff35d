from collections import Counter
a = Counter(a=3, b=1, d=-1)
b = Counter(a=1, b=2, c=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
print(Counter('hello') + Counter('world'))
try:
    a + 1
except TypeError:
    print('TypeError')
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
