// Arbitrary-precision natural-number arithmetic on digit arrays (see py/bigint.h).
// SPDX-License-Identifier: MIT

#include <math.h>
#include <string.h>

#include "py/bigint.h"

typedef bigint_digit_t digit_t;
typedef bigint_ddigit_t ddigit_t;

#define DIGIT_BITS BIGINT_DIGIT_BITS

size_t bigint_norm(const digit_t *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) {
        n--;
    }
    return n;
}

int bigint_cmp(const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    if (an != bn) {
        return an < bn ? -1 : 1;
    }
    while (an > 0) {
        an--;
        if (a[an] != b[an]) {
            return a[an] < b[an] ? -1 : 1;
        }
    }
    return 0;
}

digit_t bigint_add(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    ddigit_t carry = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        carry += (ddigit_t)a[i] + b[i];
        r[i] = (digit_t)carry;
        carry >>= DIGIT_BITS;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = (digit_t)carry;
        carry >>= DIGIT_BITS;
    }
    return (digit_t)carry;
}

digit_t bigint_sub(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    // The borrow is bit 32 of the wrapped 64-bit difference: no branches.
    ddigit_t borrow = 0;
    size_t i = 0;
    for (; i < bn; i++) {
        ddigit_t t = (ddigit_t)a[i] - b[i] - borrow;
        r[i] = (digit_t)t;
        borrow = (t >> DIGIT_BITS) & 1;
    }
    for (; i < an; i++) {
        ddigit_t t = (ddigit_t)a[i] - borrow;
        r[i] = (digit_t)t;
        borrow = (t >> DIGIT_BITS) & 1;
    }
    return (digit_t)borrow;
}

digit_t bigint_mul_1(digit_t *r, const digit_t *a, size_t n, digit_t m, digit_t carry) {
    ddigit_t c = carry;
    for (size_t i = 0; i < n; i++) {
        c += (ddigit_t)a[i] * m;
        r[i] = (digit_t)c;
        c >>= DIGIT_BITS;
    }
    return (digit_t)c;
}

digit_t bigint_addmul_1(digit_t *r, const digit_t *a, size_t n, digit_t m) {
    ddigit_t c = 0;
    for (size_t i = 0; i < n; i++) {
        // a*m + r + c < 2**64: (2**32-1)**2 + 2*(2**32-1) == 2**64 - 1.
        c += (ddigit_t)a[i] * m + r[i];
        r[i] = (digit_t)c;
        c >>= DIGIT_BITS;
    }
    return (digit_t)c;
}

digit_t bigint_submul_1(digit_t *r, const digit_t *a, size_t n, digit_t m) {
    ddigit_t c = 0; // what is still to subtract from the next digit
    for (size_t i = 0; i < n; i++) {
        c += (ddigit_t)a[i] * m;
        digit_t lo = (digit_t)c;
        c >>= DIGIT_BITS;
        digit_t x = r[i];
        r[i] = x - lo;
        c += x < lo;
    }
    return (digit_t)c;
}

// r = a * b, schoolbook; r has an + bn digits and does not overlap.
static void mul_school(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    r[an] = bigint_mul_1(r, a, an, b[0], 0);
    for (size_t j = 1; j < bn; j++) {
        r[an + j] = bigint_addmul_1(r + j, a, an, b[j]);
    }
}

// Squaring, schoolbook: the cross products once, doubled, then the squares.
static void sqr_school(digit_t *r, const digit_t *a, size_t n) {
    memset(r, 0, 2 * n * sizeof(digit_t));
    for (size_t i = 1; i < n; i++) {
        r[n + i - 1] = bigint_addmul_1(r + 2 * i - 1, a + i, n - i, a[i - 1]);
    }
    r[2 * n - 1] = bigint_shl(r, r, 2 * n - 1, 1);
    ddigit_t c = 0;
    for (size_t i = 0; i < n; i++) {
        ddigit_t sq = (ddigit_t)a[i] * a[i];
        c += (ddigit_t)r[2 * i] + (digit_t)sq;
        r[2 * i] = (digit_t)c;
        c >>= DIGIT_BITS;
        c += (ddigit_t)r[2 * i + 1] + (sq >> DIGIT_BITS);
        r[2 * i + 1] = (digit_t)c;
        c >>= DIGIT_BITS;
    }
}

