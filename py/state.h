// The interpreter's global state in one struct: the GC roots first, then the
// plain C state. One place to see everything that outlives a function call.
// SPDX-License-Identifier: MIT
#ifndef PY_STATE_H
#define PY_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/nlr.h"
#include "py/obj.h"

// Every field between roots_start and roots_end is a GC root (scanned
// conservatively, so any pointer-sized field there keeps its target alive).
// Add a field here rather than hiding a GC pointer in a static variable;
// statics that hold GC pointers must be registered with gc_add_root().
typedef struct vm_state {
    obj_t roots_start;

    obj_dict_t *dict_main;      // globals of __main__ (py/runtime.c)
    obj_dict_t *modules;        // sys.modules (py/runtime.c)
    obj_t sys_path;             // list (py/modsys.c)
    obj_t sys_argv;             // list (py/modsys.c)
    obj_t sys_mutable[8];       // other mutable sys attributes (py/modsys.c)
    obj_t qstr_last_pool;       // newest run-time qstr pool, chained (py/qstr.c)
    obj_t pending_exception;    // raised at the VM's next check (py/runtime.c)
    obj_t keyboard_interrupt;   // preallocated KeyboardInterrupt (py/objexcept.c)
    obj_t memory_error;         // preallocated MemoryError (py/objexcept.c)
    obj_t recursion_error;      // preallocated RecursionError (py/objexcept.c)
    obj_t cur_exception;        // exception being handled, for bare raise (py/vm.c)
    obj_t sched_queue[8];       // callbacks from micropython.schedule (py/modmicropython.c)
    obj_t sched_args[8];
    obj_t vm_spare[8];          // free for py/vm.c and py/compile.c
    obj_t rt_spare[8];          // free for py/runtime.c
    obj_t port_spare[8];        // free for the port

    obj_t roots_end;

    // Not roots.
    nlr_buf_t *nlr_top;          // innermost exception handler (py/nlr.c)
    char *stack_top;             // highest C stack address (set by the port)
    char *stack_limit;           // lowest address the C stack may reach before RecursionError
    volatile int interrupt_char; // console byte raising KeyboardInterrupt, -1 none
    volatile bool pending;       // something is pending: the VM must call rt_handle_pending
    uint8_t sched_head, sched_len;
    bool heap_locked;
} vm_state_t;

// The one instance (defined in py/runtime.c).
extern vm_state_t vm_state;

#endif
