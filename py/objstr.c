// The str type: immutable UTF-8 text, interned (qstr immediates) or on the
// heap (obj_str_t), plus the methods str shares with bytes and bytearray.
// SPDX-License-Identifier: MIT
//
// A heap str keeps its byte length, its code point count and its hash (0 =
// not computed yet). When both counts are equal the text is ASCII, and
// indexing is a byte access; otherwise indexing walks the UTF-8 from the
// nearer end. Interned strings don't store a code point count: they are
// short names, counted when needed.
//
// The empty str is the qstr QSTR__empty and one-character ASCII strs are ROM
// objects, so iteration and indexing of ASCII text never allocate.

#include <string.h>

#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

// ---------------------------------------------------------------------------
// The shared one-character strs
// ---------------------------------------------------------------------------

// Same layout as obj_str_t, with the data array sized so it can be a constant.
typedef struct rom_char {
    obj_base_t base;
    size_t hash;
    size_t len;
    size_t charlen;
    char data[2];
} rom_char_t;

// FNV-1a of one byte (never 0 for these values).
#define CHAR_HASH(c) ((size_t)(((2166136261u ^ (uint32_t)(c)) * 16777619u) & STR_HASH_MASK))
#define RC(c) {{&type_str}, CHAR_HASH(c), 1, 1, {(char)(c), 0}}
#define RC4(c) RC(c), RC((c) + 1), RC((c) + 2), RC((c) + 3)
#define RC16(c) RC4(c), RC4((c) + 4), RC4((c) + 8), RC4((c) + 12)

static const rom_char_t rom_chars[128] = {
    RC16(0), RC16(16), RC16(32), RC16(48), RC16(64), RC16(80), RC16(96), RC16(112),
};

#define EMPTY_STR OBJ_NEW_QSTR(QSTR__empty)

obj_t str_from_char(uint32_t c) {
    if (c < 0x80) {
        return (obj_t)&rom_chars[c];
    }
    char buf[4];
    size_t n = utf8_encode(c, buf);
    char *d;
    obj_t s = str_alloc(n, &d);
    memcpy(d, buf, n);
    return str_done_n(s, 1);
}

// ---------------------------------------------------------------------------
// Construction and access
// ---------------------------------------------------------------------------

obj_t str_alloc(size_t len, char **data) {
    if (len > SIZE_MAX / 2 - sizeof(obj_str_t)) {
        rt_raise_memory_error();
    }
    obj_str_t *o = rt_alloc_flags(sizeof(obj_str_t) + len + 1, GC_ALLOC_NOSCAN);
    o->base.type = &type_str;
    o->len = len;
    o->charlen = len;
    *data = o->data;
    return o;
}

obj_t str_done(obj_t s) {
    obj_str_t *o = s;
    o->charlen = utf8_charlen(o->data, o->len);
    return s;
}

obj_t str_new(const char *data, size_t len) {
    if (len <= 1) {
        if (len == 0) {
            return EMPTY_STR;
        }
        if ((uint8_t)data[0] < 0x80) {
            return (obj_t)&rom_chars[(uint8_t)data[0]];
        }
    }
    char *d;
    obj_t s = str_alloc(len, &d);
    memcpy(d, data, len);
    return str_done(s);
}

obj_t str_from_cstr(const char *s) {
    return str_new(s, strlen(s));
}

obj_t str_intern(const char *data, size_t len) {
    return OBJ_NEW_QSTR(qstr_from_strn(data, len));
}

const char *str_data(obj_t s, size_t *len) {
    s = str_unwrap(s);
    if (OBJ_IS_QSTR(s)) {
        return qstr_data(OBJ_QSTR_VALUE(s), len);
    }
    const obj_base_t *b = s;
    if (b->type == &type_bytearray) {
        const obj_bytearray_t *ba = s;
        *len = ba->len;
        return (const char *)ba->items;
    }
    const obj_str_t *o = s;
    *len = o->len;
    return o->data;
}

size_t str_charlen(obj_t s) {
    s = str_unwrap(s);
    if (OBJ_IS_QSTR(s)) {
        size_t len;
        const char *d = qstr_data(OBJ_QSTR_VALUE(s), &len);
        return utf8_charlen(d, len);
    }
    return ((const obj_str_t *)s)->charlen;
}

qstr str_to_qstr(obj_t s) {
    s = str_unwrap(s);
    if (OBJ_IS_QSTR(s)) {
        return OBJ_QSTR_VALUE(s);
    }
    const obj_str_t *o = s;
    return qstr_from_strn(o->data, o->len);
}

size_t str_hash_bytes(const char *data, size_t len) {
    const uint8_t *p = (const uint8_t *)data;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h = (h ^ p[i]) * 16777619u;
    }
    h &= STR_HASH_MASK;
    return h ? h : 1;
}

size_t str_hash(obj_t s) {
    s = str_unwrap(s);
    if (OBJ_IS_QSTR(s)) {
        return qstr_hash(OBJ_QSTR_VALUE(s));
    }
    obj_str_t *o = s;
    if (o->hash == 0 || (o->hash & STR_HASH_OWNED)) {
        o->hash = str_hash_bytes(o->data, o->len);
    }
    return o->hash;
}

bool str_equal(obj_t a, obj_t b) {
    if (a == b) {
        return true;
    }
    a = str_unwrap(a);
    b = str_unwrap(b);
    if (OBJ_IS_QSTR(a) && OBJ_IS_QSTR(b)) {
        return false;
    }
    size_t alen, blen;
    const char *ad = str_get(a, &alen);
    const char *bd = str_get(b, &blen);
    if (alen != blen) {
        return false;
    }
    // Cached hashes settle most unequal pairs without touching the bytes.
    if (!OBJ_IS_QSTR(a) && !OBJ_IS_QSTR(b)) {
        size_t ha = ((const obj_str_t *)a)->hash, hb = ((const obj_str_t *)b)->hash;
        if (ha != 0 && hb != 0 && ha != hb) {
            return false;
        }
    }
    return memcmp(ad, bd, alen) == 0;
}

int str_compare_bytes(const char *a, size_t alen, const char *b, size_t blen) {
    int c = memcmp(a, b, alen < blen ? alen : blen);
    if (c != 0) {
        return c;
    }
    return alen < blen ? -1 : alen > blen ? 1 : 0;
}

obj_t str_unwrap_slow(obj_t o) {
    return type_native_of(o);
}

bool str_obj_is_kind(obj_t o, const obj_type_t *t) {
    if (!OBJ_IS_PTR(o)) {
        return false;
    }
    const obj_type_t *ot = ((const obj_base_t *)o)->type;
    if (ot == t) {
        return true;
    }
    if (!(ot->flags & TYPE_FLAG_HEAP)) {
        return false;
    }
    obj_t n = type_native_of(o);
    return n != o && n != OBJ_NULL && obj_type_of(n) == t;
}

const char *str_arg_type_name(obj_t o) {
    return o == OBJ_NONE ? "None" : qstr_str(rt_type_name(o));
}

bool str_is_str_like(obj_t o) {
    return obj_is_str(o) || str_obj_is_kind(o, &type_str);
}

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

static const char hex_digits[] = "0123456789abcdef";

void str_print_quoted(const print_t *p, const char *data, size_t len, bool is_bytes) {
    // Single quotes unless the text has ' and no ".
    char quote = '\'';
    if (memchr(data, '\'', len) != NULL && memchr(data, '"', len) == NULL) {
        quote = '"';
    }
    if (is_bytes) {
        print_strn(p, "b", 1);
    }
    print_strn(p, &quote, 1);
    const uint8_t *s = (const uint8_t *)data;
    const uint8_t *end = s + len;
    const uint8_t *run = s;
    while (s < end) {
        uint8_t c = *s;
        if (c >= 0x20 && c < 0x7f && c != '\\' && c != (uint8_t)quote) {
            s++;
            continue;
        }
        if (c >= 0x80 && !is_bytes) {
            const char *q = (const char *)s;
            uint32_t cp = utf8_decode(&q);
            if (unicode_isprintable(cp)) {
                s = (const uint8_t *)q;
                continue;
            }
            print_strn(p, (const char *)run, (size_t)(s - run));
            char buf[10];
            size_t n;
            if (cp < 0x100) {
                buf[0] = '\\';
                buf[1] = 'x';
                n = 2;
            } else if (cp < 0x10000) {
                buf[0] = '\\';
                buf[1] = 'u';
                n = 2;
                buf[n++] = hex_digits[(cp >> 12) & 15];
                buf[n++] = hex_digits[(cp >> 8) & 15];
            } else {
                buf[0] = '\\';
                buf[1] = 'U';
                n = 2;
                for (int sh = 28; sh >= 8; sh -= 4) {
                    buf[n++] = hex_digits[(cp >> sh) & 15];
                }
            }
            buf[n++] = hex_digits[(cp >> 4) & 15];
            buf[n++] = hex_digits[cp & 15];
            print_strn(p, buf, n);
            s = (const uint8_t *)q;
            run = s;
            continue;
        }
        print_strn(p, (const char *)run, (size_t)(s - run));
        char buf[4] = {'\\', 0, 0, 0};
        size_t n = 2;
        switch (c) {
            case '\\': buf[1] = '\\'; break;
            case '\n': buf[1] = 'n'; break;
            case '\r': buf[1] = 'r'; break;
            case '\t': buf[1] = 't'; break;
            default:
                if (c == (uint8_t)quote) {
                    buf[1] = (char)c;
                } else {
                    buf[1] = 'x';
                    buf[2] = hex_digits[c >> 4];
                    buf[3] = hex_digits[c & 15];
                    n = 4;
                }
                break;
        }
        print_strn(p, buf, n);
        s++;
        run = s;
    }
    print_strn(p, (const char *)run, (size_t)(s - run));
    print_strn(p, &quote, 1);
}

static void str_print(const print_t *p, obj_t self, print_kind_t kind) {
    size_t len;
    const char *d = str_get(self, &len);
    if (kind == PRINT_REPR) {
        str_print_quoted(p, d, len, false);
    } else {
        print_strn(p, d, len);
    }
}

// ---------------------------------------------------------------------------
// Constructor
// ---------------------------------------------------------------------------

static obj_t str_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t vals[3] = {OBJ_NULL, OBJ_NULL, OBJ_NULL};
    if (n_kw == 0 && n_args <= 1) {
        vals[0] = n_args ? args[0] : OBJ_NULL;
    } else {
        static const arg_spec_t spec[] = {
            {QSTR_object, 0, OBJ_NULL},
            {QSTR_encoding, 0, OBJ_NULL},
            {QSTR_errors, 0, OBJ_NULL},
        };
        rt_parse_args(n_args, args, n_kw, args + n_args, 3, spec, vals, QSTR_str);
    }
    obj_t result;
    if (vals[0] == OBJ_NULL) {
        result = EMPTY_STR;
    } else if (vals[1] == OBJ_NULL && vals[2] == OBJ_NULL) {
        result = obj_is_str(vals[0]) ? vals[0] : rt_str(vals[0]);
    } else {
        for (int i = 1; i < 3; i++) {
            if (vals[i] != OBJ_NULL && !str_is_str_like(vals[i])) {
                rt_raise_fmt(&type_TypeError, "str() argument '%s' must be str, not %s",
                    i == 1 ? "encoding" : "errors", str_arg_type_name(vals[i]));
            }
        }
        const char *d;
        size_t len;
        if (str_is_str_like(vals[0])) {
            rt_raise_msg(&type_TypeError, "decoding str is not supported");
        }
        if (!bytes_get_data(vals[0], &d, &len)) {
            rt_raise_fmt(&type_TypeError, "decoding to str: need a bytes-like object, %T found",
                vals[0]);
        }
        result = bytes_decode(d, len, vals[1], vals[2]);
    }
    (void)type; // py/objtype.c wraps the result for subclasses
    return result;
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

