import json
class MyInt(int):
    def __repr__(self):
        return "nope"
class MyFloat(float):
    def __repr__(self):
        return "nope"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s\n"), MyList([1, 2]), MyDict(a=1), MyTuple((3,))]))
print(json.dumps({MyStr("k"): MyInt(1), MyInt(7): 0, MyFloat(0.5): 1}))
