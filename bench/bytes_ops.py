# bytes and bytearray processing: checksums, xor masking, slicing, int.to_bytes and from_bytes.
# SPDX-License-Identifier: MIT
import sys

N = 300000  # pi: 10000
if len(sys.argv) > 1:
    N = int(sys.argv[1])


def make_data(n, seed):
    data = bytearray(n)
    for i in range(n):
        seed = (seed * 3877 + 29573) % 139968
        data[i] = seed & 0xFF
    return data


def adler(data):
    a = 1
    b = 0
    for c in data:
        a = (a + c) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def crc16(data):
    crc = 0xFFFF
    for c in data:
        crc ^= c << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def xor_mask(data, key):
    out = bytearray(len(data))
    k = len(key)
    for i in range(len(data)):
        out[i] = data[i] ^ key[i % k]
    return out


def packets(data, size):
    # Split into length-prefixed packets and read them back.
    stream = bytearray()
    for i in range(0, len(data), size):
        chunk = data[i:i + size]
        stream += len(chunk).to_bytes(2, "little")
        stream += chunk
    total = 0
    pos = 0
    count = 0
    while pos < len(stream):
        n = int.from_bytes(stream[pos:pos + 2], "little")
        body = bytes(stream[pos + 2:pos + 2 + n])
        total += body[0] + body[-1] + n
        pos += 2 + n
        count += 1
    return count, total


data = make_data(N, 1)
a = adler(data)
c = crc16(data[: N // 8])
masked = xor_mask(data, b"framboise")
back = xor_mask(masked, b"framboise")
count, total = packets(masked, 61)
rev = bytes(data[::-1])
found = data.find(b"\x00\x00")
print("adler", a, "crc", c, "same", back == data)
print("checksum:", (a + c + count + total + rev[7] + sum(masked[:1000]) + found) % 1000000007)
