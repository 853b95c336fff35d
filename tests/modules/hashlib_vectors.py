import hashlib
print(hashlib.sha256(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
print(hashlib.sha1(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
print(hashlib.md5(b'message digest').hexdigest(), hashlib.md5(b'a').hexdigest())
h = hashlib.sha1()
for i in range(1000):
    h.update(b'abcdefghij')
print(h.hexdigest(), hashlib.sha256(b'x' * 10000).hexdigest())
