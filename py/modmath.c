// The math module: CPython's math functions over doubles and exact ints,
// with CPython's domain and range errors.
// SPDX-License-Identifier: MIT

#include <float.h>
#include <math.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_math, module_math);

// C11 does not define MATH_PI and friends.
#define MATH_PI 3.141592653589793238462643383279502884
#define MATH_E 2.718281828459045235360287471352662498
#define MATH_LN2 0.693147180559945309417232121458176568
#define MATH_LN10 2.302585092994045684017991454684364208

// Bit length of an int via int.bit_length() (py/objnum.h's int_bits is
// declared but not defined yet).
static size_t bit_length(obj_t o) {
    obj_t dest[2];
    rt_load_method(o, QSTR_bit_length, dest);
    return (size_t)rt_get_int(rt_call_method(0, 0, dest));
}

NORETURN static void domain_error(void) {
    rt_raise_msg(&type_ValueError, "math domain error");
}

NORETURN static void range_error(void) {
    rt_raise_msg(&type_OverflowError, "math range error");
}

// The usual libm wrapper: a nan from a non-nan is a domain error; an inf
// from a finite argument is a range error for functions that can overflow
// and a domain error (a pole) for the others.
static obj_t check_result(double x, double r, bool can_overflow) {
    if (isnan(r) && !isnan(x)) {
        domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) {
            range_error();
        }
        domain_error();
    }
    return float_new(r);
}

