# len() of a range whose length fits a 64-bit ssize_t but not a small int.
print(len(range(2 ** 62)), len(range(-2 ** 62, 2 ** 62 - 1)))
print("alive")
