# Several simple statements on one line.
a = 1; b = 2; c = a + b
print(a, b, c)
print("one"); print("two")
x = 5;
print(x)
if x > 3: print("big"); print("still big")
for i in range(3): print(i); print(-i)
def f(): y = 10; return y * 2
print(f())
while x > 3: x -= 1; print("x", x)