#define MATH_FN1(name, expr, ovf)                              \
    static obj_t math_##name(obj_t arg) {                      \
        double x = rt_get_float(arg);                          \
        return check_result(x, (expr), ovf);                   \
    }                                                          \
    static BUILTIN_FN_1(math_##name##_obj, QSTR_##name, math_##name)

MATH_FN1(exp, exp(x), true);
MATH_FN1(exp2, exp2(x), true);
MATH_FN1(cbrt, cbrt(x), false);
MATH_FN1(expm1, expm1(x), true);
MATH_FN1(fabs, fabs(x), false);
MATH_FN1(sin, sin(x), false);
MATH_FN1(cos, cos(x), false);
MATH_FN1(tan, tan(x), false);
MATH_FN1(asin, asin(x), false);
MATH_FN1(acos, acos(x), false);
MATH_FN1(atan, atan(x), false);
MATH_FN1(sinh, sinh(x), true);
MATH_FN1(cosh, cosh(x), true);
MATH_FN1(tanh, tanh(x), false);
MATH_FN1(asinh, asinh(x), false);
MATH_FN1(acosh, acosh(x), false);
MATH_FN1(atanh, (fabs(x) >= 1.0 ? NAN : atanh(x)), false);
MATH_FN1(erf, erf(x), false);
MATH_FN1(erfc, erfc(x), false);
MATH_FN1(degrees, x * (180.0 / MATH_PI), true);
MATH_FN1(radians, x * (MATH_PI / 180.0), false);

static obj_t math_sqrt(obj_t arg) {
    double x = rt_get_float(arg);
    if (x < 0) {
        domain_error();
    }
    return float_new(sqrt(x));
}
static BUILTIN_FN_1(math_sqrt_obj, QSTR_sqrt, math_sqrt);

static bool is_nonpositive_integer(double x) {
    return x <= 0 && floor(x) == x;
}

#if defined(__NEWLIB__)
// newlib's tgamma is a few ulps off where glibc's (and CPython's own) is
// not: integers and half-integers, the common arguments, are computed here
// from exact products (n! and (2n-1)!!/2^n fit a double's 53 bits up to
// these bounds), with one rounding for the factor sqrt(pi).
static double gamma_exactish(double x) {
    const double sqrt_pi = 1.772453850905516027298167483341145183;
    if (x == floor(x) && x >= 1 && x <= 23) {
        double r = 1;
        for (double k = 2; k < x; k++) {
            r *= k;
        }
        return r;
    }
    double twice = 2 * x;
    if (twice == floor(twice) && fabs(x) < 15) {
        double r = 1;
        if (x > 0) {
            for (double k = 0.5; k < x; k++) {
                r *= k;
            }
            return r * sqrt_pi;
        }
        for (double k = x; k < 0.5; k++) {
            r *= k;
        }
        return sqrt_pi / r;
    }
    return tgamma(x);
}
#define GAMMA(x) gamma_exactish(x)
#else
#define GAMMA(x) tgamma(x)
#endif

static obj_t math_gamma(obj_t arg) {
    double x = rt_get_float(arg);
    if (isnan(x)) {
        return float_new(x);
    }
    if (x == -INFINITY || is_nonpositive_integer(x)) {
        domain_error();
    }
    double r = GAMMA(x);
    if (isinf(r) && isfinite(x)) {
        range_error();
    }
    return float_new(r);
}
static BUILTIN_FN_1(math_gamma_obj, QSTR_gamma, math_gamma);

static obj_t math_lgamma(obj_t arg) {
    double x = rt_get_float(arg);
    if (isnan(x)) {
        return float_new(x);
    }
    if (isinf(x)) {
        return float_new(INFINITY);
    }
    if (is_nonpositive_integer(x)) {
        domain_error();
    }
    double r = lgamma(x);
    if (isinf(r)) {
        range_error();
    }
    return float_new(r);
}
static BUILTIN_FN_1(math_lgamma_obj, QSTR_lgamma, math_lgamma);

// [f] of an int or a float. Big ints are split as m * 2**e first (as
// CPython does) so that values beyond double range still work.
static double log_of(obj_t o, double (*f)(double)) {
    if (int_is_intlike(o) && !OBJ_IS_SMALL_INT(o)) {
        if (int_sign(o) <= 0) {
            domain_error();
        }
        double d;
        if (int_as_double(o, &d)) {
            return f(d);
        }
        size_t shift = bit_length(o) - 60;
        obj_t top = rt_binary_op(BINARY_OP_RSHIFT, o, int_from_uintptr(shift));
        int e;
        double m = frexp(int_to_double(top), &e);
        return f(m) + f(2.0) * ((double)shift + e);
    }
    double x = rt_get_float(o);
    if (isnan(x)) {
        return x;
    }
    if (x <= 0) {
        domain_error();
    }
    return f(x);
}

static obj_t math_log(size_t n_args, const obj_t *args) {
    double num = log_of(args[0], log);
    if (n_args == 2) {
        double den = log_of(args[1], log);
        if (den == 0) {
            rt_raise_msg(&type_ZeroDivisionError, "float division by zero");
        }
        num /= den;
    }
    return float_new(num);
}
static BUILTIN_FN_VAR(math_log_obj, QSTR_log, 1, 2, math_log);

static obj_t math_log2(obj_t arg) {
    return float_new(log_of(arg, log2));
}
static BUILTIN_FN_1(math_log2_obj, QSTR_log2, math_log2);

static obj_t math_log10(obj_t arg) {
    return float_new(log_of(arg, log10));
}
static BUILTIN_FN_1(math_log10_obj, QSTR_log10, math_log10);

static obj_t math_log1p(obj_t arg) {
    double x = rt_get_float(arg);
    if (x <= -1.0) {
        domain_error();
    }
    return float_new(log1p(x));
}
static BUILTIN_FN_1(math_log1p_obj, QSTR_log1p, math_log1p);

static obj_t math_pow(obj_t a, obj_t b) {
    double x = rt_get_float(a), y = rt_get_float(b);
    double r;
    if (isfinite(x) && isfinite(y)) {
        if (x == 0 && y < 0) {
            domain_error();
        }
        if (x < 0 && floor(y) != y) {
            domain_error();
        }
        r = pow(x, y);
        if (isinf(r)) {
            range_error();
        }
    } else {
        // C99's pow gives CPython's answers for the special values.
        r = pow(x, y);
    }
    return float_new(r);
}
static BUILTIN_FN_2(math_pow_obj, QSTR_pow, math_pow);

// floor/ceil/trunc keep ints as they are and convert floats to ints.
static obj_t round_to_int(obj_t arg, double (*f)(double), qstr method) {
    if (int_is_intlike(arg)) {
        if (arg == OBJ_TRUE || arg == OBJ_FALSE) {
            return OBJ_NEW_SMALL_INT(arg == OBJ_TRUE);
        }
        return arg;
    }
    if (!float_is_float(arg) && OBJ_IS_PTR(arg)) {
        obj_t dest[2];
        rt_load_method_maybe(arg, method, dest);
        if (dest[0] != OBJ_NULL) {
            return rt_call_method(0, 0, dest);
        }
    }
    return int_from_double(f(rt_get_float(arg)));
}

static obj_t math_floor(obj_t arg) {
    return round_to_int(arg, floor, QSTR___floor__);
}
static BUILTIN_FN_1(math_floor_obj, QSTR_floor, math_floor);

static obj_t math_ceil(obj_t arg) {
    return round_to_int(arg, ceil, QSTR___ceil__);
}
static BUILTIN_FN_1(math_ceil_obj, QSTR_ceil, math_ceil);

static obj_t math_trunc(obj_t arg) {
    return round_to_int(arg, trunc, QSTR___trunc__);
}
static BUILTIN_FN_1(math_trunc_obj, QSTR_trunc, math_trunc);

static obj_t math_fmod(obj_t a, obj_t b) {
    double x = rt_get_float(a), y = rt_get_float(b);
    if (isinf(y) && isfinite(x)) {
        return float_new(x);
    }
    if (!isnan(x) && !isnan(y) && (isinf(x) || y == 0)) {
        domain_error();
    }
    return float_new(fmod(x, y));
}
static BUILTIN_FN_2(math_fmod_obj, QSTR_fmod, math_fmod);

// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
static obj_t math_remainder(obj_t a, obj_t b) {
    double x = rt_get_float(a), y = rt_get_float(b);
    if (isnan(x) || isnan(y)) {
        return float_new(NAN);
    }
    if (isinf(x) || y == 0) {
        domain_error();
    }
    if (isinf(y)) {
        return float_new(x);
    }
    return float_new(remainder(x, y));
}
static BUILTIN_FN_2(math_remainder_obj, QSTR_remainder, math_remainder);

static obj_t math_modf(obj_t arg) {
    double x = rt_get_float(arg);
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);
    }
    obj_t items[2] = {float_new(fp), float_new(ip)};
    return tuple_new(2, items);
}
static BUILTIN_FN_1(math_modf_obj, QSTR_modf, math_modf);

