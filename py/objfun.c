// Function objects: Python functions and their argument binding, built-in
// function calls, bound methods, cells, code objects and generators.
// SPDX-License-Identifier: MIT
#include <string.h>

#include "py/code.h"
#include "py/objexcept.h"
#include "py/objfun.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/vm.h"
#include "py/vstr.h"

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

// Writes "0x..." for an address (print_fmt's %x is only 32 bits wide).
static void print_addr(const print_t *p, const void *addr) {
    char buf[2 + 2 * sizeof(uintptr_t) + 1];
    uintptr_t v = (uintptr_t)addr;
    char *e = buf + sizeof(buf) - 1;
    *e = 0;
    char *s = e;
    do {
        *--s = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    *--s = 'x';
    *--s = '0';
    print_str(p, s);
}

static obj_t identity_hash(obj_t self) {
    return OBJ_NEW_SMALL_INT(((intptr_t)self >> 3) & SMALL_INT_MAX);
}

static obj_t plain_unary_op(unary_op_t op, obj_t self) {
    if (op == UNARY_OP_HASH) {
        return identity_hash(self);
    }
    if (op == UNARY_OP_BOOL) {
        return OBJ_TRUE;
    }
    return OBJ_NULL;
}

NORETURN static void raise_type_error_str(obj_t msg) {
    rt_raise(exc_new(&type_TypeError, 1, &msg));
}

// ---------------------------------------------------------------------------
// Code objects
// ---------------------------------------------------------------------------

static uint32_t read_varint(const uint8_t **pp, const uint8_t *end) {
    const uint8_t *p = *pp;
    uint32_t v = 0;
    int shift = 0;
    while (p < end) {
        uint8_t b = *p++;
        v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80) || shift > 28) {
            break;
        }
    }
    *pp = p;
    return v;
}

size_t code_line_of(const obj_code_t *code, size_t offset) {
    const uint8_t *p = code->lines, *end = code->lines + code->n_lines;
    size_t off = 0;
    intptr_t line = 0;
    while (p < end) {
        uint32_t d = read_varint(&p, end);
        uint32_t z = read_varint(&p, end);
        if (off + d > offset) {
            break;
        }
        off += d;
        line += (z & 1) ? -(intptr_t)((z + 1) >> 1) : (intptr_t)(z >> 1);
    }
    return line > 0 ? (size_t)line : code->first_line;
}

static void code_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_code_t *c = self;
    print_fmt(p, "<code object %q at ", c->name);
    print_addr(p, self);
    print_fmt(p, ", file \"%q\", line %u>", c->filename, (unsigned)c->first_line);
}

static void code_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_code_t *c = self;
    if (dest[0] != OBJ_NULL) {
        return;
    }
    switch (attr) {
        case QSTR_co_name:
            dest[0] = OBJ_NEW_QSTR(c->name);
            break;
        case QSTR_co_qualname:
            dest[0] = OBJ_NEW_QSTR(c->qualname);
            break;
        case QSTR_co_filename:
            dest[0] = OBJ_NEW_QSTR(c->filename);
            break;
        case QSTR_co_firstlineno:
            dest[0] = OBJ_NEW_SMALL_INT(c->first_line);
            break;
        case QSTR_co_argcount:
            dest[0] = OBJ_NEW_SMALL_INT(c->n_pos);
            break;
        case QSTR_co_posonlyargcount:
            dest[0] = OBJ_NEW_SMALL_INT(c->n_posonly);
            break;
        case QSTR_co_kwonlyargcount:
            dest[0] = OBJ_NEW_SMALL_INT(c->n_kwonly);
            break;
        case QSTR_co_nlocals:
            dest[0] = OBJ_NEW_SMALL_INT(c->n_slots - c->n_free);
            break;
        case QSTR_co_varnames: {
            size_t n = (size_t)c->n_slots - c->n_free;
            obj_t t = tuple_new(n, NULL);
            for (size_t i = 0; i < n; i++) {
                ((obj_tuple_t *)t)->items[i] = OBJ_NEW_QSTR(c->slot_names[i]);
            }
            dest[0] = t;
            break;
        }
        case QSTR_co_freevars: {
            size_t first = (size_t)c->n_slots - c->n_free;
            obj_t t = tuple_new(c->n_free, NULL);
            for (size_t i = 0; i < c->n_free; i++) {
                ((obj_tuple_t *)t)->items[i] = OBJ_NEW_QSTR(c->slot_names[first + i]);
            }
            dest[0] = t;
            break;
        }
        case QSTR_co_consts:
            dest[0] = tuple_new(c->n_consts, c->consts);
            break;
        case QSTR_co_flags:
            dest[0] = OBJ_NEW_SMALL_INT(c->flags);
            break;
        default:
            break;
    }
}

const obj_type_t type_code = {
    .base = {&type_type},
    .name = QSTR_code,
    .print = code_print,
    .unary_op = plain_unary_op,
    .attr = code_attr,
};

// ---------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------

obj_t cell_new(obj_t value) {
    obj_cell_t *c = rt_new_obj(&type_cell, sizeof(obj_cell_t));
    c->value = value;
    return c;
}

static void cell_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_cell_t *c = self;
    print_str(p, "<cell at ");
    print_addr(p, self);
    if (c->value == OBJ_NULL) {
        print_str(p, ": empty>");
    } else {
        print_fmt(p, ": %T object at ", c->value);
        print_addr(p, c->value);
        print_str(p, ">");
    }
}

static void cell_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_cell_t *c = self;
    if (attr != QSTR_cell_contents) {
        return;
    }
    if (dest[0] == OBJ_NULL) {
        if (c->value == OBJ_NULL) {
            rt_raise_msg(&type_ValueError, "Cell is empty");
        }
        dest[0] = c->value;
    } else if (dest[0] == OBJ_SENTINEL) {
        c->value = dest[1];
        dest[0] = OBJ_NULL;
    }
}

const obj_type_t type_cell = {
    .base = {&type_type},
    .name = QSTR_cell,
    .print = cell_print,
    .unary_op = plain_unary_op,
    .attr = cell_attr,
};

// ---------------------------------------------------------------------------
// Python functions
// ---------------------------------------------------------------------------

