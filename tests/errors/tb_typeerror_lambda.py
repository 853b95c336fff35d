# A TypeError raised inside a lambda called from a function: the frame is named <lambda>.
add = lambda a, b: a + b

def combine(items):
    acc = 0
    for item in items:
        acc = add(acc, item)
        print("acc", acc)
    return acc

combine([1, 2, "three", 4])
