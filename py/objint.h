// Ints: small ints are immediates (py/obj.h), larger ones big-int objects.
// These are the ways to make and read ints from C. Owner: py/objint.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJINT_H
#define PY_OBJINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// An int from a C value: a small int when it fits, else a big int.
obj_t int_from_intptr(intptr_t v);
obj_t int_from_uintptr(uintptr_t v);
obj_t int_from_ll(long long v);
obj_t int_from_ull(unsigned long long v);

// The int nearest [d] toward zero; raises OverflowError for inf and ValueError for nan.
obj_t int_from_double(double d);

// Parses [len] bytes as an int in [base] (2..36, or 0 for literal rules with
// 0x/0o/0b prefixes); leading/trailing whitespace, a sign and single
// underscores between digits are allowed as in int(). Raises ValueError with
// CPython's message ("invalid literal for int() with base 10: '...'").
obj_t int_from_str(const char *s, size_t len, int base);

// Whether the int [o] (small or big) fits an intptr_t; stores it if so.
bool int_to_intptr(obj_t o, intptr_t *out);

// The int [o] as a double (OverflowError "int too large to convert to float").
double int_to_double(obj_t o);

// Compares two ints: negative, zero or positive.
int int_compare(obj_t a, obj_t b);

// Writes the int in [base] (2..36) with an optional prefix ("0x", ...) to [p].
void int_print_base(const print_t *p, obj_t o, int base, const char *prefix, bool upper);

// pow(base, exp, mod) for ints, with CPython's rules and errors.
obj_t int_pow_mod(obj_t base, obj_t exp, obj_t mod);

// The sign of an int: -1, 0 or 1.
int int_sign(obj_t o);

// Hash of an int, consistent with float hashing (hash(1) == hash(1.0)).
intptr_t int_hash(obj_t o);

#endif
