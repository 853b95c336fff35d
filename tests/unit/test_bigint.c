// Unit tests of py/bigint.c: arithmetic identities over pseudo-random operands and known values.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/bigint.h"
#include "tests/unit/unit.h"

typedef bigint_digit_t digit_t;

// The allocator hooks py/bigint.h asks the embedder for: plain malloc here,
// counting blocks to check that every scratch block is given back.
static long live_blocks;

void *bigint_alloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (p == NULL) {
        abort();
    }
    live_blocks++;
    return p;
}

void bigint_free(void *p) {
    if (p != NULL) {
        live_blocks--;
        free(p);
    }
}

// A fixed LCG so runs are reproducible.
static uint64_t seed = 12345;
static uint32_t rnd(void) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(seed >> 32);
}

// Random digits; sometimes runs of all-ones or zeros, which find carry bugs.
static void fill(digit_t *a, size_t n) {
    int mode = (int)(rnd() % 4);
    for (size_t i = 0; i < n; i++) {
        switch (mode) {
            case 0:
                a[i] = 0xffffffffu;
                break;
            case 1:
                a[i] = (rnd() % 3 == 0) ? 0 : rnd();
                break;
            default:
                a[i] = rnd();
        }
    }
    if (n > 0 && a[n - 1] == 0) {
        a[n - 1] = 1;
    }
}

// Reference product, independent of the library.
static void ref_mul(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    memset(r, 0, (an + bn) * sizeof(digit_t));
    for (size_t i = 0; i < an; i++) {
        uint64_t c = 0;
        for (size_t j = 0; j < bn; j++) {
            c += (uint64_t)a[i] * b[j] + r[i + j];
            r[i + j] = (digit_t)c;
            c >>= 32;
        }
        r[i + bn] = (digit_t)c;
    }
}

static bool same(const digit_t *a, const digit_t *b, size_t n) {
    return memcmp(a, b, n * sizeof(digit_t)) == 0;
}

static void test_mul(void) {
    static const size_t sizes[] = {1, 2, 3, 5, 17, 39, 40, 41, 64, 80, 81, 100, 161, 250, 333};
    size_t ns = sizeof(sizes) / sizeof(sizes[0]);
    int bad = 0;
    for (size_t x = 0; x < ns; x++) {
        for (size_t y = 0; y < ns; y++) {
            size_t an = sizes[x], bn = sizes[y];
            digit_t *a = malloc(an * 4), *b = malloc(bn * 4);
            digit_t *r1 = malloc((an + bn) * 4), *r2 = malloc((an + bn) * 4);
            fill(a, an);
            fill(b, bn);
            bigint_mul(r1, a, an, b, bn);
            ref_mul(r2, a, an, b, bn);
            bad += !same(r1, r2, an + bn);
            bigint_mul(r1, b, bn, a, an);
            bad += !same(r1, r2, an + bn);
            // Squares take their own path.
            digit_t *s1 = malloc(2 * an * 4), *s2 = malloc(2 * an * 4);
            bigint_mul(s1, a, an, a, an);
            ref_mul(s2, a, an, a, an);
            bad += !same(s1, s2, 2 * an);
            free(a), free(b), free(r1), free(r2), free(s1), free(s2);
        }
    }
    UNIT_CHECK_EQ_INT(bad, 0);
    UNIT_CHECK_EQ_INT(live_blocks, 0);
}

// Random (a, b): a == q*b + r with r < b, and (a*b)/b == a exactly.
static void test_divmod(void) {
    int bad = 0;
    for (int iter = 0; iter < 3000; iter++) {
        size_t an = 1 + rnd() % 60, bn = 1 + rnd() % 40;
        if (iter % 7 == 0) {
            an += 200;
        }
        if (bn > an) {
            size_t t = an;
            an = bn;
            bn = t;
        }
        digit_t *a = malloc(an * 4), *b = malloc(bn * 4);
        fill(a, an);
        fill(b, bn);
        if (iter % 5 == 0) {
            b[bn - 1] = 1 + rnd() % 3; // small top digit: maximal normalisation shift
        }
        size_t qn = an - bn + 1;
        digit_t *q = malloc(qn * 4), *r = malloc(bn * 4);
        bigint_divmod(q, r, a, an, b, bn);
        size_t rl = bigint_norm(r, bn);
        bad += bigint_cmp(r, rl, b, bn) >= 0;
        // q*b + r == a
        digit_t *back = malloc((qn + bn + 1) * 4);
        bigint_mul(back, q, qn, b, bn);
        back[qn + bn] = 0;
        bigint_add(back, back, qn + bn + 1, r, rl);
        bad += bigint_cmp(back, bigint_norm(back, qn + bn + 1), a, an) != 0;
        // (a*b) / b == a, remainder 0.
        digit_t *ab = malloc((an + bn) * 4);
        bigint_mul(ab, a, an, b, bn);
        size_t abn = bigint_norm(ab, an + bn);
        digit_t *q2 = malloc((abn - bn + 1) * 4), *r2 = malloc(bn * 4);
        bigint_divmod(q2, r2, ab, abn, b, bn);
        bad += bigint_cmp(q2, bigint_norm(q2, abn - bn + 1), a, an) != 0;
        bad += bigint_norm(r2, bn) != 0;
        free(a), free(b), free(q), free(r), free(back), free(ab), free(q2), free(r2);
    }
    UNIT_CHECK_EQ_INT(bad, 0);
    UNIT_CHECK_EQ_INT(live_blocks, 0);
}

