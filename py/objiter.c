// Iterators: over lists, tuples, ranges and dicts, the old __getitem__
// protocol, and the builtins enumerate, zip, map, filter and reversed.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/runtime.h"
#include "py/vstr.h"

obj_t iter_self(obj_t self) {
    return self;
}

// __next__ and __iter__, for code that calls them explicitly.
static obj_t iter_m_next(obj_t self) {
    return rt_iternext_raise(self);
}
static BUILTIN_FN_1(iter_next_obj, QSTR___next__, iter_m_next);

static BUILTIN_FN_1(iter_iter_obj, QSTR___iter__, iter_self);

static const dict_entry_t iter_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR___next__), (obj_t)&iter_next_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&iter_iter_obj},
};
DICT_ROM(iter_locals_dict, iter_locals_table);

// Defines an iterator type named [qname] stepping with [next].
#define ITER_TYPE(obj, qname, next)                                                  \
    const obj_type_t obj = {                                                         \
        .base = {&type_type},                                                        \
        .flags = TYPE_FLAG_ITER_IS_SELF,                                             \
        .name = qname,                                                               \
        .getiter = iter_self,                                                        \
        .iternext = next,                                                            \
        .locals_dict = (obj_dict_t *)&iter_locals_dict,                              \
    }

// ---------------------------------------------------------------------------
// Lists and tuples
// ---------------------------------------------------------------------------

// An exhausted iterator stays exhausted even if the list grows afterwards.
#define SEQ_ITER_DONE (SIZE_MAX)

static obj_t list_iter_next(obj_t self) {
    obj_seq_iter_t *it = self;
    obj_list_t *l = it->seq;
    if (it->index < l->len) {
        return l->items[it->index++];
    }
    it->index = SEQ_ITER_DONE;
    return OBJ_NULL;
}
ITER_TYPE(type_list_iterator, QSTR_list_iterator, list_iter_next);

static obj_t tuple_iter_next(obj_t self) {
    obj_seq_iter_t *it = self;
    obj_tuple_t *t = it->seq;
    if (it->index < t->len) {
        return t->items[it->index++];
    }
    return OBJ_NULL;
}
ITER_TYPE(type_tuple_iterator, QSTR_tuple_iterator, tuple_iter_next);

static obj_t seq_iter_new(const obj_type_t *type, obj_t seq, size_t index) {
    obj_seq_iter_t *it = rt_new_obj(type, sizeof(obj_seq_iter_t));
    it->seq = seq;
    it->index = index;
    return it;
}

obj_t list_iter_new(obj_t list) {
    return seq_iter_new(&type_list_iterator, list, 0);
}

obj_t tuple_iter_new(obj_t tuple) {
    return seq_iter_new(&type_tuple_iterator, tuple, 0);
}

// Backwards: `index` is the count of items still to give (the next is index - 1).
static obj_t list_reverse_iter_next(obj_t self) {
    obj_seq_iter_t *it = self;
    obj_list_t *l = it->seq;
    if (it->index != 0 && it->index <= l->len) {
        return l->items[--it->index];
    }
    it->index = 0;
    return OBJ_NULL;
}
ITER_TYPE(type_list_reverseiterator, QSTR_list_reverseiterator, list_reverse_iter_next);

obj_t list_reverse_iter_new(obj_t list) {
    return seq_iter_new(&type_list_reverseiterator, list, ((obj_list_t *)list)->len);
}

// ---------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------

static obj_t range_iter_next(obj_t self) {
    obj_range_iter_t *it = self;
    if (it->left == 0) {
        return OBJ_NULL;
    }
    intptr_t v = it->cur;
    it->left--;
    // Past the last value this may leave the small-int range, never the word.
    it->cur = (intptr_t)((uintptr_t)v + (uintptr_t)it->step);
    return OBJ_NEW_SMALL_INT(v);
}
ITER_TYPE(type_range_iterator, QSTR_range_iterator, range_iter_next);

obj_t range_iter_new(intptr_t start, intptr_t step, size_t len) {
    obj_range_iter_t *it = rt_new_obj(&type_range_iterator, sizeof(obj_range_iter_t));
    it->cur = start;
    it->step = step;
    it->left = len;
    return it;
}

typedef struct obj_longrange_iter {
    obj_base_t base;
    obj_t cur, step, left;
} obj_longrange_iter_t;

