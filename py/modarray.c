// The array module: array.array, a compact sequence of C numbers of one
// type code, with CPython's methods, range checks and error messages.
// SPDX-License-Identifier: MIT

#include <float.h>
#include <math.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_array, module_array);

// An array: [len] items of [itemsize] bytes each, in native byte order.
typedef struct obj_array {
    obj_base_t base;
    char typecode;
    uint8_t itemsize;
    size_t len;   // items
    size_t alloc; // items the buffer holds
    uint8_t *items;
} obj_array_t;

extern const obj_type_t type_array;

// The type codes, in CPython's order ('u' is a wchar_t: a 4-byte code point,
// as on Linux).
static const char typecodes[] = "bBuhHiIlLqQfd";
#define BAD_TYPECODE "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"

static size_t itemsize_of(char tc) {
    switch (tc) {
        case 'b': case 'B': return 1;
        case 'h': case 'H': return 2;
        case 'i': case 'I': return 4;
        case 'l': case 'L': return sizeof(long);
        case 'q': case 'Q': return 8;
        case 'u': return 4;
        case 'f': return 4;
        default: return 8; // 'd'
    }
}

// Whether [o] is an array; instances of subclasses are read through their
// native array (see as_array).
static bool is_array(obj_t o) {
    o = type_native_of(o);
    return OBJ_IS_PTR(o) && ((obj_base_t *)o)->type == &type_array;
}

// The array behind [o] (itself, or the native array of a subclass instance).
static obj_array_t *as_array(obj_t o) {
    return type_native_of(o);
}

static obj_array_t *array_alloc(char tc, size_t len) {
    obj_array_t *a = rt_new_obj(&type_array, sizeof(obj_array_t));
    a->typecode = tc;
    a->itemsize = (uint8_t)itemsize_of(tc);
    size_t alloc = len < 4 ? 4 : len;
    if (alloc > SIZE_MAX / 16) {
        rt_raise_memory_error();
    }
    a->items = rt_alloc_flags(alloc * a->itemsize, GC_ALLOC_NOSCAN);
    a->alloc = alloc;
    a->len = len;
    return a;
}

// Makes room for [n] more items (geometric growth).
static void array_reserve(obj_array_t *a, size_t n) {
    if (a->alloc - a->len >= n) {
        return;
    }
    if (n > SIZE_MAX / 16 - a->len) {
        rt_raise_memory_error();
    }
    size_t size = a->alloc + a->alloc / 2 + 4;
    if (size < a->len + n) {
        size = a->len + n;
    }
    a->items = rt_realloc(a->items, size * a->itemsize);
    a->alloc = size;
}

// ---------------------------------------------------------------------------
// Converting values to and from items
// ---------------------------------------------------------------------------

// Where an int lies relative to the 64-bit ranges.
typedef enum { FIT_S64, FIT_U64_ONLY, TOO_BIG, TOO_SMALL } fit_t;

// An int as a 64-bit pattern: its value when FIT_S64, value - 2**64 when
// FIT_U64_ONLY (above INT64_MAX), nothing otherwise.
static fit_t int_to_64(obj_t o, int64_t *out) {
    intptr_t v;
    if (int_to_intptr(o, &v)) {
        *out = v;
        return FIT_S64;
    }
    if (int_compare(o, int_from_ll(INT64_MIN)) < 0) {
        return TOO_SMALL;
    }
    if (int_compare(o, int_from_ull(UINT64_MAX)) > 0) {
        return TOO_BIG;
    }
    fit_t fit = FIT_S64;
    if (int_compare(o, int_from_ll(INT64_MAX)) > 0) {
        fit = FIT_U64_ONLY;
        o = rt_binary_op(BINARY_OP_SUBTRACT, o,
            rt_binary_op(BINARY_OP_LSHIFT, OBJ_NEW_SMALL_INT(1), OBJ_NEW_SMALL_INT(64)));
    }
    // Only reached where intptr_t is narrower than 64 bits (the Pi): split
    // into halves that convert exactly.
    obj_t hi = rt_binary_op(BINARY_OP_RSHIFT, o, OBJ_NEW_SMALL_INT(32));
    obj_t lo = rt_binary_op(BINARY_OP_SUBTRACT, o,
        rt_binary_op(BINARY_OP_LSHIFT, hi, OBJ_NEW_SMALL_INT(32)));
    int64_t h = (int64_t)int_to_double(hi);
    uint64_t l = (uint64_t)int_to_double(lo);
    *out = (int64_t)(((uint64_t)h << 32) | l);
    return fit;
}

