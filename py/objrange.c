// The range type: an immutable arithmetic sequence of ints. Ranges whose
// values are all small ints (the usual case) use machine arithmetic and a
// fast iterator; others compute with int objects of any size.
// SPDX-License-Identifier: MIT
//
// Deliberate limit: indexing a range of machine-word length with an index beyond the machine
// range raises OverflowError where CPython raises IndexError.

#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/runtime.h"
#include "py/vstr.h"

typedef struct obj_range {
    obj_base_t base;
    obj_t start, stop, step, len; // ints
    bool small;                   // start, stop, step are small ints
    bool len_fits;                // len fits ilen
    intptr_t istart, istep;
    size_t ilen;
} obj_range_t;

static inline obj_t int_add(obj_t a, obj_t b) {
    return rt_binary_op(BINARY_OP_ADD, a, b);
}
static inline obj_t int_sub(obj_t a, obj_t b) {
    return rt_binary_op(BINARY_OP_SUBTRACT, a, b);
}
static inline obj_t int_mul(obj_t a, obj_t b) {
    return rt_binary_op(BINARY_OP_MULTIPLY, a, b);
}

// A range over ints [start], [stop], [step] (step != 0).
static obj_t range_make(obj_t start, obj_t stop, obj_t step) {
    obj_range_t *r = rt_new_obj(&type_range, sizeof(obj_range_t));
    r->start = start;
    r->stop = stop;
    r->step = step;
    if (OBJ_IS_SMALL_INT(start) && OBJ_IS_SMALL_INT(stop) && OBJ_IS_SMALL_INT(step)) {
        // Differences of small ints fit a machine word.
        intptr_t b = OBJ_SMALL_INT_VALUE(start), e = OBJ_SMALL_INT_VALUE(stop);
        intptr_t s = OBJ_SMALL_INT_VALUE(step);
        size_t n = 0;
        if (s > 0 && b < e) {
            n = (size_t)((e - b - 1) / s) + 1;
        } else if (s < 0 && b > e) {
            n = (size_t)((b - e - 1) / -s) + 1;
        }
        r->small = true;
        r->len_fits = true;
        r->istart = b;
        r->istep = s;
        r->ilen = n;
        r->len = int_from_uintptr(n);
        return r;
    }
    obj_t one = OBJ_NEW_SMALL_INT(1);
    obj_t len = OBJ_NEW_SMALL_INT(0);
    if (int_sign(step) > 0) {
        if (int_compare(start, stop) < 0) {
            len = int_add(rt_binary_op(BINARY_OP_FLOOR_DIVIDE, int_sub(int_sub(stop, start), one),
                              step),
                one);
        }
    } else if (int_compare(start, stop) > 0) {
        len = int_add(rt_binary_op(BINARY_OP_FLOOR_DIVIDE, int_sub(int_sub(start, stop), one),
                          rt_unary_op(UNARY_OP_NEGATIVE, step)),
            one);
    }
    r->len = len;
    intptr_t n;
    if (int_to_intptr(len, &n)) {
        r->len_fits = true;
        r->ilen = (size_t)n;
    }
    return r;
}

obj_t range_new(intptr_t start, intptr_t stop, intptr_t step) {
    if (step == 0) {
        rt_raise_msg(&type_ValueError, "range() arg 3 must not be zero");
    }
    return range_make(int_from_intptr(start), int_from_intptr(stop), int_from_intptr(step));
}

// An argument of range(): an int as is, or the value of __index__.
static obj_t range_arg(obj_t o) {
    if (obj_is_int(o)) {
        return o;
    }
    return int_from_intptr(rt_get_int(o));
}

