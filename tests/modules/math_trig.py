import math
for x in (-2.5, -1, -0.25, 0, 0.3, 1, 1.5, 3):
    print(round(math.sin(x), 12), round(math.cos(x), 12), round(math.atan(x), 12), round(math.tanh(x), 12))
for x in (-1, -0.5, 0, 0.5, 1):
    print(round(math.asin(x), 12), round(math.acos(x), 12))
print(math.atan2(0.0, -0.0), math.atan2(-1, 0), math.atan2(math.inf, math.inf), math.degrees(math.pi), math.radians(180))