static obj_t longrange_iter_next(obj_t self) {
    obj_longrange_iter_t *it = self;
    if (int_sign(it->left) <= 0) {
        return OBJ_NULL;
    }
    obj_t v = it->cur;
    it->left = rt_binary_op(BINARY_OP_SUBTRACT, it->left, OBJ_NEW_SMALL_INT(1));
    it->cur = rt_binary_op(BINARY_OP_ADD, v, it->step);
    return v;
}
ITER_TYPE(type_longrange_iterator, QSTR_longrange_iterator, longrange_iter_next);

obj_t longrange_iter_new(obj_t start, obj_t step, obj_t len) {
    obj_longrange_iter_t *it = rt_new_obj(&type_longrange_iterator, sizeof(obj_longrange_iter_t));
    it->cur = start;
    it->step = step;
    it->left = len;
    return it;
}

// ---------------------------------------------------------------------------
// Dicts
// ---------------------------------------------------------------------------

typedef struct obj_dict_iter {
    obj_base_t base;
    obj_dict_t *dict; // NULL once exhausted
    size_t pos;       // next entry to look at (backwards: one past it)
    size_t used;      // the dict's size when iteration began
    size_t left;      // items still expected
} obj_dict_iter_t;

// Checks the dict did not change under the iterator; raises as CPython does.
static inline void dict_iter_check(obj_dict_iter_t *it, obj_dict_t *d) {
    if (it->used != d->used) {
        it->used = SIZE_MAX; // stays an error
        rt_raise_msg(&type_RuntimeError, "dictionary changed size during iteration");
    }
}

// The next live entry forwards, or NULL at the end.
static dict_entry_t *dict_iter_step(obj_dict_iter_t *it) {
    obj_dict_t *d = it->dict;
    if (d == NULL) {
        return NULL;
    }
    dict_iter_check(it, d);
    size_t i = it->pos, n = d->filled;
    while (i < n && d->entries[i].key == OBJ_NULL) {
        i++;
    }
    if (i >= n) {
        it->dict = NULL;
        return NULL;
    }
    if (it->left == 0) {
        it->dict = NULL;
        rt_raise_msg(&type_RuntimeError, "dictionary keys changed during iteration");
    }
    it->pos = i + 1;
    it->left--;
    return &d->entries[i];
}

// The next live entry backwards, or NULL at the end.
static dict_entry_t *dict_iter_step_back(obj_dict_iter_t *it) {
    obj_dict_t *d = it->dict;
    if (d == NULL) {
        return NULL;
    }
    dict_iter_check(it, d);
    size_t i = it->pos < d->filled ? it->pos : d->filled;
    while (i > 0 && d->entries[i - 1].key == OBJ_NULL) {
        i--;
    }
    if (i == 0) {
        it->dict = NULL;
        return NULL;
    }
    it->pos = i - 1;
    if (it->left != 0) {
        it->left--;
    }
    return &d->entries[i - 1];
}

static obj_t dict_iter_keys(obj_t self) {
    dict_entry_t *e = dict_iter_step(self);
    return e == NULL ? OBJ_NULL : e->key;
}
static obj_t dict_iter_values(obj_t self) {
    dict_entry_t *e = dict_iter_step(self);
    return e == NULL ? OBJ_NULL : e->value;
}
static obj_t dict_iter_items(obj_t self) {
    dict_entry_t *e = dict_iter_step(self);
    return e == NULL ? OBJ_NULL : tuple_pair(e->key, e->value);
}
static obj_t dict_iter_rkeys(obj_t self) {
    dict_entry_t *e = dict_iter_step_back(self);
    return e == NULL ? OBJ_NULL : e->key;
}
static obj_t dict_iter_rvalues(obj_t self) {
    dict_entry_t *e = dict_iter_step_back(self);
    return e == NULL ? OBJ_NULL : e->value;
}
static obj_t dict_iter_ritems(obj_t self) {
    dict_entry_t *e = dict_iter_step_back(self);
    return e == NULL ? OBJ_NULL : tuple_pair(e->key, e->value);
}
ITER_TYPE(type_dict_keyiterator, QSTR_dict_keyiterator, dict_iter_keys);
ITER_TYPE(type_dict_valueiterator, QSTR_dict_valueiterator, dict_iter_values);
ITER_TYPE(type_dict_itemiterator, QSTR_dict_itemiterator, dict_iter_items);
ITER_TYPE(type_dict_reversekeyiterator, QSTR_dict_reversekeyiterator, dict_iter_rkeys);
ITER_TYPE(type_dict_reversevalueiterator, QSTR_dict_reversevalueiterator, dict_iter_rvalues);
ITER_TYPE(type_dict_reverseitemiterator, QSTR_dict_reverseitemiterator, dict_iter_ritems);

