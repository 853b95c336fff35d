# A := inside a comprehension binds in the enclosing scope.
def last_match(items):
    found = None
    _ = [found := i for i in items if i > 2]
    return found
print(last_match([1, 5, 2, 9, 0]))
print(last_match([]))
count = 0
squares = [count := count + 1 for _ in "abc"]
print(squares, count)
any_big = [x for x in [3, 8, 1] if (m := x) > 5]
print(any_big, m)
