// The runtime glue: operators, calls, attributes, iteration and raising on any
// value, name lookup, argument parsing, and the interpreter's life cycle.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/runtime.h"

#include "py/compile.h"
#include "py/hal.h"
#include "py/import.h"
#include "py/modbuiltins.h"
#include "py/modsys.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objfun.h"
#include "py/objint.h"
#include "py/objmodule.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/parse.h"
#include "py/vm.h"
#include "py/vstr.h"

// vm_state.rt_spare[] (GC roots) as used by the runtime's files:
//   [0] the builtins namespace (py/modbuiltins.c)
//   [1] the sys namespace (py/modsys.c)
//   [2] the attribute lookup cache block (py/objtype.c)
vm_state_t vm_state;

// ---------------------------------------------------------------------------
// Life cycle
// ---------------------------------------------------------------------------

void rt_init(void *stack_top, size_t stack_size) {
    // A soft reset comes through here again: start from clean roots.
    memset(&vm_state.roots_start, 0,
        (size_t)((char *)(&vm_state.roots_end + 1) - (char *)&vm_state.roots_start));
    vm_state.nlr_top = NULL;
    vm_state.stack_top = stack_top;
    gc_set_stack_top(stack_top);
    size_t margin = CONFIG_STACK_MARGIN;
    if (stack_size < 2 * margin) {
        margin = stack_size / 2;
    }
    vm_state.stack_limit = (char *)((uintptr_t)stack_top - stack_size + margin);
    vm_state.interrupt_char = -1;
    vm_state.pending = false;
    vm_state.sched_head = 0;
    vm_state.sched_len = 0;
    vm_state.heap_locked = false;

    qstr_init();
    type_init();

    // Preallocated so that raising them never needs memory.
    vm_state.memory_error = exc_new(&type_MemoryError, 0, NULL);
    vm_state.keyboard_interrupt = exc_new(&type_KeyboardInterrupt, 0, NULL);
    vm_state.recursion_error =
        exc_new_msg(&type_RecursionError, "maximum recursion depth exceeded");

    vm_state.modules = dict_new(16);
    modbuiltins_init();
    modsys_init();

    vm_state.dict_main = dict_new(16);
    dict_set_qstr(vm_state.dict_main, QSTR___name__, OBJ_NEW_QSTR(QSTR___main__));
    dict_set_qstr(vm_state.dict_main, QSTR___doc__, OBJ_NONE);
    dict_set_qstr(vm_state.dict_main, QSTR___package__, OBJ_NONE);
    dict_set_qstr(vm_state.dict_main, QSTR___builtins__,
        dict_get_qstr(vm_state.modules, QSTR_builtins));
    obj_t main_mod = module_new_with_dict(QSTR___main__, vm_state.dict_main);
    dict_set_qstr(vm_state.modules, QSTR___main__, main_mod);
}

void rt_deinit(void) {
    vm_state.pending = false;
    vm_state.pending_exception = OBJ_NULL;
    vm_state.sched_len = 0;
}

obj_t rt_compile(const char *src, size_t len, qstr filename, int mode) {
    ast_node_t *tree = parse_source(src, len, filename, mode);
    return compile_ast(tree, filename, mode);
}

obj_t rt_exec_code(obj_t code, obj_dict_t *globals, obj_dict_t *locals) {
    return vm_run_code(code, globals, locals);
}

// The `code` of a SystemExit: None without arguments, the argument, or the tuple.
static obj_t system_exit_code(obj_t exc) {
    obj_tuple_t *args = ((obj_exception_t *)exc)->args;
    if (args->len == 1) {
        return args->items[0];
    }
    return args->len == 0 ? OBJ_NONE : (obj_t)args;
}

// The exit status for SystemExit(code): None is 0, an int is itself, and
// anything else is printed to stderr and gives 1.
static int system_exit_status(obj_t code) {
    if (code == OBJ_NONE) {
        return 0;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        int status = 1;
        if (obj_is_int(code) || code == OBJ_TRUE || code == OBJ_FALSE) {
            status = (int)rt_get_int(code);
        } else {
            rt_print_obj(&print_stderr, code, PRINT_STR);
            print_str(&print_stderr, "\n");
        }
        nlr_pop();
        return status;
    }
    return 1;
}

// The exit status for an uncaught exception; prints it unless it is SystemExit.
static int handle_uncaught(obj_t exc, bool *exited) {
    if (rt_isinstance(exc, &type_SystemExit)) {
        if (exited != NULL) {
            *exited = true;
        }
        return system_exit_status(system_exit_code(exc));
    }
    // The program may have left the heap locked (micropython.heap_lock), and
    // printing a traceback needs memory; a second exception while printing
    // must not escape either.
    while (gc_is_locked()) {
        gc_unlock();
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        exc_print(&print_stderr, exc);
        nlr_pop();
    } else {
        print_str(&print_stderr, "(exception while printing an exception)\n");
    }
    return 1;
}

int rt_run_source(const char *src, size_t len, qstr filename, int mode, bool *exited) {
    if (exited != NULL) {
        *exited = false;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t code = rt_compile(src, len, filename, mode);
        rt_exec_code(code, vm_state.dict_main, NULL);
        nlr_pop();
        return 0;
    }
    return handle_uncaught(nlr.value, exited);
}

