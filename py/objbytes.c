// bytes (immutable, obj_str_t layout) and bytearray (mutable buffer), their
// iterator, the buffer protocol, and the codecs (utf-8, ascii, latin-1).
// SPDX-License-Identifier: MIT

#include <limits.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

// The empty bytes, shared.
static const obj_str_t bytes_empty_obj = {{&type_bytes}, 2166136261u & STR_HASH_MASK, 0, 0};

obj_t bytes_alloc(size_t len, char **data) {
    if (len > SIZE_MAX / 2 - sizeof(obj_str_t)) {
        rt_raise_memory_error();
    }
    obj_str_t *o = rt_alloc_flags(sizeof(obj_str_t) + len + 1, GC_ALLOC_NOSCAN);
    o->base.type = &type_bytes;
    o->len = len;
    o->charlen = len;
    *data = o->data;
    return o;
}

obj_t bytes_new(const uint8_t *data, size_t len) {
    if (len == 0) {
        return (obj_t)&bytes_empty_obj;
    }
    char *d;
    obj_t b = bytes_alloc(len, &d);
    memcpy(d, data, len);
    return b;
}

static inline bool is_bytes(obj_t o) {
    return str_obj_is_kind(o, &type_bytes);
}

static inline bool is_bytearray(obj_t o) {
    return str_obj_is_kind(o, &type_bytearray);
}

bool bytes_get_data(obj_t o, const char **data, size_t *len) {
    if (OBJ_IS_QSTR(o) || OBJ_IS_SMALL_INT(o) || !OBJ_IS_PTR(o)) {
        return false;
    }
    o = str_unwrap(o);
    if (is_bytes(o)) {
        const obj_str_t *s = o;
        *data = s->data;
        *len = s->len;
        return true;
    }
    if (is_bytearray(o)) {
        const obj_bytearray_t *b = o;
        *data = (const char *)b->items;
        *len = b->len;
        return true;
    }
    const obj_type_t *t = ((const obj_base_t *)o)->type;
    if (t == &type_str || t->get_buffer == NULL) {
        return false;
    }
    buffer_info_t info;
    if (!t->get_buffer(o, &info, BUFFER_READ)) {
        return false;
    }
    *data = info.buf;
    *len = info.len;
    return true;
}

// ---------------------------------------------------------------------------
// bytearray storage
// ---------------------------------------------------------------------------

obj_t bytearray_new(const uint8_t *data, size_t len) {
    obj_bytearray_t *b = rt_new_obj(&type_bytearray, sizeof(obj_bytearray_t));
    size_t alloc = len < 8 ? 8 : len;
    b->items = rt_alloc_flags(alloc, GC_ALLOC_NOSCAN);
    b->alloc = alloc;
    b->len = len;
    if (len > 0) {
        memcpy(b->items, data, len);
    }
    return b;
}

// Makes room for [n] more bytes (geometric growth).
static void ba_reserve(obj_bytearray_t *b, size_t n) {
    if (b->alloc - b->len >= n) {
        return;
    }
    if (n > SIZE_MAX / 4 - b->len) {
        rt_raise_memory_error();
    }
    size_t size = b->alloc + b->alloc / 2 + 8;
    if (size < b->len + n) {
        size = b->len + n;
    }
    b->items = rt_realloc(b->items, size);
    b->alloc = size;
}

static void ba_append_bytes(obj_bytearray_t *b, const char *data, size_t len) {
    // [data] may point into b itself: copy via offsets after growing.
    if (data >= (const char *)b->items && data < (const char *)b->items + b->alloc) {
        size_t off = (size_t)(data - (const char *)b->items);
        ba_reserve(b, len);
        memmove(b->items + b->len, b->items + off, len);
    } else {
        ba_reserve(b, len);
        memcpy(b->items + b->len, data, len);
    }
    b->len += len;
}

// Replaces items [start, start + old_len) with [len] bytes at [data].
static void ba_splice(obj_bytearray_t *b, size_t start, size_t old_len, const char *data,
    size_t len) {
    // Copy the source first: it may alias the buffer.
    char small[64];
    char *tmp = small;
    if (len > sizeof(small)) {
        tmp = rt_alloc_flags(len, GC_ALLOC_NOSCAN);
    }
    if (len > 0) {
        memcpy(tmp, data, len);
    }
    if (len > old_len) {
        ba_reserve(b, len - old_len);
    }
    memmove(b->items + start + len, b->items + start + old_len, b->len - start - old_len);
    if (len > 0) {
        memcpy(b->items + start, tmp, len);
    }
    b->len = b->len - old_len + len;
    if (tmp != small) {
        gc_free(tmp);
    }
}

// ---------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------

// An int argument in range(0, 256) (the messages CPython uses for items).
static uint8_t get_byte(obj_t o) {
    intptr_t v;
    if (OBJ_IS_SMALL_INT(o)) {
        v = OBJ_SMALL_INT_VALUE(o);
    } else if (!rt_get_int_maybe(o, &v)) {
        rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
    }
    if (v < 0 || v > 255) {
        rt_raise_msg(&type_ValueError, "byte must be in range(0, 256)");
    }
    return (uint8_t)v;
}

// Collects the bytes for bytes(x)/bytearray(x) into [v] from an argument
// that is not a str: a count, a bytes-like object or an iterable of ints.
// [range_msg] is the ValueError for an item out of range.
static void collect_bytes(vstr_t *v, obj_t src, const char *range_msg) {
    const char *d;
    size_t len;
    if (obj_is_int(src) || (OBJ_IS_PTR(src) && ((obj_base_t *)src)->type == &type_bool)) {
        intptr_t n;
        if (obj_is_int(src) && !int_to_intptr(src, &n)) {
            // Past this machine's sizes (32 bits): as CPython's 64-bit build,
            // a count it could hold is refused for memory, a larger one overflows.
            if (int_compare(src, int_from_ll(LLONG_MAX)) > 0 || int_compare(src, int_from_ll(LLONG_MIN)) < 0) {
                rt_raise_msg(&type_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            if (int_compare(src, OBJ_NEW_SMALL_INT(0)) < 0) {
                rt_raise_msg(&type_ValueError, "negative count");
            }
            rt_raise_memory_error();
        }
        n = rt_get_int(src);
        if (n < 0) {
            rt_raise_msg(&type_ValueError, "negative count");
        }
        memset(vstr_extend(v, (size_t)n), 0, (size_t)n);
        return;
    }
    if (bytes_get_data(src, &d, &len)) {
        vstr_add_strn(v, d, len);
        return;
    }
    size_t n;
    obj_t *items;
    if (seq_get_items(src, &n, &items)) {
        for (size_t i = 0; i < n; i++) {
            intptr_t b;
            if (!OBJ_IS_SMALL_INT(items[i]) && !rt_get_int_maybe(items[i], &b)) {
                rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer",
                    items[i]);
            }
            b = OBJ_IS_SMALL_INT(items[i]) ? OBJ_SMALL_INT_VALUE(items[i]) : b;
            if (b < 0 || b > 255) {
                rt_raise_msg(&type_ValueError, range_msg);
            }
            vstr_add_byte(v, (char)b);
        }
        return;
    }
    const obj_type_t *t = obj_type_of(src);
    if (t->getiter == NULL && !(t->flags & TYPE_FLAG_HEAP)) {
        rt_raise_fmt(&type_TypeError, "cannot convert '%T' object to bytes", src);
    }
    obj_t it = rt_getiter(src);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        intptr_t b;
        if (!rt_get_int_maybe(x, &b)) {
            rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", x);
        }
        if (b < 0 || b > 255) {
            rt_raise_msg(&type_ValueError, range_msg);
        }
        vstr_add_byte(v, (char)b);
    }
}

static const arg_spec_t bytes_new_spec[] = {
    {QSTR_source, 0, OBJ_NULL},
    {QSTR_encoding, 0, OBJ_NULL},
    {QSTR_errors, 0, OBJ_NULL},
};

// Parses the arguments shared by bytes() and bytearray(); returns the
// encoded str (as bytes) or OBJ_NULL and the collected bytes in [v].
static obj_t bytes_args(size_t n_args, size_t n_kw, const obj_t *args, vstr_t *v, qstr name) {
    obj_t vals[3] = {OBJ_NULL, OBJ_NULL, OBJ_NULL};
    if (n_kw == 0 && n_args <= 1) {
        vals[0] = n_args ? args[0] : OBJ_NULL;
    } else {
        rt_parse_args(n_args, args, n_kw, args + n_args, 3, bytes_new_spec, vals, name);
    }
    for (int i = 1; i < 3; i++) {
        if (vals[i] != OBJ_NULL && !str_is_str_like(vals[i])) {
            rt_raise_fmt(&type_TypeError, "%q() argument '%s' must be str, not %s", name,
                i == 1 ? "encoding" : "errors", str_arg_type_name(vals[i]));
        }
    }
    if (vals[0] == OBJ_NULL) {
        if (vals[1] != OBJ_NULL) {
            rt_raise_msg(&type_TypeError, "encoding without a string argument");
        }
        if (vals[2] != OBJ_NULL) {
            rt_raise_msg(&type_TypeError, "errors without a string argument");
        }
        return OBJ_NULL;
    }
    if (str_is_str_like(vals[0])) {
        if (vals[1] == OBJ_NULL) {
            rt_raise_msg(&type_TypeError, "string argument without an encoding");
        }
        return str_encode(vals[0], vals[1], vals[2]);
    }
    if (vals[1] != OBJ_NULL) {
        rt_raise_msg(&type_TypeError, "encoding without a string argument");
    }
    if (vals[2] != OBJ_NULL) {
        rt_raise_msg(&type_TypeError, "errors without a string argument");
    }
    collect_bytes(v, vals[0], "bytes must be in range(0, 256)");
    return OBJ_NULL;
}

