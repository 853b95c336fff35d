// Internals shared by the container files (tuple, list, dict, set, range,
// slice, iterators); not an API for the rest of the core (see py/objseq.h).
// SPDX-License-Identifier: MIT
#ifndef PY_OBJCOLL_H
#define PY_OBJCOLL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"

// ---------------------------------------------------------------------------
// Hashing and key equality, shared by dicts and sets.
// ---------------------------------------------------------------------------

// Ints hash to themselves below this bound, as in CPython (2^61 - 1 on 64-bit
// machines, 2^31 - 1 on 32-bit ones); py/runtime.c's rt_hash agrees.
#if INTPTR_MAX > 0x7fffffff
#define COLL_HASH_MODULUS ((intptr_t)0x1fffffffffffffff)
#else
#define COLL_HASH_MODULUS ((intptr_t)0x7fffffff)
#endif

// hash(o) as stored in hash tables: the same value as rt_hash, with the
// common key kinds (small ints, interned and heap strs) answered inline.
static inline size_t coll_hash(obj_t o) {
    if (OBJ_IS_SMALL_INT(o)) {
        intptr_t v = OBJ_SMALL_INT_VALUE(o);
        if (v != -1 && v < COLL_HASH_MODULUS && v > -COLL_HASH_MODULUS) {
            return (size_t)v;
        }
    } else if (OBJ_IS_QSTR(o)) {
        return qstr_hash(OBJ_QSTR_VALUE(o));
    } else if (OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_str) {
        return str_hash(o);
    }
    return (size_t)rt_hash(o);
}

// Whether two keys whose words differ are equal. Two immediates with
// different words never are (small ints and qstrs have one representation
// each); two strs compare by content; anything else goes through __eq__,
// which may run Python code (callers re-check their tables afterwards).
static inline bool coll_key_equal_slow(obj_t a, obj_t b) {
    if (!OBJ_IS_PTR(a) && !OBJ_IS_PTR(b)) {
        return false;
    }
    if (obj_is_str(a) && obj_is_str(b)) {
        return str_equal(a, b);
    }
    return rt_equal(a, b);
}

// ---------------------------------------------------------------------------
// Recursion-safe printing (py/objtuple.c): list, dict and set reprs print
// "[...]" etc. for a container already being printed further up the C stack.
// ---------------------------------------------------------------------------

// Prints [self] with [fn] unless [self] is already being printed, in which
// case [recursive] is written instead (NULL: "typename(...)"). Exceptions
// unwind the guard correctly.
void coll_print_guarded(const print_t *p, obj_t self, print_kind_t kind,
    void (*fn)(const print_t *p, obj_t self, print_kind_t kind), const char *recursive);

// ---------------------------------------------------------------------------
// Sequences (py/objtuple.c).
// ---------------------------------------------------------------------------

// The built-in object behind [o]: an instance of a class derived from a
// built-in type wraps a real instance of it (py/objtype.h), which is what
// container code must read; other values are themselves.
static inline obj_t coll_native(obj_t o) {
    if (OBJ_IS_PTR(o) && (((const obj_base_t *)o)->type->flags & TYPE_FLAG_HEAP)) {
        return type_native_of(o);
    }
    return o;
}

// Whether [o] is exactly of type [t] (slots only ever see built-in objects:
// subclass instances reach them unwrapped).
static inline bool coll_is_instance(obj_t o, const obj_type_t *t) {
    return OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == t;
}

// The object a method of type [t] (or [t2]) operates on: [self] itself, or
// the built-in object inside an instance of a derived class (methods can be
// called unbound, dict.pop(obj, k)); TypeError for anything else. [meth]
// names the method in the message.
obj_t coll_self_slow(obj_t self, const obj_type_t *t, const obj_type_t *t2, qstr meth);

static inline obj_t coll_self(obj_t self, const obj_type_t *t, const obj_type_t *t2, qstr meth) {
    if (OBJ_IS_PTR(self)) {
        const obj_type_t *st = ((const obj_base_t *)self)->type;
        if (st == t || st == t2) {
            return self;
        }
    }
    return coll_self_slow(self, t, t2, meth);
}

// Items of a list or tuple ([o] must be one of them).
static inline obj_t *coll_items(obj_t o, size_t *len) {
    if (((const obj_base_t *)o)->type == &type_list) {
        obj_list_t *l = o;
        *len = l->len;
        return l->items;
    }
    obj_tuple_t *tu = o;
    *len = tu->len;
    return tu->items;
}

// Special methods for the method tables (py/objtuple.c): __getitem__,
// __setitem__, __delitem__, __len__, __contains__, __iter__, __repr__,
// each calling the object's slot.
extern const obj_builtin_t coll_getitem_obj, coll_setitem_obj, coll_delitem_obj, coll_len_obj,
    coll_contains_obj, coll_iter_obj, coll_repr_obj;