obj_t dict_iter_new(obj_dict_t *d, int kind, bool reverse) {
    static const obj_type_t *const types[2][3] = {
        {&type_dict_keyiterator, &type_dict_valueiterator, &type_dict_itemiterator},
        {&type_dict_reversekeyiterator, &type_dict_reversevalueiterator,
            &type_dict_reverseitemiterator},
    };
    obj_dict_iter_t *it = rt_new_obj(types[reverse][kind], sizeof(obj_dict_iter_t));
    it->dict = d;
    it->pos = reverse ? d->filled : 0;
    it->used = d->used;
    it->left = d->used;
    return it;
}

// ---------------------------------------------------------------------------
// The __getitem__ protocol
// ---------------------------------------------------------------------------

// Loads seq[i], turning IndexError and StopIteration into OBJ_NULL.
static obj_t getitem_or_null(obj_t seq, size_t i) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t x = rt_subscr_load(seq, int_from_uintptr(i));
        nlr_pop();
        return x;
    }
    if (exc_matches(nlr.value, (obj_t)&type_IndexError) ||
        exc_matches(nlr.value, (obj_t)&type_StopIteration)) {
        return OBJ_NULL;
    }
    nlr_jump(nlr.value);
}

static obj_t getitem_iter_next(obj_t self) {
    obj_seq_iter_t *it = self;
    if (it->seq == OBJ_NULL) {
        return OBJ_NULL;
    }
    obj_t x = getitem_or_null(it->seq, it->index);
    if (x == OBJ_NULL) {
        it->seq = OBJ_NULL;
        return OBJ_NULL;
    }
    it->index++;
    return x;
}
ITER_TYPE(type_iterator, QSTR_iterator, getitem_iter_next);

obj_t iter_getitem_new(obj_t seq) {
    return seq_iter_new(&type_iterator, seq, 0);
}

// ---------------------------------------------------------------------------
// enumerate
// ---------------------------------------------------------------------------

typedef struct obj_enumerate {
    obj_base_t base;
    obj_t iter;
    obj_t count; // an int
} obj_enumerate_t;

static obj_t enumerate_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    static const arg_spec_t spec[] = {
        {QSTR_iterable, ARG_REQUIRED, OBJ_NULL},
        {QSTR_start, 0, OBJ_NEW_SMALL_INT(0)},
    };
    if (n_args == 0 && n_kw == 0) {
        rt_raise_msg(&type_TypeError, "enumerate() missing required argument 'iterable'");
    }
    obj_t vals[2];
    rt_parse_args(n_args, args, n_kw, args + n_args, 2, spec, vals, QSTR_enumerate);
    obj_t start = vals[1];
    if (!obj_is_int(start)) {
        start = int_from_intptr(rt_get_int(start));
    }
    obj_enumerate_t *e = rt_new_obj(type, sizeof(obj_enumerate_t));
    e->iter = rt_getiter(vals[0]);
    e->count = start;
    return e;
}

static obj_t enumerate_next(obj_t self) {
    obj_enumerate_t *e = self;
    obj_t x = rt_iternext(e->iter);
    if (x == OBJ_NULL) {
        return OBJ_NULL;
    }
    obj_t n = e->count;
    if (OBJ_IS_SMALL_INT(n) && OBJ_SMALL_INT_VALUE(n) < SMALL_INT_MAX) {
        e->count = OBJ_NEW_SMALL_INT(OBJ_SMALL_INT_VALUE(n) + 1);
    } else {
        e->count = rt_binary_op(BINARY_OP_ADD, n, OBJ_NEW_SMALL_INT(1));
    }
    return tuple_pair(n, x);
}

