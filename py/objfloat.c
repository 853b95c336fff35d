// The float type: IEEE doubles with CPython's repr, parsing, formatting,
// hashing, rounding and arithmetic rules (mixed with ints on either side).
// SPDX-License-Identifier: MIT
//
// Decimal conversion leans on the C library, whose strtod and printf are
// correctly rounded (glibc on the host, newlib on the Pi): repr() looks for
// the shortest "%.Ne" string that strtod reads back to the same double, and
// parsing validates Python's syntax itself before handing a cleaned copy
// (underscores removed) to strtod.

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/unicode.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/vstr.h"

obj_t float_new(double v) {
    obj_float_t *o = rt_alloc_flags(sizeof(obj_float_t), GC_ALLOC_NOSCAN);
    o->base.type = &type_float;
    o->value = v;
    return o;
}

NORETURN void float_raise_range_error(void) {
    obj_t args[2] = {OBJ_NEW_SMALL_INT(34), str_from_cstr("Numerical result out of range")};
    rt_raise(exc_new(&type_OverflowError, 2, args));
}

// ---------------------------------------------------------------------------
// repr: shortest round-tripping digits
// ---------------------------------------------------------------------------

// Splits printf's "%.Ne" output [s] into its digits (no point) and the
// decimal exponent of the first digit; returns the number of digits.
static int split_e(const char *s, char *digits, int *exp10) {
    int n = 0;
    if (*s == '-') {
        s++;
    }
    for (; *s != 'e'; s++) {
        if (*s != '.') {
            digits[n++] = *s;
        }
    }
    *exp10 = (int)strtol(s + 1, NULL, 10);
    return n;
}

static int strip_zeros(const char *digits, int n) {
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    return n;
}

// Whether the [n] digits with exponent [exp10] read back as [v].
static bool digits_round_trip(const char *digits, int n, int exp10, double v) {
    char buf[48];
    int k = 0;
    buf[k++] = digits[0];
    buf[k++] = '.';
    for (int i = 1; i < n; i++) {
        buf[k++] = digits[i];
    }
    snprintf(buf + k, sizeof(buf) - (size_t)k, "e%d", exp10);
    return strtod(buf, NULL) == v;
}

// The shortest digits that read back as [v] (finite, > 0): stored in
// [digits] (at least 20 chars), count returned, exponent of the first digit
// in *exp10. Among equally short candidates the nearest to v wins, as in
// CPython (David Gay's algorithm, mode 0).
static int shortest_digits(double v, char *digits, int *exp10) {
    char buf[40];
    if (v < DBL_MIN) {
        // Subnormal: few significant bits, so short strings may round-trip
        // even though they are not the nearest 15-digit value.
        for (int p = 1; p < 17; p++) {
            snprintf(buf, sizeof(buf), "%.*e", p - 1, v);
            if (strtod(buf, NULL) == v) {
                return strip_zeros(digits, split_e(buf, digits, exp10));
            }
        }
    } else {
        // A normal double has room for at most one 15-digit decimal in its
        // rounding interval; if the nearest one is in it, it is the shortest
        // string once its trailing zeros are dropped.
        snprintf(buf, sizeof(buf), "%.14e", v);
        if (strtod(buf, NULL) == v) {
            return strip_zeros(digits, split_e(buf, digits, exp10));
        }
        snprintf(buf, sizeof(buf), "%.15e", v);
        if (strtod(buf, NULL) == v) {
            return strip_zeros(digits, split_e(buf, digits, exp10));
        }
        // At a power of two the interval is lopsided: the nearest 16-digit
        // value may fall outside while its neighbour on the wide side is in.
        int n = split_e(buf, digits, exp10);
        for (int delta = 1; delta >= -1; delta -= 2) {
            char d[20];
            memcpy(d, digits, (size_t)n);
            int e = *exp10, m = n;
            int i = n - 1;
            if (delta > 0) {
                while (i >= 0 && d[i] == '9') {
                    d[i--] = '0';
                }
                if (i < 0) {
                    d[0] = '1';
                    e++;
                } else {
                    d[i]++;
                }
            } else {
                while (i >= 0 && d[i] == '0') {
                    d[i--] = '9';
                }
                if (i < 0) {
                    continue; // all zeros: impossible, the first digit is not 0
                }
                d[i]--;
                if (d[0] == '0') {
                    memmove(d, d + 1, (size_t)--m);
                    e--;
                }
            }
            if (digits_round_trip(d, m, e, v)) {
                memcpy(digits, d, (size_t)m);
                *exp10 = e;
                return strip_zeros(digits, m);
            }
        }
    }
    snprintf(buf, sizeof(buf), "%.16e", v);
    return strip_zeros(digits, split_e(buf, digits, exp10));
}

