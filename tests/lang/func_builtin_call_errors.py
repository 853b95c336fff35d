# Argument-count errors of built-in functions and methods, called directly and as methods.
for t in ['"a".title(1)','[].append()','[].append(1,2)','"a".replace("x")','[].pop(1,2)','{}.get()','"a".upper(x=1)','[].append(x=1)','(1,).count()','[].insert(1)','"".join()','{}.setdefault()','[].index()','{}.pop()', '[].copy(1)', '"a".center()']:
    try: eval(t)
    except TypeError as e: print(t, '->', e)
for t in ['len()', 'len(1, 2)', 'len(x=1)', 'abs()', 'divmod(1)', 'isinstance(1)', 'getattr(1)', 'hash()', 'id(1, 2)', 'iter()']:
    try: eval(t)
    except TypeError as e: print(t, '->', e)
f = [].append
try:
    f()
except TypeError as e:
    print("bound:", e)
