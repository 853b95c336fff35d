import binascii
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data, binascii.a2b_base64(binascii.b2a_base64(data)) == data)
for n in range(10):
    d = bytes(range(n))
    assert binascii.a2b_base64(binascii.b2a_base64(d, newline=False)) == d
print(binascii.b2a_base64(data)[:20], len(binascii.b2a_base64(data)))
print(binascii.crc32(data), binascii.crc32(data[128:], binascii.crc32(data[:128])))
