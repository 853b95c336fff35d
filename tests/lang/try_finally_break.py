# break and continue inside try run the finally block.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(("body", i))
    finally:
        log.append(("finally", i))
print(log)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("finally", n)
print("done", n)
