// The int type: small ints are immediates, larger values big-int objects whose
// digits py/bigint.c computes on; every result goes through one normaliser.
// SPDX-License-Identifier: MIT
//
// A big int is an obj_int_big_t: sign and magnitude, the magnitude's digits
// inline after the header, normalised (top digit non-zero). Invariant: a big
// int never holds a value that fits a small int, so that each value has one
// representation and small ints can be compared by word. Functions that build
// results allocate the object first, compute into its digits and then call
// big_finish(), which trims the length and turns values that fit into small
// ints (freeing the block at once).
//
// Bools are ints to every function here: True and False read as 1 and 0.

#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "py/bigint.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/vstr.h"

typedef bigint_digit_t digit_t;
#define DIGIT_BITS BIGINT_DIGIT_BITS

// A big int; see the top of the file.
typedef struct obj_int_big {
    obj_base_t base;
    uint32_t len;
    uint32_t neg;
    digit_t d[];
} obj_int_big_t;

size_t int_max_str_digits = 4300;

// Scratch memory for py/bigint.c: GC blocks without pointers.
void *bigint_alloc(size_t n) {
    return rt_alloc_flags(n, GC_ALLOC_NOSCAN);
}

void bigint_free(void *p) {
    gc_free(p);
}

// Digits needed for any C integer we convert from.
#define MAX_C_DIGITS ((sizeof(unsigned long long) + sizeof(digit_t) - 1) / sizeof(digit_t))

// A read-only view of an int-like value as sign and magnitude. [d] may point
// into [buf], so a view must not be copied.
typedef struct ival {
    const digit_t *d;
    size_t n;
    bool neg;
    digit_t buf[MAX_C_DIGITS];
} ival_t;

static size_t ull_to_digits(digit_t *buf, unsigned long long u) {
    size_t n = 0;
    while (u != 0) {
        buf[n++] = (digit_t)u;
        u >>= DIGIT_BITS;
    }
    return n;
}

static unsigned long long ull_magnitude(long long v) {
    return v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
}

static void ival_of(ival_t *v, obj_t o) {
    if (OBJ_IS_SMALL_INT(o)) {
        intptr_t x = OBJ_SMALL_INT_VALUE(o);
        v->neg = x < 0;
        v->n = ull_to_digits(v->buf, ull_magnitude(x));
        v->d = v->buf;
    } else if (o == OBJ_TRUE || o == OBJ_FALSE) {
        v->neg = false;
        v->buf[0] = 1;
        v->n = o == OBJ_TRUE;
        v->d = v->buf;
    } else {
        const obj_int_big_t *b = o;
        v->d = b->d;
        v->n = b->len;
        v->neg = b->neg != 0;
    }
}

// A view of a C value.
static void ival_of_ll(ival_t *v, long long x) {
    v->neg = x < 0;
    v->n = ull_to_digits(v->buf, ull_magnitude(x));
    v->d = v->buf;
}

// The magnitude of a view of at most MAX_C_DIGITS digits.
static unsigned long long ival_ull(const ival_t *v) {
    unsigned long long u = 0;
    for (size_t i = v->n; i-- > 0;) {
        u = (u << DIGIT_BITS) | v->d[i];
    }
    return u;
}

// A small int for sign and magnitude [u] if it fits.
static bool small_fits(unsigned long long u, bool neg) {
    return neg ? u <= (unsigned long long)SMALL_INT_MAX + 1 : u <= (unsigned long long)SMALL_INT_MAX;
}

static obj_t small_from(unsigned long long u, bool neg) {
    return OBJ_NEW_SMALL_INT(neg ? -(intptr_t)u : (intptr_t)u);
}

// MemoryError at once when [n] digits cannot fit the heap, rather than
// computing toward a result that can never be stored (10 ** 10 ** 10).
static void check_room(size_t n) {
    if (n >= UINT32_MAX || n > (gc_mem_free() + gc_mem_alloc()) / sizeof(digit_t)) {
        rt_raise_memory_error();
    }
}

// A new big int with room for [n] digits (sign and length set by big_finish).
static obj_int_big_t *big_new(size_t n) {
    check_room(n);
    obj_int_big_t *o = rt_alloc_flags(sizeof(obj_int_big_t) + (n ? n : 1) * sizeof(digit_t),
        GC_ALLOC_NOSCAN);
    o->base.type = &type_int;
    return o;
}

// The normaliser: the int whose magnitude is the first [n] digits of [o]
// (top zeros allowed) with sign [neg]; a small int when it fits.
static obj_t big_finish(obj_int_big_t *o, size_t n, bool neg) {
    n = bigint_norm(o->d, n);
    if (n <= MAX_C_DIGITS) {
        unsigned long long u = 0;
        for (size_t i = n; i-- > 0;) {
            u = (u << DIGIT_BITS) | o->d[i];
        }
        if (small_fits(u, neg)) {
            gc_free(o);
            return small_from(u, neg);
        }
    }
    o->len = (uint32_t)n;
    o->neg = neg;
    return o;
}

// The int for a copy of the magnitude [d]/[n] with sign [neg].
static obj_t int_from_digits(const digit_t *d, size_t n, bool neg) {
    n = bigint_norm(d, n);
    if (n <= MAX_C_DIGITS) {
        unsigned long long u = 0;
        for (size_t i = n; i-- > 0;) {
            u = (u << DIGIT_BITS) | d[i];
        }
        if (small_fits(u, neg)) {
            return small_from(u, neg);
        }
    }
    obj_int_big_t *o = big_new(n);
    memcpy(o->d, d, n * sizeof(digit_t));
    o->len = (uint32_t)n;
    o->neg = neg;
    return o;
}

static obj_t ival_to_obj(const ival_t *v, bool neg) {
    return int_from_digits(v->d, v->n, neg);
}

// ---------------------------------------------------------------------------
// Conversions from and to C values
// ---------------------------------------------------------------------------

static obj_t from_ull(unsigned long long u, bool neg) {
    if (small_fits(u, neg)) {
        return small_from(u, neg);
    }
    digit_t buf[MAX_C_DIGITS];
    size_t n = ull_to_digits(buf, u);
    return int_from_digits(buf, n, neg);
}

obj_t int_from_ll(long long v) {
    if (SMALL_INT_FITS(v)) {
        return OBJ_NEW_SMALL_INT((intptr_t)v);
    }
    return from_ull(ull_magnitude(v), v < 0);
}

obj_t int_from_ull(unsigned long long v) {
    return from_ull(v, false);
}

obj_t int_from_intptr(intptr_t v) {
    if (SMALL_INT_FITS(v)) {
        return OBJ_NEW_SMALL_INT(v);
    }
    return from_ull(ull_magnitude(v), v < 0);
}

obj_t int_from_uintptr(uintptr_t v) {
    return from_ull(v, false);
}

