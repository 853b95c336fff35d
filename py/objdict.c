// The dict type (compact, insertion-ordered hash table) and its views.
// SPDX-License-Identifier: MIT
//
// Layout (fixed by py/obj.h): `entries` holds (key, value) pairs in insertion
// order, a deleted one having key OBJ_NULL until the next resize compacts
// them. `index` is an open-addressing table of int32 entry numbers (-1 empty,
// -2 a deleted entry's slot) of index_mask + 1 slots, probed CPython's way:
// slot = hash & mask, then slot = 5 * slot + 1 + perturb with perturb the
// hash shifted right 5 more bits each step. The same block carries, after the
// slots, each entry's full hash, so that resizing never calls __hash__ again
// and probing compares hashes before it calls __eq__.
//
// At most two thirds of the slots are ever consumed; the table is rebuilt at
// about three times the live count when the entries run out, which both
// grows it geometrically and drops deleted entries. An empty heap dict owns
// no table at all (index NULL), which is also how ROM dicts look: those are
// searched linearly and never change.
//
// py/vm.c's global-lookup cache relies on two properties: a live key stays at
// the same position of `entries` until that array is replaced (deleted
// entries get key OBJ_NULL), and keys are only added at entries[filled++],
// `filled` decreasing only when `entries` is replaced or, in popitem(),
// together with `alloc`. `version` changes on every change of keys or values.

#include <string.h>

#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/runtime.h"
#include "py/vstr.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT (5)
#define DICT_MIN_SLOTS (8)

// Versions are unique across all dicts, so a cache keyed on (dict, version)
// cannot confuse a dict with a later one at the same address.
static uint32_t dict_version_counter;

static inline void dict_bump(obj_dict_t *d) {
    d->version = ++dict_version_counter;
}

static inline size_t *dict_hashes(const obj_dict_t *d) {
    return (size_t *)(void *)(d->index + d->index_mask + 1);
}

// Entries a table of [nslots] slots may consume.
static inline size_t dict_usable(size_t nslots) {
    return nslots / 3 * 2 + (nslots % 3) * 2 / 3;
}

static NORETURN void dict_raise_readonly(void) {
    rt_raise_msg(&type_TypeError, "'dict' object is read-only");
}

static NORETURN void dict_raise_key_error(obj_t key) {
    rt_raise(exc_new(&type_KeyError, 1, &key));
}

// The smallest table with room for [n] entries.
static size_t dict_slots_for(size_t n) {
    size_t s = DICT_MIN_SLOTS;
    while (dict_usable(s) < n) {
        if (s > (size_t)INT32_MAX) {
            rt_raise_memory_error();
        }
        s <<= 1;
    }
    return s;
}

