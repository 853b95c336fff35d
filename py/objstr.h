// str and bytes. Owner: py/objstr.c (str), py/objbytes.c (bytes, bytearray).
// SPDX-License-Identifier: MIT
#ifndef PY_OBJSTR_H
#define PY_OBJSTR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// A new str holding a copy of [len] bytes of UTF-8 at [data] (not interned).
obj_t str_new(const char *data, size_t len);

// A str from a NUL-terminated C string.
obj_t str_from_cstr(const char *s);

// An interned str (qstr immediate) with the given bytes.
obj_t str_intern(const char *data, size_t len);

// The bytes of a str or bytes object (interned or heap) and their length.
const char *str_data(obj_t s, size_t *len);

// The qstr of a str object, interning it if needed (for attribute names).
qstr str_to_qstr(obj_t s);

// Hash values of strs and bytes keep 30 bits so that they fit a small int on
// 32-bit targets too: then hash(s) is the same number whether it is computed
// for a str, a qstr or an instance of a str subclass.
#define STR_HASH_MASK 0x3fffffffu

// The hash field of a str that only one fast local holds has this bit set
// (never in a real hash, which STR_HASH_MASK keeps low) and the room for data
// in its block in the other bits. INPLACE_ADD_FAST creates such strs and grows
// them in place; LOAD_FAST_SHARE and locals() clear the mark.
#define STR_HASH_OWNED ((size_t)1 << (sizeof(size_t) * 8 - 1))

// Whether [o] is an owned str. ROM strs never are: their hashes are real ones.
static inline bool str_is_owned(obj_t o) {
    return OBJ_IS_PTR(o) && ((obj_str_t *)o)->base.type == &type_str &&
           (((obj_str_t *)o)->hash & STR_HASH_OWNED);
}

// Marks [o] as possibly referenced from elsewhere if it is an owned str.
static inline void str_mark_shared(obj_t o) {
    if (str_is_owned(o)) {
        ((obj_str_t *)o)->hash = 0;
    }
}

// Hash of [len] bytes (FNV-1a masked by STR_HASH_MASK, never 0); the same
// function for qstrs and heap strs and bytes.
size_t str_hash_bytes(const char *data, size_t len);

// Hash of a str object (cached in heap strs).
size_t str_hash(obj_t s);

// Whether two str objects have equal contents.
bool str_equal(obj_t a, obj_t b);

// Writes the repr of [len] bytes as a str ('...' with escapes) or, when
// [is_bytes], as a bytes literal (b'...').
void str_print_quoted(const print_t *p, const char *data, size_t len, bool is_bytes);

// A new bytes object holding a copy of [len] bytes.
obj_t bytes_new(const uint8_t *data, size_t len);

// format(value, spec): applies the format-spec mini-language to ints, floats,
// strs (and calls __format__ of other objects); used by format(), str.format
// and f-strings. Raises ValueError/TypeError with CPython's messages.
obj_t str_format_value(obj_t value, const char *spec, size_t spec_len);

// Whether the object is a str (or subclass instance) / bytes.
bool str_is_str_like(obj_t o);

#endif
