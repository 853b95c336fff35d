# TypeError for ordering comparisons between unrelated types.
try:
    1 < 'a'
except Exception as e:
    print(type(e).__name__, e)
try:
    'a' > 1
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except Exception as e:
    print(type(e).__name__, e)
try:
    None < None
except Exception as e:
    print(type(e).__name__, e)
try:
    {} <= {}
except Exception as e:
    print(type(e).__name__, e)
try:
    1.5 >= 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, 'a']
except Exception as e:
    print(type(e).__name__, e)
print(1 == 'a', [1] != (1,), None == None)
