// The cmath module: complex versions of the math functions, over C99's
// <complex.h>, with CPython's argument handling and domain errors.
// SPDX-License-Identifier: MIT

#include <complex.h>
#include <math.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_cmath, module_cmath);

#define CMATH_PI 3.141592653589793238462643383279502884
#define CMATH_E 2.718281828459045235360287471352662498

// A complex from its parts. C11 lays a complex out as two doubles; the
// union avoids CMPLX, which newlib lacks.
static double complex make_complex(double re, double im) {
    union {
        double complex z;
        double parts[2];
    } u;
    u.parts[0] = re;
    u.parts[1] = im;
    return u.z;
}

static double complex get_complex(obj_t o) {
    if (OBJ_IS_PTR(o) && obj_type_of(o) == &type_complex) {
        double re, im;
        complex_get(o, &re, &im);
        return make_complex(re, im);
    }
    if (!int_is_intlike(o) && !float_is_float(o) && !(OBJ_IS_PTR(o) && (obj_type_of(o)->flags & TYPE_FLAG_HEAP))) {
        rt_raise_fmt(&type_TypeError, "must be real number, not %T", o);
    }
    return make_complex(rt_get_float(o), 0.0);
}

// A nan or inf from finite input is a domain error (CPython's rule for
// these functions; overflow of exp/cosh/sinh is a range error).
static obj_t result(double complex in, double complex r, bool can_overflow) {
    bool in_finite = isfinite(creal(in)) && isfinite(cimag(in));
    if (in_finite) {
        if (isnan(creal(r)) || isnan(cimag(r))) {
            rt_raise_msg(&type_ValueError, "math domain error");
        }
        if (isinf(creal(r)) || isinf(cimag(r))) {
            if (can_overflow) {
                rt_raise_msg(&type_OverflowError, "math range error");
            }
            rt_raise_msg(&type_ValueError, "math domain error");
        }
    }
    return complex_new(creal(r), cimag(r));
}

#if defined(__NEWLIB__) || defined(CMATH_OWN)
// newlib's complex functions lose the sign of zero parts (csqrt), report
// overflow as nan (cexp) and answer nan for the real arguments outside the
// real functions' domains (casin, cacosh, ...). These versions follow the
// textbook formulas with C99's branch cuts; non-finite input still goes to
// the library.
#define CMATH_OWN_FUNCS 1

static double complex own_csqrt(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y)) {
        return csqrt(z);
    }
    if (x == 0 && y == 0) {
        return make_complex(0.0, y);
    }
    // Scaled so that hypot cannot overflow for huge parts.
    double t = sqrt((fabs(x) + hypot(x, y)) / 2);
    if (x >= 0) {
        return make_complex(t, y / (2 * t));
    }
    return make_complex(fabs(y) / (2 * t), copysign(t, y));
}

static double complex own_cexp(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y)) {
        return cexp(z);
    }
    double m = exp(x);
    if (y == 0) {
        return make_complex(m, y);
    }
    return make_complex(m * cos(y), m * sin(y));
}

static double complex own_clog(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y)) {
        return clog(z);
    }
    return make_complex(log(hypot(x, y)), atan2(y, x));
}

// i * z and -i * z, exactly (no multiplication by a complex zero part).
static double complex times_i(double complex z) {
    return make_complex(-cimag(z), creal(z));
}
static double complex times_minus_i(double complex z) {
    return make_complex(cimag(z), -creal(z));
}

static double complex own_casinh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y)) {
        return casinh(z);
    }
    if (signbit(x)) {
        // Odd function: the formula loses precision for negative real parts.
        double complex w = own_casinh(make_complex(-x, -y));
        return make_complex(-creal(w), -cimag(w));
    }
    if (x == 0 && fabs(y) <= 1) {
        return make_complex(x, asin(y)); // on the imaginary axis: exactly i asin(y)
    }
    double complex zz = make_complex(x * x - y * y + 1, 2 * x * y);
    double complex r = own_csqrt(zz);
    return own_clog(make_complex(x + creal(r), y + cimag(r)));
}