static obj_t math_frexp(obj_t arg) {
    double x = rt_get_float(arg);
    int e = 0;
    double m = x;
    if (isfinite(x) && x != 0) {
        m = frexp(x, &e);
    }
    obj_t items[2] = {float_new(m), OBJ_NEW_SMALL_INT(e)};
    return tuple_new(2, items);
}
static BUILTIN_FN_1(math_frexp_obj, QSTR_frexp, math_frexp);

static obj_t math_ldexp(obj_t a, obj_t b) {
    double x = rt_get_float(a);
    if (!int_is_intlike(b)) {
        rt_raise_msg(&type_TypeError, "Expected an int as second argument to ldexp.");
    }
    intptr_t e;
    if (!int_to_intptr(b, &e)) {
        e = int_sign(b) > 0 ? 100000 : -100000;
    }
    if (e > 100000) {
        e = 100000;
    } else if (e < -100000) {
        e = -100000;
    }
    if (x == 0 || !isfinite(x)) {
        return float_new(x);
    }
    double r = ldexp(x, (int)e);
    if (isinf(r)) {
        range_error();
    }
    return float_new(r);
}
static BUILTIN_FN_2(math_ldexp_obj, QSTR_ldexp, math_ldexp);

static obj_t math_copysign(obj_t a, obj_t b) {
    return float_new(copysign(rt_get_float(a), rt_get_float(b)));
}
static BUILTIN_FN_2(math_copysign_obj, QSTR_copysign, math_copysign);

static obj_t math_atan2(obj_t a, obj_t b) {
    return float_new(atan2(rt_get_float(a), rt_get_float(b)));
}
static BUILTIN_FN_2(math_atan2_obj, QSTR_atan2, math_atan2);

static obj_t math_isfinite(obj_t arg) {
    return obj_bool(isfinite(rt_get_float(arg)));
}
static BUILTIN_FN_1(math_isfinite_obj, QSTR_isfinite, math_isfinite);

static obj_t math_isinf(obj_t arg) {
    return obj_bool(isinf(rt_get_float(arg)));
}
static BUILTIN_FN_1(math_isinf_obj, QSTR_isinf, math_isinf);

static obj_t math_isnan(obj_t arg) {
    return obj_bool(isnan(rt_get_float(arg)));
}
static BUILTIN_FN_1(math_isnan_obj, QSTR_isnan, math_isnan);

