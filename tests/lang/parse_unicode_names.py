# Non-ASCII identifiers.
café = "coffee"
naïve = 1
Σ = sum
π = 3.14159
変数 = "hensu"
print(café, naïve, Σ([1, 2, 3]), π, 変数)
def ƒ(χ):
    return χ * 2
print(ƒ(21))
class Ünïcode:
    ëlement = "attr"
print(Ünïcode.ëlement, Ünïcode.__name__)
print({ascii_k: 1 for ascii_k in ["a"]}, [ß for ß in "ab"])
