// The set and frozenset types: hash tables of (key, hash) entries.
// SPDX-License-Identifier: MIT
//
// The table is probed as CPython probes its sets: from slot hash & mask, look
// at up to LINEAR_PROBES following entries (while they stay inside the
// table), then jump to 5 * i + 1 + perturb with perturb the hash shifted right
// 5 more bits each jump. Tables grow (to 4x the live count) once 3/5 of the
// slots are consumed. Following the same rules, and the same algorithms for
// the set operations, makes sets of ints iterate (and print) in CPython's
// order, which programs and tests observe.
//
// Deleted entries keep key OBJ_SENTINEL and hash -1 until the next resize
// or until an insertion reuses them.
// Small tables (8 entries) live inside the set object.

#include <string.h>

#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/objset.h"
#include "py/runtime.h"
#include "py/vstr.h"

#define LINEAR_PROBES (9)
#define PERTURB_SHIFT (5)
#define DUMMY OBJ_SENTINEL
#define DUMMY_HASH ((size_t)-1)

static inline bool is_live(obj_t k) {
    return k != OBJ_NULL && k != DUMMY;
}

bool set_is_any(obj_t o) {
    if (!OBJ_IS_PTR(o)) {
        return false;
    }
    const obj_type_t *t = ((const obj_base_t *)o)->type;
    return t == &type_set || t == &type_frozenset;
}

static inline bool is_frozen(obj_t o) {
    return coll_is_instance(o, &type_frozenset);
}

static inline bool is_exact_dict(obj_t o) {
    return OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_dict;
}

// The type of results of operations on [so]: set or frozenset, never a subclass.
static inline const obj_type_t *base_type(obj_t so) {
    return is_frozen(so) ? &type_frozenset : &type_set;
}

static obj_set_t *set_alloc(const obj_type_t *type) {
    obj_set_t *so = rt_new_obj(type, sizeof(obj_set_t));
    so->table = so->small;
    so->mask = SET_SMALL_SIZE - 1;
    return so;
}

obj_t set_new(bool frozen) {
    return set_alloc(frozen ? &type_frozenset : &type_set);
}

static void set_clear(obj_set_t *so) {
    memset(so->small, 0, sizeof(so->small));
    so->table = so->small;
    so->mask = SET_SMALL_SIZE - 1;
    so->fill = 0;
    so->used = 0;
    so->finger = 0;
}

// The hash of a key looked up (not stored): a set stands for the equal frozenset.
static size_t lookup_hash(obj_t *key) {
    if (coll_is_instance(coll_native(*key), &type_set)) {
        *key = set_from(&type_frozenset, *key);
    }
    return coll_hash(*key);
}

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

// Whether the live key [k] (of the same hash) equals [key]; may run __eq__.
static inline bool keys_match(obj_t k, obj_t key) {
    if (!OBJ_IS_PTR(k) && !OBJ_IS_PTR(key)) {
        return false;
    }
    if (obj_is_str(k) && obj_is_str(key)) {
        return str_equal(k, key);
    }
    return rt_equal(k, key);
}

// The entry holding [key], or NULL. A __eq__ that changes the set makes the
// search start again.
// The probe perturbation starts from the hash sign-extended to 64 bits, so
// that 32-bit builds probe (and so iterate) in the order of 64-bit CPython
// for the keys whose hashes agree (small ints, negative ones included).
static inline uint64_t set_perturb(size_t hash) {
    return (uint64_t)(int64_t)(intptr_t)hash;
}

static set_entry_t *set_lookkey(obj_set_t *so, obj_t key, size_t hash) {
restart:;
    set_entry_t *table = so->table;
    size_t mask = so->mask, i = hash & mask;
    uint64_t perturb = set_perturb(hash);
    for (;;) {
        set_entry_t *entry = &table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
            obj_t k = entry->key;
            if (k == OBJ_NULL) {
                return NULL;
            }
            if (entry->hash == hash && k != DUMMY) {
                if (k == key) {
                    return entry;
                }
                if (OBJ_IS_PTR(k) || OBJ_IS_PTR(key)) {
                    bool eq = keys_match(k, key);
                    if (table != so->table || entry->key != k) {
                        goto restart;
                    }
                    if (eq) {
                        return entry;
                    }
                }
            }
            if (probes-- == 0) {
                break;
            }
            entry++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (size_t)((i * 5 + 1 + perturb) & mask);
    }
}