// Adds [a] (an digits) into [r] (rn digits, rn >= an); the carry is dropped,
// callers know the true sum fits.
static void add_into(digit_t *r, size_t rn, const digit_t *a, size_t an) {
    digit_t c = bigint_add(r, r, an, a, an);
    for (size_t i = an; c && i < rn; i++) {
        c = ++r[i] == 0;
    }
}

static void mul_rec(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn);

// Karatsuba for bn <= an < 2 * bn, bn >= threshold: with a = a1*B^h + a0 and
// b = b1*B^h + b0, a*b = z2*B^2h + (z1 - z2 - z0)*B^h + z0 where z0 = a0*b0,
// z2 = a1*b1 and z1 = (a0+a1)*(b0+b1).
static void mul_karatsuba(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    size_t h = an / 2; // bn > h, so b1 is not empty
    size_t a1n = an - h, b1n = bn - h;
    size_t san = a1n + 1;              // a0 + a1 (a1 is the longer half)
    size_t sbn = (b1n > h ? b1n : h) + 1;
    size_t zn = san + sbn;
    digit_t *tmp = bigint_alloc((san + sbn + zn) * sizeof(digit_t));
    digit_t *sa = tmp, *sb = tmp + san, *z1 = tmp + san + sbn;

    // z0 in r[0, 2h), z2 in r[2h, an+bn).
    mul_rec(r, a, h, b, h);
    mul_rec(r + 2 * h, a + h, a1n, b + h, b1n);

    sa[a1n] = bigint_add(sa, a + h, a1n, a, h);
    if (a == b && an == bn) {
        // Squaring: keep the operands identical so the recursion squares too.
        size_t sal = bigint_norm(sa, san);
        mul_rec(z1, sa, sal, sa, sal);
        size_t z1n = 2 * sal;
        size_t z0n = bigint_norm(r, 2 * h);
        size_t z2n = bigint_norm(r + 2 * h, a1n + b1n);
        bigint_sub(z1, z1, z1n, r, z0n);
        bigint_sub(z1, z1, z1n, r + 2 * h, z2n);
        add_into(r + h, an + bn - h, z1, bigint_norm(z1, z1n));
        bigint_free(tmp);
        return;
    }
    if (b1n >= h) {
        sb[b1n] = bigint_add(sb, b + h, b1n, b, h);
    } else {
        sb[h] = bigint_add(sb, b, h, b + h, b1n);
    }
    size_t sal = bigint_norm(sa, san), sbl = bigint_norm(sb, sbn);
    size_t z1n = sal + sbl;
    if (sal >= sbl) {
        mul_rec(z1, sa, sal, sb, sbl);
    } else {
        mul_rec(z1, sb, sbl, sa, sal);
    }
    // z1 -= z0 + z2; the difference is a0*b1 + a1*b0 >= 0.
    size_t z0n = bigint_norm(r, 2 * h);
    size_t z2n = bigint_norm(r + 2 * h, a1n + b1n);
    bigint_sub(z1, z1, z1n, r, z0n);
    bigint_sub(z1, z1, z1n, r + 2 * h, z2n);
    z1n = bigint_norm(z1, z1n);
    add_into(r + h, an + bn - h, z1, z1n);
    bigint_free(tmp);
}

// r = a * b for an >= bn >= 1; r has an + bn digits and does not overlap.
static void mul_rec(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    if (bn == 0) {
        memset(r, 0, an * sizeof(digit_t));
        return;
    }
    if (bn < BIGINT_KARATSUBA_THRESHOLD) {
        if (a == b && an == bn) {
            sqr_school(r, a, an);
        } else {
            mul_school(r, a, an, b, bn);
        }
        return;
    }
    if (an < 2 * bn) {
        mul_karatsuba(r, a, an, b, bn);
        return;
    }
    // Lopsided: multiply bn-digit slices of a by b and add them up.
    digit_t *tmp = bigint_alloc(2 * bn * sizeof(digit_t));
    memset(r, 0, (an + bn) * sizeof(digit_t));
    size_t i = 0;
    while (i < an) {
        size_t k = an - i < bn ? an - i : bn;
        if (k >= bn) {
            mul_rec(tmp, a + i, k, b, bn);
        } else {
            mul_rec(tmp, b, bn, a + i, k);
        }
        add_into(r + i, an + bn - i, tmp, k + bn);
        i += k;
    }
    bigint_free(tmp);
}

void bigint_mul(digit_t *r, const digit_t *a, size_t an, const digit_t *b, size_t bn) {
    if (an >= bn) {
        mul_rec(r, a, an, b, bn);
    } else {
        mul_rec(r, b, bn, a, an);
    }
}