obj_t int_from_double(double d) {
    if (isnan(d)) {
        rt_raise_msg(&type_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        rt_raise_msg(&type_OverflowError, "cannot convert float infinity to integer");
    }
    if (fabs(d) < 9.2e18) {
        return int_from_ll((long long)d);
    }
    // |d| >= 2**63: an integer; its 53-bit mantissa shifted left.
    int e;
    double m = frexp(fabs(d), &e);
    unsigned long long mant = (unsigned long long)ldexp(m, 53);
    size_t shift = (size_t)(e - 53);
    size_t ds = shift / DIGIT_BITS;
    unsigned bs = shift % DIGIT_BITS;
    digit_t buf[MAX_C_DIGITS];
    size_t n = ull_to_digits(buf, mant);
    obj_int_big_t *o = big_new(ds + n + 1);
    memset(o->d, 0, ds * sizeof(digit_t));
    o->d[ds + n] = bigint_shl(o->d + ds, buf, n, bs);
    return big_finish(o, ds + n + 1, d < 0);
}

bool int_to_intptr(obj_t o, intptr_t *out) {
    if (OBJ_IS_SMALL_INT(o)) {
        *out = OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    ival_t v;
    ival_of(&v, o);
    if (v.n > MAX_C_DIGITS) {
        return false;
    }
    unsigned long long u = ival_ull(&v);
    if (v.neg ? u > (unsigned long long)INTPTR_MAX + 1 : u > (unsigned long long)INTPTR_MAX) {
        return false;
    }
    *out = v.neg ? (intptr_t)(0 - (uintptr_t)u) : (intptr_t)u;
    return true;
}

static double ival_to_double(const ival_t *v) {
    double d = bigint_to_double(v->d, v->n);
    if (isinf(d)) {
        rt_raise_msg(&type_OverflowError, "int too large to convert to float");
    }
    return v->neg ? -d : d;
}

bool int_as_double(obj_t o, double *out) {
    ival_t v;
    ival_of(&v, o);
    double d = bigint_to_double(v.d, v.n);
    *out = v.neg ? -d : d;
    return !isinf(d);
}

double int_to_double(obj_t o) {
    if (OBJ_IS_SMALL_INT(o)) {
        return (double)OBJ_SMALL_INT_VALUE(o);
    }
    ival_t v;
    ival_of(&v, o);
    return ival_to_double(&v);
}

int int_sign(obj_t o) {
    if (OBJ_IS_SMALL_INT(o)) {
        intptr_t v = OBJ_SMALL_INT_VALUE(o);
        return (v > 0) - (v < 0);
    }
    ival_t v;
    ival_of(&v, o);
    return v.n == 0 ? 0 : v.neg ? -1 : 1;
}

// ---------------------------------------------------------------------------
// Arithmetic on views
// ---------------------------------------------------------------------------

static int ival_cmp(const ival_t *a, const ival_t *b) {
    bool an = a->neg && a->n, bn = b->neg && b->n;
    if (an != bn) {
        return an ? -1 : 1;
    }
    int c = bigint_cmp(a->d, a->n, b->d, b->n);
    return an ? -c : c;
}

int int_compare(obj_t a, obj_t b) {
    if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) {
        intptr_t x = OBJ_SMALL_INT_VALUE(a), y = OBJ_SMALL_INT_VALUE(b);
        return (x > y) - (x < y);
    }
    ival_t x, y;
    ival_of(&x, a);
    ival_of(&y, b);
    return ival_cmp(&x, &y);
}

// a + b, or a - b when [sub].
static obj_t ival_add(const ival_t *a, const ival_t *b, bool sub) {
    bool bneg = b->neg != sub;
    if (a->neg == bneg) {
        const ival_t *x = a, *y = b;
        if (x->n < y->n) {
            x = b;
            y = a;
        }
        obj_int_big_t *o = big_new(x->n + 1);
        o->d[x->n] = bigint_add(o->d, x->d, x->n, y->d, y->n);
        return big_finish(o, x->n + 1, a->neg);
    }
    int c = bigint_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) {
        return OBJ_NEW_SMALL_INT(0);
    }
    if (c > 0) {
        obj_int_big_t *o = big_new(a->n);
        bigint_sub(o->d, a->d, a->n, b->d, b->n);
        return big_finish(o, a->n, a->neg);
    }
    obj_int_big_t *o = big_new(b->n);
    bigint_sub(o->d, b->d, b->n, a->d, a->n);
    return big_finish(o, b->n, bneg);
}

static obj_t ival_mul(const ival_t *a, const ival_t *b) {
    if (a->n == 0 || b->n == 0) {
        return OBJ_NEW_SMALL_INT(0);
    }
    obj_int_big_t *o = big_new(a->n + b->n);
    bigint_mul(o->d, a->d, a->n, b->d, b->n);
    return big_finish(o, a->n + b->n, a->neg != b->neg);
}

// Adds one to the [n] digits at [d]; returns the carry out.
static digit_t digits_inc(digit_t *d, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (++d[i] != 0) {
            return 0;
        }
    }
    return 1;
}

// Floor division and modulo (Python's signs); [q] or [r] may be NULL. b != 0.
// The remainder is allocated first and the quotient after it, so that the
// one not wanted (or a quotient that fits a small int) is freed in LIFO
// order, which gives the bump allocator its blocks straight back.
static void ival_divmod(const ival_t *a, const ival_t *b, obj_t *q, obj_t *r) {
    bool neg = a->neg != b->neg;
    if (bigint_cmp(a->d, a->n, b->d, b->n) < 0) {
        // |a| < |b|: the quotient is 0, or -1 when the signs differ.
        if (!neg || a->n == 0) {
            if (q != NULL) {
                *q = OBJ_NEW_SMALL_INT(0);
            }
            if (r != NULL) {
                *r = ival_to_obj(a, a->neg);
            }
        } else {
            if (q != NULL) {
                *q = OBJ_NEW_SMALL_INT(-1);
            }
            if (r != NULL) {
                obj_int_big_t *o = big_new(b->n);
                bigint_sub(o->d, b->d, b->n, a->d, a->n);
                *r = big_finish(o, b->n, b->neg);
            }
        }
        return;
    }
    size_t qn = a->n - b->n + 1, rn = b->n;
    obj_int_big_t *ro = big_new(rn);
    obj_int_big_t *qo = q != NULL ? big_new(qn + 1) : NULL;
    if (b->n == 1) {
        ro->d[0] = bigint_divmod_1(qo != NULL ? qo->d : NULL, a->d, a->n, b->d[0]);
    } else {
        bigint_divmod(qo != NULL ? qo->d : NULL, ro->d, a->d, a->n, b->d, b->n);
    }
    if (qo != NULL) {
        qo->d[qn] = 0;
    }
    size_t rl = bigint_norm(ro->d, rn);
    bool rneg = a->neg;
    if (neg && rl != 0) {
        // Rounded toward minus infinity: q = -(|q| + 1), r = sign(b) * (|b| - |r|).
        if (qo != NULL) {
            qo->d[qn] = digits_inc(qo->d, qn);
        }
        bigint_sub(ro->d, b->d, b->n, ro->d, rl);
        rneg = b->neg;
    }
    if (qo != NULL) {
        *q = big_finish(qo, qn + 1, neg);
    }
    if (r != NULL) {
        *r = big_finish(ro, rn, rneg);
    } else {
        gc_free(ro);
    }
}

// a << s for s >= 0.
static obj_t ival_lshift(const ival_t *a, size_t s) {
    if (a->n == 0) {
        return OBJ_NEW_SMALL_INT(0);
    }
    size_t ds = s / DIGIT_BITS;
    unsigned bs = s % DIGIT_BITS;
    if (ds > SIZE_MAX / 2 - a->n) {
        rt_raise_memory_error();
    }
    obj_int_big_t *o = big_new(ds + a->n + 1);
    memset(o->d, 0, ds * sizeof(digit_t));
    o->d[ds + a->n] = bigint_shl(o->d + ds, a->d, a->n, bs);
    return big_finish(o, ds + a->n + 1, a->neg);
}