obj_t fun_new(obj_code_t *code, obj_dict_t *globals, obj_t defaults, obj_dict_t *kwdefaults, obj_t closure) {
    obj_fun_t *f = rt_new_obj(&type_function, sizeof(obj_fun_t));
    f->code = code;
    f->globals = globals;
    f->defaults = defaults;
    f->kwdefaults = kwdefaults;
    f->closure = closure;
    f->name = code->name;
    f->qualname = code->qualname;
    f->doc = code->doc;
    f->module = OBJ_NULL;
    return f;
}

static obj_t fun_module(obj_fun_t *f) {
    if (f->module != OBJ_NULL) {
        return f->module;
    }
    obj_t m = f->globals != NULL ? dict_get_qstr(f->globals, QSTR___name__) : OBJ_NULL;
    return m != OBJ_NULL ? m : OBJ_NONE;
}

obj_t fun_error_name(obj_t fn) {
    if (OBJ_IS_PTR(fn) && ((obj_base_t *)fn)->type == &type_bound_method) {
        fn = ((obj_bound_method_t *)fn)->fun;
    }
    const obj_type_t *t = obj_type_of(fn);
    if (t == &type_function) {
        obj_fun_t *f = fn;
        obj_t m = fun_module(f);
        if (obj_is_str(m)) {
            return str_fmt("%S.%q", m, f->qualname);
        }
        return OBJ_NEW_QSTR(f->qualname);
    }
    if (t == &type_builtin_function) {
        return OBJ_NEW_QSTR(((const obj_builtin_t *)fn)->name);
    }
    if (t == &type_type) {
        return OBJ_NEW_QSTR(((const obj_type_t *)fn)->name);
    }
    return str_fmt("%T object", fn);
}

// Appends 'a', 'a' and 'b', or 'a', 'b', and 'c' to [v].
static void add_name_list(print_t *p, const qstr *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            print_str(p, n == 2 ? " and " : (i + 1 == n ? ", and " : ", "));
        }
        print_fmt(p, "'%q'", names[i]);
    }
}

NORETURN static void missing_args(obj_fun_t *fun, const qstr *names, size_t n, const char *kind) {
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print(&v, &p);
    print_fmt(&p, "%q() missing %u required %s argument%s: ", fun->qualname, (unsigned)n, kind, n == 1 ? "" : "s");
    add_name_list(&p, names, n);
    raise_type_error_str(vstr_to_str(&v));
}

