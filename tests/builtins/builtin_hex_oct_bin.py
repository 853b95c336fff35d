# hex, oct and bin of ints, negative and big ones included.
print(hex(0), hex(255), hex(-255), hex(2 ** 64), hex(-(2 ** 100)))
print(oct(0), oct(8), oct(-8), oct(2 ** 64))
print(bin(0), bin(5), bin(-5), bin(2 ** 40))
print(hex(True), bin(False))
print(hex(0xdeadbeef), oct(0o777), bin(0b1010))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(len(bin(2 ** 100 - 1)))