// a >> s for s >= 0, rounding toward minus infinity.
static obj_t ival_rshift(const ival_t *a, size_t s) {
    size_t ds = s / DIGIT_BITS;
    unsigned bs = s % DIGIT_BITS;
    if (ds >= a->n) {
        return OBJ_NEW_SMALL_INT(a->neg && a->n ? -1 : 0);
    }
    size_t n = a->n - ds;
    obj_int_big_t *o = big_new(n + 1);
    bigint_shr(o->d, a->d + ds, n, bs);
    o->d[n] = 0;
    if (a->neg && bigint_low_bits_nonzero(a->d, a->n, s)) {
        digits_inc(o->d, n + 1);
    }
    return big_finish(o, n + 1, a->neg);
}

// &, |, ^ with two's complement semantics: a negative x reads as ~(|x| - 1)
// extended with ones; both operands and the result are converted digit by
// digit in one pass.
static obj_t ival_bitop(binary_op_t op, const ival_t *a, const ival_t *b) {
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    bool an = a->neg && a->n, bn = b->neg && b->n;
    bool rneg;
    switch (op) {
        case BINARY_OP_AND:
            rneg = an && bn;
            break;
        case BINARY_OP_OR:
            rneg = an || bn;
            break;
        default:
            rneg = an != bn;
            break;
    }
    obj_int_big_t *o = big_new(n);
    digit_t ba = 1, bb = 1, cr = 1;
    for (size_t i = 0; i < n; i++) {
        digit_t x = i < a->n ? a->d[i] : 0;
        digit_t y = i < b->n ? b->d[i] : 0;
        if (an) {
            digit_t t = x - ba;
            ba = x < ba;
            x = ~t;
        }
        if (bn) {
            digit_t t = y - bb;
            bb = y < bb;
            y = ~t;
        }
        digit_t z = op == BINARY_OP_AND ? (x & y) : op == BINARY_OP_OR ? (x | y) : (x ^ y);
        if (rneg) {
            z = ~z;
            digit_t t = z + cr;
            cr = t < cr;
            z = t;
        }
        o->d[i] = z;
    }
    return big_finish(o, n, rneg);
}

static obj_t ival_neg(const ival_t *a) {
    return ival_to_obj(a, !a->neg && a->n != 0);
}

// ---------------------------------------------------------------------------
// True division, correctly rounded
// ---------------------------------------------------------------------------

NORETURN static void raise_zero_division(const char *msg) {
    rt_raise_msg(&type_ZeroDivisionError, msg);
}

// a / b as the double nearest to the exact quotient (ties to even), as CPython:
// scale a by a power of two so that the integer quotient has two or three
// bits more than a double keeps, then round it with a sticky bit.
static obj_t ival_truediv(const ival_t *a, const ival_t *b) {
    if (b->n == 0) {
        raise_zero_division("division by zero");
    }
    bool neg = a->neg != b->neg;
    if (a->n == 0) {
        return float_new(neg ? -0.0 : 0.0);
    }
    size_t abits = bigint_bit_length(a->d, a->n), bbits = bigint_bit_length(b->d, b->n);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        double x = (double)ival_ull(a), y = (double)ival_ull(b);
        double r = x / y;
        return float_new(neg ? -r : r);
    }
    if (abits > bbits && abits - bbits > DBL_MAX_EXP) {
        rt_raise_msg(&type_OverflowError, "integer division result too large for a float");
    }
    if (bbits > abits && bbits - abits > (size_t)(DBL_MANT_DIG - DBL_MIN_EXP + 1)) {
        return float_new(neg ? -0.0 : 0.0);
    }
    long diff = (long)abits - (long)bbits;
    long shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    // x = a * 2**-shift
    obj_int_big_t *x;
    size_t xn;
    if (shift <= 0) {
        size_t s = (size_t)-shift;
        size_t ds = s / DIGIT_BITS;
        xn = a->n + ds + 1;
        x = big_new(xn);
        memset(x->d, 0, ds * sizeof(digit_t));
        x->d[ds + a->n] = bigint_shl(x->d + ds, a->d, a->n, s % DIGIT_BITS);
    } else {
        size_t s = (size_t)shift;
        size_t ds = s / DIGIT_BITS;
        xn = a->n - ds;
        x = big_new(xn);
        bigint_shr(x->d, a->d + ds, xn, s % DIGIT_BITS);
        inexact = bigint_low_bits_nonzero(a->d, a->n, s);
    }
    xn = bigint_norm(x->d, xn);
    // q = x // b, at most DBL_MANT_DIG + 3 bits.
    unsigned long long q;
    if (xn < b->n) {
        q = 0;
        inexact = true;
    } else {
        digit_t qd[MAX_C_DIGITS + 2];
        size_t qn = xn - b->n + 1;
        digit_t *rd = bigint_alloc(b->n * sizeof(digit_t));
        digit_t *qbuf = qn <= MAX_C_DIGITS + 2 ? qd : bigint_alloc(qn * sizeof(digit_t));
        bigint_divmod(qbuf, rd, x->d, xn, b->d, b->n);
        if (bigint_norm(rd, b->n) != 0) {
            inexact = true;
        }
        qn = bigint_norm(qbuf, qn);
        q = 0;
        for (size_t i = qn; i-- > 0;) {
            q = (q << (DIGIT_BITS % 64)) | qbuf[i];
        }
        bigint_free(rd);
        if (qbuf != qd) {
            bigint_free(qbuf);
        }
    }
    gc_free(x);
    int qbits = q == 0 ? 0 : 64 - __builtin_clzll(q);
    long keep_from = (qbits > DBL_MIN_EXP - shift) ? qbits : DBL_MIN_EXP - shift;
    int extra = (int)(keep_from - DBL_MANT_DIG);
    if (extra > 0) {
        unsigned long long unit = 1ULL << extra, half = unit >> 1;
        unsigned long long low = q & (unit - 1);
        q -= low;
        if (low > half || (low == half && (inexact || (q & unit)))) {
            q += unit;
        }
    }
    double r = ldexp((double)q, (int)shift);
    if (isinf(r)) {
        rt_raise_msg(&type_OverflowError, "integer division result too large for a float");
    }
    return float_new(neg ? -r : r);
}

// ---------------------------------------------------------------------------
// Powers
// ---------------------------------------------------------------------------