const obj_type_t type_enumerate = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_enumerate,
    .make_new = enumerate_make_new,
    .getiter = iter_self,
    .iternext = enumerate_next,
    .locals_dict = (obj_dict_t *)&iter_locals_dict,
};

// ---------------------------------------------------------------------------
// zip and map: several iterators advanced together
// ---------------------------------------------------------------------------

typedef struct obj_multi_iter {
    obj_base_t base;
    obj_t fn;    // map's function
    bool strict; // zip(strict=True)
    size_t n;
    obj_t iters[];
} obj_multi_iter_t;

static obj_multi_iter_t *multi_iter_new(const obj_type_t *type, size_t n, const obj_t *args) {
    obj_multi_iter_t *m =
        rt_new_obj(type, coll_alloc_size(n, sizeof(obj_t), sizeof(obj_multi_iter_t)));
    m->n = n;
    for (size_t i = 0; i < n; i++) {
        m->iters[i] = rt_getiter(args[i]);
    }
    return m;
}

static obj_t zip_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    bool strict = false;
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = args[n_args + 2 * i];
        if (!(OBJ_IS_QSTR(key) && OBJ_QSTR_VALUE(key) == QSTR_strict)) {
            rt_raise_fmt(&type_TypeError, "'%S' is an invalid keyword argument for zip()", key);
        }
        strict = rt_is_true(args[n_args + 2 * i + 1]);
    }
    obj_multi_iter_t *z = multi_iter_new(type, n_args, args);
    z->strict = strict;
    return z;
}

// zip(strict=True) found iterator [i] exhausted: raises if the others disagree.
static void zip_check_strict(obj_multi_iter_t *z, size_t i) {
    if (i > 0) {
        if (i == 1) {
            rt_raise_msg(&type_ValueError, "zip() argument 2 is shorter than argument 1");
        }
        rt_raise_fmt(&type_ValueError, "zip() argument %zu is shorter than arguments 1-%zu",
            i + 1, i);
    }
    for (size_t j = 1; j < z->n; j++) {
        if (rt_iternext(z->iters[j]) != OBJ_NULL) {
            if (j == 1) {
                rt_raise_msg(&type_ValueError, "zip() argument 2 is longer than argument 1");
            }
            rt_raise_fmt(&type_ValueError, "zip() argument %zu is longer than arguments 1-%zu",
                j + 1, j);
        }
    }
}

static obj_t zip_next(obj_t self) {
    obj_multi_iter_t *z = self;
    size_t n = z->n;
    if (n == 0) {
        return OBJ_NULL;
    }
    obj_tuple_t *t = tuple_alloc(&type_tuple, n);
    for (size_t i = 0; i < n; i++) {
        obj_t x = rt_iternext(z->iters[i]);
        if (x == OBJ_NULL) {
            if (z->strict) {
                zip_check_strict(z, i);
            }
            return OBJ_NULL;
        }
        t->items[i] = x;
    }
    return t;
}

const obj_type_t type_zip = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_zip,
    .make_new = zip_make_new,
    .getiter = iter_self,
    .iternext = zip_next,
    .locals_dict = (obj_dict_t *)&iter_locals_dict,
};

static obj_t map_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "map() takes no keyword arguments");
    }
    if (n_args < 2) {
        rt_raise_msg(&type_TypeError, "map() must have at least two arguments.");
    }
    obj_multi_iter_t *m = multi_iter_new(type, n_args - 1, args + 1);
    m->fn = args[0];
    return m;
}

static obj_t map_next(obj_t self) {
    obj_multi_iter_t *m = self;
    if (m->n == 1) {
        obj_t x = rt_iternext(m->iters[0]);
        return x == OBJ_NULL ? OBJ_NULL : rt_call1(m->fn, x);
    }
    obj_t buf[8];
    obj_t *args = m->n <= 8 ? buf : rt_alloc(m->n * sizeof(obj_t));
    for (size_t i = 0; i < m->n; i++) {
        args[i] = rt_iternext(m->iters[i]);
        if (args[i] == OBJ_NULL) {
            return OBJ_NULL;
        }
    }
    return rt_call(m->fn, m->n, 0, args);
}

const obj_type_t type_map = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_map,
    .make_new = map_make_new,
    .getiter = iter_self,
    .iternext = map_next,
    .locals_dict = (obj_dict_t *)&iter_locals_dict,
};

