// The run-time side of match statements (PEP 634): the tests behind the
// MATCH_* instructions of py/vm.c.
// SPDX-License-Identifier: MIT

#include "py/match.h"
#include "py/nlr.h"
#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"

// Whether class [t] is one CPython registers as a sequence without it being
// a list or tuple: array.array (built in) and collections.deque (frozen
// Python here, so known by its name and module).
static bool registered_sequence(const obj_type_t *t) {
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        return t->name == QSTR_array;
    }
    return t->name == QSTR_deque && type_module_name(t) == QSTR_collections;
}

bool match_is_sequence(obj_t o) {
    // CPython's Py_TPFLAGS_SEQUENCE types: str, bytes and bytearray are not
    // sequences for pattern matching.
    if (rt_isinstance(o, &type_list) || rt_isinstance(o, &type_tuple)
        || rt_isinstance(o, &type_range) || rt_isinstance(o, &type_memoryview)) {
        return true;
    }
    const obj_type_t *t = obj_type_of(o);
    if (t->flags & TYPE_FLAG_HEAP) {
        obj_tuple_t *mro = t->mro;
        for (size_t i = 0; i < mro->len; i++) {
            if (registered_sequence(mro->items[i])) {
                return true;
            }
        }
        return false;
    }
    return registered_sequence(t);
}

bool match_is_mapping(obj_t o) {
    return rt_isinstance(o, &type_dict);
}

// The attribute [name] of [o], or OBJ_NULL when reading it raises AttributeError.
static obj_t attr_or_null(obj_t o, qstr name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = rt_load_attr(o, name);
        nlr_pop();
        return v;
    }
    if (rt_isinstance(nlr.value, &type_AttributeError)) {
        return OBJ_NULL;
    }
    nlr_jump(nlr.value);
}

obj_t match_keys(obj_t subject, obj_t keys) {
    size_t n;
    obj_t *items;
    seq_get_items(keys, &n, &items);
    obj_t values = tuple_new(n, NULL);
    obj_t *out;
    size_t n_out;
    seq_get_items(values, &n_out, &out);
    obj_t native = coll_native(subject);
    bool plain = obj_type_of(subject) == &type_dict;
    obj_t get = plain ? OBJ_NULL : rt_load_attr(subject, QSTR_get);
    obj_t seen = set_new(false);
    obj_t missing = list_new(0, NULL); // a default no mapping can hold
    for (size_t i = 0; i < n; i++) {
        obj_t key = items[i];
        if (rt_binary_op(BINARY_OP_IN, key, seen) == OBJ_TRUE) {
            rt_raise_fmt(&type_ValueError, "mapping pattern checks duplicate key (%R)", key);
        }
        set_add(seen, key);
        obj_t v;
        if (plain) {
            rt_hash(key); // unhashable keys raise TypeError, as dict.get
            v = dict_get((obj_dict_t *)native, key);
        } else {
            v = rt_call2(get, key, missing);
            if (v == missing) {
                v = OBJ_NULL;
            }
        }
        if (v == OBJ_NULL) {
            return OBJ_NONE;
        }
        out[i] = v;
    }
    return values;
}

obj_t match_copy_without_keys(obj_t subject, obj_t keys) {
    obj_dict_t *rest = dict_copy((obj_dict_t *)coll_native(subject));
    size_t n;
    obj_t *items;
    seq_get_items(keys, &n, &items);
    for (size_t i = 0; i < n; i++) {
        dict_delete(rest, items[i]);
    }
    return rest;
}

// Built-in types whose class pattern with one positional subpattern matches
// the subject itself (CPython's Py_TPFLAGS_MATCH_SELF, inherited).
static bool matches_self(const obj_type_t *t) {
    static const obj_type_t *const self_types[] = {&type_bool, &type_bytearray, &type_bytes,
        &type_dict, &type_float, &type_frozenset, &type_int, &type_list, &type_set, &type_str,
        &type_tuple};
    for (size_t i = 0; i < ARRAY_SIZE(self_types); i++) {
        if (rt_is_subclass(t, self_types[i])) {
            return true;
        }
    }
    return false;
}

// Appends attribute [name] of [subject] to [out] at [*n]; false if missing.
// [seen] holds the names already read (a name twice is a TypeError).
static bool match_attr(const obj_type_t *t, obj_t subject, obj_t name, obj_t seen, obj_t *out,
    size_t *n) {
    if (rt_binary_op(BINARY_OP_IN, name, seen) == OBJ_TRUE) {
        rt_raise_fmt(&type_TypeError, "%q() got multiple sub-patterns for attribute %R", t->name,
            name);
    }
    set_add(seen, name);
    obj_t v = attr_or_null(subject, str_to_qstr(name));
    if (v == OBJ_NULL) {
        return false;
    }
    out[(*n)++] = v;
    return true;
}

obj_t match_class(obj_t subject, obj_t cls, obj_t names, size_t n_pos) {
    if (!type_is_type(cls)) {
        rt_raise_msg(&type_TypeError, "called match pattern must be a type");
    }
    const obj_type_t *t = cls;
    if (!rt_isinstance(subject, t)) {
        return OBJ_NONE;
    }
    size_t n_kw;
    obj_t *kw;
    seq_get_items(names, &n_kw, &kw);
    obj_t result = tuple_new(n_pos + n_kw, NULL);
    obj_t *out;
    size_t n_out, n = 0;
    seq_get_items(result, &n_out, &out);
    obj_t seen = set_new(false);
    if (n_pos > 0) {
        obj_t match_args = attr_or_null(cls, QSTR___match_args__);
        size_t allowed;
        obj_t *args = NULL;
        if (match_args != OBJ_NULL) {
            if (obj_type_of(match_args) != &type_tuple) {
                rt_raise_fmt(&type_TypeError, "%q.__match_args__ must be a tuple (got %T)",
                    t->name, match_args);
            }
            seq_get_items(match_args, &allowed, &args);
        } else {
            allowed = matches_self(t) ? 1 : 0;
        }
        if (allowed < n_pos) {
            rt_raise_fmt(&type_TypeError, "%q() accepts %d positional sub-pattern%s (%d given)",
                t->name, (int)allowed, allowed == 1 ? "" : "s", (int)n_pos);
        }
        if (args == NULL) {
            out[n++] = subject; // int(x) and friends: the subject itself
        } else {
            for (size_t i = 0; i < n_pos; i++) {
                if (!rt_isinstance(args[i], &type_str)) {
                    rt_raise_fmt(&type_TypeError,
                        "__match_args__ elements must be strings (got %T)", args[i]);
                }
                if (!match_attr(t, subject, args[i], seen, out, &n)) {
                    return OBJ_NONE;
                }
            }
        }
    }
    for (size_t i = 0; i < n_kw; i++) {
        if (!match_attr(t, subject, kw[i], seen, out, &n)) {
            return OBJ_NONE;
        }
    }
    return result;
}
