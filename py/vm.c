// The virtual machine: a stack machine over 32-bit instruction words, one C
// activation of vm_execute per Python frame, one exception handler per
// activation (exceptions inside a frame are routed by the code's table).
// SPDX-License-Identifier: MIT
#include <string.h>

#include "py/code.h"
#include "py/excgroup.h"
#include "py/match.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objfun.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/objset.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/objtype.h"
#include "py/opcodes.h"
#include "py/runtime.h"
#include "py/vm.h"
#include "py/vstr.h"

// The frame running now; each activation restores its caller's on the way out.
static vm_frame_t *cur_frame;

vm_frame_t *vm_current_frame(void) {
    return cur_frame;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

NORETURN static void unbound_local(const obj_code_t *code, size_t slot) {
    qstr name = code->slot_names[slot];
    if (slot >= (size_t)(code->n_slots - code->n_free)) {
        rt_raise_fmt(&type_NameError,
            "cannot access free variable '%q' where it is not associated with a value in enclosing scope", name);
    }
    rt_raise_fmt(&type_UnboundLocalError, "cannot access local variable '%q' where it is not associated with a value",
        name);
}

NORETURN static void name_error(qstr name) {
    rt_raise_fmt(&type_NameError, "name '%q' is not defined", name);
}

// ---------------------------------------------------------------------------
// Frames
// ---------------------------------------------------------------------------

void vm_frame_setup(vm_frame_t *frame, obj_t fun, obj_t *slots) {
    const obj_code_t *code = frame->code;
    for (size_t i = 0; i < code->n_cells; i++) {
        uint16_t s = code->cell_slots[i];
        slots[s] = cell_new(slots[s]);
    }
    if (code->n_free) {
        obj_fun_t *f = fun;
        obj_tuple_t *cl = f->closure;
        size_t first = (size_t)code->n_slots - code->n_free;
        for (size_t i = 0; i < code->n_free && cl != NULL && i < cl->len; i++) {
            slots[first + i] = cl->items[i];
        }
    }
}

// RecursionError unless [n_words] of frame slots fit above the stack limit: a
// frame with a deep value stack (tens of thousands of words) would otherwise
// run past the end of the C stack, which the Pi cannot detect.
static void check_frame_room(size_t n_words) {
    char probe;
    if ((uintptr_t)&probe - (uintptr_t)vm_state.stack_limit < n_words * sizeof(obj_t)) {
        rt_raise_recursion_error();
    }
}

obj_t vm_run_code(obj_t code_in, obj_dict_t *globals, obj_dict_t *locals) {
    const obj_code_t *code = code_in;
    rt_check_stack();
    size_t total = (size_t)code->n_slots + code->stack_size;
    check_frame_room(total);
    obj_t slots[total];
    memset(slots, 0, total * sizeof(obj_t));
    vm_frame_t frame;
    memset(&frame, 0, sizeof(frame));
    frame.code = code;
    frame.ip = code->code;
    frame.sp = slots + code->n_slots;
    frame.globals = globals;
    frame.locals = locals != NULL ? locals : globals;
    frame.fun = OBJ_NULL;
    frame.slots = slots;
    return vm_execute(&frame, OBJ_NULL);
}

obj_t vm_run_class_body(obj_t fun_in, obj_dict_t *locals) {
    obj_fun_t *fun = fun_in;
    const obj_code_t *code = fun->code;
    rt_check_stack();
    size_t total = (size_t)code->n_slots + code->stack_size;
    check_frame_room(total);
    obj_t slots[total];
    memset(slots, 0, total * sizeof(obj_t));
    vm_frame_t frame;
    memset(&frame, 0, sizeof(frame));
    frame.code = code;
    frame.ip = code->code;
    frame.sp = slots + code->n_slots;
    frame.globals = fun->globals;
    frame.locals = locals;
    frame.fun = fun;
    frame.slots = slots;
    vm_frame_setup(&frame, fun, slots);
    return vm_execute(&frame, OBJ_NULL);
}

obj_dict_t *vm_globals(void) {
    return cur_frame != NULL ? cur_frame->globals : vm_state.dict_main;
}

obj_dict_t *vm_locals(void) {
    vm_frame_t *f = cur_frame;
    if (f == NULL) {
        return vm_state.dict_main;
    }
    if (f->locals != NULL) {
        return f->locals;
    }
    const obj_code_t *code = f->code;
    // Like CPython, one dict per frame: exec() in a function writes into it.
    obj_dict_t *d = f->locals_cache;
    if (d == NULL) {
        d = dict_new(code->n_slots);
        f->locals_cache = d;
    }
    for (size_t i = 0; i < code->n_slots; i++) {
        obj_t v = f->slots[i];
        bool is_cell = i >= (size_t)(code->n_slots - code->n_free);
        for (size_t j = 0; j < code->n_cells && !is_cell; j++) {
            is_cell = code->cell_slots[j] == i;
        }
        if (is_cell && v != OBJ_NULL) {
            v = ((obj_cell_t *)v)->value;
        }
        if (v != OBJ_NULL) {
            str_mark_shared(v); // the dict holds it now too
            dict_set_qstr(d, code->slot_names[i], v);
        } else {
            dict_delete(d, OBJ_NEW_QSTR(code->slot_names[i]));
        }
    }
    return d;
}

void vm_super_args(obj_t *cls, obj_t *self) {
    vm_frame_t *f = cur_frame;
    if (f == NULL || f->fun == OBJ_NULL || f->locals != NULL) {
        rt_raise_msg(&type_RuntimeError, "super(): no arguments");
    }
    const obj_code_t *code = f->code;
    if (code->n_pos + code->n_kwonly == 0 && !(code->flags & CODE_FLAG_VARARGS)) {
        rt_raise_msg(&type_RuntimeError, "super(): no arguments");
    }
    obj_t first = f->slots[0];
    for (size_t j = 0; j < code->n_cells; j++) {
        if (code->cell_slots[j] == 0 && first != OBJ_NULL) {
            first = ((obj_cell_t *)first)->value;
        }
    }
    if (first == OBJ_NULL) {
        rt_raise_msg(&type_RuntimeError, "super(): arg[0] deleted");
    }
    size_t start = (size_t)code->n_slots - code->n_free;
    for (size_t i = start; i < code->n_slots; i++) {
        if (code->slot_names[i] == QSTR___class__) {
            obj_t c = ((obj_cell_t *)f->slots[i])->value;
            if (c == OBJ_NULL) {
                rt_raise_msg(&type_RuntimeError, "super(): empty __class__ cell");
            }
            *cls = c;
            *self = first;
            return;
        }
    }
    rt_raise_msg(&type_RuntimeError, "super(): __class__ cell not found");
}

// ---------------------------------------------------------------------------
// Helpers for the less common instructions (kept out of the dispatch loop)
// ---------------------------------------------------------------------------

static inline bool truth(obj_t v) {
    if (v == OBJ_TRUE) {
        return true;
    }
    if (v == OBJ_FALSE || v == OBJ_NONE) {
        return false;
    }
    if (OBJ_IS_SMALL_INT(v)) {
        return v != OBJ_NEW_SMALL_INT(0);
    }
    return rt_is_true(v);
}

static inline obj_t call_builtin(const obj_builtin_t *b, size_t n, const obj_t *args, bool method) {
    switch (b->kind) {
        case FN_KIND_0:
            if (n == 0) {
                return b->fn.f0();
            }
            break;
        case FN_KIND_1:
            if (n == 1) {
                return b->fn.f1(args[0]);
            }
            break;
        case FN_KIND_2:
            if (n == 2) {
                return b->fn.f2(args[0], args[1]);
            }
            break;
        case FN_KIND_3:
            if (n == 3) {
                return b->fn.f3(args[0], args[1], args[2]);
            }
            break;
        case FN_KIND_VAR:
            if (n >= b->n_min && n <= b->n_max) {
                return b->fn.var(n, args);
            }
            break;
        default:
            if (n >= b->n_min && n <= b->n_max) {
                return b->fn.kw(n, args, 0, NULL);
            }
            break;
    }
    return method ? builtin_call_method(b, n, 0, args) : builtin_call(b, n, 0, args);
}

// Calls [fn] with positional arguments args[0..n) and [n_kw] pairs after them.
// args[-1] must be a stack slot the callee may overwrite (bound methods put
// self there). [method]: args[0] is the self of a method call (for the
// argument-count messages of built-in methods).
static inline obj_t call_any(obj_t fn, size_t n, size_t n_kw, obj_t *args, bool method) {
    if (OBJ_IS_PTR(fn)) {
        const obj_type_t *t = ((obj_base_t *)fn)->type;
        if (t == &type_function) {
            return fun_call(fn, n, n_kw, args);
        }
        if (t == &type_builtin_function) {
            if (n_kw == 0) {
                return call_builtin(fn, n, args, method);
            }
            return method ? builtin_call_method(fn, n, n_kw, args) : builtin_call(fn, n, n_kw, args);
        }
        if (t == &type_bound_method) {
            obj_bound_method_t *bm = fn;
            args[-1] = bm->self;
            obj_t f = bm->fun;
            if (OBJ_IS_PTR(f)) {
                const obj_type_t *ft = ((obj_base_t *)f)->type;
                if (ft == &type_function) {
                    return fun_call(f, n + 1, n_kw, args - 1);
                }
                if (ft == &type_builtin_function) {
                    return builtin_call_method(f, n + 1, n_kw, args - 1);
                }
            }
            return rt_call(f, n + 1, n_kw, args - 1);
        }
    }
    return rt_call(fn, n, n_kw, args);
}

// The name of [fn] in call errors: "__main__.f", "print".
static obj_t call_name(obj_t fn) {
    return fun_error_name(fn);
}

static bool is_iterable(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    if (t->getiter != NULL) {
        return true;
    }
    obj_t dest[2];
    rt_load_method_maybe(o, QSTR___iter__, dest);
    if (dest[0] != OBJ_NULL) {
        return true;
    }
    rt_load_method_maybe(o, QSTR___getitem__, dest);
    return dest[0] != OBJ_NULL;
}

static void list_extend_checked(obj_t list, obj_t it, obj_t fn) {
    if (!OBJ_IS_PTR(it) || (obj_type_of(it) != &type_list && obj_type_of(it) != &type_tuple)) {
        if (!is_iterable(it)) {
            if (fn != OBJ_NULL) {
                rt_raise_fmt(&type_TypeError, "%S() argument after * must be an iterable, not %T", call_name(fn), it);
            }
            rt_raise_fmt(&type_TypeError, "Value after * must be an iterable, not %T", it);
        }
    }
    list_extend(list, it);
}

// Copies the mapping [src] into [dst]. [fn] names the callee for call
// arguments (duplicates are errors), OBJ_NULL for dict displays.
static void merge_mapping(obj_dict_t *dst, obj_t src, obj_t fn, bool check_dups) {
    if (OBJ_IS_PTR(src) && obj_type_of(src) == &type_dict) {
        size_t pos = 0;
        dict_entry_t *e;
        while ((e = dict_next(src, &pos)) != NULL) {
            if (check_dups && dict_get(dst, e->key) != OBJ_NULL) {
                rt_raise_fmt(&type_TypeError, "%S() got multiple values for keyword argument '%S'", call_name(fn), e->key);
            }
            dict_set(dst, e->key, e->value);
        }
        return;
    }
    obj_t dest[2];
    rt_load_method_maybe(src, QSTR_keys, dest);
    if (dest[0] == OBJ_NULL) {
        if (fn != OBJ_NULL) {
            rt_raise_fmt(&type_TypeError, "%S() argument after ** must be a mapping, not %T", call_name(fn), src);
        }
        rt_raise_fmt(&type_TypeError, "'%T' object is not a mapping", src);
    }
    obj_t keys = rt_call_method(0, 0, dest);
    obj_t it = rt_getiter(keys);
    obj_t k;
    while ((k = rt_iternext(it)) != OBJ_NULL) {
        if (check_dups && dict_get(dst, k) != OBJ_NULL) {
            rt_raise_fmt(&type_TypeError, "%S() got multiple values for keyword argument '%S'", call_name(fn), k);
        }
        dict_set(dst, k, rt_subscr_load(src, k));
    }
}

static obj_t call_ex(obj_t fn, obj_t pos, obj_t kw) {
    size_t n_pos;
    obj_t *items;
    if (!seq_get_items(pos, &n_pos, &items)) {
        obj_t list = list_new(0, NULL);
        list_extend_checked(list, pos, fn);
        seq_get_items(list, &n_pos, &items);
    }
    size_t n_kw = 0;
    obj_dict_t *d = NULL;
    if (kw != OBJ_NULL) {
        if (OBJ_IS_PTR(kw) && obj_type_of(kw) == &type_dict) {
            d = kw;
        } else {
            d = dict_new(0);
            merge_mapping(d, kw, fn, false);
        }
        n_kw = d->used;
    }
    size_t total = 1 + n_pos + 2 * n_kw;
    obj_t *args;
    obj_t small[16];
    if (total <= 16) {
        args = small;
    } else {
        args = rt_alloc(total * sizeof(obj_t));
    }
    if (n_pos) {
        memcpy(args + 1, items, n_pos * sizeof(obj_t));
    }
    if (d != NULL) {
        size_t pos_i = 0, k = 0;
        dict_entry_t *e;
        while ((e = dict_next(d, &pos_i)) != NULL && k < n_kw) {
            if (!obj_is_str(e->key) && !rt_isinstance(e->key, &type_str)) {
                rt_raise_msg(&type_TypeError, "keywords must be strings");
            }
            args[1 + n_pos + 2 * k] = e->key;
            args[1 + n_pos + 2 * k + 1] = e->value;
            k++;
        }
        n_kw = k;
    }
    return call_any(fn, n_pos, n_kw, args + 1, false);
}

static void unpack_sequence(obj_t *dest, obj_t seq, size_t n) {
    size_t len;
    obj_t *items;
    if (seq_get_items(seq, &len, &items) && len == n) {
        for (size_t i = 0; i < n; i++) {
            dest[i] = items[n - 1 - i];
        }
        return;
    }
    rt_unpack_sequence(seq, n, dest);
    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        obj_t t = dest[i];
        dest[i] = dest[j];
        dest[j] = t;
    }
}

