# Messages of exceptions raised by user code with various arguments.
try:
    raise ValueError('custom message')
except Exception as e:
    print(type(e).__name__, e)
try:
    raise KeyError('k')
except Exception as e:
    print(type(e).__name__, e)
try:
    raise KeyError()
except Exception as e:
    print(type(e).__name__, e)
try:
    raise IndexError(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    raise RuntimeError('a', 'b')
except Exception as e:
    print(type(e).__name__, e)
try:
    raise TypeError
except Exception as e:
    print(type(e).__name__, e)
try:
    raise ZeroDivisionError('not really')
except Exception as e:
    print(type(e).__name__, e)
try:
    raise Exception('é漢')
except Exception as e:
    print(type(e).__name__, e)
