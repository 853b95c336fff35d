// The gc module: control of the collector from Python (MicroPython's API).
// SPDX-License-Identifier: MIT

#include "py/gc.h"
#include "py/objint.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_gc, module_gc);

static obj_t gc_collect_fn(void) {
    gc_collect();
    return OBJ_NONE;
}
static BUILTIN_FN_0(gc_collect_obj, QSTR_collect, gc_collect_fn);

static obj_t gc_enable_fn(void) {
    gc_enable(true);
    return OBJ_NONE;
}
static BUILTIN_FN_0(gc_enable_obj, QSTR_enable, gc_enable_fn);

static obj_t gc_disable_fn(void) {
    gc_enable(false);
    return OBJ_NONE;
}
static BUILTIN_FN_0(gc_disable_obj, QSTR_disable, gc_disable_fn);

static obj_t gc_isenabled_fn(void) {
    return obj_bool(gc_is_enabled());
}
static BUILTIN_FN_0(gc_isenabled_obj, QSTR_isenabled, gc_isenabled_fn);

static obj_t gc_mem_free_fn(void) {
    return int_from_uintptr(gc_mem_free());
}
static BUILTIN_FN_0(gc_mem_free_obj, QSTR_mem_free, gc_mem_free_fn);

static obj_t gc_mem_alloc_fn(void) {
    return int_from_uintptr(gc_mem_alloc());
}
static BUILTIN_FN_0(gc_mem_alloc_obj, QSTR_mem_alloc, gc_mem_alloc_fn);

// gc.threshold() returns the setting (-1: automatic); gc.threshold(n) sets it.
static obj_t gc_threshold_fn(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return int_from_intptr(gc_get_threshold());
    }
    gc_set_threshold((long)rt_get_int(args[0]));
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(gc_threshold_obj, QSTR_threshold, 0, 1, gc_threshold_fn);

static const dict_entry_t gc_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_gc)},
    {OBJ_NEW_QSTR(QSTR_collect), (obj_t)&gc_collect_obj},
    {OBJ_NEW_QSTR(QSTR_enable), (obj_t)&gc_enable_obj},
    {OBJ_NEW_QSTR(QSTR_disable), (obj_t)&gc_disable_obj},
    {OBJ_NEW_QSTR(QSTR_isenabled), (obj_t)&gc_isenabled_obj},
    {OBJ_NEW_QSTR(QSTR_mem_free), (obj_t)&gc_mem_free_obj},
    {OBJ_NEW_QSTR(QSTR_mem_alloc), (obj_t)&gc_mem_alloc_obj},
    {OBJ_NEW_QSTR(QSTR_threshold), (obj_t)&gc_threshold_obj},
};
static DICT_ROM(gc_globals, gc_globals_table);

MODULE_ROM(module_gc, gc_globals);