// Division of a two-digit number by a digit through a precomputed inverse
// (Moller and Granlund, "Improved division by invariant integers", 2011):
// two multiplications instead of a 64-by-32-bit division, which the ARM1176
// does in software and x86 does slowly.
typedef struct divinv {
    digit_t d; // the divisor, normalised (top bit set)
    digit_t v; // floor((2**64 - 1) / d) - 2**32
} divinv_t;

static divinv_t divinv_make(digit_t d) {
    divinv_t di = {d, (digit_t)(UINT64_MAX / d - ((ddigit_t)1 << DIGIT_BITS))};
    return di;
}

// (u1:u0) / d for u1 < d: returns the quotient, stores the remainder.
static inline digit_t div_2by1(digit_t u1, digit_t u0, const divinv_t *di, digit_t *rem) {
    ddigit_t q = (ddigit_t)di->v * u1 + (((ddigit_t)u1 << DIGIT_BITS) | u0);
    digit_t q1 = (digit_t)(q >> DIGIT_BITS) + 1;
    digit_t q0 = (digit_t)q;
    digit_t r = u0 - q1 * di->d;
    if (r > q0) {
        q1--;
        r += di->d;
    }
    if (r >= di->d) {
        q1++;
        r -= di->d;
    }
    *rem = r;
    return q1;
}

static unsigned clz_digit(digit_t d) {
    return d == 0 ? DIGIT_BITS : (unsigned)__builtin_clz(d);
}

digit_t bigint_divmod_1(digit_t *q, const digit_t *a, size_t n, digit_t d) {
    if (n == 0) {
        return 0;
    }
    // Shift divisor and dividend left so the divisor's top bit is set; the
    // remainder comes out shifted too.
    unsigned s = clz_digit(d);
    divinv_t di = divinv_make(d << s);
    digit_t r;
    if (s == 0) {
        r = 0;
        while (n > 0) {
            n--;
            digit_t qd = div_2by1(r, a[n], &di, &r);
            if (q != NULL) {
                q[n] = qd;
            }
        }
        return r;
    }
    r = a[n - 1] >> (DIGIT_BITS - s);
    while (n > 0) {
        n--;
        digit_t u0 = a[n] << s;
        if (n > 0) {
            u0 |= a[n - 1] >> (DIGIT_BITS - s);
        }
        digit_t qd = div_2by1(r, u0, &di, &r);
        if (q != NULL) {
            q[n] = qd;
        }
    }
    return r >> s;
}

digit_t bigint_shl(digit_t *r, const digit_t *a, size_t n, unsigned bits) {
    if (bits == 0) {
        if (r != a) {
            memmove(r, a, n * sizeof(digit_t));
        }
        return 0;
    }
    digit_t out = 0;
    for (size_t i = 0; i < n; i++) {
        digit_t x = a[i];
        r[i] = (x << bits) | out;
        out = x >> (DIGIT_BITS - bits);
    }
    return out;
}

digit_t bigint_shr(digit_t *r, const digit_t *a, size_t n, unsigned bits) {
    if (bits == 0) {
        if (r != a) {
            memmove(r, a, n * sizeof(digit_t));
        }
        return 0;
    }
    digit_t out = 0;
    while (n > 0) {
        n--;
        digit_t x = a[n];
        r[n] = (x >> bits) | out;
        out = x << (DIGIT_BITS - bits);
    }
    return out;
}