static obj_t bytes_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_args == 1 && n_kw == 0 && is_bytes(args[0]) && type == &type_bytes &&
        ((obj_base_t *)args[0])->type == &type_bytes) {
        return args[0];
    }
    vstr_t v;
    vstr_init(&v, 16);
    obj_t enc = bytes_args(n_args, n_kw, args, &v, QSTR_bytes);
    (void)type; // py/objtype.c wraps the result for subclasses
    return enc != OBJ_NULL ? enc : vstr_to_bytes(&v);
}

static obj_t bytearray_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    vstr_t v;
    vstr_init(&v, 16);
    obj_t enc = bytes_args(n_args, n_kw, args, &v, QSTR_bytearray);
    obj_bytearray_t *b;
    if (enc != OBJ_NULL) {
        const obj_str_t *s = enc;
        b = bytearray_new((const uint8_t *)s->data, s->len);
    } else {
        // Adopt the buffer: no copy.
        b = rt_new_obj(&type_bytearray, sizeof(obj_bytearray_t));
        b->items = (uint8_t *)v.buf;
        b->len = v.len;
        b->alloc = v.alloc;
    }
    (void)type;
    return b;
}

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

static void bytes_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    const obj_str_t *s = self;
    str_print_quoted(p, s->data, s->len, true);
}

static void bytearray_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    const obj_bytearray_t *b = self;
    print_fmt(p, "%q(", ((const obj_base_t *)self)->type->name);
    // bytearray's repr escapes ' even inside double quotes, as CPython does.
    const char *d = (const char *)b->items;
    size_t len = b->len;
    if (memchr(d, '\'', len) != NULL && memchr(d, '"', len) == NULL) {
        print_str(p, "b\"");
        size_t run = 0;
        for (size_t i = 0; i <= len; i++) {
            if (i == len || d[i] == '\'') {
                if (i > run) {
                    // Print the run as the body of a double-quoted literal.
                    vstr_t v;
                    vstr_init(&v, i - run + 8);
                    print_t vp;
                    vstr_print(&v, &vp);
                    str_print_quoted(&vp, d + run, i - run, true);
                    // Strip b" and the closing quote that str_print_quoted added.
                    print_strn(p, v.buf + 2, v.len - 3);
                }
                if (i < len) {
                    print_str(p, "\\'");
                }
                run = i + 1;
            }
        }
        print_str(p, "\")");
        return;
    }
    str_print_quoted(p, d, len, true);
    print_str(p, ")");
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

obj_t str_seq_repeat(obj_t self, obj_t count, bool is_bytes);

static bool is_heap_instance(obj_t o) {
    return OBJ_IS_PTR(o) && (((const obj_base_t *)o)->type->flags & TYPE_FLAG_HEAP) &&
           !is_bytes(o) && !is_bytearray(o);
}

// Comparison of two bytes-likes; OBJ_NULL when [rhs] is not one.
static obj_t bytes_compare(binary_op_t op, obj_t lhs, obj_t rhs) {
    const char *a, *b;
    size_t alen, blen;
    if (!bytes_get_data(lhs, &a, &alen) || !bytes_get_data(rhs, &b, &blen)) {
        return OBJ_NULL;
    }
    if (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL) {
        bool eq = alen == blen && memcmp(a, b, alen) == 0;
        return obj_bool(eq == (op == BINARY_OP_EQUAL));
    }
    int c = str_compare_bytes(a, alen, b, blen);
    switch (op) {
        case BINARY_OP_LESS: return obj_bool(c < 0);
        case BINARY_OP_MORE: return obj_bool(c > 0);
        case BINARY_OP_LESS_EQUAL: return obj_bool(c <= 0);
        default: return obj_bool(c >= 0);
    }
}

static obj_t bytes_contains(obj_t self, obj_t item) {
    const char *h, *n;
    size_t hlen, nlen;
    bytes_get_data(self, &h, &hlen);
    if (obj_is_int(item) || (OBJ_IS_PTR(item) && ((obj_base_t *)item)->type == &type_bool)) {
        uint8_t b = get_byte(item);
        return obj_bool(memchr(h, b, hlen) != NULL);
    }
    if (str_is_str_like(item) || !bytes_get_data(item, &n, &nlen)) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", item);
    }
    return obj_bool(str_search(h, hlen, n, nlen) != NULL);
}

static obj_t bytes_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    bool lb = is_bytes(lhs);
    switch (op) {
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD: {
            if (!lb) {
                return OBJ_NULL;
            }
            const char *b;
            size_t blen;
            if (!bytes_get_data(rhs, &b, &blen)) {
                if (is_heap_instance(rhs)) {
                    return OBJ_NULL;
                }
                rt_raise_fmt(&type_TypeError, "can't concat %T to bytes", rhs);
            }
            const obj_str_t *a = lhs;
            if (blen == 0 && ((obj_base_t *)lhs)->type == &type_bytes) {
                return lhs;
            }
            if (blen > SIZE_MAX / 4 || a->len > SIZE_MAX / 4) {
                rt_raise_memory_error();
            }
            char *d;
            obj_t r = bytes_alloc(a->len + blen, &d);
            memcpy(d, a->data, a->len);
            memcpy(d + a->len, b, blen);
            return r;
        }
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_INPLACE_MULTIPLY:
            if (lb) {
                return str_seq_repeat(lhs, rhs, true);
            }
            if (is_heap_instance(lhs)) {
                return OBJ_NULL;
            }
            return str_seq_repeat(rhs, lhs, true);
        case BINARY_OP_MODULO:
        case BINARY_OP_INPLACE_MODULO:
            if (!lb) {
                return OBJ_NULL;
            }
            return str_modulo_format(lhs, rhs, true);
        case BINARY_OP_CONTAINS:
            return bytes_contains(lhs, rhs);
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
            return bytes_compare(op, lhs, rhs);
        default:
            return OBJ_NULL;
    }
}

static obj_t bytes_unary_op(unary_op_t op, obj_t self) {
    obj_str_t *s = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(s->len != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(s->len);
        case UNARY_OP_HASH:
            if (s->hash == 0) {
                s->hash = str_hash_bytes(s->data, s->len);
            }
            return OBJ_NEW_SMALL_INT((intptr_t)s->hash);
        default:
            return OBJ_NULL;
    }
}

static obj_t bytearray_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    bool lb = is_bytearray(lhs);
    switch (op) {
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD: {
            if (!lb) {
                return OBJ_NULL;
            }
            const char *b;
            size_t blen;
            if (!bytes_get_data(rhs, &b, &blen)) {
                if (is_heap_instance(rhs)) {
                    return OBJ_NULL;
                }
                rt_raise_fmt(&type_TypeError, "can't concat %T to bytearray", rhs);
            }
            obj_bytearray_t *a = lhs;
            if (op == BINARY_OP_INPLACE_ADD) {
                ba_append_bytes(a, b, blen);
                return lhs;
            }
            obj_bytearray_t *r = bytearray_new(a->items, a->len);
            ba_append_bytes(r, b, blen);
            return r;
        }
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_INPLACE_MULTIPLY: {
            obj_t self = lb ? lhs : rhs;
            obj_t count = lb ? rhs : lhs;
            if (!lb && is_heap_instance(lhs)) {
                return OBJ_NULL;
            }
            obj_bytearray_t *a = self;
            intptr_t n = str_size_arg(count, 0);
            if (n == INTPTR_MIN) {
                rt_raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%T'",
                    count);
            }
            if (n < 0) {
                n = 0;
            }
            if (a->len != 0 && (size_t)n > (SIZE_MAX / 4) / a->len) {
                rt_raise_memory_error();
            }
            size_t total = a->len * (size_t)n;
            obj_bytearray_t *r;
            if (op == BINARY_OP_INPLACE_MULTIPLY) {
                r = a;
                ba_reserve(r, total > r->len ? total - r->len : 0);
            } else {
                r = bytearray_new(NULL, 0);
                ba_reserve(r, total);
            }
            size_t unit = a->len;
            if (r != a) {
                memcpy(r->items, a->items, total ? unit : 0);
            }
            for (size_t done = total ? unit : 0; done < total;) {
                size_t k = done <= total - done ? done : total - done;
                memcpy(r->items + done, r->items, k);
                done += k;
            }
            r->len = total;
            return r;
        }
        case BINARY_OP_CONTAINS:
            return bytes_contains(lhs, rhs);
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
            return bytes_compare(op, lhs, rhs);
        default:
            return OBJ_NULL;
    }
}

static obj_t bytearray_unary_op(unary_op_t op, obj_t self) {
    obj_bytearray_t *b = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(b->len != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(b->len);
        default:
            return OBJ_NULL;
    }
}

// ---------------------------------------------------------------------------
// Indexing
// ---------------------------------------------------------------------------

