// Arbitrary-precision arithmetic on natural numbers stored as digit arrays.
// SPDX-License-Identifier: MIT
//
// A number is an array of 32-bit digits, least significant first, with its
// length passed alongside: value = sum(d[i] * 2**(32*i)). A length is
// "normalised" when the top digit is non-zero (zero has length 0). Products
// of two digits fit the 64-bit bigint_ddigit_t, which keeps the code the same
// on the 64-bit host and the 32-bit Pi.
//
// These functions know nothing about Python objects or signs: py/objint.c
// builds Python's int on them (sign, small-int immediates, errors). The caller
// provides result arrays (sizes are given with each function); scratch space
// for the larger algorithms (Karatsuba, long division, base conversion) comes
// from bigint_alloc/bigint_free, which the embedder defines: py/objint.c maps
// them to the GC heap, tests/unit/test_bigint.c to malloc.
#ifndef PY_BIGINT_H
#define PY_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t bigint_digit_t;
typedef uint64_t bigint_ddigit_t;
#define BIGINT_DIGIT_BITS (32)

// Below this many digits (of the shorter operand) multiplication is
// schoolbook; from it on Karatsuba's three half-size products are used.
#define BIGINT_KARATSUBA_THRESHOLD (40)

// Scratch memory for [n] bytes (defined by the embedder). Must not return
// NULL: raise or abort instead. The contents need not be zeroed.
void *bigint_alloc(size_t n);

// Gives back a block from bigint_alloc (may do nothing).
void bigint_free(void *p);

// The normalised length of the [n] digits at [a] (drops zero top digits).
size_t bigint_norm(const bigint_digit_t *a, size_t n);

// Compares two normalised numbers: negative, zero or positive.
int bigint_cmp(const bigint_digit_t *a, size_t an, const bigint_digit_t *b, size_t bn);

// r = a + b with an >= bn; writes an digits to [r] (which may alias a or b)
// and returns the carry out (0 or 1).
bigint_digit_t bigint_add(bigint_digit_t *r, const bigint_digit_t *a, size_t an,
    const bigint_digit_t *b, size_t bn);

// r = a - b with an >= bn; writes an digits to [r] (which may alias a or b)
// and returns the borrow out (0 when a >= b).
bigint_digit_t bigint_sub(bigint_digit_t *r, const bigint_digit_t *a, size_t an,
    const bigint_digit_t *b, size_t bn);

// r = a * m + carry over [n] digits ([r] may alias [a]); returns the digit carried out.
bigint_digit_t bigint_mul_1(bigint_digit_t *r, const bigint_digit_t *a, size_t n,
    bigint_digit_t m, bigint_digit_t carry);

// r += a * m over [n] digits; returns the digit carried out.
bigint_digit_t bigint_addmul_1(bigint_digit_t *r, const bigint_digit_t *a, size_t n,
    bigint_digit_t m);

// r -= a * m over [n] digits; returns the digit borrowed out.
bigint_digit_t bigint_submul_1(bigint_digit_t *r, const bigint_digit_t *a, size_t n,
    bigint_digit_t m);

// r = a * b: writes an + bn digits to [r], which must not overlap a or b.
// an, bn >= 1. Schoolbook below BIGINT_KARATSUBA_THRESHOLD, Karatsuba above.
void bigint_mul(bigint_digit_t *r, const bigint_digit_t *a, size_t an,
    const bigint_digit_t *b, size_t bn);

// q = a / d over [n] digits ([q] may alias [a], or be NULL); returns a % d. d != 0.
bigint_digit_t bigint_divmod_1(bigint_digit_t *q, const bigint_digit_t *a, size_t n,
    bigint_digit_t d);

// Long division (Knuth's algorithm D): q = a / b, r = a % b, for an >= bn >= 1
// and b normalised. [q] gets an - bn + 1 digits, [r] gets bn digits; either may
// be NULL when not wanted; neither may overlap a or b.
void bigint_divmod(bigint_digit_t *q, bigint_digit_t *r, const bigint_digit_t *a, size_t an,
    const bigint_digit_t *b, size_t bn);

// r = a << bits over [n] digits, 0 <= bits < 32 ([r] may alias [a]); returns
// the bits shifted out of the top (in the low bits of the result).
bigint_digit_t bigint_shl(bigint_digit_t *r, const bigint_digit_t *a, size_t n, unsigned bits);

// r = a >> bits over [n] digits, 0 <= bits < 32 ([r] may alias [a]); returns
// the bits shifted out of the bottom (in the high bits of the result).
bigint_digit_t bigint_shr(bigint_digit_t *r, const bigint_digit_t *a, size_t n, unsigned bits);

// Number of bits of a normalised number (0 for zero).
size_t bigint_bit_length(const bigint_digit_t *a, size_t n);

// Whether any of the low [bits] bits of the [n] digits at [a] is set.
bool bigint_low_bits_nonzero(const bigint_digit_t *a, size_t n, size_t bits);

// Nearest double to the normalised number, ties to even; +inf when too large.
double bigint_to_double(const bigint_digit_t *a, size_t n);

// Room needed by bigint_to_str for [n] digits in [base] (2..36), in chars.
size_t bigint_str_size(size_t n, int base);

// Writes the normalised number in [base] (2..36), most significant first and
// without sign or prefix, at the END of the [size] chars at [buf] (size from
// bigint_str_size); returns the number of chars written ("0" for zero).
// Decimal and other non-binary bases peel off the largest power of the base
// that fits a digit at a time.
size_t bigint_to_str(char *buf, size_t size, const bigint_digit_t *a, size_t n, int base,
    bool upper);

// Digits needed by bigint_from_values for [len] values in [base].
size_t bigint_from_values_size(size_t len, int base);

// Builds a number from [len] digit values (each 0..base-1, most significant
// first) in [base] (2..36) into [r] (bigint_from_values_size digits); returns
// the normalised length.
size_t bigint_from_values(bigint_digit_t *r, const uint8_t *vals, size_t len, int base);

#endif