static void unpack_ex(obj_t *dest, obj_t seq, size_t before, size_t after) {
    size_t n = before + 1 + after;
    rt_unpack_ex(seq, before, after, dest);
    for (size_t i = 0, j = n - 1; i < j; i++, j--) {
        obj_t t = dest[i];
        dest[i] = dest[j];
        dest[j] = t;
    }
}

// ascii(): repr with non-ASCII characters escaped.
static obj_t ascii_of(obj_t v) {
    obj_t r = rt_repr(v);
    size_t len;
    const char *s = str_data(r, &len);
    bool plain = true;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain) {
        return r;
    }
    vstr_t out;
    vstr_init(&out, len + 16);
    print_t p;
    vstr_print(&out, &p);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            vstr_add_byte(&out, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        size_t k;
        if (c >= 0xf0) {
            cp = c & 0x07;
            k = 3;
        } else if (c >= 0xe0) {
            cp = c & 0x0f;
            k = 2;
        } else {
            cp = c & 0x1f;
            k = 1;
        }
        i++;
        for (size_t j = 0; j < k && i < len; j++, i++) {
            cp = (cp << 6) | ((unsigned char)s[i] & 0x3f);
        }
        if (cp < 0x100) {
            print_fmt(&p, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x10000) {
            print_fmt(&p, "\\u%04x", (unsigned)cp);
        } else {
            print_fmt(&p, "\\U%08x", (unsigned)cp);
        }
    }
    return vstr_to_str(&out);
}

static obj_t format_value(obj_t v, uint32_t arg, obj_t spec) {
    int conv = (int)(arg & 0xff);
    if (conv == 'r') {
        v = rt_repr(v);
    } else if (conv == 's') {
        v = rt_str(v);
    } else if (conv == 'a') {
        v = ascii_of(v);
    }
    if (spec == OBJ_NULL) {
        if (obj_is_str(v)) {
            return v;
        }
        if (OBJ_IS_SMALL_INT(v)) {
            return rt_str(v);
        }
        return str_format_value(v, "", 0);
    }
    size_t len;
    const char *s = str_data(spec, &len);
    return str_format_value(v, s, len);
}

static obj_t build_string(const obj_t *parts, size_t n) {
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        str_data(parts[i], &len);
        total += len;
    }
    vstr_t v;
    vstr_init(&v, total + 1);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = str_data(parts[i], &len);
        vstr_add_strn(&v, s, len);
    }
    return vstr_to_str(&v);
}

static bool is_exception_type(obj_t o) {
    return type_is_type(o) && (((const obj_type_t *)o)->flags & TYPE_FLAG_EXCEPTION);
}

NORETURN static void raise_with_cause(obj_t exc, obj_t cause) {
    if (is_exception_type(exc)) {
        exc = rt_call0(exc);
    }
    if (!exc_is_instance(exc)) {
        rt_raise_msg(&type_TypeError, "exceptions must derive from BaseException");
    }
    if (cause == OBJ_NONE) {
        cause = OBJ_NULL;
    } else {
        if (is_exception_type(cause)) {
            cause = rt_call0(cause);
        }
        if (!exc_is_instance(cause)) {
            rt_raise_msg(&type_TypeError, "exception causes must derive from BaseException");
        }
    }
    obj_exception_t *e = exc;
    e->cause = cause;
    e->suppress_context = true;
    rt_raise(exc);
}

static void before_with(obj_t *sp) {
    obj_t mgr = sp[-1];
    obj_t enter[2], exit_m[2];
    rt_load_method_maybe(mgr, QSTR___enter__, enter);
    if (enter[0] == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'%T' object does not support the context manager protocol", mgr);
    }
    rt_load_method_maybe(mgr, QSTR___exit__, exit_m);
    if (exit_m[0] == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError,
            "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
    }
    obj_t res = rt_call_method(0, 0, enter);
    sp[-1] = exit_m[0];
    sp[0] = exit_m[1];
    sp[1] = res;
}

static void before_async_with(obj_t *sp) {
    obj_t mgr = sp[-1];
    obj_t enter[2], exit_m[2];
    rt_load_method_maybe(mgr, QSTR___aenter__, enter);
    rt_load_method_maybe(mgr, QSTR___aexit__, exit_m);
    if (enter[0] == OBJ_NULL || exit_m[0] == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'%T' object does not support the asynchronous context manager protocol", mgr);
    }
    obj_t res = rt_call_method(0, 0, enter);
    sp[-1] = exit_m[0];
    sp[0] = exit_m[1];
    sp[1] = res;
}

static obj_t get_aiter(obj_t o) {
    obj_t dest[2];
    rt_load_method_maybe(o, QSTR___aiter__, dest);
    if (dest[0] == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'async for' requires an object with __aiter__ method, got %T", o);
    }
    return rt_call_method(0, 0, dest);
}

static obj_t with_except_start(obj_t *sp) {
    // [exit m prev e]
    obj_t e = sp[-1];
    obj_t args[5];
    args[0] = sp[-4];
    args[1] = sp[-3];
    args[2] = (obj_t)obj_type_of(e);
    args[3] = e;
    // The traceback as e.__traceback__ and sys.exc_info() show it (not None).
    args[4] = rt_load_attr(e, QSTR___traceback__);
    return rt_call_method(3, 0, args);
}