// A slice of [len] bytes at [d] as a new object of [kind].
static obj_t slice_bytes(const char *d, size_t len, obj_t index, bool is_array) {
    intptr_t start, stop, step;
    size_t count = slice_indices(index, len, &start, &stop, &step);
    if (step == 1) {
        return is_array ? bytearray_new((const uint8_t *)d + start, count)
                        : bytes_new((const uint8_t *)d + start, count);
    }
    vstr_t v;
    vstr_init(&v, count);
    char *out = vstr_extend(&v, count);
    intptr_t i = start;
    for (size_t k = 0; k < count; k++, i += step) {
        out[k] = d[i];
    }
    if (is_array) {
        obj_bytearray_t *b = rt_new_obj(&type_bytearray, sizeof(obj_bytearray_t));
        b->items = (uint8_t *)v.buf;
        b->len = v.len;
        b->alloc = v.alloc;
        return b;
    }
    return vstr_to_bytes(&v);
}

static bool is_slice(obj_t o) {
    return OBJ_IS_PTR(o) && ((obj_base_t *)o)->type == &type_slice;
}

static obj_t bytes_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    const obj_str_t *s = self;
    if (is_slice(index)) {
        return slice_bytes(s->data, s->len, index, false);
    }
    intptr_t i;
    if (OBJ_IS_SMALL_INT(index)) {
        i = OBJ_SMALL_INT_VALUE(index);
    } else if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "byte indices must be integers or slices, not %T", index);
    }
    if (i < 0) {
        i += (intptr_t)s->len;
    }
    if (i < 0 || (size_t)i >= s->len) {
        rt_raise_msg(&type_IndexError, "index out of range");
    }
    return OBJ_NEW_SMALL_INT((uint8_t)s->data[i]);
}

static size_t ba_index(obj_bytearray_t *b, obj_t index) {
    intptr_t i;
    if (OBJ_IS_SMALL_INT(index)) {
        i = OBJ_SMALL_INT_VALUE(index);
    } else if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "bytearray indices must be integers or slices, not %T",
            index);
    }
    if (i < 0) {
        i += (intptr_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        rt_raise_msg(&type_IndexError, "bytearray index out of range");
    }
    return (size_t)i;
}

static obj_t bytearray_subscr(obj_t self, obj_t index, obj_t value) {
    obj_bytearray_t *b = self;
    if (is_slice(index)) {
        if (value == OBJ_SENTINEL) {
            return slice_bytes((const char *)b->items, b->len, index, true);
        }
        intptr_t start, stop, step;
        size_t count = slice_indices(index, b->len, &start, &stop, &step);
        const char *d = NULL;
        size_t len = 0;
        vstr_t v;
        if (value != OBJ_NULL) {
            if (str_is_str_like(value) || obj_is_int(value) ||
                (!bytes_get_data(value, &d, &len) && obj_type_of(value)->getiter == NULL)) {
                rt_raise_msg(&type_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            if (d == NULL) {
                vstr_init(&v, 16);
                collect_bytes(&v, value, "byte must be in range(0, 256)");
                d = v.buf;
                len = v.len;
            }
        }
        if (step == 1) {
            ba_splice(b, (size_t)start, count, d, len);
            return OBJ_NONE;
        }
        if (value == OBJ_NULL || len == 0) {
            // Delete an extended slice (CPython also deletes when assigning
            // an empty value to one): keep the items not selected.
            uint8_t *items = b->items;
            size_t w = 0;
            intptr_t lo = step > 0 ? start : start + step * (intptr_t)(count - 1);
            size_t astep = (size_t)(step > 0 ? step : -step);
            for (size_t r = 0; r < b->len; r++) {
                bool selected = count > 0 && (intptr_t)r >= lo &&
                                ((size_t)((intptr_t)r - lo) % astep) == 0 &&
                                (size_t)((intptr_t)r - lo) / astep < count;
                if (!selected) {
                    items[w++] = items[r];
                }
            }
            b->len = w;
            return OBJ_NONE;
        }
        if (len != count) {
            rt_raise_fmt(&type_ValueError,
                "attempt to assign bytes of size %zu to extended slice of size %zu", len, count);
        }
        intptr_t i = start;
        for (size_t k = 0; k < count; k++, i += step) {
            b->items[i] = (uint8_t)d[k];
        }
        return OBJ_NONE;
    }
    if (value == OBJ_SENTINEL) {
        return OBJ_NEW_SMALL_INT(b->items[ba_index(b, index)]);
    }
    size_t i = ba_index(b, index);
    if (value == OBJ_NULL) {
        memmove(b->items + i, b->items + i + 1, b->len - i - 1);
        b->len--;
    } else {
        b->items[i] = get_byte(value);
    }
    return OBJ_NONE;
}

// ---------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------

typedef struct bytes_iter {
    obj_base_t base;
    obj_t seq;
    size_t pos;
} bytes_iter_t;

static obj_t bytes_iter_next(obj_t self) {
    bytes_iter_t *it = self;
    const char *d;
    size_t len;
    bytes_get_data(it->seq, &d, &len);
    if (it->pos >= len) {
        return OBJ_NULL;
    }
    return OBJ_NEW_SMALL_INT((uint8_t)d[it->pos++]);
}

static const obj_type_t type_bytes_iterator = {
    {&type_type}, TYPE_FLAG_ITER_IS_SELF, QSTR_bytes_iterator, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL, iter_self, bytes_iter_next, NULL, &type_object, NULL, NULL, NULL,
};

static obj_t bytes_getiter(obj_t self) {
    bytes_iter_t *it = rt_new_obj(&type_bytes_iterator, sizeof(bytes_iter_t));
    it->seq = self;
    it->pos = 0;
    return it;
}

// ---------------------------------------------------------------------------
// Buffer protocol
// ---------------------------------------------------------------------------

static bool bytes_get_buffer(obj_t self, buffer_info_t *info, int flags) {
    if (flags & BUFFER_WRITE) {
        return false;
    }
    obj_str_t *s = self;
    info->buf = s->data;
    info->len = s->len;
    info->typecode = 'B';
    return true;
}

static bool bytearray_get_buffer(obj_t self, buffer_info_t *info, int flags) {
    (void)flags;
    obj_bytearray_t *b = self;
    info->buf = b->items;
    info->len = b->len;
    info->typecode = 'B';
    return true;
}

// ---------------------------------------------------------------------------
// Codecs
// ---------------------------------------------------------------------------

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1 } encoding_t;

// Resolves an encoding name as CPython normalises it (case, '_' vs '-').
static encoding_t get_encoding(obj_t name) {
    if (name == OBJ_NULL) {
        return ENC_UTF8;
    }
    size_t len;
    const char *d = str_get(name, &len);
    char buf[24];
    if (len >= sizeof(buf)) {
        goto unknown;
    }
    for (size_t i = 0; i < len; i++) {
        char c = d[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c + 32);
        } else if (c == '_' || c == ' ') {
            c = '-';
        }
        buf[i] = c;
    }
    buf[len] = 0;
    static const struct {
        const char *name;
        encoding_t enc;
    } names[] = {
        {"utf-8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8},
        {"cp65001", ENC_UTF8}, {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII},
        {"646", ENC_ASCII}, {"latin-1", ENC_LATIN1}, {"latin1", ENC_LATIN1},
        {"latin", ENC_LATIN1}, {"iso-8859-1", ENC_LATIN1}, {"iso8859-1", ENC_LATIN1},
        {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1}, {"l1", ENC_LATIN1},
    };
    for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
        if (strcmp(buf, names[i].name) == 0) {
            return names[i].enc;
        }
    }
unknown:
    rt_raise_fmt(&type_LookupError, "unknown encoding: %S", name);
}

static const char *encoding_name(encoding_t e) {
    return e == ENC_UTF8 ? "utf-8" : e == ENC_ASCII ? "ascii" : "latin-1";
}

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_UNKNOWN } errors_t;

static errors_t get_errors(obj_t name) {
    if (name == OBJ_NULL) {
        return ERR_STRICT;
    }
    size_t len;
    const char *d = str_get(name, &len);
    if (len == 6 && memcmp(d, "strict", 6) == 0) {
        return ERR_STRICT;
    }
    if (len == 6 && memcmp(d, "ignore", 6) == 0) {
        return ERR_IGNORE;
    }
    if (len == 7 && memcmp(d, "replace", 7) == 0) {
        return ERR_REPLACE;
    }
    if (len == 16 && memcmp(d, "backslashreplace", 16) == 0) {
        return ERR_BACKSLASH;
    }
    return ERR_UNKNOWN;
}

static const char hexd[] = "0123456789abcdef";

// Raises a UnicodeDecodeError or UnicodeEncodeError with CPython's five
// arguments (encoding, object, start, end, reason); its str is built from them.
NORETURN static void raise_unicode_error(const obj_type_t *type, const char *encoding,
    obj_t object, size_t start, size_t end, const char *reason) {
    obj_t args[5] = {
        str_new(encoding, strlen(encoding)), object, int_from_uintptr(start),
        int_from_uintptr(end), str_new(reason, strlen(reason)),
    };
    rt_raise(rt_call((obj_t)type, 5, 0, args));
}

// Handles undecodable bytes [bad, end) per [err]; raises for strict.
static void decode_error(vstr_t *v, encoding_t enc, errors_t err, obj_t errors,
    const char *data, size_t len, size_t bad, size_t end, const char *reason) {
    switch (err) {
        case ERR_IGNORE:
            return;
        case ERR_REPLACE:
            vstr_add_char(v, 0xfffd);
            return;
        case ERR_BACKSLASH:
            for (size_t i = bad; i < end; i++) {
                uint8_t c = (uint8_t)data[i];
                char buf[4] = {'\\', 'x', hexd[c >> 4], hexd[c & 15]};
                vstr_add_strn(v, buf, 4);
            }
            return;
        case ERR_UNKNOWN:
            rt_raise_fmt(&type_LookupError, "unknown error handler name '%S'", errors);
        default:
            break;
    }
    raise_unicode_error(&type_UnicodeDecodeError, encoding_name(enc),
        bytes_new((const uint8_t *)data, len), bad, end, reason);
}

