// The hashlib module: SHA-256, SHA-1 and MD5 written from their
// specifications (FIPS 180-4, RFC 1321), with CPython's hash object API.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_hashlib, module_hashlib);

enum { ALGO_SHA256, ALGO_SHA1, ALGO_MD5 };

typedef struct {
    obj_base_t base;
    uint8_t algo;
    uint8_t buf_len;     // bytes waiting in buf
    uint64_t total;      // bytes hashed so far
    uint32_t h[8];
    uint8_t buf[64];
} obj_hash_t;

// SHA-256 round constants: the first 32 bits of the fractional parts of the
// cube roots of the first 64 primes (FIPS 180-4, 4.2.2).
static const uint32_t k256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5,
    0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
    0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

// Initial SHA-256 state: fractional parts of the square roots of the first 8 primes.
static const uint32_t h256[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
};

// MD5's table: floor(2**32 * |sin(i + 1)|) (RFC 1321, 3.4).
static const uint32_t md5_t[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
    0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
    0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
    0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
    0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
};

static const uint8_t md5_shift[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static inline uint32_t rotr(uint32_t x, unsigned n) {
    return (x >> n) | (x << (32 - n));
}

static inline uint32_t rotl(uint32_t x, unsigned n) {
    return (x << n) | (x >> (32 - n));
}

static uint32_t load_be(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t load_le(const uint8_t *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static void sha256_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be(p + 4 * i);
    }
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k256[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha1_block(uint32_t *h, const uint8_t *p) {
    uint32_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = load_be(p + 4 * i);
    }
    for (int i = 16; i < 80; i++) {
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5a827999;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ed9eba1;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8f1bbcdc;
        } else {
            f = b ^ c ^ d;
            k = 0xca62c1d6;
        }
        uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void md5_block(uint32_t *h, const uint8_t *p) {
    uint32_t x[16];
    for (int i = 0; i < 16; i++) {
        x[i] = load_le(p + 4 * i);
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        switch (i / 16) {
            case 0: f = (b & c) | (~b & d); g = i; break;
            case 1: f = (b & d) | (c & ~d); g = (5 * i + 1) % 16; break;
            case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
            default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rotl(a + f + md5_t[i] + x[g], md5_shift[(i / 16) * 4 + i % 4]);
        a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

static void hash_block(obj_hash_t *o, const uint8_t *p) {
    switch (o->algo) {
        case ALGO_SHA256: sha256_block(o->h, p); break;
        case ALGO_SHA1: sha1_block(o->h, p); break;
        default: md5_block(o->h, p); break;
    }
}

static void hash_update(obj_hash_t *o, const uint8_t *d, size_t len) {
    o->total += len;
    if (o->buf_len > 0) {
        size_t room = 64u - (size_t)o->buf_len;
        size_t take = room < len ? room : len;
        memcpy(o->buf + o->buf_len, d, take);
        o->buf_len = (uint8_t)(o->buf_len + take);
        d += take;
        len -= take;
        if (o->buf_len < 64) {
            return;
        }
        hash_block(o, o->buf);
        o->buf_len = 0;
    }
    while (len >= 64) {
        hash_block(o, d);
        d += 64;
        len -= 64;
    }
    memcpy(o->buf, d, len);
    o->buf_len = (uint8_t)len;
}

static size_t digest_size(const obj_hash_t *o) {
    return o->algo == ALGO_SHA256 ? 32 : o->algo == ALGO_SHA1 ? 20 : 16;
}

// Pads a copy of the state and writes the digest into [out].
static size_t hash_final(const obj_hash_t *src, uint8_t *out) {
    obj_hash_t o = *src;
    uint64_t bits = o.total * 8;
    uint8_t pad[72] = {0x80};
    size_t pad_len = (o.buf_len < 56 ? 56 : 120) - o.buf_len;
    bool le = o.algo == ALGO_MD5;
    for (int i = 0; i < 8; i++) {
        pad[pad_len + (size_t)i] = (uint8_t)(bits >> (le ? 8 * i : 56 - 8 * i));
    }
    hash_update(&o, pad, pad_len + 8);
    size_t n = digest_size(&o);
    for (size_t i = 0; i < n / 4; i++) {
        uint32_t v = o.h[i];
        for (int j = 0; j < 4; j++) {
            out[4 * i + (size_t)j] = (uint8_t)(le ? v >> (8 * j) : v >> (24 - 8 * j));
        }
    }
    return n;
}

extern const obj_type_t type_hash;

static obj_hash_t *hash_self(obj_t self) {
    if (!OBJ_IS_PTR(self) || obj_type_of(self) != &type_hash) {
        rt_raise_msg(&type_TypeError, "hash object expected");
    }
    return self;
}

static void update_from(obj_hash_t *o, obj_t data) {
    const obj_type_t *t = obj_type_of(data);
    buffer_info_t info;
    if (obj_is_str(data)) {
        rt_raise_msg(&type_TypeError, "Strings must be encoded before hashing");
    }
    if (t->get_buffer == NULL || !t->get_buffer(data, &info, BUFFER_READ)) {
        rt_raise_fmt(&type_TypeError, "object supporting the buffer API required");
    }
    hash_update(o, info.buf, info.len);
}

static obj_t hash_new(int algo, size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw, qstr name) {
    static const arg_spec_t spec[] = {
        {QSTR_string, 0, OBJ_NULL},
        {QSTR_usedforsecurity, ARG_KW_ONLY, OBJ_TRUE},
    };
    obj_t v[2];
    rt_parse_args(n_args, args, n_kw, kw, 2, spec, v, name);
    obj_hash_t *o = rt_new_obj(&type_hash, sizeof(obj_hash_t));
    o->algo = (uint8_t)algo;
    if (algo == ALGO_SHA256) {
        memcpy(o->h, h256, sizeof(h256));
    } else {
        o->h[0] = 0x67452301;
        o->h[1] = 0xefcdab89;
        o->h[2] = 0x98badcfe;
        o->h[3] = 0x10325476;
        o->h[4] = 0xc3d2e1f0;
    }
    if (v[0] != OBJ_NULL) {
        update_from(o, v[0]);
    }
    return o;
}

static obj_t hashlib_sha256(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return hash_new(ALGO_SHA256, n_args, args, n_kw, kw, QSTR_sha256);
}
static BUILTIN_FN_KW(hashlib_sha256_obj, QSTR_sha256, 0, 1, hashlib_sha256);

static obj_t hashlib_sha1(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return hash_new(ALGO_SHA1, n_args, args, n_kw, kw, QSTR_sha1);
}
static BUILTIN_FN_KW(hashlib_sha1_obj, QSTR_sha1, 0, 1, hashlib_sha1);

static obj_t hashlib_md5(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return hash_new(ALGO_MD5, n_args, args, n_kw, kw, QSTR_md5);
}
static BUILTIN_FN_KW(hashlib_md5_obj, QSTR_md5, 0, 1, hashlib_md5);

static obj_t hashlib_new(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    if (n_args < 1 || !obj_is_str(args[0])) {
        rt_raise_msg(&type_TypeError, "new() argument 'name' must be str");
    }
    size_t len;
    const char *s = str_data(args[0], &len);
    char lower[8] = {0};
    for (size_t i = 0; i < len && i < 7; i++) {
        char c = s[i];
        lower[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    int algo = -1;
    if (len == 6 && strcmp(lower, "sha256") == 0) {
        algo = ALGO_SHA256;
    } else if (len == 4 && strcmp(lower, "sha1") == 0) {
        algo = ALGO_SHA1;
    } else if (len == 3 && strcmp(lower, "md5") == 0) {
        algo = ALGO_MD5;
    }
    if (algo < 0) {
        rt_raise_fmt(&type_ValueError, "unsupported hash type %s", s);
    }
    return hash_new(algo, n_args - 1, args + 1, n_kw, kw, QSTR_new);
}
static BUILTIN_FN_KW(hashlib_new_obj, QSTR_new, 1, 2, hashlib_new);

static obj_t hash_update_m(obj_t self, obj_t data) {
    update_from(hash_self(self), data);
    return OBJ_NONE;
}
static BUILTIN_FN_2(hash_update_obj, QSTR_update, hash_update_m);

static obj_t hash_digest(obj_t self) {
    uint8_t out[32];
    size_t n = hash_final(hash_self(self), out);
    return bytes_new(out, n);
}
static BUILTIN_FN_1(hash_digest_obj, QSTR_digest, hash_digest);

static obj_t hash_hexdigest(obj_t self) {
    static const char digits[] = "0123456789abcdef";
    uint8_t out[32];
    char hex[64];
    size_t n = hash_final(hash_self(self), out);
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = digits[out[i] >> 4];
        hex[2 * i + 1] = digits[out[i] & 15];
    }
    return str_new(hex, 2 * n);
}
static BUILTIN_FN_1(hash_hexdigest_obj, QSTR_hexdigest, hash_hexdigest);

static obj_t hash_copy(obj_t self) {
    obj_hash_t *o = hash_self(self);
    obj_hash_t *c = rt_new_obj(&type_hash, sizeof(obj_hash_t));
    *c = *o;
    return c;
}
static BUILTIN_FN_1(hash_copy_obj, QSTR_copy, hash_copy);

static qstr algo_name(const obj_hash_t *o) {
    return o->algo == ALGO_SHA256 ? QSTR_sha256 : o->algo == ALGO_SHA1 ? QSTR_sha1 : QSTR_md5;
}

static void hash_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_hash_t *o = self;
    if (attr == QSTR_name) {
        dest[0] = OBJ_NEW_QSTR(algo_name(o));
    } else if (attr == QSTR_digest_size) {
        dest[0] = OBJ_NEW_SMALL_INT(digest_size(o));
    } else if (attr == QSTR_block_size) {
        dest[0] = OBJ_NEW_SMALL_INT(64);
    }
}

static void hash_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_hash_t *o = self;
    size_t len;
    const char *s = str_data(OBJ_NEW_QSTR(algo_name(o)), &len);
    p->write(p->data, "<", 1);
    p->write(p->data, s, len);
    p->write(p->data, " _hashlib.HASH object>", 22);
}

static const dict_entry_t hash_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_update), (obj_t)&hash_update_obj},
    {OBJ_NEW_QSTR(QSTR_digest), (obj_t)&hash_digest_obj},
    {OBJ_NEW_QSTR(QSTR_hexdigest), (obj_t)&hash_hexdigest_obj},
    {OBJ_NEW_QSTR(QSTR_copy), (obj_t)&hash_copy_obj},
};
static DICT_ROM(hash_locals_dict, hash_locals_table);

const obj_type_t type_hash = {
    .base = {&type_type},
    .name = QSTR_HASH,
    .print = hash_print,
    .attr = hash_attr,
    .locals_dict = (obj_dict_t *)&hash_locals_dict,
};

static const dict_entry_t hashlib_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_hashlib)},
    {OBJ_NEW_QSTR(QSTR_sha256), (obj_t)&hashlib_sha256_obj},
    {OBJ_NEW_QSTR(QSTR_sha1), (obj_t)&hashlib_sha1_obj},
    {OBJ_NEW_QSTR(QSTR_md5), (obj_t)&hashlib_md5_obj},
    {OBJ_NEW_QSTR(QSTR_new), (obj_t)&hashlib_new_obj},
};
static DICT_ROM(hashlib_globals, hashlib_globals_table);

MODULE_ROM(module_hashlib, hashlib_globals);
