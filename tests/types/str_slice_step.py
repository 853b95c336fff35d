# Slices with steps, including negative ones.
s = "abcdefghij"
print(s[::2], s[1::2], s[::3])
print(s[::-1], s[::-2], s[-2::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1] == "")
print(s[::100], s[::-100])
print(s[1:9:4], s[-1:-8:-3])
u = "aé漢😀z"
print(u[::-1], u[::2], u[-1::-2])
print("" [::-1] == "", "x"[::-1])
print("racecar" == "racecar"[::-1], "abc" == "abc"[::-1])
