# Slicing strings with start and stop, in and out of range.
s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
print(repr(s[5:2]), repr(s[10:]), repr(s[-100:2]), repr(s[3:100]))
print(s[-5:-2], s[0:0] == "", s[:0], s[8:])
u = "aé漢😀z"
print(u[1:4], u[:2], u[3:], u[-2:])
print(s[1:-1], u[1:-1])
print(repr(""[1:3]))