// The first free (empty or deleted) slot on [h]'s probe sequence.
static inline size_t dict_free_slot(const int32_t *index, size_t mask, size_t h) {
    size_t i = h & mask, perturb = h;
    while (index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Rebuilds [d]'s table with [nslots] slots (a power of two, room for every
// live entry), compacting the live entries in order.
static void dict_resize(obj_dict_t *d, size_t nslots) {
    size_t n_entries = dict_usable(nslots);
    size_t index_bytes = coll_alloc_size(nslots, sizeof(int32_t), 0);
    int32_t *index = rt_alloc_flags(coll_alloc_size(n_entries, sizeof(size_t), index_bytes),
        GC_ALLOC_NOSCAN);
    dict_entry_t *entries = rt_alloc(coll_alloc_size(n_entries, sizeof(dict_entry_t), 0));
    memset(index, 0xff, index_bytes); // every slot IX_EMPTY
    size_t *hashes = (size_t *)(void *)(index + nslots);
    size_t mask = nslots - 1;
    size_t j = 0;
    if (d->index != NULL) {
        const dict_entry_t *old = d->entries;
        const size_t *old_hashes = dict_hashes(d);
        for (size_t i = 0; i < d->filled; i++) {
            if (old[i].key == OBJ_NULL) {
                continue;
            }
            entries[j] = old[i];
            hashes[j] = old_hashes[i];
            index[dict_free_slot(index, mask, old_hashes[i])] = (int32_t)j;
            j++;
        }
    }
    d->entries = entries;
    d->index = index;
    d->index_mask = mask;
    d->alloc = n_entries;
    d->filled = j;
    d->used = j;
    dict_bump(d); // entry positions moved
}

obj_dict_t *dict_new(size_t n) {
    obj_dict_t *d = rt_new_obj(&type_dict, sizeof(obj_dict_t));
    dict_bump(d);
    if (n != 0) {
        dict_resize(d, dict_slots_for(n));
    }
    return d;
}

// Appends an entry known to be absent, in a table with room for it.
static void dict_append(obj_dict_t *d, obj_t key, size_t h, obj_t value) {
    size_t ix = d->filled++;
    d->index[dict_free_slot(d->index, d->index_mask, h)] = (int32_t)ix;
    d->entries[ix].key = key;
    d->entries[ix].value = value;
    dict_hashes(d)[ix] = h;
    d->used++;
}

// Adds a new entry (the key is known to be absent).
static void dict_insert_new(obj_dict_t *d, obj_t key, size_t h, obj_t value) {
    if (d->index == NULL) {
        dict_resize(d, DICT_MIN_SLOTS);
    } else if (d->filled >= d->alloc) {
        // Grow to about three times the live entries (which also shrinks a
        // table emptied by deletions).
        size_t want = coll_alloc_size(d->used, 3, 0);
        size_t s = DICT_MIN_SLOTS;
        while (s < want) {
            s <<= 1;
        }
        dict_resize(d, s);
    }
    dict_append(d, key, h, value);
    dict_bump(d);
}

// Linear search, for tables without an index (ROM dicts and empty dicts).
static intptr_t dict_lookup_linear(obj_dict_t *d, obj_t key) {
    const dict_entry_t *e = d->entries;
    size_t n = d->filled;
    for (size_t i = 0; i < n; i++) {
        if (e[i].key == key) {
            return (intptr_t)i;
        }
    }
    if (!OBJ_IS_PTR(key)) {
        return -1; // ROM keys are interned: an immediate matches by word or not at all
    }
    for (size_t i = 0; i < d->filled; i++) {
        obj_t k = d->entries[i].key;
        if (k != OBJ_NULL && coll_key_equal_slow(k, key)) {
            return (intptr_t)i;
        }
    }
    return -1;
}

// Finds [key] with hash [h]: its entry number (and its index slot in *slot),
// or -1. A __eq__ that changes the dict makes the search start again.
static intptr_t dict_lookup(obj_dict_t *d, obj_t key, size_t h, size_t *slot) {
restart:;
    int32_t *index = d->index;
    if (index == NULL) {
        return dict_lookup_linear(d, key);
    }
    dict_entry_t *entries = d->entries;
    const size_t *hashes = dict_hashes(d);
    size_t mask = d->index_mask;
    size_t i = h & mask, perturb = h;
    for (;;) {
        int32_t ix = index[i];
        if (ix == IX_EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            obj_t k = entries[ix].key;
            if (k == key) {
                *slot = i;
                return ix;
            }
            if (hashes[ix] == h && (OBJ_IS_PTR(k) || OBJ_IS_PTR(key))) {
                bool eq;
                if (obj_is_str(k) && obj_is_str(key)) {
                    eq = str_equal(k, key);
                } else {
                    eq = rt_equal(k, key);
                    if (d->index != index || d->entries != entries || entries[ix].key != k) {
                        goto restart;
                    }
                }
                if (eq) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Stores under a key whose hash is known.
static void dict_set_hashed(obj_dict_t *d, obj_t key, size_t h, obj_t value) {
    size_t slot;
    intptr_t ix = dict_lookup(d, key, h, &slot);
    if (ix >= 0) {
        d->entries[ix].value = value;
        dict_bump(d);
        return;
    }
    dict_insert_new(d, key, h, value);
}

intptr_t dict_index_qstr(obj_dict_t *d, qstr q) {
    obj_t key = OBJ_NEW_QSTR(q);
    const int32_t *index = d->index;
    if (index == NULL) {
        const dict_entry_t *e = d->entries;
        for (size_t i = 0, n = d->filled; i < n; i++) {
            if (e[i].key == key) {
                return (intptr_t)i;
            }
        }
        return -1;
    }
    size_t h = qstr_hash(q);
    size_t mask = d->index_mask;
    size_t i = h & mask, perturb = h;
    const dict_entry_t *entries = d->entries;
    for (;;) {
        int32_t ix = index[i];
        if (ix == IX_EMPTY) {
            return -1;
        }
        if (ix >= 0) {
            obj_t k = entries[ix].key;
            if (k == key) {
                return ix;
            }
            if (OBJ_IS_PTR(k) && dict_hashes(d)[ix] == h) {
                if (obj_is_str(k)) {
                    if (str_equal(k, key)) {
                        return ix;
                    }
                } else {
                    // An object that may claim equality with a str: the general path.
                    size_t slot;
                    return dict_lookup(d, key, h, &slot);
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

obj_t dict_get_qstr(obj_dict_t *d, qstr q) {
    intptr_t ix = dict_index_qstr(d, q);
    return ix < 0 ? OBJ_NULL : d->entries[ix].value;
}

void dict_set_value_at(obj_dict_t *d, size_t ix, obj_t value) {
    d->entries[ix].value = value;
    dict_bump(d);
}

void dict_set_qstr(obj_dict_t *d, qstr q, obj_t value) {
    if (d->fixed) {
        dict_raise_readonly();
    }
    dict_set_hashed(d, OBJ_NEW_QSTR(q), qstr_hash(q), value);
}

obj_t dict_get(obj_dict_t *d, obj_t key) {
    if (OBJ_IS_QSTR(key)) {
        return dict_get_qstr(d, OBJ_QSTR_VALUE(key));
    }
    size_t h = coll_hash(key);
    size_t slot;
    intptr_t ix = dict_lookup(d, key, h, &slot);
    return ix < 0 ? OBJ_NULL : d->entries[ix].value;
}

void dict_set(obj_dict_t *d, obj_t key, obj_t value) {
    if (d->fixed) {
        dict_raise_readonly();
    }
    dict_set_hashed(d, key, coll_hash(key), value);
}

// Removes entry [ix] whose index slot is [slot].
static obj_t dict_remove_entry(obj_dict_t *d, size_t ix, size_t slot) {
    obj_t v = d->entries[ix].value;
    d->index[slot] = IX_DUMMY;
    d->entries[ix].key = OBJ_NULL;
    d->entries[ix].value = OBJ_NULL;
    d->used--;
    dict_bump(d);
    return v;
}

obj_t dict_delete(obj_dict_t *d, obj_t key) {
    if (d->fixed) {
        dict_raise_readonly();
    }
    size_t h = coll_hash(key);
    size_t slot;
    intptr_t ix = dict_lookup(d, key, h, &slot);
    if (ix < 0 || d->index == NULL) {
        return OBJ_NULL;
    }
    return dict_remove_entry(d, (size_t)ix, slot);
}

dict_entry_t *dict_next(obj_dict_t *d, size_t *pos) {
    for (size_t i = *pos; i < d->filled; i++) {
        if (d->entries[i].key != OBJ_NULL) {
            *pos = i + 1;
            return &d->entries[i];
        }
    }
    *pos = d->filled;
    return NULL;
}

obj_dict_t *dict_copy(obj_dict_t *d) {
    obj_dict_t *c = dict_new(0);
    if (d->used == 0) {
        return c;
    }
    if (d->index != NULL && d->filled == d->used) {
        // No deleted entries: clone the table as it is.
        size_t nslots = d->index_mask + 1;
        size_t index_bytes = nslots * sizeof(int32_t);
        size_t bytes = index_bytes + d->alloc * sizeof(size_t);
        c->index = rt_alloc_flags(bytes, GC_ALLOC_NOSCAN);
        memcpy(c->index, d->index, bytes);
        c->entries = rt_alloc(d->alloc * sizeof(dict_entry_t));
        memcpy(c->entries, d->entries, d->filled * sizeof(dict_entry_t));
        c->index_mask = d->index_mask;
        c->alloc = d->alloc;
        c->filled = d->filled;
        c->used = d->used;
        return c;
    }
    dict_resize(c, dict_slots_for(d->used));
    for (size_t i = 0; i < d->filled; i++) {
        obj_t k = d->entries[i].key;
        if (k != OBJ_NULL) {
            size_t h = d->index != NULL ? dict_hashes(d)[i] : coll_hash(k);
            dict_append(c, k, h, d->entries[i].value);
        }
    }
    return c;
}

// ---------------------------------------------------------------------------
// Updating from other objects
// ---------------------------------------------------------------------------

// dict.update(iterable of pairs).
static void dict_update_pairs(obj_dict_t *d, obj_t iterable) {
    obj_t it = rt_getiter(iterable);
    size_t n_item = 0;
    obj_t item;
    while ((item = rt_iternext(it)) != OBJ_NULL) {
        size_t n = 0;
        obj_t *items = NULL;
        if (!seq_get_items(item, &n, &items)) {
            const obj_type_t *t = obj_type_of(item);
            if (t->getiter == NULL && !(t->flags & TYPE_FLAG_HEAP)) {
                rt_raise_fmt(&type_TypeError,
                    "cannot convert dictionary update sequence element #%zu to a sequence",
                    n_item);
            }
            seq_get_items(list_from_iterable(item), &n, &items);
        }
        if (n != 2) {
            rt_raise_fmt(&type_ValueError,
                "dictionary update sequence element #%zu has length %zu; 2 is required", n_item,
                n);
        }
        dict_set(d, items[0], items[1]);
        n_item++;
    }
}

// dict.update(other): a dict, a mapping (anything with keys()), or pairs.
static void dict_update_from(obj_dict_t *d, obj_t other) {
    other = coll_native(other);
    if (OBJ_IS_PTR(other) && ((const obj_base_t *)other)->type == &type_dict) {
        obj_dict_t *o = other;
        if (o == d || o->used == 0) {
            return;
        }
        if (d->fixed) {
            dict_raise_readonly();
        }
        if (d->used == 0 && o->index != NULL && o->filled == o->used) {
            obj_dict_t *c = dict_copy(o);
            d->entries = c->entries;
            d->index = c->index;
            d->index_mask = c->index_mask;
            d->alloc = c->alloc;
            d->filled = c->filled;
            d->used = c->used;
            dict_bump(d);
            return;
        }
        if (d->index == NULL || d->alloc - d->filled < o->used) {
            dict_resize(d, dict_slots_for(coll_alloc_size(d->used, 1, o->used)));
        }
        for (size_t i = 0; i < o->filled; i++) {
            obj_t k = o->entries[i].key;
            if (k != OBJ_NULL) {
                size_t h = o->index != NULL ? dict_hashes(o)[i] : coll_hash(k);
                dict_set_hashed(d, k, h, o->entries[i].value);
            }
        }
        return;
    }
    obj_t dest[3];
    rt_load_method_maybe(other, QSTR_keys, dest);
    if (dest[0] == OBJ_NULL) {
        dict_update_pairs(d, other);
        return;
    }
    obj_t it = rt_getiter(rt_call_method(0, 0, dest));
    obj_t k;
    while ((k = rt_iternext(it)) != OBJ_NULL) {
        dict_set(d, k, rt_subscr_load(other, k));
    }
}

// Keyword arguments: [n_kw] (key, value) pairs.
static void dict_update_kw(obj_dict_t *d, size_t n_kw, const obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        dict_set(d, kw[2 * i], kw[2 * i + 1]);
    }
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static obj_t dict_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_args > 1) {
        rt_raise_fmt(&type_TypeError, "dict expected at most 1 argument, got %zu", n_args);
    }
    obj_dict_t *d = rt_new_obj(type, sizeof(obj_dict_t));
    dict_bump(d);
    if (n_args == 1) {
        dict_update_from(d, args[0]);
    }
    if (n_kw != 0) {
        dict_update_kw(d, n_kw, args + n_args); // args may be NULL when there are none
    }
    return d;
}

static void dict_print_items(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_dict_t *d = self;
    print_str(p, "{");
    size_t pos = 0;
    bool first = true;
    dict_entry_t *e;
    while ((e = dict_next(d, &pos)) != NULL) {
        obj_t v = e->value;
        if (!first) {
            print_str(p, ", ");
        }
        first = false;
        rt_print_obj(p, e->key, PRINT_REPR);
        print_str(p, ": ");
        rt_print_obj(p, v, PRINT_REPR);
    }
    print_str(p, "}");
}

static void dict_print(const print_t *p, obj_t self, print_kind_t kind) {
    coll_print_guarded(p, self, kind, dict_print_items, "{...}");
}

static obj_t dict_unary_op(unary_op_t op, obj_t self) {
    obj_dict_t *d = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(d->used != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(d->used);
        case UNARY_OP_HASH:
            rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", rt_type_name(self));
        default:
            return OBJ_NULL;
    }
}

static bool dict_equal(obj_dict_t *a, obj_dict_t *b) {
    if (a == b) {
        return true;
    }
    if (a->used != b->used) {
        return false;
    }
    rt_check_stack();
    size_t pos = 0;
    dict_entry_t *e;
    while ((e = dict_next(a, &pos)) != NULL) {
        obj_t v = e->value;
        obj_t bv = dict_get(b, e->key);
        if (bv == OBJ_NULL || !(bv == v || rt_equal(v, bv))) {
            return false;
        }
    }
    return true;
}

static obj_t dict_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
            if (!dict_is_dict(lhs) || !dict_is_dict(rhs)) {
                return OBJ_NULL;
            }
            return obj_bool(dict_equal(lhs, rhs) == (op == BINARY_OP_EQUAL));
        case BINARY_OP_OR: {
            if (!dict_is_dict(lhs) || !dict_is_dict(rhs)) {
                return OBJ_NULL;
            }
            obj_dict_t *r = dict_copy(lhs);
            dict_update_from(r, rhs);
            return r;
        }
        case BINARY_OP_INPLACE_OR:
            if (!dict_is_dict(lhs)) {
                return OBJ_NULL;
            }
            dict_update_from(lhs, rhs);
            return lhs;
        case BINARY_OP_CONTAINS:
            return obj_bool(dict_get(lhs, rhs) != OBJ_NULL);
        default:
            return OBJ_NULL;
    }
}

static obj_t dict_subscr(obj_t self, obj_t index, obj_t value) {
    obj_dict_t *d = self;
    if (value == OBJ_SENTINEL) {
        obj_t v = dict_get(d, index);
        if (v != OBJ_NULL) {
            return v;
        }
        dict_raise_key_error(index); // subclasses' __missing__: py/objtype.c, coll_m_getitem
    }
    if (value == OBJ_NULL) {
        if (dict_delete(d, index) == OBJ_NULL) {
            dict_raise_key_error(index);
        }
        return OBJ_NONE;
    }
    dict_set(d, index, value);
    return OBJ_NONE;
}

static obj_t dict_getiter(obj_t self) {
    return dict_iter_new(self, DICT_ITER_KEYS, false);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t dict_m_get(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_dict, NULL, QSTR_get);
    obj_t v = dict_get(self, args[1]);
    if (v == OBJ_NULL) {
        return n_args > 2 ? args[2] : OBJ_NONE;
    }
    return v;
}
static BUILTIN_FN_VAR(dict_get_obj, QSTR_get, 2, 3, dict_m_get);

static obj_t dict_m_setdefault(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_dict, NULL, QSTR_setdefault);
    obj_t v = dict_get(self, args[1]);
    if (v == OBJ_NULL) {
        v = n_args > 2 ? args[2] : OBJ_NONE;
        dict_set(self, args[1], v);
    }
    return v;
}
static BUILTIN_FN_VAR(dict_setdefault_obj, QSTR_setdefault, 2, 3, dict_m_setdefault);

static obj_t dict_m_pop(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_dict, NULL, QSTR_pop);
    obj_t v = dict_delete(self, args[1]);
    if (v == OBJ_NULL) {
        if (n_args > 2) {
            return args[2];
        }
        dict_raise_key_error(args[1]);
    }
    return v;
}
static BUILTIN_FN_VAR(dict_pop_obj, QSTR_pop, 2, 3, dict_m_pop);

static obj_t dict_m_popitem(obj_t self) {
    self = coll_self(self, &type_dict, NULL, QSTR_popitem);
    obj_dict_t *d = self;
    if (d->fixed) {
        dict_raise_readonly();
    }
    if (d->used == 0) {
        rt_raise_msg(&type_KeyError, "popitem(): dictionary is empty");
    }
    size_t ix = d->filled;
    while (d->entries[ix - 1].key == OBJ_NULL) {
        ix--;
    }
    ix--;
    obj_t k = d->entries[ix].key;
    // Find the entry's slot along its probe sequence.
    size_t h = dict_hashes(d)[ix];
    size_t mask = d->index_mask, i = h & mask, perturb = h;
    while (d->index[i] != (int32_t)ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    obj_t v = dict_remove_entry(d, ix, i);
    // Forget the trailing deleted entries so that repeated popitem() stays
    // O(1); their index slots stay consumed (deleted), so the capacity left
    // before the next resize must shrink by as much.
    d->alloc -= d->filled - ix;
    d->filled = ix;
    return tuple_pair(k, v);
}
static BUILTIN_FN_1(dict_popitem_obj, QSTR_popitem, dict_m_popitem);

static obj_t dict_m_update(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t self = coll_self(args[0], &type_dict, NULL, QSTR_update);
    if (n_args > 2) {
        rt_raise_fmt(&type_TypeError, "update expected at most 1 argument, got %zu", n_args - 1);
    }
    if (n_args == 2) {
        dict_update_from(self, args[1]);
    }
    dict_update_kw(self, n_kw, kw);
    return OBJ_NONE;
}
static BUILTIN_FN_KW(dict_update_obj, QSTR_update, 1, BUILTIN_N_ANY, dict_m_update);

static obj_t dict_view_new(const obj_type_t *type, obj_t d) {
    obj_dict_view_t *v = rt_new_obj(type, sizeof(obj_dict_view_t));
    v->dict = d;
    return v;
}

static obj_t dict_m_keys(obj_t self) {
    self = coll_self(self, &type_dict, NULL, QSTR_keys);
    return dict_view_new(&type_dict_keys, self);
}
static BUILTIN_FN_1(dict_keys_obj, QSTR_keys, dict_m_keys);

static obj_t dict_m_values(obj_t self) {
    self = coll_self(self, &type_dict, NULL, QSTR_values);
    return dict_view_new(&type_dict_values, self);
}
static BUILTIN_FN_1(dict_values_obj, QSTR_values, dict_m_values);

static obj_t dict_m_items(obj_t self) {
    self = coll_self(self, &type_dict, NULL, QSTR_items);
    return dict_view_new(&type_dict_items, self);
}
static BUILTIN_FN_1(dict_items_obj, QSTR_items, dict_m_items);

static obj_t dict_m_clear(obj_t self) {
    self = coll_self(self, &type_dict, NULL, QSTR_clear);
    obj_dict_t *d = self;
    if (d->fixed) {
        dict_raise_readonly();
    }
    d->entries = NULL;
    d->index = NULL;
    d->index_mask = 0;
    d->alloc = 0;
    d->filled = 0;
    d->used = 0;
    dict_bump(d);
    return OBJ_NONE;
}
static BUILTIN_FN_1(dict_clear_obj, QSTR_clear, dict_m_clear);

static obj_t dict_m_copy(obj_t self) {
    self = coll_self(self, &type_dict, NULL, QSTR_copy);
    return dict_copy(self);
}
static BUILTIN_FN_1(dict_copy_obj, QSTR_copy, dict_m_copy);

static obj_t dict_m_fromkeys(size_t n_args, const obj_t *args) {
    obj_t cls = args[0];
    obj_t value = n_args > 2 ? args[2] : OBJ_NONE;
    obj_t d = cls == (obj_t)&type_dict ? (obj_t)dict_new(0) : rt_call0(cls);
    bool plain = OBJ_IS_PTR(d) && ((const obj_base_t *)d)->type == &type_dict;
    obj_t it = rt_getiter(args[1]);
    obj_t k;
    while ((k = rt_iternext(it)) != OBJ_NULL) {
        if (plain) {
            dict_set(d, k, value);
        } else {
            rt_subscr_store(d, k, value);
        }
    }
    return d;
}
static BUILTIN_FN_VAR(dict_fromkeys_fun, QSTR_fromkeys, 2, 3, dict_m_fromkeys);
static const obj_method_wrapper_t dict_fromkeys_obj = {{&type_classmethod},
    (obj_t)&dict_fromkeys_fun};

static const dict_entry_t dict_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_get), (obj_t)&dict_get_obj},
    {OBJ_NEW_QSTR(QSTR_items), (obj_t)&dict_items_obj},
    {OBJ_NEW_QSTR(QSTR_keys), (obj_t)&dict_keys_obj},
    {OBJ_NEW_QSTR(QSTR_values), (obj_t)&dict_values_obj},
    {OBJ_NEW_QSTR(QSTR_setdefault), (obj_t)&dict_setdefault_obj},
    {OBJ_NEW_QSTR(QSTR_pop), (obj_t)&dict_pop_obj},
    {OBJ_NEW_QSTR(QSTR_update), (obj_t)&dict_update_obj},
    {OBJ_NEW_QSTR(QSTR_popitem), (obj_t)&dict_popitem_obj},
    {OBJ_NEW_QSTR(QSTR_copy), (obj_t)&dict_copy_obj},
    {OBJ_NEW_QSTR(QSTR_clear), (obj_t)&dict_clear_obj},
    {OBJ_NEW_QSTR(QSTR_fromkeys), (obj_t)&dict_fromkeys_obj},
    {OBJ_NEW_QSTR(QSTR___getitem__), (obj_t)&coll_getitem_obj},
    {OBJ_NEW_QSTR(QSTR___setitem__), (obj_t)&coll_setitem_obj},
    {OBJ_NEW_QSTR(QSTR___delitem__), (obj_t)&coll_delitem_obj},
    {OBJ_NEW_QSTR(QSTR___len__), (obj_t)&coll_len_obj},
    {OBJ_NEW_QSTR(QSTR___contains__), (obj_t)&coll_contains_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&coll_iter_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&coll_repr_obj},
};
static DICT_ROM(dict_locals_dict, dict_locals_table);

const obj_type_t type_dict = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals_dict = (obj_dict_t *)&dict_locals_dict,
};

// ---------------------------------------------------------------------------
// Views: keys(), values(), items()
// ---------------------------------------------------------------------------

static int view_kind(obj_t v) {
    const obj_type_t *t = ((const obj_base_t *)v)->type;
    return t == &type_dict_keys ? DICT_ITER_KEYS
           : t == &type_dict_values ? DICT_ITER_VALUES
                                    : DICT_ITER_ITEMS;
}

static bool is_set_view(obj_t o) {
    if (!OBJ_IS_PTR(o)) {
        return false;
    }
    const obj_type_t *t = ((const obj_base_t *)o)->type;
    return t == &type_dict_keys || t == &type_dict_items;
}

static void view_print_items(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_dict_view_t *v = self;
    int k = view_kind(self);
    print_fmt(p, "%q([", ((const obj_base_t *)self)->type->name);
    size_t pos = 0;
    bool first = true;
    dict_entry_t *e;
    while ((e = dict_next(v->dict, &pos)) != NULL) {
        obj_t key = e->key, value = e->value;
        if (!first) {
            print_str(p, ", ");
        }
        first = false;
        if (k == DICT_ITER_ITEMS) {
            print_str(p, "(");
            rt_print_obj(p, key, PRINT_REPR);
            print_str(p, ", ");
            rt_print_obj(p, value, PRINT_REPR);
            print_str(p, ")");
        } else {
            rt_print_obj(p, k == DICT_ITER_KEYS ? key : value, PRINT_REPR);
        }
    }
    print_str(p, "])");
}

static void view_print(const print_t *p, obj_t self, print_kind_t kind) {
    coll_print_guarded(p, self, kind, view_print_items, "...");
}

static obj_t view_unary_op(unary_op_t op, obj_t self) {
    obj_dict_view_t *v = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(v->dict->used != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(v->dict->used);
        case UNARY_OP_HASH:
            if (view_kind(self) == DICT_ITER_VALUES) {
                return OBJ_NULL; // values views hash by identity
            }
            rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", rt_type_name(self));
        default:
            return OBJ_NULL;
    }
}

static bool view_contains(obj_t self, obj_t x) {
    obj_dict_view_t *v = self;
    if (view_kind(self) == DICT_ITER_KEYS) {
        return dict_get(v->dict, x) != OBJ_NULL;
    }
    x = coll_native(x);
    if (!coll_is_instance(x, &type_tuple) || ((obj_tuple_t *)x)->len != 2) {
        return false;
    }
    obj_tuple_t *t = x;
    obj_t found = dict_get(v->dict, t->items[0]);
    return found != OBJ_NULL && (found == t->items[1] || rt_equal(found, t->items[1]));
}

// Whether every item of [a] is in [b] (both set-like).
static bool all_contained_in(obj_t a, obj_t b) {
    obj_t it = rt_getiter(a);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (rt_binary_op(BINARY_OP_IN, x, b) != OBJ_TRUE) {
            return false;
        }
    }
    return true;
}

// `self & other` with a keys or items view on one side, as CPython orders it.
static obj_t view_intersect(obj_t self, obj_t other) {
    if (!is_set_view(self)) {
        obj_t t = self;
        self = other;
        other = t;
    }
    size_t len_self = rt_len(self);
    if (OBJ_IS_PTR(other) && ((const obj_base_t *)other)->type == &type_set &&
        len_self <= rt_len(other)) {
        return set_op(BINARY_OP_AND, other, self);
    }
    if (is_set_view(other) && rt_len(other) > len_self) {
        obj_t t = self;
        self = other;
        other = t;
    }
    obj_t result = set_new(false);
    obj_t it = rt_getiter(other);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (view_contains(self, x)) {
            set_add(result, x);
        }
    }
    return result;
}

