# else clauses on nested loops belong to their own loop.
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner finished for", i)
        continue
    print("inner broke for", i)
    break
else:
    print("outer finished")
n = 0
while n < 2:
    n += 1
    for k in range(2):
        pass
    else:
        print("for-else inside while", n)
else:
    print("while-else")
