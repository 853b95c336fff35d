# TypeError for unary operators on unsupported types.
try:
    -'a'
except Exception as e:
    print(type(e).__name__, e)
try:
    +[]
except Exception as e:
    print(type(e).__name__, e)
try:
    ~1.5
except Exception as e:
    print(type(e).__name__, e)
try:
    ~'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    -None
except Exception as e:
    print(type(e).__name__, e)
try:
    -{}
except Exception as e:
    print(type(e).__name__, e)
