# An uncaught KeyError from a dict lookup inside nested calls.
config = {"name": "framboise", "version": 1}

def lookup(key):
    return config[key]

def describe(keys):
    for k in keys:
        print(k, lookup(k))

def main():
    describe(["name", "version", "missing"])

main()