size_t float_repr_buf(char *buf, double v, bool add_dot_0) {
    char *p = buf;
    if (isnan(v)) {
        memcpy(buf, "nan", 4);
        return 3;
    }
    if (signbit(v)) {
        *p++ = '-';
        v = -v;
    }
    if (isinf(v)) {
        memcpy(p, "inf", 4);
        return (size_t)(p + 3 - buf);
    }
    if (v == 0.0) {
        *p++ = '0';
        if (add_dot_0) {
            *p++ = '.';
            *p++ = '0';
        }
        *p = 0;
        return (size_t)(p - buf);
    }
    char digits[24];
    int exp10;
    int n;
    if (v < 1e16 && v == (double)(int64_t)v) {
        // An integer below 10**16: its decimal digits are the shortest form.
        uint64_t u = (uint64_t)v;
        char tmp[24];
        int k = 0;
        while (u != 0) {
            tmp[k++] = (char)('0' + u % 10);
            u /= 10;
        }
        exp10 = k - 1;
        for (int i = 0; i < k; i++) {
            digits[i] = tmp[k - 1 - i];
        }
        n = strip_zeros(digits, k);
    } else {
        n = shortest_digits(v, digits, &exp10);
    }
    int decpt = exp10 + 1; // digits read as 0.ddd * 10**decpt
    if (decpt <= -4 || decpt > 16) {
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)(n - 1));
            p += n - 1;
        }
        p += sprintf(p, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++) {
            *p++ = '0';
        }
        memcpy(p, digits, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, digits, (size_t)n);
        p += n;
        for (int i = n; i < decpt; i++) {
            *p++ = '0';
        }
        if (add_dot_0) {
            *p++ = '.';
            *p++ = '0';
        }
    } else {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = 0;
    return (size_t)(p - buf);
}

void float_print_repr(const print_t *p, double v) {
    char buf[40];
    size_t n = float_repr_buf(buf, v, true);
    print_strn(p, buf, n);
}

// ---------------------------------------------------------------------------
// format()
// ---------------------------------------------------------------------------

// '#g' keeps [prec] significant digits, but glibc drops the zeros a
// rounding carry creates ("%#.3g" of 999.9999 gives "1.e+03", not
// "1.00e+03"): adds the missing zeros after the point of the text at [start].
static void pad_alt_g(vstr_t *out, size_t start, int prec) {
    char *b = out->buf + start;
    size_t n = out->len - start;
    char *e = memchr(b, 'e', n);
    if (e == NULL) {
        e = memchr(b, 'E', n);
    }
    size_t mant = e != NULL ? (size_t)(e - b) : n;
    int digits = 0, all = 0;
    bool seen = false;
    for (size_t i = 0; i < mant; i++) {
        if (b[i] >= '0' && b[i] <= '9') {
            all++;
            seen = seen || b[i] != '0';
            digits += seen;
        }
    }
    if (!seen) {
        digits = all; // zero: every digit counts
    }
    if (digits >= prec || memchr(b, '.', mant) == NULL) {
        return;
    }
    size_t missing = (size_t)(prec - digits);
    size_t off = start + mant;
    size_t tail = out->len - off;
    vstr_extend(out, missing);
    memmove(out->buf + off + missing, out->buf + off, tail);
    memset(out->buf + off, '0', missing);
}

void float_format(vstr_t *out, double v, char type, int prec, bool alt) {
    if (type == 'r') {
        char buf[40];
        vstr_add_strn(out, buf, float_repr_buf(buf, v, true));
        return;
    }
    if (type == 'n') {
        type = 'g';
    }
    bool upper = type == 'E' || type == 'F' || type == 'G';
    bool percent = type == '%';
    if (!isfinite(v)) {
        if (isinf(v) && v < 0) {
            vstr_add_byte(out, '-');
        }
        vstr_add_str(out, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (percent) {
            vstr_add_byte(out, '%');
        }
        return;
    }
    if (percent) {
        v *= 100.0;
        type = 'f';
    }
    if (prec < 0) {
        prec = 6;
    }
    if ((type == 'g' || type == 'G') && prec == 0) {
        prec = 1;
    }
    if (type == 'F') {
        type = 'f'; // the same digits (inf and nan are done above); newlib-nano lacks %F
    }
    size_t start0 = out->len;
    char fmt[8];
    size_t k = 0;
    fmt[k++] = '%';
    if (alt) {
        fmt[k++] = '#';
    }
    fmt[k++] = '.';
    fmt[k++] = '*';
    fmt[k++] = type;
    fmt[k] = 0;
    // 'f' needs up to 309 digits before the point.
    size_t room = (size_t)prec + ((type == 'f' || type == 'F') ? 320 : 32);
    char small[400];
    if (room <= sizeof(small)) {
        int n = snprintf(small, sizeof(small), fmt, prec, v);
        vstr_add_strn(out, small, (size_t)(n > 0 ? n : 0));
    } else {
        size_t start = out->len;
        char *dst = vstr_extend(out, room);
        int n = snprintf(dst, room, fmt, prec, v);
        vstr_truncate(out, start + (size_t)(n > 0 ? n : 0));
    }
    if (alt && (type == 'g' || type == 'G')) {
        pad_alt_g(out, start0, prec);
    }
    if (percent) {
        vstr_add_byte(out, '%');
    }
}

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

// The ASCII whitespace int() and float() strip (not 0x1c..0x1f, unlike str.isspace).
static bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

const char *num_ascii(const char *s, size_t *len) {
    if (utf8_is_ascii(s, *len)) {
        return s;
    }
    // As CPython: a Unicode space becomes ' ', a decimal digit its ASCII
    // digit, anything else non-ASCII a '?' that no parser accepts.
    vstr_t v;
    vstr_init(&v, *len);
    const char *p = s, *end = s + *len;
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        int d;
        if (c < 0x80) {
            vstr_add_byte(&v, (char)c);
        } else if (unicode_isspace(c)) {
            vstr_add_byte(&v, ' ');
        } else if ((d = unicode_decimal_value(c)) >= 0) {
            vstr_add_byte(&v, (char)('0' + d));
        } else {
            vstr_add_byte(&v, '?');
        }
    }
    *len = v.len;
    return v.buf;
}

