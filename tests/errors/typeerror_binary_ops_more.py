# TypeError for power, shift and bitwise operators on unsupported types.
try:
    'a' ** 2
except Exception as e:
    print(type(e).__name__, e)
try:
    2 ** 'a'
except Exception as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except Exception as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except Exception as e:
    print(type(e).__name__, e)
try:
    None - None
except Exception as e:
    print(type(e).__name__, e)
try:
    [1] | [2]
except Exception as e:
    print(type(e).__name__, e)
try:
    'a' >> 1
except Exception as e:
    print(type(e).__name__, e)
