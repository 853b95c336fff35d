// The micropython module: MicroPython's interpreter controls (const,
// opt_level, memory reports, heap locking, Ctrl-C character, schedule).
// SPDX-License-Identifier: MIT

#include "py/gc.h"
#include "py/hal.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/runtime.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_micropython, module_micropython);

static intptr_t opt_level;
static uintptr_t heap_lock_depth;

// const(x) is x: the compiler may fold it, at run time it is the identity.
static obj_t mp_const(obj_t x) {
    return x;
}
static BUILTIN_FN_1(mp_const_obj, QSTR_const, mp_const);

static obj_t mp_opt_level(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return int_from_intptr(opt_level);
    }
    intptr_t v = rt_get_int(args[0]);
    if (v < 0) {
        rt_raise_msg(&type_ValueError, "optimisation level must be non-negative");
    }
    opt_level = v;
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(mp_opt_level_obj, QSTR_opt_level, 0, 1, mp_opt_level);

static size_t stack_used(void) {
    char probe;
    return (size_t)(vm_state.stack_top - &probe);
}

static obj_t mp_stack_use(void) {
    return int_from_uintptr(stack_used());
}
static BUILTIN_FN_0(mp_stack_use_obj, QSTR_stack_use, mp_stack_use);

// mem_info([verbose]): the stack and heap summary.
static obj_t mp_mem_info(size_t n_args, const obj_t *args) {
    (void)args;
    gc_info_t info;
    gc_info(&info);
    size_t stack_total = (size_t)(vm_state.stack_top - vm_state.stack_limit);
    print_fmt(&print_stdout, "stack: %u out of %u\n", (unsigned)stack_used(), (unsigned)stack_total);
    print_fmt(&print_stdout, "GC: total: %u, used: %u, free: %u\n", (unsigned)info.total,
        (unsigned)info.used, (unsigned)info.free);
    print_fmt(&print_stdout, " max free sz: %u, collections: %u\n", (unsigned)info.max_free_block,
        (unsigned)info.n_collections);
    if (n_args > 0) {
        print_fmt(&print_stdout, "heap locked: %u\n", (unsigned)heap_lock_depth);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(mp_mem_info_obj, QSTR_mem_info, 0, 1, mp_mem_info);

static obj_t mp_qstr_info(size_t n_args, const obj_t *args) {
    (void)n_args;
    (void)args;
    size_t n, bytes;
    qstr_stats(&n, &bytes);
    print_fmt(&print_stdout, "qstr pool: n_qstr=%u, n_str_data_bytes=%u\n", (unsigned)n, (unsigned)bytes);
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(mp_qstr_info_obj, QSTR_qstr_info, 0, 1, mp_qstr_info);

static obj_t mp_heap_lock(void) {
    gc_lock();
    heap_lock_depth++;
    vm_state.heap_locked = true;
    return OBJ_NONE;
}
static BUILTIN_FN_0(mp_heap_lock_obj, QSTR_heap_lock, mp_heap_lock);

// Returns the lock depth left after unlocking (0: allocation allowed again).
static obj_t mp_heap_unlock(void) {
    if (heap_lock_depth > 0) {
        gc_unlock();
        heap_lock_depth--;
    }
    vm_state.heap_locked = heap_lock_depth > 0;
    return OBJ_NEW_SMALL_INT(heap_lock_depth);
}
static BUILTIN_FN_0(mp_heap_unlock_obj, QSTR_heap_unlock, mp_heap_unlock);

static obj_t mp_heap_locked(void) {
    return OBJ_NEW_SMALL_INT(heap_lock_depth);
}
static BUILTIN_FN_0(mp_heap_locked_obj, QSTR_heap_locked, mp_heap_locked);

static obj_t mp_kbd_intr(obj_t chr) {
    intptr_t c = rt_get_int(chr);
    if (c < -1 || c > 255) {
        rt_raise_msg(&type_ValueError, "character out of range");
    }
    vm_state.interrupt_char = (int)c;
    hal_set_interrupt_char((int)c);
    return OBJ_NONE;
}
static BUILTIN_FN_1(mp_kbd_intr_obj, QSTR_kbd_intr, mp_kbd_intr);

// schedule(func, arg): queued in vm_state; rt_handle_pending runs the queue.
static obj_t mp_schedule(obj_t fn, obj_t arg) {
    if (!rt_callable(fn)) {
        rt_raise_fmt(&type_TypeError, "'%T' object is not callable", fn);
    }
    size_t cap = ARRAY_SIZE(vm_state.sched_queue);
    if (vm_state.sched_len >= cap) {
        rt_raise_msg(&type_RuntimeError, "schedule queue full");
    }
    size_t i = (vm_state.sched_head + vm_state.sched_len) % cap;
    vm_state.sched_queue[i] = fn;
    vm_state.sched_args[i] = arg;
    vm_state.sched_len++;
    vm_state.pending = true;
    return OBJ_NONE;
}
static BUILTIN_FN_2(mp_schedule_obj, QSTR_schedule, mp_schedule);

static obj_t mp_alloc_emergency_exception_buf(obj_t size) {
    (void)rt_get_int(size);
    return OBJ_NONE;
}
static BUILTIN_FN_1(mp_alloc_emergency_exception_buf_obj, QSTR_alloc_emergency_exception_buf,
    mp_alloc_emergency_exception_buf);

static const dict_entry_t mp_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_micropython)},
    {OBJ_NEW_QSTR(QSTR_const), (obj_t)&mp_const_obj},
    {OBJ_NEW_QSTR(QSTR_opt_level), (obj_t)&mp_opt_level_obj},
    {OBJ_NEW_QSTR(QSTR_stack_use), (obj_t)&mp_stack_use_obj},
    {OBJ_NEW_QSTR(QSTR_mem_info), (obj_t)&mp_mem_info_obj},
    {OBJ_NEW_QSTR(QSTR_qstr_info), (obj_t)&mp_qstr_info_obj},
    {OBJ_NEW_QSTR(QSTR_heap_lock), (obj_t)&mp_heap_lock_obj},
    {OBJ_NEW_QSTR(QSTR_heap_unlock), (obj_t)&mp_heap_unlock_obj},
    {OBJ_NEW_QSTR(QSTR_heap_locked), (obj_t)&mp_heap_locked_obj},
    {OBJ_NEW_QSTR(QSTR_kbd_intr), (obj_t)&mp_kbd_intr_obj},
    {OBJ_NEW_QSTR(QSTR_schedule), (obj_t)&mp_schedule_obj},
    {OBJ_NEW_QSTR(QSTR_alloc_emergency_exception_buf), (obj_t)&mp_alloc_emergency_exception_buf_obj},
};
static DICT_ROM(mp_globals, mp_globals_table);

MODULE_ROM(module_micropython, mp_globals);