static obj_t load_build_class(void) {
    obj_t b = dict_get_qstr(rt_builtins_dict(), QSTR___build_class__);
    if (b == OBJ_NULL) {
        rt_raise_msg(&type_NameError, "__build_class__ not found");
    }
    return b;
}

static obj_t make_function(uint32_t flags, obj_t **spp, obj_dict_t *globals) {
    obj_t *sp = *spp;
    obj_t code = *--sp;
    obj_t closure = (flags & MAKE_FN_CLOSURE) ? *--sp : OBJ_NULL;
    obj_t kwdefaults = (flags & MAKE_FN_KWDEFAULTS) ? *--sp : OBJ_NULL;
    obj_t defaults = (flags & MAKE_FN_DEFAULTS) ? *--sp : OBJ_NULL;
    *spp = sp;
    return fun_new(code, globals, defaults, kwdefaults, closure);
}

static void print_expr(obj_t v) {
    if (v == OBJ_NONE) {
        return;
    }
    obj_dict_t *b = rt_builtins_dict();
    if (b != NULL && !b->fixed) {
        dict_set_qstr(b, qstr_from_str("_"), v);
    }
    rt_print_obj(&print_stdout, v, PRINT_REPR);
    print_str(&print_stdout, "\n");
}

static obj_t get_awaitable(obj_t o) {
    if (OBJ_IS_PTR(o) && (obj_type_of(o) == &type_coroutine || obj_type_of(o) == &type_async_gen_step)) {
        return o;
    }
    obj_t dest[2];
    rt_load_method_maybe(o, QSTR___await__, dest);
    if (dest[0] == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "object %T can't be used in 'await' expression", o);
    }
    obj_t it = rt_call_method(0, 0, dest);
    return it;
}

// One step of `yield from`: sends [v] into [it]. Returns the value to yield
// and sets *done = false, or the final value with *done = true.
static obj_t send_step(obj_t it, obj_t v, obj_t throw, bool *done) {
    const obj_type_t *t = obj_type_of(it);
    if (t == &type_generator || t == &type_coroutine) {
        return gen_resume(it, v, throw, done);
    }
    if (t == &type_async_gen_step) {
        return async_gen_step(it, v, throw, done);
    }
    if (throw != OBJ_NULL) {
        obj_t dest[3];
        rt_load_method_maybe(it, QSTR_throw, dest);
        if (dest[0] == OBJ_NULL) {
            rt_raise(throw);
        }
        v = OBJ_NULL;
        dest[2] = throw;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            obj_t r = rt_call_method(1, 0, dest);
            nlr_pop();
            *done = false;
            return r;
        }
        if (rt_isinstance(nlr.value, &type_StopIteration)) {
            *done = true;
            return exc_stop_iteration_value(nlr.value);
        }
        nlr_jump(nlr.value);
    }
    if (v == OBJ_NONE) {
        obj_t r = rt_iternext(it);
        if (r == OBJ_NULL) {
            *done = true;
            return OBJ_NONE;
        }
        *done = false;
        return r;
    }
    obj_t dest[3];
    rt_load_method(it, QSTR_send, dest);
    dest[2] = v;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t r = rt_call_method(1, 0, dest);
        nlr_pop();
        *done = false;
        return r;
    }
    if (rt_isinstance(nlr.value, &type_StopIteration)) {
        *done = true;
        return exc_stop_iteration_value(nlr.value);
    }
    nlr_jump(nlr.value);
}

// A small int as a double when that is exact (|v| <= 2**53).
static inline bool exact_double(obj_t o, double *out) {
    if (float_is_float(o)) {
        *out = float_value(o);
        return true;
    }
    if (OBJ_IS_SMALL_INT(o)) {
        intptr_t v = OBJ_SMALL_INT_VALUE(o);
#if INTPTR_MAX > 0x7fffffff
        // 64-bit small ints can exceed a double's 53-bit mantissa.
        if (v < -((intptr_t)1 << 53) || v > ((intptr_t)1 << 53)) {
            return false;
        }
#endif
        *out = (double)v;
        return true;
    }
    return false;
}

// Arithmetic and comparisons on floats (or a float and a small int) without
// going through the type slots; OBJ_NULL when not handled (including
// division by zero, left to the slot for its error).
static obj_t float_op(int op, obj_t a, obj_t b) {
    double x, y;
    if (!(float_is_float(a) || float_is_float(b)) || !exact_double(a, &x) || !exact_double(b, &y)) {
        return OBJ_NULL;
    }
    if (op < BINARY_OP_OR) {
        op += BINARY_OP_INPLACE_DELTA;
    }
    switch (op) {
        case BINARY_OP_ADD:
            return float_new(x + y);
        case BINARY_OP_SUBTRACT:
            return float_new(x - y);
        case BINARY_OP_MULTIPLY:
            return float_new(x * y);
        case BINARY_OP_TRUE_DIVIDE:
            return y != 0.0 ? float_new(x / y) : OBJ_NULL;
        case BINARY_OP_LESS:
            return obj_bool(x < y);
        case BINARY_OP_MORE:
            return obj_bool(x > y);
        case BINARY_OP_EQUAL:
            return obj_bool(x == y);
        case BINARY_OP_LESS_EQUAL:
            return obj_bool(x <= y);
        case BINARY_OP_MORE_EQUAL:
            return obj_bool(x >= y);
        case BINARY_OP_NOT_EQUAL:
            return obj_bool(x != y);
        default:
            return OBJ_NULL;
    }
}

static obj_t binary_op_slow(int op, obj_t a, obj_t b) {
    if (OBJ_IS_PTR(a) || OBJ_IS_PTR(b)) {
        obj_t r = float_op(op, a, b);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    return rt_binary_op((binary_op_t)op, a, b);
}

// Small-int fast paths of the generic BINARY_OP; OBJ_NULL when not handled.
static inline obj_t small_int_op(int op, obj_t a, obj_t b) {
    intptr_t x = OBJ_SMALL_INT_VALUE(a), y = OBJ_SMALL_INT_VALUE(b);
    switch (op) {
        case BINARY_OP_OR:
        case BINARY_OP_INPLACE_OR:
            return (obj_t)((uintptr_t)a | (uintptr_t)b);
        case BINARY_OP_AND:
        case BINARY_OP_INPLACE_AND:
            return (obj_t)((uintptr_t)a & (uintptr_t)b);
        case BINARY_OP_XOR:
        case BINARY_OP_INPLACE_XOR:
            return OBJ_NEW_SMALL_INT(x ^ y);
        case BINARY_OP_MULTIPLY:
        case BINARY_OP_INPLACE_MULTIPLY: {
            intptr_t r;
            if (!__builtin_mul_overflow(x, (intptr_t)b - 1, &r)) {
                return (obj_t)(r + 1);
            }
            return OBJ_NULL;
        }
        case BINARY_OP_ADD:
        case BINARY_OP_INPLACE_ADD: {
            intptr_t r;
            if (!__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
                return (obj_t)r;
            }
            return OBJ_NULL;
        }
        case BINARY_OP_SUBTRACT:
        case BINARY_OP_INPLACE_SUBTRACT: {
            intptr_t r;
            if (!__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
                return (obj_t)r;
            }
            return OBJ_NULL;
        }
        case BINARY_OP_FLOOR_DIVIDE:
        case BINARY_OP_INPLACE_FLOOR_DIVIDE:
            if (y != 0 && !(y == -1 && x == SMALL_INT_MIN)) {
                intptr_t q = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) {
                    q--;
                }
                return OBJ_NEW_SMALL_INT(q);
            }
            return OBJ_NULL;
        case BINARY_OP_MODULO:
        case BINARY_OP_INPLACE_MODULO:
            if (y != 0) {
                intptr_t m = y == -1 ? 0 : x % y;
                if (m != 0 && ((m < 0) != (y < 0))) {
                    m += y;
                }
                return OBJ_NEW_SMALL_INT(m);
            }
            return OBJ_NULL;
        case BINARY_OP_LSHIFT:
        case BINARY_OP_INPLACE_LSHIFT:
            if (y >= 0 && y < (intptr_t)(sizeof(intptr_t) * 8 - 2)) {
                // Shift as unsigned (no overflow UB), then check that nothing was lost.
                intptr_t r = (intptr_t)((uintptr_t)x << y);
                if ((r >> y) == x && SMALL_INT_FITS(r)) {
                    return OBJ_NEW_SMALL_INT(r);
                }
            }
            return OBJ_NULL;
        case BINARY_OP_RSHIFT:
        case BINARY_OP_INPLACE_RSHIFT:
            if (y >= 0) {
                if (y >= (intptr_t)(sizeof(intptr_t) * 8)) {
                    return OBJ_NEW_SMALL_INT(x < 0 ? -1 : 0);
                }
                return OBJ_NEW_SMALL_INT(x >> y);
            }
            return OBJ_NULL;
        default:
            return OBJ_NULL;
    }
}

// The next item of a for loop's iterator, OBJ_NULL at the end; ranges,
// lists, tuples and generators are stepped without going through rt_iternext.
static inline obj_t for_iter_next(obj_t it) {
    const obj_type_t *t = obj_type_of(it);
    if (t == &type_range_iterator) {
        obj_range_iter_t *ri = it;
        if (ri->left == 0) {
            return OBJ_NULL;
        }
        obj_t v = OBJ_NEW_SMALL_INT(ri->cur);
        ri->cur += ri->step;
        ri->left--;
        return v;
    }
    if (t == &type_list_iterator) {
        obj_seq_iter_t *si = it;
        obj_list_t *l = si->seq;
        return si->index < l->len ? l->items[si->index++] : OBJ_NULL;
    }
    if (t == &type_tuple_iterator) {
        obj_seq_iter_t *si = it;
        obj_tuple_t *tu = si->seq;
        return si->index < tu->len ? tu->items[si->index++] : OBJ_NULL;
    }
    if (t == &type_generator) {
        bool done;
        obj_t v = gen_resume(it, OBJ_NONE, OBJ_NULL, &done);
        return done ? OBJ_NULL : v;
    }
    return rt_iternext(it);
}