static obj_t math_isclose(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_a, ARG_REQUIRED, OBJ_NULL},
        {QSTR_b, ARG_REQUIRED, OBJ_NULL},
        {QSTR_rel_tol, ARG_KW_ONLY, OBJ_NULL},
        {QSTR_abs_tol, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t v[4];
    rt_parse_args(n_args, args, n_kw, kw, 4, spec, v, QSTR_isclose);
    double a = rt_get_float(v[0]), b = rt_get_float(v[1]);
    double rel = v[2] == OBJ_NULL ? 1e-9 : rt_get_float(v[2]);
    double abs_tol = v[3] == OBJ_NULL ? 0.0 : rt_get_float(v[3]);
    if (rel < 0 || abs_tol < 0) {
        rt_raise_msg(&type_ValueError, "tolerances must be non-negative");
    }
    if (a == b) {
        return OBJ_TRUE;
    }
    if (isinf(a) || isinf(b)) {
        return OBJ_FALSE;
    }
    double diff = fabs(b - a);
    return obj_bool((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || (diff <= abs_tol));
}
static BUILTIN_FN_KW(math_isclose_obj, QSTR_isclose, 0, 2, math_isclose);

// Euclidean norm of n values, scaled by the largest so that squares neither
// overflow nor underflow.
static double vector_norm(size_t n, const double *v, bool any_nan) {
    double max = 0;
    for (size_t i = 0; i < n; i++) {
        if (isinf(v[i])) {
            return INFINITY;
        }
        if (fabs(v[i]) > max) {
            max = fabs(v[i]);
        }
    }
    if (any_nan) {
        return NAN;
    }
    if (max == 0 || n <= 1) {
        return max;
    }
    if (n == 2) {
        return hypot(v[0], v[1]);
    }
    // Compensated sum of the scaled squares.
    double sum = 0, comp = 0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] / max;
        double sq = x * x;
        double t = sum + sq;
        comp += (sum - t) + sq;
        sum = t;
    }
    return max * sqrt(sum + comp);
}

static obj_t math_hypot(size_t n_args, const obj_t *args) {
    double small[8] = {0};
    double *v = n_args <= 8 ? small : rt_alloc_flags(n_args * sizeof(double), GC_ALLOC_NOSCAN);
    bool any_nan = false;
    for (size_t i = 0; i < n_args; i++) {
        v[i] = rt_get_float(args[i]);
        any_nan |= isnan(v[i]) != 0;
    }
    double r = vector_norm(n_args, v, any_nan);
    if (isinf(r)) {
        for (size_t i = 0; i < n_args; i++) {
            if (isinf(v[i])) {
                return float_new(r);
            }
        }
        range_error();
    }
    return float_new(r);
}
static BUILTIN_FN_VAR(math_hypot_obj, QSTR_hypot, 0, BUILTIN_N_ANY, math_hypot);

static obj_t math_dist(obj_t p, obj_t q) {
    size_t np, nq;
    obj_t *ip, *iq;
    if (!seq_get_items(p, &np, &ip) || !seq_get_items(q, &nq, &iq)) {
        rt_raise_msg(&type_TypeError, "dist(): arguments must be sequences");
    }
    if (np != nq) {
        rt_raise_msg(&type_ValueError, "both points must have the same number of dimensions");
    }
    double *v = rt_alloc_flags((np + 1) * sizeof(double), GC_ALLOC_NOSCAN);
    bool any_nan = false;
    for (size_t i = 0; i < np; i++) {
        v[i] = fabs(rt_get_float(ip[i]) - rt_get_float(iq[i]));
        any_nan |= isnan(v[i]) != 0;
    }
    return float_new(vector_norm(np, v, any_nan));
}
static BUILTIN_FN_2(math_dist_obj, QSTR_dist, math_dist);

// ---------------------------------------------------------------------------
// Exact integer functions
// ---------------------------------------------------------------------------

static void require_int(obj_t o) {
    if (!int_is_intlike(o)) {
        rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
}

static obj_t int_abs(obj_t o) {
    if (o == OBJ_TRUE) {
        return OBJ_NEW_SMALL_INT(1);
    }
    if (o == OBJ_FALSE) {
        return OBJ_NEW_SMALL_INT(0);
    }
    return int_sign(o) < 0 ? rt_unary_op(UNARY_OP_NEGATIVE, o) : o;
}

static obj_t gcd2(obj_t a, obj_t b) {
    a = int_abs(a);
    b = int_abs(b);
    while (!(OBJ_IS_SMALL_INT(b) && OBJ_SMALL_INT_VALUE(b) == 0)) {
        if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) {
            uintptr_t x = (uintptr_t)OBJ_SMALL_INT_VALUE(a), y = (uintptr_t)OBJ_SMALL_INT_VALUE(b);
            while (y != 0) {
                uintptr_t t = x % y;
                x = y;
                y = t;
            }
            return int_from_uintptr(x);
        }
        obj_t t = rt_binary_op(BINARY_OP_MODULO, a, b);
        a = b;
        b = t;
    }
    return a;
}

