// The bool type: True and False, a subclass of int whose arithmetic gives ints.
// SPDX-License-Identifier: MIT

#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objnum.h"
#include "py/runtime.h"
#include "py/vstr.h"

const obj_singleton_t obj_true_obj = {{&type_bool}};
const obj_singleton_t obj_false_obj = {{&type_bool}};

static void bool_print(const print_t *p, obj_t o, print_kind_t kind) {
    (void)kind;
    if (o == OBJ_TRUE) {
        print_strn(p, "True", 4);
    } else {
        print_strn(p, "False", 5);
    }
}

static obj_t bool_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    (void)type;
    (void)args;
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "bool() takes no keyword arguments");
    }
    if (n_args > 1) {
        rt_raise_fmt(&type_TypeError, "bool expected at most 1 argument, got %u", (unsigned)n_args);
    }
    return n_args == 0 ? OBJ_FALSE : obj_bool(rt_is_true(args[0]));
}

static obj_t bool_unary_op(unary_op_t op, obj_t o) {
    return int_unary_op(op, o);
}

// &, | and ^ of two bools stay bools; everything else is int arithmetic.
static obj_t bool_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if ((lhs == OBJ_TRUE || lhs == OBJ_FALSE) && (rhs == OBJ_TRUE || rhs == OBJ_FALSE)) {
        binary_op_t plain = op < BINARY_OP_OR ? op + BINARY_OP_INPLACE_DELTA : op;
        bool a = lhs == OBJ_TRUE, b = rhs == OBJ_TRUE;
        switch (plain) {
            case BINARY_OP_AND:
                return obj_bool(a && b);
            case BINARY_OP_OR:
                return obj_bool(a || b);
            case BINARY_OP_XOR:
                return obj_bool(a != b);
            default:
                break;
        }
    }
    return int_binary_op(op, lhs, rhs);
}

const obj_type_t type_bool = {
    .base = {&type_type},
    .flags = 0,
    .name = QSTR_bool,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .attr = int_attr,
    .parent = &type_int,
};
