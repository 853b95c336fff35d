import hashlib
for data in (b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 119, b'a' * 120, bytes(range(256)) * 5):
    print(hashlib.sha256(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.md5(data).hexdigest())
h = hashlib.sha256()
for i in range(50):
    h.update(bytes([i]) * i)
print(h.hexdigest(), h.digest())
h2 = h.copy()
h2.update(b'more')
print(h.hexdigest() != h2.hexdigest(), h.hexdigest() == h.hexdigest())
print(h.name, h.digest_size, h.block_size, hashlib.sha1().name, hashlib.sha1().digest_size, hashlib.md5().digest_size)
print(hashlib.md5(b'The quick brown fox jumps over the lazy dog').digest())
print(hashlib.new('sha256', b'x').hexdigest(), hashlib.new('MD5').hexdigest())
m = hashlib.md5(bytearray(b'12345'))
m.update(memoryview(b'678'))
print(m.hexdigest(), hashlib.sha1(string=b'kw').hexdigest())
