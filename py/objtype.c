// Types as objects: type and object, isinstance/issubclass, classes defined
// in Python and their instances, super, and the descriptor wrappers
// staticmethod, classmethod and property.
// SPDX-License-Identifier: MIT
//
// A class made by the `class` statement is a heap obj_type_t with
// TYPE_FLAG_HEAP; its namespace is locals_dict, its bases and C3 MRO are
// tuples, and `parent` points at its *native base*: the built-in type whose
// layout its instances use. Instances take one of three forms:
// - exceptions (native base a BaseException type): an obj_exception_t whose
//   `dict` holds the instance attributes, so the exception machinery works
//   on them unchanged;
// - other built-in bases (list, int, str, ...): an obj_instance_t whose
//   `native` field holds a real instance of that built-in type. Built-in
//   methods and slots are called with that native object, so no built-in
//   type needs to know about subclasses;
// - everything else: an obj_instance_t with `native` OBJ_NULL.
// The slots of a class look up the dunder methods in the MRO and fall back
// to the native base's slots.

#include <string.h>

#include "py/objtype.h"
#include "py/excgroup.h"
#include "py/nlr.h"

#include "py/objexcept.h"
#include "py/objfun.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vm.h"
#include "py/vstr.h"


// super(type, obj).
typedef struct obj_super {
    obj_base_t base;
    obj_t type;
    obj_t obj;
} obj_super_t;

// Iterator over an object with __getitem__ only: index 0, 1, ... until IndexError.
typedef struct obj_getitem_iter {
    obj_base_t base;
    obj_t obj;
    intptr_t index;
} obj_getitem_iter_t;

static const obj_type_t type_getitem_iter;

// ---------------------------------------------------------------------------
// Subclass relations and lookup
// ---------------------------------------------------------------------------

bool rt_is_subclass(const obj_type_t *a, const obj_type_t *b) {
    if (a == b || b == &type_object) {
        return true;
    }
    // ExceptionGroup's single parent is Exception; it derives from
    // BaseExceptionGroup too (py/excgroup.c).
    if (b == &type_BaseExceptionGroup && rt_is_subclass(a, &type_ExceptionGroup)) {
        return true;
    }
    if (a->flags & TYPE_FLAG_HEAP) {
        obj_tuple_t *mro = a->mro;
        for (size_t i = 0; i < mro->len; i++) {
            if (mro->items[i] == (obj_t)b) {
                return true;
            }
        }
        return false;
    }
    for (const obj_type_t *t = a->parent; t != NULL; t = t->parent) {
        if (t == b) {
            return true;
        }
    }
    return false;
}

bool rt_isinstance(obj_t o, const obj_type_t *t) {
    const obj_type_t *ot = obj_type_of(o);
    return ot == t || rt_is_subclass(ot, t);
}

// Looks [attr] up in the one namespace of [t] (no bases).
static inline obj_t own_lookup(const obj_type_t *t, qstr attr) {
    if (t->locals_dict == NULL) {
        return OBJ_NULL;
    }
    return dict_get_qstr(t->locals_dict, attr);
}

// The uncached search of type_lookup.
static obj_t lookup_slow(const obj_type_t *t, qstr attr) {
    if (t->flags & TYPE_FLAG_HEAP) {
        obj_tuple_t *mro = t->mro;
        for (size_t i = 0; i < mro->len; i++) {
            obj_t v = own_lookup(mro->items[i], attr);
            if (v != OBJ_NULL) {
                return v;
            }
        }
        return OBJ_NULL;
    }
    bool saw_object = false;
    for (; t != NULL; t = t->parent) {
        obj_t v = own_lookup(t, attr);
        if (v != OBJ_NULL) {
            return v;
        }
        saw_object |= t == &type_object;
    }
    // Built-in types that leave `parent` NULL still derive from object.
    return saw_object ? OBJ_NULL : own_lookup(&type_object, attr);
}

// A cache of lookups (found or not) keyed by (type, name).
//
// An entry is checked in two steps. Fast: its epoch equals lookup_epoch,
// which this file bumps whenever it changes a class namespace (attribute
// store/delete on a class, class creation); class namespaces change nowhere
// else (a class's __dict__ is handed out as a copy). Slow, after a bump: the
// newest version among the namespaces of the MRO equals the entry's stamp;
// dict versions are unique and only grow, so any change to any of those
// namespaces gives a new stamp. ROM namespaces have version 0.
typedef struct lookup_entry {
    const obj_type_t *type;
    qstr attr;
    uint32_t stamp;
    uint32_t epoch;
    obj_t value;
} lookup_entry_t;

#define LOOKUP_CACHE_SIZE (512)

// A GC block, kept alive by vm_state.rt_spare[2] (so a port that re-runs
// gc_init and rt_init gets a fresh one).
static lookup_entry_t *lookup_cache;
static uint32_t lookup_epoch = 1;

void type_init(void) {
    lookup_cache = rt_alloc(LOOKUP_CACHE_SIZE * sizeof(lookup_entry_t));
    vm_state.rt_spare[2] = lookup_cache;
}

// Invalidates the fast check of every cache entry (a class namespace changed).
static void namespaces_changed(void) {
    lookup_epoch++;
}

// The newest version among the namespaces a lookup on [t] reads.
static uint32_t lookup_stamp(const obj_type_t *t) {
    uint32_t stamp = 0;
    if (t->flags & TYPE_FLAG_HEAP) {
        // Built-in types in the MRO have ROM namespaces: only classes count.
        obj_tuple_t *mro = t->mro;
        for (size_t i = 0; i < mro->len; i++) {
            const obj_type_t *c = mro->items[i];
            if (c->flags & TYPE_FLAG_HEAP) {
                uint32_t v = c->locals_dict->version;
                stamp = v > stamp ? v : stamp;
            }
        }
        return stamp;
    }
    for (; t != NULL; t = t->parent) {
        const obj_dict_t *d = t->locals_dict;
        if (d != NULL && d->version > stamp) {
            stamp = d->version;
        }
    }
    return stamp;
}

obj_t type_lookup(const obj_type_t *t, qstr attr) {
    size_t h = (((uintptr_t)t >> 4) ^ (attr * 2654435761u)) & (LOOKUP_CACHE_SIZE - 1);
    lookup_entry_t *e = &lookup_cache[h];
    if (e->type == t && e->attr == attr) {
        if (e->epoch == lookup_epoch) {
            return e->value;
        }
        uint32_t stamp = lookup_stamp(t);
        if (e->stamp == stamp) {
            e->epoch = lookup_epoch;
            return e->value;
        }
    }
    uint32_t stamp = lookup_stamp(t);
    obj_t v = lookup_slow(t, attr);
    e->type = t;
    e->attr = attr;
    e->stamp = stamp;
    e->epoch = lookup_epoch;
    e->value = v;
    return v;
}

const obj_type_t *type_native_base(const obj_type_t *t) {
    return (t->flags & TYPE_FLAG_HEAP) ? t->parent : t;
}

qstr type_module_name(const obj_type_t *t) {
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        return QSTR_builtins;
    }
    obj_t m = dict_get_qstr(t->locals_dict, QSTR___module__);
    if (m != OBJ_NULL && obj_is_str(m)) {
        return str_to_qstr(m);
    }
    return QSTR_NULL;
}

qstr type_qualname(const obj_type_t *t) {
    if (t->flags & TYPE_FLAG_HEAP) {
        obj_t q = dict_get_qstr(t->locals_dict, QSTR___qualname__);
        if (q != OBJ_NULL && obj_is_str(q)) {
            return str_to_qstr(q);
        }
    }
    return t->name;
}

// Whether instances of heap class [t] are exceptions (obj_exception_t layout).
static inline bool layout_is_exception(const obj_type_t *t) {
    return (t->flags & TYPE_FLAG_EXCEPTION) != 0;
}

// The object built-in methods and slots of the native base receive for [o].
obj_t type_native_of(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    if (!(t->flags & TYPE_FLAG_HEAP) || layout_is_exception(t) || t->parent == &type_type) {
        return o;
    }
    obj_t n = ((obj_instance_t *)o)->native;
    return n != OBJ_NULL ? n : o;
}

// The attribute dict of a heap instance, created on first use (NULL: none possible).
static obj_dict_t *instance_dict(obj_t o, bool create) {
    const obj_type_t *t = obj_type_of(o);
    obj_dict_t **slot;
    if (layout_is_exception(t)) {
        slot = &((obj_exception_t *)o)->dict;
    } else {
        slot = &((obj_instance_t *)o)->dict;
    }
    if (*slot == NULL && create) {
        *slot = dict_new(4);
    }
    return *slot;
}

static const obj_dict_t object_locals_dict;

// Whether [v] is one of object's own built-in methods (they take the instance itself).
static bool is_object_method(obj_t v) {
    const obj_dict_t *d = &object_locals_dict;
    for (size_t i = 0; i < d->used; i++) {
        if (d->entries[i].value == v) {
            return true;
        }
    }
    return false;
}

// Calls the __get__ of a descriptor [v] defined by a class, or returns OBJ_NULL.
static obj_t descriptor_get(obj_t v, obj_t self, const obj_type_t *owner) {
    const obj_type_t *vt = obj_type_of(v);
    if (!(vt->flags & TYPE_FLAG_HEAP)) {
        return OBJ_NULL;
    }
    obj_t get = type_lookup(vt, QSTR___get__);
    if (get == OBJ_NULL) {
        return OBJ_NULL;
    }
    obj_t args[3] = {v, self, (obj_t)owner};
    return rt_call(get, 3, 0, args);
}

void type_bind_attr(obj_t self, const obj_type_t *t, obj_t v, obj_t *dest) {
    const obj_type_t *vt = obj_type_of(v);
    if (vt == &type_function) {
        dest[0] = v;
        dest[1] = self;
    } else if (vt == &type_builtin_function) {
        dest[0] = v;
        dest[1] = (t->flags & TYPE_FLAG_HEAP) && !is_object_method(v) ? type_native_of(self) : self;
    } else if (vt == &type_staticmethod) {
        dest[0] = ((obj_method_wrapper_t *)v)->fun;
    } else if (vt == &type_classmethod) {
        dest[0] = ((obj_method_wrapper_t *)v)->fun;
        dest[1] = (obj_t)t;
    } else if (vt == &type_property) {
        obj_property_t *p = v;
        if (p->fget == OBJ_NULL || p->fget == OBJ_NONE) {
            rt_raise_fmt(&type_AttributeError, "unreadable attribute of '%q' object", t->name);
        }
        obj_t arg = obj_type_of(p->fget) == &type_builtin_function ? type_native_of(self) : self;
        dest[0] = rt_call1(p->fget, arg);
    } else {
        obj_t r = descriptor_get(v, self, t);
        dest[0] = r != OBJ_NULL ? r : v;
    }
}