// The length of the UTF-8 encoded Unicode space (str.isspace) starting at
// [s], with [n] bytes available; 0 if there is none.
static size_t unicode_space_at(const uint8_t *s, size_t n) {
    if (n >= 2 && s[0] == 0xc2 && (s[1] == 0x85 || s[1] == 0xa0)) {
        return 2;
    }
    if (n >= 3) {
        if (s[0] == 0xe1 && s[1] == 0x9a && s[2] == 0x80) {
            return 3; // U+1680
        }
        if (s[0] == 0xe2 && s[1] == 0x80 &&
            (s[2] <= 0x8a || s[2] == 0xa8 || s[2] == 0xa9 || s[2] == 0xaf) && s[2] >= 0x80) {
            return 3; // U+2000..U+200A, U+2028, U+2029, U+202F
        }
        if ((s[0] == 0xe2 && s[1] == 0x81 && s[2] == 0x9f) ||
            (s[0] == 0xe3 && s[1] == 0x80 && s[2] == 0x80)) {
            return 3; // U+205F, U+3000
        }
    }
    return 0;
}

void num_strip(const char **start, const char **stop, bool unicode) {
    const char *p = *start, *end = *stop;
    for (;;) {
        if (p < end && is_space(*p)) {
            p++;
            continue;
        }
        size_t k = unicode ? unicode_space_at((const uint8_t *)p, (size_t)(end - p)) : 0;
        if (k == 0) {
            break;
        }
        p += k;
    }
    for (;;) {
        if (end > p && is_space(end[-1])) {
            end--;
            continue;
        }
        size_t k = 0;
        if (unicode && end > p && (uint8_t)end[-1] >= 0x80) {
            for (size_t back = 2; back <= 3 && k == 0; back++) {
                if ((size_t)(end - p) >= back &&
                    unicode_space_at((const uint8_t *)end - back, back) == back) {
                    k = back;
                }
            }
        }
        if (k == 0) {
            break;
        }
        end -= k;
    }
    *start = p;
    *stop = end;
}

static bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Whether [len] bytes at [s] start with [word] in any case.
static bool starts_with_word(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len < n) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != word[i]) {
            return false;
        }
    }
    return true;
}

