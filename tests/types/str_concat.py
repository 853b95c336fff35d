# String concatenation.
print("ab" + "cd")
print("" + "" == "", "x" + "" == "x")
print("é" + "漢" + "😀")
s = ""
for i in range(5):
    s = s + str(i)
print(s)
t = "a"
for i in range(10):
    t += t
print(len(t))
print("line1\n" + "line2")
print("a" + "b" * 3 + "c")
parts = ["x", "y", "z"]
print(parts[0] + parts[1] + parts[2])