// ---------------------------------------------------------------------------
// type
// ---------------------------------------------------------------------------

static void type_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    const obj_type_t *t = self;
    qstr mod = type_module_name(t);
    if (mod != QSTR_NULL && mod != QSTR_builtins) {
        print_fmt(p, "<class '%q.%q'>", mod, type_qualname(t));
    } else {
        print_fmt(p, "<class '%q'>", t->name);
    }
}

// The MRO of any type as a tuple: the stored one for classes, the parent chain for built-ins.
static obj_t type_mro_tuple(const obj_type_t *t) {
    if (t->flags & TYPE_FLAG_HEAP) {
        return t->mro;
    }
    size_t n = 0;
    bool has_object = false;
    for (const obj_type_t *c = t; c != NULL; c = c->parent) {
        n++;
        has_object |= c == &type_object;
    }
    obj_tuple_t *tup = tuple_new(n + !has_object, NULL);
    size_t i = 0;
    for (const obj_type_t *c = t; c != NULL; c = c->parent) {
        tup->items[i++] = (obj_t)c;
    }
    if (!has_object) {
        tup->items[i] = (obj_t)&type_object;
    }
    return tup;
}

// ---------------------------------------------------------------------------
// Method descriptors: a built-in method read from its class (`dict.pop`), to be
// called with self as the first argument. The call checks that self is an
// instance of the class that defines the method and hands the method the
// object its C code expects (the native part of an instance of a class
// derived from a built-in type), as CPython's method descriptors check.
// ---------------------------------------------------------------------------

typedef struct obj_method_descr {
    obj_base_t base;
    const obj_type_t *owner; // the built-in type whose method table holds fn
    const obj_builtin_t *fn;
} obj_method_descr_t;

static void method_descr_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_method_descr_t *d = self;
    print_fmt(p, "<method '%q' of '%q' objects>", d->fn->name, d->owner->name);
}

static obj_t method_descr_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_method_descr_t *d = self;
    if (n_args == 0) {
        rt_raise_fmt(&type_TypeError, "unbound method %q.%q() needs an argument", d->owner->name,
            d->fn->name);
    }
    obj_t native = type_native_of(args[0]);
    if (!rt_isinstance(args[0], d->owner) ||
        !rt_is_subclass(obj_type_of(native), d->owner)) {
        rt_raise_fmt(&type_TypeError, "descriptor '%q' for '%q' objects doesn't apply to a '%T' object",
            d->fn->name, d->owner->name, args[0]);
    }
    if (native == args[0]) {
        return builtin_call_method(d->fn, n_args, n_kw, args);
    }
    size_t n = n_args + 2 * n_kw;
    obj_t *copy = rt_alloc(n * sizeof(obj_t));
    for (size_t i = 0; i < n; i++) {
        copy[i] = args[i];
    }
    copy[0] = native;
    return builtin_call_method(d->fn, n_args, n_kw, copy);
}

static const obj_type_t type_method_descriptor = {
    .base = {&type_type},
    .name = QSTR_method_descriptor,
    .print = method_descr_print,
    .call = method_descr_call,
};

// The built-in type on [c]'s parent chain whose own method table holds [v]
// under [attr], or NULL.
static const obj_type_t *builtin_owner_in_chain(const obj_type_t *c, qstr attr, obj_t v) {
    for (; c != NULL; c = c->parent) {
        if ((c->flags & TYPE_FLAG_HEAP) || c == &type_object || c->locals_dict == NULL) {
            continue;
        }
        if (dict_get_qstr(c->locals_dict, attr) == v) {
            return c;
        }
    }
    return NULL;
}

// The built-in type in [t]'s MRO whose own method table holds [v] under
// [attr], or NULL (object's methods and functions of classes need no check).
static const obj_type_t *builtin_owner(const obj_type_t *t, qstr attr, obj_t v) {
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        // Built-in types have no MRO tuple of their own: walk the parent
        // chain rather than building one on every `T.method` read.
        return builtin_owner_in_chain(t, attr, v);
    }
    obj_tuple_t *mro = t->mro;
    for (size_t i = 0; i < mro->len; i++) {
        const obj_type_t *owner = builtin_owner_in_chain(mro->items[i], attr, v);
        if (owner != NULL) {
            return owner;
        }
    }
    return NULL;
}

static obj_t type_bases_tuple(const obj_type_t *t) {
    if (t->flags & TYPE_FLAG_HEAP) {
        return t->bases;
    }
    if (t == &type_object) {
        return OBJ_EMPTY_TUPLE;
    }
    obj_t base = t->parent != NULL ? (obj_t)t->parent : (obj_t)&type_object;
    return tuple_new(1, &base);
}

static void type_attr(obj_t self, qstr attr, obj_t *dest) {
    const obj_type_t *t = self;
    if (dest[0] == OBJ_NULL) {
        obj_t v = type_lookup(t, attr);
        if (v != OBJ_NULL) {
            const obj_type_t *vt = obj_type_of(v);
            const obj_type_t *owner =
                vt == &type_builtin_function ? builtin_owner(t, attr, v) : NULL;
            if (vt == &type_staticmethod) {
                dest[0] = ((obj_method_wrapper_t *)v)->fun;
            } else if (vt == &type_classmethod) {
                dest[0] = ((obj_method_wrapper_t *)v)->fun;
                dest[1] = self;
            } else if (owner != NULL) {
                obj_method_descr_t *d = rt_new_obj(&type_method_descriptor, sizeof(*d));
                d->owner = owner;
                d->fn = v;
                dest[0] = d;
            } else {
                obj_t r = descriptor_get(v, OBJ_NONE, t);
                dest[0] = r != OBJ_NULL ? r : v;
            }
            return;
        }
        switch (attr) {
            case QSTR___name__:
                dest[0] = OBJ_NEW_QSTR(t->name);
                return;
            case QSTR___qualname__:
                dest[0] = OBJ_NEW_QSTR(type_qualname(t));
                return;
            case QSTR___module__:
                dest[0] = OBJ_NEW_QSTR(QSTR_builtins);
                return;
            case QSTR___mro__:
                dest[0] = type_mro_tuple(t);
                return;
            case QSTR___bases__:
                dest[0] = type_bases_tuple(t);
                return;
            case QSTR___base__: {
                obj_tuple_t *b = type_bases_tuple(t);
                dest[0] = b->len > 0 ? b->items[0] : OBJ_NONE;
                return;
            }
            case QSTR___dict__:
                // A copy for classes: their namespace changes only through
                // attribute stores (see the lookup cache).
                if (t->locals_dict == NULL) {
                    dest[0] = dict_new(0);
                } else if (t->flags & TYPE_FLAG_HEAP) {
                    dest[0] = dict_copy(t->locals_dict);
                } else {
                    dest[0] = t->locals_dict;
                }
                return;
            case QSTR___doc__:
                dest[0] = OBJ_NONE;
                return;
            default:
                return;
        }
    }
    // Store or delete: only classes defined in Python are mutable.
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        return;
    }
    namespaces_changed();
    if (attr == QSTR___name__ && dest[1] != OBJ_NULL) {
        if (!obj_is_str(dest[1])) {
            rt_raise_fmt(&type_TypeError, "can only assign string to %q.__name__, not '%T'", t->name,
                dest[1]);
        }
        ((obj_type_t *)t)->name = str_to_qstr(dest[1]);
        dest[0] = OBJ_NULL;
        return;
    }
    if (attr == QSTR___bases__ || attr == QSTR___mro__ || attr == QSTR___name__) {
        // The MRO is computed once, when the class is made.
        rt_raise_fmt(&type_TypeError, "cannot %s '%q' of class '%q'",
            dest[1] != OBJ_NULL ? "assign to" : "delete", attr, t->name);
    }
    if (attr == QSTR___getattribute__ && dest[1] != OBJ_NULL) {
        // (Subclasses created before this store are not flagged.)
        ((obj_type_t *)t)->flags |= TYPE_FLAG_GETATTRIBUTE;
    }
    if (dest[1] == OBJ_NULL) {
        if (dict_delete(t->locals_dict, OBJ_NEW_QSTR(attr)) != OBJ_NULL) {
            dest[0] = OBJ_NULL;
        }
        return;
    }
    dict_set_qstr(t->locals_dict, attr, dest[1]);
    dest[0] = OBJ_NULL;
}

// type(x), or type(name, bases, namespace, **kw) making a class whose
// metaclass is [type] (type itself, or a class derived from it).
static obj_t type_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args == 1 && n_kw == 0) {
        return (obj_t)obj_type_of(args[0]);
    }
    if (n_args == 3) {
        obj_t name = args[0];
        if (!obj_is_str(name)) {
            rt_raise_fmt(&type_TypeError, "type.__new__() argument 1 must be str, not %T", name);
        }
        if (obj_type_of(args[1]) != &type_tuple) {
            rt_raise_fmt(&type_TypeError, "type.__new__() argument 2 must be tuple, not %T",
                args[1]);
        }
        if (obj_type_of(args[2]) != &type_dict) {
            rt_raise_fmt(&type_TypeError, "type.__new__() argument 3 must be dict, not %T",
                args[2]);
        }
        return type_new_class_kw(type, str_to_qstr(name), args[1], dict_copy(args[2]), n_kw,
            args + 3);
    }
    rt_raise_msg(&type_TypeError, "type() takes 1 or 3 arguments");
}

// Stands in for a NULL argument array (a call without arguments), so that the
// constructors may compute args + n_args (NULL + 0 is undefined behaviour).
static const obj_t no_args[1];

static obj_t type_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    const obj_type_t *t = self;
    if (args == NULL) {
        args = no_args;
    }
    if (t->make_new == NULL) {
        rt_raise_fmt(&type_TypeError, "cannot create '%q' instances", t->name);
    }
    return t->make_new(t, n_args, n_kw, args);
}

static obj_t type_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    obj_t m = type_lookup(self, QSTR___class_getitem__);
    if (m != OBJ_NULL && obj_type_of(m) == &type_classmethod) {
        return rt_call2(((obj_method_wrapper_t *)m)->fun, self, index);
    }
    // list[int] and other generic aliases appear in annotations: the class stands in.
    return self;
}

static obj_t type_unary_op(unary_op_t op, obj_t self) {
    if (op == UNARY_OP_HASH) {
        return OBJ_NEW_SMALL_INT((intptr_t)((uintptr_t)self >> 3));
    }
    return OBJ_NULL;
}

