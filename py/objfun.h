// Function objects: Python functions, closures' cells, bound methods, built-in
// function calls, code objects and generators. Owner: py/objfun.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJFUN_H
#define PY_OBJFUN_H

#include <stdbool.h>
#include <stddef.h>

#include "py/code.h"
#include "py/obj.h"

// A function defined in Python (def, lambda, class bodies, comprehensions).
typedef struct obj_fun {
    obj_base_t base; // &type_function
    obj_code_t *code;
    obj_dict_t *globals;
    obj_t defaults;         // tuple of positional defaults (the last ones), or OBJ_NULL
    obj_dict_t *kwdefaults; // keyword-only defaults, or NULL
    obj_t closure;          // tuple of cells for the code's free variables, or OBJ_NULL
    qstr name;              // __name__
    qstr qualname;          // __qualname__
    obj_t doc;              // __doc__
    obj_t module;           // __module__
    obj_dict_t *dict;       // other attributes, or NULL
} obj_fun_t;

// A cell: a variable shared between a function and the closures inside it.
// value OBJ_NULL means "unbound".
typedef struct obj_cell {
    obj_base_t base; // &type_cell
    obj_t value;
} obj_cell_t;

// A method bound to its instance.
typedef struct obj_bound_method {
    obj_base_t base; // &type_bound_method
    obj_t fun;
    obj_t self;
} obj_bound_method_t;

// A new function running [code] with [globals]; the optional parts may be
// OBJ_NULL/NULL.
obj_t fun_new(obj_code_t *code, obj_dict_t *globals, obj_t defaults, obj_dict_t *kwdefaults,
    obj_t closure);

// A new cell holding [value] (OBJ_NULL: unbound).
obj_t cell_new(obj_t value);

// A new bound method: calling it calls [fun] with [self] first.
obj_t bound_method_new(obj_t fun, obj_t self);

// Whether [o] is a Python function.
static inline bool fun_is_function(obj_t o) {
    return OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_function;
}

// Calls a Python function (type_function's call slot): binds the arguments
// as CPython does (with its error messages) and runs the code.
obj_t fun_call(obj_t self, size_t n_args, size_t n_kw, const obj_t *args);

// Calls a built-in function (type_builtin_function's call slot) after checking
// the argument counts against its kind, with CPython's messages.
obj_t builtin_call(const obj_builtin_t *b, size_t n_args, size_t n_kw, const obj_t *args);

// Same for a method call: args[0] is self, which the messages do not count
// and whose type names the method ("list.append() takes exactly one argument
// (0 given)"), as CPython's method descriptors report it.
obj_t builtin_call_method(const obj_builtin_t *b, size_t n_args, size_t n_kw, const obj_t *args);

// The name of a callable as CPython's call-site errors show it, without the
// parentheses: "__main__.f" for a function (module and qualified name),
// "print" for a built-in, the type name for a type (a str object).
obj_t fun_error_name(obj_t fn);

// Generators (and coroutines): calling a generator function makes one.
typedef struct vm_frame vm_frame_t;
typedef struct obj_gen {
    obj_base_t base; // &type_generator (also used for coroutines)
    vm_frame_t *frame;
    obj_t saved_exc;  // the handled exception of the suspended frame
    obj_t entry_exc;  // the resumer's handled exception while running
    uint8_t state;    // GEN_STATE_*
    bool coroutine;   // a coroutine or an asynchronous generator (for messages)
    bool async_gen;   // an asynchronous generator
    bool step_running; // an asend/athrow/aclose awaitable is driving it
    qstr name, qualname;
} obj_gen_t;

#define GEN_STATE_CREATED (0)
#define GEN_STATE_SUSPENDED (1)
#define GEN_STATE_RUNNING (2)
#define GEN_STATE_DONE (3)

// Resumes generator [gen] with [send] (or throws [throw] into it when not
// OBJ_NULL). Returns the yielded value and sets *done = false, or returns the
// return value with *done = true. Exceptions propagate.
obj_t gen_resume(obj_t gen, obj_t send, obj_t throw, bool *done);

// Called by the VM when an exception [exc] leaves the frame of generator
// [gen]: marks it finished, restores the resumer's handled exception, and
// returns the exception to propagate (RuntimeError for StopIteration).
obj_t gen_unwound(obj_t gen, obj_t exc);

// The coroutine and asynchronous generator types (they share the
// generator's implementation).
extern const obj_type_t type_coroutine, type_async_generator;

// The awaitable that asend()/__anext__(), athrow() and aclose() of an
// asynchronous generator return: awaiting it runs the generator to its next
// `yield` (whose value completes the await), passing the values its own
// awaits yield through to the event loop.
extern const obj_type_t type_async_gen_step;

// One step of such an awaitable with [send] (or [throw]): returns a value
// to pass through (*done false) or the await's result (*done true).
obj_t async_gen_step(obj_t step, obj_t send, obj_t throw, bool *done);

#endif
