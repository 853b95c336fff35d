# A ValueError raised explicitly by user code, uncaught, after some output.
def check(n):
    if n < 0:
        raise ValueError("negative input: " + str(n))
    return n * 2

def process(items):
    out = []
    for n in items:
        out.append(check(n))
        print("ok", n)
    return out

process([3, 0, -1, 5])