NORETURN static void overflow(const char *msg) {
    rt_raise_msg(&type_OverflowError, msg);
}

// Checks [v] (which fits a C long) against [lo, hi] with CPython's wording.
static void check_range(int64_t v, int64_t lo, int64_t hi, const char *what) {
    if (v > hi) {
        rt_raise_fmt(&type_OverflowError, "%s is greater than maximum", what);
    }
    if (v < lo) {
        rt_raise_fmt(&type_OverflowError, "%s is less than minimum", what);
    }
}

// Stores [v] as item [i] of [a], raising TypeError/OverflowError as CPython
// (its messages are those of a 64-bit host, where a C long has 64 bits).
static void array_store(obj_array_t *a, size_t i, obj_t v) {
    uint8_t *dst = a->items + i * a->itemsize;
    char tc = a->typecode;
    if (tc == 'u') {
        size_t len;
        const char *p = rt_isinstance(v, &type_str) ? str_data(type_native_of(v), &len) : NULL;
        if (p == NULL || len == 0 || utf8_len_of(utf8_decode(&p)) != len) {
            rt_raise_msg(&type_TypeError, "array item must be unicode character");
        }
        p -= len;
        uint32_t c = utf8_decode(&p);
        memcpy(dst, &c, 4);
        return;
    }
    if (tc == 'f' || tc == 'd') {
        if (!rt_isinstance(v, &type_float) && !rt_isinstance(v, &type_int)) {
            rt_raise_fmt(&type_TypeError, "must be real number, not %T", v);
        }
        double d = rt_get_float(v);
        if (tc == 'd') {
            memcpy(dst, &d, 8);
        } else {
            // Converting an out-of-range double to float is undefined in C:
            // round to infinity by hand as IEEE arithmetic would.
            float f;
            if (isfinite(d) && fabs(d) >= 0x1.ffffffp127) {
                f = (float)copysign(INFINITY, d);
            } else {
                f = (float)d;
            }
            memcpy(dst, &f, 4);
        }
        return;
    }
    obj_t n = v;
    if (!obj_is_int(n) && n != OBJ_TRUE && n != OBJ_FALSE) {
        if (!rt_isinstance(n, &type_int) && rt_load_attr_maybe(n, QSTR___index__) == OBJ_NULL) {
            rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", v);
        }
        n = rt_unary_op(UNARY_OP_INT, n);
    }
    if (n == OBJ_TRUE || n == OBJ_FALSE) {
        n = OBJ_NEW_SMALL_INT(n == OBJ_TRUE);
    }
    int64_t x = 0;
    fit_t fit = int_to_64(n, &x);
    bool neg = int_sign(n) < 0;
    bool s64 = fit == FIT_S64;
    bool long32 = sizeof(long) == 4;
    switch (tc) {
        case 'b':
        case 'B':
        case 'h':
        case 'H':
        case 'i':
        case 'l':
            if (!s64 || (tc == 'l' && long32 && (x > INT32_MAX || x < INT32_MIN))) {
                overflow("Python int too large to convert to C long");
            }
            break;
        case 'I':
        case 'L':
            if (neg) {
                overflow("can't convert negative value to unsigned int");
            }
            if (fit == TOO_BIG || (tc == 'L' && long32 && (fit != FIT_S64 || x > UINT32_MAX))) {
                overflow("Python int too large to convert to C unsigned long");
            }
            break;
        case 'q':
            if (!s64) {
                overflow("int too big to convert");
            }
            break;
        default: // 'Q'
            if (neg) {
                overflow("can't convert negative int to unsigned");
            }
            if (fit == TOO_BIG) {
                overflow("int too big to convert");
            }
            break;
    }
    switch (tc) {
        case 'b': {
            check_range(x, INT16_MIN, INT16_MAX, "signed short integer");
            check_range(x, INT8_MIN, INT8_MAX, "signed char");
            int8_t y = (int8_t)x;
            memcpy(dst, &y, 1);
            break;
        }
        case 'B': {
            check_range(x, 0, UINT8_MAX, "unsigned byte integer");
            uint8_t y = (uint8_t)x;
            memcpy(dst, &y, 1);
            break;
        }
        case 'h': {
            check_range(x, INT16_MIN, INT16_MAX, "signed short integer");
            int16_t y = (int16_t)x;
            memcpy(dst, &y, 2);
            break;
        }
        case 'H': {
            check_range(x, INT32_MIN, INT32_MAX, "signed integer");
            check_range(x, 0, UINT16_MAX, "unsigned short");
            uint16_t y = (uint16_t)x;
            memcpy(dst, &y, 2);
            break;
        }
        case 'i': {
            check_range(x, INT32_MIN, INT32_MAX, "signed integer");
            int32_t y = (int32_t)x;
            memcpy(dst, &y, 4);
            break;
        }
        case 'I': {
            if (fit != FIT_S64 || x > (int64_t)UINT32_MAX) {
                overflow("unsigned int is greater than maximum");
            }
            uint32_t y = (uint32_t)x;
            memcpy(dst, &y, 4);
            break;
        }
        case 'l': {
            long y = (long)x;
            memcpy(dst, &y, sizeof(long));
            break;
        }
        case 'L': {
            unsigned long y = (unsigned long)(uint64_t)x;
            memcpy(dst, &y, sizeof(long));
            break;
        }
        default: // 'q', 'Q': the 64-bit pattern either way
            memcpy(dst, &x, 8);
            break;
    }
}

