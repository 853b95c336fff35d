# TypeError for unhashable dict keys.
try:
    {[1, 2]: 'x'}
except Exception as e:
    print(type(e).__name__, e)
try:
    d = {}
    d[[1]] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    {}[{}]
except Exception as e:
    print(type(e).__name__, e)
try:
    {1: 1}.get([])
except Exception as e:
    print(type(e).__name__, e)
try:
    [] in {}
except Exception as e:
    print(type(e).__name__, e)
try:
    hash([1])
except Exception as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 0}
except Exception as e:
    print(type(e).__name__, e)
try:
    dict([([1], 2)])
except Exception as e:
    print(type(e).__name__, e)