// Digits with single underscores between them, from [s] up to [end]; copies
// the digits to *out; returns the number of chars consumed (0: no digits).
static size_t scan_digits(const char *s, const char *end, char **out) {
    const char *p = s;
    if (p >= end || !is_digit(*p)) {
        return 0;
    }
    while (p < end) {
        if (is_digit(*p)) {
            *(*out)++ = *p++;
        } else if (*p == '_' && p + 1 < end && is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    return (size_t)(p - s);
}

// Significant digits kept by strtod_bounded: every halfway point between two
// doubles has fewer (at most 767), so the kept digits plus one sticky nonzero
// digit for the dropped ones round exactly as the full string would.
#define FLOAT_SCAN_DIGITS 800

// strtod on [clean] ([-]digits[.digits][e[+-]digits]) that first shortens
// a very long one: newlib's strtod needs memory in proportion
// to the digits and aborts when its small arena (ports/rpi/syscalls.c) runs out.
static double strtod_bounded(const char *clean) {
    if (strlen(clean) <= FLOAT_SCAN_DIGITS) {
        return strtod(clean, NULL);
    }
    const char *q = clean;
    bool neg = *q == '-';
    q += neg;
    // The value is 0.DIGITS * 10**point, leading zeros dropped from DIGITS.
    int64_t point = 0;
    char buf[FLOAT_SCAN_DIGITS + 24];
    buf[0] = '-';
    buf[neg] = '0';
    buf[neg + 1] = '.';
    char *out = buf + neg + 2;
    size_t kept = 0;
    bool seen = false, sticky = false, in_frac = false;
    for (; *q != 0 && *q != 'e'; q++) {
        if (*q == '.') {
            in_frac = true;
            continue;
        }
        if (!in_frac) {
            point++;
        }
        if (!seen && *q == '0') {
            point--;
            continue;
        }
        seen = true;
        if (kept < FLOAT_SCAN_DIGITS) {
            out[kept++] = *q;
        } else if (*q != '0') {
            sticky = true;
        }
    }
    if (*q == 'e') {
        q++;
        bool eneg = *q == '-';
        q += *q == '-' || *q == '+';
        int64_t e = 0;
        for (; *q != 0; q++) {
            if (e < 1000000000) {
                e = e * 10 + (*q - '0');
            }
        }
        point += eneg ? -e : e;
    }
    if (sticky) {
        out[kept++] = '1';
    }
    if (kept == 0) {
        out[kept++] = '0';
    }
    // Beyond these bounds the result is inf or 0 whatever the digits.
    if (point > 100000) {
        point = 100000;
    } else if (point < -100000) {
        point = -100000;
    }
    snprintf(out + kept, 16, "e%d", (int)point);
    return strtod(buf, NULL);
}

size_t float_scan(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    size_t rest = (size_t)(end - p);
    if (starts_with_word(p, rest, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return (size_t)(p + 8 - s);
    }
    if (starts_with_word(p, rest, "inf")) {
        *out = neg ? -INFINITY : INFINITY;
        return (size_t)(p + 3 - s);
    }
    if (starts_with_word(p, rest, "nan")) {
        *out = neg ? -NAN : NAN;
        return (size_t)(p + 3 - s);
    }
    // The cleaned copy: at most as long as the input, plus a NUL.
    char small[80];
    char *clean = rest + 2 <= sizeof(small) ? small : rt_alloc_flags(rest + 2, GC_ALLOC_NOSCAN);
    char *c = clean;
    if (neg) {
        *c++ = '-';
    }
    size_t int_part = scan_digits(p, end, &c);
    p += int_part;
    size_t frac_part = 0;
    if (p < end && *p == '.') {
        char *mark = c;
        *c++ = '.';
        frac_part = scan_digits(p + 1, end, &c);
        if (int_part == 0 && frac_part == 0) {
            return 0;
        }
        if (frac_part == 0) {
            c = mark; // "5." reads as 5
        }
        p += 1 + frac_part;
    } else if (int_part == 0) {
        return 0;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        char *mark = c;
        *c++ = 'e';
        if (q < end && (*q == '+' || *q == '-')) {
            *c++ = *q++;
        }
        size_t ed = scan_digits(q, end, &c);
        if (ed != 0) {
            p = q + ed;
        } else {
            c = mark; // not an exponent: the number ends before the 'e'
        }
    }
    *c = 0;
    *out = strtod_bounded(clean);
    return (size_t)(p - s);
}

// Parses the whole of [len] bytes (surrounding whitespace allowed, Unicode
// spaces too when [unicode]); false if invalid.
static bool parse_float(const char *s, size_t len, double *out, bool unicode) {
    if (unicode) {
        s = num_ascii(s, &len);
    }
    const char *p = s, *end = s + len;
    num_strip(&p, &end, unicode);
    if (p == end) {
        return false;
    }
    size_t n = float_scan(p, (size_t)(end - p), out);
    return n != 0 && p + n == end;
}

obj_t float_from_str(const char *s, size_t len) {
    double v;
    if (!parse_float(s, len, &v, true)) {
        rt_raise_fmt(&type_ValueError, "could not convert string to float: %R", str_new(s, len));
    }
    return float_new(v);
}

// ---------------------------------------------------------------------------
// Hashing (CPython's algorithm: the value modulo 2**61 - 1, or 2**31 - 1)
// ---------------------------------------------------------------------------

#define HASH_BITS (sizeof(intptr_t) == 8 ? 61 : 31)
#define HASH_MOD ((((uint64_t)1) << HASH_BITS) - 1)

intptr_t float_hash(double v) {
    if (!isfinite(v)) {
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Feed 28 bits of mantissa at a time, as a number in base 2**28.
    uint64_t x = 0;
    while (m != 0) {
        x = ((x << 28) & HASH_MOD) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD) {
            x -= HASH_MOD;
        }
    }
    // Multiply by 2**e modulo the prime: a rotation by e mod HASH_BITS.
    int bits = (int)HASH_BITS;
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & HASH_MOD) | (x >> (bits - e));
    intptr_t r = (intptr_t)x * sign;
    return r == -1 ? -2 : r;
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

static bool is_odd_integer(double y) {
    return fmod(y, 2.0) == 1.0 || fmod(y, 2.0) == -1.0;
}

obj_t float_pow(double x, double y) {
    if (y == 0) {
        return float_new(1.0);
    }
    if (isnan(x)) {
        return float_new(x);
    }
    if (isnan(y)) {
        return float_new(x == 1.0 ? 1.0 : y);
    }
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) {
            return float_new(1.0);
        }
        return float_new((y > 0) == (ax > 1.0) ? INFINITY : 0.0);
    }
    if (isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0) {
            return float_new(odd ? x : fabs(x));
        }
        return float_new(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0) {
            rt_raise_msg(&type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return float_new(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) {
#if CONFIG_COMPLEX
            // A negative number to a fractional power is complex.
            return type_complex.binary_op(BINARY_OP_POWER, complex_new(x, 0.0), complex_new(y, 0.0));
#else
            rt_raise_msg(&type_ValueError, "math domain error");
#endif
        }
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) {
        return float_new(negate ? -1.0 : 1.0);
    }
    double r = pow(x, y);
    if (isinf(r)) {
        float_raise_range_error();
    }
    return float_new(negate ? -r : r);
}

// Python's divmod for doubles (y != 0): the quotient floored, the
// remainder with the sign of y, computed from fmod as CPython does.
static void float_divmod(double x, double y, double *q, double *r) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *q = floordiv;
    *r = mod;
}

static obj_t compare_result(binary_op_t op, int c) {
    if (c == 2) {
        return obj_bool(op == BINARY_OP_NOT_EQUAL);
    }
    switch (op) {
        case BINARY_OP_LESS:
            return obj_bool(c < 0);
        case BINARY_OP_MORE:
            return obj_bool(c > 0);
        case BINARY_OP_EQUAL:
            return obj_bool(c == 0);
        case BINARY_OP_LESS_EQUAL:
            return obj_bool(c <= 0);
        case BINARY_OP_MORE_EQUAL:
            return obj_bool(c >= 0);
        case BINARY_OP_NOT_EQUAL:
            return obj_bool(c != 0);
        default:
            return OBJ_NULL;
    }
}

static bool is_comparison(binary_op_t op) {
    return op >= BINARY_OP_LESS && op <= BINARY_OP_NOT_EQUAL;
}

static obj_t float_op_values(binary_op_t op, double x, double y) {
    switch (op) {
        case BINARY_OP_ADD:
            return float_new(x + y);
        case BINARY_OP_SUBTRACT:
            return float_new(x - y);
        case BINARY_OP_MULTIPLY:
            return float_new(x * y);
        case BINARY_OP_TRUE_DIVIDE:
            if (y == 0) {
                rt_raise_msg(&type_ZeroDivisionError, "float division by zero");
            }
            return float_new(x / y);
        case BINARY_OP_FLOOR_DIVIDE: {
            if (y == 0) {
                rt_raise_msg(&type_ZeroDivisionError, "float floor division by zero");
            }
            double q, r;
            float_divmod(x, y, &q, &r);
            return float_new(q);
        }
        case BINARY_OP_MODULO: {
            if (y == 0) {
                rt_raise_msg(&type_ZeroDivisionError, "float modulo");
            }
            double mod = fmod(x, y);
            if (mod != 0) {
                if ((y < 0) != (mod < 0)) {
                    mod += y;
                }
            } else {
                mod = copysign(0.0, y);
            }
            return float_new(mod);
        }
        case BINARY_OP_DIVMOD: {
            if (y == 0) {
                rt_raise_msg(&type_ZeroDivisionError, "float divmod()");
            }
            double q, r;
            float_divmod(x, y, &q, &r);
            obj_t items[2] = {float_new(q), float_new(r)};
            return tuple_new(2, items);
        }
        case BINARY_OP_POWER:
            return float_pow(x, y);
        case BINARY_OP_LESS:
            return obj_bool(x < y);
        case BINARY_OP_MORE:
            return obj_bool(x > y);
        case BINARY_OP_EQUAL:
            return obj_bool(x == y);
        case BINARY_OP_LESS_EQUAL:
            return obj_bool(x <= y);
        case BINARY_OP_MORE_EQUAL:
            return obj_bool(x >= y);
        case BINARY_OP_NOT_EQUAL:
            return obj_bool(x != y);
        default:
            return OBJ_NULL;
    }
}

static obj_t float_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op < BINARY_OP_OR) {
        op += BINARY_OP_INPLACE_DELTA;
    }
    bool lf = float_is_float(lhs), rf = float_is_float(rhs);
    double x, y;
    if (lf && rf) {
        x = float_value(lhs);
        y = float_value(rhs);
    } else if (lf || rf) {
        obj_t other = lf ? rhs : lhs;
        if (!int_is_intlike(other)) {
            return OBJ_NULL;
        }
        if (is_comparison(op)) {
            // Exact, without converting the int to a double.
            int c = int_compare_double(other, float_value(lf ? lhs : rhs));
            if (lf && c != 2) {
                c = -c;
            }
            return compare_result(op, c);
        }
        if (lf) {
            x = float_value(lhs);
            y = int_to_double(rhs);
        } else {
            x = int_to_double(lhs);
            y = float_value(rhs);
        }
    } else {
        return OBJ_NULL;
    }
    return float_op_values(op, x, y);
}