// Item [i] of [a] as a Python value.
static obj_t array_load(const obj_array_t *a, size_t i) {
    const uint8_t *src = a->items + i * a->itemsize;
    switch (a->typecode) {
        case 'b': { int8_t v; memcpy(&v, src, 1); return OBJ_NEW_SMALL_INT(v); }
        case 'B': return OBJ_NEW_SMALL_INT(*src);
        case 'h': { int16_t v; memcpy(&v, src, 2); return OBJ_NEW_SMALL_INT(v); }
        case 'H': { uint16_t v; memcpy(&v, src, 2); return OBJ_NEW_SMALL_INT(v); }
        case 'i': { int32_t v; memcpy(&v, src, 4); return int_from_ll(v); }
        case 'I': { uint32_t v; memcpy(&v, src, 4); return int_from_ull(v); }
        case 'l': { long v; memcpy(&v, src, sizeof(long)); return int_from_ll(v); }
        case 'L': { unsigned long v; memcpy(&v, src, sizeof(long)); return int_from_ull(v); }
        case 'q': { int64_t v; memcpy(&v, src, 8); return int_from_ll(v); }
        case 'Q': { uint64_t v; memcpy(&v, src, 8); return int_from_ull(v); }
        case 'f': { float v; memcpy(&v, src, 4); return float_new((double)v); }
        case 'u': {
            uint32_t c;
            memcpy(&c, src, 4);
            if (c > 0x10ffff) {
                rt_raise_msg(&type_ValueError, "chr() arg not in range(0x110000)");
            }
            char buf[4];
            return str_new(buf, utf8_encode(c, buf));
        }
        default: { double v; memcpy(&v, src, 8); return float_new(v); }
    }
}

static void array_append_value(obj_array_t *a, obj_t v) {
    array_reserve(a, 1);
    // Store first, then count the item: a failed conversion leaves a unchanged.
    array_store(a, a->len, v);
    a->len++;
}

// Appends the items of another array of the same type code.
static void array_append_array(obj_array_t *a, const obj_array_t *b) {
    size_t n = b->len;
    array_reserve(a, n);
    memmove(a->items + a->len * a->itemsize, b->items, n * b->itemsize);
    a->len += n;
}

static void array_append_bytes(obj_array_t *a, const uint8_t *data, size_t len) {
    if (len % a->itemsize != 0) {
        rt_raise_msg(&type_ValueError, "bytes length not a multiple of item size");
    }
    size_t n = len / a->itemsize;
    // [data] may be a's own buffer (a.frombytes(a)), which growing moves.
    const uint8_t *base = a->items;
    bool own = data >= base && data < base + a->alloc * a->itemsize;
    size_t off = own ? (size_t)(data - base) : 0;
    array_reserve(a, n);
    memmove(a->items + a->len * a->itemsize, own ? a->items + off : data, len);
    a->len += n;
}

// extend(): an array of the same kind, or any iterable of values.
static void array_extend_from(obj_array_t *a, obj_t src) {
    if (is_array(src)) {
        obj_array_t *b = as_array(src);
        if (b->typecode != a->typecode) {
            rt_raise_msg(&type_TypeError, "can only extend with array of same kind");
        }
        array_append_array(a, b);
        return;
    }
    obj_t it = rt_getiter(src);
    for (obj_t v; (v = rt_iternext(it)) != OBJ_NULL;) {
        array_append_value(a, v);
    }
}

// ---------------------------------------------------------------------------
// The type's slots
// ---------------------------------------------------------------------------

