// Types as objects: type(), the isinstance machinery, classes defined in
// Python and their instances, and the descriptor wrappers (staticmethod,
// classmethod, property). Owner: py/objtype.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJTYPE_H
#define PY_OBJTYPE_H

#include <stdbool.h>
#include <stddef.h>

#include "py/obj.h"

// A property: getter, setter, deleter (OBJ_NULL when absent) and doc. Built-in
// types may put ROM properties in their method tables (fget a built-in function).
typedef struct obj_property {
    obj_base_t base; // &type_property
    obj_t fget, fset, fdel, doc;
} obj_property_t;

// An instance of a class defined in Python whose instances are not
// exceptions: attributes live in [dict] (NULL until the first store);
// [native] is the instance of the built-in base (list, int, ...) that
// built-in methods and slots operate on, OBJ_NULL for plain classes.
typedef struct obj_instance {
    obj_base_t base;
    obj_dict_t *dict;
    obj_t native;
} obj_instance_t;

// super(): its type is declared here because only py/modbuiltins.c names it.
extern const obj_type_t type_super;

// Whether [o] is a type object: a built-in type or a class, including
// classes made by a metaclass (a class derived from type, whose instances
// are classes: its native base is type).
static inline bool type_is_type(obj_t o) {
    if (!OBJ_IS_PTR(o)) {
        return false;
    }
    const obj_type_t *t = ((const obj_base_t *)o)->type;
    return t == &type_type || ((t->flags & TYPE_FLAG_HEAP) && t->parent == &type_type);
}

// Makes a fresh attribute lookup cache; rt_init calls it.
void type_init(void);

// For the VM, on an instance [o] of a class (TYPE_FLAG_HEAP): the value of
// o.attr when it comes from o's own __dict__ with nothing in the class taking
// precedence, else OBJ_NULL (then the full lookup must run).
obj_t type_instance_load_fast(obj_t o, qstr attr);

// Likewise o.attr = value when o's __dict__ already has attr and nothing in
// the class intercepts the store; false when the full store must run.
bool type_instance_store_fast(obj_t o, qstr attr, obj_t value);

// Finds [attr] in the namespace of [t] and its bases in method resolution
// order, without binding it; OBJ_NULL if absent.
obj_t type_lookup(const obj_type_t *t, qstr attr);

// Turns a value [v] found in the namespace of type [t] into what an attribute
// load on [self] yields (rt_load_method's dest convention): methods bind,
// staticmethods unwrap, classmethods bind to the class, properties run.
void type_bind_attr(obj_t self, const obj_type_t *t, obj_t v, obj_t *dest);

// Binary operators when either operand's type is a class defined in Python
// (dunder methods, reflected methods, NotImplemented); OBJ_NULL when nothing
// handled them.
obj_t type_heap_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);

// The __qualname__ of [t] (Outer.Inner for nested classes; the name for built-in types).
qstr type_qualname(const obj_type_t *t);

// The name of the module that defined [t] (QSTR_builtins for built-in types).
qstr type_module_name(const obj_type_t *t);

// The built-in object behind [o]: for an instance of a class derived from a
// built-in type other than an exception, the native instance it wraps (a real
// list, str, int, ...); otherwise [o] itself. Built-in code that accepts
// subclass instances must read them through this, never cast them directly.
obj_t type_native_of(obj_t o);

// The built-in base whose layout instances of [t] use (&type_object for plain classes).
const obj_type_t *type_native_base(const obj_type_t *t);

// Creates a class: [name], tuple [bases], namespace [dict] (used as is).
// Runs __set_name__ of the descriptors in [dict] but not __init_subclass__.
obj_t type_new_class(qstr name, obj_t bases, obj_dict_t *dict);

// Creates a class as the `class` statement does with metaclass [meta] (type
// or a class derived from it), then calls __init_subclass__ with the class
// keywords [kw] (n_kw key/value pairs).
obj_t type_new_class_kw(const obj_type_t *meta, qstr name, obj_t bases, obj_dict_t *dict,
    size_t n_kw, const obj_t *kw);

#endif