void bigint_divmod(digit_t *q, digit_t *r, const digit_t *a, size_t an, const digit_t *b,
    size_t bn) {
    if (bn == 1) {
        digit_t rem = bigint_divmod_1(q, a, an, b[0]);
        if (r != NULL) {
            r[0] = rem;
        }
        return;
    }
    // Normalise so the divisor's top bit is set: then each estimated
    // quotient digit is at most 2 too large.
    unsigned s = clz_digit(b[bn - 1]);
    digit_t *tmp = bigint_alloc((an + 1 + bn) * sizeof(digit_t));
    digit_t *u = tmp, *v = tmp + an + 1;
    bigint_shl(v, b, bn, s);
    u[an] = bigint_shl(u, a, an, s);
    digit_t vtop = v[bn - 1], vnext = v[bn - 2];
    divinv_t di = divinv_make(vtop);
    for (size_t j = an - bn + 1; j-- > 0;) {
        // Estimate the quotient digit from the top two digits of the
        // remainder and the top digit of the divisor.
        digit_t u1 = u[j + bn], u0 = u[j + bn - 1];
        ddigit_t qhat, rhat;
        if (u1 >= vtop) {
            // u1 == vtop: the estimate is at least the base; start from base - 1.
            qhat = ((ddigit_t)1 << DIGIT_BITS) - 1;
            rhat = (ddigit_t)u0 + vtop;
        } else {
            digit_t r;
            qhat = div_2by1(u1, u0, &di, &r);
            rhat = r;
        }
        // Knuth's test with the next digits: at most two corrections.
        while (rhat >> DIGIT_BITS == 0 && qhat * vnext > ((rhat << DIGIT_BITS) | u[j + bn - 2])) {
            qhat--;
            rhat += vtop;
        }
        digit_t borrow = bigint_submul_1(u + j, v, bn, (digit_t)qhat);
        digit_t top = u[j + bn];
        u[j + bn] = top - borrow;
        if (top < borrow) {
            // qhat was one too large (rare): add the divisor back.
            qhat--;
            digit_t c = bigint_add(u + j, u + j, bn, v, bn);
            u[j + bn] += c;
        }
        if (q != NULL) {
            q[j] = (digit_t)qhat;
        }
    }
    if (r != NULL) {
        bigint_shr(r, u, bn, s);
    }
    bigint_free(tmp);
}

size_t bigint_bit_length(const digit_t *a, size_t n) {
    if (n == 0) {
        return 0;
    }
    return n * DIGIT_BITS - clz_digit(a[n - 1]);
}

bool bigint_low_bits_nonzero(const digit_t *a, size_t n, size_t bits) {
    size_t whole = bits / DIGIT_BITS;
    for (size_t i = 0; i < whole && i < n; i++) {
        if (a[i] != 0) {
            return true;
        }
    }
    unsigned part = bits % DIGIT_BITS;
    if (part != 0 && whole < n) {
        return (a[whole] & (((digit_t)1 << part) - 1)) != 0;
    }
    return false;
}

double bigint_to_double(const digit_t *a, size_t n) {
    size_t nbits = bigint_bit_length(a, n);
    if (nbits <= 64) {
        uint64_t v = 0;
        for (size_t i = n; i-- > 0;) {
            v = (v << DIGIT_BITS) | a[i];
        }
        return (double)v;
    }
    if (nbits > 1024 + 1) {
        return HUGE_VAL;
    }
    // The top 64 bits, with a sticky bit for anything below: converting that
    // to double rounds exactly as the whole number would.
    size_t shift = nbits - 64;
    size_t dshift = shift / DIGIT_BITS;
    unsigned bshift = shift % DIGIT_BITS;
    uint64_t hi;
    digit_t d0 = dshift < n ? a[dshift] : 0;
    digit_t d1 = dshift + 1 < n ? a[dshift + 1] : 0;
    digit_t d2 = dshift + 2 < n ? a[dshift + 2] : 0;
    if (bshift == 0) {
        hi = ((uint64_t)d1 << DIGIT_BITS) | d0;
    } else {
        hi = (((uint64_t)d1 << DIGIT_BITS) | d0) >> bshift;
        hi |= (uint64_t)d2 << (2 * DIGIT_BITS - bshift);
    }
    if (bigint_low_bits_nonzero(a, n, shift)) {
        hi |= 1;
    }
    return ldexp((double)hi, (int)shift);
}

#if UINTPTR_MAX > 0xffffffffu
// t = t / 10**9 over [n] digits, returning the remainder: decimal output's
// inner loop, with a constant divisor the compiler turns into a
// multiplication (64-bit hosts only: 32-bit compilers call a library routine).
static digit_t divmod_1e9(digit_t *t, size_t n) {
    ddigit_t rem = 0;
    while (n > 0) {
        n--;
        ddigit_t cur = (rem << DIGIT_BITS) | t[n];
        digit_t qd = (digit_t)(cur / 1000000000u);
        rem = cur - (ddigit_t)qd * 1000000000u;
        t[n] = qd;
    }
    return (digit_t)rem;
}
#endif

// The largest power of [base] that fits a digit, and its exponent.
static digit_t big_base(int base, unsigned *count) {
    digit_t p = (digit_t)base;
    unsigned k = 1;
    while ((ddigit_t)p * (digit_t)base <= 0xffffffffu) {
        p *= (digit_t)base;
        k++;
    }
    *count = k;
    return p;
}