static obj_t str_concat(obj_t a, obj_t b) {
    size_t alen, blen;
    const char *ad = str_get(a, &alen);
    const char *bd = str_get(b, &blen);
    if (blen == 0 && obj_is_str(a)) {
        return a;
    }
    if (alen == 0 && obj_is_str(b)) {
        return b;
    }
    if (alen > SIZE_MAX / 4 || blen > SIZE_MAX / 4) {
        rt_raise_memory_error();
    }
    size_t acl = str_charlen(a), bcl = str_charlen(b);
    char *d;
    obj_t s = str_alloc(alen + blen, &d);
    // Re-read: the allocation may not move objects, but be clear about order.
    ad = str_get(a, &alen);
    bd = str_get(b, &blen);
    memcpy(d, ad, alen);
    memcpy(d + alen, bd, blen);
    return str_done_n(s, acl + bcl);
}

obj_t str_append_owned(obj_t a, obj_t b) {
    if (!obj_is_str(a) || !obj_is_str(b)) {
        return OBJ_NULL;
    }
    size_t alen, blen;
    const char *bd = str_get(b, &blen);
    str_get(a, &alen);
    if (blen == 0) {
        return a;
    }
    if (alen > SIZE_MAX / 8 || blen > SIZE_MAX / 8) {
        rt_raise_memory_error();
    }
    size_t need = alen + blen;
    size_t bcl = str_charlen(b);
    if (str_is_owned(a)) {
        obj_str_t *o = a;
        if ((o->hash & ~STR_HASH_OWNED) < need) {
            // Grow geometrically so that a loop of appends stays linear.
            bool self_append = a == b; // s += s: the source moves with the block
            o = rt_realloc(o, sizeof(obj_str_t) + need * 2 + 1);
            o->hash = STR_HASH_OWNED | (need * 2);
            if (self_append) {
                bd = o->data;
            }
        }
        memcpy(o->data + alen, bd, blen);
        o->data[need] = 0;
        o->len = need;
        o->charlen += bcl;
        return o;
    }
    // A fresh result with spare room: the next append to it can happen in place.
    size_t acl = str_charlen(a);
    size_t cap = need < 32 ? need : need * 2;
    obj_str_t *o = rt_alloc_flags(sizeof(obj_str_t) + cap + 1, GC_ALLOC_NOSCAN);
    o->base.type = &type_str;
    const char *ad = str_get(a, &alen);
    bd = str_get(b, &blen);
    memcpy(o->data, ad, alen);
    memcpy(o->data + alen, bd, blen);
    o->data[need] = 0;
    o->hash = STR_HASH_OWNED | cap;
    o->len = need;
    o->charlen = acl + bcl;
    return o;
}

// Repeats [len] bytes [n] times into a new str or bytes.
static obj_t seq_repeat(obj_t self, intptr_t n, bool is_bytes) {
    size_t len;
    const char *d = str_get(self, &len);
    if (n <= 0 || len == 0) {
        return is_bytes ? bytes_new(NULL, 0) : EMPTY_STR;
    }
    if (n == 1 && (obj_is_str(self) || (OBJ_IS_PTR(self) && ((obj_base_t *)self)->type == &type_bytes))) {
        return self;
    }
    if ((size_t)n > (SIZE_MAX / 2) / len) {
        rt_raise_msg(&type_OverflowError,
            is_bytes ? "repeated bytes are too long" : "repeated string is too long");
    }
    size_t total = len * (size_t)n;
    size_t cl = is_bytes ? len : str_charlen(self);
    char *out;
    obj_t r = is_bytes ? bytes_alloc(total, &out) : str_alloc(total, &out);
    d = str_get(self, &len);
    if (len == 1) {
        memset(out, d[0], total);
    } else {
        // Doubling copies: log(n) memcpy calls.
        memcpy(out, d, len);
        size_t done = len;
        while (done < total) {
            size_t k = done <= total - done ? done : total - done;
            memcpy(out + done, out, k);
            done += k;
        }
    }
    if (!is_bytes) {
        str_done_n(r, cl * (size_t)n);
    }
    return r;
}

// Whether the int [o] is outside intptr_t but inside int64_t: possible on
// 32-bit targets only. There a size that a 64-bit CPython (our oracle) would
// accept and fail to allocate must raise MemoryError, not OverflowError.
static bool int_fits_64_only(obj_t o, double *value) {
    intptr_t v;
    obj_t n = str_unwrap(o);
    if (sizeof(intptr_t) >= 8 || !obj_is_int(n) || int_to_intptr(n, &v)) {
        return false;
    }
    double d = int_to_double(n);
    *value = d;
    return d > -9.2e18 && d < 9.2e18;
}

intptr_t str_size_arg(obj_t o, size_t unit) {
    if (OBJ_IS_SMALL_INT(o)) {
        return OBJ_SMALL_INT_VALUE(o);
    }
    double d;
    if (int_fits_64_only(o, &d)) {
        if (d < 0) {
            return -1;
        }
        if (unit != 0 && d * (double)unit > 9.2e18) {
            rt_raise_msg(&type_OverflowError, "repeated string is too long");
        }
        rt_raise_memory_error();
    }
    intptr_t v;
    if (!rt_get_int_maybe(o, &v)) {
        return INTPTR_MIN; // not an int
    }
    return v;
}

obj_t str_seq_repeat(obj_t self, obj_t count, bool is_bytes);
obj_t str_seq_repeat(obj_t self, obj_t count, bool is_bytes) {
    size_t len;
    str_get(self, &len);
    intptr_t n = str_size_arg(count, len);
    if (n == INTPTR_MIN) {
        rt_raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    return seq_repeat(self, n, is_bytes);
}

// Whether [o] is an instance of a class defined in Python (which may
// implement the reflected operator, so built-in types must not raise first).
static bool is_heap_instance(obj_t o) {
    return OBJ_IS_PTR(o) && (((const obj_base_t *)o)->type->flags & TYPE_FLAG_HEAP);
}

static obj_t str_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    bool lstr = str_is_str_like(lhs);
    switch (op) {
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD:
            if (!lstr) {
                return OBJ_NULL;
            }
            if (str_is_str_like(rhs)) {
                return str_concat(lhs, rhs);
            }
            if (is_heap_instance(rhs)) {
                return OBJ_NULL;
            }
            rt_raise_fmt(&type_TypeError, "can only concatenate str (not \"%T\") to str", rhs);
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_INPLACE_MULTIPLY:
            if (lstr) {
                if (is_heap_instance(rhs) && !OBJ_IS_SMALL_INT(rhs)) {
                    intptr_t n;
                    if (!rt_get_int_maybe(rhs, &n)) {
                        return OBJ_NULL;
                    }
                }
                return str_seq_repeat(lhs, rhs, false);
            }
            if (is_heap_instance(lhs)) {
                return OBJ_NULL;
            }
            return str_seq_repeat(rhs, lhs, false);
        case BINARY_OP_MODULO:
        case BINARY_OP_INPLACE_MODULO:
            if (!lstr) {
                return OBJ_NULL;
            }
            return str_modulo_format(lhs, rhs, false);
        case BINARY_OP_CONTAINS: {
            if (!str_is_str_like(rhs)) {
                rt_raise_fmt(&type_TypeError,
                    "'in <string>' requires string as left operand, not %T", rhs);
            }
            size_t hlen, nlen;
            const char *h = str_get(lhs, &hlen);
            const char *n = str_get(rhs, &nlen);
            return obj_bool(str_search(h, hlen, n, nlen) != NULL);
        }
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
            if (!lstr || !str_is_str_like(rhs)) {
                return OBJ_NULL;
            }
            return obj_bool(str_equal(lhs, rhs) == (op == BINARY_OP_EQUAL));
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL: {
            if (!lstr || !str_is_str_like(rhs)) {
                return OBJ_NULL;
            }
            size_t alen, blen;
            const char *a = str_get(lhs, &alen);
            const char *b = str_get(rhs, &blen);
            int c = str_compare_bytes(a, alen, b, blen);
            switch (op) {
                case BINARY_OP_LESS: return obj_bool(c < 0);
                case BINARY_OP_MORE: return obj_bool(c > 0);
                case BINARY_OP_LESS_EQUAL: return obj_bool(c <= 0);
                default: return obj_bool(c >= 0);
            }
        }
        default:
            return OBJ_NULL;
    }
}

static obj_t str_unary_op(unary_op_t op, obj_t self) {
    switch (op) {
        case UNARY_OP_BOOL: {
            size_t len;
            str_get(self, &len);
            return obj_bool(len != 0);
        }
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(str_charlen(self));
        case UNARY_OP_HASH:
            // STR_HASH_MASK keeps it a small int on 32-bit targets too.
            return OBJ_NEW_SMALL_INT((intptr_t)str_hash(self));
        default:
            return OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Indexing
// ---------------------------------------------------------------------------

// Substrings up to this many bytes are looked up among the interned
// strings first (split() of text with repeated words then allocates nothing).
#define SUB_INTERN_MAX (16)

// A new str for a piece of another str: an existing qstr when one has the
// same text, else a heap str with its hash already set (it was computed for
// the lookup). [ascii]: the piece is known to be ASCII.
static obj_t str_new_sub(const char *data, size_t len, bool ascii) {
    if (len <= 1) {
        if (len == 0) {
            return EMPTY_STR;
        }
        if ((uint8_t)data[0] < 0x80) {
            return (obj_t)&rom_chars[(uint8_t)data[0]];
        }
    }
    size_t hash = 0;
    if (len <= SUB_INTERN_MAX) {
        hash = str_hash_bytes(data, len);
        qstr q = qstr_find_strn_hash(data, len, hash);
        if (q != QSTR_NULL) {
            return OBJ_NEW_QSTR(q);
        }
    }
    char *d;
    obj_str_t *o = str_alloc(len, &d);
    memcpy(d, data, len);
    o->hash = hash;
    if (!ascii) {
        str_done(o);
    }
    return o;
}

// A str of [count] code points from [start] by [step], the indices already resolved.
static obj_t str_slice(obj_t self, intptr_t start, intptr_t step, size_t count) {
    size_t len;
    const char *d = str_get(self, &len);
    size_t cl = str_charlen(self);
    if (count == 0) {
        return EMPTY_STR;
    }
    if (cl == len) {
        if (count == 1) {
            return (obj_t)&rom_chars[(uint8_t)d[start]];
        }
        if (step == 1) {
            if (count == cl && obj_is_str(self)) {
                return self;
            }
            return str_new_sub(d + start, count, true);
        }
        char *out;
        obj_t s = str_alloc(count, &out);
        intptr_t i = start;
        for (size_t k = 0; k < count; k++, i += step) {
            out[k] = d[i];
        }
        return s;
    }
    const char *a = utf8_at(d, len, cl, (size_t)start);
    if (step == 1) {
        if (count == cl && obj_is_str(self)) {
            return self;
        }
        const char *b = utf8_at(d, len, cl, (size_t)start + count);
        if ((size_t)(b - a) <= SUB_INTERN_MAX) {
            return str_new_sub(a, (size_t)(b - a), false);
        }
        char *out;
        obj_t s = str_alloc((size_t)(b - a), &out);
        memcpy(out, a, (size_t)(b - a));
        return str_done_n(s, count);
    }
    // Non-ASCII with a step: walk the UTF-8 once, forwards or backwards.
    vstr_t v;
    vstr_init(&v, count * 2);
    const char *p = a;
    for (size_t k = 0; k < count; k++) {
        const char *q = p;
        utf8_decode(&q);
        vstr_add_strn(&v, p, (size_t)(q - p));
        if (k + 1 == count) {
            break;
        }
        if (step > 0) {
            p = q;
            for (intptr_t j = 1; j < step; j++) {
                utf8_decode(&p);
            }
        } else {
            for (intptr_t j = 0; j < -step; j++) {
                utf8_decode_back(&p);
            }
        }
    }
    return vstr_to_str(&v);
}

static obj_t str_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL; // immutable: rt raises the TypeError
    }
    size_t len;
    const char *d = str_get(self, &len);
    intptr_t i;
    if (OBJ_IS_SMALL_INT(index)) {
        i = OBJ_SMALL_INT_VALUE(index);
    } else if (OBJ_IS_PTR(index) && ((obj_base_t *)index)->type == &type_slice) {
        intptr_t start, stop, step;
        size_t count = slice_indices(index, str_charlen(self), &start, &stop, &step);
        return str_slice(self, start, step, count);
    } else if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "string indices must be integers, not '%T'", index);
    }
    size_t cl = str_charlen(self);
    if (i < 0) {
        i += (intptr_t)cl;
    }
    if (i < 0 || (size_t)i >= cl) {
        rt_raise_msg(&type_IndexError, "string index out of range");
    }
    if (cl == len) {
        return (obj_t)&rom_chars[(uint8_t)d[i]];
    }
    const char *p = utf8_at(d, len, cl, (size_t)i);
    return str_from_char(utf8_decode(&p));
}

