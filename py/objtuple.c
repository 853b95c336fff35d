// The tuple type, plus the helpers every sequence container shares
// (comparison, search, repeat counts, recursion-safe printing).
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/runtime.h"
#include "py/vstr.h"

const obj_tuple_t tuple_empty_obj = {{&type_tuple}, 0};

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

// The containers being printed, innermost first: frames live on the C stack
// of coll_print_guarded, which unlinks them however it exits.
typedef struct repr_frame {
    obj_t obj;
    struct repr_frame *prev;
} repr_frame_t;

static repr_frame_t *repr_top;

void coll_print_guarded(const print_t *p, obj_t self, print_kind_t kind,
    void (*fn)(const print_t *p, obj_t self, print_kind_t kind), const char *recursive) {
    for (repr_frame_t *f = repr_top; f != NULL; f = f->prev) {
        if (f->obj == self) {
            if (recursive != NULL) {
                print_str(p, recursive);
            } else {
                print_fmt(p, "%q(...)", rt_type_name(self));
            }
            return;
        }
    }
    repr_frame_t frame = {self, repr_top};
    // The outermost container renders into a buffer first, so that an item
    // whose repr raises leaves nothing half-written (CPython builds the text
    // before print() writes it).
    bool outermost = repr_top == NULL;
    vstr_t buf;
    print_t buf_print;
    const print_t *out = p;
    if (outermost) {
        vstr_init(&buf, 64);
        vstr_print(&buf, &buf_print);
        out = &buf_print;
    }
    repr_top = &frame;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        fn(out, self, kind);
        nlr_pop();
        repr_top = frame.prev;
        if (outermost) {
            print_strn(p, buf.buf, buf.len);
        }
    } else {
        repr_top = frame.prev;
        nlr_jump(nlr.value);
    }
}

size_t coll_alloc_size(size_t n, size_t size, size_t extra) {
    // Stay below half the address space: no block that big can exist, and
    // sums of two such sizes cannot wrap.
    if (n > (SIZE_MAX / 2 - extra) / size) {
        rt_raise_memory_error();
    }
    return n * size + extra;
}

