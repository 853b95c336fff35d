import binascii
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
c = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', c), binascii.crc32(b'abc', 0xffffffff), binascii.crc32(b'abc', -1), binascii.crc32(bytearray(300)))
print(binascii.crc32(b'x', 2**40 + 5))