// ---------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------

typedef struct str_iter {
    obj_base_t base;
    obj_t str;
    size_t pos; // byte offset of the next character
} str_iter_t;

static obj_t str_iter_next(obj_t self) {
    str_iter_t *it = self;
    size_t len;
    const char *d = str_get(it->str, &len);
    if (it->pos >= len) {
        return OBJ_NULL;
    }
    uint8_t c = (uint8_t)d[it->pos];
    if (c < 0x80) {
        it->pos++;
        return (obj_t)&rom_chars[c];
    }
    const char *p = d + it->pos;
    uint32_t cp = utf8_decode(&p);
    it->pos = (size_t)(p - d);
    return str_from_char(cp);
}

static const obj_type_t type_str_iterator = {
    {&type_type}, TYPE_FLAG_ITER_IS_SELF, QSTR_str_iterator, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, iter_self, str_iter_next, NULL, &type_object, NULL, NULL, NULL,
};

static obj_t str_getiter(obj_t self) {
    str_iter_t *it = rt_new_obj(&type_str_iterator, sizeof(str_iter_t));
    it->str = self;
    it->pos = 0;
    return it;
}

// The method table and the type come at the end of the file, after the methods.

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

const char *str_search(const char *hay, size_t hlen, const char *needle, size_t nlen) {
    if (nlen == 0) {
        return hay;
    }
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 1) {
        return memchr(hay, (uint8_t)needle[0], hlen);
    }
    const char *end = hay + hlen - nlen; // last possible start
    if (nlen < 4 || hlen < 256) {
        // memchr to the first byte, then compare: fast in practice, and
        // bounded for short needles.
        const char *p = hay;
        uint8_t first = (uint8_t)needle[0];
        while (p <= end) {
            p = memchr(p, first, (size_t)(end - p) + 1);
            if (p == NULL) {
                return NULL;
            }
            if (memcmp(p + 1, needle + 1, nlen - 1) == 0) {
                return p;
            }
            p++;
        }
        return NULL;
    }
    // Boyer-Moore-Horspool: shift by the distance of the window's last byte
    // from the needle's end.
    size_t skip[256];
    for (size_t i = 0; i < 256; i++) {
        skip[i] = nlen;
    }
    for (size_t i = 0; i + 1 < nlen; i++) {
        skip[(uint8_t)needle[i]] = nlen - 1 - i;
    }
    uint8_t last = (uint8_t)needle[nlen - 1];
    const char *p = hay;
    while (p <= end) {
        uint8_t c = (uint8_t)p[nlen - 1];
        if (c == last && memcmp(p, needle, nlen - 1) == 0) {
            return p;
        }
        p += skip[c];
    }
    return NULL;
}

const char *str_rsearch(const char *hay, size_t hlen, const char *needle, size_t nlen) {
    if (nlen > hlen) {
        return NULL;
    }
    if (nlen == 0) {
        return hay + hlen;
    }
    const char *p = hay + (hlen - nlen);
    if (nlen < 4 || hlen < 256) {
        uint8_t first = (uint8_t)needle[0];
        for (;;) {
            if ((uint8_t)*p == first && memcmp(p + 1, needle + 1, nlen - 1) == 0) {
                return p;
            }
            if (p == hay) {
                return NULL;
            }
            p--;
        }
    }
    // Horspool mirrored: the window's first byte decides the shift.
    size_t skip[256];
    for (size_t i = 0; i < 256; i++) {
        skip[i] = nlen;
    }
    for (size_t i = nlen - 1; i > 0; i--) {
        skip[(uint8_t)needle[i]] = i;
    }
    uint8_t first = (uint8_t)needle[0];
    size_t pos = hlen - nlen;
    for (;;) {
        const char *w = hay + pos;
        if ((uint8_t)w[0] == first && memcmp(w + 1, needle + 1, nlen - 1) == 0) {
            return w;
        }
        size_t s = skip[(uint8_t)w[0]];
        if (pos < s) {
            return NULL;
        }
        pos -= s;
    }
}

static intptr_t get_width(obj_t o);

// ---------------------------------------------------------------------------
// Method helpers shared by str, bytes and bytearray
// ---------------------------------------------------------------------------

// A view of self: its flavour and bytes (charlen only for str).
typedef struct seq {
    seq_kind_t kind;
    const char *data;
    size_t len;
    size_t charlen;
} seq_t;

static void seq_self(obj_t self, seq_t *s) {
    self = str_unwrap(self);
    if (str_is_str_like(self)) {
        s->kind = SEQ_STR;
        s->data = str_get(self, &s->len);
        s->charlen = OBJ_IS_QSTR(self) ? utf8_charlen(s->data, s->len)
                                       : ((const obj_str_t *)self)->charlen;
        return;
    }
    if (str_obj_is_kind(self, &type_bytearray)) {
        const obj_bytearray_t *ba = self;
        s->kind = SEQ_BYTEARRAY;
        s->data = (const char *)ba->items;
        s->len = ba->len;
    } else {
        const obj_str_t *o = self;
        s->kind = SEQ_BYTES;
        s->data = o->data;
        s->len = o->len;
    }
    s->charlen = s->len;
}

static inline bool seq_ascii(const seq_t *s) {
    return s->charlen == s->len;
}


// A new object of self's flavour holding [len] bytes of it.
static obj_t seq_make(const seq_t *self, const char *data, size_t len) {
    switch (self->kind) {
        case SEQ_STR:
            return str_new_sub(data, len, self->charlen == self->len);
        case SEQ_BYTES:
            return bytes_new((const uint8_t *)data, len);
        default:
            return bytearray_new((const uint8_t *)data, len);
    }
}

// Same, but returns [self] when the result is all of it and self is an
// immutable object of the exact built-in type.
static obj_t seq_make_sub(obj_t self, const seq_t *s, const char *data, size_t len) {
    if (len == s->len && s->kind != SEQ_BYTEARRAY &&
        (obj_is_str(self) || (OBJ_IS_PTR(self) && ((obj_base_t *)self)->type == &type_bytes))) {
        return self;
    }
    return seq_make(s, data, len);
}

// Reads an argument that must have self's flavour; [what] formats the
// TypeError for str ("must be str, not %T"-style, %T = the argument).
static void seq_arg(const seq_t *self, obj_t arg, seq_t *out, const char *str_err) {
    if (self->kind == SEQ_STR) {
        if (!str_is_str_like(arg)) {
            // "%s" messages come from CPython's argument clinic, which names None "None".
            if (strstr(str_err, "%s") != NULL) {
                rt_raise_fmt(&type_TypeError, str_err, str_arg_type_name(arg));
            }
            rt_raise_fmt(&type_TypeError, str_err, arg);
        }
        seq_self(arg, out);
        return;
    }
    out->kind = SEQ_BYTES;
    if (!bytes_get_data(arg, &out->data, &out->len)) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", arg);
    }
    out->charlen = out->len;
}

// The needle of find/count/index for bytes may also be an int (one byte).
static void seq_arg_needle(const seq_t *self, obj_t arg, seq_t *out, char *byte_buf) {
    if (self->kind != SEQ_STR) {
        intptr_t v;
        if (!str_is_str_like(arg) && obj_is_int(arg)) {
            v = rt_get_int(arg);
            if (v < 0 || v > 255) {
                rt_raise_msg(&type_ValueError, "byte must be in range(0, 256)");
            }
            byte_buf[0] = (char)v;
            out->kind = SEQ_BYTES;
            out->data = byte_buf;
            out->len = out->charlen = 1;
            return;
        }
        if (!bytes_get_data(arg, &out->data, &out->len)) {
            rt_raise_fmt(&type_TypeError,
                "argument should be integer or bytes-like object, not '%T'", arg);
        }
        out->kind = SEQ_BYTES;
        out->charlen = out->len;
        return;
    }
    seq_arg(self, arg, out, "must be str, not %T");
}

// Resolves optional start/end arguments (char indices for str) with slice
// rules; returns false when start > len (an empty, out-of-range window).
static bool seq_range(const seq_t *s, size_t n_args, const obj_t *args, size_t first,
    size_t *bstart, size_t *bend, size_t *cstart) {
    intptr_t n = (intptr_t)s->charlen;
    intptr_t start = 0, end = n;
    for (size_t k = 0; k < 2; k++) {
        if (n_args <= first + k || args[first + k] == OBJ_NONE) {
            continue;
        }
        obj_t a = args[first + k];
        intptr_t v;
        if (OBJ_IS_SMALL_INT(a)) {
            v = OBJ_SMALL_INT_VALUE(a);
        } else if (!rt_get_int_maybe(a, &v)) {
            rt_raise_msg(&type_TypeError,
                "slice indices must be integers or None or have an __index__ method");
        }
        if (v < 0) {
            v += n;
            if (v < 0) {
                v = 0;
            }
        } else if (v > n) {
            v = k == 0 ? v : n;
        }
        if (k == 0) {
            start = v;
        } else {
            end = v;
        }
    }
    // An inverted window matches nothing, not even the empty string.
    if (end < start) {
        return false;
    }
    *cstart = (size_t)start;
    if (seq_ascii(s)) {
        *bstart = (size_t)start;
        *bend = (size_t)end;
    } else {
        const char *a = utf8_at(s->data, s->len, s->charlen, (size_t)start);
        *bstart = (size_t)(a - s->data);
        // Walk forward from start rather than from the string's ends.
        const char *b = a;
        const char *lim = s->data + s->len;
        for (intptr_t i = start; i < end && b < lim; i++) {
            b++;
            while (b < lim && utf8_is_cont((uint8_t)*b)) {
                b++;
            }
        }
        *bend = (size_t)(b - s->data);
    }
    return true;
}

// The char index in self of byte offset [off] (for str results).
static size_t seq_char_index(const seq_t *s, size_t off) {
    if (seq_ascii(s)) {
        return off;
    }
    return utf8_charlen(s->data, off);
}

// ---------------------------------------------------------------------------
// find, rfind, index, rindex, count
// ---------------------------------------------------------------------------

static intptr_t seq_find_common(size_t n_args, const obj_t *args, bool reverse) {
    seq_t s, n;
    char b;
    seq_self(args[0], &s);
    seq_arg_needle(&s, args[1], &n, &b);
    size_t bs, be, cs;
    if (!seq_range(&s, n_args, args, 2, &bs, &be, &cs)) {
        return -1;
    }
    const char *hay = s.data + bs;
    size_t hlen = be - bs;
    const char *p = reverse ? str_rsearch(hay, hlen, n.data, n.len)
                            : str_search(hay, hlen, n.data, n.len);
    if (p == NULL) {
        return -1;
    }
    return (intptr_t)seq_char_index(&s, (size_t)(p - s.data));
}