// Appends the characters of a str to a 'u' array.
static void array_append_str(obj_array_t *a, obj_t str) {
    size_t len;
    const char *p = str_data(type_native_of(str), &len);
    const char *end = p + len;
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        array_reserve(a, 1);
        memcpy(a->items + a->len * 4, &c, 4);
        a->len++;
    }
}

static obj_t array_tounicode(obj_t self) {
    obj_array_t *a = self;
    if (a->typecode != 'u') {
        rt_raise_msg(&type_ValueError, "tounicode() may only be called on unicode type arrays");
    }
    vstr_t v;
    vstr_init(&v, a->len + 1);
    for (size_t i = 0; i < a->len; i++) {
        uint32_t c;
        memcpy(&c, a->items + i * 4, 4);
        if (c > 0x10ffff) {
            rt_raise_fmt(&type_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                (unsigned)c);
        }
        vstr_add_char(&v, c);
    }
    return vstr_to_str(&v);
}
static BUILTIN_FN_1(array_tounicode_obj, QSTR_tounicode, array_tounicode);

static obj_t array_fromunicode(obj_t self, obj_t str) {
    obj_array_t *a = self;
    if (!rt_isinstance(str, &type_str)) {
        rt_raise_fmt(&type_TypeError, "fromunicode() argument must be str, not %T", str);
    }
    if (a->typecode != 'u') {
        rt_raise_msg(&type_ValueError, "fromunicode() may only be called on unicode type arrays");
    }
    array_append_str(a, str);
    return OBJ_NONE;
}
static BUILTIN_FN_2(array_fromunicode_obj, QSTR_fromunicode, array_fromunicode);

static obj_t array_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "array.array() takes no keyword arguments");
    }
    if (n_args < 1) {
        rt_raise_msg(&type_TypeError, "array() takes at least 1 argument (0 given)");
    }
    if (n_args > 2) {
        rt_raise_fmt(&type_TypeError, "array() takes at most 2 arguments (%zu given)", n_args);
    }
    obj_t tco = args[0];
    size_t tlen = 0;
    const char *ts = NULL;
    if (rt_isinstance(tco, &type_str)) {
        ts = str_data(type_native_of(tco), &tlen);
    }
    if (ts == NULL || tlen != 1) {
        rt_raise_fmt(&type_TypeError, "array() argument 1 must be a unicode character, not %T",
            tco);
    }
    char tc = ts[0];
    if (tc == 0 || strchr(typecodes, tc) == NULL) {
        rt_raise_msg(&type_ValueError, BAD_TYPECODE);
    }
    obj_array_t *a = array_alloc(tc, 0);
    if (n_args == 2) {
        obj_t init = args[1];
        const obj_type_t *t = obj_type_of(init);
        if (rt_isinstance(init, &type_str)) {
            if (tc != 'u') {
                rt_raise_fmt(&type_TypeError,
                    "cannot use a str to initialize an array with typecode '%c'", tc);
            }
            array_append_str(a, init);
        } else if (t == &type_bytes || t == &type_bytearray) {
            buffer_info_t info;
            t->get_buffer(init, &info, BUFFER_READ);
            array_append_bytes(a, info.buf, info.len);
        } else if (is_array(init)) {
            // Another type code converts value by value, as CPython does.
            obj_array_t *b = as_array(init);
            if (b->typecode == 'u' && tc != 'u') {
                rt_raise_fmt(&type_TypeError,
                    "cannot use a unicode array to initialize an array with typecode '%c'", tc);
            }
            if (b->typecode == tc) {
                array_append_array(a, b);
            } else {
                for (size_t i = 0; i < b->len; i++) {
                    array_append_value(a, array_load(b, i));
                }
            }
        } else {
            array_extend_from(a, init);
        }
    }
    return a;
}

static void array_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_array_t *a = self;
    // Convert first: a bad character raises before anything is written.
    obj_t text = a->typecode == 'u' ? array_tounicode(a) : OBJ_NULL;
    print_fmt(p, "array('%c'", a->typecode);
    if (a->len > 0 && text != OBJ_NULL) {
        print_str(p, ", ");
        rt_print_obj(p, text, PRINT_REPR);
    } else if (a->len > 0) {
        print_str(p, ", [");
        for (size_t i = 0; i < a->len; i++) {
            if (i > 0) {
                print_str(p, ", ");
            }
            rt_print_obj(p, array_load(a, i), PRINT_REPR);
        }
        print_str(p, "]");
    }
    print_str(p, ")");
}

static obj_t array_tolist(obj_t self) {
    obj_array_t *a = self;
    obj_t list = list_new(a->len, NULL);
    obj_list_t *l = list;
    for (size_t i = 0; i < a->len; i++) {
        l->items[i] = array_load(a, i);
    }
    return list;
}
static BUILTIN_FN_1(array_tolist_obj, QSTR_tolist, array_tolist);