NORETURN static void too_many_positional(obj_fun_t *fun, size_t given, size_t kwonly_given) {
    const obj_code_t *code = fun->code;
    size_t n_def = fun->defaults != OBJ_NULL ? ((obj_tuple_t *)fun->defaults)->len : 0;
    size_t n_pos = code->n_pos;
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print(&v, &p);
    print_fmt(&p, "%q() takes ", fun->qualname);
    if (n_def > 0) {
        print_fmt(&p, "from %u to %u positional arguments", (unsigned)(n_pos - n_def), (unsigned)n_pos);
    } else {
        print_fmt(&p, "%u positional argument%s", (unsigned)n_pos, n_pos == 1 ? "" : "s");
    }
    if (kwonly_given > 0) {
        print_fmt(&p, " but %u positional argument%s (and %u keyword-only argument%s) were given", (unsigned)given,
            given == 1 ? "" : "s", (unsigned)kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
        print_fmt(&p, " but %u %s given", (unsigned)given, given == 1 ? "was" : "were");
    }
    raise_type_error_str(vstr_to_str(&v));
}

// Binds a call's arguments to the parameter slots of [fun] as CPython does.
static void bind_args(obj_fun_t *fun, size_t n_args, size_t n_kw, const obj_t *args, obj_t *slots) {
    const obj_code_t *code = fun->code;
    size_t n_pos = code->n_pos, n_kwonly = code->n_kwonly;
    bool has_var = (code->flags & CODE_FLAG_VARARGS) != 0;
    bool has_kw = (code->flags & CODE_FLAG_VARKW) != 0;
    size_t var_slot = n_pos + n_kwonly, kw_slot = var_slot + (has_var ? 1 : 0);
    for (size_t i = 0; i < code->n_slots; i++) {
        slots[i] = OBJ_NULL;
    }
    obj_dict_t *kwdict = NULL;
    if (has_kw) {
        kwdict = dict_new(n_kw);
        slots[kw_slot] = kwdict;
    }
    size_t k = n_args < n_pos ? n_args : n_pos;
    for (size_t i = 0; i < k; i++) {
        slots[i] = args[i];
    }
    if (has_var) {
        slots[var_slot] = n_args > n_pos ? tuple_new(n_args - n_pos, args + n_pos) : OBJ_EMPTY_TUPLE;
    }
    const obj_t *kw = args + n_args;
    size_t kwonly_given = 0;
    qstr posonly_bad[8];
    size_t n_posonly_bad = 0;
    for (size_t i = 0; i < n_kw; i++) {
        obj_t key = kw[2 * i], value = kw[2 * i + 1];
        qstr q;
        if (OBJ_IS_QSTR(key)) {
            q = OBJ_QSTR_VALUE(key);
        } else if (obj_is_str(key) || rt_isinstance(key, &type_str)) {
            size_t len;
            const char *s = str_data(key, &len);
            q = qstr_find_strn(s, len);
        } else {
            rt_raise_msg(&type_TypeError, "keywords must be strings");
        }
        size_t j = n_pos + n_kwonly;
        if (q != QSTR_NULL) {
            for (j = 0; j < n_pos + n_kwonly; j++) {
                if (code->slot_names[j] == q) {
                    break;
                }
            }
        }
        if (j < n_pos + n_kwonly && j >= code->n_posonly) {
            if (slots[j] != OBJ_NULL) {
                rt_raise_fmt(&type_TypeError, "%q() got multiple values for argument '%q'", fun->qualname, q);
            }
            slots[j] = value;
            if (j >= n_pos) {
                kwonly_given++;
            }
            continue;
        }
        if (has_kw) {
            if (dict_get(kwdict, key) != OBJ_NULL) {
                rt_raise_fmt(&type_TypeError, "%q() got multiple values for keyword argument '%S'", fun->qualname, key);
            }
            dict_set(kwdict, key, value);
            continue;
        }
        if (j < code->n_posonly) {
            if (n_posonly_bad < ARRAY_SIZE(posonly_bad)) {
                posonly_bad[n_posonly_bad++] = q;
            }
            continue;
        }
        rt_raise_fmt(&type_TypeError, "%q() got an unexpected keyword argument '%S'", fun->qualname, key);
    }
    if (n_posonly_bad > 0) {
        vstr_t v;
        vstr_init(&v, 64);
        print_t p;
        vstr_print(&v, &p);
        print_fmt(&p, "%q() got some positional-only arguments passed as keyword arguments: '", fun->qualname);
        for (size_t i = 0; i < n_posonly_bad; i++) {
            print_fmt(&p, i ? ", %q" : "%q", posonly_bad[i]);
        }
        print_str(&p, "'");
        raise_type_error_str(vstr_to_str(&v));
    }
    if (n_args > n_pos && !has_var) {
        too_many_positional(fun, n_args, kwonly_given);
    }
    obj_tuple_t *defs = fun->defaults;
    size_t n_def = defs != NULL ? defs->len : 0;
    if (n_def > n_pos) {
        n_def = n_pos;
    }
    size_t first_def = n_pos - n_def;
    if (n_args < n_pos) {
        size_t n_missing = 0;
        for (size_t i = n_args; i < first_def; i++) {
            if (slots[i] == OBJ_NULL) {
                n_missing++;
            }
        }
        if (n_missing > 0) {
            qstr *names = rt_alloc_flags(n_missing * sizeof(qstr), GC_ALLOC_NOSCAN);
            size_t m = 0;
            for (size_t i = n_args; i < first_def; i++) {
                if (slots[i] == OBJ_NULL) {
                    names[m++] = code->slot_names[i];
                }
            }
            missing_args(fun, names, n_missing, "positional");
        }
        for (size_t i = first_def; i < n_pos; i++) {
            if (slots[i] == OBJ_NULL) {
                slots[i] = defs->items[i - first_def];
            }
        }
    }
    if (n_kwonly > 0) {
        size_t n_missing = 0;
        for (size_t j = n_pos; j < n_pos + n_kwonly; j++) {
            if (slots[j] == OBJ_NULL) {
                obj_t d = fun->kwdefaults != NULL ? dict_get_qstr(fun->kwdefaults, code->slot_names[j]) : OBJ_NULL;
                if (d != OBJ_NULL) {
                    slots[j] = d;
                } else {
                    n_missing++;
                }
            }
        }
        if (n_missing > 0) {
            qstr *names = rt_alloc_flags(n_missing * sizeof(qstr), GC_ALLOC_NOSCAN);
            size_t m = 0;
            for (size_t j = n_pos; j < n_pos + n_kwonly; j++) {
                if (slots[j] == OBJ_NULL) {
                    names[m++] = code->slot_names[j];
                }
            }
            missing_args(fun, names, n_missing, "keyword-only");
        }
    }
}

static obj_t gen_create(obj_fun_t *fun, size_t n_args, size_t n_kw, const obj_t *args);

// The slot copies below are a few words: keep GCC from turning them into
// memcpy/memset library calls, which cost more than the loops.
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
obj_t fun_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_fun_t *fun = self;
    const obj_code_t *code = fun->code;
    if (code->flags & (CODE_FLAG_GENERATOR | CODE_FLAG_COROUTINE | CODE_FLAG_ASYNC_GEN)) {
        return gen_create(fun, n_args, n_kw, args);
    }
    rt_check_stack();
    size_t total = (size_t)code->n_slots + code->stack_size;
    if (total > 256) {
        char probe;
        if (&probe - total * sizeof(obj_t) < vm_state.stack_limit) {
            rt_raise_recursion_error();
        }
    }
    obj_t slots[total];
    if ((code->flags & CODE_FLAG_SIMPLE) && n_kw == 0 && n_args == code->n_pos) {
        for (size_t i = 0; i < n_args; i++) {
            slots[i] = args[i];
        }
        for (size_t i = n_args; i < code->n_slots; i++) {
            slots[i] = OBJ_NULL;
        }
    } else {
        bind_args(fun, n_args, n_kw, args, slots);
    }
    vm_frame_t frame;
    frame.code = code;
    frame.ip = code->code;
    frame.sp = slots + code->n_slots;
    frame.globals = fun->globals;
    // A class body called directly (not through __build_class__) still needs a namespace.
    frame.locals = (code->flags & CODE_FLAG_NAMES) ? dict_new(0) : NULL;
    frame.fun = fun;
    frame.slots = slots;
    frame.locals_cache = NULL;
    frame.gen = OBJ_NULL;
    if (code->n_cells | code->n_free) {
        vm_frame_setup(&frame, fun, slots);
    }
    // A function without loops never reaches a backward jump: Ctrl-C into
    // C code calling one many times (sorted with a key) is seen here.
    if (vm_state.pending) {
        rt_raise_pending_exception();
    }
    return vm_execute(&frame, OBJ_NULL);
}

static void fun_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_fun_t *f = self;
    print_fmt(p, "<function %q at ", f->qualname);
    print_addr(p, self);
    print_str(p, ">");
}