static obj_t seq_find(size_t n_args, const obj_t *args) {
    return OBJ_NEW_SMALL_INT(seq_find_common(n_args, args, false));
}
BUILTIN_FN_VAR(seq_find_obj, QSTR_find, 2, 4, seq_find);

static obj_t seq_rfind(size_t n_args, const obj_t *args) {
    return OBJ_NEW_SMALL_INT(seq_find_common(n_args, args, true));
}
BUILTIN_FN_VAR(seq_rfind_obj, QSTR_rfind, 2, 4, seq_rfind);

static NORETURN void not_found(obj_t self) {
    rt_raise_msg(&type_ValueError,
        str_is_str_like(self) ? "substring not found" : "subsection not found");
}

static obj_t seq_index(size_t n_args, const obj_t *args) {
    intptr_t i = seq_find_common(n_args, args, false);
    if (i < 0) {
        not_found(args[0]);
    }
    return OBJ_NEW_SMALL_INT(i);
}
BUILTIN_FN_VAR(seq_index_obj, QSTR_index, 2, 4, seq_index);

static obj_t seq_rindex(size_t n_args, const obj_t *args) {
    intptr_t i = seq_find_common(n_args, args, true);
    if (i < 0) {
        not_found(args[0]);
    }
    return OBJ_NEW_SMALL_INT(i);
}
BUILTIN_FN_VAR(seq_rindex_obj, QSTR_rindex, 2, 4, seq_rindex);

static obj_t seq_count(size_t n_args, const obj_t *args) {
    seq_t s, n;
    char b;
    seq_self(args[0], &s);
    seq_arg_needle(&s, args[1], &n, &b);
    size_t bs, be, cs;
    if (!seq_range(&s, n_args, args, 2, &bs, &be, &cs)) {
        return OBJ_NEW_SMALL_INT(0);
    }
    if (n.len == 0) {
        size_t chars = seq_ascii(&s) ? be - bs : utf8_charlen(s.data + bs, be - bs);
        return OBJ_NEW_SMALL_INT(chars + 1);
    }
    size_t count = 0;
    const char *p = s.data + bs;
    const char *end = s.data + be;
    for (;;) {
        const char *f = str_search(p, (size_t)(end - p), n.data, n.len);
        if (f == NULL) {
            break;
        }
        count++;
        p = f + n.len;
    }
    return OBJ_NEW_SMALL_INT(count);
}
BUILTIN_FN_VAR(seq_count_obj, QSTR_count, 2, 4, seq_count);

// ---------------------------------------------------------------------------
// startswith, endswith
// ---------------------------------------------------------------------------

static obj_t seq_starts_ends(size_t n_args, const obj_t *args, bool ends) {
    seq_t s;
    seq_self(args[0], &s);
    size_t bs, be, cs;
    bool in_range = seq_range(&s, n_args, args, 2, &bs, &be, &cs);
    obj_t arg = args[1];
    size_t n_items = 1;
    obj_t *items = &arg;
    bool is_tuple = OBJ_IS_PTR(arg) && ((obj_base_t *)arg)->type == &type_tuple;
    if (is_tuple) {
        n_items = ((obj_tuple_t *)arg)->len;
        items = ((obj_tuple_t *)arg)->items;
    }
    for (size_t i = 0; i < n_items; i++) {
        seq_t p;
        obj_t item = items[i];
        if (s.kind == SEQ_STR) {
            if (!str_is_str_like(item)) {
                if (is_tuple) {
                    rt_raise_fmt(&type_TypeError,
                        "tuple for %s must only contain str, not %T",
                        ends ? "endswith" : "startswith", item);
                }
                rt_raise_fmt(&type_TypeError,
                    "%s first arg must be str or a tuple of str, not %T",
                    ends ? "endswith" : "startswith", item);
            }
            seq_self(item, &p);
        } else {
            if (!bytes_get_data(item, &p.data, &p.len)) {
                if (is_tuple) {
                    rt_raise_fmt(&type_TypeError,
                        "a bytes-like object is required, not '%T'", item);
                }
                rt_raise_fmt(&type_TypeError,
                    "%s first arg must be bytes or a tuple of bytes, not %T",
                    ends ? "endswith" : "startswith", item);
            }
        }
        if (!in_range) {
            continue;
        }
        size_t wlen = be - bs;
        if (p.len > wlen) {
            continue;
        }
        const char *w = ends ? s.data + be - p.len : s.data + bs;
        if (memcmp(w, p.data, p.len) == 0) {
            return OBJ_TRUE;
        }
    }
    return OBJ_FALSE;
}

static obj_t seq_startswith(size_t n_args, const obj_t *args) {
    return seq_starts_ends(n_args, args, false);
}
BUILTIN_FN_VAR(seq_startswith_obj, QSTR_startswith, 2, 4, seq_startswith);

static obj_t seq_endswith(size_t n_args, const obj_t *args) {
    return seq_starts_ends(n_args, args, true);
}
BUILTIN_FN_VAR(seq_endswith_obj, QSTR_endswith, 2, 4, seq_endswith);

// ---------------------------------------------------------------------------
// Whitespace
// ---------------------------------------------------------------------------

static inline bool ascii_space(uint8_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0d);
}

// Whether a whitespace character starts at [p] (for str: Unicode spaces);
// stores its byte length.
static inline bool space_at(seq_kind_t kind, const char *p, size_t *n) {
    uint8_t c = (uint8_t)*p;
    *n = 1;
    if (c < 0x80) {
        return ascii_space(c) || (kind == SEQ_STR && c >= 0x1c && c <= 0x1f);
    }
    if (kind != SEQ_STR) {
        return false;
    }
    const char *q = p;
    uint32_t cp = utf8_decode(&q);
    *n = (size_t)(q - p);
    return unicode_isspace(cp);
}

// Whether the character ending just before [p] is whitespace; stores its length.
static inline bool space_before(seq_kind_t kind, const char *start, const char *p, size_t *n) {
    uint8_t c = (uint8_t)p[-1];
    if (c < 0x80 || kind != SEQ_STR) {
        *n = 1;
        return c < 0x80 && (ascii_space(c) || (kind == SEQ_STR && c >= 0x1c && c <= 0x1f));
    }
    const char *q = p;
    (void)start;
    uint32_t cp = utf8_decode_back(&q);
    *n = (size_t)(p - q);
    return unicode_isspace(cp);
}

// ---------------------------------------------------------------------------
// split, rsplit
// ---------------------------------------------------------------------------

static const arg_spec_t split_spec[] = {
    {QSTR_sep, 0, OBJ_NONE},
    {QSTR_maxsplit, 0, OBJ_NEW_SMALL_INT(-1)},
};

static obj_t seq_split_common(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw,
    bool reverse) {
    obj_t vals[2];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 2, split_spec, vals,
        reverse ? QSTR_rsplit : QSTR_split);
    seq_t s;
    obj_t self = args[0];
    seq_self(self, &s);
    intptr_t maxsplit = rt_get_int(vals[1]);
    obj_t list = list_new(0, NULL);
    const char *start = s.data;
    const char *end = s.data + s.len;
    if (vals[0] == OBJ_NONE) {
        if (!reverse) {
            const char *p = start;
            size_t n;
            for (;;) {
                while (p < end && space_at(s.kind, p, &n)) {
                    p += n;
                }
                if (p == end) {
                    break;
                }
                if (maxsplit == 0) {
                    // The rest as it is, trailing whitespace included.
                    list_append(list, seq_make_sub(self, &s, p, (size_t)(end - p)));
                    break;
                }
                const char *w = p;
                while (p < end && !space_at(s.kind, p, &n)) {
                    p += n;
                }
                list_append(list, seq_make_sub(self, &s, w, (size_t)(p - w)));
                maxsplit--;
            }
        } else {
            const char *p = end;
            size_t n;
            for (;;) {
                while (p > start && space_before(s.kind, start, p, &n)) {
                    p -= n;
                }
                if (p == start) {
                    break;
                }
                if (maxsplit == 0) {
                    list_append(list, seq_make_sub(self, &s, start, (size_t)(p - start)));
                    break;
                }
                const char *w = p;
                while (p > start && !space_before(s.kind, start, p, &n)) {
                    p -= n;
                }
                list_append(list, seq_make_sub(self, &s, p, (size_t)(w - p)));
                maxsplit--;
            }
            // Built back to front: reverse in place.
            obj_list_t *l = list;
            for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
                obj_t t = l->items[i];
                l->items[i] = l->items[j - 1];
                l->items[j - 1] = t;
            }
        }
        return list;
    }
    seq_t sep;
    seq_arg(&s, vals[0], &sep, "must be str or None, not %T");
    if (sep.len == 0) {
        rt_raise_msg(&type_ValueError, "empty separator");
    }
    if (!reverse) {
        const char *p = start;
        for (;;) {
            const char *f = maxsplit == 0 ? NULL : str_search(p, (size_t)(end - p), sep.data, sep.len);
            if (f == NULL) {
                list_append(list, seq_make_sub(self, &s, p, (size_t)(end - p)));
                break;
            }
            list_append(list, seq_make(&s, p, (size_t)(f - p)));
            p = f + sep.len;
            maxsplit--;
        }
    } else {
        const char *p = end;
        for (;;) {
            const char *f = maxsplit == 0 ? NULL : str_rsearch(start, (size_t)(p - start), sep.data, sep.len);
            if (f == NULL) {
                list_append(list, seq_make_sub(self, &s, start, (size_t)(p - start)));
                break;
            }
            list_append(list, seq_make(&s, f + sep.len, (size_t)(p - f - sep.len)));
            p = f;
            maxsplit--;
        }
        obj_list_t *l = list;
        for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
            obj_t t = l->items[i];
            l->items[i] = l->items[j - 1];
            l->items[j - 1] = t;
        }
    }
    return list;
}

static obj_t seq_split(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return seq_split_common(n_args, args, n_kw, kw, false);
}
BUILTIN_FN_KW(seq_split_obj, QSTR_split, 1, 3, seq_split);

static obj_t seq_rsplit(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return seq_split_common(n_args, args, n_kw, kw, true);
}
BUILTIN_FN_KW(seq_rsplit_obj, QSTR_rsplit, 1, 3, seq_rsplit);

// ---------------------------------------------------------------------------
// splitlines
// ---------------------------------------------------------------------------

// Whether a line break starts at [p]; stores its length in bytes.
static bool line_break_at(seq_kind_t kind, const char *p, const char *end, size_t *n) {
    uint8_t c = (uint8_t)*p;
    if (c == '\n') {
        *n = 1;
        return true;
    }
    if (c == '\r') {
        *n = (p + 1 < end && p[1] == '\n') ? 2 : 1;
        return true;
    }
    if (kind != SEQ_STR) {
        return false;
    }
    if (c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e)) {
        *n = 1;
        return true;
    }
    if (c == 0xc2 && (uint8_t)p[1] == 0x85) {
        *n = 2;
        return true;
    }
    if (c == 0xe2 && (uint8_t)p[1] == 0x80 && ((uint8_t)p[2] == 0xa8 || (uint8_t)p[2] == 0xa9)) {
        *n = 3;
        return true;
    }
    return false;
}

static const arg_spec_t splitlines_spec[] = {
    {QSTR_keepends, 0, OBJ_FALSE},
};

