# str.endswith with strings, tuples and ranges.
s = "report.txt"
print(s.endswith(".txt"), s.endswith(".py"), s.endswith(""))
print(s.endswith((".py", ".txt")), s.endswith((".c", ".h")))
print(s.endswith("report", 0, 6), s.endswith("t", 0, 4))
print("".endswith(""), "".endswith("a"))
print("漢字".endswith("字"), "café".endswith("é"))
print("a".endswith("ba"))