// Puts a key known to be absent into a table without deleted entries.
static void set_insert_clean(set_entry_t *table, size_t mask, obj_t key, size_t hash) {
    size_t i = hash & mask;
    uint64_t perturb = set_perturb(hash);
    set_entry_t *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == OBJ_NULL) {
            break;
        }
        if (i + LINEAR_PROBES <= mask) {
            size_t j;
            for (j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == OBJ_NULL) {
                    break;
                }
            }
            if (j < LINEAR_PROBES) {
                break;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (size_t)((i * 5 + 1 + perturb) & mask);
    }
    entry->key = key;
    entry->hash = hash;
}

// Rebuilds the table with the smallest power-of-two size above [minused].
static void set_resize(obj_set_t *so, size_t minused) {
    size_t newsize = SET_SMALL_SIZE;
    while (newsize <= minused) {
        if (newsize > SIZE_MAX / 4 / sizeof(set_entry_t)) {
            rt_raise_memory_error();
        }
        newsize <<= 1;
    }
    set_entry_t *oldtable = so->table;
    size_t oldmask = so->mask;
    set_entry_t small_copy[SET_SMALL_SIZE];
    if (oldtable == so->small) {
        memcpy(small_copy, so->small, sizeof(small_copy));
        oldtable = small_copy;
    }
    set_entry_t *newtable;
    if (newsize == SET_SMALL_SIZE) {
        newtable = so->small;
        memset(newtable, 0, sizeof(so->small));
    } else {
        newtable = rt_alloc(newsize * sizeof(set_entry_t));
    }
    so->table = newtable;
    so->mask = newsize - 1;
    for (size_t i = 0; i <= oldmask; i++) {
        if (is_live(oldtable[i].key)) {
            set_insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
        }
    }
    so->fill = so->used;
}

// Adds [key] with [hash] unless an equal key is there. A deleted entry on
// the probe sequence is reused, the last one met before a free entry, which
// is what CPython observably does (so iteration orders agree).
static void set_add_entry(obj_set_t *so, obj_t key, size_t hash) {
restart:;
    set_entry_t *table = so->table;
    size_t mask = so->mask, i = hash & mask;
    uint64_t perturb = set_perturb(hash);
    set_entry_t *entry, *freeslot = NULL;
    for (;;) {
        entry = &table[i];
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (;;) {
            obj_t k = entry->key;
            if (k == OBJ_NULL) {
                goto found_unused;
            }
            if (k == DUMMY) {
                freeslot = entry;
            } else if (entry->hash == hash) {
                if (k == key) {
                    return;
                }
                if (OBJ_IS_PTR(k) || OBJ_IS_PTR(key)) {
                    bool eq = keys_match(k, key);
                    if (table != so->table || entry->key != k) {
                        goto restart;
                    }
                    if (eq) {
                        return;
                    }
                }
            }
            if (probes-- == 0) {
                break;
            }
            entry++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (size_t)((i * 5 + 1 + perturb) & mask);
    }
found_unused:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 >= mask * 3) {
        set_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    }
}

void set_add(obj_t set, obj_t item) {
    set_add_entry(set, item, coll_hash(item));
}

// Removes [key]; false if it was absent.
static bool set_discard_entry(obj_set_t *so, obj_t key, size_t hash) {
    set_entry_t *e = set_lookkey(so, key, hash);
    if (e == NULL) {
        return false;
    }
    e->key = DUMMY;
    e->hash = DUMMY_HASH;
    so->used--;
    return true;
}

bool set_contains(obj_t set, obj_t key) {
    size_t h = lookup_hash(&key);
    return set_lookkey(set, key, h) != NULL;
}