static obj_t seq_splitlines(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t keep_obj;
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 1, splitlines_spec, &keep_obj, QSTR_splitlines);
    bool keep = get_width(keep_obj) != 0;
    seq_t s;
    obj_t self = args[0];
    seq_self(self, &s);
    obj_t list = list_new(0, NULL);
    const char *p = s.data, *end = s.data + s.len;
    const char *line = p;
    while (p < end) {
        size_t n;
        if (line_break_at(s.kind, p, end, &n)) {
            list_append(list, seq_make_sub(self, &s, line, (size_t)(p - line) + (keep ? n : 0)));
            p += n;
            line = p;
        } else {
            p++;
        }
    }
    if (line < end) {
        list_append(list, seq_make_sub(self, &s, line, (size_t)(end - line)));
    }
    return list;
}
BUILTIN_FN_KW(seq_splitlines_obj, QSTR_splitlines, 1, 2, seq_splitlines);

// ---------------------------------------------------------------------------
// strip, lstrip, rstrip
// ---------------------------------------------------------------------------

// Whether the character at [p] (length *n) is one of [chars].
static bool in_chars(const seq_t *chars, const char *p, size_t n) {
    if (n == 1) {
        return memchr(chars->data, (uint8_t)*p, chars->len) != NULL;
    }
    return str_search(chars->data, chars->len, p, n) != NULL;
}

static obj_t seq_strip_common(size_t n_args, const obj_t *args, int which, qstr name) {
    seq_t s;
    obj_t self = args[0];
    seq_self(self, &s);
    const char *p = s.data, *end = s.data + s.len;
    bool have_chars = n_args > 1 && args[1] != OBJ_NONE;
    seq_t chars;
    if (have_chars) {
        if (s.kind == SEQ_STR) {
            if (!str_is_str_like(args[1])) {
                rt_raise_fmt(&type_TypeError, "%q arg must be None or str", name);
            }
            seq_self(args[1], &chars);
        } else {
            seq_arg(&s, args[1], &chars, "");
        }
    }
    size_t n;
    if (which & 1) {
        while (p < end) {
            if (s.kind == SEQ_STR && (uint8_t)*p >= 0x80) {
                const char *q = p;
                utf8_decode(&q);
                n = (size_t)(q - p);
            } else {
                n = 1;
            }
            bool hit = have_chars ? in_chars(&chars, p, n) : space_at(s.kind, p, &n);
            if (!hit) {
                break;
            }
            p += n;
        }
    }
    if (which & 2) {
        while (end > p) {
            const char *q = end;
            if (s.kind == SEQ_STR && (uint8_t)end[-1] >= 0x80) {
                utf8_decode_back(&q);
            } else {
                q--;
            }
            n = (size_t)(end - q);
            bool hit = have_chars ? in_chars(&chars, q, n) : space_before(s.kind, p, end, &n);
            if (!hit) {
                break;
            }
            end = q;
        }
    }
    return seq_make_sub(self, &s, p, (size_t)(end - p));
}

static obj_t seq_strip(size_t n_args, const obj_t *args) {
    return seq_strip_common(n_args, args, 3, QSTR_strip);
}
BUILTIN_FN_VAR(seq_strip_obj, QSTR_strip, 1, 2, seq_strip);

static obj_t seq_lstrip(size_t n_args, const obj_t *args) {
    return seq_strip_common(n_args, args, 1, QSTR_lstrip);
}
BUILTIN_FN_VAR(seq_lstrip_obj, QSTR_lstrip, 1, 2, seq_lstrip);

static obj_t seq_rstrip(size_t n_args, const obj_t *args) {
    return seq_strip_common(n_args, args, 2, QSTR_rstrip);
}
BUILTIN_FN_VAR(seq_rstrip_obj, QSTR_rstrip, 1, 2, seq_rstrip);

// ---------------------------------------------------------------------------
// partition, rpartition
// ---------------------------------------------------------------------------

static obj_t seq_partition_common(obj_t self, obj_t sep_obj, bool reverse) {
    seq_t s, sep;
    seq_self(self, &s);
    seq_arg(&s, sep_obj, &sep, "must be str, not %T");
    if (sep.len == 0) {
        rt_raise_msg(&type_ValueError, "empty separator");
    }
    const char *f = reverse ? str_rsearch(s.data, s.len, sep.data, sep.len)
                            : str_search(s.data, s.len, sep.data, sep.len);
    obj_t items[3];
    obj_t empty = seq_make(&s, "", 0);
    if (f == NULL) {
        obj_t whole = seq_make_sub(self, &s, s.data, s.len);
        items[0] = reverse ? empty : whole;
        items[1] = s.kind == SEQ_BYTEARRAY ? seq_make(&s, "", 0) : empty;
        items[2] = reverse ? whole : (s.kind == SEQ_BYTEARRAY ? seq_make(&s, "", 0) : empty);
    } else {
        items[0] = seq_make(&s, s.data, (size_t)(f - s.data));
        items[1] = s.kind == SEQ_STR && OBJ_IS_QSTR(sep_obj) ? sep_obj : seq_make(&s, sep.data, sep.len);
        const char *r = f + sep.len;
        items[2] = seq_make(&s, r, (size_t)(s.data + s.len - r));
    }
    return tuple_new(3, items);
}

static obj_t seq_partition(obj_t self, obj_t sep) {
    return seq_partition_common(self, sep, false);
}
BUILTIN_FN_2(seq_partition_obj, QSTR_partition, seq_partition);

static obj_t seq_rpartition(obj_t self, obj_t sep) {
    return seq_partition_common(self, sep, true);
}
BUILTIN_FN_2(seq_rpartition_obj, QSTR_rpartition, seq_rpartition);

// ---------------------------------------------------------------------------
// replace
// ---------------------------------------------------------------------------

static obj_t seq_replace(size_t n_args, const obj_t *args) {
    seq_t s, old, new_;
    obj_t self = args[0];
    seq_self(self, &s);
    seq_arg(&s, args[1], &old, "replace() argument 1 must be str, not %s");
    seq_arg(&s, args[2], &new_, "replace() argument 2 must be str, not %s");
    intptr_t count = -1;
    if (n_args > 3) {
        count = rt_get_int(args[3]);
    }
    if (count < 0) {
        count = INTPTR_MAX;
    }
    // First pass: how many replacements.
    size_t n = 0;
    if (old.len == 0) {
        size_t slots = s.charlen + 1;
        n = (size_t)count < slots ? (size_t)count : slots;
    } else {
        const char *p = s.data, *end = s.data + s.len;
        while ((intptr_t)n < count) {
            const char *f = str_search(p, (size_t)(end - p), old.data, old.len);
            if (f == NULL) {
                break;
            }
            n++;
            p = f + old.len;
        }
    }
    if (n == 0) {
        return seq_make_sub(self, &s, s.data, s.len);
    }
    // Size: len + n * (new - old), checked for overflow.
    size_t total;
    if (new_.len >= old.len) {
        size_t grow = new_.len - old.len;
        if (grow != 0 && n > (SIZE_MAX / 2 - s.len) / grow) {
            rt_raise_memory_error();
        }
        total = s.len + n * grow;
    } else {
        total = s.len - n * (old.len - new_.len);
    }
    char *out;
    obj_t r;
    vstr_t v;
    if (s.kind == SEQ_STR) {
        r = str_alloc(total, &out);
    } else if (s.kind == SEQ_BYTES) {
        r = bytes_alloc(total, &out);
    } else {
        vstr_init(&v, total);
        out = vstr_extend(&v, total);
        r = OBJ_NULL;
    }
    char *o = out;
    const char *p = s.data, *end = s.data + s.len;
    if (old.len == 0) {
        for (size_t k = 0; k < n; k++) {
            memcpy(o, new_.data, new_.len);
            o += new_.len;
            if (p < end) {
                const char *q = p + 1;
                while (q < end && s.kind == SEQ_STR && utf8_is_cont((uint8_t)*q)) {
                    q++;
                }
                memcpy(o, p, (size_t)(q - p));
                o += q - p;
                p = q;
            }
        }
    } else {
        for (size_t k = 0; k < n; k++) {
            const char *f = str_search(p, (size_t)(end - p), old.data, old.len);
            memcpy(o, p, (size_t)(f - p));
            o += f - p;
            memcpy(o, new_.data, new_.len);
            o += new_.len;
            p = f + old.len;
        }
    }
    memcpy(o, p, (size_t)(end - p));
    if (s.kind == SEQ_STR) {
        return str_done(r);
    }
    if (s.kind == SEQ_BYTEARRAY) {
        r = bytearray_new((const uint8_t *)v.buf, v.len);
    }
    return r;
}
BUILTIN_FN_VAR(seq_replace_obj, QSTR_replace, 3, 4, seq_replace);

// ---------------------------------------------------------------------------
// join
// ---------------------------------------------------------------------------

static obj_t seq_join(obj_t self, obj_t iterable) {
    seq_t s;
    seq_self(self, &s);
    size_t n;
    obj_t *items;
    if (!seq_get_items(iterable, &n, &items)) {
        const obj_type_t *t = obj_type_of(iterable);
        if (t->getiter == NULL && !(t->flags & TYPE_FLAG_HEAP)) {
            rt_raise_msg(&type_TypeError, "can only join an iterable");
        }
        obj_t it = rt_getiter(iterable);
        obj_t list = list_new(0, NULL);
        obj_t x;
        while ((x = rt_iternext(it)) != OBJ_NULL) {
            list_append(list, x);
        }
        iterable = list;
        seq_get_items(iterable, &n, &items);
    }
    if (n == 0) {
        return seq_make(&s, "", 0);
    }
    // Pass one: check the items and add up the size.
    size_t total = 0, chars = 0;
    bool count_later = false; // an interned item has no stored code point count
    for (size_t i = 0; i < n; i++) {
        obj_t x = str_unwrap(items[i]);
        size_t len;
        if (s.kind == SEQ_STR) {
            if (OBJ_IS_QSTR(x)) {
                qstr_data(OBJ_QSTR_VALUE(x), &len);
                count_later = true;
            } else if (str_is_str_like(x)) {
                len = ((const obj_str_t *)x)->len;
                chars += ((const obj_str_t *)x)->charlen;
            } else {
                rt_raise_fmt(&type_TypeError, "sequence item %zu: expected str instance, %T found",
                    i, x);
            }
        } else {
            const char *d;
            if (str_is_str_like(x) || !bytes_get_data(x, &d, &len)) {
                rt_raise_fmt(&type_TypeError,
                    "sequence item %zu: expected a bytes-like object, %T found", i, x);
            }
        }
        if (len > SIZE_MAX / 4 - total) {
            rt_raise_memory_error();
        }
        total += len;
    }
    if (n == 1 && s.kind == SEQ_STR && obj_is_str(items[0])) {
        return items[0];
    }
    if ((n - 1) > 0 && s.len > 0 && (n - 1) > (SIZE_MAX / 4 - total) / s.len) {
        rt_raise_memory_error();
    }
    total += (n - 1) * s.len;
    chars += (n - 1) * s.charlen;
    // Pass two: one copy.
    char *out;
    obj_t r;
    vstr_t v;
    if (s.kind == SEQ_STR) {
        r = str_alloc(total, &out);
    } else if (s.kind == SEQ_BYTES) {
        r = bytes_alloc(total, &out);
    } else {
        vstr_init(&v, total);
        out = vstr_extend(&v, total);
        r = OBJ_NULL;
    }
    char *o = out;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && s.len > 0) {
            memcpy(o, s.data, s.len);
            o += s.len;
        }
        const char *d;
        size_t len;
        if (s.kind == SEQ_STR) {
            d = str_get(items[i], &len);
        } else {
            bytes_get_data(items[i], &d, &len);
        }
        memcpy(o, d, len);
        o += len;
    }
    if (s.kind == SEQ_STR) {
        // One counting pass over the result beats one per interned item.
        return count_later ? str_done(r) : str_done_n(r, chars);
    }
    if (s.kind == SEQ_BYTEARRAY) {
        r = bytearray_new((const uint8_t *)v.buf, v.len);
    }
    return r;
}
BUILTIN_FN_2(seq_join_obj, QSTR_join, seq_join);

