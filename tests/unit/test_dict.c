// Unit tests of the containers' C API (py/objseq.h): dict tables (probing,
// deletion, resizing, qstr fast path, ROM dicts, versions), lists, tuples,
// sets, slices and ranges, driven from C.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "py/gc.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objset.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vstr.h"
#include "tests/unit/unit.h"

static char heap[8 << 20];

// Runs [f] with [arg] and returns the exception it raised (OBJ_NULL if none).
static obj_t catch(void (*f)(void *), void *arg) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        f(arg);
        nlr_pop();
        return OBJ_NULL;
    }
    return nlr.value;
}

static bool is_exc(obj_t exc, const obj_type_t *t) {
    return exc != OBJ_NULL && obj_type_of(exc) == t;
}

// The message of [exc] as a C string.
static const char *message(obj_t exc) {
    size_t len;
    return str_data(rt_str(exc), &len);
}

static const char *repr(obj_t o) {
    size_t len;
    return str_data(rt_repr(o), &len);
}

#define I(v) OBJ_NEW_SMALL_INT(v)

static void test_dict_small_ints(void) {
    obj_dict_t *d = dict_new(0);
    UNIT_CHECK(dict_get(d, I(1)) == OBJ_NULL);
    for (intptr_t i = 0; i < 1000; i++) {
        dict_set(d, I(i * 7), I(i));
    }
    UNIT_CHECK_EQ_INT(d->used, 1000);
    bool all = true;
    for (intptr_t i = 0; i < 1000; i++) {
        all &= dict_get(d, I(i * 7)) == I(i);
        all &= dict_get(d, I(i * 7 + 1)) == OBJ_NULL;
    }
    UNIT_CHECK(all);
    // Overwriting keeps the size and the order.
    dict_set(d, I(0), I(-1));
    UNIT_CHECK_EQ_INT(d->used, 1000);
    size_t pos = 0;
    dict_entry_t *e = dict_next(d, &pos);
    UNIT_CHECK(e != NULL && e->key == I(0) && e->value == I(-1));
    // Deleting every other key, then iterating, sees the rest in insertion order.
    for (intptr_t i = 0; i < 1000; i += 2) {
        UNIT_CHECK(dict_delete(d, I(i * 7)) != OBJ_NULL || i == 0);
    }
    UNIT_CHECK(dict_delete(d, I(12345)) == OBJ_NULL);
    UNIT_CHECK_EQ_INT(d->used, 500);
    pos = 0;
    intptr_t expect = 1;
    bool ordered = true;
    while ((e = dict_next(d, &pos)) != NULL) {
        ordered &= e->key == I(expect * 7);
        expect += 2;
    }
    UNIT_CHECK(ordered);
    UNIT_CHECK_EQ_INT(expect, 1001);
    // Reinserting after deletions compacts instead of growing without bound.
    size_t alloc_before = d->alloc;
    for (int round = 0; round < 20; round++) {
        for (intptr_t i = 0; i < 500; i++) {
            dict_set(d, I(100000 + i), I(i));
        }
        for (intptr_t i = 0; i < 500; i++) {
            dict_delete(d, I(100000 + i));
        }
    }
    UNIT_CHECK_EQ_INT(d->used, 500);
    UNIT_CHECK(d->alloc <= 4 * alloc_before);
    UNIT_CHECK(d->index_mask + 1 >= 8 && ((d->index_mask + 1) & d->index_mask) == 0);
}

static void test_dict_str_keys(void) {
    obj_dict_t *d = dict_new(4);
    qstr q = qstr_from_str("coll_key");
    obj_t heap_key = str_new("coll_key", 8);
    UNIT_CHECK(!OBJ_IS_QSTR(heap_key));
    // A heap str and the equal qstr are the same key, both ways.
    dict_set_qstr(d, q, I(1));
    UNIT_CHECK(dict_get(d, heap_key) == I(1));
    dict_set(d, heap_key, I(2));
    UNIT_CHECK_EQ_INT(d->used, 1);
    UNIT_CHECK(dict_get_qstr(d, q) == I(2));
    obj_dict_t *d2 = dict_new(0);
    dict_set(d2, str_new("other", 5), I(3));
    UNIT_CHECK(dict_get_qstr(d2, qstr_from_str("other")) == I(3));
    UNIT_CHECK(dict_get_qstr(d2, qstr_from_str("nope")) == OBJ_NULL);
    // Many distinct strs: all found, none confused.
    obj_dict_t *big = dict_new(0);
    char buf[32];
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(buf, sizeof(buf), "k%d", i);
        dict_set(big, str_new(buf, (size_t)n), I(i));
    }
    bool all = true;
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(buf, sizeof(buf), "k%d", i);
        all &= dict_get(big, str_new(buf, (size_t)n)) == I(i);
    }
    UNIT_CHECK(all);
    UNIT_CHECK(dict_get(big, str_new("k20000", 6)) == OBJ_NULL);
    UNIT_CHECK_EQ_INT(big->used, 20000);
}