static obj_t math_gcd(size_t n_args, const obj_t *args) {
    obj_t g = OBJ_NEW_SMALL_INT(0);
    for (size_t i = 0; i < n_args; i++) {
        require_int(args[i]);
    }
    for (size_t i = 0; i < n_args; i++) {
        g = gcd2(g, args[i]);
    }
    return g;
}
static BUILTIN_FN_VAR(math_gcd_obj, QSTR_gcd, 0, BUILTIN_N_ANY, math_gcd);

static obj_t math_lcm(size_t n_args, const obj_t *args) {
    obj_t l = OBJ_NEW_SMALL_INT(1);
    for (size_t i = 0; i < n_args; i++) {
        require_int(args[i]);
    }
    for (size_t i = 0; i < n_args; i++) {
        obj_t a = int_abs(args[i]);
        if (int_sign(a) == 0 || int_sign(l) == 0) {
            l = OBJ_NEW_SMALL_INT(0);
            continue;
        }
        obj_t g = gcd2(l, a);
        l = rt_binary_op(BINARY_OP_MULTIPLY, l, rt_binary_op(BINARY_OP_FLOOR_DIVIDE, a, g));
    }
    return l;
}
static BUILTIN_FN_VAR(math_lcm_obj, QSTR_lcm, 0, BUILTIN_N_ANY, math_lcm);

// Product of the integers in [lo, hi], by halves so that the big
// multiplications are balanced.
static obj_t range_product(uintptr_t lo, uintptr_t hi) {
    if (hi < lo) {
        return OBJ_NEW_SMALL_INT(1);
    }
    if (hi - lo < 8) {
        uint64_t acc = 1;
        obj_t r = OBJ_NEW_SMALL_INT(1);
        for (uintptr_t i = lo; i <= hi; i++) {
            if (acc > UINT32_MAX || i > UINT32_MAX) {
                r = rt_binary_op(BINARY_OP_MULTIPLY, r, int_from_ull(acc));
                acc = 1;
            }
            acc *= i;
        }
        return rt_binary_op(BINARY_OP_MULTIPLY, r, int_from_ull(acc));
    }
    uintptr_t mid = lo + (hi - lo) / 2;
    return rt_binary_op(BINARY_OP_MULTIPLY, range_product(lo, mid), range_product(mid + 1, hi));
}

static obj_t math_factorial(obj_t arg) {
    require_int(arg);
    if (int_sign(arg) < 0) {
        rt_raise_msg(&type_ValueError, "factorial() not defined for negative values");
    }
    intptr_t n;
    if (!int_to_intptr(arg, &n) || n > 1000000) {
        rt_raise_msg(&type_OverflowError, "factorial() argument should not exceed 1000000");
    }
    return range_product(1, (uintptr_t)n);
}
static BUILTIN_FN_1(math_factorial_obj, QSTR_factorial, math_factorial);

static obj_t math_comb(obj_t n, obj_t k) {
    require_int(n);
    require_int(k);
    if (int_sign(n) < 0) {
        rt_raise_msg(&type_ValueError, "n must be a non-negative integer");
    }
    if (int_sign(k) < 0) {
        rt_raise_msg(&type_ValueError, "k must be a non-negative integer");
    }
    if (int_compare(k, n) > 0) {
        return OBJ_NEW_SMALL_INT(0);
    }
    obj_t nk = rt_binary_op(BINARY_OP_SUBTRACT, n, k);
    if (int_compare(nk, k) < 0) {
        k = nk;
    }
    intptr_t kk;
    if (!int_to_intptr(k, &kk)) {
        rt_raise_msg(&type_OverflowError, "min(n - k, k) must not exceed a C long");
    }
    obj_t r = OBJ_NEW_SMALL_INT(1);
    for (intptr_t i = 0; i < kk; i++) {
        r = rt_binary_op(BINARY_OP_MULTIPLY, r, rt_binary_op(BINARY_OP_SUBTRACT, n, int_from_intptr(i)));
        r = rt_binary_op(BINARY_OP_FLOOR_DIVIDE, r, int_from_intptr(i + 1));
    }
    return r;
}
static BUILTIN_FN_2(math_comb_obj, QSTR_comb, math_comb);

