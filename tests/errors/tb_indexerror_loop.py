# An IndexError inside a loop inside a function, uncaught.
def pairs(xs):
    result = []
    for i in range(len(xs)):
        result.append((xs[i], xs[i + 1]))
        print("pair", i)
    return result

def run():
    return pairs([1, 2, 3])

run()