int rt_run_file(const char *path, bool *exited) {
    if (exited != NULL) {
        *exited = false;
    }
    size_t len;
    int err = 0;
    char *src = hal_read_file(path, &len, &err);
    if (src == NULL) {
        print_fmt(&print_stderr, "framboise: can't open file '%s': [Errno %d]\n", path, err);
        return 2;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        qstr fn = qstr_from_str(path);
        dict_set_qstr(vm_state.dict_main, QSTR___file__, OBJ_NEW_QSTR(fn));
        obj_t code = rt_compile(src, len, fn, RT_MODE_FILE);
        rt_exec_code(code, vm_state.dict_main, NULL);
        nlr_pop();
        return 0;
    }
    return handle_uncaught(nlr.value, exited);
}

int rt_run_module(const char *name, bool *exited) {
    if (exited != NULL) {
        *exited = false;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        import_run_main(qstr_from_str(name));
        nlr_pop();
        return 0;
    }
    return handle_uncaught(nlr.value, exited);
}

// ---------------------------------------------------------------------------
// Raising and allocation
// ---------------------------------------------------------------------------

NORETURN void rt_raise(obj_t exc) {
    if (type_is_type(exc)) {
        const obj_type_t *t = (const obj_type_t *)exc;
        if (rt_is_subclass(t, &type_BaseException)) {
            exc = rt_call(exc, 0, 0, NULL);
        }
    }
    if (!exc_is_instance(exc)) {
        exc = exc_new_msg(&type_TypeError, "exceptions must derive from BaseException");
    }
    nlr_jump(exc);
}

NORETURN void rt_raise_msg(const obj_type_t *type, const char *msg) {
    nlr_jump(exc_new_msg(type, msg));
}

NORETURN void rt_raise_fmt(const obj_type_t *type, const char *fmt, ...) {
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print(&v, &p);
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(&p, fmt, ap);
    va_end(ap);
    obj_t msg = vstr_to_str(&v);
    nlr_jump(exc_new(type, 1, &msg));
}

// Readies a preallocated exception for raising again: no stale traceback or chain.
static NORETURN void raise_prealloc(obj_t exc) {
    if (exc == OBJ_NULL) {
        hal_fatal("out of memory before the runtime was ready");
    }
    obj_exception_t *e = exc;
    e->traceback = OBJ_NULL;
    e->cause = OBJ_NULL;
    e->context = OBJ_NULL;
    e->suppress_context = false;
    nlr_jump(exc);
}

NORETURN void rt_raise_memory_error(void) {
    raise_prealloc(vm_state.memory_error);
}

NORETURN void rt_raise_recursion_error(void) {
    raise_prealloc(vm_state.recursion_error);
}

void *rt_alloc(size_t n) {
    void *p = gc_alloc(n, 0);
    if (p == NULL) {
        rt_raise_memory_error();
    }
    return p;
}

void *rt_alloc_flags(size_t n, unsigned flags) {
    void *p = gc_alloc(n, flags);
    if (p == NULL) {
        rt_raise_memory_error();
    }
    return p;
}

void *rt_realloc(void *ptr, size_t n) {
    if (ptr == NULL) {
        return rt_alloc(n);
    }
    void *p = gc_realloc(ptr, n);
    if (p == NULL) {
        rt_raise_memory_error();
    }
    return p;
}

void *rt_new_obj(const obj_type_t *type, size_t size) {
    obj_base_t *o = rt_alloc(size);
    o->type = type;
    return o;
}

void rt_keyboard_interrupt(void) {
    vm_state.pending_exception = vm_state.keyboard_interrupt;
    vm_state.pending = true;
}

void rt_raise_pending_exception(void) {
    obj_t exc = vm_state.pending_exception;
    if (exc != OBJ_NULL) {
        vm_state.pending_exception = OBJ_NULL;
        vm_state.pending = vm_state.sched_len != 0;
        if (exc == vm_state.keyboard_interrupt) {
            raise_prealloc(exc);
        }
        rt_raise(exc);
    }
}

void rt_handle_pending(void) {
    rt_raise_pending_exception();
    // Scheduled callbacks run one at a time, in order; a callback that
    // raises leaves the rest queued for the next check.
    while (vm_state.sched_len != 0) {
        unsigned i = vm_state.sched_head;
        obj_t fn = vm_state.sched_queue[i];
        obj_t arg = vm_state.sched_args[i];
        vm_state.sched_queue[i] = OBJ_NULL;
        vm_state.sched_args[i] = OBJ_NULL;
        vm_state.sched_head = (uint8_t)((i + 1) % ARRAY_SIZE(vm_state.sched_queue));
        vm_state.sched_len--;
        vm_state.pending = vm_state.sched_len != 0 || vm_state.pending_exception != OBJ_NULL;
        rt_call1(fn, arg);
    }
    vm_state.pending = vm_state.pending_exception != OBJ_NULL;
}

// ---------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------