static void fun_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_fun_t *f = self;
    if (dest[0] == OBJ_NULL) {
        switch (attr) {
            case QSTR___name__:
                dest[0] = OBJ_NEW_QSTR(f->name);
                return;
            case QSTR___qualname__:
                dest[0] = OBJ_NEW_QSTR(f->qualname);
                return;
            case QSTR___doc__:
                dest[0] = f->doc;
                return;
            case QSTR___module__:
                dest[0] = fun_module(f);
                return;
            case QSTR___defaults__:
                dest[0] = f->defaults != OBJ_NULL ? f->defaults : OBJ_NONE;
                return;
            case QSTR___kwdefaults__:
                dest[0] = f->kwdefaults != NULL ? (obj_t)f->kwdefaults : OBJ_NONE;
                return;
            case QSTR___code__:
                dest[0] = f->code;
                return;
            case QSTR___globals__:
                dest[0] = f->globals;
                return;
            case QSTR___closure__:
                dest[0] = f->closure != OBJ_NULL ? f->closure : OBJ_NONE;
                return;
            case QSTR___dict__:
                if (f->dict == NULL) {
                    f->dict = dict_new(0);
                }
                dest[0] = f->dict;
                return;
            default:
                if (f->dict != NULL) {
                    obj_t v = dict_get_qstr(f->dict, attr);
                    if (v != OBJ_NULL) {
                        dest[0] = v;
                    }
                }
                return;
        }
    }
    if (dest[0] != OBJ_SENTINEL) {
        return;
    }
    obj_t v = dest[1];
    if (v == OBJ_NULL) {
        // Delete.
        if (f->dict != NULL && dict_delete(f->dict, OBJ_NEW_QSTR(attr)) != OBJ_NULL) {
            dest[0] = OBJ_NULL;
        } else if (attr == QSTR___doc__) {
            f->doc = OBJ_NONE;
            dest[0] = OBJ_NULL;
        }
        return;
    }
    switch (attr) {
        case QSTR___name__:
        case QSTR___qualname__:
            if (!obj_is_str(v)) {
                rt_raise_fmt(&type_TypeError, "%q must be set to a string object", attr);
            }
            if (attr == QSTR___name__) {
                f->name = str_to_qstr(v);
            } else {
                f->qualname = str_to_qstr(v);
            }
            break;
        case QSTR___doc__:
            f->doc = v;
            break;
        case QSTR___module__:
            f->module = v;
            break;
        case QSTR___defaults__:
            if (v == OBJ_NONE) {
                f->defaults = OBJ_NULL;
            } else if (obj_type_of(v) == &type_tuple) {
                f->defaults = ((obj_tuple_t *)v)->len ? v : OBJ_NULL;
            } else {
                rt_raise_msg(&type_TypeError, "__defaults__ must be set to a tuple object");
            }
            break;
        case QSTR___kwdefaults__:
            if (v == OBJ_NONE) {
                f->kwdefaults = NULL;
            } else if (obj_type_of(v) == &type_dict) {
                f->kwdefaults = v;
            } else {
                rt_raise_msg(&type_TypeError, "__kwdefaults__ must be set to a dict object");
            }
            break;
        case QSTR___dict__:
            if (obj_type_of(v) != &type_dict) {
                rt_raise_msg(&type_TypeError, "__dict__ must be set to a dictionary");
            }
            f->dict = v;
            break;
        default:
            if (f->dict == NULL) {
                f->dict = dict_new(0);
            }
            dict_set_qstr(f->dict, attr, v);
            break;
    }
    dest[0] = OBJ_NULL;
}

const obj_type_t type_function = {
    .base = {&type_type},
    .name = QSTR_function,
    .print = fun_print,
    .call = fun_call,
    .unary_op = plain_unary_op,
    .attr = fun_attr,
};

// ---------------------------------------------------------------------------
// Bound methods
// ---------------------------------------------------------------------------

obj_t bound_method_new(obj_t fun, obj_t self) {
    obj_bound_method_t *m = rt_new_obj(&type_bound_method, sizeof(obj_bound_method_t));
    m->fun = fun;
    m->self = self;
    return m;
}

static obj_t bound_call(obj_t self_in, size_t n_args, size_t n_kw, const obj_t *args) {
    obj_bound_method_t *m = self_in;
    size_t n = 1 + n_args + 2 * n_kw;
    obj_t small[8];
    obj_t *all = n <= ARRAY_SIZE(small) ? small : rt_alloc(n * sizeof(obj_t));
    all[0] = m->self;
    if (n > 1) {
        memcpy(all + 1, args, (n - 1) * sizeof(obj_t));
    }
    if (fun_is_function(m->fun)) {
        return fun_call(m->fun, n_args + 1, n_kw, all);
    }
    if (OBJ_IS_PTR(m->fun) && ((obj_base_t *)m->fun)->type == &type_builtin_function) {
        return builtin_call_method(m->fun, n_args + 1, n_kw, all);
    }
    return rt_call(m->fun, n_args + 1, n_kw, all);
}

static void bound_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_bound_method_t *m = self;
    if (OBJ_IS_PTR(m->fun) && ((obj_base_t *)m->fun)->type == &type_builtin_function) {
        print_fmt(p, "<built-in method %q of %T object at ", ((const obj_builtin_t *)m->fun)->name, m->self);
        print_addr(p, m->self);
        print_str(p, ">");
        return;
    }
    obj_t q = rt_load_attr_maybe(m->fun, QSTR___qualname__);
    if (q == OBJ_NULL) {
        q = rt_load_attr_maybe(m->fun, QSTR___name__);
    }
    print_str(p, "<bound method ");
    if (q != OBJ_NULL) {
        rt_print_obj(p, q, PRINT_STR);
    } else {
        print_str(p, "?");
    }
    print_fmt(p, " of %R>", m->self);
}

static void bound_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_bound_method_t *m = self;
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == QSTR___self__) {
        dest[0] = m->self;
    } else if (attr == QSTR___func__) {
        dest[0] = m->fun;
    } else {
        obj_t v = rt_load_attr_maybe(m->fun, attr);
        if (v != OBJ_NULL) {
            dest[0] = v;
        }
    }
}

static obj_t bound_unary_op(unary_op_t op, obj_t self) {
    obj_bound_method_t *m = self;
    if (op == UNARY_OP_HASH) {
        intptr_t h = OBJ_SMALL_INT_VALUE(identity_hash(m->self)) ^ rt_hash(m->fun);
        return OBJ_NEW_SMALL_INT(h & SMALL_INT_MAX);
    }
    if (op == UNARY_OP_BOOL) {
        return OBJ_TRUE;
    }
    return OBJ_NULL;
}

static obj_t bound_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if ((op != BINARY_OP_EQUAL && op != BINARY_OP_NOT_EQUAL) || obj_type_of(lhs) != &type_bound_method
        || obj_type_of(rhs) != &type_bound_method) {
        return OBJ_NULL;
    }
    obj_bound_method_t *a = lhs, *b = rhs;
    bool eq = a->self == b->self && rt_equal(a->fun, b->fun);
    return obj_bool(op == BINARY_OP_EQUAL ? eq : !eq);
}