// Adds every item of the set [other].
static void set_merge(obj_set_t *so, obj_set_t *other) {
    if (other == so || other->used == 0) {
        return;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        set_resize(so, (so->used + other->used) * 2);
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        // Same size, no deleted entries: the same layout.
        for (size_t i = 0; i <= other->mask; i++) {
            if (other->table[i].key != OBJ_NULL) {
                so->table[i] = other->table[i];
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            set_entry_t e = other->table[i];
            if (is_live(e.key)) {
                set_insert_clean(so->table, so->mask, e.key, e.hash);
            }
        }
        return;
    }
    // Comparisons may run code changing [other]: re-read it at each step.
    for (size_t i = 0; i <= other->mask; i++) {
        set_entry_t e = other->table[i];
        if (is_live(e.key)) {
            set_add_entry(so, e.key, e.hash);
        }
    }
}

void set_update(obj_t set, obj_t iterable) {
    iterable = coll_native(iterable);
    obj_set_t *so = set;
    if (set_is_any(iterable)) {
        set_merge(so, iterable);
        return;
    }
    if (is_exact_dict(iterable)) {
        obj_dict_t *d = iterable;
        if ((so->fill + d->used) * 5 >= so->mask * 3) {
            set_resize(so, (so->used + d->used) * 2);
        }
        size_t pos = 0;
        dict_entry_t *e;
        while ((e = dict_next(d, &pos)) != NULL) {
            obj_t k = e->key;
            set_add_entry(so, k, coll_hash(k));
        }
        return;
    }
    obj_t it = rt_getiter(iterable);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        set_add_entry(so, x, coll_hash(x));
    }
}

obj_t set_fold_const(size_t n, const obj_t *items) {
    obj_set_t *folded = set_alloc(&type_frozenset);
    for (size_t i = 0; i < n; i++) {
        set_add(folded, items[i]);
    }
    // Rebuilt from its own iteration order, as CPython's constant merging does.
    obj_set_t *merged = set_alloc(&type_frozenset);
    for (size_t i = 0; i <= folded->mask; i++) {
        set_entry_t e = folded->table[i];
        if (is_live(e.key)) {
            set_add_entry(merged, e.key, e.hash);
        }
    }
    return merged;
}

obj_t set_from(const obj_type_t *type, obj_t iterable) {
    obj_set_t *so = set_alloc(type);
    if (iterable != OBJ_NULL) {
        set_update(so, iterable);
    }
    return so;
}

// ---------------------------------------------------------------------------
// Set algebra
// ---------------------------------------------------------------------------

// Gives [so] the contents of the temporary set [src].
static void set_take_body(obj_set_t *so, obj_set_t *src) {
    so->fill = src->fill;
    so->used = src->used;
    so->mask = src->mask;
    if (src->table == src->small) {
        memcpy(so->small, src->small, sizeof(so->small));
        so->table = so->small;
    } else {
        so->table = src->table;
    }
}

static obj_t set_copy_as(const obj_type_t *type, obj_set_t *so) {
    obj_set_t *r = set_alloc(type);
    set_merge(r, so);
    return r;
}

static obj_t set_intersection(obj_set_t *so, obj_t other) {
    other = coll_native(other);
    if ((obj_t)so == other) {
        return set_copy_as(base_type(so), so);
    }
    obj_set_t *result = set_alloc(base_type(so));
    if (set_is_any(other)) {
        obj_set_t *o = other;
        if (o->used > so->used) {
            obj_set_t *t = so;
            so = o;
            o = t;
        }
        for (size_t i = 0; i <= o->mask; i++) {
            set_entry_t e = o->table[i];
            if (is_live(e.key) && set_lookkey(so, e.key, e.hash) != NULL) {
                set_add_entry(result, e.key, e.hash);
            }
        }
        return result;
    }
    obj_t it = rt_getiter(other);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        size_t h = coll_hash(x);
        if (set_lookkey(so, x, h) != NULL) {
            set_add_entry(result, x, h);
        }
    }
    return result;
}

static void set_difference_update(obj_set_t *so, obj_t other) {
    other = coll_native(other);
    if ((obj_t)so == other) {
        set_clear(so);
        return;
    }
    if (set_is_any(other)) {
        obj_set_t *o = other;
        if ((o->used >> 3) > so->used) {
            o = set_intersection(so, o);
        }
        for (size_t i = 0; i <= o->mask; i++) {
            set_entry_t e = o->table[i];
            if (is_live(e.key)) {
                set_discard_entry(so, e.key, e.hash);
            }
        }
    } else {
        obj_t it = rt_getiter(other);
        obj_t x;
        while ((x = rt_iternext(it)) != OBJ_NULL) {
            set_discard_entry(so, x, coll_hash(x));
        }
    }
    // Resize away deleted entries once they are more than a quarter.
    if (so->fill - so->used > so->mask / 4) {
        set_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    }
}