// Operator spellings for error messages, indexed by binary_op_t.
static const char *const binary_op_names[] = {
    [BINARY_OP_INPLACE_OR] = "|=",
    [BINARY_OP_INPLACE_XOR] = "^=",
    [BINARY_OP_INPLACE_AND] = "&=",
    [BINARY_OP_INPLACE_LSHIFT] = "<<=",
    [BINARY_OP_INPLACE_RSHIFT] = ">>=",
    [BINARY_OP_INPLACE_ADD] = "+=",
    [BINARY_OP_INPLACE_SUBTRACT] = "-=",
    [BINARY_OP_INPLACE_MULTIPLY] = "*=",
    [BINARY_OP_INPLACE_MAT_MULTIPLY] = "@=",
    [BINARY_OP_INPLACE_FLOOR_DIVIDE] = "//=",
    [BINARY_OP_INPLACE_TRUE_DIVIDE] = "/=",
    [BINARY_OP_INPLACE_MODULO] = "%=",
    [BINARY_OP_INPLACE_POWER] = "**=",
    [BINARY_OP_OR] = "|",
    [BINARY_OP_XOR] = "^",
    [BINARY_OP_AND] = "&",
    [BINARY_OP_LSHIFT] = "<<",
    [BINARY_OP_RSHIFT] = ">>",
    [BINARY_OP_ADD] = "+",
    [BINARY_OP_SUBTRACT] = "-",
    [BINARY_OP_MULTIPLY] = "*",
    [BINARY_OP_MAT_MULTIPLY] = "@",
    [BINARY_OP_FLOOR_DIVIDE] = "//",
    [BINARY_OP_TRUE_DIVIDE] = "/",
    [BINARY_OP_MODULO] = "%",
    [BINARY_OP_POWER] = "** or pow()",
    [BINARY_OP_LESS] = "<",
    [BINARY_OP_MORE] = ">",
    [BINARY_OP_EQUAL] = "==",
    [BINARY_OP_LESS_EQUAL] = "<=",
    [BINARY_OP_MORE_EQUAL] = ">=",
    [BINARY_OP_NOT_EQUAL] = "!=",
    [BINARY_OP_CONTAINS] = "in",
    [BINARY_OP_IS] = "is",
    [BINARY_OP_IS_NOT] = "is not",
    [BINARY_OP_IN] = "in",
    [BINARY_OP_NOT_IN] = "not in",
    [BINARY_OP_DIVMOD] = "divmod()",
};

static bool is_comparison(binary_op_t op) {
    return op >= BINARY_OP_LESS && op <= BINARY_OP_NOT_EQUAL;
}

NORETURN void rt_raise_type_error_unsupported(binary_op_t op, obj_t lhs, obj_t rhs) {
    const char *name = (unsigned)op < ARRAY_SIZE(binary_op_names) && binary_op_names[op] != NULL
        ? binary_op_names[op]
        : "?";
    if (is_comparison(op)) {
        rt_raise_fmt(&type_TypeError, "'%s' not supported between instances of '%q' and '%q'",
            name, rt_type_name(lhs), rt_type_name(rhs));
    }
    rt_raise_fmt(&type_TypeError, "unsupported operand type(s) for %s: '%q' and '%q'", name,
        rt_type_name(lhs), rt_type_name(rhs));
}

