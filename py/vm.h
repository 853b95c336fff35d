// The virtual machine: runs the bytecode of code objects in frames.
// SPDX-License-Identifier: MIT
#ifndef PY_VM_H
#define PY_VM_H

#include <stdbool.h>
#include <stddef.h>

#include "py/code.h"
#include "py/obj.h"

// One activation of a code object. A plain call keeps its frame and slots on
// the C stack (scanned conservatively by the GC); a generator's frame lives
// on the heap inside the generator so that it can be resumed.
typedef struct vm_frame {
    const obj_code_t *code;
    const uint32_t *ip;     // the instruction running (or to run on resume)
    obj_t *sp;              // top of the value stack when suspended
    obj_dict_t *globals;
    obj_dict_t *locals;     // the names dict of module and class code, else NULL
    obj_t fun;              // the function running, OBJ_NULL for module code
    struct vm_frame *back;  // the frame that was running when this one started
    obj_t *slots;           // code->n_slots fast locals, then the value stack
    obj_dict_t *locals_cache; // what locals() returned for a function frame, refreshed on each call
    obj_t gen;              // the generator running this frame, or OBJ_NULL
    bool yielded;           // set when vm_execute returned because of a yield
    bool yielded_value;     // ...of a `yield` (not an await passing a value through)
} vm_frame_t;

// Runs [frame] from frame->ip until it returns (returns the value) or, for a
// generator frame, yields (returns the value, sets frame->yielded). If
// [throw] is not OBJ_NULL the exception is raised at the resume point.
obj_t vm_execute(vm_frame_t *frame, obj_t throw);

// Runs module-level [code] with [globals] and [locals] (NULL: the globals);
// names resolve in locals, then globals, then builtins. Returns the value of
// RT_MODE_EVAL code, else None.
obj_t vm_run_code(obj_t code, obj_dict_t *globals, obj_dict_t *locals);

// Runs the body of a class (the function that __build_class__ receives) with
// the namespace [locals]. A body that defines methods using super() or
// __class__ stores the cell for the class in locals["__classcell__"]; the
// caller sets its contents to the new class.
obj_t vm_run_class_body(obj_t fun, obj_dict_t *locals);

// Sets up [frame] (whose slots array has code->n_slots + code->stack_size
// entries, the parameters already bound in the first slots) for [fun]:
// makes the cells and copies the closure.
void vm_frame_setup(vm_frame_t *frame, obj_t fun, obj_t *slots);

// The innermost frame running (NULL at top level).
vm_frame_t *vm_current_frame(void);

// The namespace of the innermost frame for locals(): its dict, or a new dict
// built from its fast locals.
obj_dict_t *vm_locals(void);

// The globals of the innermost frame (those of __main__ at top level).
obj_dict_t *vm_globals(void);

// For super() without arguments: the class from the __class__ cell of the
// innermost function and its first argument. Raises RuntimeError as CPython
// does when they are missing.
void vm_super_args(obj_t *cls, obj_t *self);

// Writes a listing of [code] and of the code objects in its constants to [p].
void vm_disassemble(obj_t code, const print_t *p);

// The name of opcode [op] (for the disassembler and debugging).
const char *vm_opcode_name(int op);

#endif
