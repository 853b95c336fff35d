import hashlib
def t(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
t(hashlib.sha256, 'text')
t(hashlib.md5().update, 'text')
t(hashlib.new, 'nope')
