// The select module: poll objects (MicroPython's and CPython's API) and
// select(), over the console and over objects with an ioctl or fileno method.
// SPDX-License-Identifier: MIT
//
// There are no file descriptors to wait on in the core, so waiting is a loop
// that checks every registered object and sleeps a millisecond between
// checks. What "ready" means for each kind of object:
// - an object with an ioctl(req, arg) method (a MicroPython stream): its
//   answer to ioctl(POLL_REQUEST, mask), masked;
// - an int, or an object whose fileno() gives one: fd 0 (the console input)
//   is readable when a byte is waiting, fds 1 and 2 (the console outputs)
//   are always writable, any other fd (a file) is always both.

#include <math.h>

#include "py/hal.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_select, module_select);

// Event bits: Linux's values, which MicroPython and CPython both use.
#define SEL_POLLIN (0x001)
#define SEL_POLLOUT (0x004)
#define SEL_POLLERR (0x008)
#define SEL_POLLHUP (0x010)
#define SEL_ALWAYS (SEL_POLLERR | SEL_POLLHUP)

// The ioctl request that asks a MicroPython stream for its ready events.
#define SEL_IOCTL_POLL (3)

// One registered object: how to ask it for events ([ioctl] is its bound
// ioctl method, or OBJ_NULL to use [fd]), and the events wanted.
typedef struct poll_entry {
    obj_t obj;
    obj_t ioctl;
    intptr_t fd;
    uintptr_t mask;
} poll_entry_t;

typedef struct obj_poll {
    obj_base_t base;
    size_t len;
    size_t alloc;
    poll_entry_t *entries;
} obj_poll_t;

static const obj_type_t type_poll;

