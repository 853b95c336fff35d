# Recursion a few hundred levels deep works.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(100))
print(depth(500))
def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)
print(sum_list(list(range(400))))
def countdown(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return countdown(n - 1, acc)
print(len(countdown(600, [])))
