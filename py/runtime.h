// The runtime API: what the VM, the built-in types and the modules call to
// operate on values whatever their type. Each declaration names its owner file.
// SPDX-License-Identifier: MIT
#ifndef PY_RUNTIME_H
#define PY_RUNTIME_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/gc.h"
#include "py/nlr.h"
#include "py/obj.h"
#include "py/state.h"

// ---------------------------------------------------------------------------
// Life cycle (py/runtime.c)
// ---------------------------------------------------------------------------

// Sets up the runtime over an already initialised heap (gc_init): qstrs,
// sys.modules, __main__, preallocated exceptions. [stack_top] is the C stack's
// highest address, [stack_size] how far it may grow (for RecursionError).
void rt_init(void *stack_top, size_t stack_size);

// Releases what rt_init set up (before a soft reset or exit).
void rt_deinit(void);

// Compile modes (also the parser's modes, py/parse.h).
#define RT_MODE_FILE (0)   // a module: statements
#define RT_MODE_SINGLE (1) // one interactive input: expression results are printed
#define RT_MODE_EVAL (2)   // one expression: its value is the result

// Parses and compiles [len] bytes of source into a code object; raises SyntaxError.
obj_t rt_compile(const char *src, size_t len, qstr filename, int mode);

// Runs module-level [code] with [globals] (and [locals], NULL = globals);
// returns the value for RT_MODE_EVAL code, else None.
obj_t rt_exec_code(obj_t code, obj_dict_t *globals, obj_dict_t *locals);

// What a port's main loop needs: compile and run [src] in __main__, print any
// uncaught exception (traceback on stderr) and return the exit status to use:
// 0 success, 1 uncaught exception, n for SystemExit(n). Sets *exited when a
// SystemExit was raised (so the port stops).
int rt_run_source(const char *src, size_t len, qstr filename, int mode, bool *exited);

// Like rt_run_source for a file path ([path] read with hal_read_file).
int rt_run_file(const char *path, bool *exited);

// Runs `import [name]` as -m does, with __name__ == "__main__".
int rt_run_module(const char *name, bool *exited);

// ---------------------------------------------------------------------------
// Raising (py/runtime.c)
// ---------------------------------------------------------------------------

// Raises [exc]: an exception instance, or an exception type (instantiated with no args).
NORETURN void rt_raise(obj_t exc);

// Raises a new instance of [type] with one str argument [msg] (NULL: no args).
NORETURN void rt_raise_msg(const obj_type_t *type, const char *msg);

// Raises a new instance of [type] with a message formatted by print_fmt (py/print.h):
// %s char*, %d int, %u unsigned, %zu size_t, %ld long, %c char, %q qstr,
// %T the type name of an obj_t, %R repr of an obj_t, %S str of an obj_t, %% percent.
NORETURN void rt_raise_fmt(const obj_type_t *type, const char *fmt, ...);

// Common errors.
NORETURN void rt_raise_type_error_unsupported(binary_op_t op, obj_t lhs, obj_t rhs);
NORETURN void rt_raise_memory_error(void);
NORETURN void rt_raise_recursion_error(void);

// Allocates [n] zeroed bytes from the GC heap; raises MemoryError when full.
void *rt_alloc(size_t n);

// Same with GC flags (GC_ALLOC_NOSCAN for blocks without pointers).
void *rt_alloc_flags(size_t n, unsigned flags);

// Resizes a block from rt_alloc; raises MemoryError when full.
void *rt_realloc(void *ptr, size_t n);

// Allocates an object struct of [size] bytes and sets its type.
void *rt_new_obj(const obj_type_t *type, size_t size);

// Raises RecursionError if the C stack is near its limit; cheap, call it on
// every recursive path (calls, repr, comparisons, the parser and compiler).
static inline void rt_check_stack(void) {
    char probe;
    if (&probe < vm_state.stack_limit) {
        rt_raise_recursion_error();
    }
}

// Called from a signal or interrupt handler: arranges for KeyboardInterrupt to
// be raised at the VM's next check. Never allocates.
void rt_keyboard_interrupt(void);

// Raises a pending exception or runs scheduled callbacks; the VM calls it
// when vm_state.pending is set (on backward jumps and calls).
void rt_handle_pending(void);

// Raises a pending exception (KeyboardInterrupt from Ctrl-C) if there is
// one, leaving scheduled callbacks for the VM: for long loops in C code.
void rt_raise_pending_exception(void);

// ---------------------------------------------------------------------------
// Operations on any value (py/runtime.c)
// ---------------------------------------------------------------------------

// Unary and binary operators with Python's dispatch and errors.
obj_t rt_unary_op(unary_op_t op, obj_t o);
obj_t rt_binary_op(binary_op_t op, obj_t lhs, obj_t rhs);

// Truth value of [o].
bool rt_is_true(obj_t o);

// a == b with Python semantics (identity first).
bool rt_equal(obj_t a, obj_t b);

// hash(o) as a C value; raises TypeError for unhashable objects.
intptr_t rt_hash(obj_t o);

// len(o) as a C value; raises TypeError if o has no length.
size_t rt_len(obj_t o);

// Calls [fn] with n_args positional arguments and n_kw (key, value) pairs
// following them in [args] (keys are qstr or str objects).
obj_t rt_call(obj_t fn, size_t n_args, size_t n_kw, const obj_t *args);