static double complex own_casin(double complex z) {
    if (!isfinite(creal(z)) || !isfinite(cimag(z))) {
        return casin(z);
    }
    return times_minus_i(own_casinh(times_i(z)));
}

static double complex own_cacos(double complex z) {
    if (!isfinite(creal(z)) || !isfinite(cimag(z))) {
        return cacos(z);
    }
    double complex a = own_casin(z);
    return make_complex(CMATH_PI / 2 - creal(a), -cimag(a));
}

static double complex own_cacosh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y)) {
        return cacosh(z);
    }
    if (y == 0 && fabs(x) <= 1) {
        return make_complex(0.0, copysign(acos(x), y)); // on the segment: exactly i acos(x)
    }
    // log(z + sqrt(z + 1) * sqrt(z - 1)), with the cuts of both roots.
    double complex a = own_csqrt(make_complex(x + 1, y));
    double complex b = own_csqrt(make_complex(x - 1, y));
    double re = creal(a) * creal(b) - cimag(a) * cimag(b);
    double im = creal(a) * cimag(b) + cimag(a) * creal(b);
    return own_clog(make_complex(x + re, y + im));
}

static double complex own_catanh(double complex z) {
    double x = creal(z), y = cimag(z);
    if (!isfinite(x) || !isfinite(y)) {
        return catanh(z);
    }
    if (signbit(x)) {
        double complex w = own_catanh(make_complex(-x, -y));
        return make_complex(-creal(w), -cimag(w));
    }
    if (y == 0 && x < 1) {
        return make_complex(atanh(x), y); // on the real axis inside the cuts
    }
    if (x == 0) {
        return make_complex(x, atan(y)); // on the imaginary axis: exactly i atan(y)
    }
    // (log(1 + z) - log(1 - z)) / 2
    double complex a = own_clog(make_complex(1 + x, y));
    double complex b = own_clog(make_complex(1 - x, -y));
    return make_complex((creal(a) - creal(b)) / 2, (cimag(a) - cimag(b)) / 2);
}

static double complex own_catan(double complex z) {
    if (!isfinite(creal(z)) || !isfinite(cimag(z))) {
        return catan(z);
    }
    return times_minus_i(own_catanh(times_i(z)));
}

#define csqrt own_csqrt
#define cexp own_cexp
#define casinh own_casinh
#define casin own_casin
#define cacos own_cacos
#define cacosh own_cacosh
#define catanh own_catanh
#define catan own_catan
#endif