static obj_t array_unary_op(unary_op_t op, obj_t self) {
    obj_array_t *a = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(a->len != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(a->len);
        case UNARY_OP_HASH:
            rt_raise_msg(&type_TypeError, "unhashable type: 'array.array'");
        default:
            return OBJ_NULL;
    }
}

// A new array with [times] copies of the items of [a].
static obj_t array_repeat(obj_array_t *a, obj_t times) {
    intptr_t n;
    if (!rt_get_int_maybe(times, &n)) {
        rt_raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%T'", times);
    }
    if (n < 0 || a->len == 0) {
        n = 0;
    }
    if (n > 0 && a->len > SIZE_MAX / 16 / (size_t)n) {
        rt_raise_memory_error();
    }
    obj_array_t *r = array_alloc(a->typecode, a->len * (size_t)n);
    size_t chunk = a->len * a->itemsize;
    for (intptr_t i = 0; i < n; i++) {
        memcpy(r->items + (size_t)i * chunk, a->items, chunk);
    }
    return r;
}

static obj_t array_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD: {
            if (!is_array(lhs)) {
                return OBJ_NULL;
            }
            obj_array_t *a = as_array(lhs);
            if (!is_array(rhs)) {
                rt_raise_fmt(&type_TypeError, op == BINARY_OP_ADD
                    ? "can only append array (not \"%q\") to array"
                    : "can only extend array with array (not \"%q\")", rt_type_name(rhs));
            }
            obj_array_t *b = as_array(rhs);
            if (a->typecode != b->typecode) {
                rt_raise_msg(&type_TypeError, op == BINARY_OP_ADD
                    ? "bad argument type for built-in operation"
                    : "can only extend with array of same kind");
            }
            if (op == BINARY_OP_INPLACE_ADD) {
                array_append_array(a, b);
                return lhs;
            }
            obj_array_t *r = array_alloc(a->typecode, 0);
            array_append_array(r, a);
            array_append_array(r, b);
            return r;
        }
        case BINARY_OP_MULTIPLY:
            if (is_array(lhs)) {
                return array_repeat(as_array(lhs), rhs);
            }
            if (!rt_isinstance(lhs, &type_int)) {
                return OBJ_NULL;
            }
            return array_repeat(as_array(rhs), lhs);
        case BINARY_OP_INPLACE_MULTIPLY: {
            if (!is_array(lhs)) {
                return OBJ_NULL;
            }
            obj_array_t *a = as_array(lhs);
            obj_array_t *r = array_repeat(a, rhs);
            a->items = r->items;
            a->alloc = r->alloc;
            a->len = r->len;
            return lhs;
        }
        case BINARY_OP_CONTAINS: {
            obj_array_t *a = as_array(lhs);
            for (size_t i = 0; i < a->len; i++) {
                if (rt_equal(array_load(a, i), rhs)) {
                    return OBJ_TRUE;
                }
            }
            return OBJ_FALSE;
        }
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
        case BINARY_OP_LESS:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE:
        case BINARY_OP_MORE_EQUAL:
            // Arrays compare with arrays only, item by item as lists do.
            if (!is_array(lhs) || !is_array(rhs)) {
                return OBJ_NULL;
            }
            return rt_binary_op(op, array_tolist(as_array(lhs)), array_tolist(as_array(rhs)));
        default:
            return OBJ_NULL;
    }
}

// Replaces items [start, stop) of [a] with the items of [b] (same type code).
static void array_splice(obj_array_t *a, size_t start, size_t stop, const obj_array_t *b) {
    size_t sz = a->itemsize;
    size_t n = b->len;
    // Copy the source first: b may be a itself.
    uint8_t *src = rt_alloc_flags(n * sz + 1, GC_ALLOC_NOSCAN);
    memcpy(src, b->items, n * sz);
    size_t old = stop - start;
    if (n > old) {
        array_reserve(a, n - old);
    }
    memmove(a->items + (start + n) * sz, a->items + stop * sz, (a->len - stop) * sz);
    memcpy(a->items + start * sz, src, n * sz);
    a->len = a->len - old + n;
}