const obj_type_t type_bound_method = {
    .base = {&type_type},
    .name = QSTR_method,
    .print = bound_print,
    .call = bound_call,
    .unary_op = bound_unary_op,
    .binary_op = bound_binary_op,
    .attr = bound_attr,
};

// ---------------------------------------------------------------------------
// Built-in functions
// ---------------------------------------------------------------------------

obj_t builtin_call(const obj_builtin_t *b, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_kw != 0 && b->kind != FN_KIND_KW) {
        rt_raise_fmt(&type_TypeError, "%q() takes no keyword arguments", b->name);
    }
    switch (b->kind) {
        case FN_KIND_0:
            if (n_args != 0) {
                rt_raise_fmt(&type_TypeError, "%q() takes no arguments (%u given)", b->name, (unsigned)n_args);
            }
            return b->fn.f0();
        case FN_KIND_1:
            if (n_args != 1) {
                rt_raise_fmt(&type_TypeError, "%q() takes exactly one argument (%u given)", b->name, (unsigned)n_args);
            }
            return b->fn.f1(args[0]);
        case FN_KIND_2:
            if (n_args != 2) {
                rt_raise_fmt(&type_TypeError, "%q expected 2 arguments, got %u", b->name, (unsigned)n_args);
            }
            return b->fn.f2(args[0], args[1]);
        case FN_KIND_3:
            if (n_args != 3) {
                rt_raise_fmt(&type_TypeError, "%q expected 3 arguments, got %u", b->name, (unsigned)n_args);
            }
            return b->fn.f3(args[0], args[1], args[2]);
        default:
            break;
    }
    if (n_args < b->n_min || n_args > b->n_max) {
        unsigned bound = n_args < b->n_min ? b->n_min : b->n_max;
        const char *how = b->n_min == b->n_max ? "" : n_args < b->n_min ? "at least " : "at most ";
        rt_raise_fmt(&type_TypeError, "%q expected %s%u argument%s, got %u", b->name, how, bound,
            bound == 1 ? "" : "s", (unsigned)n_args);
    }
    if (b->kind == FN_KIND_VAR) {
        return b->fn.var(n_args, args);
    }
    return b->fn.kw(n_args, args, n_kw, args + n_args);
}

obj_t builtin_call_method(const obj_builtin_t *b, size_t n_args, size_t n_kw, const obj_t *args) {
    if (n_args == 0) {
        return builtin_call(b, n_args, n_kw, args);
    }
    qstr tname = rt_type_name(args[0]);
    size_t given = n_args - 1;
    if (n_kw != 0 && b->kind != FN_KIND_KW) {
        rt_raise_fmt(&type_TypeError, "%q.%q() takes no keyword arguments", tname, b->name);
    }
    switch (b->kind) {
        case FN_KIND_1:
            if (n_args != 1) {
                rt_raise_fmt(&type_TypeError, "%q.%q() takes no arguments (%u given)", tname, b->name, (unsigned)given);
            }
            return b->fn.f1(args[0]);
        case FN_KIND_2:
            if (n_args != 2) {
                rt_raise_fmt(&type_TypeError, "%q.%q() takes exactly one argument (%u given)", tname, b->name,
                    (unsigned)given);
            }
            return b->fn.f2(args[0], args[1]);
        case FN_KIND_3:
            if (n_args != 3) {
                rt_raise_fmt(&type_TypeError, "%q expected 2 arguments, got %u", b->name, (unsigned)given);
            }
            return b->fn.f3(args[0], args[1], args[2]);
        case FN_KIND_VAR:
        case FN_KIND_KW:
            if (n_args < b->n_min || n_args > b->n_max) {
                unsigned lo = b->n_min ? b->n_min - 1u : 0u;
                unsigned hi = b->n_max == BUILTIN_N_ANY ? BUILTIN_N_ANY : (b->n_max ? b->n_max - 1u : 0u);
                unsigned bound = n_args < b->n_min ? lo : hi;
                const char *how = b->n_min == b->n_max ? "" : n_args < b->n_min ? "at least " : "at most ";
                rt_raise_fmt(&type_TypeError, "%q expected %s%u argument%s, got %u", b->name, how, bound,
                    bound == 1 ? "" : "s", (unsigned)given);
            }
            break;
        default:
            break;
    }
    return builtin_call(b, n_args, n_kw, args);
}

static obj_t builtin_call_slot(obj_t self, size_t n_args, size_t n_kw, const obj_t *args) {
    return builtin_call(self, n_args, n_kw, args);
}

static void builtin_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    print_fmt(p, "<built-in function %q>", ((const obj_builtin_t *)self)->name);
}

static void builtin_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    if (attr == QSTR___name__ || attr == QSTR___qualname__) {
        dest[0] = OBJ_NEW_QSTR(((const obj_builtin_t *)self)->name);
    } else if (attr == QSTR___doc__) {
        dest[0] = OBJ_NONE;
    }
}

const obj_type_t type_builtin_function = {
    .base = {&type_type},
    .name = QSTR_builtin_function_or_method,
    .print = builtin_print,
    .call = builtin_call_slot,
    .unary_op = plain_unary_op,
    .attr = builtin_attr,
};

// ---------------------------------------------------------------------------
// Generators and coroutines
// ---------------------------------------------------------------------------

static obj_t gen_create(obj_fun_t *fun, size_t n_args, size_t n_kw, const obj_t *args) {
    const obj_code_t *code = fun->code;
    size_t total = (size_t)code->n_slots + code->stack_size;
    vm_frame_t *fr = rt_alloc(sizeof(vm_frame_t) + total * sizeof(obj_t));
    obj_t *slots = (obj_t *)(fr + 1);
    if ((code->flags & CODE_FLAG_SIMPLE) && n_kw == 0 && n_args == code->n_pos) {
        for (size_t i = 0; i < n_args; i++) {
            slots[i] = args[i];
        }
    } else {
        bind_args(fun, n_args, n_kw, args, slots);
    }
    fr->code = code;
    fr->ip = code->code;
    fr->sp = slots + code->n_slots;
    fr->globals = fun->globals;
    fr->locals = NULL;
    fr->fun = fun;
    fr->slots = slots;
    fr->locals_cache = NULL;
    if (code->n_cells | code->n_free) {
        vm_frame_setup(fr, fun, slots);
    }
    bool coro = (code->flags & CODE_FLAG_COROUTINE) != 0;
    bool agen = (code->flags & CODE_FLAG_ASYNC_GEN) != 0;
    obj_gen_t *g = rt_new_obj(coro ? &type_coroutine : agen ? &type_async_generator : &type_generator,
        sizeof(obj_gen_t));
    g->frame = fr;
    fr->gen = g;
    g->state = GEN_STATE_CREATED;
    g->coroutine = coro;
    g->async_gen = agen;
    g->name = fun->name;
    g->qualname = fun->qualname;
    return g;
}