// log2(base) for base 2..36 when base is a power of two, else 0.
static unsigned pow2_bits(int base) {
    return (base & (base - 1)) == 0 ? (unsigned)__builtin_ctz((unsigned)base) : 0;
}

size_t bigint_str_size(size_t n, int base) {
    // Each digit needs at most 32 / log2(base) chars, and log2(base) >= 1;
    // using floor(log2(base)) overestimates safely.
    unsigned lg = 1;
    while ((1 << (lg + 1)) <= base) {
        lg++;
    }
    return n * DIGIT_BITS / lg + 2;
}

size_t bigint_to_str(char *buf, size_t size, const digit_t *a, size_t n, int base, bool upper) {
    const char *alpha = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                              : "0123456789abcdefghijklmnopqrstuvwxyz";
    char *end = buf + size;
    char *p = end;
    if (n == 0) {
        *--p = '0';
        return 1;
    }
    unsigned lg = pow2_bits(base);
    if (lg != 0) {
        digit_t mask = (digit_t)base - 1;
        size_t nbits = bigint_bit_length(a, n);
        for (size_t bit = 0; bit < nbits; bit += lg) {
            size_t i = bit / DIGIT_BITS;
            unsigned off = bit % DIGIT_BITS;
            ddigit_t w = a[i];
            if (i + 1 < n) {
                w |= (ddigit_t)a[i + 1] << DIGIT_BITS;
            }
            *--p = alpha[(w >> off) & mask];
        }
        return (size_t)(end - p);
    }
    unsigned k;
    digit_t bb = big_base(base, &k);
    digit_t stack[16];
    digit_t *t = n <= 16 ? stack : bigint_alloc(n * sizeof(digit_t));
    memcpy(t, a, n * sizeof(digit_t));
    size_t tn = n;
    while (tn > 0) {
#if UINTPTR_MAX > 0xffffffffu
        digit_t rem = base == 10 ? divmod_1e9(t, tn) : bigint_divmod_1(t, t, tn, bb);
#else
        digit_t rem = bigint_divmod_1(t, t, tn, bb);
#endif
        tn = bigint_norm(t, tn);
        // Whole chunks have k chars (leading zeros included); the last one stops at zero.
        if (base == 10) {
            for (unsigned i = 0; i < k && (tn != 0 || rem != 0); i++) {
                *--p = (char)('0' + rem % 10);
                rem /= 10;
            }
        } else {
            for (unsigned i = 0; i < k && (tn != 0 || rem != 0); i++) {
                *--p = alpha[rem % (digit_t)base];
                rem /= (digit_t)base;
            }
        }
    }
    if (t != stack) {
        bigint_free(t);
    }
    return (size_t)(end - p);
}

size_t bigint_from_values_size(size_t len, int base) {
    unsigned lg = 1;
    while ((1 << lg) < base) {
        lg++;
    }
    // ceil(log2(base)) bits per value, rounded up to whole digits.
    return (len * lg + DIGIT_BITS - 1) / DIGIT_BITS + 1;
}

size_t bigint_from_values(digit_t *r, const uint8_t *vals, size_t len, int base) {
    size_t rn = bigint_from_values_size(len, base);
    memset(r, 0, rn * sizeof(digit_t));
    unsigned lg = pow2_bits(base);
    if (lg != 0) {
        size_t bit = 0;
        for (size_t j = len; j-- > 0;) {
            size_t i = bit / DIGIT_BITS;
            unsigned off = bit % DIGIT_BITS;
            r[i] |= (digit_t)vals[j] << off;
            if (off + lg > DIGIT_BITS) {
                r[i + 1] |= (digit_t)vals[j] >> (DIGIT_BITS - off);
            }
            bit += lg;
        }
        return bigint_norm(r, rn);
    }
    unsigned k;
    digit_t bb = big_base(base, &k);
    size_t n = 0;
    size_t j = 0;
    // The first chunk takes the leftover digits so that the rest are whole chunks.
    size_t first = len % k;
    if (first == 0) {
        first = k;
    }
    while (j < len) {
        size_t take = j == 0 ? first : k;
        digit_t chunk = 0, mul = 1;
        for (size_t i = 0; i < take; i++) {
            chunk = chunk * (digit_t)base + vals[j + i];
            mul *= (digit_t)base;
        }
        j += take;
        digit_t c = bigint_mul_1(r, r, n, take == k ? bb : mul, chunk);
        if (c != 0) {
            r[n++] = c;
        }
    }
    return bigint_norm(r, n);
}