static void test_dict_versions(void) {
    obj_dict_t *d = dict_new(0);
    uint32_t v0 = d->version;
    dict_set(d, I(1), I(1));
    uint32_t v1 = d->version;
    UNIT_CHECK(v1 != v0);
    dict_set(d, I(1), I(2));
    uint32_t v2 = d->version;
    UNIT_CHECK(v2 != v1);
    dict_delete(d, I(1));
    UNIT_CHECK(d->version != v2);
    // Another dict never shares a version with this one.
    obj_dict_t *e = dict_new(0);
    UNIT_CHECK(e->version != d->version);
    // Lookups do not change it.
    uint32_t v3 = d->version;
    dict_get(d, I(5));
    UNIT_CHECK(d->version == v3);
}

static dict_entry_t rom_table[3];
static obj_dict_t rom_dict;

static void rom_set(void *arg) {
    (void)arg;
    dict_set(&rom_dict, I(1), I(1));
}

static void rom_delete(void *arg) {
    (void)arg;
    dict_delete(&rom_dict, OBJ_NEW_QSTR(qstr_from_str("alpha")));
}

static void test_dict_rom(void) {
    const char *names[3] = {"alpha", "beta", "gamma"};
    for (int i = 0; i < 3; i++) {
        rom_table[i].key = OBJ_NEW_QSTR(qstr_from_str(names[i]));
        rom_table[i].value = I(i + 10);
    }
    obj_dict_t r = {{&type_dict}, 3, 3, 3, rom_table, NULL, 0, 0, true};
    rom_dict = r;
    UNIT_CHECK(dict_get_qstr(&rom_dict, qstr_from_str("beta")) == I(11));
    UNIT_CHECK(dict_get_qstr(&rom_dict, qstr_from_str("delta")) == OBJ_NULL);
    UNIT_CHECK(dict_get(&rom_dict, str_new("gamma", 5)) == I(12));
    UNIT_CHECK(dict_get(&rom_dict, I(3)) == OBJ_NULL);
    size_t pos = 0, n = 0;
    while (dict_next(&rom_dict, &pos) != NULL) {
        n++;
    }
    UNIT_CHECK_EQ_INT(n, 3);
    obj_t exc = catch(rom_set, NULL);
    UNIT_CHECK(is_exc(exc, &type_TypeError));
    exc = catch(rom_delete, NULL);
    UNIT_CHECK(is_exc(exc, &type_TypeError));
    UNIT_CHECK_EQ_INT(rom_dict.used, 3);
    // A copy is an ordinary dict.
    obj_dict_t *c = dict_copy(&rom_dict);
    UNIT_CHECK(!c->fixed && c->used == 3);
    dict_set(c, I(1), I(1));
    UNIT_CHECK(dict_get_qstr(c, qstr_from_str("alpha")) == I(10) && c->used == 4);
    UNIT_CHECK_EQ_STR(repr(&rom_dict), "{'alpha': 10, 'beta': 11, 'gamma': 12}");
}

static void unhashable_key(void *arg) {
    dict_set(arg, list_new(0, NULL), I(1));
}

static void test_dict_errors_and_copy(void) {
    obj_dict_t *d = dict_new(0);
    obj_t exc = catch(unhashable_key, d);
    UNIT_CHECK(is_exc(exc, &type_TypeError));
    UNIT_CHECK_EQ_STR(message(exc), "unhashable type: 'list'");
    UNIT_CHECK_EQ_INT(d->used, 0);
    // Tuple keys compare by value.
    obj_t k1[2] = {I(1), str_new("x", 1)};
    obj_t k2[2] = {I(1), OBJ_NEW_QSTR(qstr_from_str("x"))};
    dict_set(d, tuple_new(2, k1), I(7));
    UNIT_CHECK(dict_get(d, tuple_new(2, k2)) == I(7));
    for (intptr_t i = 0; i < 100; i++) {
        dict_set(d, I(i), I(i));
    }
    dict_delete(d, I(50));
    obj_dict_t *c = dict_copy(d);
    UNIT_CHECK_EQ_INT(c->used, d->used);
    UNIT_CHECK(dict_get(c, I(49)) == I(49) && dict_get(c, I(50)) == OBJ_NULL);
    dict_set(c, I(1000), I(1));
    UNIT_CHECK(dict_get(d, I(1000)) == OBJ_NULL);
    obj_dict_t *e = dict_copy(dict_new(0));
    UNIT_CHECK_EQ_INT(e->used, 0);
    obj_dict_t *small = dict_new(0);
    dict_set_qstr(small, qstr_from_str("a"), I(1));
    dict_set(small, I(2), list_new(0, NULL));
    UNIT_CHECK_EQ_STR(repr(small), "{'a': 1, 2: []}");
}

