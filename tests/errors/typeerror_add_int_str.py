# TypeError for + between unrelated types.
try:
    1 + 'a'
except Exception as e:
    print(type(e).__name__, e)
try:
    1.5 + 'a'
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    None + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    {} + {}
except Exception as e:
    print(type(e).__name__, e)
try:
    (1,) + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    1 + None
except Exception as e:
    print(type(e).__name__, e)