static obj_t set_difference(obj_set_t *so, obj_t other) {
    other = coll_native(other);
    size_t other_size;
    if (set_is_any(other)) {
        other_size = ((obj_set_t *)other)->used;
    } else if (is_exact_dict(other)) {
        other_size = ((obj_dict_t *)other)->used;
    } else {
        other_size = 0;
        goto copy_and_remove;
    }
    if ((so->used >> 2) > other_size) {
        goto copy_and_remove;
    }
    obj_set_t *result = set_alloc(base_type(so));
    for (size_t i = 0; i <= so->mask; i++) {
        set_entry_t e = so->table[i];
        if (!is_live(e.key)) {
            continue;
        }
        bool in_other = set_is_any(other) ? set_lookkey(other, e.key, e.hash) != NULL
                                          : dict_get(other, e.key) != OBJ_NULL;
        if (!in_other) {
            set_add_entry(result, e.key, e.hash);
        }
    }
    return result;
copy_and_remove:;
    obj_set_t *r = set_copy_as(base_type(so), so);
    set_difference_update(r, other);
    return r;
}

static void set_symmetric_difference_update(obj_set_t *so, obj_t other) {
    other = coll_native(other);
    if ((obj_t)so == other) {
        set_clear(so);
        return;
    }
    obj_set_t *o;
    if (set_is_any(other)) {
        o = other;
    } else if (is_exact_dict(other)) {
        size_t pos = 0;
        dict_entry_t *e;
        while ((e = dict_next(other, &pos)) != NULL) {
            obj_t k = e->key;
            size_t h = coll_hash(k);
            if (!set_discard_entry(so, k, h)) {
                set_add_entry(so, k, h);
            }
        }
        return;
    } else {
        o = set_from(&type_set, other);
    }
    for (size_t i = 0; i <= o->mask; i++) {
        set_entry_t e = o->table[i];
        if (is_live(e.key) && !set_discard_entry(so, e.key, e.hash)) {
            set_add_entry(so, e.key, e.hash);
        }
    }
}

obj_t set_op(binary_op_t op, obj_t self, obj_t other) {
    other = coll_native(other);
    obj_set_t *so = self;
    switch (op) {
        case BINARY_OP_OR: {
            obj_set_t *r = set_copy_as(base_type(so), so);
            if (other != self) {
                set_update(r, other);
            }
            return r;
        }
        case BINARY_OP_AND:
            return set_intersection(so, other);
        case BINARY_OP_SUBTRACT:
            return set_difference(so, other);
        default: {
            obj_set_t *r = set_from(base_type(so), other);
            set_symmetric_difference_update(r, so);
            return r;
        }
    }
}

void set_op_update(binary_op_t op, obj_t self, obj_t other) {
    other = coll_native(other);
    obj_set_t *so = self;
    switch (op) {
        case BINARY_OP_OR:
            set_update(so, other);
            break;
        case BINARY_OP_AND:
            set_take_body(so, set_intersection(so, other));
            break;
        case BINARY_OP_SUBTRACT:
            set_difference_update(so, other);
            break;
        default:
            set_symmetric_difference_update(so, other);
            break;
    }
}

static bool set_issubset(obj_set_t *so, obj_t other) {
    other = coll_native(other);
    if (!set_is_any(other)) {
        other = set_from(&type_set, other);
    }
    obj_set_t *o = other;
    if (so->used > o->used) {
        return false;
    }
    for (size_t i = 0; i <= so->mask; i++) {
        set_entry_t e = so->table[i];
        if (is_live(e.key) && set_lookkey(o, e.key, e.hash) == NULL) {
            return false;
        }
    }
    return true;
}

static bool set_issuperset(obj_set_t *so, obj_t other) {
    other = coll_native(other);
    if (set_is_any(other)) {
        return set_issubset(other, so);
    }
    obj_t it = rt_getiter(other);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (!set_contains(so, x)) {
            return false;
        }
    }
    return true;
}