#define CMATH_FN1(name, cfn, ovf)                                  \
    static obj_t cmath_##name(obj_t arg) {                         \
        double complex z = get_complex(arg);                       \
        return result(z, cfn(z), ovf);                             \
    }                                                              \
    static BUILTIN_FN_1(cmath_##name##_obj, QSTR_##name, cmath_##name)

CMATH_FN1(exp, cexp, true);
CMATH_FN1(sqrt, csqrt, false);
CMATH_FN1(sin, csin, true);
CMATH_FN1(cos, ccos, true);
CMATH_FN1(tan, ctan, false);
CMATH_FN1(asin, casin, false);
CMATH_FN1(acos, cacos, false);
CMATH_FN1(atan, catan, false);
CMATH_FN1(sinh, csinh, true);
CMATH_FN1(cosh, ccosh, true);
CMATH_FN1(tanh, ctanh, false);
CMATH_FN1(asinh, casinh, false);
CMATH_FN1(acosh, cacosh, false);
CMATH_FN1(atanh, catanh, false);

static double complex checked_log(obj_t arg) {
    double complex z = get_complex(arg);
    if (creal(z) == 0 && cimag(z) == 0) {
        rt_raise_msg(&type_ValueError, "math domain error");
    }
    return clog(z);
}

static obj_t cmath_log(size_t n_args, const obj_t *args) {
    double complex r = checked_log(args[0]);
    if (n_args == 2) {
        double complex b = checked_log(args[1]);
        if (creal(b) == 0 && cimag(b) == 0) {
            rt_raise_msg(&type_ZeroDivisionError, "complex division by zero");
        }
        r = r / b;
    }
    return complex_new(creal(r), cimag(r));
}
static BUILTIN_FN_VAR(cmath_log_obj, QSTR_log, 1, 2, cmath_log);

static obj_t cmath_log10(obj_t arg) {
    double complex r = checked_log(arg) / log(10.0);
    return complex_new(creal(r), cimag(r));
}
static BUILTIN_FN_1(cmath_log10_obj, QSTR_log10, cmath_log10);

static obj_t cmath_phase(obj_t arg) {
    double complex z = get_complex(arg);
    return float_new(carg(z));
}
static BUILTIN_FN_1(cmath_phase_obj, QSTR_phase, cmath_phase);

static obj_t cmath_polar(obj_t arg) {
    double complex z = get_complex(arg);
    double r = hypot(creal(z), cimag(z));
    if (isinf(r) && isfinite(creal(z)) && isfinite(cimag(z))) {
        rt_raise_msg(&type_OverflowError, "math range error");
    }
    obj_t items[2] = {float_new(r), float_new(carg(z))};
    return tuple_new(2, items);
}
static BUILTIN_FN_1(cmath_polar_obj, QSTR_polar, cmath_polar);

static obj_t cmath_rect(obj_t r_obj, obj_t phi_obj) {
    double r = rt_get_float(r_obj), phi = rt_get_float(phi_obj);
    if (isfinite(r) && isinf(phi)) {
        rt_raise_msg(&type_ValueError, "math domain error");
    }
    double re, im;
    if (phi == 0) {
        re = r;
        im = r * phi;
    } else {
        re = r * cos(phi);
        im = r * sin(phi);
    }
    return complex_new(re, im);
}
static BUILTIN_FN_2(cmath_rect_obj, QSTR_rect, cmath_rect);

static obj_t cmath_isfinite(obj_t arg) {
    double complex z = get_complex(arg);
    return obj_bool(isfinite(creal(z)) && isfinite(cimag(z)));
}
static BUILTIN_FN_1(cmath_isfinite_obj, QSTR_isfinite, cmath_isfinite);

static obj_t cmath_isinf(obj_t arg) {
    double complex z = get_complex(arg);
    return obj_bool(isinf(creal(z)) || isinf(cimag(z)));
}
static BUILTIN_FN_1(cmath_isinf_obj, QSTR_isinf, cmath_isinf);

static obj_t cmath_isnan(obj_t arg) {
    double complex z = get_complex(arg);
    return obj_bool(isnan(creal(z)) || isnan(cimag(z)));
}
static BUILTIN_FN_1(cmath_isnan_obj, QSTR_isnan, cmath_isnan);

static obj_t cmath_isclose(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_a, ARG_REQUIRED, OBJ_NULL},
        {QSTR_b, ARG_REQUIRED, OBJ_NULL},
        {QSTR_rel_tol, ARG_KW_ONLY, OBJ_NULL},
        {QSTR_abs_tol, ARG_KW_ONLY, OBJ_NULL},
    };
    obj_t v[4];
    rt_parse_args(n_args, args, n_kw, kw, 4, spec, v, QSTR_isclose);
    double complex a = get_complex(v[0]), b = get_complex(v[1]);
    double rel = v[2] == OBJ_NULL ? 1e-9 : rt_get_float(v[2]);
    double abs_tol = v[3] == OBJ_NULL ? 0.0 : rt_get_float(v[3]);
    if (rel < 0 || abs_tol < 0) {
        rt_raise_msg(&type_ValueError, "tolerances must be non-negative");
    }
    if (creal(a) == creal(b) && cimag(a) == cimag(b)) {
        return OBJ_TRUE;
    }
    if (isinf(creal(a)) || isinf(cimag(a)) || isinf(creal(b)) || isinf(cimag(b))) {
        return OBJ_FALSE;
    }
    double diff = cabs(a - b);
    return obj_bool(diff <= rel * cabs(b) || diff <= rel * cabs(a) || diff <= abs_tol);
}
static BUILTIN_FN_KW(cmath_isclose_obj, QSTR_isclose, 0, 2, cmath_isclose);