// ---------------------------------------------------------------------------
// Case conversion
// ---------------------------------------------------------------------------

// Case-mapping modes.
enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

// Whether the capital sigma at [at] is word-final: preceded by a cased
// letter and not followed by one (case-ignorable characters skipped).
static bool final_sigma(const char *data, const char *at, const char *end) {
    const char *p = at;
    bool before = false;
    while (p > data) {
        uint32_t c = utf8_decode_back(&p);
        if (!unicode_iscaseignorable(c)) {
            before = unicode_iscased(c);
            break;
        }
    }
    if (!before) {
        return false;
    }
    p = at;
    utf8_decode(&p);
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        if (!unicode_iscaseignorable(c)) {
            return !unicode_iscased(c);
        }
    }
    return true;
}

static obj_t seq_case(obj_t self, int mode) {
    seq_t s;
    seq_self(self, &s);
    if (s.kind != SEQ_STR || seq_ascii(&s)) {
        // Byte-wise ASCII mapping (bytes only ever map ASCII letters).
        char *out;
        obj_t r;
        vstr_t v;
        if (s.kind == SEQ_STR) {
            r = str_alloc(s.len, &out);
        } else if (s.kind == SEQ_BYTES) {
            r = bytes_alloc(s.len, &out);
        } else {
            vstr_init(&v, s.len);
            out = vstr_extend(&v, s.len);
            r = OBJ_NULL;
        }
        bool prev_cased = false;
        for (size_t i = 0; i < s.len; i++) {
            uint8_t c = (uint8_t)s.data[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (mode) {
                case CASE_UPPER:
                    if (lo) c -= 32;
                    break;
                case CASE_LOWER:
                case CASE_FOLD:
                    if (up) c += 32;
                    break;
                case CASE_SWAP:
                    if (up) c += 32; else if (lo) c -= 32;
                    break;
                case CASE_TITLE:
                    if (prev_cased) {
                        if (up) c += 32;
                    } else if (lo) {
                        c -= 32;
                    }
                    prev_cased = up || lo;
                    break;
                default: // capitalize
                    if (i == 0) {
                        if (lo) c -= 32;
                    } else if (up) {
                        c += 32;
                    }
                    break;
            }
            out[i] = (char)c;
        }
        if (s.kind == SEQ_BYTEARRAY) {
            r = bytearray_new((const uint8_t *)v.buf, v.len);
        }
        return r;
    }
    vstr_t v;
    vstr_init(&v, s.len + 8);
    const char *p = s.data, *end = s.data + s.len;
    bool prev_cased = false;
    bool first = true;
    while (p < end) {
        const char *at = p;
        uint32_t c = utf8_decode(&p);
        uint32_t out[3];
        int n;
        int kind;
        switch (mode) {
            case CASE_UPPER: kind = 'u'; break;
            case CASE_LOWER: kind = 'l'; break;
            case CASE_FOLD: kind = 'f'; break;
            case CASE_SWAP:
                kind = unicode_isupper(c) ? 'l' : unicode_islower(c) ? 'u' : 0;
                break;
            case CASE_TITLE:
                kind = prev_cased ? 'l' : 't';
                prev_cased = unicode_iscased(c);
                break;
            default:
                kind = first ? 't' : 'l';
                break;
        }
        first = false;
        if (kind == 0) {
            out[0] = c;
            n = 1;
        } else if (c == 0x3a3 && kind == 'l' && final_sigma(s.data, at, end)) {
            out[0] = 0x3c2;
            n = 1;
        } else {
            n = unicode_full_case(c, kind, out);
        }
        for (int k = 0; k < n; k++) {
            vstr_add_char(&v, out[k]);
        }
    }
    return vstr_to_str(&v);
}

static obj_t seq_upper(obj_t self) { return seq_case(self, CASE_UPPER); }
BUILTIN_FN_1(seq_upper_obj, QSTR_upper, seq_upper);
static obj_t seq_lower(obj_t self) { return seq_case(self, CASE_LOWER); }
BUILTIN_FN_1(seq_lower_obj, QSTR_lower, seq_lower);
static obj_t seq_swapcase(obj_t self) { return seq_case(self, CASE_SWAP); }
BUILTIN_FN_1(seq_swapcase_obj, QSTR_swapcase, seq_swapcase);
static obj_t seq_title(obj_t self) { return seq_case(self, CASE_TITLE); }
BUILTIN_FN_1(seq_title_obj, QSTR_title, seq_title);
static obj_t seq_capitalize(obj_t self) { return seq_case(self, CASE_CAPITALIZE); }
BUILTIN_FN_1(seq_capitalize_obj, QSTR_capitalize, seq_capitalize);
static obj_t str_casefold(obj_t self) { return seq_case(self, CASE_FOLD); }
BUILTIN_FN_1(str_casefold_obj, QSTR_casefold, str_casefold);

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

enum { PRED_DIGIT, PRED_DECIMAL, PRED_NUMERIC, PRED_ALPHA, PRED_ALNUM, PRED_SPACE,
    PRED_PRINTABLE };

static bool pred_one(int pred, uint32_t c, bool is_bytes) {
    if (is_bytes && c >= 0x80) {
        return false;
    }
    switch (pred) {
        case PRED_DIGIT: return unicode_isdigit(c);
        case PRED_DECIMAL: return unicode_isdecimal(c);
        case PRED_NUMERIC: return unicode_isnumeric(c);
        case PRED_ALPHA: return unicode_isalpha(c);
        case PRED_ALNUM: return unicode_isalpha(c) || unicode_isnumeric(c);
        case PRED_SPACE:
            return is_bytes ? ascii_space((uint8_t)c) : unicode_isspace(c);
        default: return unicode_isprintable(c);
    }
}

static obj_t seq_pred(obj_t self, int pred) {
    seq_t s;
    seq_self(self, &s);
    if (s.len == 0) {
        return obj_bool(pred == PRED_PRINTABLE);
    }
    const char *p = s.data, *end = s.data + s.len;
    bool is_bytes = s.kind != SEQ_STR;
    while (p < end) {
        uint32_t c;
        if (is_bytes) {
            c = (uint8_t)*p++;
        } else {
            c = utf8_decode(&p);
        }
        if (!pred_one(pred, c, is_bytes)) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}

static obj_t seq_isdigit(obj_t self) { return seq_pred(self, PRED_DIGIT); }
BUILTIN_FN_1(seq_isdigit_obj, QSTR_isdigit, seq_isdigit);
static obj_t str_isdecimal(obj_t self) { return seq_pred(self, PRED_DECIMAL); }
BUILTIN_FN_1(str_isdecimal_obj, QSTR_isdecimal, str_isdecimal);
static obj_t str_isnumeric(obj_t self) { return seq_pred(self, PRED_NUMERIC); }
BUILTIN_FN_1(str_isnumeric_obj, QSTR_isnumeric, str_isnumeric);
static obj_t seq_isalpha(obj_t self) { return seq_pred(self, PRED_ALPHA); }
BUILTIN_FN_1(seq_isalpha_obj, QSTR_isalpha, seq_isalpha);
static obj_t seq_isalnum(obj_t self) { return seq_pred(self, PRED_ALNUM); }
BUILTIN_FN_1(seq_isalnum_obj, QSTR_isalnum, seq_isalnum);
static obj_t seq_isspace(obj_t self) { return seq_pred(self, PRED_SPACE); }
BUILTIN_FN_1(seq_isspace_obj, QSTR_isspace, seq_isspace);
static obj_t str_isprintable(obj_t self) { return seq_pred(self, PRED_PRINTABLE); }
BUILTIN_FN_1(str_isprintable_obj, QSTR_isprintable, str_isprintable);

static obj_t seq_isascii(obj_t self) {
    seq_t s;
    seq_self(self, &s);
    return obj_bool(utf8_is_ascii(s.data, s.len));
}
BUILTIN_FN_1(seq_isascii_obj, QSTR_isascii, seq_isascii);

// isupper (want_upper) / islower: some cased character, none of the other case.
static obj_t seq_case_pred(obj_t self, bool want_upper) {
    seq_t s;
    seq_self(self, &s);
    const char *p = s.data, *end = s.data + s.len;
    bool is_bytes = s.kind != SEQ_STR;
    bool cased = false;
    while (p < end) {
        uint32_t c = is_bytes ? (uint8_t)*p++ : utf8_decode(&p);
        if (is_bytes && c >= 0x80) {
            continue;
        }
        bool up = unicode_isupper(c), lo = unicode_islower(c);
        // A titlecase letter counts against both.
        if ((want_upper ? lo : up) || unicode_istitle(c)) {
            return OBJ_FALSE;
        }
        if (want_upper ? up : lo) {
            cased = true;
        }
    }
    return obj_bool(cased);
}

static obj_t seq_isupper(obj_t self) { return seq_case_pred(self, true); }
BUILTIN_FN_1(seq_isupper_obj, QSTR_isupper, seq_isupper);
static obj_t seq_islower(obj_t self) { return seq_case_pred(self, false); }
BUILTIN_FN_1(seq_islower_obj, QSTR_islower, seq_islower);

static obj_t seq_istitle(obj_t self) {
    seq_t s;
    seq_self(self, &s);
    const char *p = s.data, *end = s.data + s.len;
    bool is_bytes = s.kind != SEQ_STR;
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t c = is_bytes ? (uint8_t)*p++ : utf8_decode(&p);
        if (is_bytes && c >= 0x80) {
            prev_cased = false;
            continue;
        }
        bool up = unicode_isupper(c) || unicode_istitle(c), lo = unicode_islower(c);
        if (up) {
            if (prev_cased) {
                return OBJ_FALSE;
            }
            prev_cased = cased = true;
        } else if (lo) {
            if (!prev_cased) {
                return OBJ_FALSE;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return obj_bool(cased);
}
BUILTIN_FN_1(seq_istitle_obj, QSTR_istitle, seq_istitle);

static obj_t str_isidentifier(obj_t self) {
    size_t len;
    const char *p = str_get(self, &len);
    const char *end = p + len;
    if (len == 0) {
        return OBJ_FALSE;
    }
    uint32_t c = utf8_decode(&p);
    if (!unicode_isidstart(c)) {
        return OBJ_FALSE;
    }
    while (p < end) {
        if (!unicode_isidcontinue(utf8_decode(&p))) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}
BUILTIN_FN_1(str_isidentifier_obj, QSTR_isidentifier, str_isidentifier);

// ---------------------------------------------------------------------------
// Padding: center, ljust, rjust, zfill, expandtabs
// ---------------------------------------------------------------------------

// Width arguments: ints only (a float raises the CPython message).
static intptr_t get_width(obj_t o) {
    intptr_t v = str_size_arg(o, 0);
    if (v == INTPTR_MIN) {
        rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
    return v;
}

// Pads self to [width] characters: [left] fill chars before, the rest after.
static obj_t seq_pad(size_t n_args, const obj_t *args, int how, qstr name) {
    seq_t s;
    obj_t self = args[0];
    seq_self(self, &s);
    intptr_t width = get_width(args[1]);
    char fill_buf[4] = {' '};
    size_t fill_len = 1;
    if (n_args > 2) {
        obj_t f = args[2];
        if (s.kind == SEQ_STR) {
            if (!str_is_str_like(f)) {
                rt_raise_fmt(&type_TypeError, "The fill character must be a unicode character, not %T", f);
            }
            size_t flen;
            const char *fd = str_get(f, &flen);
            if (str_charlen(f) != 1) {
                rt_raise_msg(&type_TypeError, "The fill character must be exactly one character long");
            }
            memcpy(fill_buf, fd, flen);
            fill_len = flen;
        } else {
            const char *fd;
            size_t flen;
            if (str_is_str_like(f) || !bytes_get_data(f, &fd, &flen) || flen != 1) {
                rt_raise_fmt(&type_TypeError,
                    "%q() argument 2 must be a byte string of length 1, not %s", name,
                    str_arg_type_name(f));
            }
            fill_buf[0] = fd[0];
        }
    }
    if (width <= (intptr_t)s.charlen) {
        return seq_make_sub(self, &s, s.data, s.len);
    }
    size_t pad = (size_t)width - s.charlen;
    size_t left;
    if (how == 0) { // center
        left = pad / 2 + (pad & (size_t)width & 1);
    } else if (how == 1) { // ljust
        left = 0;
    } else {
        left = pad;
    }
    size_t right = pad - left;
    if (pad > (SIZE_MAX / 4 - s.len) / fill_len) {
        rt_raise_memory_error();
    }
    vstr_t v;
    vstr_init(&v, s.len + pad * fill_len);
    for (size_t i = 0; i < left; i++) {
        vstr_add_strn(&v, fill_buf, fill_len);
    }
    vstr_add_strn(&v, s.data, s.len);
    for (size_t i = 0; i < right; i++) {
        vstr_add_strn(&v, fill_buf, fill_len);
    }
    if (s.kind == SEQ_STR) {
        return vstr_to_str(&v);
    }
    if (s.kind == SEQ_BYTES) {
        return vstr_to_bytes(&v);
    }
    return bytearray_new((const uint8_t *)v.buf, v.len);
}

static obj_t seq_center(size_t n_args, const obj_t *args) { return seq_pad(n_args, args, 0, QSTR_center); }
BUILTIN_FN_VAR(seq_center_obj, QSTR_center, 2, 3, seq_center);
static obj_t seq_ljust(size_t n_args, const obj_t *args) { return seq_pad(n_args, args, 1, QSTR_ljust); }
BUILTIN_FN_VAR(seq_ljust_obj, QSTR_ljust, 2, 3, seq_ljust);
static obj_t seq_rjust(size_t n_args, const obj_t *args) { return seq_pad(n_args, args, 2, QSTR_rjust); }
BUILTIN_FN_VAR(seq_rjust_obj, QSTR_rjust, 2, 3, seq_rjust);

static obj_t seq_zfill(obj_t self, obj_t width_obj) {
    seq_t s;
    seq_self(self, &s);
    intptr_t width = get_width(width_obj);
    if (width <= (intptr_t)s.charlen) {
        return seq_make_sub(self, &s, s.data, s.len);
    }
    size_t pad = (size_t)width - s.charlen;
    vstr_t v;
    vstr_init(&v, s.len + pad);
    size_t i = 0;
    if (s.len > 0 && (s.data[0] == '+' || s.data[0] == '-')) {
        vstr_add_byte(&v, s.data[0]);
        i = 1;
    }
    memset(vstr_extend(&v, pad), '0', pad);
    vstr_add_strn(&v, s.data + i, s.len - i);
    if (s.kind == SEQ_STR) {
        return vstr_to_str(&v);
    }
    if (s.kind == SEQ_BYTES) {
        return vstr_to_bytes(&v);
    }
    return bytearray_new((const uint8_t *)v.buf, v.len);
}
BUILTIN_FN_2(seq_zfill_obj, QSTR_zfill, seq_zfill);

static const arg_spec_t expandtabs_spec[] = {
    {QSTR_tabsize, 0, OBJ_NEW_SMALL_INT(8)},
};

static obj_t seq_expandtabs(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t ts;
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 1, expandtabs_spec, &ts, QSTR_expandtabs);
    intptr_t tabsize = get_width(ts);
    seq_t s;
    obj_t self = args[0];
    seq_self(self, &s);
    if (memchr(s.data, '\t', s.len) == NULL) {
        return seq_make_sub(self, &s, s.data, s.len);
    }
    vstr_t v;
    vstr_init(&v, s.len + 16);
    size_t col = 0;
    for (size_t i = 0; i < s.len; i++) {
        char c = s.data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t n = (size_t)tabsize - col % (size_t)tabsize;
                memset(vstr_extend(&v, n), ' ', n);
                col += n;
            }
        } else {
            vstr_add_byte(&v, c);
            if (c == '\n' || c == '\r') {
                col = 0;
            } else if (s.kind != SEQ_STR || !utf8_is_cont((uint8_t)c)) {
                col++;
            }
        }
    }
    if (s.kind == SEQ_STR) {
        return vstr_to_str(&v);
    }
    if (s.kind == SEQ_BYTES) {
        return vstr_to_bytes(&v);
    }
    return bytearray_new((const uint8_t *)v.buf, v.len);
}
BUILTIN_FN_KW(seq_expandtabs_obj, QSTR_expandtabs, 1, 2, seq_expandtabs);

// ---------------------------------------------------------------------------
// removeprefix, removesuffix
// ---------------------------------------------------------------------------

static obj_t seq_remove_affix(obj_t self, obj_t affix, bool suffix) {
    seq_t s, a;
    seq_self(self, &s);
    seq_arg(&s, affix, &a,
        suffix ? "removesuffix() argument must be str, not %s"
               : "removeprefix() argument must be str, not %s");
    if (a.len <= s.len && a.len > 0) {
        if (!suffix && memcmp(s.data, a.data, a.len) == 0) {
            return seq_make(&s, s.data + a.len, s.len - a.len);
        }
        if (suffix && memcmp(s.data + s.len - a.len, a.data, a.len) == 0) {
            return seq_make(&s, s.data, s.len - a.len);
        }
    }
    return seq_make_sub(self, &s, s.data, s.len);
}

static obj_t seq_removeprefix(obj_t self, obj_t a) { return seq_remove_affix(self, a, false); }
BUILTIN_FN_2(seq_removeprefix_obj, QSTR_removeprefix, seq_removeprefix);
static obj_t seq_removesuffix(obj_t self, obj_t a) { return seq_remove_affix(self, a, true); }
BUILTIN_FN_2(seq_removesuffix_obj, QSTR_removesuffix, seq_removesuffix);

// ---------------------------------------------------------------------------
// str only: encode, translate, maketrans, format, format_map
// ---------------------------------------------------------------------------

static const arg_spec_t encode_spec[] = {
    {QSTR_encoding, 0, OBJ_NULL},
    {QSTR_errors, 0, OBJ_NULL},
};

static obj_t str_encode_method(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t vals[2];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 2, encode_spec, vals, QSTR_encode);
    return str_encode(args[0], vals[0], vals[1]);
}
BUILTIN_FN_KW(str_encode_obj, QSTR_encode, 1, 3, str_encode_method);

// Looks [key] up in a translation table: the value, or OBJ_NULL when the
// table raises LookupError (the character is then kept).
static obj_t translate_lookup(obj_t table, obj_t key) {
    if (OBJ_IS_PTR(table) && ((obj_base_t *)table)->type == &type_dict) {
        return dict_get(table, key);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = rt_subscr_load(table, key);
        nlr_pop();
        return v;
    }
    if (rt_isinstance(nlr.value, &type_LookupError)) {
        return OBJ_NULL;
    }
    nlr_jump(nlr.value);
}

static obj_t str_translate(obj_t self, obj_t table) {
    size_t len;
    const char *d = str_get(self, &len);
    const char *p = d, *end = d + len;
    vstr_t v;
    vstr_init(&v, len);
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        obj_t r = translate_lookup(table, OBJ_NEW_SMALL_INT(c));
        if (r == OBJ_NULL) {
            vstr_add_char(&v, c);
        } else if (r == OBJ_NONE) {
            // deleted
        } else if (str_is_str_like(r)) {
            size_t rl;
            const char *rd = str_get(r, &rl);
            vstr_add_strn(&v, rd, rl);
        } else if (obj_is_int(r)) {
            intptr_t cp = rt_get_int(r);
            if (cp < 0 || cp > 0x10ffff) {
                rt_raise_msg(&type_ValueError, "character mapping must be in range(0x110000)");
            }
            vstr_add_char(&v, (uint32_t)cp);
        } else {
            rt_raise_msg(&type_TypeError, "character mapping must return integer, None or str");
        }
    }
    return vstr_to_str(&v);
}
BUILTIN_FN_2(str_translate_obj, QSTR_translate, str_translate);

// bytes.translate(table, /, delete=b''): map every byte through the 256-byte
// table (None: unchanged) after dropping the bytes of delete.
static obj_t seq_translate_bytes(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_table, ARG_REQUIRED, OBJ_NULL},
        {QSTR_delete, 0, OBJ_NULL},
    };
    obj_t v[2];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 2, spec, v, QSTR_translate);
    seq_t self, table, del = {SEQ_BYTES, NULL, 0, 0};
    seq_self(args[0], &self);
    bool have_table = v[0] != OBJ_NONE;
    if (have_table) {
        seq_arg(&self, v[0], &table, NULL);
        if (table.len != 256) {
            rt_raise_msg(&type_ValueError, "translation table must be 256 characters long");
        }
    }
    if (v[1] != OBJ_NULL) {
        seq_arg(&self, v[1], &del, NULL);
    }
    bool drop[256] = {false};
    for (size_t i = 0; i < del.len; i++) {
        drop[(uint8_t)del.data[i]] = true;
    }
    vstr_t out;
    vstr_init(&out, self.len + 1);
    for (size_t i = 0; i < self.len; i++) {
        uint8_t c = (uint8_t)self.data[i];
        if (!drop[c]) {
            vstr_add_byte(&out, have_table ? table.data[c] : (char)c);
        }
    }
    obj_t r = seq_make(&self, out.buf, out.len);
    return r;
}
BUILTIN_FN_KW(seq_translate_bytes_obj, QSTR_translate, 1, 3, seq_translate_bytes);