static obj_t array_subscr(obj_t self, obj_t index, obj_t value) {
    obj_array_t *a = self;
    if (OBJ_IS_PTR(index) && ((obj_base_t *)index)->type == &type_slice) {
        intptr_t start, stop, step;
        size_t count = slice_indices(index, a->len, &start, &stop, &step);
        size_t sz = a->itemsize;
        if (value == OBJ_SENTINEL) {
            obj_array_t *r = array_alloc(a->typecode, count);
            for (size_t k = 0; k < count; k++) {
                memcpy(r->items + k * sz, a->items + (size_t)(start + (intptr_t)k * step) * sz, sz);
            }
            return r;
        }
        if (value == OBJ_NULL) {
            // Delete: keep the items not selected, in order (the selection
            // walked from its low end when the step is negative).
            if (step < 0 && count > 0) {
                start += (intptr_t)(count - 1) * step;
                step = -step;
            }
            size_t w = 0;
            for (size_t i = 0; i < a->len; i++) {
                intptr_t off = (intptr_t)i - start;
                if (count > 0 && off >= 0 && off % step == 0 && (size_t)(off / step) < count) {
                    continue;
                }
                memmove(a->items + w * sz, a->items + i * sz, sz);
                w++;
            }
            a->len = w;
            return OBJ_NONE;
        }
        if (!is_array(value)) {
            rt_raise_fmt(&type_TypeError, "can only assign array (not \"%q\") to array slice",
                rt_type_name(value));
        }
        obj_array_t *b = as_array(value);
        if (b->typecode != a->typecode) {
            rt_raise_msg(&type_TypeError, "bad argument type for built-in operation");
        }
        if (step == 1) {
            size_t lo = (size_t)start;
            size_t hi = stop > start ? (size_t)stop : lo;
            array_splice(a, lo, hi, b);
            return OBJ_NONE;
        }
        if (b->len != count) {
            rt_raise_fmt(&type_ValueError,
                "attempt to assign array of size %zu to extended slice of size %zu", b->len,
                count);
        }
        uint8_t *src = rt_alloc_flags(count * sz + 1, GC_ALLOC_NOSCAN);
        memcpy(src, b->items, count * sz);
        for (size_t k = 0; k < count; k++) {
            memcpy(a->items + (size_t)(start + (intptr_t)k * step) * sz, src + k * sz, sz);
        }
        return OBJ_NONE;
    }
    if (!rt_isinstance(index, &type_int) && rt_load_attr_maybe(index, QSTR___index__) == OBJ_NULL) {
        rt_raise_msg(&type_TypeError, "array indices must be integers");
    }
    if (value == OBJ_SENTINEL) {
        return array_load(a, rt_seq_index(index, a->len, "array"));
    }
    size_t i = rt_seq_index(index, a->len, "array assignment");
    if (value == OBJ_NULL) {
        size_t sz = a->itemsize;
        memmove(a->items + i * sz, a->items + (i + 1) * sz, (a->len - i - 1) * sz);
        a->len--;
    } else {
        array_store(a, i, value);
    }
    return OBJ_NONE;
}

static bool array_get_buffer(obj_t self, buffer_info_t *info, int flags) {
    (void)flags;
    obj_array_t *a = self;
    info->buf = a->items;
    info->len = a->len * a->itemsize;
    info->typecode = a->typecode;
    return true;
}

static void array_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_array_t *a = self;
    if (attr == QSTR_typecode) {
        dest[0] = str_new(&a->typecode, 1);
    } else if (attr == QSTR_itemsize) {
        dest[0] = OBJ_NEW_SMALL_INT(a->itemsize);
    }
}

// The iterator: reads the array live, so appends during a loop are seen as
// in CPython.
typedef struct obj_array_iter {
    obj_base_t base;
    obj_array_t *array;
    size_t next;
} obj_array_iter_t;

static obj_t array_iter_next(obj_t self) {
    obj_array_iter_t *it = self;
    if (it->array == NULL || it->next >= it->array->len) {
        it->array = NULL;
        return OBJ_NULL;
    }
    return array_load(it->array, it->next++);
}

static const obj_type_t type_array_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_arrayiterator,
    .iternext = array_iter_next,
};