// Fills [e] for [obj]: its ioctl method if it has one, else its descriptor.
// Raises CPython's errors for anything else.
static void entry_init(poll_entry_t *e, obj_t obj) {
    e->obj = obj;
    e->ioctl = OBJ_NULL;
    e->fd = -1;
    obj_t method[2];
    rt_load_method_maybe(obj, QSTR_ioctl, method);
    if (method[0] != OBJ_NULL) {
        // The bound method, so that each check is a plain call.
        e->ioctl = rt_load_attr(obj, QSTR_ioctl);
        return;
    }
    obj_t fd = obj;
    if (!obj_is_int(obj) && obj_type_of(obj) != &type_bool) {
        rt_load_method_maybe(obj, QSTR_fileno, method);
        if (method[0] == OBJ_NULL) {
            rt_raise_msg(&type_TypeError, "argument must be an int, or have a fileno() method.");
        }
        fd = rt_call_method(0, 0, method);
        if (!obj_is_int(fd) && obj_type_of(fd) != &type_bool) {
            rt_raise_msg(&type_TypeError, "fileno() returned a non-integer");
        }
    }
    intptr_t v;
    if (!rt_get_int_maybe(fd, &v) || v > 0x7fffffff) {
        rt_raise_msg(&type_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 0) {
        rt_raise_fmt(&type_ValueError, "file descriptor cannot be a negative integer (%d)", (int)v);
    }
    e->fd = v;
}

// The events of [mask] (plus error and hang-up) that [e]'s object has now.
static uintptr_t entry_ready(const poll_entry_t *e, uintptr_t mask) {
    uintptr_t want = mask | SEL_ALWAYS;
    if (e->ioctl != OBJ_NULL) {
        obj_t r = rt_call2(e->ioctl, OBJ_NEW_SMALL_INT(SEL_IOCTL_POLL),
            OBJ_NEW_SMALL_INT((intptr_t)mask));
        intptr_t v;
        if (!rt_get_int_maybe(r, &v)) {
            rt_raise_fmt(&type_TypeError, "ioctl() returned %T, not int", r);
        }
        if (v < 0) {
            // A stream's error answer: reported as an error event.
            return SEL_POLLERR;
        }
        return (uintptr_t)v & want;
    }
    if (e->fd == 0) {
        return hal_stdin_rx_any() ? (SEL_POLLIN & want) : 0;
    }
    if (e->fd <= 2) {
        return SEL_POLLOUT & want;
    }
    return (SEL_POLLIN | SEL_POLLOUT) & want;
}

// A timeout argument in milliseconds: None or negative waits forever (-1);
// fractions round up so that a tiny positive timeout still waits.
static intptr_t timeout_ms_arg(obj_t t, double scale) {
    if (t == OBJ_NONE) {
        return -1;
    }
    double ms = rt_get_float(t) * scale;
    if (ms != ms) {
        rt_raise_msg(&type_ValueError, "Invalid value NaN (not a number)");
    }
    if (ms < 0) {
        return -1;
    }
    if (ms > 0x7fffffff) {
        rt_raise_msg(&type_OverflowError, "timeout is too large");
    }
    return (intptr_t)ceil(ms);
}

// Waits one millisecond between checks, raising a pending KeyboardInterrupt.
// Returns whether [timeout] ms (negative: never) have passed since [start].
static bool wait_a_little(uint32_t start, intptr_t timeout) {
    if (timeout == 0) {
        return true;
    }
    if (timeout > 0 && (hal_ticks_ms() - start) >= (uint32_t)timeout) {
        return true;
    }
    hal_delay_ms(1);
    if (vm_state.pending) {
        rt_handle_pending();
    }
    return false;
}

// ---------------------------------------------------------------------------
// Poll objects.
// ---------------------------------------------------------------------------

static obj_poll_t *poll_self(obj_t self) {
    if (obj_type_of(self) != &type_poll) {
        rt_raise_fmt(&type_TypeError, "expected a poll object, not %T", self);
    }
    return self;
}

// The index of [obj] among the registered objects, or -1.
static intptr_t poll_find(obj_poll_t *p, obj_t obj) {
    for (size_t i = 0; i < p->len; i++) {
        if (p->entries[i].obj == obj) {
            return (intptr_t)i;
        }
    }
    return -1;
}

static uintptr_t mask_arg(obj_t m) {
    intptr_t v = rt_get_int(m);
    if (v < 0 || v > 0xffff) {
        rt_raise_msg(&type_OverflowError, "event mask out of range");
    }
    return (uintptr_t)v;
}

static obj_t select_poll(void) {
    obj_poll_t *p = rt_new_obj(&type_poll, sizeof(obj_poll_t));
    p->len = 0;
    p->alloc = 0;
    p->entries = NULL;
    return p;
}
static BUILTIN_FN_0(select_poll_obj, QSTR_poll, select_poll);

static obj_t poll_register(size_t n_args, const obj_t *args) {
    obj_poll_t *p = poll_self(args[0]);
    uintptr_t mask = n_args > 2 ? mask_arg(args[2]) : (SEL_POLLIN | SEL_POLLOUT);
    poll_entry_t e;
    entry_init(&e, args[1]);
    e.mask = mask;
    intptr_t i = poll_find(p, args[1]);
    if (i >= 0) {
        p->entries[i] = e;
        return OBJ_NONE;
    }
    if (p->len == p->alloc) {
        size_t n = p->alloc ? p->alloc * 2 : 4;
        p->entries = rt_realloc(p->entries, n * sizeof(poll_entry_t));
        p->alloc = n;
    }
    p->entries[p->len++] = e;
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(poll_register_obj, QSTR_register, 2, 3, poll_register);

static obj_t poll_unregister(obj_t self, obj_t obj) {
    obj_poll_t *p = poll_self(self);
    intptr_t i = poll_find(p, obj);
    if (i < 0) {
        rt_raise(exc_new(&type_KeyError, 1, &obj));
    }
    for (size_t j = (size_t)i + 1; j < p->len; j++) {
        p->entries[j - 1] = p->entries[j];
    }
    p->len--;
    p->entries[p->len].obj = OBJ_NULL;
    p->entries[p->len].ioctl = OBJ_NULL;
    return OBJ_NONE;
}
static BUILTIN_FN_2(poll_unregister_obj, QSTR_unregister, poll_unregister);

static obj_t poll_modify(obj_t self, obj_t obj, obj_t mask) {
    obj_poll_t *p = poll_self(self);
    uintptr_t m = mask_arg(mask);
    intptr_t i = poll_find(p, obj);
    if (i < 0) {
        obj_t args[2] = {OBJ_NEW_SMALL_INT(2), str_from_cstr("No such file or directory")};
        rt_raise(exc_new(&type_OSError, 2, args));
    }
    p->entries[i].mask = m;
    return OBJ_NONE;
}
static BUILTIN_FN_3(poll_modify_obj, QSTR_modify, poll_modify);

// Waits until some registered object is ready or [timeout] ms pass; returns
// the list of (obj, events). With [one_shot] the reported objects' masks
// are cleared (ipoll's flags=1).
static obj_t poll_wait(obj_poll_t *p, intptr_t timeout, bool one_shot) {
    uint32_t start = hal_ticks_ms();
    for (;;) {
        obj_t out = list_new(0, NULL);
        // The ioctl calls may run code that registers or unregisters:
        // re-check the length on every step.
        for (size_t i = 0; i < p->len; i++) {
            poll_entry_t e = p->entries[i];
            uintptr_t ev = entry_ready(&e, e.mask);
            if (ev != 0) {
                obj_t pair[2] = {e.obj, OBJ_NEW_SMALL_INT((intptr_t)ev)};
                list_append(out, tuple_new(2, pair));
                if (one_shot && i < p->len && p->entries[i].obj == e.obj) {
                    p->entries[i].mask = 0;
                }
            }
        }
        if (rt_len(out) != 0 || wait_a_little(start, timeout)) {
            return out;
        }
    }
}

static obj_t poll_poll(size_t n_args, const obj_t *args) {
    obj_poll_t *p = poll_self(args[0]);
    intptr_t timeout = n_args > 1 ? timeout_ms_arg(args[1], 1.0) : -1;
    return poll_wait(p, timeout, false);
}
static BUILTIN_FN_VAR(poll_poll_obj, QSTR_poll, 1, 2, poll_poll);

static obj_t poll_ipoll(size_t n_args, const obj_t *args) {
    obj_poll_t *p = poll_self(args[0]);
    intptr_t timeout = n_args > 1 ? timeout_ms_arg(args[1], 1.0) : -1;
    bool one_shot = n_args > 2 && (rt_get_int(args[2]) & 1) != 0;
    return rt_getiter(poll_wait(p, timeout, one_shot));
}
static BUILTIN_FN_VAR(poll_ipoll_obj, QSTR_ipoll, 1, 3, poll_ipoll);

static void poll_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)self;
    (void)kind;
    print_str(p, "<poll>");
}

