// Internals shared by the string files (py/objstr.c, py/objstrformat.c,
// py/objbytes.c): building strs in place, the bytearray layout, searching,
// and the method implementations that str, bytes and bytearray share.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJSTRIMPL_H
#define PY_OBJSTRIMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"
#include "py/unicode.h"

// A bytearray (py/objbytes.c): a growable byte buffer in a separate GC block.
typedef struct obj_bytearray {
    obj_base_t base;
    size_t len;
    size_t alloc;
    uint8_t *items;
} obj_bytearray_t;

// The three byte-sequence flavours the shared methods work on.
typedef enum { SEQ_STR, SEQ_BYTES, SEQ_BYTEARRAY } seq_kind_t;

// Whether [o] is a heap object whose type is [t] or a subclass of it.
bool str_obj_is_kind(obj_t o, const obj_type_t *t);

// The built-in object inside an instance of a class derived from str,
// bytes or bytearray (py/objtype.c wraps one in each instance); [o] itself
// for everything else.
obj_t str_unwrap_slow(obj_t o);
static inline obj_t str_unwrap(obj_t o) {
    if (OBJ_IS_PTR(o) && (((const obj_base_t *)o)->type->flags & TYPE_FLAG_HEAP)) {
        return str_unwrap_slow(o);
    }
    return o;
}

// Reads a str or bytes (qstr or heap, subclass instances included) without checks.
static inline const char *str_get(obj_t s, size_t *len) {
    s = str_unwrap(s); // the wrapped object may itself be a qstr
    if (OBJ_IS_QSTR(s)) {
        return qstr_data(OBJ_QSTR_VALUE(s), len);
    }
    const obj_str_t *o = (const obj_str_t *)s;
    *len = o->len;
    return o->data;
}

// A type name for argument errors: "None" for None, as CPython's argument
// clinic writes it, else the type's name.
const char *str_arg_type_name(obj_t o);

// qstr_find_strn with the hash (str_hash_bytes) already computed (py/qstr.c).
qstr qstr_find_strn_hash(const char *str, size_t len, size_t hash);

// A size or count argument as a C value: INTPTR_MIN when [o] is not an int;
// MemoryError for sizes a 64-bit machine could express but we cannot (on
// 32-bit targets); OverflowError beyond those. [unit] is the size of one
// repetition (0: not a repetition) for CPython's "repeated string is too long".
intptr_t str_size_arg(obj_t o, size_t unit);

// The number of code points of a str.
size_t str_charlen(obj_t s);

// A new heap str of [len] bytes whose contents the caller writes to *[data]
// before calling str_done (which counts code points). [len] is checked for
// overflow (MemoryError).
obj_t str_alloc(size_t len, char **data);
obj_t str_done(obj_t s);

// Same for a str whose code point count the caller knows.
static inline obj_t str_done_n(obj_t s, size_t charlen) {
    ((obj_str_t *)s)->charlen = charlen;
    return s;
}

// `x += y` for strs, for INPLACE_ADD_FAST: when [a] is marked STR_HASH_OWNED
// (only the fast local being assigned holds it) it grows in place and is
// returned (amortised O(1) appends); otherwise the result is a new str, marked
// owned, with spare room for the next append. The caller stores the result in
// that local and nowhere else. Returns OBJ_NULL when a or b is not an exact str.
obj_t str_append_owned(obj_t a, obj_t b);

// A new bytes of [len] bytes to be filled in by the caller.
obj_t bytes_alloc(size_t len, char **data);

// A one-character str for code point [c] (ASCII ones are shared ROM objects).
obj_t str_from_char(uint32_t c);

// A new bytearray holding a copy of [len] bytes.
obj_t bytearray_new(const uint8_t *data, size_t len);

// The bytes of a bytes-like object (bytes, bytearray, anything with the buffer
// protocol) or false if it has none (str is never bytes-like).
bool bytes_get_data(obj_t o, const char **data, size_t *len);

// Finds [needle] in [hay]; NULL when absent. Linear on average (memchr for
// short needles, Boyer-Moore-Horspool for longer ones).
const char *str_search(const char *hay, size_t hlen, const char *needle, size_t nlen);

// Finds the last occurrence of [needle] in [hay]; NULL when absent.
const char *str_rsearch(const char *hay, size_t hlen, const char *needle, size_t nlen);

// Decodes [len] bytes with [encoding] (utf-8, ascii, latin-1 and aliases) and
// [errors] (strict, ignore, replace, surrogateescape unsupported); both may
// be NULL for the defaults. Raises UnicodeDecodeError / LookupError.
obj_t bytes_decode(const char *data, size_t len, obj_t encoding, obj_t errors);