obj_t bytes_decode(const char *data, size_t len, obj_t encoding, obj_t errors) {
    encoding_t enc = get_encoding(encoding);
    errors_t err = get_errors(errors);
    if (enc == ENC_UTF8 || enc == ENC_ASCII) {
        size_t bad, bad_end;
        const char *reason;
        if (utf8_is_ascii(data, len)) {
            return str_new(data, len);
        }
        if (enc == ENC_UTF8 && utf8_validate(data, len, &bad, &bad_end, &reason)) {
            return str_new(data, len);
        }
        // Slow path: copy the valid parts, handle each bad sequence.
        vstr_t v;
        vstr_init(&v, len + 8);
        size_t pos = 0;
        while (pos < len) {
            if (enc == ENC_ASCII) {
                size_t i = pos;
                while (i < len && (uint8_t)data[i] < 0x80) {
                    i++;
                }
                vstr_add_strn(&v, data + pos, i - pos);
                if (i == len) {
                    break;
                }
                decode_error(&v, enc, err, errors, data, len, i, i + 1, "ordinal not in range(128)");
                pos = i + 1;
                continue;
            }
            if (utf8_validate(data + pos, len - pos, &bad, &bad_end, &reason)) {
                vstr_add_strn(&v, data + pos, len - pos);
                break;
            }
            vstr_add_strn(&v, data + pos, bad);
            decode_error(&v, enc, err, errors, data, len, pos + bad, pos + bad_end, reason);
            pos += bad_end;
        }
        return vstr_to_str(&v);
    }
    // latin-1: every byte is the code point of the same value.
    if (utf8_is_ascii(data, len)) {
        return str_new(data, len);
    }
    vstr_t v;
    vstr_init(&v, len * 2);
    for (size_t i = 0; i < len; i++) {
        vstr_add_char(&v, (uint8_t)data[i]);
    }
    return vstr_to_str(&v);
}

obj_t str_encode(obj_t s, obj_t encoding, obj_t errors) {
    if (encoding != OBJ_NULL && !str_is_str_like(encoding)) {
        rt_raise_fmt(&type_TypeError, "encode() argument 'encoding' must be str, not %s",
            str_arg_type_name(encoding));
    }
    if (errors != OBJ_NULL && !str_is_str_like(errors)) {
        rt_raise_fmt(&type_TypeError, "encode() argument 'errors' must be str, not %s",
            str_arg_type_name(errors));
    }
    encoding_t enc = get_encoding(encoding);
    size_t len;
    const char *d = str_get(s, &len);
    size_t cl = str_charlen(s);
    if (enc == ENC_UTF8 || cl == len) {
        return bytes_new((const uint8_t *)d, len);
    }
    errors_t err = get_errors(errors);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : 0x100;
    vstr_t v;
    vstr_init(&v, len);
    const char *p = d, *end = d + len;
    size_t index = 0;
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        if (c < limit) {
            vstr_add_byte(&v, (char)c);
            index++;
            continue;
        }
        // A run of unencodable characters is reported at once.
        const char *q = p;
        size_t run_end = index + 1;
        while (q < end) {
            const char *r = q;
            if (utf8_decode(&r) < limit) {
                break;
            }
            q = r;
            run_end++;
        }
        switch (err) {
            case ERR_IGNORE:
                break;
            case ERR_REPLACE:
                memset(vstr_extend(&v, run_end - index), '?', run_end - index);
                break;
            case ERR_BACKSLASH: {
                const char *r = p;
                utf8_decode_back(&r);
                while (r < q) {
                    uint32_t x = utf8_decode(&r);
                    char buf[12];
                    size_t n = 0;
                    buf[n++] = '\\';
                    int digits = x < 0x100 ? 2 : x < 0x10000 ? 4 : 8;
                    buf[n++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
                    for (int k = digits - 1; k >= 0; k--) {
                        buf[n++] = hexd[(x >> (4 * k)) & 15];
                    }
                    vstr_add_strn(&v, buf, n);
                }
                break;
            }
            case ERR_UNKNOWN:
                rt_raise_fmt(&type_LookupError, "unknown error handler name '%S'", errors);
            default:
                raise_unicode_error(&type_UnicodeEncodeError, encoding_name(enc), s, index,
                    run_end, enc == ENC_ASCII ? "ordinal not in range(128)"
                                              : "ordinal not in range(256)");
        }
        p = q;
        index = run_end;
    }
    return vstr_to_bytes(&v);
}

// ---------------------------------------------------------------------------
// bytes/bytearray methods
// ---------------------------------------------------------------------------

static const arg_spec_t decode_spec[] = {
    {QSTR_encoding, 0, OBJ_NULL},
    {QSTR_errors, 0, OBJ_NULL},
};

static obj_t bytes_decode_method(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t vals[2];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 2, decode_spec, vals, QSTR_decode);
    for (int i = 0; i < 2; i++) {
        if (vals[i] != OBJ_NULL && !str_is_str_like(vals[i])) {
            rt_raise_fmt(&type_TypeError, "decode() argument '%s' must be str, not %s",
                i == 0 ? "encoding" : "errors", str_arg_type_name(vals[i]));
        }
    }
    const char *d;
    size_t len;
    bytes_get_data(args[0], &d, &len);
    return bytes_decode(d, len, vals[0], vals[1]);
}
static BUILTIN_FN_KW(bytes_decode_obj, QSTR_decode, 1, 3, bytes_decode_method);

static const arg_spec_t hex_spec[] = {
    {QSTR_sep, 0, OBJ_NULL},
    {QSTR_bytes_per_sep, 0, OBJ_NEW_SMALL_INT(1)},
};

static obj_t bytes_hex(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t vals[2];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 2, hex_spec, vals, QSTR_hex);
    const char *d;
    size_t len;
    bytes_get_data(args[0], &d, &len);
    char sep = 0;
    intptr_t group = 0;
    if (vals[0] != OBJ_NULL) {
        const char *sd;
        size_t sl;
        if (str_is_str_like(vals[0])) {
            sd = str_get(vals[0], &sl);
        } else if (!bytes_get_data(vals[0], &sd, &sl)) {
            if (obj_type_of(vals[0])->unary_op == NULL ||
                obj_type_of(vals[0])->unary_op(UNARY_OP_LEN, vals[0]) == OBJ_NULL) {
                rt_raise_fmt(&type_TypeError, "object of type '%T' has no len()", vals[0]);
            }
            rt_raise_msg(&type_TypeError, "sep must be str or bytes.");
        }
        if (sl != 1) {
            rt_raise_msg(&type_ValueError, "sep must be length 1.");
        }
        if ((uint8_t)sd[0] >= 0x80) {
            rt_raise_msg(&type_ValueError, "sep must be ASCII.");
        }
        sep = sd[0];
        group = rt_get_int(vals[1]);
    }
    if (len > SIZE_MAX / 8) {
        rt_raise_memory_error();
    }
    vstr_t v;
    vstr_init(&v, len * 3 + 1);
    size_t g = group < 0 ? (size_t)-group : (size_t)group;
    for (size_t i = 0; i < len; i++) {
        if (sep && g > 0 && i > 0) {
            // Groups count from the right for positive bytes_per_sep.
            bool boundary = group > 0 ? (len - i) % g == 0 : i % g == 0;
            if (boundary) {
                vstr_add_byte(&v, sep);
            }
        }
        uint8_t c = (uint8_t)d[i];
        vstr_add_byte(&v, hexd[c >> 4]);
        vstr_add_byte(&v, hexd[c & 15]);
    }
    return vstr_to_str(&v);
}
static BUILTIN_FN_KW(bytes_hex_obj, QSTR_hex, 1, 3, bytes_hex);

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static obj_t bytes_fromhex(obj_t cls, obj_t string) {
    if (!str_is_str_like(string)) {
        rt_raise_fmt(&type_TypeError, "fromhex() argument must be str, not %s",
            str_arg_type_name(string));
    }
    size_t len;
    const char *d = str_get(string, &len);
    vstr_t v;
    vstr_init(&v, len / 2 + 1);
    size_t i = 0;
    for (;;) {
        while (i < len && (d[i] == ' ' || (d[i] >= 0x09 && d[i] <= 0x0d))) {
            i++;
        }
        if (i >= len) {
            break;
        }
        int hi = hex_value(d[i]);
        if (hi < 0) {
            rt_raise_fmt(&type_ValueError,
                "non-hexadecimal number found in fromhex() arg at position %zu", i);
        }
        int lo = i + 1 < len ? hex_value(d[i + 1]) : -1;
        if (lo < 0) {
            rt_raise_fmt(&type_ValueError,
                "non-hexadecimal number found in fromhex() arg at position %zu", i + 1);
        }
        vstr_add_byte(&v, (char)(hi * 16 + lo));
        i += 2;
    }
    if (cls == (obj_t)&type_bytearray) {
        obj_bytearray_t *b = rt_new_obj(&type_bytearray, sizeof(obj_bytearray_t));
        b->items = (uint8_t *)v.buf;
        b->len = v.len;
        b->alloc = v.alloc;
        return b;
    }
    obj_t r = vstr_to_bytes(&v);
    if (cls != (obj_t)&type_bytes) {
        return rt_call1(cls, r);
    }
    return r;
}
static BUILTIN_FN_2(bytes_fromhex_fun_obj, QSTR_fromhex, bytes_fromhex);
static const obj_method_wrapper_t bytes_fromhex_obj = {{&type_classmethod},
    (obj_t)&bytes_fromhex_fun_obj};

