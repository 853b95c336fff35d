# Indexing strings, ASCII and not.
s = "hello"
print(s[0], s[1], s[4])
print(s[-1], s[-5])
u = "aé漢😀z"
print(u[0], u[1], u[2], u[3], u[4])
print(u[-1], u[-2], u[-4])
print(ord(u[2]), ord(u[3]))
print(type(s[0]).__name__, len(u[3]))
word = "漢字"
print(word[0] + word[1], word[-1] + word[0])
for i in range(len(u)):
    print(i, u[i])