// Converts to a string in [base] into a static buffer.
static const char *to_str(const digit_t *a, size_t n, int base) {
    static char out[20000];
    size_t size = bigint_str_size(n, base);
    char *buf = malloc(size);
    size_t len = bigint_to_str(buf, size, a, n, base, false);
    memcpy(out, buf + size - len, len);
    out[len] = 0;
    free(buf);
    return out;
}

// Parses [s] (valid digits of [base]) into [r]; returns the length.
static size_t from_str(digit_t *r, const char *s, int base) {
    size_t len = strlen(s);
    uint8_t *vals = malloc(len + 1);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        vals[i] = (uint8_t)(c <= '9' ? c - '0' : c - 'a' + 10);
    }
    size_t n = bigint_from_values(r, vals, len, base);
    free(vals);
    return n;
}

static void test_known_values(void) {
    // 2**200 and 3**100 built by repeated multiplication.
    digit_t p[16] = {1};
    size_t n = 1;
    for (int i = 0; i < 200; i++) {
        digit_t c = bigint_mul_1(p, p, n, 2, 0);
        if (c) {
            p[n++] = c;
        }
    }
    UNIT_CHECK_EQ_STR(to_str(p, n, 10),
        "1606938044258990275541962092341162602522202993782792835301376");
    UNIT_CHECK_EQ_STR(to_str(p, n, 16), "100000000000000000000000000000000000000000000000000");
    UNIT_CHECK_EQ_INT(bigint_bit_length(p, n), 201);
    digit_t t[16] = {1};
    n = 1;
    for (int i = 0; i < 100; i++) {
        digit_t c = bigint_mul_1(t, t, n, 3, 0);
        if (c) {
            t[n++] = c;
        }
    }
    UNIT_CHECK_EQ_STR(to_str(t, n, 10),
        "515377520732011331036461129765621272702107522001");
    UNIT_CHECK_EQ_STR(to_str(t, n, 36), "ajmfwc7pep3zss2fwkm9zm45pd86w29");
    UNIT_CHECK_EQ_STR(to_str(t, n, 7), "230231613340145623403214021055230445262243332056242021334");
    UNIT_CHECK_EQ_STR(to_str(t, 0, 10), "0");
    UNIT_CHECK_EQ_STR(to_str(t, 0, 2), "0");

    digit_t r[64];
    size_t rn = from_str(r, "123456789012345678901234567890", 10);
    UNIT_CHECK_EQ_STR(to_str(r, rn, 10), "123456789012345678901234567890");
    UNIT_CHECK_EQ_STR(to_str(r, rn, 16), "18ee90ff6c373e0ee4e3f0ad2");
    UNIT_CHECK_EQ_STR(to_str(r, rn, 8), "143564417755415637016711617605322");
    UNIT_CHECK_EQ_INT(from_str(r, "0000", 10), 0);
    rn = from_str(r, "ffffffffffffffffffffffff", 16);
    UNIT_CHECK_EQ_INT(rn, 3);
    UNIT_CHECK(r[0] == 0xffffffffu && r[1] == 0xffffffffu && r[2] == 0xffffffffu);

    // Conversions to double round to nearest, ties to even.
    digit_t d[3] = {0, 0, 1}; // 2**64
    UNIT_CHECK(bigint_to_double(d, 3) == 18446744073709551616.0);
    digit_t e[2] = {1, 0x00200000}; // 2**53 + 1: a tie, rounds to 2**53
    UNIT_CHECK(bigint_to_double(e, 2) == 9007199254740992.0);
    digit_t f[2] = {3, 0x00200000}; // 2**53 + 3: tie, rounds up to 2**53 + 4
    UNIT_CHECK(bigint_to_double(f, 2) == 9007199254740996.0);
    digit_t g[4] = {1, 0, 0x00000000, 0x00200000}; // 2**117 + 1: far below the halfway point, rounds down
    UNIT_CHECK(bigint_to_double(g, 4) == ldexp(1.0, 117));
    digit_t h[4] = {1, 0x00000000, 0x00000001, 0x00200000}; // 2**117 + 2**64 + 1: above half, rounds up
    UNIT_CHECK(bigint_to_double(h, 4) == ldexp(1.0, 117) + ldexp(1.0, 65));
    digit_t big[40];
    memset(big, 0xff, sizeof(big));
    UNIT_CHECK(isinf(bigint_to_double(big, 32))); // 2**1024 - 1 rounds up to 2**1024
    UNIT_CHECK(bigint_to_double(big, 31) == ldexp(1.0, 992));
    UNIT_CHECK_EQ_INT(live_blocks, 0);
}

