# Non-ASCII strings as keys.
d = {"café": 1, "漢字": 2, "😀": 3, "cafe": 4}
print(d["café"], d["漢字"], d["😀"], d["cafe"])
print("caf" + "é" in d, "漢" in d)
print(d)
print(list(d))
d["é"] = 5
print(len(d), d["é"])