static obj_t type_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    // X | Y between types (a union for isinstance) is not supported; equality is identity.
    if (op == BINARY_OP_EQUAL) {
        return obj_bool(lhs == rhs);
    }
    return OBJ_NULL;
}

static obj_t type_mro_fn(obj_t self) {
    if (!type_is_type(self)) {
        rt_raise_msg(&type_TypeError, "descriptor 'mro' requires a 'type' object");
    }
    obj_tuple_t *t = type_mro_tuple(self);
    return list_new(t->len, t->items);
}
static BUILTIN_FN_1(type_mro_obj, QSTR_mro, type_mro_fn);

// type.__new__(mcs, name, bases, namespace): a new class whose type is mcs
// (a metaclass's __new__ ends up here through super()).
static obj_t type_new_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    if (!type_is_type(args[0]) || !rt_is_subclass(args[0], &type_type)) {
        rt_raise_msg(&type_TypeError, "type.__new__(X): X is not a subtype of type");
    }
    if (n_args != 4) {
        rt_raise_msg(&type_TypeError, "type.__new__() takes exactly 3 arguments");
    }
    obj_t all[3 + 2 * 8];
    if (n_kw > 8) {
        rt_raise_msg(&type_TypeError, "too many class keywords");
    }
    memcpy(all, args + 1, 3 * sizeof(obj_t));
    if (n_kw != 0) {
        memcpy(all + 3, kw, 2 * n_kw * sizeof(obj_t));
    }
    return type_make_new(args[0], 3, n_kw, all);
}
static BUILTIN_FN_KW(type_new_fn_obj, QSTR___new__, 2, 4, type_new_fn);
static const obj_method_wrapper_t type_new_obj = {{&type_staticmethod}, (obj_t)&type_new_fn_obj};

// type.__init__(cls, ...): nothing to do, the class is complete.
static obj_t type_init_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    (void)n_args;
    (void)args;
    (void)n_kw;
    (void)kw;
    return OBJ_NONE;
}
static BUILTIN_FN_KW(type_init_obj, QSTR___init__, 1, BUILTIN_N_ANY, type_init_fn);

static obj_t type_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args);

// type.__call__(cls, *args, **kw): makes an instance (for a metaclass's __call__ via super()).
static obj_t type_call_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    if (!type_is_type(args[0])) {
        rt_raise_msg(&type_TypeError, "descriptor '__call__' requires a 'type' object");
    }
    size_t n = n_args - 1 + 2 * n_kw;
    obj_t small[8];
    obj_t *all = n <= ARRAY_SIZE(small) ? small : rt_alloc(n * sizeof(obj_t));
    if (n_args > 1) {
        memcpy(all, args + 1, (n_args - 1) * sizeof(obj_t));
    }
    if (n_kw != 0) {
        memcpy(all + n_args - 1, kw, 2 * n_kw * sizeof(obj_t));
    }
    return type_call(args[0], n_args - 1, n_kw, all);
}
static BUILTIN_FN_KW(type_call_obj, QSTR___call__, 1, BUILTIN_N_ANY, type_call_fn);

static const dict_entry_t type_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_mro), (obj_t)&type_mro_obj},
    {OBJ_NEW_QSTR(QSTR___new__), (obj_t)&type_new_obj},
    {OBJ_NEW_QSTR(QSTR___init__), (obj_t)&type_init_obj},
    {OBJ_NEW_QSTR(QSTR___call__), (obj_t)&type_call_obj},
};
static DICT_ROM(type_locals_dict, type_locals_table);

const obj_type_t type_type = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_type,
    .print = type_print,
    .make_new = type_make_new,
    .call = type_call,
    .unary_op = type_unary_op,
    .binary_op = type_binary_op,
    .attr = type_attr,
    .subscr = type_subscr,
    .parent = &type_object,
    .locals_dict = (obj_dict_t *)&type_locals_dict,
};

// ---------------------------------------------------------------------------
// object
// ---------------------------------------------------------------------------

// Allocates an instance of class [t] (without running __init__), with [args]
// for the native base's constructor when it needs them.
static obj_t make_instance(const obj_type_t *t, size_t n_args, size_t n_kw, const obj_t *args) {
    if (args == NULL) {
        args = no_args;
    }
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        if (t == &type_object) {
            return rt_new_obj(&type_object, sizeof(obj_base_t));
        }
        if (t->make_new == NULL) {
            rt_raise_fmt(&type_TypeError, "cannot create '%q' instances", t->name);
        }
        return t->make_new(t, n_args, n_kw, args);
    }
    const obj_type_t *native = t->parent;
    if (layout_is_exception(t)) {
        // The exception constructors allocate with the class they are given.
        return native->make_new(t, n_args, n_kw, args);
    }
    if (native == &type_type) {
        // A metaclass: its instances are classes.
        if (n_args != 3) {
            rt_raise_fmt(&type_TypeError, "%q() takes 3 arguments", t->name);
        }
        return type_make_new(t, n_args, n_kw, args);
    }
    obj_instance_t *o = rt_new_obj(t, sizeof(obj_instance_t));
    if (native != &type_object) {
        o->native = native->make_new(native, n_args, n_kw, args);
    }
    return o;
}

static obj_t object_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    (void)args;
    if (n_args != 0 || n_kw != 0) {
        rt_raise_msg(&type_TypeError, "object() takes no arguments");
    }
    return make_instance(type, 0, 0, NULL);
}

// object.__new__(cls, *args): a bare instance of cls.
static obj_t object_new_fn(size_t n_args, const obj_t *args) {
    if (!type_is_type(args[0])) {
        rt_raise_fmt(&type_TypeError, "object.__new__(X): X is not a type object (%T)", args[0]);
    }
    const obj_type_t *t = args[0];
    // Immutable native bases take their value now; mutable ones get it in __init__.
    return make_instance(t, n_args - 1, 0, args + 1);
}
static BUILTIN_FN_VAR(object_new_fn_obj, QSTR___new__, 1, BUILTIN_N_ANY, object_new_fn);
static const obj_method_wrapper_t object_new_obj = {{&type_staticmethod}, (obj_t)&object_new_fn_obj};

// Whether instances of [t] are immutable, so that their value is fixed by __new__.
static bool is_immutable_native(const obj_type_t *t) {
    return t == &type_int || t == &type_float || t == &type_str || t == &type_bytes ||
           t == &type_tuple || t == &type_frozenset || t == &type_complex || t == &type_bool ||
           t == &type_range || t == &type_type;
}


// Calls [fn] with [self] before the n_args positional and n_kw keyword
// arguments of [args] (rt_call layout).
static obj_t call_with_self(obj_t fn, obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    size_t n = n_args + 2 * n_kw;
    obj_t small[8];
    obj_t *all = n + 1 <= ARRAY_SIZE(small) ? small : rt_alloc((n + 1) * sizeof(obj_t));
    all[0] = self;
    if (n != 0) {
        memcpy(all + 1, args, n * sizeof(obj_t));
    }
    return rt_call(fn, n_args + 1, n_kw, all);
}

// Joins split positional and keyword arguments into the rt_call layout and
// calls the native base's constructor.
static obj_t remake_native(const obj_type_t *native, size_t n_args, const obj_t *args,
    size_t n_kw, const obj_t *kw) {
    size_t n = n_args + 2 * n_kw;
    obj_t small[8];
    obj_t *all = n <= ARRAY_SIZE(small) ? small : rt_alloc(n * sizeof(obj_t));
    if (n_args != 0) {
        memcpy(all, args, n_args * sizeof(obj_t));
    }
    if (n_kw != 0) {
        memcpy(all + n_args, kw, 2 * n_kw * sizeof(obj_t));
    }
    return native->make_new(native, n_args, n_kw, all);
}