static obj_t array_getiter(obj_t self) {
    obj_array_iter_t *it = rt_new_obj(&type_array_iterator, sizeof(obj_array_iter_t));
    it->array = self;
    it->next = 0;
    return it;
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t array_append(obj_t self, obj_t v) {
    array_append_value(self, v);
    return OBJ_NONE;
}
static BUILTIN_FN_2(array_append_obj, QSTR_append, array_append);

static obj_t array_extend(obj_t self, obj_t src) {
    array_extend_from(self, src);
    return OBJ_NONE;
}
static BUILTIN_FN_2(array_extend_obj, QSTR_extend, array_extend);

static obj_t array_insert(obj_t self, obj_t index, obj_t v) {
    obj_array_t *a = self;
    intptr_t i = rt_get_int(index);
    intptr_t n = (intptr_t)a->len;
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    array_reserve(a, 1);
    size_t sz = a->itemsize;
    // Convert into the spare slot first so that a bad value changes nothing.
    array_store(a, a->len, v);
    uint8_t tmp[8];
    memcpy(tmp, a->items + a->len * sz, sz);
    memmove(a->items + ((size_t)i + 1) * sz, a->items + (size_t)i * sz, (a->len - (size_t)i) * sz);
    memcpy(a->items + (size_t)i * sz, tmp, sz);
    a->len++;
    return OBJ_NONE;
}
static BUILTIN_FN_3(array_insert_obj, QSTR_insert, array_insert);

static obj_t array_pop(size_t n_args, const obj_t *args) {
    obj_array_t *a = args[0];
    intptr_t i = n_args > 1 ? rt_get_int(args[1]) : -1;
    if (a->len == 0) {
        rt_raise_msg(&type_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += (intptr_t)a->len;
    }
    if (i < 0 || (size_t)i >= a->len) {
        rt_raise_msg(&type_IndexError, "pop index out of range");
    }
    obj_t v = array_load(a, (size_t)i);
    size_t sz = a->itemsize;
    memmove(a->items + (size_t)i * sz, a->items + ((size_t)i + 1) * sz,
        (a->len - (size_t)i - 1) * sz);
    a->len--;
    return v;
}
static BUILTIN_FN_VAR(array_pop_obj, QSTR_pop, 1, 2, array_pop);

// The first index in [start, stop) whose item equals [v], or -1.
static intptr_t array_find(obj_array_t *a, obj_t v, size_t start, size_t stop) {
    for (size_t i = start; i < stop && i < a->len; i++) {
        if (rt_equal(array_load(a, i), v)) {
            return (intptr_t)i;
        }
    }
    return -1;
}

static obj_t array_remove(obj_t self, obj_t v) {
    obj_array_t *a = self;
    intptr_t i = array_find(a, v, 0, a->len);
    if (i < 0) {
        rt_raise_msg(&type_ValueError, "array.remove(x): x not in array");
    }
    size_t sz = a->itemsize;
    memmove(a->items + (size_t)i * sz, a->items + ((size_t)i + 1) * sz,
        (a->len - (size_t)i - 1) * sz);
    a->len--;
    return OBJ_NONE;
}
static BUILTIN_FN_2(array_remove_obj, QSTR_remove, array_remove);

// Clamps a start/stop argument of index() as slices do.
static size_t clamp_index(obj_t o, size_t len) {
    intptr_t i = rt_get_int(o);
    if (i < 0) {
        i += (intptr_t)len;
        if (i < 0) {
            i = 0;
        }
    }
    return (size_t)i > len ? len : (size_t)i;
}

static obj_t array_index(size_t n_args, const obj_t *args) {
    obj_array_t *a = args[0];
    size_t start = n_args > 2 ? clamp_index(args[2], a->len) : 0;
    size_t stop = n_args > 3 ? clamp_index(args[3], a->len) : a->len;
    intptr_t i = array_find(a, args[1], start, stop);
    if (i < 0) {
        rt_raise_msg(&type_ValueError, "array.index(x): x not in array");
    }
    return OBJ_NEW_SMALL_INT(i);
}
static BUILTIN_FN_VAR(array_index_obj, QSTR_index, 2, 4, array_index);

static obj_t array_count(obj_t self, obj_t v) {
    obj_array_t *a = self;
    size_t n = 0;
    for (size_t i = 0; i < a->len; i++) {
        if (rt_equal(array_load(a, i), v)) {
            n++;
        }
    }
    return OBJ_NEW_SMALL_INT(n);
}
static BUILTIN_FN_2(array_count_obj, QSTR_count, array_count);

static obj_t array_reverse(obj_t self) {
    obj_array_t *a = self;
    size_t sz = a->itemsize;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, a->items + i * sz, sz);
        memcpy(a->items + i * sz, a->items + (j - 1) * sz, sz);
        memcpy(a->items + (j - 1) * sz, tmp, sz);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(array_reverse_obj, QSTR_reverse, array_reverse);

static obj_t array_byteswap(obj_t self) {
    obj_array_t *a = self;
    size_t sz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->items + i * sz;
        for (size_t k = 0; k < sz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(array_byteswap_obj, QSTR_byteswap, array_byteswap);

static obj_t array_tobytes(obj_t self) {
    obj_array_t *a = self;
    return bytes_new(a->items, a->len * a->itemsize);
}
static BUILTIN_FN_1(array_tobytes_obj, QSTR_tobytes, array_tobytes);

static obj_t array_frombytes(obj_t self, obj_t data) {
    const obj_type_t *t = obj_type_of(data);
    buffer_info_t info;
    if (OBJ_IS_QSTR(data) || t == &type_str || t->get_buffer == NULL ||
        !t->get_buffer(data, &info, BUFFER_READ)) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", data);
    }
    // CPython takes only buffers of single bytes (not an array of ints).
    if (info.typecode != 'B' && info.typecode != 'b' && info.typecode != 'c') {
        rt_raise_msg(&type_TypeError, "a bytes-like object is required");
    }
    array_append_bytes(self, info.buf, info.len);
    return OBJ_NONE;
}
static BUILTIN_FN_2(array_frombytes_obj, QSTR_frombytes, array_frombytes);

static obj_t array_fromlist(obj_t self, obj_t list) {
    if (!rt_isinstance(list, &type_list)) {
        rt_raise_msg(&type_TypeError, "arg must be list");
    }
    // All or nothing, as CPython: drop what was added if a value is bad.
    obj_array_t *a = self;
    volatile size_t old = a->len;
    obj_list_t *l = type_native_of(list);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (size_t i = 0; i < l->len; i++) {
            array_append_value(a, l->items[i]);
        }
        nlr_pop();
    } else {
        a->len = old;
        nlr_jump(nlr.value);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_2(array_fromlist_obj, QSTR_fromlist, array_fromlist);

static obj_t array_buffer_info(obj_t self) {
    obj_array_t *a = self;
    obj_t items[2] = {int_from_uintptr((uintptr_t)a->items), OBJ_NEW_SMALL_INT(a->len)};
    return tuple_new(2, items);
}
static BUILTIN_FN_1(array_buffer_info_obj, QSTR_buffer_info, array_buffer_info);

static const dict_entry_t array_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_append), (obj_t)&array_append_obj},
    {OBJ_NEW_QSTR(QSTR_extend), (obj_t)&array_extend_obj},
    {OBJ_NEW_QSTR(QSTR_insert), (obj_t)&array_insert_obj},
    {OBJ_NEW_QSTR(QSTR_pop), (obj_t)&array_pop_obj},
    {OBJ_NEW_QSTR(QSTR_remove), (obj_t)&array_remove_obj},
    {OBJ_NEW_QSTR(QSTR_index), (obj_t)&array_index_obj},
    {OBJ_NEW_QSTR(QSTR_count), (obj_t)&array_count_obj},
    {OBJ_NEW_QSTR(QSTR_reverse), (obj_t)&array_reverse_obj},
    {OBJ_NEW_QSTR(QSTR_byteswap), (obj_t)&array_byteswap_obj},
    {OBJ_NEW_QSTR(QSTR_tobytes), (obj_t)&array_tobytes_obj},
    {OBJ_NEW_QSTR(QSTR_frombytes), (obj_t)&array_frombytes_obj},
    {OBJ_NEW_QSTR(QSTR_tolist), (obj_t)&array_tolist_obj},
    {OBJ_NEW_QSTR(QSTR_fromlist), (obj_t)&array_fromlist_obj},
    {OBJ_NEW_QSTR(QSTR_buffer_info), (obj_t)&array_buffer_info_obj},
    {OBJ_NEW_QSTR(QSTR_tounicode), (obj_t)&array_tounicode_obj},
    {OBJ_NEW_QSTR(QSTR_fromunicode), (obj_t)&array_fromunicode_obj},
};
static DICT_ROM(array_locals_dict, array_locals_table);

const obj_type_t type_array = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_array,
    .print = array_print,
    .make_new = array_make_new,
    .unary_op = array_unary_op,
    .binary_op = array_binary_op,
    .attr = array_attr,
    .subscr = array_subscr,
    .getiter = array_getiter,
    .get_buffer = array_get_buffer,
    .locals_dict = (obj_dict_t *)&array_locals_dict,
};

static const dict_entry_t array_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_array)},
    {OBJ_NEW_QSTR(QSTR_array), (obj_t)&type_array},
    {OBJ_NEW_QSTR(QSTR_ArrayType), (obj_t)&type_array},
    {OBJ_NEW_QSTR(QSTR_typecodes), OBJ_NEW_QSTR(QSTR_bBuhHiIlLqQfd)},
};
static DICT_ROM(array_globals, array_globals_table);

MODULE_ROM(module_array, array_globals);