// Shorthands for calls with positional arguments only.
obj_t rt_call0(obj_t fn);
obj_t rt_call1(obj_t fn, obj_t a);
obj_t rt_call2(obj_t fn, obj_t a, obj_t b);

// Calls a method looked up with rt_load_method: args[0] is the function,
// args[1] self or OBJ_NULL, then the arguments as for rt_call.
obj_t rt_call_method(size_t n_args, size_t n_kw, obj_t *args);

// Attributes. rt_load_attr raises AttributeError with CPython's message.
obj_t rt_load_attr(obj_t o, qstr attr);

// Returns the attribute or OBJ_NULL if missing (no exception).
obj_t rt_load_attr_maybe(obj_t o, qstr attr);

// Looks up a method without allocating a bound method: dest[0] = function,
// dest[1] = self (or OBJ_NULL when the attribute is a plain value).
void rt_load_method(obj_t o, qstr attr, obj_t *dest);

// Same but leaves dest[0] = OBJ_NULL when missing instead of raising.
void rt_load_method_maybe(obj_t o, qstr attr, obj_t *dest);

void rt_store_attr(obj_t o, qstr attr, obj_t value);
void rt_delete_attr(obj_t o, qstr attr);

// o[index], o[index] = value, del o[index].
obj_t rt_subscr_load(obj_t o, obj_t index);
void rt_subscr_store(obj_t o, obj_t index, obj_t value);
void rt_subscr_delete(obj_t o, obj_t index);

// iter(o), and next(it) returning OBJ_NULL at the end (no StopIteration object).
obj_t rt_getiter(obj_t o);
obj_t rt_iternext(obj_t it);

// Same as rt_iternext but raises StopIteration at the end (for next()).
obj_t rt_iternext_raise(obj_t it);

// Unpacks [seq] into exactly [n] values stored in out[0..n-1], raising
// ValueError with CPython's messages.
void rt_unpack_sequence(obj_t seq, size_t n, obj_t *out);

// Unpacks for `a, *b, c = seq`: [n_before] values, a list, [n_after] values.
void rt_unpack_ex(obj_t seq, size_t n_before, size_t n_after, obj_t *out);

// repr(o) and str(o) as str objects; print_obj writes them to [p].
obj_t rt_repr(obj_t o);
obj_t rt_str(obj_t o);
void rt_print_obj(const print_t *p, obj_t o, print_kind_t kind);

// isinstance(o, t) and issubclass(a, b) for a single class.
bool rt_isinstance(obj_t o, const obj_type_t *t);
bool rt_is_subclass(const obj_type_t *a, const obj_type_t *b);

// The name of o's type, for error messages.
qstr rt_type_name(obj_t o);

// Whether o can be called.
bool rt_callable(obj_t o);

// Normalises a sequence index for a sequence of [len] items: negative values
// count from the end; out of range raises IndexError("<what> index out of range")
// and a non-int raises TypeError("<what> indices must be integers or slices, not T").
size_t rt_seq_index(obj_t index, size_t len, const char *what);

// Converts an int-like object (int, bool, or __index__) to a C value; raises
// TypeError for other types and OverflowError if it does not fit.
intptr_t rt_get_int(obj_t o);

// Same, returning false instead of raising TypeError (still raises OverflowError).
bool rt_get_int_maybe(obj_t o, intptr_t *out);

// Converts int, bool or float to a double; raises TypeError otherwise.
double rt_get_float(obj_t o);

// ---------------------------------------------------------------------------
// Names and modules (py/runtime.c)
// ---------------------------------------------------------------------------

// Looks up a global: [globals] then the builtins; NameError if absent.
obj_t rt_load_global(obj_dict_t *globals, qstr name);

// Looks up a name in [locals], then globals, then builtins (class bodies, exec).
obj_t rt_load_name(obj_dict_t *locals, obj_dict_t *globals, qstr name);

// The builtins module's namespace.
obj_dict_t *rt_builtins_dict(void);

// `import name` with [fromlist] (None or a tuple of names) and relative [level];
// returns the module to bind as CPython's __import__ does.
obj_t rt_import_name(qstr name, obj_t fromlist, int level, obj_dict_t *globals);

// `from module import name`: the attribute, or the submodule; ImportError otherwise.
obj_t rt_import_from(obj_t module, qstr name);

// `from module import *` into [dest].
void rt_import_all(obj_t module, obj_dict_t *dest);

// ---------------------------------------------------------------------------
// Argument parsing for built-in functions with keywords (py/runtime.c)
// ---------------------------------------------------------------------------

#define ARG_REQUIRED (1) // must be given
#define ARG_KW_ONLY (2)  // may only be given by keyword

// One parameter of a built-in function: its name, flags, and default value
// (OBJ_NULL: "not given", detectable by the function).
typedef struct arg_spec {
    qstr name;
    uint8_t flags;
    obj_t defval;
} arg_spec_t;

// Matches n_args positional and n_kw keyword arguments against [spec] and
// stores one value per parameter in [out]; raises TypeError with CPython's
// messages, naming the function [fname].
void rt_parse_args(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw,
    size_t n_spec, const arg_spec_t *spec, obj_t *out, qstr fname);

#endif