// bytearray mutators.

static obj_t ba_append(obj_t self, obj_t item) {
    obj_bytearray_t *b = self;
    uint8_t c = get_byte(item);
    ba_reserve(b, 1);
    b->items[b->len++] = c;
    return OBJ_NONE;
}
static BUILTIN_FN_2(ba_append_obj, QSTR_append, ba_append);

static obj_t ba_extend(obj_t self, obj_t src) {
    obj_bytearray_t *b = self;
    const char *d;
    size_t len;
    if (bytes_get_data(src, &d, &len)) {
        ba_append_bytes(b, d, len);
        return OBJ_NONE;
    }
    if (str_is_str_like(src)) {
        rt_raise_msg(&type_TypeError, "expected iterable of integers; got: 'str'");
    }
    if (obj_is_int(src) || obj_type_of(src)->getiter == NULL) {
        if (!(obj_type_of(src)->flags & TYPE_FLAG_HEAP)) {
            rt_raise_fmt(&type_TypeError, "can't extend bytearray with %T", src);
        }
    }
    vstr_t v;
    vstr_init(&v, 16);
    obj_t it = rt_getiter(src);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        vstr_add_byte(&v, (char)get_byte(x));
    }
    ba_append_bytes(b, v.buf, v.len);
    return OBJ_NONE;
}
static BUILTIN_FN_2(ba_extend_obj, QSTR_extend, ba_extend);

static obj_t ba_pop(size_t n_args, const obj_t *args) {
    obj_bytearray_t *b = args[0];
    if (b->len == 0) {
        rt_raise_msg(&type_IndexError, "pop from empty bytearray");
    }
    intptr_t i = n_args > 1 ? rt_get_int(args[1]) : -1;
    if (i < 0) {
        i += (intptr_t)b->len;
    }
    if (i < 0 || (size_t)i >= b->len) {
        rt_raise_msg(&type_IndexError, "pop index out of range");
    }
    uint8_t c = b->items[i];
    memmove(b->items + i, b->items + i + 1, b->len - (size_t)i - 1);
    b->len--;
    return OBJ_NEW_SMALL_INT(c);
}
static BUILTIN_FN_VAR(ba_pop_obj, QSTR_pop, 1, 2, ba_pop);

static obj_t ba_insert(obj_t self, obj_t index, obj_t item) {
    obj_bytearray_t *b = self;
    intptr_t i = rt_get_int(index);
    uint8_t c = get_byte(item);
    if (i < 0) {
        i += (intptr_t)b->len;
        if (i < 0) {
            i = 0;
        }
    } else if ((size_t)i > b->len) {
        i = (intptr_t)b->len;
    }
    ba_reserve(b, 1);
    memmove(b->items + i + 1, b->items + i, b->len - (size_t)i);
    b->items[i] = c;
    b->len++;
    return OBJ_NONE;
}
static BUILTIN_FN_3(ba_insert_obj, QSTR_insert, ba_insert);

static obj_t ba_remove(obj_t self, obj_t item) {
    obj_bytearray_t *b = self;
    uint8_t c = get_byte(item);
    uint8_t *p = memchr(b->items, c, b->len);
    if (p == NULL) {
        rt_raise_msg(&type_ValueError, "value not found in bytearray");
    }
    size_t i = (size_t)(p - b->items);
    memmove(p, p + 1, b->len - i - 1);
    b->len--;
    return OBJ_NONE;
}
static BUILTIN_FN_2(ba_remove_obj, QSTR_remove, ba_remove);

static obj_t ba_clear(obj_t self) {
    ((obj_bytearray_t *)self)->len = 0;
    return OBJ_NONE;
}
static BUILTIN_FN_1(ba_clear_obj, QSTR_clear, ba_clear);

static obj_t ba_reverse(obj_t self) {
    obj_bytearray_t *b = self;
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        uint8_t t = b->items[i];
        b->items[i] = b->items[j - 1];
        b->items[j - 1] = t;
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(ba_reverse_obj, QSTR_reverse, ba_reverse);

static obj_t ba_copy(obj_t self) {
    obj_bytearray_t *b = self;
    return bytearray_new(b->items, b->len);
}
static BUILTIN_FN_1(ba_copy_obj, QSTR_copy, ba_copy);

// ---------------------------------------------------------------------------
// memoryview: a window (start, count, step) on another object's buffer. The
// buffer is fetched again on every access, so a bytearray may grow under it.
// ---------------------------------------------------------------------------

typedef struct obj_memoryview {
    obj_base_t base;
    obj_t obj;       // the exporter
    size_t start;    // byte offset of the first item
    size_t count;    // items in the view
    intptr_t step;   // bytes between items
    uint8_t itemsize;
    char format;     // a struct module character: B b c h H i I l L q Q n N f d ?
    bool at_prefix;  // the format was given as '@x' (cast keeps the spelling)
    bool readonly;
    bool released;
} obj_memoryview_t;

static bool is_mv(obj_t o) {
    return OBJ_IS_PTR(o) && ((obj_base_t *)o)->type == &type_memoryview;
}

// The size of one item of the native single-character [format], 0 if unknown.
static size_t mv_format_size(char format) {
    switch (format) {
        case 'B': case 'b': case 'c': case '?': return 1;
        case 'h': case 'H': return sizeof(short);
        case 'i': case 'I': return sizeof(int);
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return sizeof(long long);
        case 'n': case 'N': return sizeof(size_t);
        case 'f': return sizeof(float);
        case 'd': return sizeof(double);
        default: return 0;
    }
}

// The exporter's bytes, checking that the view still fits.
static uint8_t *mv_data(obj_memoryview_t *mv) {
    if (mv->released) {
        rt_raise_msg(&type_ValueError, "operation forbidden on released memoryview object");
    }
    buffer_info_t info;
    const obj_type_t *t = obj_type_of(mv->obj);
    if (!t->get_buffer(mv->obj, &info, BUFFER_READ)) {
        rt_raise_msg(&type_TypeError, "memoryview: a bytes-like object is required");
    }
    if (mv->count > 0) {
        size_t last = mv->start + (size_t)((intptr_t)(mv->count - 1) * mv->step);
        if (mv->start + mv->itemsize > info.len || last + mv->itemsize > info.len) {
            rt_raise_msg(&type_IndexError, "memoryview: underlying buffer has shrunk");
        }
    }
    return info.buf;
}

static obj_memoryview_t *mv_new(obj_t obj, size_t start, size_t count, intptr_t step,
    bool readonly) {
    obj_memoryview_t *mv = rt_new_obj(&type_memoryview, sizeof(obj_memoryview_t));
    mv->obj = obj;
    mv->start = start;
    mv->count = count;
    mv->step = step;
    mv->itemsize = 1;
    mv->format = 'B';
    mv->readonly = readonly;
    return mv;
}

static obj_t memoryview_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    (void)type;
    if (n_args > 1) {
        rt_raise_fmt(&type_TypeError, "memoryview() takes at most 1 argument (%zu given)", n_args);
    }
    obj_t o = n_args == 1 ? args[0] : OBJ_NULL;
    for (size_t k = 0; k < n_kw; k++) {
        size_t kl;
        const char *kn = str_get(args[n_args + 2 * k], &kl);
        if (kl != 6 || memcmp(kn, "object", 6) != 0) {
            continue; // reported below, once 'object' is known to be there
        }
        if (o != OBJ_NULL) {
            rt_raise_msg(&type_TypeError,
                "argument for memoryview() given by name ('object') and position (1)");
        }
        o = args[n_args + 2 * k + 1];
    }
    if (o == OBJ_NULL) {
        rt_raise_msg(&type_TypeError, "memoryview() missing required argument 'object' (pos 1)");
    }
    if (n_kw > (n_args == 1 ? 0u : 1u)) {
        rt_raise_msg(&type_TypeError, "memoryview() takes at most 1 argument (2 given)");
    }
    o = str_unwrap(o);
    if (is_mv(o)) {
        obj_memoryview_t *src = o;
        mv_data(src);
        obj_memoryview_t *mv = mv_new(src->obj, src->start, src->count, src->step, src->readonly);
        mv->itemsize = src->itemsize;
        mv->format = src->format;
        mv->at_prefix = src->at_prefix;
        return mv;
    }
    const obj_type_t *t = obj_type_of(o);
    buffer_info_t info;
    if (OBJ_IS_QSTR(o) || t->get_buffer == NULL || !t->get_buffer(o, &info, BUFFER_READ)) {
        rt_raise_fmt(&type_TypeError,
            "memoryview: a bytes-like object is required, not '%T'", o);
    }
    // An exporter with typed items (array) gives its own format.
    char format = (char)info.typecode;
    size_t size = mv_format_size(format);
    if (size == 0) {
        format = 'B';
        size = 1;
    }
    bool writable = t->get_buffer(o, &info, BUFFER_WRITE);
    obj_memoryview_t *mv = mv_new(o, 0, info.len / size, (intptr_t)size, !writable);
    mv->itemsize = (uint8_t)size;
    mv->format = format;
    return mv;
}