static obj_t view_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op == BINARY_OP_CONTAINS) {
        if (view_kind(lhs) == DICT_ITER_VALUES) {
            return OBJ_NULL; // by iteration
        }
        return obj_bool(view_contains(lhs, rhs));
    }
    // Either side may be the view (reflected operators come with the same operands).
    obj_t self = lhs;
    if (!OBJ_IS_PTR(lhs) || (((const obj_base_t *)lhs)->type != &type_dict_keys &&
                                ((const obj_base_t *)lhs)->type != &type_dict_items &&
                                ((const obj_base_t *)lhs)->type != &type_dict_values)) {
        self = rhs;
    }
    if (view_kind(self) == DICT_ITER_VALUES) {
        return OBJ_NULL;
    }
    switch (op) {
        case BINARY_OP_AND:
            return view_intersect(lhs, rhs);
        case BINARY_OP_OR:
        case BINARY_OP_SUBTRACT:
        case BINARY_OP_XOR: {
            obj_t result = set_from(&type_set, lhs);
            set_op_update(op, result, rhs);
            return result;
        }
        case BINARY_OP_EQUAL:
        case BINARY_OP_NOT_EQUAL:
        case BINARY_OP_LESS:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE:
        case BINARY_OP_MORE_EQUAL: {
            if (!is_set_view(rhs) && !set_is_any(rhs)) {
                return OBJ_NULL;
            }
            size_t na = rt_len(lhs), nb = rt_len(rhs);
            bool r;
            switch (op) {
                case BINARY_OP_EQUAL:
                case BINARY_OP_NOT_EQUAL:
                    r = na == nb && all_contained_in(lhs, rhs);
                    if (op == BINARY_OP_NOT_EQUAL) {
                        r = !r;
                    }
                    break;
                case BINARY_OP_LESS:
                    r = na < nb && all_contained_in(lhs, rhs);
                    break;
                case BINARY_OP_LESS_EQUAL:
                    r = na <= nb && all_contained_in(lhs, rhs);
                    break;
                case BINARY_OP_MORE:
                    r = na > nb && all_contained_in(rhs, lhs);
                    break;
                default:
                    r = na >= nb && all_contained_in(rhs, lhs);
                    break;
            }
            return obj_bool(r);
        }
        default:
            return OBJ_NULL;
    }
}