// The comparison that asks the same question with the operands swapped.
static binary_op_t reflect_comparison(binary_op_t op) {
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

obj_t rt_unary_op(unary_op_t op, obj_t o) {
    if (op == UNARY_OP_NOT) {
        return obj_bool(!rt_is_true(o));
    }
    if (OBJ_IS_SMALL_INT(o)) {
        // int's own unary op has the small-int fast path; no type lookup needed.
        obj_t r = int_unary_op(op, o);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    if (op == UNARY_OP_BOOL) {
        return obj_bool(rt_is_true(o));
    }
    if (op == UNARY_OP_HASH) {
        return int_from_intptr(rt_hash(o));
    }
    const obj_type_t *t = obj_type_of(o);
    if (t->unary_op != NULL) {
        obj_t r = t->unary_op(op, o);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    switch (op) {
        case UNARY_OP_POSITIVE:
            rt_raise_fmt(&type_TypeError, "bad operand type for unary +: '%q'", t->name);
        case UNARY_OP_NEGATIVE:
            rt_raise_fmt(&type_TypeError, "bad operand type for unary -: '%q'", t->name);
        case UNARY_OP_INVERT:
            rt_raise_fmt(&type_TypeError, "bad operand type for unary ~: '%q'", t->name);
        case UNARY_OP_ABS:
            rt_raise_fmt(&type_TypeError, "bad operand type for abs(): '%q'", t->name);
        case UNARY_OP_LEN:
            rt_raise_fmt(&type_TypeError, "object of type '%q' has no len()", t->name);
        case UNARY_OP_INT:
            rt_raise_fmt(&type_TypeError,
                "int() argument must be a string, a bytes-like object or a real number, not '%q'",
                t->name);
        case UNARY_OP_FLOAT:
            rt_raise_fmt(&type_TypeError, "float() argument must be a string or a real number, not '%q'",
                t->name);
        default:
            rt_raise_fmt(&type_TypeError, "bad operand type for unary op: '%q'", t->name);
    }
}

// `item in container`.
static bool contains(obj_t container, obj_t item) {
    const obj_type_t *t = obj_type_of(container);
    if (t->flags & TYPE_FLAG_HEAP) {
        obj_t r = type_heap_binary_op(BINARY_OP_CONTAINS, container, item);
        if (r != OBJ_NULL) {
            return r == OBJ_TRUE;
        }
    } else if (t->binary_op != NULL) {
        obj_t r = t->binary_op(BINARY_OP_CONTAINS, container, item);
        if (r != OBJ_NULL) {
            return r == OBJ_TRUE;
        }
    }
    if (t->getiter == NULL && !(t->flags & TYPE_FLAG_HEAP)) {
        rt_raise_fmt(&type_TypeError, "argument of type '%q' is not iterable", t->name);
    }
    obj_t it = rt_getiter(container);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (x == item || rt_equal(x, item)) {
            return true;
        }
    }
    return false;
}

// A comparison through the slots of both types (the right one mirrored); OBJ_NULL if neither answers.
static obj_t compare_slots(binary_op_t op, obj_t lhs, obj_t rhs, const obj_type_t *lt,
    const obj_type_t *rt) {
    if (lt->binary_op != NULL) {
        obj_t r = lt->binary_op(op, lhs, rhs);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    if (rt != lt && rt->binary_op != NULL) {
        return rt->binary_op(reflect_comparison(op), rhs, lhs);
    }
    return OBJ_NULL;
}

obj_t rt_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    // In-place operators on immutable values are the plain operator.
    if (OBJ_IS_SMALL_INT(lhs) && OBJ_IS_SMALL_INT(rhs)) {
        binary_op_t plain = op < BINARY_OP_OR ? op + BINARY_OP_INPLACE_DELTA : op;
        obj_t r = int_small_binary_op(plain, OBJ_SMALL_INT_VALUE(lhs), OBJ_SMALL_INT_VALUE(rhs));
        if (r != OBJ_NULL) {
            return r;
        }
    }
    switch (op) {
        case BINARY_OP_IS:
            return obj_bool(lhs == rhs);
        case BINARY_OP_IS_NOT:
            return obj_bool(lhs != rhs);
        case BINARY_OP_IN:
            return obj_bool(contains(rhs, lhs));
        case BINARY_OP_NOT_IN:
            return obj_bool(!contains(rhs, lhs));
        case BINARY_OP_CONTAINS:
            return obj_bool(contains(lhs, rhs));
        default:
            break;
    }
    const obj_type_t *lt = obj_type_of(lhs);
    const obj_type_t *rt = obj_type_of(rhs);
    binary_op_t orig_op = op; // errors name the operator as written (+=, not +)
    obj_t r;
    if ((lt->flags | rt->flags) & TYPE_FLAG_HEAP) {
        r = type_heap_binary_op(op, lhs, rhs);
        if (r != OBJ_NULL) {
            return r;
        }
        if (op < BINARY_OP_OR) {
            op += BINARY_OP_INPLACE_DELTA;
        }
    } else {
        if (op < BINARY_OP_OR) {
            if (lt->binary_op != NULL) {
                r = lt->binary_op(op, lhs, rhs);
                if (r != OBJ_NULL) {
                    return r;
                }
            }
            op += BINARY_OP_INPLACE_DELTA;
        }
        if (op == BINARY_OP_NOT_EQUAL) {
            // The types' own != (nan != nan), else the negation of their ==.
            r = compare_slots(BINARY_OP_NOT_EQUAL, lhs, rhs, lt, rt);
            if (r != OBJ_NULL) {
                return r;
            }
            r = compare_slots(BINARY_OP_EQUAL, lhs, rhs, lt, rt);
            if (r != OBJ_NULL) {
                return obj_bool(!rt_is_true(r));
            }
            return obj_bool(lhs != rhs);
        }
        if (lt->binary_op != NULL) {
            r = lt->binary_op(op, lhs, rhs);
            if (r != OBJ_NULL) {
                return r;
            }
        }
        if (rt != lt && rt->binary_op != NULL) {
            if (is_comparison(op)) {
                r = rt->binary_op(reflect_comparison(op), rhs, lhs);
            } else {
                r = rt->binary_op(op, lhs, rhs);
            }
            if (r != OBJ_NULL) {
                return r;
            }
        }
    }
    if (op == BINARY_OP_EQUAL) {
        return obj_bool(lhs == rhs);
    }
    if (op == BINARY_OP_NOT_EQUAL) {
        return obj_bool(lhs != rhs);
    }
    rt_raise_type_error_unsupported(orig_op, lhs, rhs);
}

bool rt_is_true(obj_t o) {
    if (o == OBJ_TRUE) {
        return true;
    }
    if (o == OBJ_FALSE || o == OBJ_NONE) {
        return false;
    }
    if (OBJ_IS_SMALL_INT(o)) {
        return o != OBJ_NEW_SMALL_INT(0);
    }
    if (OBJ_IS_QSTR(o)) {
        return qstr_len(OBJ_QSTR_VALUE(o)) != 0;
    }
    const obj_type_t *t = obj_type_of(o);
    if (t->unary_op != NULL) {
        obj_t r = t->unary_op(UNARY_OP_BOOL, o);
        if (r != OBJ_NULL) {
            return r == OBJ_TRUE;
        }
        r = t->unary_op(UNARY_OP_LEN, o);
        if (r != OBJ_NULL) {
            return r != OBJ_NEW_SMALL_INT(0);
        }
    }
    return true;
}

bool rt_equal(obj_t a, obj_t b) {
    if (a == b) {
        return true;
    }
    if (OBJ_IS_SMALL_INT(a) && OBJ_IS_SMALL_INT(b)) {
        return false;
    }
    if (OBJ_IS_QSTR(a) && OBJ_IS_QSTR(b)) {
        return false;
    }
    if (obj_is_str(a) && obj_is_str(b)) {
        return str_equal(a, b);
    }
    obj_t r = rt_binary_op(BINARY_OP_EQUAL, a, b);
    // A class's __eq__ may return any object; built-in types return a bool.
    return r == OBJ_TRUE || (r != OBJ_FALSE && rt_is_true(r));
}

// Hashes live in [-(2^61 - 1), 2^61 - 1] on 64-bit machines as in CPython (2^31 - 1 on 32-bit).
#if INTPTR_MAX > 0x7fffffff
#define HASH_MODULUS (((intptr_t)1 << 61) - 1)
#else
#define HASH_MODULUS ((intptr_t)0x7fffffff)
#endif

// Built-in types whose instances are mutable and so have no hash.
static bool is_unhashable_type(const obj_type_t *t) {
    return t == &type_list || t == &type_dict || t == &type_set || t == &type_bytearray ||
           t == &type_slice;
}

intptr_t rt_hash(obj_t o) {
    if (OBJ_IS_SMALL_INT(o)) {
        intptr_t v = OBJ_SMALL_INT_VALUE(o);
        if (v > -HASH_MODULUS && v < HASH_MODULUS) {
            return v == -1 ? -2 : v;
        }
        return int_hash(o);
    }
    if (OBJ_IS_QSTR(o)) {
        return (intptr_t)qstr_hash(OBJ_QSTR_VALUE(o));
    }
    const obj_type_t *t = obj_type_of(o);
    if (t == &type_str) {
        return (intptr_t)str_hash(o);
    }
    if (t->unary_op != NULL) {
        obj_t r = t->unary_op(UNARY_OP_HASH, o);
        if (r != OBJ_NULL) {
            if (OBJ_IS_SMALL_INT(r)) {
                return OBJ_SMALL_INT_VALUE(r);
            }
            // Built-in hashes fit a machine word by construction (complex's may
            // pass the small-int range); a class's __hash__ may return any int.
            intptr_t h;
            if (!(t->flags & TYPE_FLAG_HEAP) && int_to_intptr(r, &h)) {
                return h;
            }
            return int_hash(r);
        }
    }
    if (is_unhashable_type(t)) {
        rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", t->name);
    }
    // Identity hash: objects are at least 8-byte aligned on the host, 4 on the Pi.
    return (intptr_t)((uintptr_t)o >> 3);
}

size_t rt_len(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    if (t->unary_op != NULL) {
        obj_t r = t->unary_op(UNARY_OP_LEN, o);
        if (r != OBJ_NULL) {
            intptr_t n = OBJ_IS_SMALL_INT(r) ? OBJ_SMALL_INT_VALUE(r) : rt_get_int(r);
            if (n < 0) {
                rt_raise_msg(&type_ValueError, "__len__() should return >= 0");
            }
            return (size_t)n;
        }
    }
    rt_raise_fmt(&type_TypeError, "object of type '%q' has no len()", t->name);
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------

obj_t rt_call(obj_t fn, size_t n_args, size_t n_kw, const obj_t *args) {
    const obj_type_t *t = obj_type_of(fn);
    if (t->call != NULL) {
        return t->call(fn, n_args, n_kw, args);
    }
    rt_raise_fmt(&type_TypeError, "'%q' object is not callable", t->name);
}

obj_t rt_call0(obj_t fn) {
    return rt_call(fn, 0, 0, NULL);
}

obj_t rt_call1(obj_t fn, obj_t a) {
    return rt_call(fn, 1, 0, &a);
}

obj_t rt_call2(obj_t fn, obj_t a, obj_t b) {
    obj_t args[2] = {a, b};
    return rt_call(fn, 2, 0, args);
}

obj_t rt_call_method(size_t n_args, size_t n_kw, obj_t *args) {
    if (args[1] == OBJ_NULL) {
        return rt_call(args[0], n_args, n_kw, args + 2);
    }
    return rt_call(args[0], n_args + 1, n_kw, args + 1);
}

bool rt_callable(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    if (t->flags & TYPE_FLAG_HEAP) {
        return type_lookup(t, QSTR___call__) != OBJ_NULL;
    }
    return t->call != NULL;
}

// ---------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------

void rt_load_method_maybe(obj_t o, qstr attr, obj_t *dest) {
    dest[0] = OBJ_NULL;
    dest[1] = OBJ_NULL;
    const obj_type_t *t = obj_type_of(o);
    if (t->attr != NULL) {
        t->attr(o, attr, dest);
        if (dest[0] != OBJ_NULL) {
            return;
        }
        dest[1] = OBJ_NULL;
    }
    // (A class's attr slot has already searched its namespaces.)
    if (!(t->flags & TYPE_FLAG_HEAP)) {
        obj_t v = type_lookup(t, attr);
        if (v != OBJ_NULL) {
            type_bind_attr(o, t, v, dest);
            return;
        }
    }
    if (attr == QSTR___class__) {
        dest[0] = (obj_t)t;
    }
}

// Raises the AttributeError CPython gives for a missing attribute.
static NORETURN void raise_no_attr(obj_t o, qstr attr) {
    if (type_is_type(o)) {
        rt_raise_fmt(&type_AttributeError, "type object '%q' has no attribute '%q'",
            ((const obj_type_t *)o)->name, attr);
    }
    if (obj_type_of(o) == &type_module) {
        rt_raise_fmt(&type_AttributeError, "module '%q' has no attribute '%q'", module_name(o),
            attr);
    }
    rt_raise_fmt(&type_AttributeError, "'%q' object has no attribute '%q'", rt_type_name(o), attr);
}

void rt_load_method(obj_t o, qstr attr, obj_t *dest) {
    rt_load_method_maybe(o, attr, dest);
    if (dest[0] == OBJ_NULL) {
        raise_no_attr(o, attr);
    }
}

obj_t rt_load_attr_maybe(obj_t o, qstr attr) {
    obj_t dest[2];
    rt_load_method_maybe(o, attr, dest);
    if (dest[0] == OBJ_NULL) {
        return OBJ_NULL;
    }
    if (dest[1] != OBJ_NULL) {
        return bound_method_new(dest[0], dest[1]);
    }
    return dest[0];
}

obj_t rt_load_attr(obj_t o, qstr attr) {
    obj_t dest[2];
    rt_load_method(o, attr, dest);
    if (dest[1] != OBJ_NULL) {
        return bound_method_new(dest[0], dest[1]);
    }
    return dest[0];
}

// Stores (value != OBJ_NULL) or deletes an attribute through the type's attr slot.
static void store_attr(obj_t o, qstr attr, obj_t value) {
    const obj_type_t *t = obj_type_of(o);
    if (t->attr != NULL) {
        obj_t dest[2] = {OBJ_SENTINEL, value};
        t->attr(o, attr, dest);
        if (dest[0] == OBJ_NULL) {
            return;
        }
    }
    if (type_is_type(o)) {
        const obj_type_t *ot = o;
        rt_raise_fmt(&type_TypeError, "cannot set '%q' attribute of immutable type '%q'", attr,
            ot->name);
    }
    if (t == &type_module) {
        if (value == OBJ_NULL) {
            raise_no_attr(o, attr);
        }
        rt_raise_fmt(&type_AttributeError, "cannot set attribute '%q' of read-only module '%q'",
            attr, module_name(o));
    }
    if (type_lookup(t, attr) != OBJ_NULL) {
        rt_raise_fmt(&type_AttributeError, "'%q' object attribute '%q' is read-only", t->name,
            attr);
    }
    raise_no_attr(o, attr);
}

void rt_store_attr(obj_t o, qstr attr, obj_t value) {
    store_attr(o, attr, value);
}

void rt_delete_attr(obj_t o, qstr attr) {
    store_attr(o, attr, OBJ_NULL);
}

// ---------------------------------------------------------------------------
// Subscripts and iteration
// ---------------------------------------------------------------------------

obj_t rt_subscr_load(obj_t o, obj_t index) {
    const obj_type_t *t = obj_type_of(o);
    if (t->subscr != NULL) {
        obj_t r = t->subscr(o, index, OBJ_SENTINEL);
        if (r != OBJ_NULL) {
            return r;
        }
    }
    if (type_is_type(o)) {
        // Classes made by a metaclass without __getitem__: as for other classes.
        return type_type.subscr(o, index, OBJ_SENTINEL);
    }
    rt_raise_fmt(&type_TypeError, "'%q' object is not subscriptable", t->name);
}

void rt_subscr_store(obj_t o, obj_t index, obj_t value) {
    const obj_type_t *t = obj_type_of(o);
    if (t->subscr != NULL && t->subscr(o, index, value) != OBJ_NULL) {
        return;
    }
    rt_raise_fmt(&type_TypeError, "'%q' object does not support item assignment", t->name);
}

void rt_subscr_delete(obj_t o, obj_t index) {
    const obj_type_t *t = obj_type_of(o);
    if (t->subscr != NULL && t->subscr(o, index, OBJ_NULL) != OBJ_NULL) {
        return;
    }
    rt_raise_fmt(&type_TypeError, "'%q' object doesn't support item deletion", t->name);
}

obj_t rt_getiter(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    if (t->getiter != NULL) {
        obj_t it = t->getiter(o);
        if (it != OBJ_NULL) {
            return it;
        }
    }
    rt_raise_fmt(&type_TypeError, "'%q' object is not iterable", t->name);
}

obj_t rt_iternext(obj_t it) {
    // C loops over iterators (sum, list, join, ...) can run for minutes:
    // Ctrl-C must reach them.
    if (vm_state.pending) {
        rt_raise_pending_exception();
    }
    const obj_type_t *t = obj_type_of(it);
    if (t->iternext != NULL) {
        return t->iternext(it);
    }
    rt_raise_fmt(&type_TypeError, "'%q' object is not an iterator", t->name);
}

obj_t rt_iternext_raise(obj_t it) {
    if (obj_type_of(it) == &type_generator) {
        // A generator's return value travels in the StopIteration.
        bool done;
        obj_t r = gen_resume(it, OBJ_NONE, OBJ_NULL, &done);
        if (done) {
            rt_raise(exc_new(&type_StopIteration, r == OBJ_NONE ? 0 : 1, &r));
        }
        return r;
    }
    obj_t x = rt_iternext(it);
    if (x == OBJ_NULL) {
        rt_raise(exc_new(&type_StopIteration, 0, NULL));
    }
    return x;
}

// Whether [o] could be iterated (for the "cannot unpack" message).
static void check_unpackable(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    if (t->getiter == NULL && !(t->flags & TYPE_FLAG_HEAP)) {
        rt_raise_fmt(&type_TypeError, "cannot unpack non-iterable %q object", t->name);
    }
}

void rt_unpack_sequence(obj_t seq, size_t n, obj_t *out) {
    size_t len;
    obj_t *items;
    if (seq_get_items(seq, &len, &items)) {
        if (len < n) {
            rt_raise_fmt(&type_ValueError, "not enough values to unpack (expected %zu, got %zu)",
                n, len);
        }
        if (len > n) {
            rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %zu)", n);
        }
        if (n != 0) {
            memcpy(out, items, n * sizeof(obj_t));
        }
        return;
    }
    check_unpackable(seq);
    obj_t it = rt_getiter(seq);
    for (size_t i = 0; i < n; i++) {
        obj_t x = rt_iternext(it);
        if (x == OBJ_NULL) {
            rt_raise_fmt(&type_ValueError, "not enough values to unpack (expected %zu, got %zu)",
                n, i);
        }
        out[i] = x;
    }
    if (rt_iternext(it) != OBJ_NULL) {
        rt_raise_fmt(&type_ValueError, "too many values to unpack (expected %zu)", n);
    }
}

void rt_unpack_ex(obj_t seq, size_t n_before, size_t n_after, obj_t *out) {
    size_t len;
    obj_t *items;
    obj_t all = OBJ_NULL;
    if (!seq_get_items(seq, &len, &items)) {
        check_unpackable(seq);
        all = list_new(0, NULL);
        list_extend(all, seq);
        seq_get_items(all, &len, &items);
    }
    if (len < n_before + n_after) {
        rt_raise_fmt(&type_ValueError,
            "not enough values to unpack (expected at least %zu, got %zu)", n_before + n_after,
            len);
    }
    for (size_t i = 0; i < n_before; i++) {
        out[i] = items[i];
    }
    size_t n_star = len - n_before - n_after;
    // An empty sequence may have no item array at all (NULL + 0 is undefined).
    out[n_before] = list_new(n_star, n_star != 0 ? items + n_before : NULL);
    for (size_t i = 0; i < n_after; i++) {
        out[n_before + 1 + i] = items[len - n_after + i];
    }
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------

// Writes "0x" and the address of [o] in hex, as CPython's default repr does.
static void print_address(const print_t *p, obj_t o) {
    char buf[2 + sizeof(uintptr_t) * 2];
    uintptr_t v = (uintptr_t)o;
    size_t n = sizeof(buf);
    do {
        buf[--n] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v != 0);
    buf[--n] = 'x';
    buf[--n] = '0';
    print_strn(p, buf + n, sizeof(buf) - n);
}

void rt_print_obj(const print_t *p, obj_t o, print_kind_t kind) {
    rt_check_stack();
    const obj_type_t *t = obj_type_of(o);
    if (t->print != NULL) {
        t->print(p, o, kind);
        return;
    }
    print_str(p, "<");
    if (t->flags & TYPE_FLAG_HEAP) {
        qstr mod = type_module_name(t);
        if (mod != QSTR_NULL && mod != QSTR_builtins) {
            print_fmt(p, "%q.", mod);
        }
    }
    print_fmt(p, "%q object at ", type_qualname(t));
    print_address(p, o);
    print_str(p, ">");
}

obj_t rt_repr(obj_t o) {
    return str_of_printer(rt_print_obj, o, PRINT_REPR);
}

obj_t rt_str(obj_t o) {
    if (obj_is_str(o)) {
        return o;
    }
    return str_of_printer(rt_print_obj, o, PRINT_STR);
}

qstr rt_type_name(obj_t o) {
    return obj_type_of(o)->name;
}

// ---------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------

size_t rt_seq_index(obj_t index, size_t len, const char *what) {
    intptr_t i;
    if (OBJ_IS_SMALL_INT(index)) {
        i = OBJ_SMALL_INT_VALUE(index);
    } else if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "%s indices must be integers or slices, not %T", what,
            index);
    }
    if (i < 0) {
        i += (intptr_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        rt_raise_fmt(&type_IndexError, "%s index out of range", what);
    }
    return (size_t)i;
}

bool rt_get_int_maybe(obj_t o, intptr_t *out) {
    if (OBJ_IS_SMALL_INT(o)) {
        *out = OBJ_SMALL_INT_VALUE(o);
        return true;
    }
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        *out = o == OBJ_TRUE;
        return true;
    }
    if (!OBJ_IS_PTR(o)) {
        return false;
    }
    const obj_type_t *t = obj_type_of(o);
    if (t == &type_int) {
        if (!int_to_intptr(o, out)) {
            rt_raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
        }
        return true;
    }
    if (t->flags & TYPE_FLAG_HEAP) {
        obj_t dest[2];
        rt_load_method_maybe(o, QSTR___index__, dest);
        if (dest[0] == OBJ_NULL) {
            return false;
        }
        obj_t r = rt_call_method(0, 0, dest);
        if (!obj_is_int(r) && r != OBJ_TRUE && r != OBJ_FALSE) {
            rt_raise_fmt(&type_TypeError, "__index__ returned non-int (type %T)", r);
        }
        return rt_get_int_maybe(r, out);
    }
    return false;
}

intptr_t rt_get_int(obj_t o) {
    intptr_t v;
    if (!rt_get_int_maybe(o, &v)) {
        rt_raise_fmt(&type_TypeError, "'%q' object cannot be interpreted as an integer",
            rt_type_name(o));
    }
    return v;
}

double rt_get_float(obj_t o) {
    if (OBJ_IS_SMALL_INT(o)) {
        return (double)OBJ_SMALL_INT_VALUE(o);
    }
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        return o == OBJ_TRUE ? 1.0 : 0.0;
    }
    if (OBJ_IS_PTR(o)) {
        const obj_type_t *t = obj_type_of(o);
        if (t == &type_float) {
            return float_value(o);
        }
        if (t == &type_int) {
            return int_to_double(o);
        }
        if (t->flags & TYPE_FLAG_HEAP) {
            if (rt_isinstance(o, &type_float)) {
                return float_value(o);
            }
            obj_t dest[2];
            rt_load_method_maybe(o, QSTR___float__, dest);
            if (dest[0] != OBJ_NULL) {
                obj_t r = rt_call_method(0, 0, dest);
                if (obj_type_of(r) != &type_float) {
                    rt_raise_fmt(&type_TypeError, "%q.__float__ returned non-float (type %T)",
                        t->name, r);
                }
                return float_value(r);
            }
            rt_load_method_maybe(o, QSTR___index__, dest);
            if (dest[0] != OBJ_NULL) {
                return rt_get_float(rt_call_method(0, 0, dest));
            }
        }
    }
    rt_raise_fmt(&type_TypeError, "must be real number, not %T", o);
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

obj_t rt_load_global(obj_dict_t *globals, qstr name) {
    obj_t v = dict_get_qstr(globals, name);
    if (v != OBJ_NULL) {
        return v;
    }
    v = dict_get_qstr(rt_builtins_dict(), name);
    if (v != OBJ_NULL) {
        return v;
    }
    rt_raise_fmt(&type_NameError, "name '%q' is not defined", name);
}

obj_t rt_load_name(obj_dict_t *locals, obj_dict_t *globals, qstr name) {
    if (locals != NULL && locals != globals) {
        obj_t v = dict_get_qstr(locals, name);
        if (v != OBJ_NULL) {
            return v;
        }
    }
    return rt_load_global(globals, name);
}

// ---------------------------------------------------------------------------
// Argument parsing
// ---------------------------------------------------------------------------

// The qstr of a keyword-argument key without interning new strings
// (QSTR_NULL: no parameter can have that name).
static qstr kw_key_qstr(obj_t key) {
    if (OBJ_IS_QSTR(key)) {
        return OBJ_QSTR_VALUE(key);
    }
    if (obj_is_str(key)) {
        size_t len;
        const char *s = str_data(key, &len);
        return qstr_find_strn(s, len);
    }
    return QSTR_NULL;
}

void rt_parse_args(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw,
    size_t n_spec, const arg_spec_t *spec, obj_t *out, qstr fname) {
    size_t n_pos_max = 0;
    while (n_pos_max < n_spec && !(spec[n_pos_max].flags & ARG_KW_ONLY)) {
        n_pos_max++;
    }
    if (n_args > n_pos_max) {
        if (n_pos_max == 0) {
            rt_raise_fmt(&type_TypeError, "%q() takes no positional arguments", fname);
        }
        rt_raise_fmt(&type_TypeError, "%q() takes at most %zu argument%s (%zu given)", fname,
            n_pos_max, n_pos_max == 1 ? "" : "s", n_args);
    }
    for (size_t i = 0; i < n_spec; i++) {
        out[i] = i < n_args ? args[i] : OBJ_NULL;
    }
    for (size_t k = 0; k < n_kw; k++) {
        obj_t key = kw[2 * k];
        qstr q = kw_key_qstr(key);
        size_t i = 0;
        while (i < n_spec && (q == QSTR_NULL || spec[i].name != q)) {
            i++;
        }
        if (i == n_spec) {
            rt_raise_fmt(&type_TypeError, "'%S' is an invalid keyword argument for %q()", key,
                fname);
        }
        if (out[i] != OBJ_NULL) {
            rt_raise_fmt(&type_TypeError,
                "argument for %q() given by name ('%q') and position (%zu)", fname, q, i + 1);
        }
        out[i] = kw[2 * k + 1];
    }
    for (size_t i = 0; i < n_spec; i++) {
        if (out[i] == OBJ_NULL) {
            if (spec[i].flags & ARG_REQUIRED) {
                if (spec[i].flags & ARG_KW_ONLY) {
                    rt_raise_fmt(&type_TypeError,
                        "%q() missing required keyword-only argument: '%q'", fname,
                        spec[i].name);
                }
                rt_raise_fmt(&type_TypeError, "%q() missing required argument '%q' (pos %zu)",
                    fname, spec[i].name, i + 1);
            }
            out[i] = spec[i].defval;
        }
    }
}