// The item at byte offset [at] of [d] as a Python object.
static obj_t mv_unpack(const obj_memoryview_t *mv, const uint8_t *d, size_t at) {
    const uint8_t *p = d + at;
    switch (mv->format) {
        case 'B': return OBJ_NEW_SMALL_INT(p[0]);
        case 'b': return OBJ_NEW_SMALL_INT((int8_t)p[0]);
        case 'c': return bytes_new(p, 1);
        case '?': return obj_bool(p[0] != 0);
        case 'f': { float f; memcpy(&f, p, sizeof f); return float_new(f); }
        case 'd': { double f; memcpy(&f, p, sizeof f); return float_new(f); }
        default: break;
    }
    bool is_signed = mv->format >= 'a';
    uint64_t u = 0;
    switch (mv->itemsize) {
        case 2: { uint16_t x; memcpy(&x, p, 2); u = is_signed ? (uint64_t)(int64_t)(int16_t)x : x; break; }
        case 4: { uint32_t x; memcpy(&x, p, 4); u = is_signed ? (uint64_t)(int64_t)(int32_t)x : x; break; }
        default: memcpy(&u, p, 8); break;
    }
    return is_signed ? int_from_ll((long long)u) : int_from_ull((unsigned long long)u);
}

NORETURN static void mv_bad_item(obj_memoryview_t *mv, bool type_error) {
    rt_raise_fmt(type_error ? &type_TypeError : &type_ValueError,
        "memoryview: invalid %s for format '%c'", type_error ? "type" : "value", mv->format);
}

// Stores [v] as the item at byte offset [at] of [d], checking its type and range.
static void mv_pack(obj_memoryview_t *mv, uint8_t *d, size_t at, obj_t v) {
    uint8_t *p = d + at;
    switch (mv->format) {
        case 'c': {
            const char *s;
            size_t n;
            if (str_is_str_like(v) || !bytes_get_data(v, &s, &n)) {
                mv_bad_item(mv, true);
            }
            if (n != 1) {
                mv_bad_item(mv, false);
            }
            p[0] = (uint8_t)s[0];
            return;
        }
        case '?':
            p[0] = rt_is_true(v);
            return;
        case 'f': case 'd': {
            if (!obj_is_int(v) && !rt_isinstance(v, &type_float) && v != OBJ_TRUE && v != OBJ_FALSE) {
                mv_bad_item(mv, true);
            }
            double x = rt_get_float(v);
            if (mv->format == 'd') {
                memcpy(p, &x, sizeof x);
            } else {
                float f = (float)x;
                memcpy(p, &f, sizeof f);
            }
            return;
        }
        default:
            break;
    }
    if (v == OBJ_TRUE || v == OBJ_FALSE) {
        v = OBJ_NEW_SMALL_INT(v == OBJ_TRUE);
    }
    if (!obj_is_int(v)) {
        mv_bad_item(mv, true);
    }
    bool is_signed = mv->format >= 'a';
    unsigned bits = 8u * mv->itemsize;
    obj_t lo, hi;
    if (is_signed) {
        lo = int_from_ll(-(long long)((1ull << (bits - 1)) - 1) - 1);
        hi = int_from_ll((long long)((1ull << (bits - 1)) - 1));
    } else {
        lo = OBJ_NEW_SMALL_INT(0);
        hi = int_from_ull(bits == 64 ? ~0ull : (1ull << bits) - 1);
    }
    if (int_compare(v, lo) < 0 || int_compare(v, hi) > 0) {
        mv_bad_item(mv, false);
    }
    // Two's complement bits of v, 16 at a time (v may not fit an intptr_t,
    // and a 16-bit chunk fits one even on 32 bits).
    obj_t mask = OBJ_NEW_SMALL_INT(0xffff);
    uint64_t u = 0;
    for (unsigned k = 0; k < bits; k += 16) {
        intptr_t chunk = 0;
        obj_t shifted = rt_binary_op(BINARY_OP_RSHIFT, v, OBJ_NEW_SMALL_INT((intptr_t)k));
        int_to_intptr(rt_binary_op(BINARY_OP_AND, shifted, mask), &chunk);
        u |= (uint64_t)(uint16_t)chunk << k;
    }
    switch (mv->itemsize) {
        case 1: p[0] = (uint8_t)u; break;
        case 2: { uint16_t x = (uint16_t)u; memcpy(p, &x, 2); break; }
        case 4: { uint32_t x = (uint32_t)u; memcpy(p, &x, 4); break; }
        default: memcpy(p, &u, 8); break;
    }
}

// Copies the view's bytes into a vstr.
static void mv_copy(obj_memoryview_t *mv, vstr_t *v) {
    uint8_t *d = mv_data(mv);
    char *out = vstr_extend(v, mv->count * mv->itemsize);
    size_t i = mv->start;
    for (size_t k = 0; k < mv->count; k++, i += (size_t)mv->step) {
        memcpy(out + k * mv->itemsize, d + i, mv->itemsize);
    }
}

static obj_t mv_tobytes_common(obj_t self) {
    obj_memoryview_t *mv = self;
    vstr_t v;
    vstr_init(&v, mv->count * mv->itemsize);
    mv_copy(mv, &v);
    return vstr_to_bytes(&v);
}

static const arg_spec_t tobytes_spec[] = {
    {QSTR_order, 0, OBJ_NONE},
};

static obj_t mv_tobytes(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t order;
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 1, tobytes_spec, &order, QSTR_tobytes);
    if (order != OBJ_NONE) {
        size_t n;
        const char *o = str_is_str_like(order) ? str_get(order, &n) : NULL;
        if (o == NULL || n != 1 || (o[0] != 'C' && o[0] != 'F' && o[0] != 'A')) {
            rt_raise_msg(&type_ValueError, "order must be 'C', 'F' or 'A'");
        }
    }
    return mv_tobytes_common(args[0]);
}
static BUILTIN_FN_KW(mv_tobytes_obj, QSTR_tobytes, 1, 2, mv_tobytes);

static obj_t mv_tolist(obj_t self) {
    obj_memoryview_t *mv = self;
    uint8_t *d = mv_data(mv);
    obj_t list = list_new(mv->count, NULL);
    size_t i = mv->start;
    for (size_t k = 0; k < mv->count; k++, i += (size_t)mv->step) {
        ((obj_list_t *)list)->items[k] = mv_unpack(mv, d, i);
    }
    return list;
}
static BUILTIN_FN_1(mv_tolist_obj, QSTR_tolist, mv_tolist);

static obj_t mv_hex(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t a[3];
    for (size_t i = 0; i < n_args && i < 3; i++) {
        a[i] = args[i];
    }
    a[0] = mv_tobytes_common(args[0]);
    return bytes_hex(n_args, a, n_kw, kw);
}
static BUILTIN_FN_KW(mv_hex_obj, QSTR_hex, 1, 3, mv_hex);

static obj_t mv_release(obj_t self) {
    ((obj_memoryview_t *)self)->released = true;
    return OBJ_NONE;
}
static BUILTIN_FN_1(mv_release_obj, QSTR_release, mv_release);

static obj_t mv_toreadonly(obj_t self) {
    obj_memoryview_t *src = self;
    mv_data(src);
    obj_memoryview_t *mv = mv_new(src->obj, src->start, src->count, src->step, true);
    mv->itemsize = src->itemsize;
    mv->format = src->format;
    mv->at_prefix = src->at_prefix;
    return mv;
}
static BUILTIN_FN_1(mv_toreadonly_obj, QSTR_toreadonly, mv_toreadonly);

