# NameError for names that were never bound.
try:
    undefined_variable
except Exception as e:
    print(type(e).__name__, e)
try:
    print(also_missing)
except Exception as e:
    print(type(e).__name__, e)
try:
    x = missing_name + 1
except Exception as e:
    print(type(e).__name__, e)
try:
    missing_function()
except Exception as e:
    print(type(e).__name__, e)
try:
    del never_defined
except Exception as e:
    print(type(e).__name__, e)