// Encodes a str to bytes with [encoding] and [errors] as str.encode does.
obj_t str_encode(obj_t s, obj_t encoding, obj_t errors);

// str % args (py/objstrformat.c); [is_bytes] for bytes % args.
obj_t str_modulo_format(obj_t fmt, obj_t args, bool is_bytes);

// str.format and str.format_map (py/objstrformat.c).
obj_t str_format_method(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw);
obj_t str_format_map(obj_t self, obj_t mapping);

// Methods shared by str, bytes and bytearray (py/objstr.c); self decides the
// flavour of the arguments and results.
extern const obj_builtin_t seq_find_obj, seq_rfind_obj, seq_index_obj, seq_rindex_obj,
    seq_count_obj, seq_startswith_obj, seq_endswith_obj, seq_split_obj, seq_rsplit_obj,
    seq_strip_obj, seq_lstrip_obj, seq_rstrip_obj, seq_partition_obj, seq_rpartition_obj,
    seq_replace_obj, seq_join_obj, seq_splitlines_obj, seq_upper_obj, seq_lower_obj,
    seq_center_obj, seq_ljust_obj, seq_rjust_obj, seq_zfill_obj, seq_isdigit_obj,
    seq_isalpha_obj, seq_isalnum_obj, seq_isspace_obj, seq_isupper_obj, seq_islower_obj,
    seq_capitalize_obj, seq_swapcase_obj, seq_title_obj, seq_istitle_obj, seq_isascii_obj,
    seq_expandtabs_obj, seq_removeprefix_obj, seq_removesuffix_obj, seq_translate_bytes_obj;

// bytes.maketrans and bytearray.maketrans (a staticmethod).
extern const obj_method_wrapper_t bytes_maketrans_obj;

// Operator methods shared by str, bytes and bytearray (py/objstr.c).
extern const obj_builtin_t seq_dunder_len_obj, seq_dunder_hash_obj, seq_dunder_add_obj,
    seq_dunder_mul_obj, seq_dunder_rmul_obj, seq_dunder_mod_obj, seq_dunder_contains_obj,
    seq_dunder_eq_obj, seq_dunder_ne_obj, seq_dunder_lt_obj, seq_dunder_le_obj, seq_dunder_gt_obj,
    seq_dunder_ge_obj, seq_dunder_getitem_obj, seq_dunder_iter_obj;

// Method table entries for them (bytearray has no __hash__).
#define SEQ_DUNDER_METHODS_NOHASH \
    {OBJ_NEW_QSTR(QSTR___add__), (obj_t)&seq_dunder_add_obj}, \
    {OBJ_NEW_QSTR(QSTR___contains__), (obj_t)&seq_dunder_contains_obj}, \
    {OBJ_NEW_QSTR(QSTR___eq__), (obj_t)&seq_dunder_eq_obj}, \
    {OBJ_NEW_QSTR(QSTR___ge__), (obj_t)&seq_dunder_ge_obj}, \
    {OBJ_NEW_QSTR(QSTR___getitem__), (obj_t)&seq_dunder_getitem_obj}, \
    {OBJ_NEW_QSTR(QSTR___gt__), (obj_t)&seq_dunder_gt_obj}, \
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&seq_dunder_iter_obj}, \
    {OBJ_NEW_QSTR(QSTR___le__), (obj_t)&seq_dunder_le_obj}, \
    {OBJ_NEW_QSTR(QSTR___len__), (obj_t)&seq_dunder_len_obj}, \
    {OBJ_NEW_QSTR(QSTR___lt__), (obj_t)&seq_dunder_lt_obj}, \
    {OBJ_NEW_QSTR(QSTR___mul__), (obj_t)&seq_dunder_mul_obj}, \
    {OBJ_NEW_QSTR(QSTR___ne__), (obj_t)&seq_dunder_ne_obj}, \
    {OBJ_NEW_QSTR(QSTR___rmul__), (obj_t)&seq_dunder_rmul_obj}
#define SEQ_DUNDER_METHODS SEQ_DUNDER_METHODS_NOHASH, \
    {OBJ_NEW_QSTR(QSTR___hash__), (obj_t)&seq_dunder_hash_obj}

// Compares two byte strings as Python does (bytewise, then by length).
int str_compare_bytes(const char *a, size_t alen, const char *b, size_t blen);

#endif