// Whether entry [index] of [d] holds the key [name].
static inline bool entry_is(obj_dict_t *d, uint32_t index, qstr name) {
    return index < d->filled && d->entries[index].key == OBJ_NEW_QSTR(name);
}

// Finds the entry number of the live key [name] in [d] (a linear scan, done
// only when a cache entry is (re)filled).
static uint32_t entry_of(obj_dict_t *d, qstr name) {
    obj_t key = OBJ_NEW_QSTR(name);
    for (size_t i = 0; i < d->filled && i < 0xffffffffu; i++) {
        if (d->entries[i].key == key) {
            return (uint32_t)i;
        }
    }
    return 0xffffffffu;
}

// LOAD_GLOBAL when the versions changed: revalidate the cached entry
// position, else look the name up and refill the cache.
//
// A builtin's cached value stays valid while no key was added to the
// globals: py/objdict.c adds keys only by appending at entries[filled++],
// and `filled` only goes down when the entry array is replaced (resize,
// clear, update) or `alloc` shrinks with it (popitem). The cache holds the
// old array, so its address cannot be reused meanwhile.
static obj_t load_global_slow(code_global_cache_t *c, obj_dict_t *globals, obj_dict_t *builtins, qstr name) {
    obj_t v;
    if (c->globals == globals) {
        if (!c->in_builtins) {
            if (entry_is(globals, c->index, name)) {
                v = globals->entries[c->index].value;
                c->value = v;
                c->globals_version = globals->version;
                c->builtins_version = builtins->version;
                return v;
            }
        } else if (c->builtins_version == builtins->version && c->g_entries == (void *)globals->entries
            && c->g_filled == globals->filled && c->g_alloc == globals->alloc) {
            c->globals_version = globals->version;
            return c->value;
        }
    }
    v = dict_get_qstr(globals, name);
    if (v != OBJ_NULL) {
        c->in_builtins = false;
        c->index = entry_of(globals, name);
    } else {
        v = dict_get_qstr(builtins, name);
        if (v == OBJ_NULL) {
            name_error(name);
        }
        c->in_builtins = true;
        c->g_entries = globals->entries;
        c->g_filled = (uint32_t)globals->filled;
        c->g_alloc = (uint32_t)globals->alloc;
    }
    c->globals = globals;
    c->globals_version = globals->version;
    c->builtins_version = builtins->version;
    c->value = v;
    return v;
}

// The line of the instruction at [ip] of [code].
static size_t line_at(const obj_code_t *code, const uint32_t *ip) {
    return code_line_of(code, (size_t)(ip - code->code));
}

// ---------------------------------------------------------------------------
// The interpreter loop
// ---------------------------------------------------------------------------

#if CONFIG_COMPUTED_GOTO
#define VM_CASE(name) L_##name
#define DISPATCH() \
    do { \
        f->ip = ip; \
        ins = *ip++; \
        goto *dispatch_table[OPCODE_OF(ins)]; \
    } while (0)
#else
#define VM_CASE(name) case OP_##name
#define DISPATCH() continue
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define JUMP_TO(t) (ip = code_start + (t))
#define CHECK_PENDING() \
    do { \
        if (vm_state.pending) { \
            rt_handle_pending(); \
        } \
    } while (0)

// Small-int comparison fast path then the generic one; sets `cond`.
#define COMPARE_INTO(cond, a, b, CMP, bop) \
    do { \
        if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) { \
            cond = (intptr_t)(a)CMP(intptr_t)(b); \
        } else { \
            cond = truth(binary_op_slow(bop, a, b)); \
        } \
    } while (0)

