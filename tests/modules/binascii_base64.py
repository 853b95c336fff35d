import binascii
for d in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]):
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e) == d)
print(binascii.a2b_base64(b'Zm9v\nYmFy'), binascii.a2b_base64('Zm9vYg=='), binascii.a2b_base64(b'Zm9vYg==trailing'))
print(binascii.a2b_base64(b'Zm 9v!Y g='), binascii.a2b_base64(b'Zm9vYmE='), binascii.a2b_base64(b'=Zm9v'))
print(binascii.a2b_base64(b'Zm9v', strict_mode=True))
