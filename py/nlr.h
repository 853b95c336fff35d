// Non-local return: how exceptions unwind C code, with setjmp/longjmp.
// SPDX-License-Identifier: MIT
#ifndef PY_NLR_H
#define PY_NLR_H

#include <setjmp.h>

#include "py/obj.h"

// A handler: code that wants to catch exceptions pushes one, runs, and pops it.
//
//     nlr_buf_t nlr;
//     if (nlr_push(&nlr) == 0) {
//         ... code that may raise ...
//         nlr_pop();
//     } else {
//         obj_t exc = nlr.value; // the handler was already popped
//     }
//
// Locals changed between nlr_push and the raise and read in the else branch
// must be `volatile` (C's rule for setjmp).
typedef struct nlr_buf {
    struct nlr_buf *prev;
    obj_t value; // the exception, set when the jump arrives
    jmp_buf jb;
} nlr_buf_t;

// Links [buf] on top of the handler stack (use nlr_push, not this).
void nlr_push_raw(nlr_buf_t *buf);

// Pushes [buf]; returns 0, or non-zero when an exception jumps back to it.
#define nlr_push(buf) (nlr_push_raw(buf), setjmp((buf)->jb))

// Removes the top handler after the protected code completed normally.
void nlr_pop(void);

// Jumps to the top handler with [value], popping it. With no handler: fatal.
NORETURN void nlr_jump(obj_t value);

#endif