static bool set_isdisjoint(obj_set_t *so, obj_t other) {
    other = coll_native(other);
    if ((obj_t)so == other) {
        return so->used == 0;
    }
    if (set_is_any(other)) {
        obj_set_t *o = other;
        if (o->used > so->used) {
            obj_set_t *t = so;
            so = o;
            o = t;
        }
        for (size_t i = 0; i <= o->mask; i++) {
            set_entry_t e = o->table[i];
            if (is_live(e.key) && set_lookkey(so, e.key, e.hash) != NULL) {
                return false;
            }
        }
        return true;
    }
    obj_t it = rt_getiter(other);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (set_lookkey(so, x, coll_hash(x)) != NULL) {
            return false;
        }
    }
    return true;
}

bool set_compare(binary_op_t op, obj_t a, obj_t b) {
    obj_set_t *sa = a, *sb = b;
    switch (op) {
        case BINARY_OP_EQUAL:
            return sa->used == sb->used && set_issubset(sa, b);
        case BINARY_OP_NOT_EQUAL:
            return !(sa->used == sb->used && set_issubset(sa, b));
        case BINARY_OP_LESS_EQUAL:
            return set_issubset(sa, b);
        case BINARY_OP_MORE_EQUAL:
            return set_issubset(sb, a);
        case BINARY_OP_LESS:
            return sa->used < sb->used && set_issubset(sa, b);
        default:
            return sa->used > sb->used && set_issubset(sb, a);
    }
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

static obj_t set_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    bool frozen = type == &type_frozenset;
    if (n_kw != 0) {
        rt_raise_fmt(&type_TypeError, "%s() takes no keyword arguments",
            frozen ? "frozenset" : "set");
    }
    if (n_args > 1) {
        rt_raise_fmt(&type_TypeError, "%s expected at most 1 argument, got %zu",
            frozen ? "frozenset" : "set", n_args);
    }
    if (type == &type_frozenset && n_args == 1 && OBJ_IS_PTR(args[0]) &&
        ((const obj_base_t *)args[0])->type == &type_frozenset) {
        return args[0];
    }
    return set_from(type, n_args == 1 ? args[0] : OBJ_NULL);
}

static void set_print_items(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_set_t *so = self;
    const obj_type_t *t = so->base.type;
    bool plain = t == &type_set;
    if (so->used == 0) {
        print_fmt(p, "%q()", t->name);
        return;
    }
    if (!plain) {
        print_fmt(p, "%q(", t->name);
    }
    print_str(p, "{");
    bool first = true;
    for (size_t i = 0; i <= so->mask; i++) {
        obj_t k = so->table[i].key;
        if (!is_live(k)) {
            continue;
        }
        if (!first) {
            print_str(p, ", ");
        }
        first = false;
        rt_print_obj(p, k, PRINT_REPR);
    }
    print_str(p, plain ? "}" : "})");
}

static void set_print(const print_t *p, obj_t self, print_kind_t kind) {
    coll_print_guarded(p, self, kind, set_print_items, NULL);
}

// Spreads the bits of an entry hash before the entries are combined.
static size_t mix_hash(size_t x) {
    x = (x ^ (x >> 16)) * (size_t)0x45d9f3bU;
    x = (x ^ (x >> 16)) * (size_t)0x45d9f3bU;
    return x ^ (x >> 16);
}

static obj_t set_unary_op(unary_op_t op, obj_t self) {
    obj_set_t *so = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(so->used != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(so->used);
        case UNARY_OP_HASH: {
            if (!is_frozen(self)) {
                rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", rt_type_name(self));
            }
            if (!so->hashed) {
                // Order-independent: a sum of mixed entry hashes, then the size.
                size_t h = 0;
                for (size_t i = 0; i <= so->mask; i++) {
                    if (is_live(so->table[i].key)) {
                        h += mix_hash(so->table[i].hash);
                    }
                }
                h = mix_hash(h ^ (so->used * (size_t)0x9e3779b9U));
                so->hash = h % (size_t)COLL_HASH_MODULUS;
                so->hashed = true;
            }
            return OBJ_NEW_SMALL_INT(so->hash);
        }
        default:
            return OBJ_NULL;
    }
}

