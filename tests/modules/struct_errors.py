import struct
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except struct.error as e:
        print('struct.error', e)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception))
for fmt, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('<i', 2**31), ('<i', -2**31 - 1),
               ('<I', 2**32), ('<l', 2**31), ('q', 2**63), ('<q', 2**63), ('<q', -2**63 - 1), ('Q', -1), ('<Q', -1),
               ('<Q', 2**64), ('n', 2**63), ('N', -1), ('b', 1.0), ('<i', 'x'), ('f', 'x'), ('d', None), ('c', b'ab'),
               ('c', 'a'), ('s', 1), ('s', 'abc'), ('e', 1e6), ('<B', 256), ('<e', 65520.0), ('<f', 1e300), ('b', 10**30)]:
    t(struct.pack, fmt, v)
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack, '<x', 1)
t(struct.unpack, 'i', b'12')
t(struct.unpack, '<i', b'123456')
t(struct.unpack, 'i', 'abcd')
t(struct.calcsize, '<n')
t(struct.calcsize, '<P')
t(struct.calcsize, 'z')
t(struct.calcsize, '3')
t(struct.calcsize, 5)
t(struct.unpack_from, '<i', b'123456', 4)
t(struct.pack_into, '<i', bytearray(6), 4, 1)
t(struct.pack_into, '<i', b'1234', 0, 1)
t(struct.iter_unpack, '<i', b'12345')
t(struct.iter_unpack, '', b'')
t(struct.unpack_from, '<i', b'1234', -8)
t(struct.unpack_from, '<i', b'1234', -1)
t(struct.pack_into, '<i', bytearray(4), -2, 1)
ba = bytearray(4)
t(struct.pack_into, '<hh', ba, 0, 1, 10**6)
print(ba)
try:
    raise struct.error('custom')
except struct.error as e:
    print(type(e).__name__, e.args)