// object.__init__(self, *args, **kw): for a subclass of a mutable built-in
// (list, dict, ...) this is where the native value is built from the arguments.
static obj_t object_init_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t self = args[0];
    const obj_type_t *t = obj_type_of(self);
    if ((t->flags & TYPE_FLAG_HEAP) && !layout_is_exception(t) && t->parent != &type_object &&
        !is_immutable_native(t->parent) && (n_args > 1 || n_kw > 0)) {
        ((obj_instance_t *)self)->native = remake_native(t->parent, n_args - 1, args + 1, n_kw, kw);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_KW(object_init_obj, QSTR___init__, 1, BUILTIN_N_ANY, object_init_fn);

static bool instance_store(obj_t self, qstr attr, obj_t value, bool use_hook);
static void instance_load(obj_t self, qstr attr, obj_t *dest, bool use_hook);

// The qstr of an attribute name given as a Python str.
static qstr attr_name(obj_t name) {
    if (!obj_is_str(name)) {
        rt_raise_fmt(&type_TypeError, "attribute name must be string, not '%T'", name);
    }
    return str_to_qstr(name);
}

static obj_t object_setattr_fn(obj_t self, obj_t name, obj_t value) {
    qstr q = attr_name(name);
    if (!(obj_type_of(self)->flags & TYPE_FLAG_HEAP)) {
        rt_store_attr(self, q, value);
    } else if (!instance_store(self, q, value, false)) {
        rt_raise_fmt(&type_AttributeError, "'%T' object has no attribute '%q'", self, q);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_3(object_setattr_obj, QSTR___setattr__, object_setattr_fn);

static obj_t object_delattr_fn(obj_t self, obj_t name) {
    qstr q = attr_name(name);
    if (!(obj_type_of(self)->flags & TYPE_FLAG_HEAP)) {
        rt_delete_attr(self, q);
    } else if (!instance_store(self, q, OBJ_NULL, false)) {
        rt_raise_fmt(&type_AttributeError, "'%T' object has no attribute '%q'", self, q);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_2(object_delattr_obj, QSTR___delattr__, object_delattr_fn);

static obj_t object_getattribute_fn(obj_t self, obj_t name) {
    qstr q = attr_name(name);
    if (!(obj_type_of(self)->flags & TYPE_FLAG_HEAP)) {
        return rt_load_attr(self, q);
    }
    obj_t dest[2] = {OBJ_NULL, OBJ_NULL};
    instance_load(self, q, dest, false);
    if (dest[0] == OBJ_NULL) {
        rt_raise_fmt(&type_AttributeError, "'%T' object has no attribute '%q'", self, q);
    }
    return dest[1] != OBJ_NULL ? bound_method_new(dest[0], dest[1]) : dest[0];
}
static BUILTIN_FN_2(object_getattribute_obj, QSTR___getattribute__, object_getattribute_fn);

static obj_t object_eq_fn(obj_t self, obj_t other) {
    return self == other ? OBJ_TRUE : OBJ_NOTIMPLEMENTED;
}
static BUILTIN_FN_2(object_eq_obj, QSTR___eq__, object_eq_fn);

static obj_t object_ne_fn(obj_t self, obj_t other) {
    obj_t dest[2];
    rt_load_method(self, QSTR___eq__, dest);
    obj_t args[3] = {dest[0], dest[1], other};
    obj_t r = rt_call_method(1, 0, args);
    if (r == OBJ_NOTIMPLEMENTED) {
        return r;
    }
    return obj_bool(!rt_is_true(r));
}
static BUILTIN_FN_2(object_ne_obj, QSTR___ne__, object_ne_fn);

static obj_t object_hash_fn(obj_t self) {
    return OBJ_NEW_SMALL_INT((intptr_t)((uintptr_t)self >> 3));
}
static BUILTIN_FN_1(object_hash_obj, QSTR___hash__, object_hash_fn);

// Writes the default repr "<module.Class object at 0x...>".
static void print_default_repr(const print_t *p, obj_t self) {
    const obj_type_t *t = obj_type_of(self);
    qstr mod = type_module_name(t);
    if (mod != QSTR_NULL && mod != QSTR_builtins) {
        print_fmt(p, "<%q.%q object at %p>", mod, type_qualname(t), self);
    } else {
        print_fmt(p, "<%q object at %p>", t->name, self);
    }
}

static obj_t object_repr_fn(obj_t self) {
    vstr_t v;
    vstr_init(&v, 48);
    print_t p;
    vstr_print(&v, &p);
    if (obj_type_of(self)->flags & TYPE_FLAG_HEAP) {
        print_default_repr(&p, self);
    } else {
        rt_print_obj(&p, self, PRINT_REPR);
    }
    return vstr_to_str(&v);
}
static BUILTIN_FN_1(object_repr_obj, QSTR___repr__, object_repr_fn);

static obj_t object_str_fn(obj_t self) {
    return rt_repr(self);
}
static BUILTIN_FN_1(object_str_obj, QSTR___str__, object_str_fn);

static obj_t object_format_fn(obj_t self, obj_t spec) {
    size_t len = 0;
    if (obj_is_str(spec)) {
        str_data(spec, &len);
    }
    if (len != 0) {
        rt_raise_fmt(&type_TypeError, "unsupported format string passed to %T.__format__", self);
    }
    return rt_str(self);
}
static BUILTIN_FN_2(object_format_obj, QSTR___format__, object_format_fn);

static obj_t object_init_subclass_fn(size_t n_args, const obj_t *args, size_t n_kw,
    const obj_t *kw) {
    (void)kw;
    // Keywords left over by the subclasses' own __init_subclass__ name the class.
    if (n_kw > 0) {
        rt_raise_fmt(&type_TypeError, "%q.__init_subclass__() takes no keyword arguments",
            type_is_type(args[0]) ? ((const obj_type_t *)args[0])->name : rt_type_name(args[0]));
    }
    (void)n_args;
    return OBJ_NONE;
}
static BUILTIN_FN_KW(object_init_subclass_fn_obj, QSTR___init_subclass__, 1, 1,
    object_init_subclass_fn);
static const obj_method_wrapper_t object_init_subclass_obj = {
    {&type_classmethod}, (obj_t)&object_init_subclass_fn_obj};

static const dict_entry_t object_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR___init__), (obj_t)&object_init_obj},
    {OBJ_NEW_QSTR(QSTR___new__), (obj_t)&object_new_obj},
    {OBJ_NEW_QSTR(QSTR___setattr__), (obj_t)&object_setattr_obj},
    {OBJ_NEW_QSTR(QSTR___delattr__), (obj_t)&object_delattr_obj},
    {OBJ_NEW_QSTR(QSTR___getattribute__), (obj_t)&object_getattribute_obj},
    {OBJ_NEW_QSTR(QSTR___eq__), (obj_t)&object_eq_obj},
    {OBJ_NEW_QSTR(QSTR___ne__), (obj_t)&object_ne_obj},
    {OBJ_NEW_QSTR(QSTR___hash__), (obj_t)&object_hash_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&object_repr_obj},
    {OBJ_NEW_QSTR(QSTR___str__), (obj_t)&object_str_obj},
    {OBJ_NEW_QSTR(QSTR___format__), (obj_t)&object_format_obj},
    {OBJ_NEW_QSTR(QSTR___init_subclass__), (obj_t)&object_init_subclass_obj},
};
static DICT_ROM(object_locals_dict, object_locals_table);

static void object_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    print_default_repr(p, self);
}

const obj_type_t type_object = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_object,
    .print = object_print,
    .make_new = object_make_new,
    .locals_dict = (obj_dict_t *)&object_locals_dict,
};

// ---------------------------------------------------------------------------
// Instances of classes defined in Python
// ---------------------------------------------------------------------------

// A dunder method defined in Python along [t]'s MRO (built-in methods do not
// count: the native base's slots stand for them). OBJ_NULL if none.
static obj_t lookup_user(const obj_type_t *t, qstr name) {
    obj_t v = type_lookup(t, name);
    if (v == OBJ_NULL || obj_type_of(v) == &type_builtin_function) {
        return OBJ_NULL;
    }
    if (obj_type_of(v) == &type_staticmethod &&
        obj_type_of(((obj_method_wrapper_t *)v)->fun) == &type_builtin_function) {
        return OBJ_NULL;
    }
    return v;
}

// Calls a method value [m] found on self's class with [n] positional arguments.
static obj_t call_found(obj_t self, obj_t m, size_t n, const obj_t *args) {
    obj_t dest[2];
    type_bind_attr(self, obj_type_of(self), m, dest);
    if (dest[1] == OBJ_NULL) {
        return rt_call(dest[0], n, 0, args);
    }
    return call_with_self(dest[0], dest[1], n, 0, args);
}

// The native object of a heap instance, or OBJ_NULL when it has none.
static obj_t native_or_null(obj_t self) {
    obj_t n = type_native_of(self);
    return n == self ? OBJ_NULL : n;
}

static void instance_print(const print_t *p, obj_t self, print_kind_t kind) {
    const obj_type_t *t = obj_type_of(self);
    if (kind == PRINT_STR) {
        obj_t m = type_lookup(t, QSTR___str__);
        if (m != OBJ_NULL && m != (obj_t)&object_str_obj) {
            if (obj_type_of(m) != &type_builtin_function) {
                obj_t r = call_found(self, m, 0, NULL);
                if (!obj_is_str(r)) {
                    rt_raise_fmt(&type_TypeError, "__str__ returned non-string (type %T)", r);
                }
                size_t len;
                const char *s = str_data(r, &len);
                print_strn(p, s, len);
                return;
            }
            goto native;
        }
    }
    obj_t m = lookup_user(t, QSTR___repr__);
    if (m != OBJ_NULL) {
        obj_t r = call_found(self, m, 0, NULL);
        if (!obj_is_str(r)) {
            rt_raise_fmt(&type_TypeError, "__repr__ returned non-string (type %T)", r);
        }
        size_t len;
        const char *s = str_data(r, &len);
        print_strn(p, s, len);
        return;
    }
native:
    if (layout_is_exception(t) || t->parent == &type_type) {
        t->parent->print(p, self, kind);
        return;
    }
    obj_t n = native_or_null(self);
    if (n != OBJ_NULL) {
        rt_print_obj(p, n, kind);
        return;
    }
    print_default_repr(p, self);
}

static const qstr unary_op_names[] = {
    [UNARY_OP_POSITIVE] = QSTR___pos__,
    [UNARY_OP_NEGATIVE] = QSTR___neg__,
    [UNARY_OP_INVERT] = QSTR___invert__,
    [UNARY_OP_NOT] = QSTR_NULL,
    [UNARY_OP_BOOL] = QSTR___bool__,
    [UNARY_OP_LEN] = QSTR___len__,
    [UNARY_OP_HASH] = QSTR___hash__,
    [UNARY_OP_ABS] = QSTR___abs__,
    [UNARY_OP_INT] = QSTR___int__,
    [UNARY_OP_FLOAT] = QSTR___float__,
};

static obj_t instance_unary_op(unary_op_t op, obj_t self) {
    const obj_type_t *t = obj_type_of(self);
    qstr name = (size_t)op < ARRAY_SIZE(unary_op_names) ? unary_op_names[op] : QSTR_NULL;
    if (name == QSTR_NULL) {
        return OBJ_NULL;
    }
    obj_t m = type_lookup(t, name);
    if (op == UNARY_OP_HASH && m == OBJ_NONE) {
        rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
    }
    if (m != OBJ_NULL && obj_type_of(m) == &type_builtin_function) {
        m = OBJ_NULL;
    }
    if (m == OBJ_NULL && op == UNARY_OP_INT) {
        m = lookup_user(t, QSTR___index__);
    }
    if (m != OBJ_NULL) {
        obj_t r = call_found(self, m, 0, NULL);
        switch (op) {
            case UNARY_OP_BOOL:
                if (r != OBJ_TRUE && r != OBJ_FALSE) {
                    rt_raise_fmt(&type_TypeError, "__bool__ should return bool, returned %T", r);
                }
                break;
            case UNARY_OP_LEN:
            case UNARY_OP_HASH: {
                if (!obj_is_int(r) && r != OBJ_TRUE && r != OBJ_FALSE) {
                    if (op == UNARY_OP_HASH) {
                        rt_raise_msg(&type_TypeError, "__hash__ method should return an integer");
                    }
                    rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer",
                        r);
                }
                if (op == UNARY_OP_LEN) {
                    if (int_sign(r) < 0) {
                        rt_raise_msg(&type_ValueError, "__len__() should return >= 0");
                    }
                    if (!OBJ_IS_SMALL_INT(r)) {
                        rt_raise_fmt(&type_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
                    }
                } else if (!OBJ_IS_SMALL_INT(r)) {
                    r = OBJ_NEW_SMALL_INT(int_hash(r));
                }
                break;
            }
            case UNARY_OP_INT:
                if (!obj_is_int(r)) {
                    rt_raise_fmt(&type_TypeError, "__int__ returned non-int (type %T)", r);
                }
                break;
            case UNARY_OP_FLOAT:
                if (obj_type_of(r) != &type_float) {
                    rt_raise_fmt(&type_TypeError, "%q.__float__ returned non-float (type %T)",
                        t->name, r);
                }
                break;
            default:
                break;
        }
        return r;
    }
    obj_t n = type_native_of(self);
    const obj_type_t *nt = n == self ? t->parent : obj_type_of(n);
    if (nt->unary_op != NULL && nt != &type_object) {
        return nt->unary_op(op, n);
    }
    return OBJ_NULL;
}