static obj_t set_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_CONTAINS:
            return obj_bool(set_contains(lhs, rhs));
        case BINARY_OP_OR:
        case BINARY_OP_AND:
        case BINARY_OP_SUBTRACT:
        case BINARY_OP_XOR:
            if (!set_is_any(lhs) || !set_is_any(rhs)) {
                return OBJ_NULL;
            }
            return set_op(op, lhs, rhs);
        case BINARY_OP_INPLACE_OR:
        case BINARY_OP_INPLACE_AND:
        case BINARY_OP_INPLACE_SUBTRACT:
        case BINARY_OP_INPLACE_XOR:
            if (!set_is_any(lhs) || !set_is_any(rhs) || is_frozen(lhs)) {
                return OBJ_NULL;
            }
            set_op_update(op + BINARY_OP_INPLACE_DELTA, lhs, rhs);
            return lhs;
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_EQUAL:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_NOT_EQUAL:
            if (!set_is_any(lhs) || !set_is_any(rhs)) {
                return OBJ_NULL;
            }
            return obj_bool(set_compare(op, lhs, rhs));
        default:
            return OBJ_NULL;
    }
}

// The iterator: RuntimeError if the set changes size meanwhile.
typedef struct obj_set_iter {
    obj_base_t base;
    obj_set_t *set; // NULL when exhausted
    size_t pos;
    size_t used;
} obj_set_iter_t;

static obj_t set_iter_next(obj_t self) {
    obj_set_iter_t *it = self;
    obj_set_t *so = it->set;
    if (so == NULL) {
        return OBJ_NULL;
    }
    if (it->used != so->used) {
        it->used = SIZE_MAX; // stays an error
        rt_raise_msg(&type_RuntimeError, "Set changed size during iteration");
    }
    size_t i = it->pos;
    while (i <= so->mask && !is_live(so->table[i].key)) {
        i++;
    }
    if (i > so->mask) {
        it->set = NULL;
        return OBJ_NULL;
    }
    it->pos = i + 1;
    return so->table[i].key;
}

static const obj_type_t type_set_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_set_iterator,
    .getiter = iter_self,
    .iternext = set_iter_next,
    .locals_dict = (obj_dict_t *)&iter_locals_dict,
};

static obj_t set_getiter(obj_t self) {
    obj_set_iter_t *it = rt_new_obj(&type_set_iterator, sizeof(obj_set_iter_t));
    it->set = self;
    it->used = ((obj_set_t *)self)->used;
    return it;
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t set_m_add(obj_t self, obj_t x) {
    self = coll_self(self, &type_set, NULL, QSTR_add);
    set_add(self, x);
    return OBJ_NONE;
}
static BUILTIN_FN_2(set_add_obj, QSTR_add, set_m_add);

static obj_t set_m_clear(obj_t self) {
    self = coll_self(self, &type_set, NULL, QSTR_clear);
    set_clear(self);
    return OBJ_NONE;
}
static BUILTIN_FN_1(set_clear_obj, QSTR_clear, set_m_clear);

static obj_t set_m_copy(obj_t self) {
    self = coll_self(self, &type_set, &type_frozenset, QSTR_copy);
    if (OBJ_IS_PTR(self) && ((const obj_base_t *)self)->type == &type_frozenset) {
        return self;
    }
    return set_copy_as(base_type(self), self);
}
static BUILTIN_FN_1(set_copy_obj, QSTR_copy, set_m_copy);

static obj_t set_m_discard(obj_t self, obj_t x) {
    self = coll_self(self, &type_set, NULL, QSTR_discard);
    size_t h = lookup_hash(&x);
    set_discard_entry(self, x, h);
    return OBJ_NONE;
}
static BUILTIN_FN_2(set_discard_obj, QSTR_discard, set_m_discard);

static obj_t set_m_remove(obj_t self, obj_t x) {
    self = coll_self(self, &type_set, NULL, QSTR_remove);
    obj_t key = x;
    size_t h = lookup_hash(&key);
    if (!set_discard_entry(self, key, h)) {
        rt_raise(exc_new(&type_KeyError, 1, &x));
    }
    return OBJ_NONE;
}
static BUILTIN_FN_2(set_remove_obj, QSTR_remove, set_m_remove);

static obj_t set_m_pop(obj_t self) {
    self = coll_self(self, &type_set, NULL, QSTR_pop);
    obj_set_t *so = self;
    if (so->used == 0) {
        rt_raise_msg(&type_KeyError, "pop from an empty set");
    }
    set_entry_t *entry = so->table + (so->finger & so->mask);
    set_entry_t *limit = so->table + so->mask;
    while (!is_live(entry->key)) {
        entry++;
        if (entry > limit) {
            entry = so->table;
        }
    }
    obj_t key = entry->key;
    entry->key = DUMMY;
    entry->hash = DUMMY_HASH;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}
static BUILTIN_FN_1(set_pop_obj, QSTR_pop, set_m_pop);

static obj_t set_m_union(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_set, &type_frozenset, QSTR_union);
    obj_set_t *r = set_copy_as(base_type(self), self);
    for (size_t i = 1; i < n_args; i++) {
        if (args[i] != self) {
            set_update(r, args[i]);
        }
    }
    return r;
}
static BUILTIN_FN_VAR(set_union_obj, QSTR_union, 1, BUILTIN_N_ANY, set_m_union);

