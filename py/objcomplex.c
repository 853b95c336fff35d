// The complex type: pairs of doubles with CPython's arithmetic, repr and parsing.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objnum.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/vstr.h"

#if CONFIG_COMPLEX

typedef struct obj_complex {
    obj_base_t base;
    double real, imag;
} obj_complex_t;

typedef struct cval {
    double re, im;
} cval_t;

obj_t complex_new(double real, double imag) {
    obj_complex_t *o = rt_alloc_flags(sizeof(obj_complex_t), GC_ALLOC_NOSCAN);
    o->base.type = &type_complex;
    o->real = real;
    o->imag = imag;
    return o;
}

static bool is_complex(obj_t o) {
    return OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_complex;
}

void complex_get(obj_t o, double *real, double *imag) {
    *real = ((obj_complex_t *)o)->real;
    *imag = ((obj_complex_t *)o)->imag;
}

// Any number as a complex value; false for non-numbers.
static bool to_cval(obj_t o, cval_t *c) {
    if (is_complex(o)) {
        c->re = ((obj_complex_t *)o)->real;
        c->im = ((obj_complex_t *)o)->imag;
        return true;
    }
    if (float_is_float(o)) {
        c->re = float_value(o);
        c->im = 0.0;
        return true;
    }
    if (int_is_intlike(o)) {
        c->re = int_to_double(o);
        c->im = 0.0;
        return true;
    }
    return false;
}

static obj_t cval_new(cval_t c) {
    return complex_new(c.re, c.im);
}

// ---------------------------------------------------------------------------
// Arithmetic, following CPython's formulas so results match bit for bit
// ---------------------------------------------------------------------------

static cval_t c_prod(cval_t a, cval_t b) {
    cval_t r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}

// a / b with Smith's scaling; *zero set when b == 0.
static cval_t c_quot(cval_t a, cval_t b, bool *zero) {
    cval_t r;
    double abs_bre = fabs(b.re), abs_bim = fabs(b.im);
    if (abs_bre >= abs_bim) {
        if (abs_bre == 0.0) {
            *zero = true;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_bim >= abs_bre) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN; // a nan in b
    }
    return r;
}

// a ** b through polar form; *zero set for 0 to a negative or complex power.
static cval_t c_pow(cval_t a, cval_t b, bool *zero) {
    cval_t r;
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) {
            *zero = true;
        }
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

// x ** n for a small non-negative n by repeated squaring.
static cval_t c_powu(cval_t x, long n) {
    cval_t r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static cval_t c_powi(cval_t x, long n, bool *zero) {
    if (n > 100 || n < -100) {
        cval_t cn = {(double)n, 0.0};
        return c_pow(x, cn, zero);
    }
    if (n > 0) {
        return c_powu(x, n);
    }
    cval_t one = {1.0, 0.0};
    return c_quot(one, c_powu(x, -n), zero);
}

static double c_abs(cval_t z) {
    if (isinf(z.re) || isinf(z.im)) {
        return INFINITY;
    }
    if (isnan(z.re) || isnan(z.im)) {
        return NAN;
    }
    double r = hypot(z.re, z.im);
    if (isinf(r)) {
        rt_raise_msg(&type_OverflowError, "absolute value too large");
    }
    return r;
}

static obj_t complex_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op < BINARY_OP_OR) {
        op += BINARY_OP_INPLACE_DELTA;
    }
    cval_t a, b;
    if (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) {
        // Exact against ints: compare the real part as float does.
        obj_t c = is_complex(lhs) ? lhs : rhs, other = is_complex(lhs) ? rhs : lhs;
        if (!to_cval(c, &a)) {
            return OBJ_NULL;
        }
        bool eq;
        if (int_is_intlike(other)) {
            eq = a.im == 0.0 && int_compare_double(other, a.re) == 0;
        } else if (to_cval(other, &b)) {
            eq = a.re == b.re && a.im == b.im;
        } else {
            return OBJ_NULL;
        }
        return obj_bool(op == BINARY_OP_EQUAL ? eq : !eq);
    }
    if (!to_cval(lhs, &a) || !to_cval(rhs, &b)) {
        return OBJ_NULL;
    }
    cval_t r;
    bool zero = false;
    switch (op) {
        case BINARY_OP_ADD:
            r.re = a.re + b.re;
            r.im = a.im + b.im;
            break;
        case BINARY_OP_SUBTRACT:
            r.re = a.re - b.re;
            r.im = a.im - b.im;
            break;
        case BINARY_OP_MULTIPLY:
            r = c_prod(a, b);
            break;
        case BINARY_OP_TRUE_DIVIDE:
            r = c_quot(a, b, &zero);
            if (zero) {
                rt_raise_msg(&type_ZeroDivisionError, "complex division by zero");
            }
            break;
        case BINARY_OP_POWER:
            if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 1e9) {
                r = c_powi(a, (long)b.re, &zero);
            } else {
                r = c_pow(a, b, &zero);
            }
            if (zero) {
                rt_raise_msg(&type_ZeroDivisionError, "0.0 to a negative or complex power");
            }
            if (isinf(r.re) || isinf(r.im)) {
                rt_raise_msg(&type_OverflowError, "complex exponentiation");
            }
            break;
        default:
            return OBJ_NULL;
    }
    return cval_new(r);
}

