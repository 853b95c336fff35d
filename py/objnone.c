// The singletons None, Ellipsis and NotImplemented, and their types.
// SPDX-License-Identifier: MIT

#include "py/objexcept.h"
#include "py/runtime.h"
#include "py/vstr.h"

// The types are callable with no arguments and return their one instance, as in CPython.
static obj_t singleton_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    (void)args;
    if (n_args != 0 || n_kw != 0) {
        rt_raise_fmt(&type_TypeError, "%q takes no arguments", type->name);
    }
    if (type == &type_NoneType) {
        return OBJ_NONE;
    }
    if (type == &type_ellipsis) {
        return OBJ_ELLIPSIS;
    }
    return OBJ_NOTIMPLEMENTED;
}

static void none_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)self;
    (void)kind;
    print_str(p, "None");
}

static obj_t none_unary_op(unary_op_t op, obj_t self) {
    (void)self;
    if (op == UNARY_OP_BOOL) {
        return OBJ_FALSE;
    }
    return OBJ_NULL;
}

const obj_type_t type_NoneType = {
    .base = {&type_type},
    .name = QSTR_NoneType,
    .print = none_print,
    .make_new = singleton_make_new,
    .unary_op = none_unary_op,
};

const obj_singleton_t obj_none_obj = {{&type_NoneType}};

static void ellipsis_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)self;
    (void)kind;
    print_str(p, "Ellipsis");
}

const obj_type_t type_ellipsis = {
    .base = {&type_type},
    .name = QSTR_ellipsis,
    .print = ellipsis_print,
    .make_new = singleton_make_new,
};

const obj_singleton_t obj_ellipsis_obj = {{&type_ellipsis}};

static void notimplemented_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)self;
    (void)kind;
    print_str(p, "NotImplemented");
}

const obj_type_t type_NotImplementedType = {
    .base = {&type_type},
    .name = QSTR_NotImplementedType,
    .print = notimplemented_print,
    .make_new = singleton_make_new,
};

const obj_singleton_t obj_notimplemented_obj = {{&type_NotImplementedType}};
