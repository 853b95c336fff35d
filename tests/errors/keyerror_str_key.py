# KeyError for missing string keys: the message is the key's repr.
try:
    {}['missing']
except Exception as e:
    print(type(e).__name__, e)
try:
    {'a': 1}['b']
except Exception as e:
    print(type(e).__name__, e)
try:
    {'a': 1}['A']
except Exception as e:
    print(type(e).__name__, e)
try:
    {'é': 1}['e']
except Exception as e:
    print(type(e).__name__, e)
try:
    d = {'x': 1}
    d['y']
except Exception as e:
    print(type(e).__name__, e)
try:
    {'': 0}[' ']
except Exception as e:
    print(type(e).__name__, e)
try:
    {}["it's"]
except Exception as e:
    print(type(e).__name__, e)
