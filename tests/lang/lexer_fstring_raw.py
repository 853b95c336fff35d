# Raw f-strings: backslashes kept, fields still replaced.
x = 7
print(fr"\n{x}")
print(len(fr"\n{x}"))
print(rf"\t{x}\t")
print(Rf"{x}\\")
print(fR"\d{x}")
path = "dir"
print(rf"C:\{path}\file")