static obj_t range_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "range() takes no keyword arguments");
    }
    if (n_args == 0) {
        rt_raise_msg(&type_TypeError, "range expected at least 1 argument, got 0");
    }
    if (n_args > 3) {
        rt_raise_fmt(&type_TypeError, "range expected at most 3 arguments, got %zu", n_args);
    }
    if (n_args == 1) {
        return range_make(OBJ_NEW_SMALL_INT(0), range_arg(args[0]), OBJ_NEW_SMALL_INT(1));
    }
    obj_t start = range_arg(args[0]);
    obj_t stop = range_arg(args[1]);
    obj_t step = OBJ_NEW_SMALL_INT(1);
    if (n_args == 3) {
        step = range_arg(args[2]);
        if (int_sign(step) == 0) {
            rt_raise_msg(&type_ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_make(start, stop, step);
}

// The item at [i] (0 <= i < len).
static obj_t range_item(obj_range_t *r, size_t i) {
    if (r->small) {
        return OBJ_NEW_SMALL_INT(r->istart + (intptr_t)i * r->istep);
    }
    return int_add(r->start, int_mul(int_from_uintptr(i), r->step));
}

// Where the int [x] is in the range (an int), or OBJ_NULL.
static obj_t range_find_int(obj_range_t *r, obj_t x) {
    if (x == OBJ_TRUE || x == OBJ_FALSE) {
        x = OBJ_NEW_SMALL_INT(x == OBJ_TRUE);
    }
    if (r->small) {
        if (!OBJ_IS_SMALL_INT(x)) {
            return OBJ_NULL; // a big int lies outside any small range
        }
        intptr_t v = OBJ_SMALL_INT_VALUE(x);
        intptr_t s = r->istep;
        intptr_t e = OBJ_SMALL_INT_VALUE(r->stop);
        bool inside = s > 0 ? (v >= r->istart && v < e) : (v <= r->istart && v > e);
        if (!inside || (v - r->istart) % s != 0) {
            return OBJ_NULL;
        }
        return int_from_intptr((v - r->istart) / s);
    }
    bool inside;
    if (int_sign(r->step) > 0) {
        inside = int_compare(x, r->start) >= 0 && int_compare(x, r->stop) < 0;
    } else {
        inside = int_compare(x, r->start) <= 0 && int_compare(x, r->stop) > 0;
    }
    if (!inside) {
        return OBJ_NULL;
    }
    obj_t d = int_sub(x, r->start);
    if (int_sign(rt_binary_op(BINARY_OP_MODULO, d, r->step)) != 0) {
        return OBJ_NULL;
    }
    return rt_binary_op(BINARY_OP_FLOOR_DIVIDE, d, r->step);
}

static inline bool is_int_like(obj_t x) {
    return obj_is_int(x) || x == OBJ_TRUE || x == OBJ_FALSE;
}

// Position of the first item equal to [x], found by iteration (for floats
// and other non-int values), or -1.
static intptr_t range_find_slow(obj_t self, obj_t x) {
    obj_t it = rt_getiter(self);
    intptr_t i = 0;
    obj_t y;
    while ((y = rt_iternext(it)) != OBJ_NULL) {
        if (rt_equal(y, x)) {
            return i;
        }
        i++;
    }
    return -1;
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static void range_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_range_t *r = self;
    if (r->step == OBJ_NEW_SMALL_INT(1)) {
        print_fmt(p, "range(%R, %R)", r->start, r->stop);
    } else {
        print_fmt(p, "range(%R, %R, %R)", r->start, r->stop, r->step);
    }
}

static obj_t range_unary_op(unary_op_t op, obj_t self) {
    obj_range_t *r = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(r->small ? r->ilen != 0 : int_sign(r->len) != 0);
        case UNARY_OP_LEN:
            // Lengths up to 2^63 - 1 are given as ints of any size, so that a
            // 32-bit build answers len() as a 64-bit CPython does when the
            // caller can take a big int (callers wanting a size_t get
            // OverflowError from rt_get_int).
            if (!OBJ_IS_SMALL_INT(r->len) &&
                int_compare(r->len, int_from_ll(INT64_MAX)) > 0) {
                rt_raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
            }
            return r->len;
        case UNARY_OP_HASH: {
            // As CPython: equal ranges (same items) hash alike.
            obj_t items[3] = {r->len, OBJ_NONE, OBJ_NONE};
            if (int_sign(r->len) != 0) {
                items[1] = r->start;
                if (r->len != OBJ_NEW_SMALL_INT(1)) {
                    items[2] = r->step;
                }
            }
            return OBJ_NEW_SMALL_INT(tuple_hash_items(3, items));
        }
        default:
            return OBJ_NULL;
    }
}

static bool int_eq(obj_t a, obj_t b) {
    return a == b || (!OBJ_IS_SMALL_INT(a) && !OBJ_IS_SMALL_INT(b) && int_compare(a, b) == 0);
}

static obj_t range_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL: {
            if (obj_type_of(lhs) != &type_range || obj_type_of(rhs) != &type_range) {
                return OBJ_NULL;
            }
            obj_range_t *a = lhs, *b = rhs;
            bool eq = a == b ||
                      (int_eq(a->len, b->len) &&
                          (int_sign(a->len) == 0 ||
                              (int_eq(a->start, b->start) &&
                                  (a->len == OBJ_NEW_SMALL_INT(1) || int_eq(a->step, b->step)))));
            return obj_bool(eq == (op == BINARY_OP_EQUAL));
        }
        case BINARY_OP_CONTAINS: {
            if (is_int_like(rhs)) {
                return obj_bool(range_find_int(lhs, rhs) != OBJ_NULL);
            }
            return obj_bool(range_find_slow(lhs, rhs) >= 0);
        }
        default:
            return OBJ_NULL;
    }
}