// a ** e for e >= 0 by squaring: multiply by a for each set bit of e from the top.
static obj_t ival_pow(const ival_t *a, uintptr_t e) {
    if (e == 0) {
        return OBJ_NEW_SMALL_INT(1);
    }
    if (a->n == 0) {
        return OBJ_NEW_SMALL_INT(0);
    }
    // A power of two is a shift.
    if (a->n >= 1 && bigint_norm(a->d, a->n - 1) == 0 && (a->d[a->n - 1] & (a->d[a->n - 1] - 1)) == 0) {
        size_t lg = bigint_bit_length(a->d, a->n) - 1;
        if (lg != 0 && e > SIZE_MAX / lg) {
            rt_raise_memory_error();
        }
        ival_t one;
        ival_of_ll(&one, (a->neg && (e & 1)) ? -1 : 1);
        return ival_lshift(&one, lg * e);
    }
    // The result has more than (bits - 1) * e bits.
    size_t bits = bigint_bit_length(a->d, a->n);
    if (e > (SIZE_MAX / 8) / bits) {
        rt_raise_memory_error();
    }
    check_room((bits - 1) * e / DIGIT_BITS);
    int top = (int)(sizeof(uintptr_t) * 8 - 1);
    while (!((e >> top) & 1)) {
        top--;
    }
    obj_t acc = ival_to_obj(a, a->neg);
    for (int i = top - 1; i >= 0; i--) {
        ival_t v;
        ival_of(&v, acc);
        obj_t sq = ival_mul(&v, &v);
        if (OBJ_IS_PTR(acc)) {
            gc_free(acc);
        }
        acc = sq;
        if ((e >> i) & 1) {
            ival_of(&v, acc);
            obj_t m = ival_mul(&v, a);
            if (OBJ_IS_PTR(acc)) {
                gc_free(acc);
            }
            acc = m;
        }
    }
    return acc;
}