static obj_t set_m_intersection(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_set, &type_frozenset, QSTR_intersection);
    if (n_args == 1) {
        return set_copy_as(base_type(self), self);
    }
    obj_t r = self;
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersection(r, args[i]);
    }
    return r;
}
static BUILTIN_FN_VAR(set_intersection_obj, QSTR_intersection, 1, BUILTIN_N_ANY,
    set_m_intersection);

static obj_t set_m_difference(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_set, &type_frozenset, QSTR_difference);
    if (n_args == 1) {
        return set_copy_as(base_type(self), self);
    }
    obj_t r = set_difference(self, args[1]);
    for (size_t i = 2; i < n_args; i++) {
        set_difference_update(r, args[i]);
    }
    return r;
}
static BUILTIN_FN_VAR(set_difference_obj, QSTR_difference, 1, BUILTIN_N_ANY, set_m_difference);

static obj_t set_m_symmetric_difference(obj_t self, obj_t other) {
    self = coll_self(self, &type_set, &type_frozenset, QSTR_symmetric_difference);
    return set_op(BINARY_OP_XOR, self, other);
}
static BUILTIN_FN_2(set_symmetric_difference_obj, QSTR_symmetric_difference,
    set_m_symmetric_difference);

static obj_t set_m_update(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_set, NULL, QSTR_update);
    for (size_t i = 1; i < n_args; i++) {
        set_update(self, args[i]);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(set_update_obj, QSTR_update, 1, BUILTIN_N_ANY, set_m_update);

static obj_t set_m_intersection_update(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_set, NULL, QSTR_intersection_update);
    if (n_args > 1) {
        set_take_body(self, set_m_intersection(n_args, args));
    }
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(set_intersection_update_obj, QSTR_intersection_update, 1, BUILTIN_N_ANY,
    set_m_intersection_update);

static obj_t set_m_difference_update(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_set, NULL, QSTR_difference_update);
    for (size_t i = 1; i < n_args; i++) {
        set_difference_update(self, args[i]);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(set_difference_update_obj, QSTR_difference_update, 1, BUILTIN_N_ANY,
    set_m_difference_update);

static obj_t set_m_symmetric_difference_update(obj_t self, obj_t other) {
    self = coll_self(self, &type_set, NULL, QSTR_symmetric_difference_update);
    set_symmetric_difference_update(self, other);
    return OBJ_NONE;
}
static BUILTIN_FN_2(set_symmetric_difference_update_obj, QSTR_symmetric_difference_update,
    set_m_symmetric_difference_update);

static obj_t set_m_issubset(obj_t self, obj_t other) {
    self = coll_self(self, &type_set, &type_frozenset, QSTR_issubset);
    return obj_bool(set_issubset(self, other));
}
static BUILTIN_FN_2(set_issubset_obj, QSTR_issubset, set_m_issubset);

static obj_t set_m_issuperset(obj_t self, obj_t other) {
    self = coll_self(self, &type_set, &type_frozenset, QSTR_issuperset);
    return obj_bool(set_issuperset(self, other));
}
static BUILTIN_FN_2(set_issuperset_obj, QSTR_issuperset, set_m_issuperset);

static obj_t set_m_isdisjoint(obj_t self, obj_t other) {
    self = coll_self(self, &type_set, &type_frozenset, QSTR_isdisjoint);
    return obj_bool(set_isdisjoint(self, other));
}
static BUILTIN_FN_2(set_isdisjoint_obj, QSTR_isdisjoint, set_m_isdisjoint);

static const dict_entry_t set_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_add), (obj_t)&set_add_obj},
    {OBJ_NEW_QSTR(QSTR_discard), (obj_t)&set_discard_obj},
    {OBJ_NEW_QSTR(QSTR_remove), (obj_t)&set_remove_obj},
    {OBJ_NEW_QSTR(QSTR_pop), (obj_t)&set_pop_obj},
    {OBJ_NEW_QSTR(QSTR_update), (obj_t)&set_update_obj},
    {OBJ_NEW_QSTR(QSTR_union), (obj_t)&set_union_obj},
    {OBJ_NEW_QSTR(QSTR_intersection), (obj_t)&set_intersection_obj},
    {OBJ_NEW_QSTR(QSTR_difference), (obj_t)&set_difference_obj},
    {OBJ_NEW_QSTR(QSTR_symmetric_difference), (obj_t)&set_symmetric_difference_obj},
    {OBJ_NEW_QSTR(QSTR_intersection_update), (obj_t)&set_intersection_update_obj},
    {OBJ_NEW_QSTR(QSTR_difference_update), (obj_t)&set_difference_update_obj},
    {OBJ_NEW_QSTR(QSTR_symmetric_difference_update),
        (obj_t)&set_symmetric_difference_update_obj},
    {OBJ_NEW_QSTR(QSTR_issubset), (obj_t)&set_issubset_obj},
    {OBJ_NEW_QSTR(QSTR_issuperset), (obj_t)&set_issuperset_obj},
    {OBJ_NEW_QSTR(QSTR_isdisjoint), (obj_t)&set_isdisjoint_obj},
    {OBJ_NEW_QSTR(QSTR_copy), (obj_t)&set_copy_obj},
    {OBJ_NEW_QSTR(QSTR_clear), (obj_t)&set_clear_obj},
    {OBJ_NEW_QSTR(QSTR___len__), (obj_t)&coll_len_obj},
    {OBJ_NEW_QSTR(QSTR___contains__), (obj_t)&coll_contains_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&coll_iter_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&coll_repr_obj},
};
static DICT_ROM(set_locals_dict, set_locals_table);

