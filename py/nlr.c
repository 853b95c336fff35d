// Non-local return: the handler stack that exceptions unwind to.
// SPDX-License-Identifier: MIT

#include "py/nlr.h"

#include "py/hal.h"
#include "py/state.h"

void nlr_push_raw(nlr_buf_t *buf) {
    buf->prev = vm_state.nlr_top;
    buf->value = OBJ_NULL;
    vm_state.nlr_top = buf;
}

void nlr_pop(void) {
    vm_state.nlr_top = vm_state.nlr_top->prev;
}

NORETURN void nlr_jump(obj_t value) {
    nlr_buf_t *top = vm_state.nlr_top;
    if (top == NULL) {
        hal_fatal("uncaught exception with no handler");
    }
    top->value = value;
    vm_state.nlr_top = top->prev;
    longjmp(top->jb, 1);
}
