// The slice type and the resolution of slices against sequence lengths.
// SPDX-License-Identifier: MIT

#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/runtime.h"
#include "py/vstr.h"

obj_t slice_new(obj_t start, obj_t stop, obj_t step) {
    obj_slice_t *s = rt_new_obj(&type_slice, sizeof(obj_slice_t));
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

// Converts an index value, clamping big ints to the machine range as CPython
// clamps to Py_ssize_t; false if [o] is not int-like.
static bool index_value(obj_t o, intptr_t *out) {
    if (OBJ_IS_SMALL_INT(o)) {
        *out = OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_int) {
        if (!int_to_intptr(o, out)) {
            *out = int_sign(o) < 0 ? INTPTR_MIN : INTPTR_MAX;
        }
        return true;
    }
    return rt_get_int_maybe(o, out);
}

bool slice_get_index(obj_t o, intptr_t *out) {
    if (o == OBJ_NONE) {
        return false;
    }
    if (!index_value(o, out)) {
        rt_raise_msg(&type_TypeError,
            "slice indices must be integers or None or have an __index__ method");
    }
    return true;
}

void slice_clamp_range(size_t n_args, const obj_t *args, size_t len, size_t *start,
    size_t *stop) {
    intptr_t bounds[2] = {0, INTPTR_MAX};
    for (size_t i = 0; i < n_args && i < 2; i++) {
        if (!index_value(args[i], &bounds[i])) {
            rt_raise_msg(&type_TypeError,
                "slice indices must be integers or have an __index__ method");
        }
    }
    for (size_t i = 0; i < 2; i++) {
        intptr_t v = bounds[i];
        if (v < 0) {
            v += (intptr_t)len;
            if (v < 0) {
                v = 0;
            }
        }
        if ((size_t)v > len) {
            v = (intptr_t)len;
        }
        bounds[i] = v;
    }
    *start = (size_t)bounds[0];
    *stop = (size_t)bounds[1];
}

// Moves a start or stop index into the sequence as slice.indices() does.
static intptr_t adjust_index(intptr_t i, intptr_t len, intptr_t step) {
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = step < 0 ? -1 : 0;
        }
    } else if (i >= len) {
        i = step < 0 ? len - 1 : len;
    }
    return i;
}

size_t slice_indices(obj_t slice, size_t len, intptr_t *start, intptr_t *stop, intptr_t *step) {
    obj_slice_t *s = slice;
    intptr_t st, b, e;
    if (!slice_get_index(s->step, &st)) {
        st = 1;
    } else if (st == 0) {
        rt_raise_msg(&type_ValueError, "slice step cannot be zero");
    } else if (st < -INTPTR_MAX) {
        st = -INTPTR_MAX; // so that -step cannot overflow
    }
    if (!slice_get_index(s->start, &b)) {
        b = st < 0 ? INTPTR_MAX : 0;
    }
    if (!slice_get_index(s->stop, &e)) {
        e = st < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    intptr_t n = (intptr_t)len;
    b = adjust_index(b, n, st);
    e = adjust_index(e, n, st);
    *start = b;
    *stop = e;
    *step = st;
    if (st < 0) {
        return e < b ? (size_t)((b - e - 1) / -st) + 1 : 0;
    }
    return b < e ? (size_t)((e - b - 1) / st) + 1 : 0;
}

// ---------------------------------------------------------------------------
// The type
// ---------------------------------------------------------------------------

static obj_t slice_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    (void)type;
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "slice() takes no keyword arguments");
    }
    if (n_args == 0) {
        rt_raise_msg(&type_TypeError, "slice expected at least 1 argument, got 0");
    }
    if (n_args > 3) {
        rt_raise_fmt(&type_TypeError, "slice expected at most 3 arguments, got %zu", n_args);
    }
    if (n_args == 1) {
        return slice_new(OBJ_NONE, args[0], OBJ_NONE);
    }
    return slice_new(args[0], args[1], n_args == 3 ? args[2] : OBJ_NONE);
}

static void slice_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_slice_t *s = self;
    print_fmt(p, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static obj_t slice_as_tuple(obj_slice_t *s) {
    obj_t items[3] = {s->start, s->stop, s->step};
    return tuple_new(3, items);
}

static obj_t slice_unary_op(unary_op_t op, obj_t self) {
    if (op == UNARY_OP_HASH) {
        rt_raise_msg(&type_TypeError, "unhashable type: 'slice'");
    }
    (void)self;
    return OBJ_NULL;
}

static obj_t slice_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_EQUAL:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_NOT_EQUAL:
            if (obj_type_of(lhs) != &type_slice || obj_type_of(rhs) != &type_slice) {
                return OBJ_NULL;
            }
            if (lhs == rhs && (op == BINARY_OP_EQUAL || op == BINARY_OP_NOT_EQUAL)) {
                return obj_bool(op == BINARY_OP_EQUAL);
            }
            return coll_seq_compare(op, slice_as_tuple(lhs), slice_as_tuple(rhs), false);
        default:
            return OBJ_NULL;
    }
}

static void slice_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_slice_t *s = self;
    if (attr == QSTR_start) {
        dest[0] = s->start;
    } else if (attr == QSTR_stop) {
        dest[0] = s->stop;
    } else if (attr == QSTR_step) {
        dest[0] = s->step;
    }
}

static obj_t slice_m_indices(obj_t self, obj_t length) {
    self = coll_self(self, &type_slice, NULL, QSTR_indices);
    intptr_t len = rt_get_int(length);
    if (len < 0) {
        rt_raise_msg(&type_ValueError, "length should not be negative");
    }
    intptr_t start, stop, step;
    slice_indices(self, (size_t)len, &start, &stop, &step);
    obj_t items[3] = {int_from_intptr(start), int_from_intptr(stop), int_from_intptr(step)};
    return tuple_new(3, items);
}
static BUILTIN_FN_2(slice_indices_obj, QSTR_indices, slice_m_indices);

static const dict_entry_t slice_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_indices), (obj_t)&slice_indices_obj},
};
static DICT_ROM(slice_locals_dict, slice_locals_table);

const obj_type_t type_slice = {
    .base = {&type_type},
    .name = QSTR_slice,
    .print = slice_print,
    .make_new = slice_make_new,
    .unary_op = slice_unary_op,
    .binary_op = slice_binary_op,
    .attr = slice_attr,
    .locals_dict = (obj_dict_t *)&slice_locals_dict,
};