// Dunder names of the binary operators, indexed by binary_op_t: the method and
// its reflection (for comparisons, the mirrored comparison).
static const qstr binary_op_names[][2] = {
    [BINARY_OP_INPLACE_OR] = {QSTR___ior__, QSTR_NULL},
    [BINARY_OP_INPLACE_XOR] = {QSTR___ixor__, QSTR_NULL},
    [BINARY_OP_INPLACE_AND] = {QSTR___iand__, QSTR_NULL},
    [BINARY_OP_INPLACE_LSHIFT] = {QSTR___ilshift__, QSTR_NULL},
    [BINARY_OP_INPLACE_RSHIFT] = {QSTR___irshift__, QSTR_NULL},
    [BINARY_OP_INPLACE_ADD] = {QSTR___iadd__, QSTR_NULL},
    [BINARY_OP_INPLACE_SUBTRACT] = {QSTR___isub__, QSTR_NULL},
    [BINARY_OP_INPLACE_MULTIPLY] = {QSTR___imul__, QSTR_NULL},
    [BINARY_OP_INPLACE_MAT_MULTIPLY] = {QSTR___imatmul__, QSTR_NULL},
    [BINARY_OP_INPLACE_FLOOR_DIVIDE] = {QSTR___ifloordiv__, QSTR_NULL},
    [BINARY_OP_INPLACE_TRUE_DIVIDE] = {QSTR___itruediv__, QSTR_NULL},
    [BINARY_OP_INPLACE_MODULO] = {QSTR___imod__, QSTR_NULL},
    [BINARY_OP_INPLACE_POWER] = {QSTR___ipow__, QSTR_NULL},
    [BINARY_OP_OR] = {QSTR___or__, QSTR___ror__},
    [BINARY_OP_XOR] = {QSTR___xor__, QSTR___rxor__},
    [BINARY_OP_AND] = {QSTR___and__, QSTR___rand__},
    [BINARY_OP_LSHIFT] = {QSTR___lshift__, QSTR___rlshift__},
    [BINARY_OP_RSHIFT] = {QSTR___rshift__, QSTR___rrshift__},
    [BINARY_OP_ADD] = {QSTR___add__, QSTR___radd__},
    [BINARY_OP_SUBTRACT] = {QSTR___sub__, QSTR___rsub__},
    [BINARY_OP_MULTIPLY] = {QSTR___mul__, QSTR___rmul__},
    [BINARY_OP_MAT_MULTIPLY] = {QSTR___matmul__, QSTR___rmatmul__},
    [BINARY_OP_FLOOR_DIVIDE] = {QSTR___floordiv__, QSTR___rfloordiv__},
    [BINARY_OP_TRUE_DIVIDE] = {QSTR___truediv__, QSTR___rtruediv__},
    [BINARY_OP_MODULO] = {QSTR___mod__, QSTR___rmod__},
    [BINARY_OP_POWER] = {QSTR___pow__, QSTR___rpow__},
    [BINARY_OP_LESS] = {QSTR___lt__, QSTR___gt__},
    [BINARY_OP_MORE] = {QSTR___gt__, QSTR___lt__},
    [BINARY_OP_EQUAL] = {QSTR___eq__, QSTR___eq__},
    [BINARY_OP_LESS_EQUAL] = {QSTR___le__, QSTR___ge__},
    [BINARY_OP_MORE_EQUAL] = {QSTR___ge__, QSTR___le__},
    [BINARY_OP_NOT_EQUAL] = {QSTR___ne__, QSTR___ne__},
    [BINARY_OP_CONTAINS] = {QSTR___contains__, QSTR_NULL},
    [BINARY_OP_IS] = {QSTR_NULL, QSTR_NULL},
    [BINARY_OP_IS_NOT] = {QSTR_NULL, QSTR_NULL},
    [BINARY_OP_IN] = {QSTR_NULL, QSTR_NULL},
    [BINARY_OP_NOT_IN] = {QSTR_NULL, QSTR_NULL},
    [BINARY_OP_DIVMOD] = {QSTR___divmod__, QSTR___rdivmod__},
};

static bool op_is_comparison(binary_op_t op) {
    return op >= BINARY_OP_LESS && op <= BINARY_OP_NOT_EQUAL;
}

static binary_op_t mirror(binary_op_t op) {
    switch (op) {
        case BINARY_OP_LESS:
            return BINARY_OP_MORE;
        case BINARY_OP_MORE:
            return BINARY_OP_LESS;
        case BINARY_OP_LESS_EQUAL:
            return BINARY_OP_MORE_EQUAL;
        case BINARY_OP_MORE_EQUAL:
            return BINARY_OP_LESS_EQUAL;
        default:
            return op;
    }
}

// Calls a user dunder [name] of [self] with [arg]; OBJ_NOTIMPLEMENTED if the class has none.
static obj_t try_dunder(obj_t self, qstr name, obj_t arg) {
    const obj_type_t *t = obj_type_of(self);
    if (name == QSTR_NULL || !(t->flags & TYPE_FLAG_HEAP)) {
        return OBJ_NOTIMPLEMENTED;
    }
    obj_t m = lookup_user(t, name);
    if (m == OBJ_NULL) {
        return OBJ_NOTIMPLEMENTED;
    }
    return call_found(self, m, 1, &arg);
}