// How messages name the kind of [g].
static const char *gen_kind(const obj_gen_t *g) {
    return g->async_gen ? "async generator" : g->coroutine ? "coroutine" : "generator";
}

obj_t gen_resume(obj_t self, obj_t send, obj_t throw, bool *done) {
    obj_gen_t *g = self;
    const char *what = gen_kind(g);
    rt_check_stack();
    if (g->state == GEN_STATE_RUNNING) {
        rt_raise_fmt(&type_ValueError, "%s already executing", what);
    }
    if (g->state == GEN_STATE_DONE) {
        if (throw != OBJ_NULL) {
            rt_raise(throw);
        }
        if (g->coroutine) {
            rt_raise_msg(&type_RuntimeError, "cannot reuse already awaited coroutine");
        }
        *done = true;
        return OBJ_NONE;
    }
    if (g->state == GEN_STATE_CREATED) {
        if (throw != OBJ_NULL) {
            g->state = GEN_STATE_DONE;
            rt_raise(throw);
        }
        if (send != OBJ_NULL && send != OBJ_NONE) {
            rt_raise_fmt(&type_TypeError, "can't send non-None value to a just-started %s", what);
        }
    } else if (throw == OBJ_NULL) {
        *g->frame->sp++ = send != OBJ_NULL ? send : OBJ_NONE;
    }
    g->state = GEN_STATE_RUNNING;
    obj_t entry = vm_state.cur_exception;
    g->entry_exc = entry;
    if (g->saved_exc != OBJ_NULL) {
        vm_state.cur_exception = g->saved_exc;
    }
    // An exception leaving the frame goes through gen_unwound (called by the
    // VM), so no handler of our own is needed here.
    obj_t r = vm_execute(g->frame, throw);
    obj_t now = vm_state.cur_exception;
    g->saved_exc = now != entry ? now : OBJ_NULL;
    vm_state.cur_exception = entry;
    if (g->frame->yielded) {
        g->state = GEN_STATE_SUSPENDED;
        *done = false;
        return r;
    }
    g->state = GEN_STATE_DONE;
    *done = true;
    return r;
}

obj_t gen_unwound(obj_t gen, obj_t e) {
    obj_gen_t *g = gen;
    g->state = GEN_STATE_DONE;
    g->saved_exc = OBJ_NULL;
    vm_state.cur_exception = g->entry_exc;
    bool stop_async = g->async_gen && rt_isinstance(e, &type_StopAsyncIteration);
    if (rt_isinstance(e, &type_StopIteration) || stop_async) {
        obj_t msg = str_fmt("%s raised %s", gen_kind(g), stop_async ? "StopAsyncIteration" : "StopIteration");
        obj_t re = exc_new(&type_RuntimeError, 1, &msg);
        ((obj_exception_t *)re)->cause = e;
        ((obj_exception_t *)re)->context = e;
        ((obj_exception_t *)re)->suppress_context = true;
        return re;
    }
    return e;
}

static obj_t gen_iternext(obj_t self) {
    bool done;
    obj_t r = gen_resume(self, OBJ_NONE, OBJ_NULL, &done);
    return done ? OBJ_NULL : r;
}

NORETURN static void raise_stop_iteration(obj_t value) {
    if (value == OBJ_NONE) {
        rt_raise(exc_new(&type_StopIteration, 0, NULL));
    }
    rt_raise(exc_new(&type_StopIteration, 1, &value));
}

static obj_t gen_next_method(obj_t self) {
    bool done;
    obj_t r = gen_resume(self, OBJ_NONE, OBJ_NULL, &done);
    if (done) {
        raise_stop_iteration(r);
    }
    return r;
}

static obj_t gen_send(obj_t self, obj_t value) {
    bool done;
    obj_t r = gen_resume(self, value, OBJ_NULL, &done);
    if (done) {
        raise_stop_iteration(r);
    }
    return r;
}

static bool is_exception_type(obj_t o) {
    return type_is_type(o) && (((const obj_type_t *)o)->flags & TYPE_FLAG_EXCEPTION);
}

// The exception instance for throw(typ[, val]) and athrow().
static obj_t make_thrown(obj_t typ, obj_t val) {
    obj_t exc;
    if (is_exception_type(typ)) {
        if (exc_is_instance(val)) {
            exc = val;
        } else if (val == OBJ_NONE) {
            exc = rt_call0(typ);
        } else {
            exc = rt_call1(typ, val);
        }
    } else if (exc_is_instance(typ)) {
        if (val != OBJ_NONE) {
            rt_raise_msg(&type_TypeError, "instance exception may not have a separate value");
        }
        exc = typ;
    } else {
        rt_raise_fmt(&type_TypeError, "exceptions must be classes or instances deriving from BaseException, not %T",
            typ);
    }
    return exc;
}

static obj_t gen_throw(size_t n_args, const obj_t *args) {
    obj_t exc = make_thrown(args[1], n_args > 2 ? args[2] : OBJ_NONE);
    bool done;
    obj_t r = gen_resume(args[0], OBJ_NULL, exc, &done);
    if (done) {
        raise_stop_iteration(r);
    }
    return r;
}