// The dispatch loop of one frame, from f->ip/f->sp. Returns the value of a
// return or a yield (setting f->yielded), or OBJ_NULL after storing in
// *reraise an exception to re-raise without a new traceback entry. Other
// exceptions leave by longjmp to vm_execute. Kept apart from vm_execute so
// that no setjmp constrains its register allocation.
__attribute__((noinline)) static obj_t vm_loop(vm_frame_t *f, obj_t *reraise) {
#if CONFIG_COMPUTED_GOTO
    static const void *const dispatch_table[OP_NUM] = {
#define OP_LABEL(name, fmt, doc) &&L_##name,
        OPCODE_LIST(OP_LABEL)
#undef OP_LABEL
    };
#endif
    const obj_code_t *const code = f->code;
    const uint32_t *const code_start = code->code;
    obj_t *const slots = f->slots;
    obj_t *const consts = code->consts;
    obj_dict_t *const globals = f->globals;
    obj_dict_t *const builtins = rt_builtins_dict();
    const uint32_t *ip = f->ip;
    obj_t *sp = f->sp;
    uint32_t ins;

    for (;;) {
        f->ip = ip;
        ins = *ip++;
#if CONFIG_COMPUTED_GOTO
        goto *dispatch_table[OPCODE_OF(ins)];
#else
        switch (OPCODE_OF(ins)) {
#endif

        VM_CASE(NOP): {
            DISPATCH();
        }
        VM_CASE(LOAD_CONST): {
            PUSH(consts[OPARG(ins)]);
            DISPATCH();
        }
        VM_CASE(LOAD_SMALL_INT): {
            PUSH(OBJ_NEW_SMALL_INT(OPARG_SIGNED(ins)));
            DISPATCH();
        }
        VM_CASE(LOAD_NONE): {
            PUSH(OBJ_NONE);
            DISPATCH();
        }
        VM_CASE(LOAD_TRUE): {
            PUSH(OBJ_TRUE);
            DISPATCH();
        }
        VM_CASE(LOAD_FALSE): {
            PUSH(OBJ_FALSE);
            DISPATCH();
        }
        VM_CASE(LOAD_NULL): {
            PUSH(OBJ_NULL);
            DISPATCH();
        }
        VM_CASE(POP_TOP): {
            sp--;
            DISPATCH();
        }
        VM_CASE(COPY): {
            obj_t v = sp[-(intptr_t)OPARG(ins)];
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(SWAP): {
            obj_t *other = sp - OPARG(ins);
            obj_t t = sp[-1];
            sp[-1] = *other;
            *other = t;
            DISPATCH();
        }
        VM_CASE(ROT_THREE): {
            obj_t c = sp[-1];
            sp[-1] = sp[-2];
            sp[-2] = sp[-3];
            sp[-3] = c;
            DISPATCH();
        }
        VM_CASE(DUP_TOP_TWO): {
            sp[0] = sp[-2];
            sp[1] = sp[-1];
            sp += 2;
            DISPATCH();
        }
        VM_CASE(LOAD_FAST): {
            obj_t v = slots[OPARG(ins)];
            if (v == OBJ_NULL) {
                unbound_local(code, OPARG(ins));
            }
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(LOAD_FAST_SHARE): {
            obj_t v = slots[OPARG(ins)];
            if (v == OBJ_NULL) {
                unbound_local(code, OPARG(ins));
            }
            str_mark_shared(v);
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(INPLACE_ADD_FAST): {
            obj_t b = sp[-1], a = sp[-2];
            sp -= 2;
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)
                && !__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
                slots[OPARG(ins)] = (obj_t)r;
                DISPATCH();
            }
            // The slot may have been rebound while b was computed (x += (x := ...)):
            // then a is not the owned str there and must not grow.
            obj_t v = a == slots[OPARG(ins)] ? str_append_owned(a, b) : OBJ_NULL;
            if (v == OBJ_NULL) {
                str_mark_shared(a); // b's __radd__ may keep a reference to it
                v = binary_op_slow(BINARY_OP_INPLACE_ADD, a, b);
            }
            slots[OPARG(ins)] = v;
            DISPATCH();
        }
        VM_CASE(LOAD_FAST_LOAD_FAST): {
            obj_t a = slots[OPARG_A(ins)];
            obj_t b = slots[OPARG_B(ins)];
            if (a == OBJ_NULL) {
                unbound_local(code, OPARG_A(ins));
            }
            if (b == OBJ_NULL) {
                unbound_local(code, OPARG_B(ins));
            }
            sp[0] = a;
            sp[1] = b;
            sp += 2;
            DISPATCH();
        }
        VM_CASE(STORE_FAST): {
            slots[OPARG(ins)] = POP();
            DISPATCH();
        }
        VM_CASE(STORE_FAST_LOAD_FAST): {
            slots[OPARG_A(ins)] = sp[-1];
            obj_t b = slots[OPARG_B(ins)];
            if (b == OBJ_NULL) {
                sp--;
                unbound_local(code, OPARG_B(ins));
            }
            sp[-1] = b;
            DISPATCH();
        }
        VM_CASE(DELETE_FAST): {
            if (slots[OPARG(ins)] == OBJ_NULL) {
                unbound_local(code, OPARG(ins));
            }
            slots[OPARG(ins)] = OBJ_NULL;
            DISPATCH();
        }
        VM_CASE(LOAD_DEREF): {
            obj_t v = ((obj_cell_t *)slots[OPARG(ins)])->value;
            if (v == OBJ_NULL) {
                unbound_local(code, OPARG(ins));
            }
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(STORE_DEREF): {
            ((obj_cell_t *)slots[OPARG(ins)])->value = POP();
            DISPATCH();
        }
        VM_CASE(DELETE_DEREF): {
            obj_cell_t *c = slots[OPARG(ins)];
            if (c->value == OBJ_NULL) {
                unbound_local(code, OPARG(ins));
            }
            c->value = OBJ_NULL;
            DISPATCH();
        }
        VM_CASE(LOAD_CLASSDEREF): {
            qstr name = code->slot_names[OPARG(ins)];
            obj_t v = f->locals != NULL ? dict_get_qstr(f->locals, name) : OBJ_NULL;
            if (v == OBJ_NULL) {
                v = ((obj_cell_t *)slots[OPARG(ins)])->value;
                if (v == OBJ_NULL) {
                    unbound_local(code, OPARG(ins));
                }
            }
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(LOAD_CLOSURE): {
            PUSH(slots[OPARG(ins)]);
            DISPATCH();
        }
        VM_CASE(LOAD_NAME): {
            qstr name = OPARG(ins);
            code_global_cache_t *c = &code->caches[*ip++];
            if (f->locals == globals) {
                // Module code: the same cache as LOAD_GLOBAL.
                if (c->globals == globals && c->globals_version == globals->version
                    && c->builtins_version == builtins->version) {
                    PUSH(c->value);
                } else {
                    PUSH(load_global_slow(c, globals, builtins, name));
                }
                DISPATCH();
            }
            obj_t v = dict_get_qstr(f->locals, name);
            if (v == OBJ_NULL) {
                if (f->locals != globals) {
                    v = dict_get_qstr(globals, name);
                }
                if (v == OBJ_NULL) {
                    v = dict_get_qstr(builtins, name);
                    if (v == OBJ_NULL) {
                        name_error(name);
                    }
                }
            }
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(STORE_NAME): {
            obj_t v = POP();
            dict_set_qstr(f->locals, OPARG(ins), v);
            DISPATCH();
        }
        VM_CASE(DELETE_NAME): {
            if (dict_delete(f->locals, OBJ_NEW_QSTR(OPARG(ins))) == OBJ_NULL) {
                name_error(OPARG(ins));
            }
            DISPATCH();
        }
        VM_CASE(LOAD_GLOBAL): {
            code_global_cache_t *c = &code->caches[*ip++];
            if (c->globals == globals && c->globals_version == globals->version
                && c->builtins_version == builtins->version) {
                PUSH(c->value);
                DISPATCH();
            }
            PUSH(load_global_slow(c, globals, builtins, OPARG(ins)));
            DISPATCH();
        }
        VM_CASE(STORE_GLOBAL): {
            obj_t v = POP();
            dict_set_qstr(globals, OPARG(ins), v);
            DISPATCH();
        }
        VM_CASE(DELETE_GLOBAL): {
            if (dict_delete(globals, OBJ_NEW_QSTR(OPARG(ins))) == OBJ_NULL) {
                name_error(OPARG(ins));
            }
            DISPATCH();
        }
        VM_CASE(LOAD_ATTR): {
            obj_t o = sp[-1];
            if (OBJ_IS_PTR(o) && (((obj_base_t *)o)->type->flags & TYPE_FLAG_HEAP)) {
                obj_t v = type_instance_load_fast(o, OPARG(ins));
                if (v != OBJ_NULL) {
                    sp[-1] = v;
                    DISPATCH();
                }
            }
            sp[-1] = rt_load_attr(o, OPARG(ins));
            DISPATCH();
        }
        VM_CASE(STORE_ATTR): {
            obj_t o = sp[-1];
            if (!(OBJ_IS_PTR(o) && (((obj_base_t *)o)->type->flags & TYPE_FLAG_HEAP) &&
                    type_instance_store_fast(o, OPARG(ins), sp[-2]))) {
                rt_store_attr(o, OPARG(ins), sp[-2]);
            }
            sp -= 2;
            DISPATCH();
        }
        VM_CASE(DELETE_ATTR): {
            rt_delete_attr(sp[-1], OPARG(ins));
            sp--;
            DISPATCH();
        }
        VM_CASE(LOAD_METHOD): {
            obj_t o = sp[-1];
            rt_load_method(o, OPARG(ins), sp - 1);
            sp++;
            DISPATCH();
        }
        VM_CASE(SUBSCR): {
            obj_t i = sp[-1], o = sp[-2];
            if (OBJ_IS_SMALL_INT(i) && OBJ_IS_PTR(o)) {
                const obj_type_t *t = ((obj_base_t *)o)->type;
                intptr_t k = OBJ_SMALL_INT_VALUE(i);
                if (t == &type_list) {
                    obj_list_t *l = o;
                    if (k < 0) {
                        k += (intptr_t)l->len;
                    }
                    if (k >= 0 && (size_t)k < l->len) {
                        sp[-2] = l->items[k];
                        sp--;
                        DISPATCH();
                    }
                } else if (t == &type_tuple) {
                    obj_tuple_t *tu = o;
                    if (k < 0) {
                        k += (intptr_t)tu->len;
                    }
                    if (k >= 0 && (size_t)k < tu->len) {
                        sp[-2] = tu->items[k];
                        sp--;
                        DISPATCH();
                    }
                }
            }
            sp[-2] = rt_subscr_load(o, i);
            sp--;
            DISPATCH();
        }
        VM_CASE(STORE_SUBSCR): {
            obj_t i = sp[-1], o = sp[-2], v = sp[-3];
            if (OBJ_IS_SMALL_INT(i) && OBJ_IS_PTR(o) && ((obj_base_t *)o)->type == &type_list) {
                obj_list_t *l = o;
                intptr_t k = OBJ_SMALL_INT_VALUE(i);
                if (k < 0) {
                    k += (intptr_t)l->len;
                }
                if (k >= 0 && (size_t)k < l->len) {
                    l->items[k] = v;
                    sp -= 3;
                    DISPATCH();
                }
            }
            rt_subscr_store(o, i, v);
            sp -= 3;
            DISPATCH();
        }
        VM_CASE(DELETE_SUBSCR): {
            rt_subscr_delete(sp[-2], sp[-1]);
            sp -= 2;
            DISPATCH();
        }
        VM_CASE(BUILD_SLICE): {
            if (OPARG(ins) == 3) {
                sp[-3] = slice_new(sp[-3], sp[-2], sp[-1]);
                sp -= 2;
            } else {
                sp[-2] = slice_new(sp[-2], sp[-1], OBJ_NONE);
                sp--;
            }
            DISPATCH();
        }
        VM_CASE(UNARY_OP): {
            obj_t v = sp[-1];
            if (OBJ_IS_SMALL_INT(v) && OPARG(ins) == UNARY_OP_NEGATIVE && v != OBJ_NEW_SMALL_INT(SMALL_INT_MIN)) {
                sp[-1] = OBJ_NEW_SMALL_INT(-OBJ_SMALL_INT_VALUE(v));
            } else {
                sp[-1] = rt_unary_op((unary_op_t)OPARG(ins), v);
            }
            DISPATCH();
        }
        VM_CASE(UNARY_NOT): {
            sp[-1] = obj_bool(!truth(sp[-1]));
            DISPATCH();
        }
        VM_CASE(BINARY_OP): {
            obj_t b = sp[-1], a = sp[-2];
            obj_t r = OBJ_NULL;
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) {
                r = small_int_op((int)OPARG(ins), a, b);
            }
            if (r == OBJ_NULL) {
                r = binary_op_slow((int)OPARG(ins), a, b);
            }
            sp[-2] = r;
            sp--;
            DISPATCH();
        }
        VM_CASE(BINARY_ADD): {
            obj_t b = sp[-1], a = sp[-2];
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)
                && !__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
                sp[-2] = (obj_t)r;
            } else {
                sp[-2] = binary_op_slow(BINARY_OP_ADD, a, b);
            }
            sp--;
            DISPATCH();
        }
        VM_CASE(BINARY_SUB): {
            obj_t b = sp[-1], a = sp[-2];
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)
                && !__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
                sp[-2] = (obj_t)r;
            } else {
                sp[-2] = binary_op_slow(BINARY_OP_SUBTRACT, a, b);
            }
            sp--;
            DISPATCH();
        }
        VM_CASE(BINARY_MUL): {
            obj_t b = sp[-1], a = sp[-2];
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)
                && !__builtin_mul_overflow(OBJ_SMALL_INT_VALUE(a), (intptr_t)b - 1, &r)) {
                sp[-2] = (obj_t)(r + 1);
            } else {
                sp[-2] = binary_op_slow(BINARY_OP_MULTIPLY, a, b);
            }
            sp--;
            DISPATCH();
        }
        VM_CASE(INPLACE_ADD): {
            obj_t b = sp[-1], a = sp[-2];
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)
                && !__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
                sp[-2] = (obj_t)r;
            } else {
                sp[-2] = binary_op_slow(BINARY_OP_INPLACE_ADD, a, b);
            }
            sp--;
            DISPATCH();
        }
        VM_CASE(INPLACE_SUB): {
            obj_t b = sp[-1], a = sp[-2];
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)
                && !__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r)) {
                sp[-2] = (obj_t)r;
            } else {
                sp[-2] = binary_op_slow(BINARY_OP_INPLACE_SUBTRACT, a, b);
            }
            sp--;
            DISPATCH();
        }
        VM_CASE(ADD_LI): {
            obj_t a = slots[OPARG_A(ins)];
            intptr_t imm = OPARG_B_SIGNED(ins);
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && !__builtin_add_overflow((intptr_t)a, imm * 2, &r)) {
                PUSH((obj_t)r);
                DISPATCH();
            }
            if (a == OBJ_NULL) {
                unbound_local(code, OPARG_A(ins));
            }
            PUSH(binary_op_slow(BINARY_OP_ADD, a, OBJ_NEW_SMALL_INT(imm)));
            DISPATCH();
        }
        VM_CASE(SUB_LI): {
            obj_t a = slots[OPARG_A(ins)];
            intptr_t imm = OPARG_B_SIGNED(ins);
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && !__builtin_sub_overflow((intptr_t)a, imm * 2, &r)) {
                PUSH((obj_t)r);
                DISPATCH();
            }
            if (a == OBJ_NULL) {
                unbound_local(code, OPARG_A(ins));
            }
            PUSH(binary_op_slow(BINARY_OP_SUBTRACT, a, OBJ_NEW_SMALL_INT(imm)));
            DISPATCH();
        }
        VM_CASE(BINARY_OP_I): {
            obj_t a = sp[-1];
            int op = (int)OPARG_A(ins);
            obj_t b = OBJ_NEW_SMALL_INT(OPARG_B_SIGNED(ins));
            if (OBJ_IS_SMALL_INT(a)) {
                obj_t r = small_int_op(op, a, b);
                if (r != OBJ_NULL) {
                    sp[-1] = r;
                    DISPATCH();
                }
            }
            sp[-1] = binary_op_slow(op, a, b);
            DISPATCH();
        }
        VM_CASE(INCR_FAST): {
            obj_t a = slots[OPARG_A(ins)];
            intptr_t imm = OPARG_B_SIGNED(ins);
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && !__builtin_add_overflow((intptr_t)a, imm * 2, &r)) {
                slots[OPARG_A(ins)] = (obj_t)r;
                DISPATCH();
            }
            if (a == OBJ_NULL) {
                unbound_local(code, OPARG_A(ins));
            }
            slots[OPARG_A(ins)] = binary_op_slow(BINARY_OP_INPLACE_ADD, a, OBJ_NEW_SMALL_INT(imm));
            DISPATCH();
        }
        VM_CASE(DECR_FAST): {
            obj_t a = slots[OPARG_A(ins)];
            intptr_t imm = OPARG_B_SIGNED(ins);
            intptr_t r;
            if (OBJ_IS_SMALL_INT(a) && !__builtin_sub_overflow((intptr_t)a, imm * 2, &r)) {
                slots[OPARG_A(ins)] = (obj_t)r;
                DISPATCH();
            }
            if (a == OBJ_NULL) {
                unbound_local(code, OPARG_A(ins));
            }
            slots[OPARG_A(ins)] = binary_op_slow(BINARY_OP_INPLACE_SUBTRACT, a, OBJ_NEW_SMALL_INT(imm));
            DISPATCH();
        }