bool coll_repeat_count(obj_t n, size_t *out) {
    intptr_t v;
    if (OBJ_IS_SMALL_INT(n)) {
        v = OBJ_SMALL_INT_VALUE(n);
    } else if (OBJ_IS_PTR(n) && ((const obj_base_t *)n)->type == &type_int) {
        if (!int_to_intptr(n, &v)) {
            // Beyond the machine word: as a 64-bit CPython, counts that fit
            // 64 bits ask for too much memory (unless the sequence is empty),
            // bigger ones do not fit an index.
            if (int_compare(n, int_from_ll(INT64_MIN)) < 0 ||
                int_compare(n, int_from_ll(INT64_MAX)) > 0) {
                rt_raise_fmt(&type_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            *out = int_sign(n) < 0 ? 0 : SIZE_MAX;
            return true;
        }
    } else if (!rt_get_int_maybe(n, &v)) {
        return false;
    }
    *out = v < 0 ? 0 : (size_t)v;
    return true;
}

obj_t coll_seq_compare(binary_op_t op, obj_t a, obj_t b, bool len_shortcut) {
    rt_check_stack();
    size_t na, nb;
    coll_items(a, &na);
    coll_items(b, &nb);
    if (len_shortcut && na != nb && (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL)) {
        return obj_bool(op == BINARY_OP_NOT_EQUAL);
    }
    for (size_t i = 0;; i++) {
        obj_t *ia = coll_items(a, &na);
        obj_t *ib = coll_items(b, &nb);
        if (i >= na || i >= nb) {
            break;
        }
        obj_t x = ia[i];
        obj_t y = ib[i];
        if (x == y || rt_equal(x, y)) {
            continue;
        }
        if (op == BINARY_OP_EQUAL) {
            return OBJ_FALSE;
        }
        if (op == BINARY_OP_NOT_EQUAL) {
            return OBJ_TRUE;
        }
        return rt_binary_op(op, x, y);
    }
    switch (op) {
        case BINARY_OP_LESS:
            return obj_bool(na < nb);
        case BINARY_OP_MORE:
            return obj_bool(na > nb);
        case BINARY_OP_LESS_EQUAL:
            return obj_bool(na <= nb);
        case BINARY_OP_MORE_EQUAL:
            return obj_bool(na >= nb);
        case BINARY_OP_NOT_EQUAL:
            return obj_bool(na != nb);
        default:
            return obj_bool(na == nb);
    }
}

bool coll_seq_contains(obj_t seq, obj_t x) {
    size_t len;
    for (size_t i = 0;; i++) {
        obj_t *items = coll_items(seq, &len);
        if (i >= len) {
            return false;
        }
        obj_t y = items[i];
        if (y == x || rt_equal(y, x)) {
            return true;
        }
    }
}

size_t coll_seq_count(obj_t seq, obj_t x) {
    size_t len, n = 0;
    for (size_t i = 0;; i++) {
        obj_t *items = coll_items(seq, &len);
        if (i >= len) {
            return n;
        }
        obj_t y = items[i];
        if (y == x || rt_equal(y, x)) {
            n++;
        }
    }
}

intptr_t coll_seq_find(obj_t seq, obj_t x, size_t n_args, const obj_t *args) {
    size_t len, start, stop;
    coll_items(seq, &len);
    slice_clamp_range(n_args, args, len, &start, &stop);
    for (size_t i = start; i < stop; i++) {
        obj_t *items = coll_items(seq, &len);
        if (i >= len) {
            break;
        }
        obj_t y = items[i];
        if (y == x || rt_equal(y, x)) {
            return (intptr_t)i;
        }
    }
    return -1;
}

obj_t coll_self_slow(obj_t self, const obj_type_t *t, const obj_type_t *t2, qstr meth) {
    obj_t n = coll_native(self);
    if (n != self && (coll_is_instance(n, t) || coll_is_instance(n, t2))) {
        return n;
    }
    rt_raise_fmt(&type_TypeError, "descriptor '%q' for '%q' objects doesn't apply to a '%q' object",
        meth, t->name, rt_type_name(self));
}

// The special methods containers expose for explicit calls such as
// super().__setitem__(k, v) or dict.__getitem__(d, k); the slots of the
// built-in object inside [self] do the work (calling [self]'s own overrides
// instead would recurse).
static obj_t coll_m_getitem(obj_t self, obj_t index) {
    return rt_subscr_load(coll_native(self), index);
}
BUILTIN_FN_2(coll_getitem_obj, QSTR___getitem__, coll_m_getitem);

static obj_t coll_m_setitem(obj_t self, obj_t index, obj_t value) {
    rt_subscr_store(coll_native(self), index, value);
    return OBJ_NONE;
}
BUILTIN_FN_3(coll_setitem_obj, QSTR___setitem__, coll_m_setitem);

static obj_t coll_m_delitem(obj_t self, obj_t index) {
    rt_subscr_delete(coll_native(self), index);
    return OBJ_NONE;
}
BUILTIN_FN_2(coll_delitem_obj, QSTR___delitem__, coll_m_delitem);

static obj_t coll_m_len(obj_t self) {
    return int_from_uintptr(rt_len(coll_native(self)));
}
BUILTIN_FN_1(coll_len_obj, QSTR___len__, coll_m_len);

static obj_t coll_m_contains(obj_t self, obj_t x) {
    return rt_binary_op(BINARY_OP_CONTAINS, coll_native(self), x);
}
BUILTIN_FN_2(coll_contains_obj, QSTR___contains__, coll_m_contains);

static obj_t coll_m_iter(obj_t self) {
    return rt_getiter(coll_native(self));
}
BUILTIN_FN_1(coll_iter_obj, QSTR___iter__, coll_m_iter);

static obj_t coll_m_repr(obj_t self) {
    return rt_repr(coll_native(self));
}
BUILTIN_FN_1(coll_repr_obj, QSTR___repr__, coll_m_repr);

bool seq_get_items(obj_t o, size_t *len, obj_t **items) {
    if (!OBJ_IS_PTR(o)) {
        return false;
    }
    const obj_type_t *t = ((const obj_base_t *)o)->type;
    if (t == &type_tuple) {
        obj_tuple_t *tu = o;
        *len = tu->len;
        *items = tu->items;
        return true;
    }
    if (t == &type_list) {
        obj_list_t *l = o;
        *len = l->len;
        *items = l->items;
        return true;
    }
    return false;
}

// ---------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------

obj_t tuple_alloc(const obj_type_t *type, size_t n) {
    if (n == 0 && type == &type_tuple) {
        return OBJ_EMPTY_TUPLE;
    }
    obj_tuple_t *t = rt_new_obj(type, coll_alloc_size(n, sizeof(obj_t), sizeof(obj_tuple_t)));
    t->len = n;
    return t;
}

obj_t tuple_new(size_t n, const obj_t *items) {
    obj_tuple_t *t = tuple_alloc(&type_tuple, n);
    if (items != NULL && n != 0) {
        memcpy(t->items, items, n * sizeof(obj_t));
    }
    return t;
}

obj_t tuple_pair(obj_t a, obj_t b) {
    obj_tuple_t *t = rt_new_obj(&type_tuple, sizeof(obj_tuple_t) + 2 * sizeof(obj_t));
    t->len = 2;
    t->items[0] = a;
    t->items[1] = b;
    return t;
}

static obj_t tuple_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "tuple() takes no keyword arguments");
    }
    if (n_args > 1) {
        rt_raise_fmt(&type_TypeError, "tuple expected at most 1 argument, got %zu", n_args);
    }
    if (n_args == 0) {
        return tuple_alloc(type, 0);
    }
    obj_t src = args[0];
    size_t len = 0;
    obj_t *items = NULL;
    if (!seq_get_items(src, &len, &items)) {
        src = list_from_iterable(src);
        seq_get_items(src, &len, &items);
    } else if (type == &type_tuple && ((const obj_base_t *)src)->type == &type_tuple) {
        return src;
    }
    obj_tuple_t *t = tuple_alloc(type, len);
    if (len != 0) {
        memcpy(t->items, items, len * sizeof(obj_t));
    }
    return t;
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static void tuple_print_items(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_tuple_t *t = self;
    print_str(p, "(");
    for (size_t i = 0; i < t->len; i++) {
        if (i != 0) {
            print_str(p, ", ");
        }
        rt_print_obj(p, t->items[i], PRINT_REPR);
    }
    print_str(p, t->len == 1 ? ",)" : ")");
}

