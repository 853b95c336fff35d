# An exception raised while handling another prints the context first.
def parse(s):
    return int(s)
def handle():
    try:
        parse("x")
    except ValueError:
        raise RuntimeError("handler failed")
handle()