static const dict_entry_t frozenset_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_union), (obj_t)&set_union_obj},
    {OBJ_NEW_QSTR(QSTR_intersection), (obj_t)&set_intersection_obj},
    {OBJ_NEW_QSTR(QSTR_difference), (obj_t)&set_difference_obj},
    {OBJ_NEW_QSTR(QSTR_symmetric_difference), (obj_t)&set_symmetric_difference_obj},
    {OBJ_NEW_QSTR(QSTR_issubset), (obj_t)&set_issubset_obj},
    {OBJ_NEW_QSTR(QSTR_issuperset), (obj_t)&set_issuperset_obj},
    {OBJ_NEW_QSTR(QSTR_isdisjoint), (obj_t)&set_isdisjoint_obj},
    {OBJ_NEW_QSTR(QSTR_copy), (obj_t)&set_copy_obj},
    {OBJ_NEW_QSTR(QSTR___len__), (obj_t)&coll_len_obj},
    {OBJ_NEW_QSTR(QSTR___contains__), (obj_t)&coll_contains_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&coll_iter_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&coll_repr_obj},
};
static DICT_ROM(frozenset_locals_dict, frozenset_locals_table);

const obj_type_t type_set = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_set,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (obj_dict_t *)&set_locals_dict,
};

const obj_type_t type_frozenset = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_frozenset,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals_dict = (obj_dict_t *)&frozenset_locals_dict,
};