#define COMPARE_CASE(NAME, CMP, BOP) \
        VM_CASE(NAME): { \
            obj_t b = sp[-1], a = sp[-2]; \
            if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) { \
                sp[-2] = obj_bool((intptr_t)a CMP (intptr_t)b); \
            } else { \
                sp[-2] = binary_op_slow(BOP, a, b); \
            } \
            sp--; \
            DISPATCH(); \
        }
        COMPARE_CASE(COMPARE_LT, <, BINARY_OP_LESS)
        COMPARE_CASE(COMPARE_LE, <=, BINARY_OP_LESS_EQUAL)
        COMPARE_CASE(COMPARE_GT, >, BINARY_OP_MORE)
        COMPARE_CASE(COMPARE_GE, >=, BINARY_OP_MORE_EQUAL)
        VM_CASE(COMPARE_EQ): {
            obj_t b = sp[-1], a = sp[-2];
            if ((OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) || (OBJ_IS_QSTR(a) && OBJ_IS_QSTR(b))) {
                sp[-2] = obj_bool(a == b);
            } else {
                sp[-2] = binary_op_slow(BINARY_OP_EQUAL, a, b);
            }
            sp--;
            DISPATCH();
        }
        VM_CASE(COMPARE_NE): {
            obj_t b = sp[-1], a = sp[-2];
            if ((OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) || (OBJ_IS_QSTR(a) && OBJ_IS_QSTR(b))) {
                sp[-2] = obj_bool(a != b);
            } else {
                sp[-2] = binary_op_slow(BINARY_OP_NOT_EQUAL, a, b);
            }
            sp--;
            DISPATCH();
        }
        VM_CASE(COMPARE_OP): {
            obj_t b = sp[-1], a = sp[-2];
            int op = (int)OPARG(ins);
            obj_t r;
            if (op == BINARY_OP_IS) {
                r = obj_bool(a == b);
            } else if (op == BINARY_OP_IS_NOT) {
                r = obj_bool(a != b);
            } else {
                r = binary_op_slow(op, a, b);
            }
            sp[-2] = r;
            sp--;
            DISPATCH();
        }
        VM_CASE(JUMP): {
            JUMP_TO(OPARG(ins));
            DISPATCH();
        }
        VM_CASE(JUMP_BACK): {
            JUMP_TO(OPARG(ins));
            CHECK_PENDING();
            DISPATCH();
        }
        VM_CASE(POP_JUMP_IF_FALSE): {
            obj_t v = POP();
            if (!truth(v)) {
                JUMP_TO(OPARG(ins));
            }
            DISPATCH();
        }
        VM_CASE(POP_JUMP_IF_TRUE): {
            obj_t v = POP();
            if (truth(v)) {
                JUMP_TO(OPARG(ins));
                CHECK_PENDING();
            }
            DISPATCH();
        }
        VM_CASE(JUMP_IF_FALSE_OR_POP): {
            if (!truth(sp[-1])) {
                JUMP_TO(OPARG(ins));
            } else {
                sp--;
            }
            DISPATCH();
        }
        VM_CASE(JUMP_IF_TRUE_OR_POP): {
            if (truth(sp[-1])) {
                JUMP_TO(OPARG(ins));
            } else {
                sp--;
            }
            DISPATCH();
        }