// The built-in slots of the operands' native objects.
static obj_t native_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    obj_t nl = type_native_of(lhs), nr = type_native_of(rhs);
    if (nl == lhs && nr == rhs && (obj_type_of(lhs)->flags & obj_type_of(rhs)->flags &
                                     TYPE_FLAG_HEAP)) {
        return OBJ_NULL;
    }
    if (OBJ_IS_SMALL_INT(nl) && OBJ_IS_SMALL_INT(nr)) {
        return rt_binary_op(op, nl, nr);
    }
    const obj_type_t *tl = obj_type_of(nl), *tr = obj_type_of(nr);
    if (!(tl->flags & TYPE_FLAG_HEAP) && tl->binary_op != NULL) {
        obj_t r = tl->binary_op(op, nl, nr);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    if (tr != tl && !(tr->flags & TYPE_FLAG_HEAP) && tr->binary_op != NULL) {
        obj_t r = op_is_comparison(op) ? tr->binary_op(mirror(op), nr, nl)
                                       : tr->binary_op(op, nl, nr);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    return OBJ_NULL;
}

obj_t type_heap_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    const obj_type_t *lt = obj_type_of(lhs), *rt = obj_type_of(rhs);
    obj_t r;
    if (op == BINARY_OP_CONTAINS) {
        r = try_dunder(lhs, QSTR___contains__, rhs);
        if (r != OBJ_NOTIMPLEMENTED) {
            return obj_bool(rt_is_true(r));
        }
        obj_t n = native_or_null(lhs);
        if (n != OBJ_NULL && obj_type_of(n)->binary_op != NULL) {
            return obj_type_of(n)->binary_op(op, n, rhs);
        }
        return OBJ_NULL;
    }
    if (op >= BINARY_OP_NUM || binary_op_names[op][0] == QSTR_NULL) {
        return OBJ_NULL;
    }
    if (op < BINARY_OP_OR) {
        r = try_dunder(lhs, binary_op_names[op][0], rhs);
        if (r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
        obj_t nl = native_or_null(lhs);
        if (nl != OBJ_NULL && obj_type_of(nl)->binary_op != NULL) {
            r = obj_type_of(nl)->binary_op(op, nl, type_native_of(rhs));
            if (r != OBJ_NULL) {
                // A mutable native updated in place: the instance stays the result.
                return r == nl ? lhs : r;
            }
        }
        op += BINARY_OP_INPLACE_DELTA;
    }
    qstr name = binary_op_names[op][0], rname = binary_op_names[op][1];
    bool cmp = op_is_comparison(op);
    // A subclass on the right that overrides the reflected method goes first.
    bool right_first = rt != lt && (rt->flags & TYPE_FLAG_HEAP) && rt_is_subclass(rt, lt) &&
                       lookup_user(rt, rname) != OBJ_NULL;
    if (right_first) {
        r = try_dunder(rhs, rname, lhs);
        if (r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
    }
    r = try_dunder(lhs, name, rhs);
    if (r != OBJ_NOTIMPLEMENTED) {
        return r;
    }
    r = native_binary_op(op, lhs, rhs);
    if (r != OBJ_NULL) {
        return r;
    }
    if (!right_first && (rt != lt || cmp)) {
        r = try_dunder(rhs, rname, lhs);
        if (r != OBJ_NOTIMPLEMENTED) {
            return r;
        }
    }
    if (op == BINARY_OP_NOT_EQUAL) {
        // The default __ne__ inverts __eq__.
        r = type_heap_binary_op(BINARY_OP_EQUAL, lhs, rhs);
        if (r != OBJ_NULL) {
            return obj_bool(!rt_is_true(r));
        }
    }
    return OBJ_NULL;
}

// Whether [v] (found on a class) is a data descriptor: a property or an
// object whose class defines __set__ or __delete__.
static bool is_data_descriptor(obj_t v) {
    const obj_type_t *vt = obj_type_of(v);
    if (vt == &type_property) {
        return true;
    }
    return (vt->flags & TYPE_FLAG_HEAP) &&
           (type_lookup(vt, QSTR___set__) != OBJ_NULL || type_lookup(vt, QSTR___delete__) != OBJ_NULL);
}

// Attribute load on a heap instance: data descriptors, the instance dict,
// class attributes, the native object's attributes, then __getattr__.
static void instance_load(obj_t self, qstr attr, obj_t *dest, bool use_hook) {
    const obj_type_t *t = obj_type_of(self);
    obj_t v = type_lookup(t, attr);
    if (v != OBJ_NULL && is_data_descriptor(v)) {
        type_bind_attr(self, t, v, dest);
        return;
    }
    obj_dict_t *d = instance_dict(self, false);
    if (d != NULL) {
        obj_t x = dict_get_qstr(d, attr);
        if (x != OBJ_NULL) {
            dest[0] = x;
            return;
        }
    }
    if (v != OBJ_NULL) {
        type_bind_attr(self, t, v, dest);
        return;
    }
    if (attr == QSTR___dict__) {
        dest[0] = instance_dict(self, true);
        return;
    }
    if (attr == QSTR___class__) {
        dest[0] = (obj_t)t;
        return;
    }
    if (layout_is_exception(t)) {
        if (t->parent->attr != NULL) {
            t->parent->attr(self, attr, dest);
        }
    } else {
        obj_t n = native_or_null(self);
        if (n != OBJ_NULL && obj_type_of(n)->attr != NULL) {
            obj_type_of(n)->attr(n, attr, dest);
        }
    }
    if (dest[0] != OBJ_NULL || !use_hook) {
        return;
    }
    obj_t g = lookup_user(t, QSTR___getattr__);
    if (g != OBJ_NULL) {
        obj_t name = OBJ_NEW_QSTR(attr);
        dest[0] = call_found(self, g, 1, &name);
    }
}

// Attribute store (value) or delete (OBJ_NULL) on a heap instance; false if
// there was nothing to delete.
// o.__class__ = cls: only between classes whose instances have the same
// layout (the same built-in base), as CPython requires.
static void set_instance_class(obj_t self, const obj_type_t *t, obj_t cls) {
    if (!type_is_type(cls)) {
        rt_raise_fmt(&type_TypeError, "__class__ must be set to a class, not '%T' object", cls);
    }
    const obj_type_t *nt = cls;
    if (!(nt->flags & TYPE_FLAG_HEAP)) {
        rt_raise_msg(&type_TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if (type_native_base(nt) != type_native_base(t) || nt->parent == &type_type ||
        t->parent == &type_type) {
        rt_raise_fmt(&type_TypeError, "__class__ assignment: '%q' object layout differs from '%q'",
            nt->name, t->name);
    }
    ((obj_base_t *)self)->type = nt;
}

static bool instance_store(obj_t self, qstr attr, obj_t value, bool use_hook) {
    const obj_type_t *t = obj_type_of(self);
    obj_t v = type_lookup(t, attr);
    if (v != OBJ_NULL) {
        const obj_type_t *vt = obj_type_of(v);
        if (vt == &type_property) {
            obj_property_t *p = v;
            obj_t f = value != OBJ_NULL ? p->fset : p->fdel;
            if (f == OBJ_NULL || f == OBJ_NONE) {
                rt_raise_fmt(&type_AttributeError, "property '%q' of '%q' object has no %s", attr,
                    t->name, value != OBJ_NULL ? "setter" : "deleter");
            }
            if (value != OBJ_NULL) {
                rt_call2(f, self, value);
            } else {
                rt_call1(f, self);
            }
            return true;
        }
        if (vt->flags & TYPE_FLAG_HEAP) {
            obj_t m = type_lookup(vt, value != OBJ_NULL ? QSTR___set__ : QSTR___delete__);
            if (m != OBJ_NULL) {
                obj_t args[3] = {v, self, value};
                rt_call(m, value != OBJ_NULL ? 3 : 2, 0, args);
                return true;
            }
        }
    }
    if (use_hook) {
        obj_t h = lookup_user(t, value != OBJ_NULL ? QSTR___setattr__ : QSTR___delattr__);
        if (h != OBJ_NULL) {
            obj_t args[2] = {OBJ_NEW_QSTR(attr), value};
            call_found(self, h, value != OBJ_NULL ? 2 : 1, args);
            return true;
        }
    }
    if (attr == QSTR___class__ && value != OBJ_NULL) {
        set_instance_class(self, t, value);
        return true;
    }
    if (attr == QSTR___dict__ && value != OBJ_NULL) {
        if (obj_type_of(value) != &type_dict) {
            rt_raise_fmt(&type_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
        }
        obj_dict_t **slot = layout_is_exception(t) ? &((obj_exception_t *)self)->dict
                                                   : &((obj_instance_t *)self)->dict;
        *slot = value;
        return true;
    }
    if (layout_is_exception(t)) {
        switch (attr) {
            case QSTR_args:
            case QSTR___cause__:
            case QSTR___context__:
            case QSTR___traceback__:
            case QSTR___suppress_context__: {
                obj_t dest[2] = {OBJ_SENTINEL, value};
                t->parent->attr(self, attr, dest);
                return dest[0] == OBJ_NULL;
            }
            default:
                break;
        }
    }
    if (value == OBJ_NULL) {
        obj_dict_t *d = instance_dict(self, false);
        return d != NULL && dict_delete(d, OBJ_NEW_QSTR(attr)) != OBJ_NULL;
    }
    dict_set_qstr(instance_dict(self, true), attr, value);
    return true;
}

// Attributes of a class made by a metaclass: the metaclass's data
// descriptors, then the class's own attributes, then the metaclass's methods
// (bound to the class) and its __getattr__.
static void class_of_meta_attr(obj_t cls, qstr attr, obj_t *dest) {
    const obj_type_t *meta = obj_type_of(cls);
    obj_t v = type_lookup(meta, attr);
    if (dest[0] == OBJ_NULL) {
        if (v != OBJ_NULL && is_data_descriptor(v)) {
            type_bind_attr(cls, meta, v, dest);
            return;
        }
        type_attr(cls, attr, dest);
        if (dest[0] != OBJ_NULL) {
            return;
        }
        if (v != OBJ_NULL) {
            type_bind_attr(cls, meta, v, dest);
            return;
        }
        obj_t g = lookup_user(meta, QSTR___getattr__);
        if (g != OBJ_NULL) {
            obj_t name = OBJ_NEW_QSTR(attr);
            dest[0] = call_found(cls, g, 1, &name);
        }
        return;
    }
    if (v != OBJ_NULL && obj_type_of(v) == &type_property) {
        instance_store(cls, attr, dest[1], false);
        dest[0] = OBJ_NULL;
        return;
    }
    type_attr(cls, attr, dest);
}

// A class defining __getattribute__: it answers every attribute read; an
// AttributeError from it falls back to __getattr__ when there is one.
static void instance_getattribute(obj_t self, qstr attr, obj_t ga, obj_t *dest) {
    obj_t name = OBJ_NEW_QSTR(attr);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        dest[0] = call_found(self, ga, 1, &name);
        nlr_pop();
        return;
    }
    obj_t g = lookup_user(obj_type_of(self), QSTR___getattr__);
    if (g == OBJ_NULL || !rt_isinstance(nlr.value, &type_AttributeError)) {
        nlr_jump(nlr.value);
    }
    dest[0] = call_found(self, g, 1, &name);
}

static void instance_attr(obj_t self, qstr attr, obj_t *dest) {
    if (obj_type_of(self)->parent == &type_type) {
        class_of_meta_attr(self, attr, dest);
        return;
    }
    if (dest[0] == OBJ_NULL) {
        // The flag keeps the common case free of an extra MRO walk.
        const obj_type_t *t = obj_type_of(self);
        obj_t ga = (t->flags & TYPE_FLAG_GETATTRIBUTE) ? lookup_user(t, QSTR___getattribute__)
                                                       : OBJ_NULL;
        if (ga != OBJ_NULL) {
            instance_getattribute(self, attr, ga, dest);
            return;
        }
        instance_load(self, attr, dest, true);
        return;
    }
    if (instance_store(self, attr, dest[1], true)) {
        dest[0] = OBJ_NULL;
    }
}

// The VM's fast paths for `o.name` and `o.name = v` on instances of classes,
// with a cache keyed by (class, name). An entry holds while lookup_epoch is
// unchanged (no class namespace changed, so the class still has no data
// descriptor and no hook for the name) and remembers where the name was last
// found in an instance's __dict__: instances built by the same __init__ keep
// their attributes at the same positions.
typedef struct attr_entry {
    const obj_type_t *type;
    qstr attr;
    uint32_t epoch;
    uint32_t index;
    bool load_ok;  // o.name reads o.__dict__ first
    bool store_ok; // o.name = v writes o.__dict__
} attr_entry_t;

#define ATTR_CACHE_SIZE (256)

// Stale entries only compare type pointers: a class freed and another made
// at its address bumped lookup_epoch.
static attr_entry_t attr_cache[ATTR_CACHE_SIZE];

static attr_entry_t *attr_entry(const obj_type_t *t, qstr attr) {
    size_t h = (((uintptr_t)t >> 4) ^ (attr * 2654435761u)) & (ATTR_CACHE_SIZE - 1);
    attr_entry_t *e = &attr_cache[h];
    if (e->type != t || e->attr != attr || e->epoch != lookup_epoch) {
        // Plain instances: not classes made by a metaclass, not exceptions
        // (their attributes live in fields), no __getattribute__.
        bool plain = t->attr == instance_attr && t->parent != &type_type && !layout_is_exception(t) &&
            !(t->flags & TYPE_FLAG_GETATTRIBUTE);
        obj_t v = plain ? type_lookup(t, attr) : OBJ_NULL;
        e->load_ok = plain && (v == OBJ_NULL || !is_data_descriptor(v));
        e->store_ok = e->load_ok && lookup_user(t, QSTR___setattr__) == OBJ_NULL;
        e->type = t;
        e->attr = attr;
        e->epoch = lookup_epoch; // after the lookups, which may run Python code
        e->index = 0;
    }
    return e;
}

// Where [attr] is in [d] (an instance dict), trying the cached position first.
static intptr_t attr_index(attr_entry_t *e, obj_dict_t *d, qstr attr) {
    if (e->index < d->filled && d->entries[e->index].key == OBJ_NEW_QSTR(attr)) {
        return e->index;
    }
    intptr_t ix = dict_index_qstr(d, attr);
    if (ix >= 0) {
        e->index = (uint32_t)ix;
    }
    return ix;
}

obj_t type_instance_load_fast(obj_t o, qstr attr) {
    attr_entry_t *e = attr_entry(obj_type_of(o), attr);
    obj_dict_t *d = ((obj_instance_t *)o)->dict;
    if (!e->load_ok || d == NULL) {
        return OBJ_NULL;
    }
    intptr_t ix = attr_index(e, d, attr);
    return ix < 0 ? OBJ_NULL : d->entries[ix].value;
}

bool type_instance_store_fast(obj_t o, qstr attr, obj_t value) {
    attr_entry_t *e = attr_entry(obj_type_of(o), attr);
    obj_dict_t *d = ((obj_instance_t *)o)->dict;
    if (!e->store_ok || d == NULL) {
        return false;
    }
    intptr_t ix = attr_index(e, d, attr);
    if (ix < 0) {
        return false;
    }
    dict_set_value_at(d, (size_t)ix, value);
    return true;
}

static obj_t instance_make_new(const obj_type_t *t, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_t new_fn = lookup_user(t, QSTR___new__);
    obj_t init_fn = lookup_user(t, QSTR___init__);
    obj_t o;
    if (new_fn != OBJ_NULL) {
        if (obj_type_of(new_fn) == &type_staticmethod) {
            new_fn = ((obj_method_wrapper_t *)new_fn)->fun;
        }
        o = call_with_self(new_fn, (obj_t)t, n_args, n_kw, args);
        if (!rt_isinstance(o, t)) {
            return o;
        }
    } else {
        const obj_type_t *native = t->parent;
        if (native == &type_object) {
            if (init_fn == OBJ_NULL && (n_args != 0 || n_kw != 0)) {
                rt_raise_fmt(&type_TypeError, "%q() takes no arguments", t->name);
            }
            o = make_instance(t, 0, 0, NULL);
        } else if (init_fn != OBJ_NULL && !layout_is_exception(t) && !is_immutable_native(native)) {
            o = make_instance(t, 0, 0, NULL);
        } else {
            o = make_instance(t, n_args, init_fn != OBJ_NULL && layout_is_exception(t) ? 0 : n_kw,
                args);
        }
    }
    if (init_fn != OBJ_NULL) {
        obj_t dest[2];
        type_bind_attr(o, obj_type_of(o), init_fn, dest);
        obj_t r = dest[1] != OBJ_NULL ? call_with_self(dest[0], dest[1], n_args, n_kw, args)
                                      : rt_call(dest[0], n_args, n_kw, args);
        if (r != OBJ_NONE) {
            rt_raise_fmt(&type_TypeError, "__init__() should return None, not '%T'", r);
        }
    }
    return o;
}

static obj_t instance_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    const obj_type_t *t = obj_type_of(self);
    obj_t m = lookup_user(t, QSTR___call__);
    if (m != OBJ_NULL) {
        obj_t dest[2];
        type_bind_attr(self, t, m, dest);
        if (dest[1] != OBJ_NULL) {
            return call_with_self(dest[0], dest[1], n_args, n_kw, args);
        }
        return rt_call(dest[0], n_args, n_kw, args);
    }
    if (t->parent == &type_type) {
        return type_call(self, n_args, n_kw, args);
    }
    obj_t n = native_or_null(self);
    if (n != OBJ_NULL) {
        return rt_call(n, n_args, n_kw, args);
    }
    rt_raise_fmt(&type_TypeError, "'%q' object is not callable", t->name);
}

static obj_t instance_subscr(obj_t self, obj_t index, obj_t value) {
    const obj_type_t *t = obj_type_of(self);
    if (value == OBJ_SENTINEL) {
        obj_t m = lookup_user(t, QSTR___getitem__);
        if (m != OBJ_NULL) {
            return call_found(self, m, 1, &index);
        }
    } else if (value == OBJ_NULL) {
        obj_t m = lookup_user(t, QSTR___delitem__);
        if (m != OBJ_NULL) {
            call_found(self, m, 1, &index);
            return OBJ_NONE;
        }
    } else {
        obj_t m = lookup_user(t, QSTR___setitem__);
        if (m != OBJ_NULL) {
            obj_t args[2] = {index, value};
            call_found(self, m, 2, args);
            return OBJ_NONE;
        }
    }
    obj_t n = native_or_null(self);
    if (n == OBJ_NULL) {
        return OBJ_NULL;
    }
    if (value == OBJ_SENTINEL && obj_type_of(n) == &type_dict) {
        // dict subclasses: a missing key goes to __missing__.
        obj_t m = lookup_user(t, QSTR___missing__);
        if (m != OBJ_NULL) {
            obj_t v = dict_get(n, index);
            return v != OBJ_NULL ? v : call_found(self, m, 1, &index);
        }
    }
    if (obj_type_of(n)->subscr != NULL) {
        return obj_type_of(n)->subscr(n, index, value);
    }
    return OBJ_NULL;
}

static obj_t getitem_iter_new(obj_t obj) {
    obj_getitem_iter_t *it = rt_new_obj(&type_getitem_iter, sizeof(obj_getitem_iter_t));
    it->obj = obj;
    return it;
}

static obj_t instance_getiter(obj_t self) {
    const obj_type_t *t = obj_type_of(self);
    obj_t m = lookup_user(t, QSTR___iter__);
    if (m != OBJ_NULL) {
        obj_t it = call_found(self, m, 0, NULL);
        const obj_type_t *it_type = obj_type_of(it);
        if (it_type->iternext == NULL ||
            ((it_type->flags & TYPE_FLAG_HEAP) && lookup_user(it_type, QSTR___next__) == OBJ_NULL &&
                native_or_null(it) == OBJ_NULL)) {
            rt_raise_fmt(&type_TypeError, "iter() returned non-iterator of type '%q'",
                it_type->name);
        }
        return it;
    }
    obj_t n = native_or_null(self);
    if (n != OBJ_NULL && obj_type_of(n)->getiter != NULL) {
        return obj_type_of(n)->getiter(n);
    }
    if (lookup_user(t, QSTR___getitem__) != OBJ_NULL) {
        return getitem_iter_new(self);
    }
    return OBJ_NULL;
}

static obj_t instance_iternext(obj_t self) {
    const obj_type_t *t = obj_type_of(self);
    obj_t m = lookup_user(t, QSTR___next__);
    if (m != OBJ_NULL) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            obj_t r = call_found(self, m, 0, NULL);
            nlr_pop();
            return r;
        }
        if (rt_isinstance(nlr.value, &type_StopIteration)) {
            return OBJ_NULL;
        }
        nlr_jump(nlr.value);
    }
    obj_t n = native_or_null(self);
    if (n != OBJ_NULL && obj_type_of(n)->iternext != NULL) {
        return obj_type_of(n)->iternext(n);
    }
    rt_raise_fmt(&type_TypeError, "'%q' object is not an iterator", t->name);
}

static bool instance_get_buffer(obj_t self, buffer_info_t *info, int flags) {
    obj_t n = native_or_null(self);
    if (n != OBJ_NULL && obj_type_of(n)->get_buffer != NULL) {
        return obj_type_of(n)->get_buffer(n, info, flags);
    }
    return false;
}

static obj_t getitem_iter_next(obj_t self) {
    obj_getitem_iter_t *it = self;
    if (it->obj == OBJ_NULL) {
        return OBJ_NULL;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t x = rt_subscr_load(it->obj, OBJ_NEW_SMALL_INT(it->index));
        nlr_pop();
        it->index++;
        return x;
    }
    if (rt_isinstance(nlr.value, &type_IndexError) || rt_isinstance(nlr.value, &type_StopIteration)) {
        it->obj = OBJ_NULL;
        return OBJ_NULL;
    }
    nlr_jump(nlr.value);
}

static obj_t self_getiter(obj_t self) {
    return self;
}

static const obj_type_t type_getitem_iter = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_iterator,
    .getiter = self_getiter,
    .iternext = getitem_iter_next,
};