static obj_t mv_cast(size_t n_args, const obj_t *args) {
    obj_memoryview_t *src = args[0];
    mv_data(src);
    size_t flen = 0;
    const char *f = str_is_str_like(args[1]) ? str_get(args[1], &flen) : NULL;
    if (f == NULL) {
        rt_raise_fmt(&type_TypeError, "cast() argument 'format' must be str, not %s",
            str_arg_type_name(args[1]));
    }
    bool at_prefix = flen == 2 && f[0] == '@';
    if (at_prefix) {
        f++;
        flen--;
    }
    size_t size = flen == 1 ? mv_format_size(f[0]) : 0;
    if (size == 0) {
        rt_raise_msg(&type_ValueError,
            "memoryview: destination format must be a native single character format "
            "prefixed with an optional '@'");
    }
    if (src->step != (intptr_t)src->itemsize) {
        rt_raise_msg(&type_TypeError, "memoryview: casts are restricted to C-contiguous views");
    }
    bool src_bytes = src->format == 'B' || src->format == 'b' || src->format == 'c';
    bool dst_bytes = f[0] == 'B' || f[0] == 'b' || f[0] == 'c';
    if (!src_bytes && !dst_bytes) {
        rt_raise_msg(&type_TypeError, "memoryview: cannot cast between two non-byte formats");
    }
    size_t nbytes = src->count * src->itemsize;
    size_t count = nbytes / size;
    if (n_args == 3) {
        // Only a one-dimensional shape is supported.
        obj_t shape = args[2];
        if (!rt_isinstance(shape, &type_list) && !rt_isinstance(shape, &type_tuple)) {
            rt_raise_msg(&type_TypeError, "shape must be a list or a tuple");
        }
        size_t dims = (size_t)rt_get_int(rt_unary_op(UNARY_OP_LEN, shape));
        size_t product = size;
        for (size_t k = 0; k < dims; k++) {
            intptr_t d = rt_get_int(rt_subscr_load(shape, OBJ_NEW_SMALL_INT((intptr_t)k)));
            if (d <= 0) {
                rt_raise_msg(&type_ValueError,
                    "memoryview.cast(): elements of shape must be integers > 0");
            }
            product = (size_t)d > nbytes ? nbytes + 1 : product * (size_t)d;
        }
        if (dims == 0 || product != nbytes) {
            rt_raise_msg(&type_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        }
        if (dims != 1) {
            rt_raise_msg(&type_NotImplementedError,
                "memoryview: only one-dimensional shapes are supported");
        }
    } else if (nbytes % size != 0) {
        rt_raise_msg(&type_TypeError, "memoryview: length is not a multiple of itemsize");
    }
    obj_memoryview_t *mv = mv_new(src->obj, src->start, count, (intptr_t)size, src->readonly);
    mv->itemsize = (uint8_t)size;
    mv->format = f[0];
    mv->at_prefix = at_prefix;
    return mv;
}
static BUILTIN_FN_VAR(mv_cast_obj, QSTR_cast, 2, 3, mv_cast);

static obj_t mv_enter(obj_t self) {
    mv_data(self);
    return self;
}
static BUILTIN_FN_1(mv_enter_obj, QSTR___enter__, mv_enter);

static obj_t mv_exit(size_t n_args, const obj_t *args) {
    (void)n_args;
    return mv_release(args[0]);
}
static BUILTIN_FN_VAR(mv_exit_obj, QSTR___exit__, 1, 4, mv_exit);

static void memoryview_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return; // no stores
    }
    obj_memoryview_t *mv = self;
    switch (attr) {
        case QSTR_readonly: case QSTR_nbytes: case QSTR_itemsize: case QSTR_ndim:
        case QSTR_format: case QSTR_obj: case QSTR_shape: case QSTR_strides:
        case QSTR_suboffsets: case QSTR_contiguous: case QSTR_c_contiguous:
        case QSTR_f_contiguous:
            mv_data(mv); // released views raise ValueError
            break;
        default:
            return;
    }
    bool contiguous = mv->step == (intptr_t)mv->itemsize || mv->count == 1;
    switch (attr) {
        case QSTR_readonly: dest[0] = obj_bool(mv->readonly); break;
        case QSTR_nbytes: dest[0] = int_from_uintptr(mv->count * mv->itemsize); break;
        case QSTR_itemsize: dest[0] = OBJ_NEW_SMALL_INT(mv->itemsize); break;
        case QSTR_ndim: dest[0] = OBJ_NEW_SMALL_INT(1); break;
        case QSTR_format: {
            char f[2] = {'@', mv->format};
            dest[0] = mv->at_prefix ? str_new(f, 2) : str_new(f + 1, 1);
            break;
        }
        case QSTR_obj: dest[0] = mv->obj; break;
        case QSTR_shape: {
            obj_t n = int_from_uintptr(mv->count);
            dest[0] = tuple_new(1, &n);
            break;
        }
        case QSTR_strides: {
            obj_t n = int_from_intptr(mv->step);
            dest[0] = tuple_new(1, &n);
            break;
        }
        case QSTR_suboffsets: dest[0] = tuple_new(0, NULL); break;
        default: dest[0] = obj_bool(contiguous); break;
    }
}

static void memoryview_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    print_fmt(p, "<%smemory at %p>",
        ((obj_memoryview_t *)self)->released ? "released " : "", self);
}

static obj_t memoryview_subscr(obj_t self, obj_t index, obj_t value) {
    obj_memoryview_t *mv = self;
    uint8_t *d = mv_data(mv);
    if (value != OBJ_SENTINEL && mv->readonly) {
        rt_raise_msg(&type_TypeError, "cannot modify read-only memory");
    }
    if (value == OBJ_NULL) {
        rt_raise_msg(&type_TypeError, "cannot delete memory");
    }
    if (is_slice(index)) {
        intptr_t start, stop, step;
        size_t count = slice_indices(index, mv->count, &start, &stop, &step);
        size_t first = mv->start + (size_t)(start * mv->step);
        if (value == OBJ_SENTINEL) {
            obj_memoryview_t *r = mv_new(mv->obj, first, count, step * mv->step, mv->readonly);
            r->itemsize = mv->itemsize;
            r->format = mv->format;
            r->at_prefix = mv->at_prefix;
            return r;
        }
        // The source: a memoryview of the same format, or bytes-like for 'B'-sized items.
        vstr_t tmp;
        obj_t src = str_unwrap(value);
        size_t n;
        if (is_mv(src)) {
            obj_memoryview_t *s = src;
            if (s->format != mv->format) {
                rt_raise_msg(&type_ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures");
            }
            n = s->count;
            vstr_init(&tmp, n * s->itemsize + 1);
            mv_copy(s, &tmp);
        } else {
            const char *sd;
            size_t sl;
            if (OBJ_IS_QSTR(src) || obj_type_of(src)->get_buffer == NULL ||
                !bytes_get_data(src, &sd, &sl)) {
                rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", value);
            }
            if (mv->itemsize != 1 || (mv->format != 'B' && mv->format != 'b' && mv->format != 'c')) {
                rt_raise_msg(&type_ValueError,
                    "memoryview assignment: lvalue and rvalue have different structures");
            }
            n = sl;
            // Copy through a temporary: source and target may overlap.
            vstr_init(&tmp, sl + 1);
            vstr_add_strn(&tmp, sd, sl);
        }
        if (n != count) {
            rt_raise_msg(&type_ValueError,
                "memoryview assignment: lvalue and rvalue have different structures");
        }
        d = mv_data(mv);
        size_t i = first;
        for (size_t k = 0; k < count; k++, i += (size_t)(step * mv->step)) {
            memcpy(d + i, tmp.buf + k * mv->itemsize, mv->itemsize);
        }
        gc_free(tmp.buf);
        return OBJ_NONE;
    }
    if (rt_isinstance(index, &type_tuple)) {
        // A one-element tuple indexes the only dimension.
        obj_tuple_t *t = index;
        if (t->len == 0) {
            rt_raise_msg(&type_NotImplementedError, "sub-views are not implemented");
        }
        if (t->len != 1) {
            rt_raise_fmt(&type_TypeError, "cannot index 1-dimension view with %zu-element tuple",
                t->len);
        }
        index = t->items[0];
    }
    intptr_t i;
    if (obj_is_int(index) && !int_to_intptr(index, &i)) {
        rt_raise_msg(&type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (!rt_get_int_maybe(index, &i)) {
        rt_raise_msg(&type_TypeError, "memoryview: invalid slice key");
    }
    if (i < 0) {
        i += (intptr_t)mv->count;
    }
    if (i < 0 || (size_t)i >= mv->count) {
        rt_raise_msg(&type_IndexError, "index out of bounds on dimension 1");
    }
    size_t at = mv->start + (size_t)(i * mv->step);
    if (value == OBJ_SENTINEL) {
        return mv_unpack(mv, d, at);
    }
    mv_pack(mv, d, at, value);
    return OBJ_NONE;
}

static obj_t memoryview_unary_op(unary_op_t op, obj_t self) {
    obj_memoryview_t *mv = self;
    switch (op) {
        case UNARY_OP_LEN:
            mv_data(mv);
            return int_from_uintptr(mv->count);
        case UNARY_OP_BOOL:
            mv_data(mv);
            return obj_bool(mv->count != 0);
        case UNARY_OP_HASH: {
            mv_data(mv);
            if (!mv->readonly) {
                rt_raise_msg(&type_ValueError, "cannot hash writable memoryview object");
            }
            if (mv->format != 'B' && mv->format != 'b' && mv->format != 'c') {
                rt_raise_msg(&type_ValueError,
                    "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            return bytes_unary_op(UNARY_OP_HASH, mv_tobytes_common(self));
        }
        default:
            return OBJ_NULL;
    }
}

// The items of a memoryview, or of another bytes-like object as unsigned
// bytes; OBJ_NULL when [o] has no buffer.
static obj_t mv_items_of(obj_t o) {
    if (is_mv(o)) {
        return mv_tolist(o);
    }
    if (OBJ_IS_QSTR(o) || !OBJ_IS_PTR(o) || obj_type_of(o)->get_buffer == NULL ||
        str_is_str_like(o)) {
        return OBJ_NULL;
    }
    obj_t tmp = memoryview_make_new(&type_memoryview, 1, 0, &o);
    return mv_tolist(tmp);
}

static obj_t memoryview_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op != BINARY_OP_EQUAL && op != BINARY_OP_NOT_EQUAL) {
        return OBJ_NULL;
    }
    bool eq;
    if (lhs == rhs) {
        eq = true;
    } else if ((is_mv(lhs) && ((obj_memoryview_t *)lhs)->released) ||
               (is_mv(rhs) && ((obj_memoryview_t *)rhs)->released)) {
        eq = false;
    } else {
        obj_t a = mv_items_of(lhs), b = mv_items_of(rhs);
        if (a == OBJ_NULL || b == OBJ_NULL) {
            return OBJ_NULL;
        }
        eq = rt_binary_op(BINARY_OP_EQUAL, a, b) == OBJ_TRUE;
    }
    return obj_bool(op == BINARY_OP_EQUAL ? eq : !eq);
}

static obj_t memoryview_getiter(obj_t self) {
    return rt_getiter(mv_tolist(self));
}

static bool memoryview_get_buffer(obj_t self, buffer_info_t *info, int flags) {
    obj_memoryview_t *mv = self;
    if (mv->released || mv->step != (intptr_t)mv->itemsize ||
        ((flags & BUFFER_WRITE) && mv->readonly)) {
        return false;
    }
    uint8_t *d = mv_data(mv);
    info->buf = d + mv->start;
    info->len = mv->count * mv->itemsize;
    info->typecode = mv->format;
    return true;
}

static const dict_entry_t memoryview_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR___enter__), (obj_t)&mv_enter_obj},
    {OBJ_NEW_QSTR(QSTR___exit__), (obj_t)&mv_exit_obj},
    {OBJ_NEW_QSTR(QSTR_cast), (obj_t)&mv_cast_obj},
    {OBJ_NEW_QSTR(QSTR_hex), (obj_t)&mv_hex_obj},
    {OBJ_NEW_QSTR(QSTR_release), (obj_t)&mv_release_obj},
    {OBJ_NEW_QSTR(QSTR_tobytes), (obj_t)&mv_tobytes_obj},
    {OBJ_NEW_QSTR(QSTR_tolist), (obj_t)&mv_tolist_obj},
    {OBJ_NEW_QSTR(QSTR_toreadonly), (obj_t)&mv_toreadonly_obj},
};
static DICT_ROM(memoryview_locals_dict, memoryview_locals_table);