// A slice bound as an int object (OBJ_NULL for None), moved into [0, len]
// (or [-1, len - 1] for negative steps) as slice.indices() does.
static obj_t range_slice_bound(obj_t v, obj_t len, bool neg_step, bool is_start) {
    obj_t zero = OBJ_NEW_SMALL_INT(0);
    obj_t minus_one = OBJ_NEW_SMALL_INT(-1);
    if (v == OBJ_NONE) {
        if (is_start) {
            return neg_step ? int_sub(len, OBJ_NEW_SMALL_INT(1)) : zero;
        }
        return neg_step ? minus_one : len;
    }
    if (!is_int_like(v)) {
        intptr_t i;
        if (!rt_get_int_maybe(v, &i)) {
            rt_raise_msg(&type_TypeError,
                "slice indices must be integers or None or have an __index__ method");
        }
        v = int_from_intptr(i);
    } else if (!obj_is_int(v)) {
        v = OBJ_NEW_SMALL_INT(v == OBJ_TRUE);
    }
    if (int_sign(v) < 0) {
        v = int_add(v, len);
        if (int_sign(v) < 0) {
            v = neg_step ? minus_one : zero;
        }
    } else if (int_compare(v, len) >= 0) {
        v = neg_step ? int_sub(len, OBJ_NEW_SMALL_INT(1)) : len;
    }
    return v;
}

static obj_t range_slice(obj_range_t *r, obj_slice_t *s) {
    obj_t step = OBJ_NEW_SMALL_INT(1);
    if (s->step != OBJ_NONE) {
        step = s->step;
        if (!obj_is_int(step)) {
            intptr_t i;
            if (!rt_get_int_maybe(step, &i)) {
                rt_raise_msg(&type_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
            }
            step = int_from_intptr(i);
        }
        if (int_sign(step) == 0) {
            rt_raise_msg(&type_ValueError, "slice step cannot be zero");
        }
    }
    bool neg = int_sign(step) < 0;
    obj_t b = range_slice_bound(s->start, r->len, neg, true);
    obj_t e = range_slice_bound(s->stop, r->len, neg, false);
    return range_make(int_add(r->start, int_mul(b, r->step)),
        int_add(r->start, int_mul(e, r->step)), int_mul(r->step, step));
}

// r[i] for a range longer than a machine word can count, [i] an int of any size.
static obj_t range_item_big(obj_range_t *r, obj_t i) {
    if (int_sign(i) < 0) {
        i = int_add(i, r->len);
    }
    if (int_sign(i) < 0 || int_compare(i, r->len) >= 0) {
        rt_raise_msg(&type_IndexError, "range object index out of range");
    }
    return int_add(r->start, int_mul(i, r->step));
}

static obj_t range_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    obj_range_t *r = self;
    if (OBJ_IS_PTR(index) && ((const obj_base_t *)index)->type == &type_slice) {
        return range_slice(r, (obj_slice_t *)index);
    }
    intptr_t i;
    if (OBJ_IS_SMALL_INT(index)) {
        i = OBJ_SMALL_INT_VALUE(index);
    } else if (!r->len_fits && obj_is_int(index)) {
        return range_item_big(r, index);
    } else if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "range indices must be integers or slices, not %T", index);
    }
    if (!r->len_fits) {
        return range_item_big(r, int_from_intptr(i));
    }
    if (i < 0) {
        i += (intptr_t)r->ilen;
    }
    if (i < 0 || (size_t)i >= r->ilen) {
        rt_raise_msg(&type_IndexError, "range object index out of range");
    }
    return range_item(r, (size_t)i);
}