// Through the guard too, for its all-or-nothing output (a tuple cannot hold
// itself, but its items may hold it).
static void tuple_print(const print_t *p, obj_t self, print_kind_t kind) {
    if (((obj_tuple_t *)self)->len == 0) {
        print_str(p, "()");
        return;
    }
    coll_print_guarded(p, self, kind, tuple_print_items, "(...)");
}

// Constants of the xxHash-based combination CPython uses for tuples.
#if INTPTR_MAX > 0x7fffffff
#define XX_PRIME_1 ((uintptr_t)11400714785074694791ULL)
#define XX_PRIME_2 ((uintptr_t)14029467366897019727ULL)
#define XX_PRIME_5 ((uintptr_t)2870177450012600261ULL)
#define XX_ROTATE(x) (((x) << 31) | ((x) >> 33))
#else
#define XX_PRIME_1 ((uintptr_t)2654435761UL)
#define XX_PRIME_2 ((uintptr_t)2246822519UL)
#define XX_PRIME_5 ((uintptr_t)374761393UL)
#define XX_ROTATE(x) (((x) << 13) | ((x) >> 19))
#endif

intptr_t tuple_hash_items(size_t n, const obj_t *items) {
    uintptr_t acc = XX_PRIME_5;
    for (size_t i = 0; i < n; i++) {
        uintptr_t lane = coll_hash(items[i]);
        acc += lane * XX_PRIME_2;
        acc = XX_ROTATE(acc);
        acc *= XX_PRIME_1;
    }
    acc += n ^ (XX_PRIME_5 ^ 3527539UL);
    // Fold into the range of hashes (and of small ints), keeping -1 out.
    return (intptr_t)(acc % (uintptr_t)COLL_HASH_MODULUS);
}

static obj_t tuple_unary_op(unary_op_t op, obj_t self) {
    obj_tuple_t *t = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(t->len != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(t->len);
        case UNARY_OP_HASH:
            rt_check_stack();
            return OBJ_NEW_SMALL_INT(tuple_hash_items(t->len, t->items));
        default:
            return OBJ_NULL;
    }
}

static inline bool is_tuple(obj_t o) {
    return coll_is_instance(o, &type_tuple);
}

// `seq * n` for a tuple [seq].
static obj_t tuple_repeat(obj_tuple_t *t, size_t n) {
    if (n == 1 && t->base.type == &type_tuple) {
        return t;
    }
    if (t->len == 0 || n == 0) {
        return OBJ_EMPTY_TUPLE;
    }
    if (n > (SIZE_MAX / 2) / t->len) {
        rt_raise_memory_error();
    }
    obj_tuple_t *r = tuple_alloc(&type_tuple, t->len * n);
    for (size_t i = 0; i < n; i++) {
        memcpy(r->items + i * t->len, t->items, t->len * sizeof(obj_t));
    }
    return r;
}