// ---------------------------------------------------------------------------
// Class creation
// ---------------------------------------------------------------------------

// The C3 linearisation of [bases] (a tuple of types): the MRO of a new class
// without the class itself.
static obj_t c3_merge(obj_tuple_t *bases) {
    for (size_t i = 0; i < bases->len; i++) {
        for (size_t j = 0; j < i; j++) {
            if (bases->items[i] == bases->items[j]) {
                rt_raise_fmt(&type_TypeError, "duplicate base class %q",
                    ((obj_type_t *)bases->items[i])->name);
            }
        }
    }
    size_t n_seq = bases->len + 1;
    obj_tuple_t **seqs = rt_alloc(n_seq * sizeof(obj_tuple_t *));
    size_t *heads = rt_alloc(n_seq * sizeof(size_t));
    for (size_t i = 0; i < bases->len; i++) {
        seqs[i] = type_mro_tuple(bases->items[i]);
    }
    seqs[bases->len] = bases;
    obj_t out = list_new(0, NULL);
    for (;;) {
        obj_t cand = OBJ_NULL;
        bool any = false;
        for (size_t i = 0; i < n_seq && cand == OBJ_NULL; i++) {
            if (heads[i] >= seqs[i]->len) {
                continue;
            }
            any = true;
            obj_t c = seqs[i]->items[heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < n_seq && !in_tail; j++) {
                for (size_t k = heads[j] + 1; k < seqs[j]->len; k++) {
                    if (seqs[j]->items[k] == c) {
                        in_tail = true;
                        break;
                    }
                }
            }
            if (!in_tail) {
                cand = c;
            }
        }
        if (!any) {
            break;
        }
        if (cand == OBJ_NULL) {
            vstr_t v;
            vstr_init(&v, 64);
            print_t p;
            vstr_print(&v, &p);
            print_str(&p, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            for (size_t i = 0; i < bases->len; i++) {
                print_fmt(&p, i == 0 ? "%q" : ", %q", ((obj_type_t *)bases->items[i])->name);
            }
            obj_t msg = vstr_to_str(&v);
            nlr_jump(exc_new(&type_TypeError, 1, &msg));
        }
        list_append(out, cand);
        for (size_t i = 0; i < n_seq; i++) {
            if (heads[i] < seqs[i]->len && seqs[i]->items[heads[i]] == cand) {
                heads[i]++;
            }
        }
    }
    return out;
}

obj_t type_new_class(qstr name, obj_t bases_in, obj_dict_t *dict) {
    obj_tuple_t *bases = bases_in;
    if (bases->len == 0) {
        obj_t obj = (obj_t)&type_object;
        bases = tuple_new(1, &obj);
    }
    const obj_type_t *native = &type_object;
    for (size_t i = 0; i < bases->len; i++) {
        obj_t b = bases->items[i];
        if (!type_is_type(b)) {
            rt_raise_msg(&type_TypeError, "bases must be types");
        }
        const obj_type_t *bt = b;
        if (!(bt->flags & (TYPE_FLAG_BASETYPE | TYPE_FLAG_HEAP))) {
            rt_raise_fmt(&type_TypeError, "type '%q' is not an acceptable base type", bt->name);
        }
        const obj_type_t *nb = type_native_base(bt);
        if (nb == &type_object || nb == native || rt_is_subclass(native, nb)) {
            continue;
        }
        if (native != &type_object && !rt_is_subclass(nb, native)) {
            rt_raise_msg(&type_TypeError, "multiple bases have instance lay-out conflict");
        }
        native = nb;
    }
    obj_t tail = c3_merge(bases);

    obj_type_t *t = rt_alloc(sizeof(obj_type_t));
    t->base.type = &type_type;
    t->flags = TYPE_FLAG_HEAP | TYPE_FLAG_BASETYPE | (native->flags & TYPE_FLAG_EXCEPTION);
    t->name = name;
    t->print = instance_print;
    t->make_new = instance_make_new;
    t->call = instance_call;
    t->unary_op = instance_unary_op;
    t->binary_op = NULL; // rt_binary_op routes classes through type_heap_binary_op
    t->attr = instance_attr;
    t->subscr = instance_subscr;
    t->getiter = instance_getiter;
    t->iternext = instance_iternext;
    t->get_buffer = instance_get_buffer;
    t->parent = native;
    t->locals_dict = dict;
    t->bases = bases;
    size_t n_tail;
    obj_t *tail_items;
    seq_get_items(tail, &n_tail, &tail_items);
    obj_tuple_t *mro = tuple_new(n_tail + 1, NULL);
    mro->items[0] = t;
    if (n_tail != 0) {
        memcpy(mro->items + 1, tail_items, n_tail * sizeof(obj_t));
    }
    t->mro = mro;
    if (lookup_user(t, QSTR___getattribute__) != OBJ_NULL) {
        t->flags |= TYPE_FLAG_GETATTRIBUTE;
    }

    // __new__ is implicitly a static method, __init_subclass__ and
    // __class_getitem__ implicitly class methods.
    obj_t f = dict_get_qstr(dict, QSTR___new__);
    if (f != OBJ_NULL && obj_type_of(f) == &type_function) {
        obj_method_wrapper_t *w = rt_new_obj(&type_staticmethod, sizeof(obj_method_wrapper_t));
        w->fun = f;
        dict_set_qstr(dict, QSTR___new__, w);
    }
    static const qstr implicit_cm[] = {QSTR___init_subclass__, QSTR___class_getitem__};
    for (size_t i = 0; i < ARRAY_SIZE(implicit_cm); i++) {
        f = dict_get_qstr(dict, implicit_cm[i]);
        if (f != OBJ_NULL && obj_type_of(f) == &type_function) {
            obj_method_wrapper_t *w = rt_new_obj(&type_classmethod, sizeof(obj_method_wrapper_t));
            w->fun = f;
            dict_set_qstr(dict, implicit_cm[i], w);
        }
    }
    // __doc__ is not inherited: a class without a docstring has None.
    if (dict_get_qstr(dict, QSTR___doc__) == OBJ_NULL) {
        dict_set_qstr(dict, QSTR___doc__, OBJ_NONE);
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if (dict_get_qstr(dict, QSTR___eq__) != OBJ_NULL &&
        dict_get_qstr(dict, QSTR___hash__) == OBJ_NULL) {
        dict_set_qstr(dict, QSTR___hash__, OBJ_NONE);
    }
    // The __class__ cell of methods that use super() (vm_run_class_body put it here).
    obj_t cell = dict_get_qstr(dict, QSTR___classcell__);
    if (cell != OBJ_NULL) {
        dict_delete(dict, OBJ_NEW_QSTR(QSTR___classcell__));
        if (obj_type_of(cell) == &type_cell) {
            ((obj_cell_t *)cell)->value = t;
        }
    }
    namespaces_changed();
    // __set_name__ on the descriptors defined in the body.
    size_t pos = 0;
    dict_entry_t *e;
    while ((e = dict_next(dict, &pos)) != NULL) {
        obj_t v = e->value;
        const obj_type_t *vt = obj_type_of(v);
        if (vt->flags & TYPE_FLAG_HEAP) {
            obj_t sn = lookup_user(vt, QSTR___set_name__);
            if (sn != OBJ_NULL) {
                obj_t args[2] = {(obj_t)t, e->key};
                call_found(v, sn, 2, args);
            }
        }
    }
    return t;
}

// Calls the __init_subclass__ of the nearest base of the new class [cls] that
// defines one, with the class statement's keywords [kw] (n_kw pairs).
static void init_subclass(obj_type_t *cls, size_t n_kw, const obj_t *kw) {
    obj_tuple_t *mro = cls->mro;
    for (size_t i = 1; i < mro->len; i++) {
        obj_t isc = own_lookup(mro->items[i], QSTR___init_subclass__);
        if (isc == OBJ_NULL) {
            continue;
        }
        obj_t fun = obj_type_of(isc) == &type_classmethod ? ((obj_method_wrapper_t *)isc)->fun : isc;
        if (obj_type_of(fun) == &type_builtin_function) {
            // object.__init_subclass__ takes no keywords.
            if (n_kw != 0) {
                rt_raise_fmt(&type_TypeError, "%q.__init_subclass__() takes no keyword arguments",
                    cls->name);
            }
            return;
        }
        call_with_self(fun, (obj_t)cls, 0, n_kw, kw);
        return;
    }
}

obj_t type_new_class_kw(const obj_type_t *meta, qstr name, obj_t bases, obj_dict_t *dict,
    size_t n_kw, const obj_t *kw) {
    obj_type_t *cls = type_new_class(name, bases, dict);
    if (meta != &type_type) {
        cls->base.type = meta;
    }
    init_subclass(cls, n_kw, kw);
    return cls;
}

// ---------------------------------------------------------------------------
// super
// ---------------------------------------------------------------------------

static obj_t super_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "super() takes no keyword arguments");
    }
    obj_t cls, obj;
    if (n_args == 0) {
        vm_super_args(&cls, &obj);
    } else if (n_args == 2) {
        cls = args[0];
        obj = args[1];
    } else {
        rt_raise_msg(&type_TypeError, "super() takes 0 or 2 arguments");
    }
    if (!type_is_type(cls)) {
        rt_raise_fmt(&type_TypeError, "super() argument 1 must be a type, not %T", cls);
    }
    if (!rt_isinstance(obj, cls) && !(type_is_type(obj) && rt_is_subclass(obj, cls))) {
        rt_raise_msg(&type_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    obj_super_t *s = rt_new_obj(&type_super, sizeof(obj_super_t));
    s->type = cls;
    s->obj = obj;
    return s;
}

static void super_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_super_t *s = self;
    bool obj_is_class = type_is_type(s->obj) && rt_is_subclass(s->obj, s->type);
    const obj_type_t *start = obj_is_class ? (const obj_type_t *)s->obj : obj_type_of(s->obj);
    obj_tuple_t *mro = type_mro_tuple(start);
    size_t i = 0;
    while (i < mro->len && mro->items[i] != s->type) {
        i++;
    }
    for (i++; i < mro->len; i++) {
        obj_t v = own_lookup(mro->items[i], attr);
        if (v == OBJ_NULL) {
            continue;
        }
        if (obj_is_class) {
            const obj_type_t *vt = obj_type_of(v);
            if (vt == &type_staticmethod) {
                dest[0] = ((obj_method_wrapper_t *)v)->fun;
            } else if (vt == &type_classmethod) {
                dest[0] = ((obj_method_wrapper_t *)v)->fun;
                dest[1] = s->obj;
            } else {
                dest[0] = v;
            }
        } else {
            type_bind_attr(s->obj, start, v, dest);
        }
        return;
    }
}