// bytes.maketrans(from, to): the identity table with from[i] mapped to to[i].
static obj_t bytes_maketrans(obj_t from, obj_t to) {
    seq_t bytes_flavour = {SEQ_BYTES, NULL, 0, 0}, f, t;
    seq_arg(&bytes_flavour, from, &f, NULL);
    seq_arg(&bytes_flavour, to, &t, NULL);
    if (f.len != t.len) {
        rt_raise_msg(&type_ValueError, "maketrans arguments must have same length");
    }
    uint8_t table[256];
    for (size_t i = 0; i < 256; i++) {
        table[i] = (uint8_t)i;
    }
    for (size_t i = 0; i < f.len; i++) {
        table[(uint8_t)f.data[i]] = (uint8_t)t.data[i];
    }
    return bytes_new(table, 256);
}
static BUILTIN_FN_2(bytes_maketrans_fun_obj, QSTR_maketrans, bytes_maketrans);
const obj_method_wrapper_t bytes_maketrans_obj = {{&type_staticmethod}, (obj_t)&bytes_maketrans_fun_obj};

static obj_t str_maketrans(size_t n_args, const obj_t *args) {
    obj_dict_t *d = dict_new(8);
    if (n_args == 1) {
        obj_t src = args[0];
        if (!OBJ_IS_PTR(src) || ((obj_base_t *)src)->type != &type_dict) {
            rt_raise_msg(&type_TypeError,
                "if you give only one argument to maketrans it must be a dict");
        }
        size_t pos = 0;
        dict_entry_t *e;
        while ((e = dict_next(src, &pos)) != NULL) {
            obj_t k = e->key;
            if (str_is_str_like(k)) {
                if (str_charlen(k) != 1) {
                    rt_raise_msg(&type_ValueError,
                        "string keys in translate table must be of length 1");
                }
                size_t kl;
                const char *kd = str_get(k, &kl);
                k = OBJ_NEW_SMALL_INT(utf8_decode(&kd));
            } else if (!obj_is_int(k)) {
                rt_raise_msg(&type_TypeError,
                    "keys in translate table must be strings or integers");
            }
            dict_set(d, k, e->value);
        }
        return d;
    }
    for (size_t i = 0; i < n_args; i++) {
        if (!str_is_str_like(args[i])) {
            rt_raise_fmt(&type_TypeError, "maketrans() argument %d must be str, not %s",
                (int)i + 1, str_arg_type_name(args[i]));
        }
    }
    if (str_charlen(args[0]) != str_charlen(args[1])) {
        rt_raise_msg(&type_ValueError, "the first two maketrans arguments must have equal length");
    }
    size_t xl, yl;
    const char *x = str_get(args[0], &xl), *y = str_get(args[1], &yl);
    const char *xe = x + xl;
    while (x < xe) {
        uint32_t a = utf8_decode(&x), b = utf8_decode(&y);
        dict_set(d, OBJ_NEW_SMALL_INT(a), OBJ_NEW_SMALL_INT(b));
    }
    if (n_args == 3) {
        size_t zl;
        const char *z = str_get(args[2], &zl), *ze = z + zl;
        while (z < ze) {
            dict_set(d, OBJ_NEW_SMALL_INT(utf8_decode(&z)), OBJ_NONE);
        }
    }
    return d;
}
static BUILTIN_FN_VAR(str_maketrans_fun_obj, QSTR_maketrans, 1, 3, str_maketrans);
static const obj_method_wrapper_t str_maketrans_obj = {{&type_staticmethod},
    (obj_t)&str_maketrans_fun_obj};