static void test_lists(void) {
    obj_t l = list_new(0, NULL);
    for (intptr_t i = 0; i < 10000; i++) {
        list_append(l, I((i * 7919) % 10000));
    }
    size_t len;
    obj_t *items;
    UNIT_CHECK(seq_get_items(l, &len, &items) && len == 10000);
    list_sort(l, OBJ_NULL, false);
    seq_get_items(l, &len, &items);
    bool sorted = true;
    for (size_t i = 0; i < len; i++) {
        sorted &= items[i] == I((intptr_t)i);
    }
    UNIT_CHECK(sorted);
    list_sort(l, OBJ_NULL, true);
    seq_get_items(l, &len, &items);
    UNIT_CHECK(items[0] == I(9999) && items[9999] == I(0));
    obj_t src[3] = {I(1), I(2), I(3)};
    obj_t t = tuple_new(3, src);
    obj_t m = list_new(2, src);
    list_extend(m, t);
    list_extend(m, m);
    UNIT_CHECK_EQ_STR(repr(m), "[1, 2, 1, 2, 3, 1, 2, 1, 2, 3]");
    UNIT_CHECK_EQ_STR(repr(t), "(1, 2, 3)");
    UNIT_CHECK_EQ_STR(repr(tuple_new(1, src)), "(1,)");
    UNIT_CHECK(tuple_new(0, NULL) == OBJ_EMPTY_TUPLE);
    UNIT_CHECK(!seq_get_items(I(1), &len, &items));
    // A self-containing list prints with [...].
    obj_t s = list_new(0, NULL);
    list_append(s, s);
    UNIT_CHECK_EQ_STR(repr(s), "[[...]]");
}

static void test_sets(void) {
    obj_t s = set_new(false);
    for (intptr_t i = 0; i < 1000; i++) {
        set_add(s, I(i % 300));
    }
    UNIT_CHECK(rt_len(s) == 300);
    UNIT_CHECK(set_contains(s, I(299)) && !set_contains(s, I(300)));
    UNIT_CHECK(set_contains(s, str_new("x", 1)) == false);
    obj_t f = set_new(true);
    set_add(f, I(3));
    set_add(f, I(1));
    set_add(f, I(2));
    UNIT_CHECK_EQ_STR(repr(f), "frozenset({1, 2, 3})");
    UNIT_CHECK_EQ_STR(repr(set_new(false)), "set()");
    obj_t items[3] = {I(-1), I(-2), I(7)};
    UNIT_CHECK_EQ_STR(repr(set_fold_const(3, items)), "frozenset({-2, -1, 7})");
    obj_t u = set_new(false);
    set_update(u, f);
    set_update(u, list_new(3, items));
    UNIT_CHECK(rt_len(u) == 6);
}

static void test_slices_and_ranges(void) {
    intptr_t start, stop, step;
    obj_t s = slice_new(OBJ_NONE, OBJ_NONE, I(-1));
    UNIT_CHECK_EQ_INT(slice_indices(s, 5, &start, &stop, &step), 5);
    UNIT_CHECK(start == 4 && stop == -1 && step == -1);
    s = slice_new(I(-100), I(100), OBJ_NONE);
    UNIT_CHECK_EQ_INT(slice_indices(s, 5, &start, &stop, &step), 5);
    UNIT_CHECK(start == 0 && stop == 5 && step == 1);
    s = slice_new(I(8), I(2), I(-3));
    UNIT_CHECK_EQ_INT(slice_indices(s, 10, &start, &stop, &step), 2);
    UNIT_CHECK(start == 8 && stop == 2);
    s = slice_new(I(5), I(2), OBJ_NONE);
    UNIT_CHECK_EQ_INT(slice_indices(s, 10, &start, &stop, &step), 0);
    s = slice_new(I(1), OBJ_NONE, I(4));
    UNIT_CHECK_EQ_INT(slice_indices(s, 0, &start, &stop, &step), 0);
    UNIT_CHECK_EQ_STR(repr(slice_new(I(1), OBJ_NONE, I(2))), "slice(1, None, 2)");
    obj_t r = range_new(0, 10, 3);
    UNIT_CHECK_EQ_STR(repr(r), "range(0, 10, 3)");
    UNIT_CHECK(rt_len(r) == 4);
    UNIT_CHECK(rt_subscr_load(r, I(-1)) == I(9));
    UNIT_CHECK(rt_binary_op(BINARY_OP_IN, I(6), r) == OBJ_TRUE);
    UNIT_CHECK(rt_binary_op(BINARY_OP_IN, I(7), r) == OBJ_FALSE);
    UNIT_CHECK_EQ_STR(repr(range_new(5, 0, -1)), "range(5, 0, -1)");
    UNIT_CHECK(rt_len(range_new(SMALL_INT_MIN, SMALL_INT_MAX, SMALL_INT_MAX)) == 3);
    UNIT_CHECK(rt_len(range_new(0, -5, 1)) == 0);
}

int main(void) {
    gc_init(heap, sizeof(heap));
    int top;
    rt_init(&top, 256 * 1024);
    test_dict_small_ints();
    test_dict_str_keys();
    test_dict_versions();
    test_dict_rom();
    test_dict_errors_and_copy();
    test_lists();
    test_sets();
    test_slices_and_ranges();
    return unit_report();
}