// lhs ** rhs for ints: negative exponents go through float.
static obj_t int_power(obj_t lhs, obj_t rhs) {
    ival_t a, b;
    ival_of(&a, lhs);
    ival_of(&b, rhs);
    if (b.neg && b.n) {
        return float_pow(ival_to_double(&a), ival_to_double(&b));
    }
    if (b.n > MAX_C_DIGITS || ival_ull(&b) > UINTPTR_MAX) {
        // Only 0, 1 and -1 have representable huge powers.
        if (a.n == 0) {
            return OBJ_NEW_SMALL_INT(0);
        }
        if (a.n == 1 && a.d[0] == 1) {
            return OBJ_NEW_SMALL_INT(a.neg && (b.d[0] & 1) ? -1 : 1);
        }
        rt_raise_memory_error();
    }
    uintptr_t e = (uintptr_t)ival_ull(&b);
    if (OBJ_IS_SMALL_INT(lhs)) {
        // Stay in machine words while the result fits.
        intptr_t base = OBJ_SMALL_INT_VALUE(lhs), r = 1;
        uintptr_t k = e;
        bool ok = true;
        while (k != 0) {
            if (k & 1) {
                if (__builtin_mul_overflow(r, base, &r)) {
                    ok = false;
                    break;
                }
            }
            k >>= 1;
            if (k != 0 && __builtin_mul_overflow(base, base, &base)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            return int_from_intptr(r);
        }
    }
    return ival_pow(&a, e);
}

// ---------------------------------------------------------------------------
// pow(base, exp, mod)
// ---------------------------------------------------------------------------

static obj_t iop(binary_op_t o, obj_t a, obj_t b) {
    return int_binary_op(o, a, b);
}

// The inverse of [a] modulo [m] > 0 by the extended Euclidean algorithm.
static obj_t mod_inverse(obj_t a, obj_t m) {
    obj_t old_r = iop(BINARY_OP_MODULO, a, m), r = m;
    obj_t old_s = OBJ_NEW_SMALL_INT(1), s = OBJ_NEW_SMALL_INT(0);
    while (int_sign(r) != 0) {
        obj_t qr = iop(BINARY_OP_DIVMOD, old_r, r);
        obj_t q = ((obj_tuple_t *)qr)->items[0];
        obj_t nr = ((obj_tuple_t *)qr)->items[1];
        old_r = r;
        r = nr;
        obj_t ns = iop(BINARY_OP_SUBTRACT, old_s, iop(BINARY_OP_MULTIPLY, q, s));
        old_s = s;
        s = ns;
    }
    if (old_r != OBJ_NEW_SMALL_INT(1)) {
        rt_raise_msg(&type_ValueError, "base is not invertible for the given modulus");
    }
    return iop(BINARY_OP_MODULO, old_s, m);
}

obj_t int_pow_mod(obj_t base, obj_t exp, obj_t mod) {
    if (!int_is_intlike(base) || !int_is_intlike(exp) || !int_is_intlike(mod)) {
        rt_raise_msg(&type_TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers");
    }
    int msign = int_sign(mod);
    if (msign == 0) {
        rt_raise_msg(&type_ValueError, "pow() 3rd argument cannot be 0");
    }
    obj_t m = msign < 0 ? iop(BINARY_OP_SUBTRACT, OBJ_NEW_SMALL_INT(0), mod) : mod;
    if (int_sign(exp) < 0) {
        base = mod_inverse(base, m);
        exp = iop(BINARY_OP_SUBTRACT, OBJ_NEW_SMALL_INT(0), exp);
    }
    obj_t b = iop(BINARY_OP_MODULO, base, m);
    obj_t result;
    intptr_t mv, bv;
    if (int_to_intptr(m, &mv) && (uint64_t)mv <= 0xffffffffu && int_to_intptr(b, &bv)) {
        // Small modulus: products fit 64 bits.
        uint64_t mm = (uint64_t)mv, acc = 1 % mm, bb = (uint64_t)bv;
        ival_t e;
        ival_of(&e, exp);
        for (size_t i = 0; i < e.n; i++) {
            digit_t d = e.d[i];
            for (int k = 0; k < DIGIT_BITS; k++) {
                if (i == e.n - 1 && d == 0) {
                    break;
                }
                if (d & 1) {
                    acc = acc * bb % mm;
                }
                d >>= 1;
                bb = bb * bb % mm;
            }
        }
        result = int_from_ull(acc);
    } else {
        // Right to left over the exponent's bits, reducing after each product.
        obj_t acc = iop(BINARY_OP_MODULO, OBJ_NEW_SMALL_INT(1), m);
        ival_t e;
        ival_of(&e, exp);
        size_t nbits = bigint_bit_length(e.d, e.n);
        for (size_t i = 0; i < nbits; i++) {
            if ((e.d[i / DIGIT_BITS] >> (i % DIGIT_BITS)) & 1) {
                acc = iop(BINARY_OP_MODULO, iop(BINARY_OP_MULTIPLY, acc, b), m);
            }
            if (i + 1 < nbits) {
                b = iop(BINARY_OP_MODULO, iop(BINARY_OP_MULTIPLY, b, b), m);
            }
        }
        result = acc;
    }
    if (msign < 0 && int_sign(result) != 0) {
        result = iop(BINARY_OP_ADD, result, mod);
    }
    return result;
}

// ---------------------------------------------------------------------------
// Hashing: the value modulo the prime 2**61 - 1 (2**31 - 1 on 32-bit
// machines), as CPython, so that equal ints and floats hash alike.
// ---------------------------------------------------------------------------

#define HASH_BITS (sizeof(intptr_t) == 8 ? 61 : 31)
#define HASH_MOD ((((uint64_t)1) << HASH_BITS) - 1)

intptr_t int_hash(obj_t o) {
    ival_t v;
    ival_of(&v, o);
    uint64_t h = 0;
    unsigned k = DIGIT_BITS % HASH_BITS;
    for (size_t i = v.n; i-- > 0;) {
        // h = h * 2**32 + digit (mod P); multiplying by a power of two mod a
        // Mersenne prime is a rotation.
        h = ((h << k) & HASH_MOD) | (h >> (HASH_BITS - k));
        h += v.d[i];
        h %= HASH_MOD;
    }
    intptr_t r = (intptr_t)h;
    if (v.neg) {
        r = -r;
    }
    return r == -1 ? -2 : r;
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

NORETURN static void raise_str_limit(void) {
    rt_raise_fmt(&type_ValueError,
        "Exceeds the limit (%u digits) for integer string conversion; "
        "use sys.set_int_max_str_digits() to increase the limit",
        (unsigned)int_max_str_digits);
}

void int_print_base(const print_t *p, obj_t o, int base, const char *prefix, bool upper) {
    if (OBJ_IS_SMALL_INT(o) || o == OBJ_TRUE || o == OBJ_FALSE) {
        intptr_t v = OBJ_IS_SMALL_INT(o) ? OBJ_SMALL_INT_VALUE(o) : o == OBJ_TRUE;
        char buf[80];
        char *end = buf + sizeof(buf), *s = end;
        uintptr_t u = v < 0 ? 0 - (uintptr_t)v : (uintptr_t)v;
        const char *alpha = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                  : "0123456789abcdefghijklmnopqrstuvwxyz";
        do {
            *--s = alpha[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u != 0);
        if (prefix != NULL) {
            size_t pl = strlen(prefix);
            s -= pl;
            memcpy(s, prefix, pl);
        }
        if (v < 0) {
            *--s = '-';
        }
        print_strn(p, s, (size_t)(end - s));
        return;
    }
    ival_t v;
    ival_of(&v, o);
    bool limited = (base & (base - 1)) != 0 && int_max_str_digits > 0;
    if (limited) {
        // More than limit * log2(10) bits certainly means too many digits.
        size_t bits = bigint_bit_length(v.d, v.n);
        if ((double)(bits - 1) * 0.30102999566398119521 >= (double)int_max_str_digits) {
            raise_str_limit();
        }
    }
    size_t size = bigint_str_size(v.n, base);
    char *buf = bigint_alloc(size);
    size_t len = bigint_to_str(buf, size, v.d, v.n, base, upper);
    if (limited && len > int_max_str_digits) {
        raise_str_limit();
    }
    if (v.neg) {
        print_strn(p, "-", 1);
    }
    if (prefix != NULL) {
        print_str(p, prefix);
    }
    print_strn(p, buf + size - len, len);
    bigint_free(buf);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    return 99;
}

// Parses an int as int() does; OBJ_NULL when the text is not a valid literal
// (the caller raises with the original object's repr).
static obj_t parse_int(const char *s, size_t len, int base, bool unicode) {
    if (unicode) {
        s = num_ascii(s, &len);
    }
    const char *p = s, *end = s + len;
    num_strip(&p, &end, unicode);
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    bool after_prefix = false;
    bool decimal_zero_rule = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            after_prefix = true;
        }
    }
    if (base == 0) {
        base = 10;
        decimal_zero_rule = true;
    }
    size_t n_chars = (size_t)(end - p);
    uint8_t small[64];
    uint8_t *vals = n_chars <= sizeof(small) ? small : bigint_alloc(n_chars);
    size_t n = 0;
    bool last_digit = after_prefix; // an underscore may follow a digit or the prefix
    for (; p < end; p++) {
        if (*p == '_') {
            if (!last_digit) {
                return OBJ_NULL;
            }
            last_digit = false;
            continue;
        }
        int d = digit_value(*p);
        if (d >= base) {
            return OBJ_NULL;
        }
        vals[n++] = (uint8_t)d;
        last_digit = true;
    }
    if (n == 0 || !last_digit) {
        return OBJ_NULL;
    }
    if (decimal_zero_rule && vals[0] == 0) {
        // "010" is not a literal; "000" is.
        for (size_t i = 1; i < n; i++) {
            if (vals[i] != 0) {
                return OBJ_NULL;
            }
        }
    }
    if ((base & (base - 1)) != 0 && int_max_str_digits > 0 && n > int_max_str_digits) {
        rt_raise_fmt(&type_ValueError,
            "Exceeds the limit (%u digits) for integer string conversion: value has %u digits; "
            "use sys.set_int_max_str_digits() to increase the limit",
            (unsigned)int_max_str_digits, (unsigned)n);
    }
    if (n <= 12) {
        unsigned long long u = 0;
        for (size_t i = 0; i < n; i++) {
            u = u * (unsigned)base + vals[i];
        }
        return from_ull(u, neg);
    }
    size_t rn = bigint_from_values_size(n, base);
    obj_int_big_t *o = big_new(rn);
    size_t got = bigint_from_values(o->d, vals, n, base);
    if (vals != small) {
        bigint_free(vals);
    }
    return big_finish(o, got, neg);
}

NORETURN static void raise_bad_literal(int base, obj_t text) {
    rt_raise_fmt(&type_ValueError, "invalid literal for int() with base %d: %R", base, text);
}

obj_t int_from_str(const char *s, size_t len, int base) {
    obj_t r = parse_int(s, len, base, true);
    if (r == OBJ_NULL) {
        raise_bad_literal(base, str_new(s, len));
    }
    return r;
}

// ---------------------------------------------------------------------------
// The type's slots
// ---------------------------------------------------------------------------

static void int_print(const print_t *p, obj_t o, print_kind_t kind) {
    (void)kind;
    int_print_base(p, o, 10, NULL, false);
}

// int(x, base) for text [x] given as str, bytes or a buffer; OBJ_NULL when x is not text.
static obj_t int_from_text(obj_t x, int base) {
    const char *s;
    size_t len;
    obj_t orig = x;
    x = type_native_of(x); // a str or bytes subclass instance reads as its text
    if (obj_is_str(x) || (OBJ_IS_PTR(x) && obj_type_of(x) == &type_bytes)) {
        s = str_data(x, &len);
    } else if (OBJ_IS_PTR(x) && obj_type_of(x)->get_buffer != NULL) {
        buffer_info_t info;
        if (!obj_type_of(x)->get_buffer(x, &info, BUFFER_READ)) {
            return OBJ_NULL;
        }
        s = info.buf;
        len = info.len;
    } else {
        return OBJ_NULL;
    }
    obj_t r = parse_int(s, len, base, obj_is_str(x));
    if (r == OBJ_NULL) {
        raise_bad_literal(base, orig);
    }
    return r;
}

static obj_t int_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    (void)type;
    obj_t x = n_args > 0 ? args[0] : OBJ_NULL;
    obj_t base_obj = n_args > 1 ? args[1] : OBJ_NULL;
    if (n_args > 2) {
        rt_raise_fmt(&type_TypeError, "int() takes at most 2 arguments (%u given)",
            (unsigned)(n_args + n_kw));
    }
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = args[n_args + 2 * i];
        if (obj_is_str(key) && str_to_qstr(key) == QSTR_base && base_obj == OBJ_NULL) {
            base_obj = args[n_args + 2 * i + 1];
        } else {
            rt_raise_fmt(&type_TypeError, "'%S' is an invalid keyword argument for int()", key);
        }
    }
    if (x == OBJ_NULL) {
        if (base_obj != OBJ_NULL) {
            rt_raise_msg(&type_TypeError, "int() missing string argument");
        }
        return OBJ_NEW_SMALL_INT(0);
    }
    if (base_obj != OBJ_NULL) {
        intptr_t base = rt_get_int(base_obj);
        if (base != 0 && (base < 2 || base > 36)) {
            rt_raise_msg(&type_ValueError, "int() base must be >= 2 and <= 36, or 0");
        }
        obj_t r = int_from_text(x, (int)base);
        if (r == OBJ_NULL) {
            rt_raise_msg(&type_TypeError, "int() can't convert non-string with explicit base");
        }
        return r;
    }
    if (OBJ_IS_SMALL_INT(x) || obj_type_of(x) == &type_int) {
        return x;
    }
    if (x == OBJ_TRUE || x == OBJ_FALSE) {
        return OBJ_NEW_SMALL_INT(x == OBJ_TRUE);
    }
    if (float_is_float(x)) {
        return int_from_double(float_value(x));
    }
    obj_t r = int_from_text(x, 10);
    if (r != OBJ_NULL) {
        return r;
    }
    r = rt_unary_op(UNARY_OP_INT, x);
    if (!obj_is_int(r)) {
        if (r == OBJ_TRUE || r == OBJ_FALSE) {
            return OBJ_NEW_SMALL_INT(r == OBJ_TRUE);
        }
        rt_raise_fmt(&type_TypeError, "__int__ returned non-int (type %T)", r);
    }
    return r;
}