static obj_t tuple_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_ADD: {
            if (!is_tuple(lhs)) {
                return OBJ_NULL;
            }
            if (!is_tuple(rhs)) {
                if (obj_type_of(rhs)->flags & TYPE_FLAG_HEAP) {
                    return OBJ_NULL;
                }
                rt_raise_fmt(&type_TypeError, "can only concatenate tuple (not \"%q\") to tuple",
                    rt_type_name(rhs));
            }
            obj_tuple_t *a = lhs, *b = rhs;
            if (b->len == 0 && a->base.type == &type_tuple) {
                return a;
            }
            if (a->len == 0 && b->base.type == &type_tuple) {
                return b;
            }
            obj_tuple_t *r = tuple_alloc(&type_tuple, coll_alloc_size(a->len, 1, b->len));
            memcpy(r->items, a->items, a->len * sizeof(obj_t));
            memcpy(r->items + a->len, b->items, b->len * sizeof(obj_t));
            return r;
        }
        case BINARY_OP_MULTIPLY: {
            obj_t seq = lhs, n = rhs;
            if (!is_tuple(lhs)) {
                seq = rhs;
                n = lhs;
            }
            size_t count;
            if (!coll_repeat_count(n, &count)) {
                if (obj_type_of(n)->flags & TYPE_FLAG_HEAP) {
                    return OBJ_NULL;
                }
                rt_raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%q'",
                    rt_type_name(n));
            }
            return tuple_repeat(seq, count);
        }
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_EQUAL:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_NOT_EQUAL:
            if (!is_tuple(lhs) || !is_tuple(rhs)) {
                return OBJ_NULL;
            }
            return coll_seq_compare(op, lhs, rhs, false);
        case BINARY_OP_CONTAINS:
            return obj_bool(coll_seq_contains(lhs, rhs));
        default:
            return OBJ_NULL;
    }
}

static obj_t tuple_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    obj_tuple_t *t = self;
    if (OBJ_IS_SMALL_INT(index)) {
        intptr_t i = OBJ_SMALL_INT_VALUE(index);
        if (i < 0) {
            i += (intptr_t)t->len;
        }
        if ((uintptr_t)i < t->len) {
            return t->items[i];
        }
        rt_raise_msg(&type_IndexError, "tuple index out of range");
    }
    if (OBJ_IS_PTR(index) && ((const obj_base_t *)index)->type == &type_slice) {
        intptr_t start, stop, step;
        size_t n = slice_indices(index, t->len, &start, &stop, &step);
        if (step == 1 && n == t->len && t->base.type == &type_tuple) {
            return t;
        }
        obj_tuple_t *r = tuple_alloc(&type_tuple, n);
        for (size_t k = 0; k < n; k++) {
            r->items[k] = t->items[start + (intptr_t)k * step];
        }
        return r;
    }
    return t->items[rt_seq_index(index, t->len, "tuple")];
}

static obj_t tuple_getiter(obj_t self) {
    return tuple_iter_new(self);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t tuple_count(obj_t self, obj_t x) {
    self = coll_self(self, &type_tuple, NULL, QSTR_count);
    return int_from_uintptr(coll_seq_count(self, x));
}
static BUILTIN_FN_2(tuple_count_obj, QSTR_count, tuple_count);

static obj_t tuple_index(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_tuple, NULL, QSTR_index);
    intptr_t i = coll_seq_find(self, args[1], n_args - 2, args + 2);
    if (i < 0) {
        rt_raise_msg(&type_ValueError, "tuple.index(x): x not in tuple");
    }
    return OBJ_NEW_SMALL_INT(i);
}
static BUILTIN_FN_VAR(tuple_index_obj, QSTR_index, 2, 4, tuple_index);

static const dict_entry_t tuple_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_count), (obj_t)&tuple_count_obj},
    {OBJ_NEW_QSTR(QSTR_index), (obj_t)&tuple_index_obj},
    {OBJ_NEW_QSTR(QSTR___getitem__), (obj_t)&coll_getitem_obj},
    {OBJ_NEW_QSTR(QSTR___len__), (obj_t)&coll_len_obj},
    {OBJ_NEW_QSTR(QSTR___contains__), (obj_t)&coll_contains_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&coll_iter_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&coll_repr_obj},
};
static DICT_ROM(tuple_locals_dict, tuple_locals_table);

const obj_type_t type_tuple = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_tuple,
    .print = tuple_print,
    .make_new = tuple_make_new,
    .unary_op = tuple_unary_op,
    .binary_op = tuple_binary_op,
    .subscr = tuple_subscr,
    .getiter = tuple_getiter,
    .locals_dict = (obj_dict_t *)&tuple_locals_dict,
};
