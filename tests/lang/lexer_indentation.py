# Blocks at several indentation widths, and dedenting several levels at once.
def f(n):
  out = []
  for i in range(n):
        if i % 2:
                out.append(i)
        else:
         out.append(-i)
  return out
print(f(5))
x = 0
while x < 3:
    x += 1
    if x == 2:
        if True:
            if True:
                print("deep", x)
print("done", x)
if x:
 print("one space")