obj_t int_unary_op(unary_op_t uop, obj_t o) {
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        if (uop == UNARY_OP_BOOL) {
            return o;
        }
        o = OBJ_NEW_SMALL_INT(o == OBJ_TRUE);
    }
    if (OBJ_IS_SMALL_INT(o)) {
        intptr_t v = OBJ_SMALL_INT_VALUE(o);
        switch (uop) {
            case UNARY_OP_POSITIVE:
            case UNARY_OP_INT:
                return o;
            case UNARY_OP_NEGATIVE:
                return int_from_intptr(-v);
            case UNARY_OP_INVERT:
                return OBJ_NEW_SMALL_INT(~v);
            case UNARY_OP_ABS:
                return int_from_intptr(v < 0 ? -v : v);
            case UNARY_OP_BOOL:
                return obj_bool(v != 0);
            case UNARY_OP_HASH:
                return int_from_intptr(int_hash(o));
            case UNARY_OP_FLOAT:
                return float_new((double)v);
            default:
                return OBJ_NULL;
        }
    }
    ival_t v;
    ival_of(&v, o);
    switch (uop) {
        case UNARY_OP_POSITIVE:
        case UNARY_OP_INT:
            return o;
        case UNARY_OP_NEGATIVE:
            return ival_neg(&v);
        case UNARY_OP_INVERT: {
            // ~x == -(x + 1)
            ival_t one;
            ival_of_ll(&one, 1);
            obj_t t = ival_add(&v, &one, false);
            ival_t tv;
            ival_of(&tv, t);
            return ival_neg(&tv);
        }
        case UNARY_OP_ABS:
            return v.neg ? ival_neg(&v) : o;
        case UNARY_OP_BOOL:
            return obj_bool(v.n != 0);
        case UNARY_OP_HASH:
            return int_from_intptr(int_hash(o));
        case UNARY_OP_FLOAT:
            return float_new(ival_to_double(&v));
        default:
            return OBJ_NULL;
    }
}

// Shift count from [rhs] (an int-like); ValueError when negative. Counts that
// do not fit a size_t come back as SIZE_MAX.
static size_t shift_count(obj_t rhs) {
    ival_t b;
    ival_of(&b, rhs);
    if (b.neg && b.n) {
        rt_raise_msg(&type_ValueError, "negative shift count");
    }
    if (b.n > MAX_C_DIGITS || ival_ull(&b) > SIZE_MAX) {
        return SIZE_MAX;
    }
    return (size_t)ival_ull(&b);
}

// Whether [v] converts to a double exactly (always true for 32-bit small ints).
static bool exact_in_double(long long v) {
    return v <= (1LL << DBL_MANT_DIG) && v >= -(1LL << DBL_MANT_DIG);
}

obj_t int_small_binary_op(binary_op_t bop, intptr_t a, intptr_t b) {
    switch (bop) {
        case BINARY_OP_ADD:
            return int_from_intptr(a + b);
        case BINARY_OP_SUBTRACT:
            return int_from_intptr(a - b);
        case BINARY_OP_MULTIPLY: {
            intptr_t r;
            if (!__builtin_mul_overflow(a, b, &r)) {
                return int_from_intptr(r);
            }
            return OBJ_NULL;
        }
        case BINARY_OP_FLOOR_DIVIDE:
        case BINARY_OP_MODULO:
        case BINARY_OP_DIVMOD: {
            if (b == 0) {
                raise_zero_division(bop == BINARY_OP_MODULO ? "integer modulo by zero"
                                                            : "integer division or modulo by zero");
            }
            intptr_t q = a / b, m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) {
                q--;
                m += b;
            }
            if (bop == BINARY_OP_FLOOR_DIVIDE) {
                return int_from_intptr(q);
            }
            if (bop == BINARY_OP_MODULO) {
                return OBJ_NEW_SMALL_INT(m);
            }
            obj_t items[2] = {int_from_intptr(q), OBJ_NEW_SMALL_INT(m)};
            return tuple_new(2, items);
        }
        case BINARY_OP_TRUE_DIVIDE: {
            if (b == 0) {
                raise_zero_division("division by zero");
            }
            if (exact_in_double(a) && exact_in_double(b)) {
                return float_new((double)a / (double)b);
            }
            return OBJ_NULL;
        }
        case BINARY_OP_AND:
            return OBJ_NEW_SMALL_INT(a & b);
        case BINARY_OP_OR:
            return OBJ_NEW_SMALL_INT(a | b);
        case BINARY_OP_XOR:
            return OBJ_NEW_SMALL_INT(a ^ b);
        case BINARY_OP_LSHIFT:
            if (b < 0) {
                rt_raise_msg(&type_ValueError, "negative shift count");
            }
            if (b < (intptr_t)(sizeof(intptr_t) * 8 - 2)) {
                intptr_t lim = SMALL_INT_MAX >> b;
                if (a <= lim && a >= -lim) {
                    return OBJ_NEW_SMALL_INT((intptr_t)((uintptr_t)a << b));
                }
            }
            if (a == 0) {
                return OBJ_NEW_SMALL_INT(0);
            }
            return OBJ_NULL;
        case BINARY_OP_RSHIFT:
            if (b < 0) {
                rt_raise_msg(&type_ValueError, "negative shift count");
            }
            if (b >= (intptr_t)(sizeof(intptr_t) * 8)) {
                return OBJ_NEW_SMALL_INT(a < 0 ? -1 : 0);
            }
            return OBJ_NEW_SMALL_INT(a >= 0 ? a >> b : ~(~a >> b));
        case BINARY_OP_LESS:
            return obj_bool(a < b);
        case BINARY_OP_MORE:
            return obj_bool(a > b);
        case BINARY_OP_EQUAL:
            return obj_bool(a == b);
        case BINARY_OP_LESS_EQUAL:
            return obj_bool(a <= b);
        case BINARY_OP_MORE_EQUAL:
            return obj_bool(a >= b);
        case BINARY_OP_NOT_EQUAL:
            return obj_bool(a != b);
        default:
            return OBJ_NULL;
    }
}