// Lexicographic comparison of two lists or two tuples ([op] a comparison);
// re-reads the items after every call out, so that __eq__ mutating a list is
// harmless. [len_shortcut]: == and != answer at once when the lengths differ.
obj_t coll_seq_compare(binary_op_t op, obj_t a, obj_t b, bool len_shortcut);

// Whether [x] occurs in [seq] (a list or tuple).
bool coll_seq_contains(obj_t seq, obj_t x);

// Number of items of [seq] (a list or tuple) equal to [x].
size_t coll_seq_count(obj_t seq, obj_t x);

// The first i in [start, stop) (clamped like slice indices) with seq[i] == x;
// -1 if none.
intptr_t coll_seq_find(obj_t seq, obj_t x, size_t n_args, const obj_t *args);

// The repeat count of `seq * n`: the int value of [n] (0 if negative) or false
// if [n] is not an int (nor has __index__).
bool coll_repeat_count(obj_t n, size_t *out);

// Allocation size of [n] items of [size] bytes plus [extra], raising
// MemoryError on overflow.
size_t coll_alloc_size(size_t n, size_t size, size_t extra);

// A new tuple of type [type] (tuple or a subclass) with [n] items to fill.
obj_t tuple_alloc(const obj_type_t *type, size_t n);

// Hash of [n] items combined as CPython combines tuple items (xxHash-based).
intptr_t tuple_hash_items(size_t n, const obj_t *items);

// A tuple (k, v).
obj_t tuple_pair(obj_t a, obj_t b);

// ---------------------------------------------------------------------------
// Ranges (py/objrange.c).
// ---------------------------------------------------------------------------

// reversed(range): an iterator over the items of the range [self] backwards.
obj_t range_reversed(obj_t self);

// ---------------------------------------------------------------------------
// Slice helpers (py/objslice.c).
// ---------------------------------------------------------------------------

// An index argument of a slice or of index()/insert(): ints (big ones clamped
// to the machine range), bools and objects with __index__. False for None;
// TypeError for anything else, with CPython's slice message.
bool slice_get_index(obj_t o, intptr_t *out);

// Clamps [start, stop) as the optional start/stop arguments of index() do.
void slice_clamp_range(size_t n_args, const obj_t *args, size_t len, size_t *start,
    size_t *stop);

// ---------------------------------------------------------------------------
// Lists (py/objlist.c).
// ---------------------------------------------------------------------------

// A list holding the items of any iterable (a new list even for lists).
obj_t list_from_iterable(obj_t iterable);

// ---------------------------------------------------------------------------
// Sets (py/objset.c): an open-addressing table of (key, hash), probed as
// CPython does (a few linear probes, then perturbed jumps), so that sets of
// ints iterate in CPython's order.
// ---------------------------------------------------------------------------

#define SET_SMALL_SIZE (8)

typedef struct set_entry {
    obj_t key; // OBJ_NULL unused; OBJ_SENTINEL deleted
    size_t hash;
} set_entry_t;

typedef struct obj_set {
    obj_base_t base;
    size_t fill;        // used + deleted entries
    size_t used;        // live entries
    size_t mask;        // table size - 1
    set_entry_t *table; // `small` or a heap block
    size_t finger;      // where pop() looks next
    size_t hash;        // frozenset: cached hash (valid when `hashed`)
    bool hashed;
    set_entry_t small[SET_SMALL_SIZE];
} obj_set_t;

// Whether [o] is a set or frozenset (unwrap subclass instances first).
bool set_is_any(obj_t o);

// Whether [key] is in [set] (a set key is looked up as a frozenset).
bool set_contains(obj_t set, obj_t key);

// Adds every item of [iterable] to [set].
void set_update(obj_t set, obj_t iterable);

// A new set (or frozenset) holding the items of [iterable] (OBJ_NULL: empty).
obj_t set_from(const obj_type_t *type, obj_t iterable);

// The set operations with CPython's result orders, on any iterables as [other]
// (the result has the type of [self] when that is set or frozenset).
obj_t set_op(binary_op_t op, obj_t self, obj_t other);

// In-place forms for [self] a set: |=, &=, -=, ^= with any iterable.
void set_op_update(binary_op_t op, obj_t self, obj_t other);

// Comparison of two set-likes (==, <, <=, >, >=) by containment.
bool set_compare(binary_op_t op, obj_t a, obj_t b);

// ---------------------------------------------------------------------------
// Dict views (py/objdict.c).
// ---------------------------------------------------------------------------

typedef struct obj_dict_view {
    obj_base_t base;
    obj_dict_t *dict;
} obj_dict_view_t;

extern const obj_type_t type_dict_keys, type_dict_values, type_dict_items;

// Whether [o] is a dict.
static inline bool dict_is_dict(obj_t o) {
    return coll_is_instance(o, &type_dict);
}

#endif