static obj_t gen_close(obj_t self) {
    obj_gen_t *g = self;
    if (g->state == GEN_STATE_CREATED || g->state == GEN_STATE_DONE) {
        g->state = GEN_STATE_DONE;
        return OBJ_NONE;
    }
    obj_t exc = exc_new(&type_GeneratorExit, 0, NULL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        bool done;
        gen_resume(self, OBJ_NULL, exc, &done);
        nlr_pop();
        if (!done) {
            rt_raise_fmt(&type_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
        }
        return OBJ_NONE;
    }
    obj_t e = nlr.value;
    if (rt_isinstance(e, &type_GeneratorExit) || rt_isinstance(e, &type_StopIteration)) {
        return OBJ_NONE;
    }
    nlr_jump(e);
}

static obj_t gen_getiter(obj_t self) {
    return self;
}

static void gen_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_gen_t *g = self;
    print_fmt(p, "<%s object %q at ", g->async_gen ? "async_generator" : g->coroutine ? "coroutine" : "generator",
        g->qualname);
    print_addr(p, self);
    print_str(p, ">");
}

static void gen_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_gen_t *g = self;
    if (dest[0] != OBJ_NULL) {
        return;
    }
    switch (attr) {
        case QSTR___name__:
            dest[0] = OBJ_NEW_QSTR(g->name);
            break;
        case QSTR___qualname__:
            dest[0] = OBJ_NEW_QSTR(g->qualname);
            break;
        case QSTR_gi_running:
        case QSTR_cr_running:
            dest[0] = obj_bool(g->state == GEN_STATE_RUNNING);
            break;
        case QSTR_gi_code:
        case QSTR_cr_code:
            dest[0] = (obj_t)g->frame->code;
            break;
        default:
            break;
    }
}

static obj_t coro_await(obj_t self) {
    return self;
}

static BUILTIN_FN_1(gen_next_obj, QSTR___next__, gen_next_method);
static BUILTIN_FN_2(gen_send_obj, QSTR_send, gen_send);
static BUILTIN_FN_VAR(gen_throw_obj, QSTR_throw, 2, 4, gen_throw);
static BUILTIN_FN_1(gen_close_obj, QSTR_close, gen_close);
static BUILTIN_FN_1(gen_iter_obj, QSTR___iter__, gen_getiter);
static BUILTIN_FN_1(coro_await_obj, QSTR___await__, coro_await);

static const dict_entry_t gen_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR___next__), (obj_t)&gen_next_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&gen_iter_obj},
    {OBJ_NEW_QSTR(QSTR_send), (obj_t)&gen_send_obj},
    {OBJ_NEW_QSTR(QSTR_throw), (obj_t)&gen_throw_obj},
    {OBJ_NEW_QSTR(QSTR_close), (obj_t)&gen_close_obj},
};
static DICT_ROM(gen_locals_dict, gen_locals_table);

static const dict_entry_t coro_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_send), (obj_t)&gen_send_obj},
    {OBJ_NEW_QSTR(QSTR_throw), (obj_t)&gen_throw_obj},
    {OBJ_NEW_QSTR(QSTR_close), (obj_t)&gen_close_obj},
    {OBJ_NEW_QSTR(QSTR___await__), (obj_t)&coro_await_obj},
};
static DICT_ROM(coro_locals_dict, coro_locals_table);

const obj_type_t type_generator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_generator,
    .print = gen_print,
    .unary_op = plain_unary_op,
    .attr = gen_attr,
    .getiter = gen_getiter,
    .iternext = gen_iternext,
    .locals_dict = (obj_dict_t *)&gen_locals_dict,
};

const obj_type_t type_coroutine = {
    .base = {&type_type},
    .name = QSTR_coroutine,
    .print = gen_print,
    .unary_op = plain_unary_op,
    .attr = gen_attr,
    .locals_dict = (obj_dict_t *)&coro_locals_dict,
};

// ---------------------------------------------------------------------------
// Asynchronous generators
// ---------------------------------------------------------------------------

#define ASTEP_SEND (0)
#define ASTEP_THROW (1)
#define ASTEP_CLOSE (2)

// The awaitable of asend()/__anext__() (value to send first), athrow() and
// aclose() (exception to throw first).
typedef struct obj_async_step {
    obj_base_t base; // &type_async_gen_step
    obj_gen_t *gen;
    obj_t value;
    obj_t exc;
    uint8_t kind;  // ASTEP_*
    uint8_t state; // GEN_STATE_CREATED, _RUNNING or _DONE
} obj_async_step_t;

static obj_t async_step_new(obj_t gen, int kind, obj_t value, obj_t exc) {
    obj_async_step_t *st = rt_new_obj(&type_async_gen_step, sizeof(obj_async_step_t));
    st->gen = gen;
    st->kind = (uint8_t)kind;
    st->value = value;
    st->exc = exc;
    st->state = GEN_STATE_CREATED;
    return st;
}

// Resumes [g] for aclose(): returns OBJ_NULL when it ended by raising
// GeneratorExit or StopAsyncIteration (a clean close), else as gen_resume.
static obj_t resume_closing(obj_gen_t *g, obj_t send, obj_t throw, bool *gdone) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = gen_resume(g, send, throw, gdone);
        nlr_pop();
        return r;
    }
    obj_t e = nlr.value;
    if (rt_isinstance(e, &type_GeneratorExit) || rt_isinstance(e, &type_StopAsyncIteration)) {
        return OBJ_NULL;
    }
    nlr_jump(e);
}