static bool small_or_bool(obj_t o, intptr_t *v) {
    if (OBJ_IS_SMALL_INT(o)) {
        *v = OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        *v = o == OBJ_TRUE;
        return true;
    }
    return false;
}

obj_t int_binary_op(binary_op_t bop, obj_t lhs, obj_t rhs) {
    if (!int_is_intlike(lhs) || !int_is_intlike(rhs)) {
        // Floats and complex numbers handle an int on either side in their slots.
        return OBJ_NULL;
    }
    if (bop < BINARY_OP_OR) {
        bop += BINARY_OP_INPLACE_DELTA;
    }
    intptr_t x, y;
    if (small_or_bool(lhs, &x) && small_or_bool(rhs, &y)) {
        obj_t r = int_small_binary_op(bop, x, y);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    ival_t a, b;
    ival_of(&a, lhs);
    ival_of(&b, rhs);
    switch (bop) {
        case BINARY_OP_ADD:
            return ival_add(&a, &b, false);
        case BINARY_OP_SUBTRACT:
            return ival_add(&a, &b, true);
        case BINARY_OP_MULTIPLY:
            return ival_mul(&a, &b);
        case BINARY_OP_FLOOR_DIVIDE:
        case BINARY_OP_MODULO:
        case BINARY_OP_DIVMOD: {
            if (b.n == 0) {
                raise_zero_division(bop == BINARY_OP_MODULO ? "integer modulo by zero"
                                                            : "integer division or modulo by zero");
            }
            obj_t q, r;
            ival_divmod(&a, &b, bop == BINARY_OP_MODULO ? NULL : &q,
                bop == BINARY_OP_FLOOR_DIVIDE ? NULL : &r);
            if (bop == BINARY_OP_FLOOR_DIVIDE) {
                return q;
            }
            if (bop == BINARY_OP_MODULO) {
                return r;
            }
            obj_t items[2] = {q, r};
            return tuple_new(2, items);
        }
        case BINARY_OP_TRUE_DIVIDE:
            return ival_truediv(&a, &b);
        case BINARY_OP_POWER:
            return int_power(lhs, rhs);
        case BINARY_OP_LSHIFT: {
            size_t s = shift_count(rhs);
            if (a.n == 0) {
                return OBJ_NEW_SMALL_INT(0);
            }
            if (s > SIZE_MAX / 2) {
                // As CPython's 64-bit build: a count whose result has fewer
                // than about 2**61 of its 30-bit digits is a size it tries to
                // allocate (MemoryError), a larger one overflows.
                obj_t limit = rt_binary_op(BINARY_OP_MULTIPLY, int_from_ll(INT64_MAX / 4),
                    OBJ_NEW_SMALL_INT(30));
                if (int_compare(rhs, limit) > 0) {
                    rt_raise_msg(&type_OverflowError, "too many digits in integer");
                }
                rt_raise_memory_error();
            }
            return ival_lshift(&a, s);
        }
        case BINARY_OP_RSHIFT:
            return ival_rshift(&a, shift_count(rhs));
        case BINARY_OP_AND:
        case BINARY_OP_OR:
        case BINARY_OP_XOR:
            return ival_bitop(bop, &a, &b);
        case BINARY_OP_LESS:
            return obj_bool(ival_cmp(&a, &b) < 0);
        case BINARY_OP_MORE:
            return obj_bool(ival_cmp(&a, &b) > 0);
        case BINARY_OP_EQUAL:
            return obj_bool(ival_cmp(&a, &b) == 0);
        case BINARY_OP_LESS_EQUAL:
            return obj_bool(ival_cmp(&a, &b) <= 0);
        case BINARY_OP_MORE_EQUAL:
            return obj_bool(ival_cmp(&a, &b) >= 0);
        case BINARY_OP_NOT_EQUAL:
            return obj_bool(ival_cmp(&a, &b) != 0);
        default:
            return OBJ_NULL;
    }
}

int int_compare_double(obj_t i, double d) {
    if (isnan(d)) {
        return 2;
    }
    if (isinf(d)) {
        return d > 0 ? -1 : 1;
    }
    intptr_t sv;
    if (small_or_bool(i, &sv) && exact_in_double(sv)) {
        double x = (double)sv;
        return (x > d) - (x < d);
    }
    ival_t v;
    ival_of(&v, i);
    int isign = v.n == 0 ? 0 : v.neg ? -1 : 1;
    int dsign = (d > 0) - (d < 0);
    if (isign != dsign) {
        return isign < dsign ? -1 : 1;
    }
    if (isign == 0) {
        return 0;
    }
    // Same sign: compare magnitudes, by bit length first.
    double ad = fabs(d);
    int e;
    frexp(ad, &e); // ad in [2**(e-1), 2**e)
    long ibits = (long)bigint_bit_length(v.d, v.n);
    int c;
    if (ibits != e) {
        c = ibits < e ? -1 : 1;
    } else {
        double fl = floor(ad);
        obj_t fi = int_from_double(fl);
        ival_t f;
        ival_of(&f, fi);
        c = bigint_cmp(v.d, v.n, f.d, f.n);
        if (c == 0 && ad > fl) {
            c = -1;
        }
    }
    return isign > 0 ? c : -c;
}

void int_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (self == OBJ_TRUE || self == OBJ_FALSE) {
        self = OBJ_NEW_SMALL_INT(self == OBJ_TRUE);
    }
    switch (attr) {
        case QSTR_real:
        case QSTR_numerator:
            dest[0] = self;
            break;
        case QSTR_imag:
            dest[0] = OBJ_NEW_SMALL_INT(0);
            break;
        case QSTR_denominator:
            dest[0] = OBJ_NEW_SMALL_INT(1);
            break;
        default:
            break;
    }
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t as_int(obj_t self) {
    if (self == OBJ_TRUE || self == OBJ_FALSE) {
        return OBJ_NEW_SMALL_INT(self == OBJ_TRUE);
    }
    return self;
}

size_t int_bits(obj_t o) {
    ival_t v;
    ival_of(&v, o);
    return bigint_bit_length(v.d, v.n);
}

static obj_t int_bit_length(obj_t self) {
    return int_from_uintptr(int_bits(self));
}
static BUILTIN_FN_1(int_bit_length_obj, QSTR_bit_length, int_bit_length);

static obj_t int_bit_count(obj_t self) {
    ival_t v;
    ival_of(&v, self);
    size_t c = 0;
    for (size_t i = 0; i < v.n; i++) {
        c += (size_t)__builtin_popcount(v.d[i]);
    }
    return int_from_uintptr(c);
}
static BUILTIN_FN_1(int_bit_count_obj, QSTR_bit_count, int_bit_count);

static obj_t int_conjugate(obj_t self) {
    return as_int(self);
}
static BUILTIN_FN_1(int_conjugate_obj, QSTR_conjugate, int_conjugate);

static obj_t int_as_integer_ratio(obj_t self) {
    obj_t items[2] = {as_int(self), OBJ_NEW_SMALL_INT(1)};
    return tuple_new(2, items);
}
static BUILTIN_FN_1(int_as_integer_ratio_obj, QSTR_as_integer_ratio, int_as_integer_ratio);

static obj_t int_index(obj_t self) {
    return as_int(self);
}
static BUILTIN_FN_1(int_index_obj, QSTR___index__, int_index);

// Whether [byteorder] is "little" (true) or "big" (false); ValueError otherwise.
static bool little_endian(obj_t byteorder) {
    if (!obj_is_str(byteorder)) {
        rt_raise_fmt(&type_TypeError, "to_bytes() argument 'byteorder' must be str, not %T",
            byteorder);
    }
    size_t len;
    const char *s = str_data(byteorder, &len);
    if (len == 6 && memcmp(s, "little", 6) == 0) {
        return true;
    }
    if (len == 3 && memcmp(s, "big", 3) == 0) {
        return false;
    }
    rt_raise_msg(&type_ValueError, "byteorder must be either 'little' or 'big'");
}

// Byte [i] (little-endian numbering) of the magnitude [v].
static uint8_t mag_byte(const ival_t *v, size_t i) {
    size_t di = i / sizeof(digit_t);
    if (di >= v->n) {
        return 0;
    }
    return (uint8_t)(v->d[di] >> (8 * (i % sizeof(digit_t))));
}

static obj_t int_to_bytes(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_self, ARG_REQUIRED, OBJ_NULL},
        {QSTR_length, 0, OBJ_NEW_SMALL_INT(1)},
        {QSTR_byteorder, 0, OBJ_NEW_QSTR(QSTR_big)},
        {QSTR_signed, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t a[4];
    rt_parse_args(n_args, args, n_kw, kw, 4, spec, a, QSTR_to_bytes);
    intptr_t length = rt_get_int(a[1]);
    if (length < 0) {
        rt_raise_msg(&type_ValueError, "length argument must be non-negative");
    }
    bool little = little_endian(a[2]);
    bool is_signed = rt_is_true(a[3]);
    ival_t v;
    ival_of(&v, a[0]);
    bool neg = v.neg && v.n;
    if (neg && !is_signed) {
        rt_raise_msg(&type_OverflowError, "can't convert negative int to unsigned");
    }
    size_t bits = bigint_bit_length(v.d, v.n);
    size_t avail = (size_t)length * 8;
    bool fits;
    if (!is_signed) {
        fits = bits <= avail;
    } else if (!neg) {
        fits = bits < avail || bits == 0;
    } else {
        // -2**(8L-1) is the smallest: |x| - 1 must fit 8L - 1 bits.
        bool pow2 = bigint_norm(v.d, v.n - 1) == 0 && (v.d[v.n - 1] & (v.d[v.n - 1] - 1)) == 0;
        fits = (pow2 ? bits - 1 : bits) < avail;
    }
    if (!fits) {
        rt_raise_msg(&type_OverflowError, "int too big to convert");
    }
    uint8_t small[64];
    uint8_t *buf = (size_t)length <= sizeof(small) ? small : bigint_alloc((size_t)length);
    unsigned carry = 1;
    for (size_t i = 0; i < (size_t)length; i++) {
        unsigned b = mag_byte(&v, i);
        if (neg) {
            b = (~b & 0xffu) + carry;
            carry = b >> 8;
            b &= 0xffu;
        }
        buf[little ? i : (size_t)length - 1 - i] = (uint8_t)b;
    }
    obj_t r = bytes_new(buf, (size_t)length);
    if (buf != small) {
        bigint_free(buf);
    }
    return r;
}
static BUILTIN_FN_KW(int_to_bytes_obj, QSTR_to_bytes, 1, 3, int_to_bytes);

static obj_t int_from_bytes(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_cls, ARG_REQUIRED, OBJ_NULL},
        {QSTR_bytes, ARG_REQUIRED, OBJ_NULL},
        {QSTR_byteorder, 0, OBJ_NEW_QSTR(QSTR_big)},
        {QSTR_signed, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t a[4];
    rt_parse_args(n_args, args, n_kw, kw, 4, spec, a, QSTR_from_bytes);
    bool little = little_endian(a[2]);
    bool is_signed = rt_is_true(a[3]);
    obj_t src = a[1];
    const uint8_t *data;
    size_t len;
    vstr_t collected;
    const obj_type_t *st = obj_type_of(src);
    buffer_info_t info;
    if (obj_is_str(src)) {
        rt_raise_msg(&type_TypeError, "cannot convert 'str' object to bytes");
    }
    if (st == &type_bytes) {
        data = (const uint8_t *)str_data(src, &len);
    } else if (st->get_buffer != NULL && st->get_buffer(src, &info, BUFFER_READ)) {
        data = info.buf;
        len = info.len;
    } else {
        // Any iterable of ints in range(256).
        vstr_init(&collected, 16);
        obj_t it = rt_getiter(src);
        obj_t item;
        while ((item = rt_iternext(it)) != OBJ_NULL) {
            intptr_t b = rt_get_int(item);
            if (b < 0 || b > 255) {
                rt_raise_msg(&type_ValueError, "bytes must be in range(0, 256)");
            }
            vstr_add_byte(&collected, (char)b);
        }
        data = (const uint8_t *)collected.buf;
        len = collected.len;
    }
    size_t nd = (len + sizeof(digit_t) - 1) / sizeof(digit_t) + 1;
    obj_int_big_t *o = big_new(nd);
    memset(o->d, 0, nd * sizeof(digit_t));
    bool neg = false;
    if (len > 0 && is_signed) {
        neg = (data[little ? len - 1 : 0] & 0x80) != 0;
    }
    unsigned carry = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned b = data[little ? i : len - 1 - i];
        if (neg) {
            // The magnitude of a negative two's complement number: invert, add one.
            b = (~b & 0xffu) + carry;
            carry = b >> 8;
            b &= 0xffu;
        }
        o->d[i / sizeof(digit_t)] |= (digit_t)b << (8 * (i % sizeof(digit_t)));
    }
    obj_t r = big_finish(o, nd, neg);
    if (a[0] != (obj_t)&type_int) {
        r = rt_call1(a[0], r);
    }
    return r;
}
static BUILTIN_FN_KW(int_from_bytes_fn_obj, QSTR_from_bytes, 2, 3, int_from_bytes);
static const obj_method_wrapper_t int_from_bytes_obj = {{&type_classmethod},
    (obj_t)&int_from_bytes_fn_obj};

static const dict_entry_t int_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_bit_length), (obj_t)&int_bit_length_obj},
    {OBJ_NEW_QSTR(QSTR_bit_count), (obj_t)&int_bit_count_obj},
    {OBJ_NEW_QSTR(QSTR_to_bytes), (obj_t)&int_to_bytes_obj},
    {OBJ_NEW_QSTR(QSTR_from_bytes), (obj_t)&int_from_bytes_obj},
    {OBJ_NEW_QSTR(QSTR_conjugate), (obj_t)&int_conjugate_obj},
    {OBJ_NEW_QSTR(QSTR_as_integer_ratio), (obj_t)&int_as_integer_ratio_obj},
    {OBJ_NEW_QSTR(QSTR___index__), (obj_t)&int_index_obj},
};
static DICT_ROM(int_locals_dict, int_locals_table);

const obj_type_t type_int = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_int,
    .print = int_print,
    .make_new = int_make_new,
    .unary_op = int_unary_op,
    .binary_op = int_binary_op,
    .attr = int_attr,
    .parent = &type_object,
    .locals_dict = (obj_dict_t *)&int_locals_dict,
};
