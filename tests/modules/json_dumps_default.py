import json
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot " + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({"p": Point(Point(0, 0), None)}, default=enc, sort_keys=True))
try:
    json.dumps(object(), default=enc)
except TypeError as e:
    print("TypeError", e)
def loop(o):
    return o
try:
    json.dumps(Point(1, 2), default=loop)
except ValueError as e:
    print("ValueError", e)
