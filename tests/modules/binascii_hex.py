import binascii
print(binascii.hexlify(b'\x00\x01\xabZ'), binascii.hexlify(b''), binascii.b2a_hex(bytearray(b'hi')))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2), binascii.hexlify(b'\x01\x02\x03', sep='_', bytes_per_sep=3))
print(binascii.hexlify(b'\x01\x02\x03\x04', ':', 4), binascii.hexlify(b'\x01', ':'), binascii.hexlify(b'\x01\x02\x03\x04', ':', 5))
print(binascii.unhexlify(b'00ff10Ab'), binascii.unhexlify('deadBEEF'), binascii.a2b_hex(b''), binascii.unhexlify(bytearray(b'41')))
print(binascii.hexlify(memoryview(b'xyz')))