const obj_type_t type_memoryview = {
    {&type_type},
    0,
    QSTR_memoryview,
    memoryview_print,
    memoryview_make_new,
    NULL,
    memoryview_unary_op,
    memoryview_binary_op,
    memoryview_attr,
    memoryview_subscr,
    memoryview_getiter,
    NULL,
    memoryview_get_buffer,
    &type_object,
    (obj_dict_t *)&memoryview_locals_dict,
    NULL,
    NULL,
};

static obj_t ba_setitem(obj_t self, obj_t index, obj_t value) {
    return bytearray_subscr(self, index, value);
}
static BUILTIN_FN_3(ba_setitem_obj, QSTR___setitem__, ba_setitem);

static obj_t ba_delitem(obj_t self, obj_t index) {
    return bytearray_subscr(self, index, OBJ_NULL);
}
static BUILTIN_FN_2(ba_delitem_obj, QSTR___delitem__, ba_delitem);

// ---------------------------------------------------------------------------
// The types
// ---------------------------------------------------------------------------

#define SHARED_METHODS \
    {OBJ_NEW_QSTR(QSTR_capitalize), (obj_t)&seq_capitalize_obj}, \
    {OBJ_NEW_QSTR(QSTR_center), (obj_t)&seq_center_obj}, \
    {OBJ_NEW_QSTR(QSTR_count), (obj_t)&seq_count_obj}, \
    {OBJ_NEW_QSTR(QSTR_decode), (obj_t)&bytes_decode_obj}, \
    {OBJ_NEW_QSTR(QSTR_endswith), (obj_t)&seq_endswith_obj}, \
    {OBJ_NEW_QSTR(QSTR_expandtabs), (obj_t)&seq_expandtabs_obj}, \
    {OBJ_NEW_QSTR(QSTR_find), (obj_t)&seq_find_obj}, \
    {OBJ_NEW_QSTR(QSTR_fromhex), (obj_t)&bytes_fromhex_obj}, \
    {OBJ_NEW_QSTR(QSTR_hex), (obj_t)&bytes_hex_obj}, \
    {OBJ_NEW_QSTR(QSTR_index), (obj_t)&seq_index_obj}, \
    {OBJ_NEW_QSTR(QSTR_isalnum), (obj_t)&seq_isalnum_obj}, \
    {OBJ_NEW_QSTR(QSTR_isalpha), (obj_t)&seq_isalpha_obj}, \
    {OBJ_NEW_QSTR(QSTR_isascii), (obj_t)&seq_isascii_obj}, \
    {OBJ_NEW_QSTR(QSTR_isdigit), (obj_t)&seq_isdigit_obj}, \
    {OBJ_NEW_QSTR(QSTR_islower), (obj_t)&seq_islower_obj}, \
    {OBJ_NEW_QSTR(QSTR_isspace), (obj_t)&seq_isspace_obj}, \
    {OBJ_NEW_QSTR(QSTR_istitle), (obj_t)&seq_istitle_obj}, \
    {OBJ_NEW_QSTR(QSTR_isupper), (obj_t)&seq_isupper_obj}, \
    {OBJ_NEW_QSTR(QSTR_join), (obj_t)&seq_join_obj}, \
    {OBJ_NEW_QSTR(QSTR_ljust), (obj_t)&seq_ljust_obj}, \
    {OBJ_NEW_QSTR(QSTR_lower), (obj_t)&seq_lower_obj}, \
    {OBJ_NEW_QSTR(QSTR_lstrip), (obj_t)&seq_lstrip_obj}, \
    {OBJ_NEW_QSTR(QSTR_maketrans), (obj_t)&bytes_maketrans_obj}, \
    {OBJ_NEW_QSTR(QSTR_partition), (obj_t)&seq_partition_obj}, \
    {OBJ_NEW_QSTR(QSTR_removeprefix), (obj_t)&seq_removeprefix_obj}, \
    {OBJ_NEW_QSTR(QSTR_removesuffix), (obj_t)&seq_removesuffix_obj}, \
    {OBJ_NEW_QSTR(QSTR_replace), (obj_t)&seq_replace_obj}, \
    {OBJ_NEW_QSTR(QSTR_rfind), (obj_t)&seq_rfind_obj}, \
    {OBJ_NEW_QSTR(QSTR_rindex), (obj_t)&seq_rindex_obj}, \
    {OBJ_NEW_QSTR(QSTR_rjust), (obj_t)&seq_rjust_obj}, \
    {OBJ_NEW_QSTR(QSTR_rpartition), (obj_t)&seq_rpartition_obj}, \
    {OBJ_NEW_QSTR(QSTR_rsplit), (obj_t)&seq_rsplit_obj}, \
    {OBJ_NEW_QSTR(QSTR_rstrip), (obj_t)&seq_rstrip_obj}, \
    {OBJ_NEW_QSTR(QSTR_split), (obj_t)&seq_split_obj}, \
    {OBJ_NEW_QSTR(QSTR_splitlines), (obj_t)&seq_splitlines_obj}, \
    {OBJ_NEW_QSTR(QSTR_startswith), (obj_t)&seq_startswith_obj}, \
    {OBJ_NEW_QSTR(QSTR_strip), (obj_t)&seq_strip_obj}, \
    {OBJ_NEW_QSTR(QSTR_swapcase), (obj_t)&seq_swapcase_obj}, \
    {OBJ_NEW_QSTR(QSTR_title), (obj_t)&seq_title_obj}, \
    {OBJ_NEW_QSTR(QSTR_translate), (obj_t)&seq_translate_bytes_obj}, \
    {OBJ_NEW_QSTR(QSTR_upper), (obj_t)&seq_upper_obj}, \
    {OBJ_NEW_QSTR(QSTR_zfill), (obj_t)&seq_zfill_obj}

static const dict_entry_t bytes_locals_table[] = {
    SHARED_METHODS,
    SEQ_DUNDER_METHODS,
    {OBJ_NEW_QSTR(QSTR___mod__), (obj_t)&seq_dunder_mod_obj},
};
static DICT_ROM(bytes_locals_dict, bytes_locals_table);

static const dict_entry_t bytearray_locals_table[] = {
    SHARED_METHODS,
    SEQ_DUNDER_METHODS_NOHASH,
    {OBJ_NEW_QSTR(QSTR___setitem__), (obj_t)&ba_setitem_obj},
    {OBJ_NEW_QSTR(QSTR___delitem__), (obj_t)&ba_delitem_obj},
    {OBJ_NEW_QSTR(QSTR_append), (obj_t)&ba_append_obj},
    {OBJ_NEW_QSTR(QSTR_clear), (obj_t)&ba_clear_obj},
    {OBJ_NEW_QSTR(QSTR_copy), (obj_t)&ba_copy_obj},
    {OBJ_NEW_QSTR(QSTR_extend), (obj_t)&ba_extend_obj},
    {OBJ_NEW_QSTR(QSTR_insert), (obj_t)&ba_insert_obj},
    {OBJ_NEW_QSTR(QSTR_pop), (obj_t)&ba_pop_obj},
    {OBJ_NEW_QSTR(QSTR_remove), (obj_t)&ba_remove_obj},
    {OBJ_NEW_QSTR(QSTR_reverse), (obj_t)&ba_reverse_obj},
};
static DICT_ROM(bytearray_locals_dict, bytearray_locals_table);

const obj_type_t type_bytes = {
    {&type_type},
    TYPE_FLAG_BASETYPE,
    QSTR_bytes,
    bytes_print,
    bytes_make_new,
    NULL,
    bytes_unary_op,
    bytes_binary_op,
    NULL,
    bytes_subscr,
    bytes_getiter,
    NULL,
    bytes_get_buffer,
    &type_object,
    (obj_dict_t *)&bytes_locals_dict,
    NULL,
    NULL,
};

const obj_type_t type_bytearray = {
    {&type_type},
    TYPE_FLAG_BASETYPE,
    QSTR_bytearray,
    bytearray_print,
    bytearray_make_new,
    NULL,
    bytearray_unary_op,
    bytearray_binary_op,
    NULL,
    bytearray_subscr,
    bytes_getiter,
    NULL,
    bytearray_get_buffer,
    &type_object,
    (obj_dict_t *)&bytearray_locals_dict,
    NULL,
    NULL,
};