BUILTIN_FN_KW(str_format_obj, QSTR_format, 1, BUILTIN_N_ANY, str_format_method);
BUILTIN_FN_2(str_format_map_obj, QSTR_format_map, str_format_map);

// ---------------------------------------------------------------------------
// Operator methods (str.__len__ etc.), shared by str, bytes and bytearray:
// they call the native type's slot directly, so that a subclass calling
// super().__len__() does not come back to its own override.
// ---------------------------------------------------------------------------

static const obj_type_t *native_type(obj_t self) {
    if (str_is_str_like(self)) {
        return &type_str;
    }
    return str_obj_is_kind(self, &type_bytearray) ? &type_bytearray : &type_bytes;
}

static obj_t dunder_unary(obj_t self, unary_op_t op) {
    obj_t r = native_type(self)->unary_op(op, self);
    if (r == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "unhashable type: '%T'", self);
    }
    return r;
}

static obj_t dunder_len(obj_t self) { return dunder_unary(self, UNARY_OP_LEN); }
BUILTIN_FN_1(seq_dunder_len_obj, QSTR___len__, dunder_len);
static obj_t dunder_hash(obj_t self) { return dunder_unary(self, UNARY_OP_HASH); }
BUILTIN_FN_1(seq_dunder_hash_obj, QSTR___hash__, dunder_hash);

static obj_t dunder_binary(binary_op_t op, obj_t self, obj_t other) {
    obj_t r = native_type(self)->binary_op(op, self, other);
    return r == OBJ_NULL ? OBJ_NOTIMPLEMENTED : r;
}

#define DUNDER_BINARY(name, qname, op)                                \
    static obj_t name(obj_t self, obj_t other) {                       \
        return dunder_binary(op, self, other);                         \
    }                                                                  \
    BUILTIN_FN_2(name##_obj, qname, name);

DUNDER_BINARY(seq_dunder_add, QSTR___add__, BINARY_OP_ADD)
DUNDER_BINARY(seq_dunder_mul, QSTR___mul__, BINARY_OP_MULTIPLY)
DUNDER_BINARY(seq_dunder_mod, QSTR___mod__, BINARY_OP_MODULO)
DUNDER_BINARY(seq_dunder_contains, QSTR___contains__, BINARY_OP_CONTAINS)
DUNDER_BINARY(seq_dunder_eq, QSTR___eq__, BINARY_OP_EQUAL)
DUNDER_BINARY(seq_dunder_ne, QSTR___ne__, BINARY_OP_NOT_EQUAL)
DUNDER_BINARY(seq_dunder_lt, QSTR___lt__, BINARY_OP_LESS)
DUNDER_BINARY(seq_dunder_le, QSTR___le__, BINARY_OP_LESS_EQUAL)
DUNDER_BINARY(seq_dunder_gt, QSTR___gt__, BINARY_OP_MORE)
DUNDER_BINARY(seq_dunder_ge, QSTR___ge__, BINARY_OP_MORE_EQUAL)

// n * s calls s.__rmul__(n): the same as s * n.
static obj_t dunder_rmul(obj_t self, obj_t other) {
    return dunder_binary(BINARY_OP_MULTIPLY, self, other);
}
BUILTIN_FN_2(seq_dunder_rmul_obj, QSTR___rmul__, dunder_rmul);

static obj_t dunder_getitem(obj_t self, obj_t index) {
    return native_type(self)->subscr(self, index, OBJ_SENTINEL);
}
BUILTIN_FN_2(seq_dunder_getitem_obj, QSTR___getitem__, dunder_getitem);

static obj_t dunder_iter(obj_t self) {
    return native_type(self)->getiter(self);
}
BUILTIN_FN_1(seq_dunder_iter_obj, QSTR___iter__, dunder_iter);

static obj_t str_dunder_format(obj_t self, obj_t spec) {
    if (!str_is_str_like(spec)) {
        rt_raise_fmt(&type_TypeError, "__format__() argument must be str, not %T", spec);
    }
    size_t len;
    const char *d = str_get(spec, &len);
    return str_format_value(self, d, len);
}
BUILTIN_FN_2(str_dunder_format_obj, QSTR___format__, str_dunder_format);

// ---------------------------------------------------------------------------
// The type
// ---------------------------------------------------------------------------

static const dict_entry_t str_locals_table[] = {
    SEQ_DUNDER_METHODS,
    {OBJ_NEW_QSTR(QSTR___format__), (obj_t)&str_dunder_format_obj},
    {OBJ_NEW_QSTR(QSTR___mod__), (obj_t)&seq_dunder_mod_obj},
    {OBJ_NEW_QSTR(QSTR_capitalize), (obj_t)&seq_capitalize_obj},
    {OBJ_NEW_QSTR(QSTR_casefold), (obj_t)&str_casefold_obj},
    {OBJ_NEW_QSTR(QSTR_center), (obj_t)&seq_center_obj},
    {OBJ_NEW_QSTR(QSTR_count), (obj_t)&seq_count_obj},
    {OBJ_NEW_QSTR(QSTR_encode), (obj_t)&str_encode_obj},
    {OBJ_NEW_QSTR(QSTR_endswith), (obj_t)&seq_endswith_obj},
    {OBJ_NEW_QSTR(QSTR_expandtabs), (obj_t)&seq_expandtabs_obj},
    {OBJ_NEW_QSTR(QSTR_find), (obj_t)&seq_find_obj},
    {OBJ_NEW_QSTR(QSTR_format), (obj_t)&str_format_obj},
    {OBJ_NEW_QSTR(QSTR_format_map), (obj_t)&str_format_map_obj},
    {OBJ_NEW_QSTR(QSTR_index), (obj_t)&seq_index_obj},
    {OBJ_NEW_QSTR(QSTR_isalnum), (obj_t)&seq_isalnum_obj},
    {OBJ_NEW_QSTR(QSTR_isalpha), (obj_t)&seq_isalpha_obj},
    {OBJ_NEW_QSTR(QSTR_isascii), (obj_t)&seq_isascii_obj},
    {OBJ_NEW_QSTR(QSTR_isdecimal), (obj_t)&str_isdecimal_obj},
    {OBJ_NEW_QSTR(QSTR_isdigit), (obj_t)&seq_isdigit_obj},
    {OBJ_NEW_QSTR(QSTR_isidentifier), (obj_t)&str_isidentifier_obj},
    {OBJ_NEW_QSTR(QSTR_islower), (obj_t)&seq_islower_obj},
    {OBJ_NEW_QSTR(QSTR_isnumeric), (obj_t)&str_isnumeric_obj},
    {OBJ_NEW_QSTR(QSTR_isprintable), (obj_t)&str_isprintable_obj},
    {OBJ_NEW_QSTR(QSTR_isspace), (obj_t)&seq_isspace_obj},
    {OBJ_NEW_QSTR(QSTR_istitle), (obj_t)&seq_istitle_obj},
    {OBJ_NEW_QSTR(QSTR_isupper), (obj_t)&seq_isupper_obj},
    {OBJ_NEW_QSTR(QSTR_join), (obj_t)&seq_join_obj},
    {OBJ_NEW_QSTR(QSTR_ljust), (obj_t)&seq_ljust_obj},
    {OBJ_NEW_QSTR(QSTR_lower), (obj_t)&seq_lower_obj},
    {OBJ_NEW_QSTR(QSTR_lstrip), (obj_t)&seq_lstrip_obj},
    {OBJ_NEW_QSTR(QSTR_maketrans), (obj_t)&str_maketrans_obj},
    {OBJ_NEW_QSTR(QSTR_partition), (obj_t)&seq_partition_obj},
    {OBJ_NEW_QSTR(QSTR_removeprefix), (obj_t)&seq_removeprefix_obj},
    {OBJ_NEW_QSTR(QSTR_removesuffix), (obj_t)&seq_removesuffix_obj},
    {OBJ_NEW_QSTR(QSTR_replace), (obj_t)&seq_replace_obj},
    {OBJ_NEW_QSTR(QSTR_rfind), (obj_t)&seq_rfind_obj},
    {OBJ_NEW_QSTR(QSTR_rindex), (obj_t)&seq_rindex_obj},
    {OBJ_NEW_QSTR(QSTR_rjust), (obj_t)&seq_rjust_obj},
    {OBJ_NEW_QSTR(QSTR_rpartition), (obj_t)&seq_rpartition_obj},
    {OBJ_NEW_QSTR(QSTR_rsplit), (obj_t)&seq_rsplit_obj},
    {OBJ_NEW_QSTR(QSTR_rstrip), (obj_t)&seq_rstrip_obj},
    {OBJ_NEW_QSTR(QSTR_split), (obj_t)&seq_split_obj},
    {OBJ_NEW_QSTR(QSTR_splitlines), (obj_t)&seq_splitlines_obj},
    {OBJ_NEW_QSTR(QSTR_startswith), (obj_t)&seq_startswith_obj},
    {OBJ_NEW_QSTR(QSTR_strip), (obj_t)&seq_strip_obj},
    {OBJ_NEW_QSTR(QSTR_swapcase), (obj_t)&seq_swapcase_obj},
    {OBJ_NEW_QSTR(QSTR_title), (obj_t)&seq_title_obj},
    {OBJ_NEW_QSTR(QSTR_translate), (obj_t)&str_translate_obj},
    {OBJ_NEW_QSTR(QSTR_upper), (obj_t)&seq_upper_obj},
    {OBJ_NEW_QSTR(QSTR_zfill), (obj_t)&seq_zfill_obj},
};
static DICT_ROM(str_locals_dict, str_locals_table);

const obj_type_t type_str = {
    {&type_type},
    TYPE_FLAG_BASETYPE,
    QSTR_str,
    str_print,
    str_make_new,
    NULL,
    str_unary_op,
    str_binary_op,
    NULL,
    str_subscr,
    str_getiter,
    NULL,
    NULL,
    &type_object,
    (obj_dict_t *)&str_locals_dict,
    NULL,
    NULL,
};