static obj_t range_getiter(obj_t self) {
    obj_range_t *r = self;
    if (r->small) {
        return range_iter_new(r->istart, r->istep, r->ilen);
    }
    return longrange_iter_new(r->start, r->step, r->len);
}

obj_t range_reversed(obj_t self) {
    obj_range_t *r = self;
    if (r->small) {
        if (r->ilen == 0) {
            return range_iter_new(0, 1, 0);
        }
        intptr_t last = r->istart + (intptr_t)(r->ilen - 1) * r->istep;
        return range_iter_new(last, -r->istep, r->ilen);
    }
    obj_t last = int_add(r->start, int_mul(int_sub(r->len, OBJ_NEW_SMALL_INT(1)), r->step));
    return longrange_iter_new(last, rt_unary_op(UNARY_OP_NEGATIVE, r->step), r->len);
}

static void range_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_range_t *r = self;
    if (attr == QSTR_start) {
        dest[0] = r->start;
    } else if (attr == QSTR_stop) {
        dest[0] = r->stop;
    } else if (attr == QSTR_step) {
        dest[0] = r->step;
    }
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t range_m_count(obj_t self, obj_t x) {
    self = coll_self(self, &type_range, NULL, QSTR_count);
    if (is_int_like(x)) {
        return OBJ_NEW_SMALL_INT(range_find_int(self, x) != OBJ_NULL);
    }
    obj_t it = rt_getiter(self);
    size_t n = 0;
    obj_t y;
    while ((y = rt_iternext(it)) != OBJ_NULL) {
        if (rt_equal(y, x)) {
            n++;
        }
    }
    return int_from_uintptr(n);
}
static BUILTIN_FN_2(range_count_obj, QSTR_count, range_m_count);

static obj_t range_m_index(obj_t self, obj_t x) {
    self = coll_self(self, &type_range, NULL, QSTR_index);
    if (is_int_like(x)) {
        obj_t i = range_find_int(self, x);
        if (i == OBJ_NULL) {
            rt_raise_fmt(&type_ValueError, "%R is not in range", x);
        }
        return i;
    }
    intptr_t first = range_find_slow(self, x);
    if (first < 0) {
        rt_raise_msg(&type_ValueError, "sequence.index(x): x not in sequence");
    }
    return int_from_intptr(first);
}
static BUILTIN_FN_2(range_index_obj, QSTR_index, range_m_index);

static const dict_entry_t range_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_count), (obj_t)&range_count_obj},
    {OBJ_NEW_QSTR(QSTR_index), (obj_t)&range_index_obj},
    {OBJ_NEW_QSTR(QSTR___getitem__), (obj_t)&coll_getitem_obj},
    {OBJ_NEW_QSTR(QSTR___len__), (obj_t)&coll_len_obj},
    {OBJ_NEW_QSTR(QSTR___contains__), (obj_t)&coll_contains_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&coll_iter_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&coll_repr_obj},
};
static DICT_ROM(range_locals_dict, range_locals_table);

const obj_type_t type_range = {
    .base = {&type_type},
    .name = QSTR_range,
    .print = range_print,
    .make_new = range_make_new,
    .unary_op = range_unary_op,
    .binary_op = range_binary_op,
    .attr = range_attr,
    .subscr = range_subscr,
    .getiter = range_getiter,
    .locals_dict = (obj_dict_t *)&range_locals_dict,
};