static obj_t complex_unary_op(unary_op_t op, obj_t o) {
    cval_t z;
    to_cval(o, &z);
    switch (op) {
        case UNARY_OP_POSITIVE:
            return o;
        case UNARY_OP_NEGATIVE:
            return complex_new(-z.re, -z.im);
        case UNARY_OP_ABS:
            return float_new(c_abs(z));
        case UNARY_OP_BOOL:
            return obj_bool(z.re != 0.0 || z.im != 0.0);
        case UNARY_OP_HASH: {
            // hash(real) + 1000003 * hash(imag), in unsigned arithmetic.
            uintptr_t hr = (uintptr_t)(isnan(z.re) ? (intptr_t)((uintptr_t)o >> 4) : float_hash(z.re));
            uintptr_t hi = (uintptr_t)(isnan(z.im) ? (intptr_t)((uintptr_t)o >> 4) : float_hash(z.im));
            intptr_t h = (intptr_t)(hr + 1000003u * hi);
            return int_from_intptr(h == -1 ? -2 : h);
        }
        default:
            return OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// repr and parsing
// ---------------------------------------------------------------------------

static void complex_print(const print_t *p, obj_t o, print_kind_t kind) {
    (void)kind;
    cval_t z;
    to_cval(o, &z);
    char buf[40];
    size_t n;
    if (z.re == 0.0 && !signbit(z.re)) {
        n = float_repr_buf(buf, z.im, false);
        print_strn(p, buf, n);
        print_strn(p, "j", 1);
        return;
    }
    print_strn(p, "(", 1);
    n = float_repr_buf(buf, z.re, false);
    print_strn(p, buf, n);
    n = float_repr_buf(buf, z.im, false);
    if (buf[0] != '-') {
        print_strn(p, "+", 1);
    }
    print_strn(p, buf, n);
    print_strn(p, "j)", 2);
}

// Parses complex('...'); false when malformed.
static bool parse_complex(const char *s, size_t len, cval_t *out) {
    const char *p = s, *end = s + len;
    num_strip(&p, &end, true);
    if (p < end && *p == '(') {
        if (end[-1] != ')') {
            return false;
        }
        p++;
        end--;
        num_strip(&p, &end, true);
    }
    if (p == end) {
        return false;
    }
    double x = 0.0, y = 0.0;
    size_t n = float_scan(p, (size_t)(end - p), &x);
    if (n == 0) {
        // Only a sign and 'j' may start without a number: "j", "+j", "-j".
        const char *q = p;
        double sign = 1.0;
        if (*q == '+' || *q == '-') {
            sign = *q == '-' ? -1.0 : 1.0;
            q++;
        }
        if (q + 1 == end && (*q | 0x20) == 'j') {
            out->re = 0.0;
            out->im = sign;
            return true;
        }
        return false;
    }
    p += n;
    if (p == end) {
        out->re = x;
        out->im = 0.0;
        return true;
    }
    if ((*p | 0x20) == 'j') {
        if (p + 1 != end) {
            return false;
        }
        out->re = 0.0;
        out->im = x;
        return true;
    }
    if (*p != '+' && *p != '-') {
        return false;
    }
    // Real part x, then a signed imaginary part.
    n = float_scan(p, (size_t)(end - p), &y);
    if (n == 0) {
        if (p + 2 == end && (p[1] | 0x20) == 'j') {
            y = *p == '-' ? -1.0 : 1.0;
            n = 1;
        } else {
            return false;
        }
    }
    p += n;
    if (p + 1 != end || (*p | 0x20) != 'j') {
        return false;
    }
    out->re = x;
    out->im = y;
    return true;
}

// A complex() argument as a value: numbers, or objects with __float__ (via the
// type's float conversion); TypeError otherwise.
static cval_t complex_arg(obj_t o, bool first) {
    cval_t c;
    if (to_cval(o, &c)) {
        return c;
    }
    const obj_type_t *t = obj_type_of(o);
    if (t->unary_op != NULL && !obj_is_str(o)) {
        obj_t f = t->unary_op(UNARY_OP_FLOAT, o);
        if (f != OBJ_NULL && to_cval(f, &c)) {
            return c;
        }
    }
    if (first) {
        rt_raise_fmt(&type_TypeError,
            "complex() first argument must be a string or a number, not '%q'", t->name);
    }
    rt_raise_fmt(&type_TypeError, "complex() second argument must be a number, not '%q'",
        t->name);
}

static obj_t complex_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    (void)type;
    obj_t real = OBJ_NULL, imag = OBJ_NULL;
    if (n_args > 2) {
        rt_raise_fmt(&type_TypeError, "complex() takes at most 2 arguments (%u given)",
            (unsigned)(n_args + n_kw));
    }
    if (n_args > 0) {
        real = args[0];
    }
    if (n_args > 1) {
        imag = args[1];
    }
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = args[n_args + 2 * i];
        qstr q = obj_is_str(key) ? str_to_qstr(key) : QSTR_NULL;
        if (q == QSTR_real && real == OBJ_NULL) {
            real = args[n_args + 2 * i + 1];
        } else if (q == QSTR_imag && imag == OBJ_NULL) {
            imag = args[n_args + 2 * i + 1];
        } else {
            rt_raise_fmt(&type_TypeError, "'%S' is an invalid keyword argument for complex()", key);
        }
    }
    if (real == OBJ_NULL) {
        real = OBJ_NEW_SMALL_INT(0);
    }
    if (obj_is_str(type_native_of(real))) {
        real = type_native_of(real); // a str subclass instance reads as its text
        if (imag != OBJ_NULL) {
            rt_raise_msg(&type_TypeError, "complex() can't take second arg if first is a string");
        }
        size_t len;
        const char *s = str_data(real, &len);
        cval_t c;
        if (!parse_complex(s, len, &c)) {
            rt_raise_msg(&type_ValueError, "complex() arg is a malformed string");
        }
        return cval_new(c);
    }
    if (imag != OBJ_NULL && obj_is_str(type_native_of(imag))) {
        rt_raise_msg(&type_TypeError, "complex() second arg can't be a string");
    }
    if (imag == OBJ_NULL && is_complex(real)) {
        return real;
    }
    cval_t r = complex_arg(real, true);
    cval_t i = {0.0, 0.0};
    if (imag != OBJ_NULL) {
        i = complex_arg(imag, false);
    }
    // real + imag * 1j, part by part as CPython (so signed zeros survive).
    cval_t z = {r.re, i.re};
    if (imag != OBJ_NULL && is_complex(imag)) {
        z.re -= i.im;
    }
    if (imag != OBJ_NULL && is_complex(real)) {
        z.im += r.im;
    } else if (imag == OBJ_NULL) {
        z.im = r.im;
    }
    return cval_new(z);
}

static void complex_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == QSTR_real) {
        dest[0] = float_new(((obj_complex_t *)self)->real);
    } else if (attr == QSTR_imag) {
        dest[0] = float_new(((obj_complex_t *)self)->imag);
    }
}

static obj_t complex_conjugate(obj_t self) {
    return complex_new(((obj_complex_t *)self)->real, -((obj_complex_t *)self)->imag);
}
static BUILTIN_FN_1(complex_conjugate_obj, QSTR_conjugate, complex_conjugate);

static const dict_entry_t complex_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_conjugate), (obj_t)&complex_conjugate_obj},
};
static DICT_ROM(complex_locals_dict, complex_locals_table);

const obj_type_t type_complex = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_complex,
    .print = complex_print,
    .make_new = complex_make_new,
    .unary_op = complex_unary_op,
    .binary_op = complex_binary_op,
    .attr = complex_attr,
    .parent = &type_object,
    .locals_dict = (obj_dict_t *)&complex_locals_dict,
};

#endif