static obj_t float_unary_op(unary_op_t op, obj_t o) {
    double v = float_value(o);
    switch (op) {
        case UNARY_OP_POSITIVE:
        case UNARY_OP_FLOAT:
            return o;
        case UNARY_OP_NEGATIVE:
            return float_new(-v);
        case UNARY_OP_ABS:
            return float_new(fabs(v));
        case UNARY_OP_BOOL:
            return obj_bool(v != 0);
        case UNARY_OP_HASH:
            if (isnan(v)) {
                // Since 3.10 each nan hashes by identity.
                return int_from_uintptr((uintptr_t)o >> 4);
            }
            return int_from_intptr(float_hash(v));
        case UNARY_OP_INT:
            return int_from_double(v);
        default:
            return OBJ_NULL;
    }
}

static void float_print(const print_t *p, obj_t o, print_kind_t kind) {
    (void)kind;
    float_print_repr(p, float_value(o));
}

// The text of a str, bytes or buffer object; false for anything else.
static bool text_of(obj_t x, const char **s, size_t *len) {
    x = type_native_of(x); // a str or bytes subclass instance reads as its text
    if (obj_is_str(x) || (OBJ_IS_PTR(x) && obj_type_of(x) == &type_bytes)) {
        *s = str_data(x, len);
        return true;
    }
    if (OBJ_IS_PTR(x) && obj_type_of(x)->get_buffer != NULL) {
        buffer_info_t info;
        if (obj_type_of(x)->get_buffer(x, &info, BUFFER_READ)) {
            *s = info.buf;
            *len = info.len;
            return true;
        }
    }
    return false;
}