#define CMP_JUMP_CASE(NAME, CMP, BOP, WANT) \
        VM_CASE(NAME): { \
            obj_t b = sp[-1], a = sp[-2]; \
            bool cond; \
            COMPARE_INTO(cond, a, b, CMP, BOP); \
            sp -= 2; \
            if (cond == WANT) { \
                JUMP_TO(OPARG(ins)); \
                CHECK_PENDING(); \
            } \
            DISPATCH(); \
        }
        CMP_JUMP_CASE(JUMP_IF_LT, <, BINARY_OP_LESS, true)
        CMP_JUMP_CASE(JUMP_IF_LE, <=, BINARY_OP_LESS_EQUAL, true)
        CMP_JUMP_CASE(JUMP_IF_GT, >, BINARY_OP_MORE, true)
        CMP_JUMP_CASE(JUMP_IF_GE, >=, BINARY_OP_MORE_EQUAL, true)
        CMP_JUMP_CASE(JUMP_IF_EQ, ==, BINARY_OP_EQUAL, true)
        CMP_JUMP_CASE(JUMP_IF_NE, !=, BINARY_OP_NOT_EQUAL, true)
        CMP_JUMP_CASE(JUMP_IF_NOT_LT, <, BINARY_OP_LESS, false)
        CMP_JUMP_CASE(JUMP_IF_NOT_LE, <=, BINARY_OP_LESS_EQUAL, false)
        CMP_JUMP_CASE(JUMP_IF_NOT_GT, >, BINARY_OP_MORE, false)
        CMP_JUMP_CASE(JUMP_IF_NOT_GE, >=, BINARY_OP_MORE_EQUAL, false)
        CMP_JUMP_CASE(JUMP_IF_NOT_EQ, ==, BINARY_OP_EQUAL, false)
        CMP_JUMP_CASE(JUMP_IF_NOT_NE, !=, BINARY_OP_NOT_EQUAL, false)
        VM_CASE(JUMP_IF_NOT_LT_LI): {
            obj_t a = slots[OPARG_A(ins)];
            obj_t b = OBJ_NEW_SMALL_INT(OPARG_B_SIGNED(ins));
            uint32_t target = *ip++;
            bool cond;
            if (OBJ_IS_SMALL_INT(a)) {
                cond = (intptr_t)a < (intptr_t)b;
            } else {
                if (a == OBJ_NULL) {
                    unbound_local(code, OPARG_A(ins));
                }
                cond = truth(binary_op_slow(BINARY_OP_LESS, a, b));
            }
            if (!cond) {
                JUMP_TO(target);
                CHECK_PENDING();
            }
            DISPATCH();
        }
        VM_CASE(GET_ITER): {
            sp[-1] = rt_getiter(sp[-1]);
            DISPATCH();
        }
        VM_CASE(FOR_ITER): {
            obj_t v = for_iter_next(sp[-1]);
            if (v == OBJ_NULL) {
                sp--;
                DISPATCH();
            }
            PUSH(v);
            JUMP_TO(OPARG(ins));
            CHECK_PENDING();
            DISPATCH();
        }
        VM_CASE(FOR_ITER_STORE): {
            uint32_t target = *ip++;
            obj_t v = for_iter_next(sp[-1]);
            if (v == OBJ_NULL) {
                sp--;
                DISPATCH();
            }
            slots[OPARG(ins)] = v;
            JUMP_TO(target);
            CHECK_PENDING();
            DISPATCH();
        }
        VM_CASE(MAKE_FUNCTION): {
            obj_t fn = make_function(OPARG(ins), &sp, globals);
            PUSH(fn);
            DISPATCH();
        }
        VM_CASE(CALL): {
            size_t n = OPARG(ins);
            obj_t *args = sp - n;
            CHECK_PENDING();
            obj_t r = call_any(args[-1], n, 0, args, false);
            sp = args;
            sp[-1] = r;
            DISPATCH();
        }
        VM_CASE(CALL_KW): {
            size_t n = OPARG_A(ins), n_kw = OPARG_B(ins);
            obj_t *args = sp - n - 2 * n_kw;
            CHECK_PENDING();
            obj_t r = call_any(args[-1], n, n_kw, args, false);
            sp = args;
            sp[-1] = r;
            DISPATCH();
        }
        VM_CASE(CALL_METHOD): {
            size_t n = OPARG(ins);
            obj_t *args = sp - n;
            CHECK_PENDING();
            obj_t r;
            if (args[-1] != OBJ_NULL) {
                r = call_any(args[-2], n + 1, 0, args - 1, true);
            } else {
                r = call_any(args[-2], n, 0, args, false);
            }
            sp = args - 1;
            sp[-1] = r;
            DISPATCH();
        }
        VM_CASE(CALL_METHOD_KW): {
            size_t n = OPARG_A(ins), n_kw = OPARG_B(ins);
            obj_t *args = sp - n - 2 * n_kw;
            CHECK_PENDING();
            obj_t r;
            if (args[-1] != OBJ_NULL) {
                r = call_any(args[-2], n + 1, n_kw, args - 1, true);
            } else {
                r = call_any(args[-2], n, n_kw, args, false);
            }
            sp = args - 1;
            sp[-1] = r;
            DISPATCH();
        }
        VM_CASE(CALL_EX): {
            obj_t kw = OPARG(ins) ? POP() : OBJ_NULL;
            obj_t pos = POP();
            CHECK_PENDING();
            sp[-1] = call_ex(sp[-1], pos, kw);
            DISPATCH();
        }
        VM_CASE(RETURN_VALUE): {
            return POP();
        }
        VM_CASE(RETURN_FAST): {
            obj_t v = slots[OPARG(ins)];
            if (v == OBJ_NULL) {
                unbound_local(code, OPARG(ins));
            }
            return v;
        }
        VM_CASE(RETURN_NONE): {
            return OBJ_NONE;
        }
        VM_CASE(LOAD_BUILD_CLASS): {
            PUSH(load_build_class());
            DISPATCH();
        }
        VM_CASE(BUILD_TUPLE): {
            size_t n = OPARG(ins);
            obj_t t = tuple_new(n, sp - n);
            sp -= n;
            PUSH(t);
            DISPATCH();
        }
        VM_CASE(BUILD_LIST): {
            size_t n = OPARG(ins);
            obj_t l = list_new(n, sp - n);
            sp -= n;
            PUSH(l);
            DISPATCH();
        }
        VM_CASE(BUILD_SET): {
            size_t n = OPARG(ins);
            obj_t s = set_new(false);
            for (size_t i = 0; i < n; i++) {
                set_add(s, sp[(intptr_t)i - (intptr_t)n]);
            }
            sp -= n;
            PUSH(s);
            DISPATCH();
        }
        VM_CASE(BUILD_MAP): {
            size_t n = OPARG(ins);
            obj_dict_t *d = dict_new(n);
            obj_t *base = sp - 2 * n;
            for (size_t i = 0; i < n; i++) {
                dict_set(d, base[2 * i], base[2 * i + 1]);
            }
            sp = base;
            PUSH(d);
            DISPATCH();
        }
        VM_CASE(LIST_APPEND): {
            obj_t v = POP();
            list_append(sp[-(intptr_t)OPARG(ins)], v);
            DISPATCH();
        }
        VM_CASE(SET_ADD): {
            obj_t v = POP();
            set_add(sp[-(intptr_t)OPARG(ins)], v);
            DISPATCH();
        }
        VM_CASE(MAP_ADD): {
            obj_t v = POP();
            obj_t k = POP();
            dict_set(sp[-(intptr_t)OPARG(ins)], k, v);
            DISPATCH();
        }
        VM_CASE(LIST_EXTEND): {
            obj_t it = POP();
            uint32_t arg = OPARG(ins);
            size_t depth = arg & 0xffff;
            obj_t list = sp[-(intptr_t)depth];
            list_extend_checked(list, it, (arg & 0x800000) ? sp[-(intptr_t)depth - 1] : OBJ_NULL);
            DISPATCH();
        }
        VM_CASE(SET_UPDATE): {
            obj_t it = POP();
            set_update(sp[-(intptr_t)OPARG(ins)], it);
            DISPATCH();
        }
        VM_CASE(DICT_UPDATE): {
            obj_t m = POP();
            merge_mapping(sp[-(intptr_t)OPARG(ins)], m, OBJ_NULL, false);
            DISPATCH();
        }
        VM_CASE(DICT_MERGE): {
            obj_t m = POP();
            size_t depth = OPARG(ins);
            merge_mapping(sp[-(intptr_t)depth], m, sp[-(intptr_t)depth - 2], true);
            DISPATCH();
        }
        VM_CASE(LIST_TO_TUPLE): {
            obj_list_t *l = sp[-1];
            sp[-1] = tuple_new(l->len, l->items);
            DISPATCH();
        }
        VM_CASE(UNPACK_SEQUENCE): {
            size_t n = OPARG(ins);
            obj_t seq = sp[-1];
            unpack_sequence(sp - 1, seq, n);
            sp += (intptr_t)n - 1;
            DISPATCH();
        }
        VM_CASE(UNPACK_EX): {
            size_t before = OPARG_A(ins), after = OPARG_B(ins);
            obj_t seq = sp[-1];
            unpack_ex(sp - 1, seq, before, after);
            sp += before + after;
            DISPATCH();
        }
        VM_CASE(FORMAT_VALUE): {
            obj_t spec = OBJ_NULL;
            if (OPARG(ins) & FORMAT_HAS_SPEC) {
                spec = POP();
            }
            sp[-1] = format_value(sp[-1], OPARG(ins), spec);
            DISPATCH();
        }
        VM_CASE(BUILD_STRING): {
            size_t n = OPARG(ins);
            obj_t s = build_string(sp - n, n);
            sp -= n;
            PUSH(s);
            DISPATCH();
        }
        VM_CASE(RAISE): {
            uint32_t n = OPARG(ins);
            if (n == 0) {
                obj_t cur = vm_state.cur_exception;
                if (cur == OBJ_NULL) {
                    rt_raise_msg(&type_RuntimeError, "No active exception to reraise");
                }
                *reraise = cur;
                return OBJ_NULL;
            }
            if (n == 2) {
                obj_t cause = POP();
                raise_with_cause(POP(), cause);
            }
            rt_raise(POP());
        }
        VM_CASE(RERAISE): {
            *reraise = sp[-1];
            return OBJ_NULL;
        }
        VM_CASE(PUSH_EXC_INFO): {
            obj_t e = sp[-1];
            obj_t prev = vm_state.cur_exception;
            sp[-1] = prev != OBJ_NULL ? prev : OBJ_NONE;
            PUSH(e);
            vm_state.cur_exception = e;
            DISPATCH();
        }
        VM_CASE(POP_EXCEPT): {
            obj_t prev = POP();
            vm_state.cur_exception = prev == OBJ_NONE ? OBJ_NULL : prev;
            DISPATCH();
        }
        VM_CASE(CHECK_EXC_MATCH): {
            obj_t t = sp[-1];
            sp[-1] = obj_bool(exc_matches(sp[-2], t));
            DISPATCH();
        }
        VM_CASE(CHECK_EG_MATCH): {
            // except* (py/excgroup.c).
            obj_t rest, match;
            excgroup_match(sp[-2], sp[-1], &rest, &match);
            sp[-2] = rest;
            sp[-1] = match;
            DISPATCH();
        }
        VM_CASE(PREP_RERAISE_STAR): {
            obj_t r = excgroup_prep_reraise(sp[-2], sp[-1]);
            sp--;
            sp[-1] = r;
            DISPATCH();
        }
        VM_CASE(ROT_DOWN): {
            // Pattern matching (py/compile.c): a capture goes under the work items.
            size_t n = OPARG(ins);
            obj_t v = sp[-1];
            memmove(sp - n + 1, sp - n, (n - 1) * sizeof(obj_t));
            sp[-(intptr_t)n] = v;
            DISPATCH();
        }
        VM_CASE(ROT_UP): {
            size_t n = OPARG(ins);
            obj_t v = sp[-(intptr_t)n];
            memmove(sp - n, sp - n + 1, (n - 1) * sizeof(obj_t));
            sp[-1] = v;
            DISPATCH();
        }
        VM_CASE(GET_LEN): {
            size_t n = rt_len(sp[-1]);
            PUSH(int_from_uintptr(n));
            DISPATCH();
        }
        VM_CASE(MATCH_SEQUENCE): {
            obj_t v = obj_bool(match_is_sequence(sp[-1]));
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(MATCH_MAPPING): {
            obj_t v = obj_bool(match_is_mapping(sp[-1]));
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(MATCH_KEYS): {
            obj_t v = match_keys(sp[-2], sp[-1]);
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(COPY_DICT_WITHOUT_KEYS): {
            sp[-1] = match_copy_without_keys(sp[-2], sp[-1]);
            DISPATCH();
        }
        VM_CASE(MATCH_CLASS): {
            obj_t v = match_class(sp[-3], sp[-2], sp[-1], OPARG(ins));
            sp -= 2;
            sp[-1] = v;
            DISPATCH();
        }
        VM_CASE(LOAD_ASSERTION_ERROR): {
            PUSH((obj_t)&type_AssertionError);
            DISPATCH();
        }
        VM_CASE(BEFORE_WITH): {
            before_with(sp);
            sp += 2;
            DISPATCH();
        }
        VM_CASE(WITH_EXCEPT_START): {
            obj_t r = with_except_start(sp);
            PUSH(r);
            DISPATCH();
        }
        VM_CASE(IMPORT_NAME): {
            obj_t fromlist = POP();
            obj_t level = sp[-1];
            sp[-1] = rt_import_name(OPARG(ins), fromlist, (int)OBJ_SMALL_INT_VALUE(level), globals);
            DISPATCH();
        }
        VM_CASE(IMPORT_FROM): {
            obj_t v = rt_import_from(sp[-1], OPARG(ins));
            PUSH(v);
            DISPATCH();
        }
        VM_CASE(IMPORT_STAR): {
            obj_t m = POP();
            rt_import_all(m, f->locals != NULL ? f->locals : globals);
            DISPATCH();
        }
        VM_CASE(PRINT_EXPR): {
            print_expr(POP());
            DISPATCH();
        }
        VM_CASE(YIELD_VALUE): {
            obj_t v = POP();
            f->sp = sp;
            f->ip = ip;
            f->yielded = true;
            f->yielded_value = true;
            return v;
        }
        VM_CASE(GET_YIELD_FROM_ITER): {
            obj_t o = sp[-1];
            const obj_type_t *t = obj_type_of(o);
            if (t == &type_coroutine && !(code->flags & CODE_FLAG_COROUTINE)) {
                rt_raise_msg(&type_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            if (t != &type_generator && t != &type_coroutine) {
                sp[-1] = rt_getiter(o);
            }
            DISPATCH();
        }
        VM_CASE(GET_AWAITABLE): {
            sp[-1] = get_awaitable(sp[-1]);
            DISPATCH();
        }
        VM_CASE(SEND): {
            obj_t v = sp[-1];
            obj_t it = sp[-2];
            bool done;
            obj_t r = send_step(it, v, OBJ_NULL, &done);
            if (done) {
                sp--;
                sp[-1] = r;
                DISPATCH();
            }
            // Suspend here; resuming pushes the sent value and runs SEND again.
            sp--;
            f->sp = sp;
            f->ip = ip - 1;
            f->yielded = true;
            f->yielded_value = false;
            return r;
        }
        VM_CASE(BEFORE_ASYNC_WITH): {
            before_async_with(sp);
            sp += 2;
            DISPATCH();
        }
        VM_CASE(GET_AITER): {
            sp[-1] = get_aiter(sp[-1]);
            DISPATCH();
        }
        VM_CASE(GET_ANEXT): {
            obj_t dest[2];
            rt_load_method_maybe(sp[-1], QSTR___anext__, dest);
            if (dest[0] == OBJ_NULL) {
                rt_raise_fmt(&type_TypeError, "'async for' requires an iterator with __anext__ method, got %T", sp[-1]);
            }
            PUSH(rt_call_method(0, 0, dest));
            DISPATCH();
        }
        VM_CASE(END_ASYNC_FOR): {
            obj_t e = sp[-1];
            if (rt_isinstance(e, &type_StopAsyncIteration)) {
                sp -= 2;
                DISPATCH();
            }
            *reraise = e;
            return OBJ_NULL;
        }

#if !CONFIG_COMPUTED_GOTO
        default:
            rt_raise_msg(&type_SystemError, "bad opcode");
        }
#endif
    }

}

obj_t vm_execute(vm_frame_t *f, obj_t throw_in) {
    const obj_code_t *const code = f->code;
    nlr_buf_t nlr;
    volatile obj_t pending_throw = throw_in;
    obj_t exc;
    obj_t reraise;

    f->back = cur_frame;
    cur_frame = f;
    f->yielded = false;

    for (;;) {
        bool no_traceback;
        if (nlr_push(&nlr) == 0) {
            if (pending_throw != OBJ_NULL) {
                obj_t t = pending_throw;
                pending_throw = OBJ_NULL;
                const uint32_t *ip = f->ip;
                if (OPCODE_OF(*ip) == OP_SEND) {
                    // Throw into the iterator that `yield from` is running.
                    bool done;
                    obj_t r = send_step(f->sp[-1], OBJ_NULL, t, &done);
                    if (done) {
                        f->sp[-1] = r;
                        f->ip = ip + 1;
                    } else {
                        nlr_pop();
                        f->yielded = true;
                        f->yielded_value = false;
                        cur_frame = f->back;
                        return r;
                    }
                } else {
                    // Raise at the yield that suspended the frame.
                    f->ip = ip - 1;
                    rt_raise(t);
                }
            }
            reraise = OBJ_NULL;
            obj_t r = vm_loop(f, &reraise);
            nlr_pop();
            if (r != OBJ_NULL) {
                cur_frame = f->back;
                return r;
            }
            exc = reraise;
            no_traceback = true;
        } else {
            exc = nlr.value;
            no_traceback = false;
        }
        // [exc] arrived at this frame; the handler is popped.
        cur_frame = f;
        if (!no_traceback && OBJ_IS_PTR(exc) && exc_is_instance(exc)) {
            obj_exception_t *e = exc;
            obj_t cur = vm_state.cur_exception;
            if (cur != OBJ_NULL && cur != exc && e->context == OBJ_NULL) {
                // Do not create a cycle through the context chain.
                obj_t c = cur;
                bool cycle = false;
                for (int guard = 0; c != OBJ_NULL && guard < 1000; guard++) {
                    if (c == exc) {
                        cycle = true;
                        break;
                    }
                    c = ((obj_exception_t *)c)->context;
                }
                if (!cycle) {
                    e->context = cur;
                }
            }
            exc_add_traceback(exc, code->filename, line_at(code, f->ip), code->name);
        }
        uint32_t off = (uint32_t)(f->ip - code->code);
        const code_exc_entry_t *h = NULL;
        for (uint32_t i = 0; i < code->n_exc; i++) {
            const code_exc_entry_t *e = &code->exc[i];
            if (off >= e->start && off < e->end) {
                h = e;
                break;
            }
        }
        if (h == NULL) {
            cur_frame = f->back;
            if (f->gen != OBJ_NULL) {
                exc = gen_unwound(f->gen, exc);
            }
            nlr_jump(exc);
        }
        obj_t *nsp = f->slots + code->n_slots + h->depth;
        *nsp++ = exc;
        f->sp = nsp;
        f->ip = code->code + h->target;
    }
}

// ---------------------------------------------------------------------------
// Disassembler
// ---------------------------------------------------------------------------

static const char *const opcode_names[OP_NUM] = {
#define OP_NAME(name, fmt, doc) #name,
    OPCODE_LIST(OP_NAME)
#undef OP_NAME
};

static const uint8_t opcode_formats[OP_NUM] = {
#define OP_FMT(name, fmt, doc) fmt,
    OPCODE_LIST(OP_FMT)
#undef OP_FMT
};

const char *vm_opcode_name(int op) {
    return op >= 0 && op < OP_NUM ? opcode_names[op] : "?";
}

void vm_disassemble(obj_t code_in, const print_t *p) {
    const obj_code_t *code = code_in;
    print_fmt(p, "Disassembly of <code %q, file \"%q\", line %u>: %u slots, stack %u\n", code->name,
        code->filename, (unsigned)code->first_line, (unsigned)code->n_slots, (unsigned)code->stack_size);
    size_t last_line = 0;
    for (size_t i = 0; i < code->n_code;) {
        uint32_t ins = code->code[i];
        int op = (int)OPCODE_OF(ins);
        size_t line = code_line_of(code, i);
        if (line != last_line) {
            print_fmt(p, "%5u ", (unsigned)line);
            last_line = line;
        } else {
            print_str(p, "      ");
        }
        print_fmt(p, "%5u %s", (unsigned)i, vm_opcode_name(op));
        if (op >= OP_NUM) {
            print_str(p, "\n");
            i++;
            continue;
        }
        switch (opcode_formats[op]) {
            case OPF_NONE:
                break;
            case OPF_U:
            case OPF_OP:
                print_fmt(p, " %u", (unsigned)OPARG(ins));
                break;
            case OPF_S:
                print_fmt(p, " %d", (int)OPARG_SIGNED(ins));
                break;
            case OPF_LOCAL:
                print_fmt(p, " %u (%q)", (unsigned)OPARG(ins),
                    OPARG(ins) < code->n_slots ? code->slot_names[OPARG(ins)] : QSTR__empty);
                break;
            case OPF_CONST:
                print_fmt(p, " %u (%R)", (unsigned)OPARG(ins), code->consts[OPARG(ins)]);
                break;
            case OPF_QSTR:
            case OPF_QCACHE:
                print_fmt(p, " %q", (qstr)OPARG(ins));
                break;
            case OPF_JUMP:
                print_fmt(p, " -> %u", (unsigned)OPARG(ins));
                break;
            case OPF_AB:
                print_fmt(p, " %u %u", (unsigned)OPARG_A(ins), (unsigned)OPARG_B(ins));
                break;
            case OPF_LL:
                print_fmt(p, " %q %q", code->slot_names[OPARG_A(ins)], code->slot_names[OPARG_B(ins)]);
                break;
            case OPF_LI:
                print_fmt(p, " %q %d", code->slot_names[OPARG_A(ins)], (int)OPARG_B_SIGNED(ins));
                break;
        }
        if (op_extra_words(op) && i + 1 < code->n_code) {
            if (op == OP_LOAD_GLOBAL || op == OP_LOAD_NAME) {
                print_fmt(p, " [cache %u]", (unsigned)code->code[i + 1]);
            } else {
                print_fmt(p, " -> %u", (unsigned)code->code[i + 1]);
            }
        }
        print_str(p, "\n");
        i += 1 + (size_t)op_extra_words(op);
    }
    for (size_t i = 0; i < code->n_exc; i++) {
        const code_exc_entry_t *e = &code->exc[i];
        print_fmt(p, "  handler [%u, %u) -> %u depth %u\n", (unsigned)e->start, (unsigned)e->end,
            (unsigned)e->target, (unsigned)e->depth);
    }
    for (size_t i = 0; i < code->n_consts; i++) {
        obj_t c = code->consts[i];
        if (OBJ_IS_PTR(c) && ((obj_base_t *)c)->type == &type_code) {
            print_str(p, "\n");
            vm_disassemble(c, p);
        }
    }
}