// Every base: string -> number -> string gives the same string back.
static void test_round_trip(void) {
    static const char alpha[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    int bad = 0;
    for (int base = 2; base <= 36; base++) {
        for (int k = 0; k < 20; k++) {
            char s[600];
            size_t len = 1 + rnd() % 500;
            s[0] = alpha[1 + rnd() % (unsigned)(base - 1)];
            for (size_t i = 1; i < len; i++) {
                s[i] = alpha[rnd() % (unsigned)base];
            }
            s[len] = 0;
            digit_t *r = malloc(bigint_from_values_size(len, base) * 4);
            size_t rn = from_str(r, s, base);
            bad += strcmp(to_str(r, rn, base), s) != 0;
            free(r);
        }
    }
    UNIT_CHECK_EQ_INT(bad, 0);
}

static void test_shifts_and_bits(void) {
    int bad = 0;
    for (int iter = 0; iter < 500; iter++) {
        size_t n = 1 + rnd() % 30;
        digit_t a[32], b[32], c[32];
        fill(a, n);
        unsigned s = rnd() % 32;
        b[n] = bigint_shl(b, a, n, s);
        digit_t out = bigint_shr(c, b, n + 1, s);
        bad += out != 0 || !same(c, a, n) || c[n] != 0;
        bad += bigint_bit_length(b, bigint_norm(b, n + 1)) != bigint_bit_length(a, n) + s;
        // a + b - b == a
        digit_t sum[33];
        sum[n] = bigint_add(sum, a, n, c, n);
        bad += bigint_sub(sum, sum, n + 1, c, n) != 0 || !same(sum, a, n) || sum[n] != 0;
    }
    UNIT_CHECK_EQ_INT(bad, 0);
    digit_t z[2] = {0, 8};
    UNIT_CHECK(!bigint_low_bits_nonzero(z, 2, 35));
    UNIT_CHECK(bigint_low_bits_nonzero(z, 2, 36));
    UNIT_CHECK_EQ_INT(bigint_divmod_1(z, z, 2, 7), (8ULL << 32) % 7);
}

// Division by one digit: q * d + r == a and r < d, for divisors of every shape.
static void test_divmod_1(void) {
    static const digit_t divisors[] = {1, 2, 3, 7, 10, 1000000000u, 0x7fffffffu, 0x80000000u,
        0x80000001u, 0xfffffffeu, 0xffffffffu, 65536, 65537};
    int bad = 0;
    for (int iter = 0; iter < 2000; iter++) {
        size_t n = 1 + rnd() % 50;
        digit_t a[52], q[52], back[53];
        fill(a, n);
        digit_t d = iter < 13 * 20 ? divisors[iter % 13] : (rnd() >> (rnd() % 32)) | 1;
        digit_t r = bigint_divmod_1(q, a, n, d);
        bad += r >= d;
        back[n] = bigint_mul_1(back, q, n, d, r);
        bad += back[n] != 0 || !same(back, a, n);
        // In place, and without a quotient.
        digit_t c[52];
        memcpy(c, a, n * sizeof(digit_t));
        bad += bigint_divmod_1(c, c, n, d) != r || !same(c, q, n);
        bad += bigint_divmod_1(NULL, a, n, d) != r;
    }
    UNIT_CHECK_EQ_INT(bad, 0);
    UNIT_CHECK_EQ_INT(bigint_divmod_1(NULL, NULL, 0, 5), 0);
}

int main(void) {
    test_divmod_1();
    test_mul();
    test_divmod();
    test_known_values();
    test_round_trip();
    test_shifts_and_bits();
    return unit_report();
}