static obj_t float_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "float() takes no keyword arguments");
    }
    if (n_args > 1) {
        rt_raise_fmt(&type_TypeError, "float expected at most 1 argument, got %u", (unsigned)n_args);
    }
    if (n_args == 0) {
        return float_new(0.0);
    }
    obj_t x = args[0];
    if (float_is_float(x)) {
        return x;
    }
    if (int_is_intlike(x)) {
        return float_new(int_to_double(x));
    }
    const char *s;
    size_t len;
    if (text_of(x, &s, &len)) {
        double v;
        if (!parse_float(s, len, &v, obj_is_str(type_native_of(x)))) {
            rt_raise_fmt(&type_ValueError, "could not convert string to float: %R", x);
        }
        return float_new(v);
    }
    obj_t r = rt_unary_op(UNARY_OP_FLOAT, x);
    if (!float_is_float(r)) {
        rt_raise_fmt(&type_TypeError, "%T.__float__ returned non-float (type %T)", x, r);
    }
    return r;
}

static void float_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == QSTR_real) {
        dest[0] = self;
    } else if (attr == QSTR_imag) {
        dest[0] = float_new(0.0);
    }
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

static obj_t ibin(binary_op_t op, obj_t a, obj_t b) {
    return int_binary_op(op, a, b);
}

// Rounds the int [q] / [d] (floor quotient [q], remainder [r]) half to even.
static obj_t round_half_even(obj_t q, obj_t r, obj_t d) {
    int c = int_compare(ibin(BINARY_OP_MULTIPLY, r, OBJ_NEW_SMALL_INT(2)), d);
    if (c > 0 || (c == 0 && ibin(BINARY_OP_AND, q, OBJ_NEW_SMALL_INT(1)) != OBJ_NEW_SMALL_INT(0))) {
        q = ibin(BINARY_OP_ADD, q, OBJ_NEW_SMALL_INT(1));
    }
    return q;
}

// round()'s ndigits as a C value; ints too large for one are clamped, since
// every such ndigits gives the same result as a merely large one.
static intptr_t ndigits_value(obj_t nd) {
    intptr_t n;
    if (int_is_intlike(nd) && !int_to_intptr(nd, &n)) {
        return int_sign(nd) > 0 ? INTPTR_MAX : INTPTR_MIN;
    }
    return rt_get_int(nd);
}