// ---------------------------------------------------------------------------
// filter
// ---------------------------------------------------------------------------

typedef struct obj_filter {
    obj_base_t base;
    obj_t fn; // OBJ_NULL: keep true items
    obj_t iter;
} obj_filter_t;

static obj_t filter_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "filter() takes no keyword arguments");
    }
    if (n_args != 2) {
        rt_raise_fmt(&type_TypeError, "filter expected 2 arguments, got %zu", n_args);
    }
    obj_filter_t *f = rt_new_obj(type, sizeof(obj_filter_t));
    f->fn = args[0] == OBJ_NONE || args[0] == (obj_t)&type_bool ? OBJ_NULL : args[0];
    f->iter = rt_getiter(args[1]);
    return f;
}

static obj_t filter_next(obj_t self) {
    obj_filter_t *f = self;
    obj_t x;
    while ((x = rt_iternext(f->iter)) != OBJ_NULL) {
        if (rt_is_true(f->fn == OBJ_NULL ? x : rt_call1(f->fn, x))) {
            return x;
        }
    }
    return OBJ_NULL;
}

const obj_type_t type_filter = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_filter,
    .make_new = filter_make_new,
    .getiter = iter_self,
    .iternext = filter_next,
    .locals_dict = (obj_dict_t *)&iter_locals_dict,
};

// ---------------------------------------------------------------------------
// reversed
// ---------------------------------------------------------------------------

// A sequence read backwards through its items (tuples) or seq[i] (others):
// `index` items remain, the next being index - 1.
static obj_t reversed_next(obj_t self) {
    obj_seq_iter_t *it = self;
    if (it->index == 0 || it->seq == OBJ_NULL) {
        return OBJ_NULL;
    }
    size_t len;
    obj_t *items;
    if (seq_get_items(it->seq, &len, &items)) {
        if (it->index > len) {
            it->index = 0;
            return OBJ_NULL;
        }
        return items[--it->index];
    }
    obj_t x = getitem_or_null(it->seq, it->index - 1);
    if (x == OBJ_NULL) {
        it->index = 0;
        return OBJ_NULL;
    }
    it->index--;
    return x;
}

static bool has_method(obj_t o, qstr name) {
    obj_t dest[2];
    rt_load_method_maybe(o, name, dest);
    return dest[0] != OBJ_NULL;
}

static obj_t reversed_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "reversed() takes no keyword arguments");
    }
    if (n_args != 1) {
        rt_raise_fmt(&type_TypeError, "reversed expected 1 argument, got %zu", n_args);
    }
    obj_t seq = args[0];
    const obj_type_t *t = obj_type_of(seq);
    if (t->flags & TYPE_FLAG_HEAP) {
        obj_t dest[2];
        rt_load_method_maybe(seq, QSTR___reversed__, dest);
        if (dest[0] != OBJ_NULL) {
            return rt_call_method(0, 0, dest);
        }
    }
    seq = coll_native(seq);
    t = obj_type_of(seq);
    if (t == &type_list) {
        return list_reverse_iter_new(seq);
    }
    if (t == &type_range) {
        return range_reversed(seq);
    }
    if (t == &type_dict) {
        return dict_iter_new(seq, DICT_ITER_KEYS, true);
    }
    if (t == &type_dict_keys || t == &type_dict_values || t == &type_dict_items) {
        int kind = t == &type_dict_keys ? DICT_ITER_KEYS
                   : t == &type_dict_values ? DICT_ITER_VALUES
                                            : DICT_ITER_ITEMS;
        return dict_iter_new(((obj_dict_view_t *)seq)->dict, kind, true);
    }
    bool ok;
    if (t->flags & TYPE_FLAG_HEAP) {
        ok = has_method(seq, QSTR___getitem__) && has_method(seq, QSTR___len__);
    } else {
        ok = t->subscr != NULL && t->unary_op != NULL && !set_is_any(seq);
    }
    if (!ok) {
        rt_raise_fmt(&type_TypeError, "'%q' object is not reversible", t->name);
    }
    return seq_iter_new(&type_reversed, seq, rt_len(seq));
}

const obj_type_t type_reversed = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_reversed,
    .make_new = reversed_make_new,
    .getiter = iter_self,
    .iternext = reversed_next,
    .locals_dict = (obj_dict_t *)&iter_locals_dict,
};