obj_t async_gen_step(obj_t self, obj_t send, obj_t throw, bool *done) {
    obj_async_step_t *st = self;
    obj_gen_t *g = st->gen;
    if (st->state == GEN_STATE_DONE) {
        rt_raise_msg(&type_RuntimeError, st->kind == ASTEP_SEND ? "cannot reuse already awaited __anext__()/asend()"
                                                                 : "cannot reuse already awaited aclose()/athrow()");
    }
    obj_t exc = throw;
    if (st->state == GEN_STATE_CREATED) {
        st->state = GEN_STATE_RUNNING;
        if (st->kind == ASTEP_SEND) {
            if (exc == OBJ_NULL && (send == OBJ_NULL || send == OBJ_NONE)) {
                send = st->value;
            }
        } else if (exc == OBJ_NULL) {
            exc = st->exc;
        }
        if (st->kind == ASTEP_CLOSE && (g->state == GEN_STATE_CREATED || g->state == GEN_STATE_DONE)) {
            g->state = GEN_STATE_DONE;
            st->state = GEN_STATE_DONE;
            *done = true;
            return OBJ_NONE;
        }
    }
    if (g->state == GEN_STATE_DONE) {
        st->state = GEN_STATE_DONE;
        if (st->kind == ASTEP_CLOSE) {
            *done = true;
            return OBJ_NONE;
        }
        if (exc != OBJ_NULL && st->kind == ASTEP_THROW) {
            rt_raise(exc);
        }
        rt_raise(exc_new(&type_StopAsyncIteration, 0, NULL));
    }
    bool gdone;
    obj_t r;
    if (st->kind == ASTEP_CLOSE) {
        r = resume_closing(g, exc != OBJ_NULL ? OBJ_NULL : send, exc, &gdone);
        if (r == OBJ_NULL) {
            st->state = GEN_STATE_DONE;
            *done = true;
            return OBJ_NONE;
        }
    } else {
        r = gen_resume(g, exc != OBJ_NULL ? OBJ_NULL : send, exc, &gdone);
    }
    if (gdone) {
        st->state = GEN_STATE_DONE;
        if (st->kind == ASTEP_CLOSE) {
            *done = true;
            return OBJ_NONE;
        }
        rt_raise(exc_new(&type_StopAsyncIteration, 0, NULL));
    }
    if (g->frame->yielded_value) {
        // A `yield` of the generator: the await completes with its value.
        st->state = GEN_STATE_DONE;
        if (st->kind == ASTEP_CLOSE) {
            rt_raise_msg(&type_RuntimeError, "async generator ignored GeneratorExit");
        }
        *done = true;
        return r;
    }
    // An await inside the generator suspended: pass the value outward.
    *done = false;
    return r;
}

static obj_t astep_send(obj_t self, obj_t value) {
    bool done;
    obj_t r = async_gen_step(self, value, OBJ_NULL, &done);
    if (done) {
        raise_stop_iteration(r);
    }
    return r;
}

static obj_t astep_next(obj_t self) {
    return astep_send(self, OBJ_NONE);
}

static obj_t astep_throw(size_t n_args, const obj_t *args) {
    obj_t exc = make_thrown(args[1], n_args > 2 ? args[2] : OBJ_NONE);
    bool done;
    obj_t r = async_gen_step(args[0], OBJ_NULL, exc, &done);
    if (done) {
        raise_stop_iteration(r);
    }
    return r;
}

static obj_t astep_close(obj_t self) {
    ((obj_async_step_t *)self)->state = GEN_STATE_DONE;
    return OBJ_NONE;
}

static obj_t astep_self(obj_t self) {
    return self;
}

static void astep_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    print_str(p, "<async_generator_asend object at ");
    print_addr(p, self);
    print_str(p, ">");
}

static BUILTIN_FN_2(astep_send_obj, QSTR_send, astep_send);
static BUILTIN_FN_1(astep_next_obj, QSTR___next__, astep_next);
static BUILTIN_FN_VAR(astep_throw_obj, QSTR_throw, 2, 4, astep_throw);
static BUILTIN_FN_1(astep_close_obj, QSTR_close, astep_close);
static BUILTIN_FN_1(astep_iter_obj, QSTR___iter__, astep_self);
static BUILTIN_FN_1(astep_await_obj, QSTR___await__, astep_self);

static const dict_entry_t astep_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_send), (obj_t)&astep_send_obj},
    {OBJ_NEW_QSTR(QSTR___next__), (obj_t)&astep_next_obj},
    {OBJ_NEW_QSTR(QSTR_throw), (obj_t)&astep_throw_obj},
    {OBJ_NEW_QSTR(QSTR_close), (obj_t)&astep_close_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&astep_iter_obj},
    {OBJ_NEW_QSTR(QSTR___await__), (obj_t)&astep_await_obj},
};
static DICT_ROM(astep_locals_dict, astep_locals_table);

const obj_type_t type_async_gen_step = {
    .base = {&type_type},
    .name = QSTR_async_generator_asend,
    .print = astep_print,
    .unary_op = plain_unary_op,
    .locals_dict = (obj_dict_t *)&astep_locals_dict,
};

static obj_t agen_anext(obj_t self) {
    return async_step_new(self, ASTEP_SEND, OBJ_NONE, OBJ_NULL);
}

static obj_t agen_asend(obj_t self, obj_t value) {
    return async_step_new(self, ASTEP_SEND, value, OBJ_NULL);
}

static obj_t agen_athrow(size_t n_args, const obj_t *args) {
    obj_t exc = make_thrown(args[1], n_args > 2 ? args[2] : OBJ_NONE);
    return async_step_new(args[0], ASTEP_THROW, OBJ_NONE, exc);
}

static obj_t agen_aclose(obj_t self) {
    return async_step_new(self, ASTEP_CLOSE, OBJ_NONE, exc_new(&type_GeneratorExit, 0, NULL));
}

static BUILTIN_FN_1(agen_aiter_obj, QSTR___aiter__, astep_self);
static BUILTIN_FN_1(agen_anext_obj, QSTR___anext__, agen_anext);
static BUILTIN_FN_2(agen_asend_obj, QSTR_asend, agen_asend);
static BUILTIN_FN_VAR(agen_athrow_obj, QSTR_athrow, 2, 4, agen_athrow);
static BUILTIN_FN_1(agen_aclose_obj, QSTR_aclose, agen_aclose);

static const dict_entry_t agen_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR___aiter__), (obj_t)&agen_aiter_obj},
    {OBJ_NEW_QSTR(QSTR___anext__), (obj_t)&agen_anext_obj},
    {OBJ_NEW_QSTR(QSTR_asend), (obj_t)&agen_asend_obj},
    {OBJ_NEW_QSTR(QSTR_athrow), (obj_t)&agen_athrow_obj},
    {OBJ_NEW_QSTR(QSTR_aclose), (obj_t)&agen_aclose_obj},
};
static DICT_ROM(agen_locals_dict, agen_locals_table);

const obj_type_t type_async_generator = {
    .base = {&type_type},
    .name = QSTR_async_generator,
    .print = gen_print,
    .unary_op = plain_unary_op,
    .attr = gen_attr,
    .locals_dict = (obj_dict_t *)&agen_locals_dict,
};
