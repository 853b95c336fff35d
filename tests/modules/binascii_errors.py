import binascii
def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except binascii.Error as e:
        print('binascii.Error', e)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
t(binascii.unhexlify, b'abc')
t(binascii.unhexlify, b'zz')
t(binascii.unhexlify, 'é0')
t(binascii.unhexlify, 5)
t(binascii.hexlify, 'abc')
t(binascii.hexlify, b'ab', '--')
t(binascii.hexlify, b'ab', 5)
t(binascii.a2b_base64, b'Zm9vY')
t(binascii.a2b_base64, b'Zm9vYm')
t(binascii.a2b_base64, b'Zm9vYmF')
t(binascii.a2b_base64, b'Zm9v!', strict_mode=True)
t(binascii.a2b_base64, b'=Zm9v', strict_mode=True)
t(binascii.a2b_base64, b'Zg==Zg==', strict_mode=True)
t(binascii.b2a_base64, 'text')
t(binascii.crc32, 'text')
t(binascii.crc32, b'x', 1.5)
try:
    binascii.unhexlify('1')
except ValueError as e:
    print('caught as ValueError', type(e).__name__)