static const obj_float_t cmath_pi_obj = {{&type_float}, CMATH_PI};
static const obj_float_t cmath_e_obj = {{&type_float}, CMATH_E};
static const obj_float_t cmath_tau_obj = {{&type_float}, 2 * CMATH_PI};
static const obj_float_t cmath_inf_obj = {{&type_float}, INFINITY};
static const obj_float_t cmath_nan_obj = {{&type_float}, NAN};

// infj and nanj as ROM complex objects: the same layout as obj_complex_t
// in py/objcomplex.c (base, real, imag).
typedef struct {
    obj_base_t base;
    double real, imag;
} rom_complex_t;
static const rom_complex_t cmath_infj_obj = {{&type_complex}, 0.0, INFINITY};
static const rom_complex_t cmath_nanj_obj = {{&type_complex}, 0.0, NAN};

static const dict_entry_t cmath_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_cmath)},
    {OBJ_NEW_QSTR(QSTR_pi), (obj_t)&cmath_pi_obj},
    {OBJ_NEW_QSTR(QSTR_e), (obj_t)&cmath_e_obj},
    {OBJ_NEW_QSTR(QSTR_tau), (obj_t)&cmath_tau_obj},
    {OBJ_NEW_QSTR(QSTR_inf), (obj_t)&cmath_inf_obj},
    {OBJ_NEW_QSTR(QSTR_nan), (obj_t)&cmath_nan_obj},
    {OBJ_NEW_QSTR(QSTR_infj), (obj_t)&cmath_infj_obj},
    {OBJ_NEW_QSTR(QSTR_nanj), (obj_t)&cmath_nanj_obj},
    {OBJ_NEW_QSTR(QSTR_exp), (obj_t)&cmath_exp_obj},
    {OBJ_NEW_QSTR(QSTR_log), (obj_t)&cmath_log_obj},
    {OBJ_NEW_QSTR(QSTR_log10), (obj_t)&cmath_log10_obj},
    {OBJ_NEW_QSTR(QSTR_sqrt), (obj_t)&cmath_sqrt_obj},
    {OBJ_NEW_QSTR(QSTR_sin), (obj_t)&cmath_sin_obj},
    {OBJ_NEW_QSTR(QSTR_cos), (obj_t)&cmath_cos_obj},
    {OBJ_NEW_QSTR(QSTR_tan), (obj_t)&cmath_tan_obj},
    {OBJ_NEW_QSTR(QSTR_asin), (obj_t)&cmath_asin_obj},
    {OBJ_NEW_QSTR(QSTR_acos), (obj_t)&cmath_acos_obj},
    {OBJ_NEW_QSTR(QSTR_atan), (obj_t)&cmath_atan_obj},
    {OBJ_NEW_QSTR(QSTR_sinh), (obj_t)&cmath_sinh_obj},
    {OBJ_NEW_QSTR(QSTR_cosh), (obj_t)&cmath_cosh_obj},
    {OBJ_NEW_QSTR(QSTR_tanh), (obj_t)&cmath_tanh_obj},
    {OBJ_NEW_QSTR(QSTR_asinh), (obj_t)&cmath_asinh_obj},
    {OBJ_NEW_QSTR(QSTR_acosh), (obj_t)&cmath_acosh_obj},
    {OBJ_NEW_QSTR(QSTR_atanh), (obj_t)&cmath_atanh_obj},
    {OBJ_NEW_QSTR(QSTR_phase), (obj_t)&cmath_phase_obj},
    {OBJ_NEW_QSTR(QSTR_polar), (obj_t)&cmath_polar_obj},
    {OBJ_NEW_QSTR(QSTR_rect), (obj_t)&cmath_rect_obj},
    {OBJ_NEW_QSTR(QSTR_isfinite), (obj_t)&cmath_isfinite_obj},
    {OBJ_NEW_QSTR(QSTR_isinf), (obj_t)&cmath_isinf_obj},
    {OBJ_NEW_QSTR(QSTR_isnan), (obj_t)&cmath_isnan_obj},
    {OBJ_NEW_QSTR(QSTR_isclose), (obj_t)&cmath_isclose_obj},
};
static DICT_ROM(cmath_globals, cmath_globals_table);

MODULE_ROM(module_cmath, cmath_globals);