static obj_t view_getiter(obj_t self) {
    obj_dict_view_t *v = self;
    return dict_iter_new(v->dict, view_kind(self), false);
}

static obj_t view_m_isdisjoint(obj_t self, obj_t other) {
    self = coll_self(self, &type_dict_keys, &type_dict_items, QSTR_isdisjoint);
    obj_t it = rt_getiter(other);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (view_contains(self, x)) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}
static BUILTIN_FN_2(view_isdisjoint_obj, QSTR_isdisjoint, view_m_isdisjoint);

static const dict_entry_t view_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_isdisjoint), (obj_t)&view_isdisjoint_obj},
};
static DICT_ROM(view_locals_dict, view_locals_table);

const obj_type_t type_dict_keys = {
    .base = {&type_type},
    .name = QSTR_dict_keys,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .getiter = view_getiter,
    .locals_dict = (obj_dict_t *)&view_locals_dict,
};

const obj_type_t type_dict_items = {
    .base = {&type_type},
    .name = QSTR_dict_items,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .getiter = view_getiter,
    .locals_dict = (obj_dict_t *)&view_locals_dict,
};

const obj_type_t type_dict_values = {
    .base = {&type_type},
    .name = QSTR_dict_values,
    .print = view_print,
    .unary_op = view_unary_op,
    .binary_op = view_binary_op,
    .getiter = view_getiter,
};
