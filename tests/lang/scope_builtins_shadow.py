# A global can shadow a builtin; deleting it brings the builtin back.
print(len("abc"))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    max = 5
    return max
print(local_shadow(), max(1, 2))
def param_shadow(list):
    return list
print(param_shadow(3), list("ab"))