static obj_t math_perm(size_t n_args, const obj_t *args) {
    obj_t n = args[0];
    if (n_args == 1 || args[1] == OBJ_NONE) {
        return math_factorial(n);
    }
    obj_t k = args[1];
    require_int(n);
    require_int(k);
    if (int_sign(n) < 0) {
        rt_raise_msg(&type_ValueError, "n must be a non-negative integer");
    }
    if (int_sign(k) < 0) {
        rt_raise_msg(&type_ValueError, "k must be a non-negative integer");
    }
    if (int_compare(k, n) > 0) {
        return OBJ_NEW_SMALL_INT(0);
    }
    intptr_t kk;
    if (!int_to_intptr(k, &kk)) {
        rt_raise_msg(&type_OverflowError, "k must not exceed a C long");
    }
    obj_t r = OBJ_NEW_SMALL_INT(1);
    for (intptr_t i = 0; i < kk; i++) {
        r = rt_binary_op(BINARY_OP_MULTIPLY, r, rt_binary_op(BINARY_OP_SUBTRACT, n, int_from_intptr(i)));
    }
    return r;
}
static BUILTIN_FN_VAR(math_perm_obj, QSTR_perm, 1, 2, math_perm);

static obj_t math_isqrt(obj_t arg) {
    require_int(arg);
    if (int_sign(arg) < 0) {
        rt_raise_msg(&type_ValueError, "isqrt() argument must be nonnegative");
    }
    if (int_sign(arg) == 0) {
        return OBJ_NEW_SMALL_INT(0);
    }
    intptr_t small = 0;
    if (int_to_intptr(arg, &small) && ((uint64_t)small >> 50) == 0) {
        uint64_t n = (uint64_t)small;
        uint64_t r = (uint64_t)sqrt((double)n);
        while (r * r > n) {
            r--;
        }
        while ((r + 1) * (r + 1) <= n) {
            r++;
        }
        return int_from_ull(r);
    }
    // Newton's iteration from above: x decreases to floor(sqrt(n)).
    size_t bits = bit_length(arg);
    obj_t x = rt_binary_op(BINARY_OP_LSHIFT, OBJ_NEW_SMALL_INT(1), int_from_uintptr((bits + 1) / 2));
    for (;;) {
        obj_t y = rt_binary_op(BINARY_OP_FLOOR_DIVIDE,
            rt_binary_op(BINARY_OP_ADD, x, rt_binary_op(BINARY_OP_FLOOR_DIVIDE, arg, x)),
            OBJ_NEW_SMALL_INT(2));
        if (int_compare(y, x) >= 0) {
            return x;
        }
        x = y;
    }
}
static BUILTIN_FN_1(math_isqrt_obj, QSTR_isqrt, math_isqrt);

static obj_t math_prod(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_iterable, ARG_REQUIRED, OBJ_NULL},
        {QSTR_start, ARG_KW_ONLY, OBJ_NEW_SMALL_INT(1)},
    };
    obj_t v[2];
    rt_parse_args(n_args, args, n_kw, kw, 2, spec, v, QSTR_prod);
    obj_t acc = v[1];
    obj_t it = rt_getiter(v[0]);
    obj_t item;
    while ((item = rt_iternext(it)) != OBJ_NULL) {
        acc = rt_binary_op(BINARY_OP_MULTIPLY, acc, item);
    }
    return acc;
}
static BUILTIN_FN_KW(math_prod_obj, QSTR_prod, 0, 1, math_prod);