static void super_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_super_t *s = self;
    print_fmt(p, "<super: %R, %R>", s->type, s->obj);
}

const obj_type_t type_super = {
    .base = {&type_type},
    .name = QSTR_super,
    .print = super_print,
    .make_new = super_make_new,
    .attr = super_attr,
};

// ---------------------------------------------------------------------------
// staticmethod, classmethod, property
// ---------------------------------------------------------------------------

static obj_t wrapper_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args != 1 || n_kw != 0) {
        rt_raise_fmt(&type_TypeError, "%q expected 1 argument, got %zu", type->name, n_args);
    }
    obj_method_wrapper_t *w = rt_new_obj(type, sizeof(obj_method_wrapper_t));
    w->fun = args[0];
    return w;
}

static void wrapper_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    print_fmt(p, "<%q(%R)>", obj_type_of(self)->name, ((obj_method_wrapper_t *)self)->fun);
}

static void wrapper_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && (attr == QSTR___func__ || attr == QSTR___wrapped__)) {
        dest[0] = ((obj_method_wrapper_t *)self)->fun;
    }
}

static obj_t staticmethod_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    return rt_call(((obj_method_wrapper_t *)self)->fun, n_args, n_kw, args);
}

const obj_type_t type_staticmethod = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_staticmethod,
    .print = wrapper_print,
    .make_new = wrapper_make_new,
    .call = staticmethod_call,
    .attr = wrapper_attr,
};

const obj_type_t type_classmethod = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_classmethod,
    .print = wrapper_print,
    .make_new = wrapper_make_new,
    .attr = wrapper_attr,
};

static obj_t property_new(obj_t fget, obj_t fset, obj_t fdel, obj_t doc) {
    obj_property_t *p = rt_new_obj(&type_property, sizeof(obj_property_t));
    p->fget = fget;
    p->fset = fset;
    p->fdel = fdel;
    p->doc = doc;
    return p;
}

static obj_t property_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    (void)type;
    static const arg_spec_t spec[] = {
        {QSTR_fget, 0, OBJ_NONE},
        {QSTR_fset, 0, OBJ_NONE},
        {QSTR_fdel, 0, OBJ_NONE},
        {QSTR_doc, 0, OBJ_NONE},
    };
    obj_t v[4];
    rt_parse_args(n_args, args, n_kw, args + n_args, 4, spec, v, QSTR_property);
    obj_t doc = v[3];
    if (doc == OBJ_NONE && v[0] != OBJ_NONE) {
        obj_t d = rt_load_attr_maybe(v[0], QSTR___doc__);
        if (d != OBJ_NULL) {
            doc = d;
        }
    }
    return property_new(v[0], v[1], v[2], doc);
}

static obj_t property_getter(obj_t self, obj_t f) {
    obj_property_t *p = self;
    return property_new(f, p->fset, p->fdel, p->doc);
}
static BUILTIN_FN_2(property_getter_obj, QSTR_getter, property_getter);

static obj_t property_setter(obj_t self, obj_t f) {
    obj_property_t *p = self;
    return property_new(p->fget, f, p->fdel, p->doc);
}
static BUILTIN_FN_2(property_setter_obj, QSTR_setter, property_setter);

static obj_t property_deleter(obj_t self, obj_t f) {
    obj_property_t *p = self;
    return property_new(p->fget, p->fset, f, p->doc);
}
static BUILTIN_FN_2(property_deleter_obj, QSTR_deleter, property_deleter);

static const dict_entry_t property_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_getter), (obj_t)&property_getter_obj},
    {OBJ_NEW_QSTR(QSTR_setter), (obj_t)&property_setter_obj},
    {OBJ_NEW_QSTR(QSTR_deleter), (obj_t)&property_deleter_obj},
};
static DICT_ROM(property_locals_dict, property_locals_table);

static void property_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_property_t *p = self;
    obj_t v;
    switch (attr) {
        case QSTR_fget:
            v = p->fget;
            break;
        case QSTR_fset:
            v = p->fset;
            break;
        case QSTR_fdel:
            v = p->fdel;
            break;
        case QSTR___doc__:
            v = p->doc;
            break;
        default:
            return;
    }
    dest[0] = v == OBJ_NULL ? OBJ_NONE : v;
}

const obj_type_t type_property = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_property,
    .make_new = property_make_new,
    .attr = property_attr,
    .locals_dict = (obj_dict_t *)&property_locals_dict,
};