static const dict_entry_t poll_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_register), (obj_t)&poll_register_obj},
    {OBJ_NEW_QSTR(QSTR_unregister), (obj_t)&poll_unregister_obj},
    {OBJ_NEW_QSTR(QSTR_modify), (obj_t)&poll_modify_obj},
    {OBJ_NEW_QSTR(QSTR_poll), (obj_t)&poll_poll_obj},
    {OBJ_NEW_QSTR(QSTR_ipoll), (obj_t)&poll_ipoll_obj},
};
static DICT_ROM(poll_locals_dict, poll_locals_table);

static const obj_type_t type_poll = {
    .base = {&type_type},
    .name = QSTR_poll,
    .print = poll_print,
    .locals_dict = (obj_dict_t *)&poll_locals_dict,
};

// ---------------------------------------------------------------------------
// select.select(rlist, wlist, xlist[, timeout]).
// ---------------------------------------------------------------------------

// The objects of the iterable [o] as poll entries asking for [mask]; *n gets their count.
static poll_entry_t *entries_of(obj_t o, uintptr_t mask, size_t *n) {
    obj_t list = list_new(0, NULL);
    list_extend(list, o);
    size_t len;
    obj_t *items;
    seq_get_items(list, &len, &items);
    poll_entry_t *es = rt_alloc((len ? len : 1) * sizeof(poll_entry_t));
    for (size_t i = 0; i < len; i++) {
        entry_init(&es[i], items[i]);
        es[i].mask = mask;
    }
    *n = len;
    return es;
}

// The objects of [es] with one of the events [accept] now.
static obj_t ready_of(poll_entry_t *es, size_t n, uintptr_t accept) {
    obj_t out = list_new(0, NULL);
    for (size_t i = 0; i < n; i++) {
        if ((entry_ready(&es[i], es[i].mask) & accept) != 0) {
            list_append(out, es[i].obj);
        }
    }
    return out;
}

static obj_t select_select(size_t n_args, const obj_t *args) {
    size_t nr, nw, nx;
    poll_entry_t *r = entries_of(args[0], SEL_POLLIN, &nr);
    poll_entry_t *w = entries_of(args[1], SEL_POLLOUT, &nw);
    entries_of(args[2], 0, &nx);
    intptr_t timeout = n_args > 3 ? timeout_ms_arg(args[3], 1000.0) : -1;
    uint32_t start = hal_ticks_ms();
    for (;;) {
        // As on Linux: an error or hang-up makes an object readable, an
        // error writable; the exceptional condition (urgent data) never
        // happens here, so xlist is only checked for pollable objects.
        obj_t out[3] = {ready_of(r, nr, SEL_POLLIN | SEL_ALWAYS),
            ready_of(w, nw, SEL_POLLOUT | SEL_POLLERR), list_new(0, NULL)};
        if (rt_len(out[0]) + rt_len(out[1]) + rt_len(out[2]) != 0 || wait_a_little(start, timeout)) {
            return tuple_new(3, out);
        }
    }
}
static BUILTIN_FN_VAR(select_select_obj, QSTR_select, 3, 4, select_select);

static const dict_entry_t select_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_select)},
    {OBJ_NEW_QSTR(QSTR_poll), (obj_t)&select_poll_obj},
    {OBJ_NEW_QSTR(QSTR_select), (obj_t)&select_select_obj},
    {OBJ_NEW_QSTR(QSTR_POLLIN), OBJ_NEW_SMALL_INT(SEL_POLLIN)},
    {OBJ_NEW_QSTR(QSTR_POLLOUT), OBJ_NEW_SMALL_INT(SEL_POLLOUT)},
    {OBJ_NEW_QSTR(QSTR_POLLERR), OBJ_NEW_SMALL_INT(SEL_POLLERR)},
    {OBJ_NEW_QSTR(QSTR_POLLHUP), OBJ_NEW_SMALL_INT(SEL_POLLHUP)},
};
static DICT_ROM(select_globals, select_globals_table);

MODULE_ROM(module_select, select_globals);
