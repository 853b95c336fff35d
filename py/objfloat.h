// Floats (IEEE doubles) and complex numbers. Owner: py/objfloat.c, py/objcomplex.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJFLOAT_H
#define PY_OBJFLOAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// A new float object.
obj_t float_new(double v);

// The value of a float object (type float or a subclass).
static inline double float_value(obj_t o) { return ((obj_float_t *)o)->value; }

// Parses a float literal or float() argument (also "inf", "nan", signs,
// underscores between digits); raises ValueError
// ("could not convert string to float: '...'").
obj_t float_from_str(const char *s, size_t len);

// Writes repr(v): the shortest string that reads back as the same double.
void float_print_repr(const print_t *p, double v);

// Writes [v] formatted for a format spec's presentation [type] ('e', 'E', 'f',
// 'F', 'g', 'G', '%', or 'r' for repr-like shortest digits) with [prec] digits
// (-1: the type's default); a leading '-' for negatives, no padding. [alt] is
// the '#' flag. Used by format(), str.format, f-strings and %-formatting.
struct vstr;
void float_format(struct vstr *out, double v, char type, int prec, bool alt);

// round(x) and round(x, ndigits) for ints and floats ([ndigits] OBJ_NULL when
// absent), with banker's rounding as CPython. Owner: py/objfloat.c.
obj_t num_round(obj_t x, obj_t ndigits);

// Hash of a double, consistent with int hashing.
intptr_t float_hash(double v);

// A new complex object.
obj_t complex_new(double real, double imag);

#endif
