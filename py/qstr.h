// Interned strings (qstrs): each distinct string stored once, named by a small
// index, so that names compare by index and hash once.
// SPDX-License-Identifier: MIT
#ifndef PY_QSTR_H
#define PY_QSTR_H

#include <stddef.h>
#include <stdint.h>

// The index of an interned string. 0 (QSTR_NULL) is "no string".
//
// Strings used by C code are known at build time: tools/gen_qstr.py scans every
// source for tokens QSTR_<identifier> (the string is the identifier, e.g.
// QSTR___init__ is "__init__") and reads py/qstrdefs.txt for strings that are
// not C identifiers (lines "QSTR_name text"; the text may be empty). It writes
// genhdr/qstrdefs.h: an enum of QSTR_ constants and the ROM table with each
// string's length and hash. Strings interned at run time get indexes after
// the ROM ones, in pools on the GC heap.
typedef size_t qstr;

#include "genhdr/qstrdefs.h"

// Interns [len] bytes at [str] and returns the index (existing or new).
qstr qstr_from_strn(const char *str, size_t len);

// Interns a NUL-terminated string.
qstr qstr_from_str(const char *str);

// Returns the index of [str] if it is interned, else QSTR_NULL (never interns).
qstr qstr_find_strn(const char *str, size_t len);

// The bytes of [q], NUL-terminated.
const char *qstr_str(qstr q);

// The length in bytes of [q].
size_t qstr_len(qstr q);

// The hash of [q]: equal to str_hash_bytes() of its bytes (py/objstr.h), so that
// interned and heap strings with the same text hash alike.
size_t qstr_hash(qstr q);

// The bytes and length of [q] at once.
const char *qstr_data(qstr q, size_t *len);

// Sets up the run-time pools; called once by rt_init().
void qstr_init(void);

// Number of qstrs, and bytes they use, for micropython.qstr_info().
void qstr_stats(size_t *n_qstr, size_t *n_bytes);

#endif