obj_t num_round(obj_t x, obj_t ndigits) {
    if (int_is_intlike(x)) {
        if (x == OBJ_TRUE || x == OBJ_FALSE) {
            x = OBJ_NEW_SMALL_INT(x == OBJ_TRUE);
        }
        if (ndigits == OBJ_NULL) {
            return x;
        }
        intptr_t n = ndigits_value(ndigits);
        if (n >= 0) {
            return x;
        }
        if ((double)-(n + 1) > (double)int_bits(x) * 0.30103 + 1.0) {
            // |x| < 10**-n / 10: rounds to 0 (and 10**-n need not be built).
            return OBJ_NEW_SMALL_INT(0);
        }
        // Nearest multiple of 10**-n, ties to even, with the sign set aside.
        obj_t p = ibin(BINARY_OP_POWER, OBJ_NEW_SMALL_INT(10), int_from_intptr(-n));
        bool neg = int_sign(x) < 0;
        obj_t ax = neg ? ibin(BINARY_OP_SUBTRACT, OBJ_NEW_SMALL_INT(0), x) : x;
        obj_t qr = ibin(BINARY_OP_DIVMOD, ax, p);
        obj_t q = round_half_even(((obj_tuple_t *)qr)->items[0], ((obj_tuple_t *)qr)->items[1], p);
        obj_t r = ibin(BINARY_OP_MULTIPLY, q, p);
        return neg ? ibin(BINARY_OP_SUBTRACT, OBJ_NEW_SMALL_INT(0), r) : r;
    }
    double v = float_value(x);
    if (ndigits == OBJ_NULL) {
        double r = round(v);
        if (fabs(v - r) == 0.5) {
            r = 2.0 * round(v / 2.0);
        }
        return int_from_double(r);
    }
    intptr_t n = ndigits_value(ndigits);
    // Beyond these every double is unchanged, or rounds to zero.
    const intptr_t ndigits_max = (intptr_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const intptr_t ndigits_min = -(intptr_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(v) || v == 0.0 || n > ndigits_max) {
        return float_new(v);
    }
    if (n < ndigits_min) {
        return float_new(0.0 * v);
    }
    if (n >= 0) {
        // printf rounds the exact binary value, ties to even.
        size_t room = (size_t)n + 320;
        char small[400];
        char *buf = room <= sizeof(small) ? small : rt_alloc_flags(room, GC_ALLOC_NOSCAN);
        snprintf(buf, room, "%.*f", (int)n, v);
        return float_new(strtod(buf, NULL));
    }
    // Negative ndigits: exactly, with ints. |v| = m * 2**e.
    int e;
    double m = frexp(fabs(v), &e);
    obj_t num = int_from_double(ldexp(m, DBL_MANT_DIG));
    e -= DBL_MANT_DIG;
    obj_t den = ibin(BINARY_OP_POWER, OBJ_NEW_SMALL_INT(10), int_from_intptr(-n));
    obj_t scale = den;
    if (e >= 0) {
        num = ibin(BINARY_OP_LSHIFT, num, OBJ_NEW_SMALL_INT(e));
    } else {
        den = ibin(BINARY_OP_LSHIFT, den, OBJ_NEW_SMALL_INT(-e));
    }
    obj_t qr = ibin(BINARY_OP_DIVMOD, num, den);
    obj_t q = round_half_even(((obj_tuple_t *)qr)->items[0], ((obj_tuple_t *)qr)->items[1], den);
    obj_t r = ibin(BINARY_OP_MULTIPLY, q, scale);
    double d;
    if (!int_as_double(r, &d)) {
        // Too large for a double: CPython's message, not int's.
        rt_raise_msg(&type_OverflowError, "rounded value too large to represent");
    }
    return float_new(copysign(d, v));
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t float_is_integer(obj_t self) {
    double v = float_value(self);
    return obj_bool(isfinite(v) && v == floor(v));
}
static BUILTIN_FN_1(float_is_integer_obj, QSTR_is_integer, float_is_integer);

static obj_t float_as_integer_ratio(obj_t self) {
    double v = float_value(self);
    if (isinf(v)) {
        rt_raise_msg(&type_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(v)) {
        rt_raise_msg(&type_ValueError, "cannot convert NaN to integer ratio");
    }
    int e;
    double m = frexp(v, &e);
    // Scale the mantissa to an integer (at most 53 doublings, all exact).
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    obj_t num = int_from_double(m);
    obj_t den = OBJ_NEW_SMALL_INT(1);
    if (e > 0) {
        num = ibin(BINARY_OP_LSHIFT, num, OBJ_NEW_SMALL_INT(e));
    } else {
        den = ibin(BINARY_OP_LSHIFT, den, OBJ_NEW_SMALL_INT(-e));
    }
    obj_t items[2] = {num, den};
    return tuple_new(2, items);
}
static BUILTIN_FN_1(float_as_integer_ratio_obj, QSTR_as_integer_ratio, float_as_integer_ratio);

static obj_t float_conjugate(obj_t self) {
    return self;
}
static BUILTIN_FN_1(float_conjugate_obj, QSTR_conjugate, float_conjugate);

static obj_t float_trunc(obj_t self) {
    return int_from_double(float_value(self));
}
static BUILTIN_FN_1(float_trunc_obj, QSTR___trunc__, float_trunc);

static obj_t float_floor(obj_t self) {
    return int_from_double(floor(float_value(self)));
}
static BUILTIN_FN_1(float_floor_obj, QSTR___floor__, float_floor);

static obj_t float_ceil(obj_t self) {
    return int_from_double(ceil(float_value(self)));
}
static BUILTIN_FN_1(float_ceil_obj, QSTR___ceil__, float_ceil);

static obj_t float_round(size_t n_args, const obj_t *args) {
    return num_round(args[0], n_args > 1 && args[1] != OBJ_NONE ? args[1] : OBJ_NULL);
}
static BUILTIN_FN_VAR(float_round_obj, QSTR___round__, 1, 2, float_round);

static obj_t float_hex(obj_t self) {
    double v = float_value(self);
    char buf[40];
    if (!isfinite(v)) {
        size_t n = float_repr_buf(buf, v, true);
        return str_new(buf, n);
    }
    if (v == 0.0) {
        return str_from_cstr(signbit(v) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(v), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hex[] = "0123456789abcdef";
    char *p = buf;
    if (v < 0) {
        *p++ = '-';
    }
    *p++ = '0';
    *p++ = 'x';
    *p++ = hex[(int)m];
    m -= (int)m;
    *p++ = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        *p++ = hex[(int)m];
        m -= (int)m;
    }
    p += sprintf(p, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_new(buf, (size_t)(p - buf));
}
static BUILTIN_FN_1(float_hex_obj, QSTR_hex, float_hex);

static bool is_hex_digit(char c) {
    return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

NORETURN static void raise_bad_hex(void) {
    rt_raise_msg(&type_ValueError, "invalid hexadecimal floating-point string");
}

static obj_t float_fromhex(obj_t cls, obj_t text) {
    if (!obj_is_str(text)) {
        rt_raise_fmt(&type_TypeError, "fromhex() argument must be str, not %T", text);
    }
    size_t len;
    const char *s = str_data(text, &len);
    const char *p = s, *end = s + len;
    num_strip(&p, &end, true);
    double v;
    size_t rest = (size_t)(end - p);
    size_t off = (rest > 0 && (*p == '+' || *p == '-')) ? 1 : 0;
    if (starts_with_word(p + off, rest - off, "inf") || starts_with_word(p + off, rest - off, "nan")) {
        size_t n = float_scan(p, rest, &v);
        if (n != rest) {
            raise_bad_hex();
        }
    } else {
        // Validate, then let strtod (C99 hex floats) round exactly.
        char small[80];
        char *clean = rest + 8 <= sizeof(small) ? small : rt_alloc_flags(rest + 8, GC_ALLOC_NOSCAN);
        char *c = clean;
        const char *q = p;
        if (q < end && (*q == '+' || *q == '-')) {
            *c++ = *q++;
        }
        *c++ = '0';
        *c++ = 'x';
        if (end - q >= 2 && q[0] == '0' && (q[1] | 0x20) == 'x') {
            q += 2;
        }
        size_t nd = 0;
        while (q < end && is_hex_digit(*q)) {
            *c++ = *q++;
            nd++;
        }
        if (q < end && *q == '.') {
            *c++ = *q++;
            while (q < end && is_hex_digit(*q)) {
                *c++ = *q++;
                nd++;
            }
        }
        if (nd == 0) {
            raise_bad_hex();
        }
        if (q < end && (*q | 0x20) == 'p') {
            *c++ = 'p';
            q++;
            if (q < end && (*q == '+' || *q == '-')) {
                *c++ = *q++;
            }
            if (q >= end || !is_digit(*q)) {
                raise_bad_hex();
            }
            while (q < end && is_digit(*q)) {
                *c++ = *q++;
            }
        }
        if (q != end) {
            raise_bad_hex();
        }
        *c = 0;
        v = strtod(clean, NULL);
        if (isinf(v)) {
            rt_raise_msg(&type_OverflowError, "hexadecimal value too large to represent as a float");
        }
    }
    obj_t r = float_new(v);
    if (cls != (obj_t)&type_float) {
        r = rt_call1(cls, r);
    }
    return r;
}
static BUILTIN_FN_2(float_fromhex_fn_obj, QSTR_fromhex, float_fromhex);
static const obj_method_wrapper_t float_fromhex_obj = {{&type_classmethod},
    (obj_t)&float_fromhex_fn_obj};

static const dict_entry_t float_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_is_integer), (obj_t)&float_is_integer_obj},
    {OBJ_NEW_QSTR(QSTR_as_integer_ratio), (obj_t)&float_as_integer_ratio_obj},
    {OBJ_NEW_QSTR(QSTR_conjugate), (obj_t)&float_conjugate_obj},
    {OBJ_NEW_QSTR(QSTR_hex), (obj_t)&float_hex_obj},
    {OBJ_NEW_QSTR(QSTR_fromhex), (obj_t)&float_fromhex_obj},
    {OBJ_NEW_QSTR(QSTR___trunc__), (obj_t)&float_trunc_obj},
    {OBJ_NEW_QSTR(QSTR___floor__), (obj_t)&float_floor_obj},
    {OBJ_NEW_QSTR(QSTR___ceil__), (obj_t)&float_ceil_obj},
    {OBJ_NEW_QSTR(QSTR___round__), (obj_t)&float_round_obj},
};
static DICT_ROM(float_locals_dict, float_locals_table);

const obj_type_t type_float = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_float,
    .print = float_print,
    .make_new = float_make_new,
    .unary_op = float_unary_op,
    .binary_op = float_binary_op,
    .attr = float_attr,
    .parent = &type_object,
    .locals_dict = (obj_dict_t *)&float_locals_dict,
};