// fsum: Shewchuk's exact summation. `partials` holds non-overlapping
// doubles whose exact sum is the running total; the result is that sum
// rounded once, with the half-way case fixed by looking at the next partial.
static obj_t math_fsum(obj_t iterable) {
    size_t alloc = 32, n = 0;
    double stack_buf[32];
    double *p = stack_buf;
    double special = 0, inf_sum = 0;
    bool have_special = false;
    obj_t it = rt_getiter(iterable);
    obj_t item;
    while ((item = rt_iternext(it)) != OBJ_NULL) {
        double x = rt_get_float(item);
        if (!isfinite(x)) {
            if (isinf(x)) {
                inf_sum += x;
            }
            special += x;
            have_special = true;
            continue;
        }
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                p[i++] = lo;
            }
            x = hi;
        }
        if (isinf(x)) {
            rt_raise_msg(&type_OverflowError, "intermediate overflow in fsum");
        }
        n = i;
        if (n >= alloc) {
            double *np = rt_alloc_flags(2 * alloc * sizeof(double), GC_ALLOC_NOSCAN);
            for (size_t j = 0; j < n; j++) {
                np[j] = p[j];
            }
            p = np;
            alloc *= 2;
        }
        p[n++] = x;
    }
    if (have_special) {
        if (isnan(inf_sum)) {
            rt_raise_msg(&type_ValueError, "-inf + inf in fsum");
        }
        return float_new(special);
    }
    double hi = 0.0;
    if (n > 0) {
        size_t k = n - 1;
        hi = p[k];
        double lo = 0;
        while (k > 0) {
            double x = hi;
            double y = p[--k];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) {
                break;
            }
        }
        // Round half-even correction when the rest lies beyond the half-way point.
        if (k > 0 && ((lo < 0 && p[k - 1] < 0) || (lo > 0 && p[k - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
    }
    // The sum starts from +0.0 as in CPython, so a total of zeros is +0.0.
    return float_new(hi + 0.0);
}
static BUILTIN_FN_1(math_fsum_obj, QSTR_fsum, math_fsum);

static obj_t math_nextafter(obj_t a, obj_t b) {
    return float_new(nextafter(rt_get_float(a), rt_get_float(b)));
}
static BUILTIN_FN_2(math_nextafter_obj, QSTR_nextafter, math_nextafter);

static obj_t math_ulp(obj_t arg) {
    double x = rt_get_float(arg);
    if (isnan(x)) {
        return float_new(x);
    }
    x = fabs(x);
    if (isinf(x)) {
        return float_new(x);
    }
    double up = nextafter(x, INFINITY);
    if (isinf(up)) {
        return float_new(x - nextafter(x, -INFINITY));
    }
    return float_new(up - x);
}
static BUILTIN_FN_1(math_ulp_obj, QSTR_ulp, math_ulp);

static const obj_float_t math_pi_obj = {{&type_float}, MATH_PI};
static const obj_float_t math_e_obj = {{&type_float}, MATH_E};
static const obj_float_t math_tau_obj = {{&type_float}, 2 * MATH_PI};
static const obj_float_t math_inf_obj = {{&type_float}, INFINITY};
static const obj_float_t math_nan_obj = {{&type_float}, NAN};

static const dict_entry_t math_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_math)},
    {OBJ_NEW_QSTR(QSTR_pi), (obj_t)&math_pi_obj},
    {OBJ_NEW_QSTR(QSTR_e), (obj_t)&math_e_obj},
    {OBJ_NEW_QSTR(QSTR_tau), (obj_t)&math_tau_obj},
    {OBJ_NEW_QSTR(QSTR_inf), (obj_t)&math_inf_obj},
    {OBJ_NEW_QSTR(QSTR_nan), (obj_t)&math_nan_obj},
    {OBJ_NEW_QSTR(QSTR_sqrt), (obj_t)&math_sqrt_obj},
    {OBJ_NEW_QSTR(QSTR_exp), (obj_t)&math_exp_obj},
    {OBJ_NEW_QSTR(QSTR_exp2), (obj_t)&math_exp2_obj},
    {OBJ_NEW_QSTR(QSTR_expm1), (obj_t)&math_expm1_obj},
    {OBJ_NEW_QSTR(QSTR_log), (obj_t)&math_log_obj},
    {OBJ_NEW_QSTR(QSTR_log2), (obj_t)&math_log2_obj},
    {OBJ_NEW_QSTR(QSTR_log10), (obj_t)&math_log10_obj},
    {OBJ_NEW_QSTR(QSTR_log1p), (obj_t)&math_log1p_obj},
    {OBJ_NEW_QSTR(QSTR_pow), (obj_t)&math_pow_obj},
    {OBJ_NEW_QSTR(QSTR_fabs), (obj_t)&math_fabs_obj},
    {OBJ_NEW_QSTR(QSTR_floor), (obj_t)&math_floor_obj},
    {OBJ_NEW_QSTR(QSTR_ceil), (obj_t)&math_ceil_obj},
    {OBJ_NEW_QSTR(QSTR_trunc), (obj_t)&math_trunc_obj},
    {OBJ_NEW_QSTR(QSTR_fmod), (obj_t)&math_fmod_obj},
    {OBJ_NEW_QSTR(QSTR_remainder), (obj_t)&math_remainder_obj},
    {OBJ_NEW_QSTR(QSTR_cbrt), (obj_t)&math_cbrt_obj},
    {OBJ_NEW_QSTR(QSTR_modf), (obj_t)&math_modf_obj},
    {OBJ_NEW_QSTR(QSTR_frexp), (obj_t)&math_frexp_obj},
    {OBJ_NEW_QSTR(QSTR_ldexp), (obj_t)&math_ldexp_obj},
    {OBJ_NEW_QSTR(QSTR_copysign), (obj_t)&math_copysign_obj},
    {OBJ_NEW_QSTR(QSTR_isfinite), (obj_t)&math_isfinite_obj},
    {OBJ_NEW_QSTR(QSTR_isinf), (obj_t)&math_isinf_obj},
    {OBJ_NEW_QSTR(QSTR_isnan), (obj_t)&math_isnan_obj},
    {OBJ_NEW_QSTR(QSTR_isclose), (obj_t)&math_isclose_obj},
    {OBJ_NEW_QSTR(QSTR_sin), (obj_t)&math_sin_obj},
    {OBJ_NEW_QSTR(QSTR_cos), (obj_t)&math_cos_obj},
    {OBJ_NEW_QSTR(QSTR_tan), (obj_t)&math_tan_obj},
    {OBJ_NEW_QSTR(QSTR_asin), (obj_t)&math_asin_obj},
    {OBJ_NEW_QSTR(QSTR_acos), (obj_t)&math_acos_obj},
    {OBJ_NEW_QSTR(QSTR_atan), (obj_t)&math_atan_obj},
    {OBJ_NEW_QSTR(QSTR_atan2), (obj_t)&math_atan2_obj},
    {OBJ_NEW_QSTR(QSTR_sinh), (obj_t)&math_sinh_obj},
    {OBJ_NEW_QSTR(QSTR_cosh), (obj_t)&math_cosh_obj},
    {OBJ_NEW_QSTR(QSTR_tanh), (obj_t)&math_tanh_obj},
    {OBJ_NEW_QSTR(QSTR_asinh), (obj_t)&math_asinh_obj},
    {OBJ_NEW_QSTR(QSTR_acosh), (obj_t)&math_acosh_obj},
    {OBJ_NEW_QSTR(QSTR_atanh), (obj_t)&math_atanh_obj},
    {OBJ_NEW_QSTR(QSTR_hypot), (obj_t)&math_hypot_obj},
    {OBJ_NEW_QSTR(QSTR_dist), (obj_t)&math_dist_obj},
    {OBJ_NEW_QSTR(QSTR_degrees), (obj_t)&math_degrees_obj},
    {OBJ_NEW_QSTR(QSTR_radians), (obj_t)&math_radians_obj},
    {OBJ_NEW_QSTR(QSTR_gcd), (obj_t)&math_gcd_obj},
    {OBJ_NEW_QSTR(QSTR_lcm), (obj_t)&math_lcm_obj},
    {OBJ_NEW_QSTR(QSTR_factorial), (obj_t)&math_factorial_obj},
    {OBJ_NEW_QSTR(QSTR_comb), (obj_t)&math_comb_obj},
    {OBJ_NEW_QSTR(QSTR_perm), (obj_t)&math_perm_obj},
    {OBJ_NEW_QSTR(QSTR_isqrt), (obj_t)&math_isqrt_obj},
    {OBJ_NEW_QSTR(QSTR_prod), (obj_t)&math_prod_obj},
    {OBJ_NEW_QSTR(QSTR_fsum), (obj_t)&math_fsum_obj},
    {OBJ_NEW_QSTR(QSTR_erf), (obj_t)&math_erf_obj},
    {OBJ_NEW_QSTR(QSTR_erfc), (obj_t)&math_erfc_obj},
    {OBJ_NEW_QSTR(QSTR_gamma), (obj_t)&math_gamma_obj},
    {OBJ_NEW_QSTR(QSTR_lgamma), (obj_t)&math_lgamma_obj},
    {OBJ_NEW_QSTR(QSTR_nextafter), (obj_t)&math_nextafter_obj},
    {OBJ_NEW_QSTR(QSTR_ulp), (obj_t)&math_ulp_obj},
};
static DICT_ROM(math_globals, math_globals_table);

MODULE_ROM(module_math, math_globals);
