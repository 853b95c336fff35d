// What the number types (py/objint.c, py/objbool.c, py/objfloat.c,
// py/objcomplex.c) share beyond the public py/objint.h and py/objfloat.h.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJNUM_H
#define PY_OBJNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// The most decimal digits int() and str() convert (sys.set_int_max_str_digits;
// 0 = no limit). Defaults to CPython's 4300. Owner: py/objint.c.
extern size_t int_max_str_digits;

// Whether [o] is an int for arithmetic: a small int, a big int or a bool.
static inline bool int_is_intlike(obj_t o) {
    return OBJ_IS_SMALL_INT(o) ||
           (OBJ_IS_PTR(o) && (((const obj_base_t *)o)->type == &type_int ||
                              ((const obj_base_t *)o)->type == &type_bool));
}

// int's binary operator slot; bools are ints to it (py/objbool.c delegates here).
obj_t int_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);

// int's unary operator slot, also used for bools.
obj_t int_unary_op(unary_op_t op, obj_t o);

// Binary operator on two machine-word ints; OBJ_NULL when the result needs a
// big int (the caller goes on to int's general code). Raises as int does.
obj_t int_small_binary_op(binary_op_t op, intptr_t a, intptr_t b);

// The number of bits of |o| for the int-like [o] (int.bit_length()). Owner: py/objint.c.
size_t int_bits(obj_t o);

// int's attribute slot (real, imag, numerator, denominator), also bool's.
void int_attr(obj_t self, qstr attr, obj_t *dest);

// Compares the int-like [i] with the double [d] exactly: -1, 0, 1, or 2 when
// [d] is nan (unordered). Owner: py/objint.c.
int int_compare_double(obj_t i, double d);

// The nearest double to the int-like [o] in *out; false (no exception) when
// it is too large for a double. Owner: py/objint.c.
bool int_as_double(obj_t o, double *out);

// Whether [o] is a float or an instance of a float subclass' native value.
static inline bool float_is_float(obj_t o) {
    return OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_float;
}

// x ** y for doubles with CPython's special cases and errors; a negative
// base with a fractional exponent gives a complex. Owner: py/objfloat.c.
obj_t float_pow(double x, double y);

// Raises OverflowError (34, 'Numerical result out of range') as CPython does
// when a libm result overflows. Owner: py/objfloat.c.
NORETURN void float_raise_range_error(void);

// Writes [v] in CPython's 'r' style into [buf] (at least 32 bytes): the
// shortest round-tripping digits; [add_dot_0] appends ".0" to integral
// values in fixed notation (repr does, complex's parts do not). Returns the
// length. Owner: py/objfloat.c.
size_t float_repr_buf(char *buf, double v, bool add_dot_0);

// Reads the longest float literal (Python's float() syntax, no whitespace)
// at the start of [len] bytes at [s] into *out; returns the bytes consumed,
// 0 if there is no float there. Used by float() and complex(). Owner: py/objfloat.c.
size_t float_scan(const char *s, size_t len, double *out);

// Moves *start forward and *stop back over whitespace: ASCII, and also the
// UTF-8 encoded Unicode spaces when [unicode] (text from a str, not bytes).
// Owner: py/objfloat.c.
void num_strip(const char **start, const char **stop, bool unicode);

// [s] itself when its [len] bytes are ASCII; otherwise a copy where each
// Unicode space is ' ', each decimal digit its ASCII digit and any other
// non-ASCII character '?' (*[len] updated), as int() and float() read text.
// Owner: py/objfloat.c.
const char *num_ascii(const char *s, size_t *len);

// The real and imaginary parts of a complex object. Owner: py/objcomplex.c.
void complex_get(obj_t o, double *real, double *imag);

#endif
