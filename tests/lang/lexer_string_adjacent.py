# Adjacent string literals are joined at compile time, across lines in brackets.
s = ("first "
     "second "
     'third')
print(s)
x = 3
print("value: " f"{x}" " end")
print(r"\raw" "\ttab")
print(len("ab" "cd" "ef"))
print(b"ab" b"cd")
print("" "" "")
