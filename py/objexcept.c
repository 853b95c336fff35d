// Exceptions: the built-in hierarchy (as CPython 3.11's), instances with
// their arguments and special attributes, tracebacks and their printing.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/objexcept.h"

#include "py/excgroup.h"
#include "py/gc.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

// The exception types that objexcept.h does not list (OSError's subclasses
// and the rarer warnings); the builtins module names them.
extern const obj_type_t type_BlockingIOError, type_ChildProcessError, type_ConnectionError,
    type_BrokenPipeError, type_ConnectionAbortedError, type_ConnectionRefusedError,
    type_ConnectionResetError, type_FileExistsError, type_FileNotFoundError,
    type_InterruptedError, type_IsADirectoryError, type_NotADirectoryError,
    type_PermissionError, type_ProcessLookupError, type_TimeoutError,
    type_UnicodeTranslateError, type_BytesWarning, type_EncodingWarning, type_FutureWarning,
    type_ImportWarning, type_PendingDeprecationWarning, type_ResourceWarning,
    type_SyntaxWarning, type_UnicodeWarning;

static obj_exception_t *as_exc(obj_t o) {
    return (obj_exception_t *)o;
}

static obj_tuple_t *exc_args(obj_t o) {
    return (obj_tuple_t *)as_exc(o)->args;
}

// ---------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------

// OSError(errno, ...) makes the subclass for that errno (Linux numbers, which
// MicroPython uses on every port).
static const obj_type_t *oserror_subclass(obj_t err) {
    if (!OBJ_IS_SMALL_INT(err)) {
        return &type_OSError;
    }
    switch (OBJ_SMALL_INT_VALUE(err)) {
        case 1:   // EPERM
        case 13:  // EACCES
            return &type_PermissionError;
        case 2:   // ENOENT
            return &type_FileNotFoundError;
        case 3:   // ESRCH
            return &type_ProcessLookupError;
        case 4:   // EINTR
            return &type_InterruptedError;
        case 10:  // ECHILD
            return &type_ChildProcessError;
        case 11:  // EAGAIN
        case 114: // EALREADY
        case 115: // EINPROGRESS
            return &type_BlockingIOError;
        case 17:  // EEXIST
            return &type_FileExistsError;
        case 20:  // ENOTDIR
            return &type_NotADirectoryError;
        case 21:  // EISDIR
            return &type_IsADirectoryError;
        case 32:  // EPIPE
            return &type_BrokenPipeError;
        case 103: // ECONNABORTED
            return &type_ConnectionAbortedError;
        case 104: // ECONNRESET
            return &type_ConnectionResetError;
        case 110: // ETIMEDOUT
            return &type_TimeoutError;
        case 111: // ECONNREFUSED
            return &type_ConnectionRefusedError;
        default:
            return &type_OSError;
    }
}

static obj_dict_t *exc_dict(obj_t self);

obj_t exc_new(const obj_type_t *type, size_t n_args, const obj_t *args) {
    if (type == &type_OSError && n_args >= 2) {
        type = oserror_subclass(args[0]);
    }
    obj_t uargs[5];
    if (type == &type_UnicodeDecodeError || type == &type_UnicodeEncodeError) {
        // CPython checks the five arguments; a decode error keeps its object as bytes.
        bool decode = type == &type_UnicodeDecodeError;
        if (n_args != 5) {
            rt_raise_fmt(&type_TypeError, "function takes exactly 5 arguments (%zu given)", n_args);
        }
        memcpy(uargs, args, sizeof(uargs));
        if (!obj_is_str(args[0])) {
            rt_raise_fmt(&type_TypeError, "argument 1 must be str, not %T", args[0]);
        }
        if (!decode && !obj_is_str(args[1])) {
            rt_raise_fmt(&type_TypeError, "argument 2 must be str, not %T", args[1]);
        }
        for (int k = 2; k < 4; k++) {
            if (!obj_is_int(args[k])) {
                rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer",
                    args[k]);
            }
        }
        if (!obj_is_str(args[4])) {
            rt_raise_fmt(&type_TypeError, "argument 5 must be str, not %T", args[4]);
        }
        if (decode) {
            // The object's buffer is read after the other arguments are parsed.
            const char *d;
            size_t len;
            if (obj_is_str(args[1]) || !bytes_get_data(args[1], &d, &len)) {
                rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", args[1]);
            }
            uargs[1] = bytes_new((const uint8_t *)d, len);
        }
        args = uargs;
    }
    obj_exception_t *e = rt_new_obj(type, sizeof(obj_exception_t));
    if (n_args >= 3 && n_args <= 5 && rt_is_subclass(type, &type_OSError)) {
        // As CPython: args keeps (errno, strerror); the file names become attributes.
        e->args = tuple_new(2, args);
        dict_set_qstr(exc_dict(e), QSTR_filename, args[2]);
        dict_set_qstr(exc_dict(e), QSTR_filename2, n_args == 5 ? args[4] : OBJ_NONE);
        return e;
    }
    e->args = n_args == 0 ? OBJ_EMPTY_TUPLE : tuple_new(n_args, args);
    return e;
}

obj_t exc_new_msg(const obj_type_t *type, const char *msg) {
    if (msg == NULL) {
        return exc_new(type, 0, NULL);
    }
    obj_t s = str_from_cstr(msg);
    return exc_new(type, 1, &s);
}

bool exc_is_instance(obj_t o) {
    return OBJ_IS_PTR(o) && (obj_type_of(o)->flags & TYPE_FLAG_EXCEPTION) &&
           !type_is_type(o);
}

// The attribute dict of an exception, created on first use.
static obj_dict_t *exc_dict(obj_t self) {
    obj_exception_t *e = as_exc(self);
    if (e->dict == NULL) {
        e->dict = dict_new(2);
    }
    return e->dict;
}

obj_t exc_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    bool is_import = rt_is_subclass(type, &type_ImportError);
    // Classes defined in Python take keywords in their own __init__.
    if (n_kw != 0 && !is_import && !(type->flags & TYPE_FLAG_HEAP)) {
        rt_raise_fmt(&type_TypeError, "%q() takes no keyword arguments", type->name);
    }
    obj_t e = exc_new(type, n_args, args);
    if (is_import) {
        for (size_t i = 0; i < n_kw; i++) {
            obj_t key = args[n_args + 2 * i];
            qstr q = obj_is_str(key) ? str_to_qstr(key) : QSTR_NULL;
            if (q != QSTR_name && q != QSTR_path) {
                if (type->flags & TYPE_FLAG_HEAP) {
                    continue;
                }
                rt_raise_fmt(&type_TypeError, "'%S' is an invalid keyword argument for %q()", key,
                    type->name);
            }
            dict_set_qstr(exc_dict(e), q, args[n_args + 2 * i + 1]);
        }
    }
    return e;
}

obj_t exc_new_syntax_error(const obj_type_t *type, const char *msg, qstr file, size_t line,
    size_t col, const char *text, size_t text_len) {
    obj_t details[4] = {
        file != QSTR_NULL ? OBJ_NEW_QSTR(file) : OBJ_NONE,
        int_from_uintptr(line),
        int_from_uintptr(col + 1),
        text != NULL ? str_new(text, text_len) : OBJ_NONE,
    };
    obj_t args[2] = {str_from_cstr(msg), tuple_new(4, details)};
    return exc_new(type, 2, args);
}

obj_t exc_stop_iteration_value(obj_t exc) {
    obj_tuple_t *a = exc_args(exc);
    return a->len > 0 ? a->items[0] : OBJ_NONE;
}

bool exc_matches(obj_t exc, obj_t type_or_tuple) {
    if (type_is_type(type_or_tuple)) {
        const obj_type_t *t = type_or_tuple;
        if (!(t->flags & TYPE_FLAG_EXCEPTION)) {
            goto bad;
        }
        return rt_isinstance(exc, t);
    }
    if (obj_type_of(type_or_tuple) == &type_tuple) {
        obj_tuple_t *tup = type_or_tuple;
        bool found = false;
        for (size_t i = 0; i < tup->len; i++) {
            // Every entry is checked, as CPython does, so a bad one always raises.
            if (exc_matches(exc, tup->items[i])) {
                found = true;
            }
        }
        return found;
    }
bad:
    rt_raise_msg(&type_TypeError,
        "catching classes that do not inherit from BaseException is not allowed");
}

// ---------------------------------------------------------------------------
// Tracebacks
// ---------------------------------------------------------------------------

// Tracebacks stop growing here: a RecursionError's would otherwise hold every frame.
#define TRACEBACK_MAX_ENTRIES (3 * 4096)

void exc_add_traceback(obj_t exc, qstr file, size_t line, qstr func) {
    // Allocation failure must not raise here (this may be the MemoryError
    // unwinding), so the list is built with gc_* directly; on failure the
    // frame is simply not recorded.
    obj_exception_t *e = as_exc(exc);
    obj_list_t *tb = e->traceback;
    if (tb == NULL) {
        tb = gc_alloc(sizeof(obj_list_t), 0);
        if (tb == NULL) {
            return;
        }
        tb->base.type = &type_list;
        tb->items = gc_alloc(3 * sizeof(obj_t), 0);
        if (tb->items == NULL) {
            return;
        }
        tb->alloc = 3;
        e->traceback = tb;
    }
    if (tb->len + 3 > tb->alloc) {
        if (tb->alloc >= TRACEBACK_MAX_ENTRIES) {
            // Full: the newest (outermost) frame replaces the previous one,
            // so that the printout still ends with the outermost frames.
            tb->len -= 3;
            goto append;
        }
        obj_t *items = gc_realloc(tb->items, 2 * tb->alloc * sizeof(obj_t));
        if (items == NULL) {
            return;
        }
        tb->items = items;
        tb->alloc *= 2;
    }
append:
    tb->items[tb->len++] = OBJ_NEW_QSTR(file);
    tb->items[tb->len++] = int_from_uintptr(line);
    tb->items[tb->len++] = OBJ_NEW_QSTR(func);
}

void exc_clear_traceback(obj_t exc) {
    as_exc(exc)->traceback = OBJ_NULL;
}

// Writes one `  File "f", line n, in g` line.
static void print_frame(const print_t *p, obj_t *triple) {
    print_fmt(p, "  File \"%S\", line %S, in %S\n", triple[0], triple[1], triple[2]);
}

// Writes the frames outermost first; runs of the same frame (deep recursion)
// are cut after three lines, as CPython does.
static void print_traceback(const print_t *p, obj_list_t *tb) {
    print_str(p, "Traceback (most recent call last):\n");
    size_t n = tb->len / 3;
    obj_t *prev = NULL;
    size_t repeats = 0;
    for (size_t i = n; i-- > 0;) {
        obj_t *t = tb->items + 3 * i;
        bool same = prev != NULL && t[0] == prev[0] && t[2] == prev[2] && rt_equal(t[1], prev[1]);
        if (same) {
            repeats++;
        } else {
            if (repeats > 3) {
                print_fmt(p, "  [Previous line repeated %zu more time%s]\n", repeats - 3,
                    repeats - 3 == 1 ? "" : "s");
            }
            repeats = 1;
        }
        prev = t;
        if (repeats <= 3) {
            print_frame(p, t);
        }
    }
    if (repeats > 3) {
        print_fmt(p, "  [Previous line repeated %zu more time%s]\n", repeats - 3,
            repeats - 3 == 1 ? "" : "s");
    }
}

// The details tuple (filename, lineno, offset, text) of a SyntaxError, or NULL.
static obj_tuple_t *syntax_details(obj_t exc) {
    obj_tuple_t *a = exc_args(exc);
    if (a->len >= 2 && obj_type_of(a->items[1]) == &type_tuple) {
        obj_tuple_t *d = a->items[1];
        if (d->len >= 4) {
            return d;
        }
    }
    return NULL;
}

// Writes "Type: message" (or just "Type"), with the module for classes from other modules.
static void print_exc_line(const print_t *p, obj_t exc) {
    const obj_type_t *t = obj_type_of(exc);
    qstr mod = type_module_name(t);
    if (mod != QSTR_NULL && mod != QSTR_builtins && mod != QSTR___main__) {
        print_fmt(p, "%q.", mod);
    }
    print_fmt(p, "%q", type_qualname(t));
    vstr_t v;
    vstr_init(&v, 32);
    print_t vp;
    vstr_print(&v, &vp);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_tuple_t *a = exc_args(exc);
        if (rt_isinstance(exc, &type_SyntaxError) && a->len >= 1 && syntax_details(exc) != NULL) {
            rt_print_obj(&vp, a->items[0], PRINT_STR);
        } else {
            rt_print_obj(&vp, exc, PRINT_STR);
        }
        nlr_pop();
    } else {
        v.len = 0;
        vstr_add_str(&v, "<exception str() failed>");
    }
    if (v.len != 0) {
        print_str(p, ": ");
        print_strn(p, v.buf, v.len);
    }
    print_str(p, "\n");
}

static void print_one(const print_t *p, obj_t exc) {
    obj_exception_t *e = as_exc(exc);
    obj_list_t *tb = e->traceback;
    if (tb != NULL && tb->len >= 3) {
        print_traceback(p, tb);
    }
    if (rt_isinstance(exc, &type_SyntaxError)) {
        obj_tuple_t *d = syntax_details(exc);
        if (d != NULL) {
            obj_t file = d->items[0] == OBJ_NONE ? OBJ_NEW_QSTR(QSTR__lt_string_gt) : d->items[0];
            print_fmt(p, "  File \"%S\", line %S\n", file, d->items[1]);
        }
    }
    print_exc_line(p, exc);
    // Notes added with add_note() follow the message, one per line.
    if (e->dict != NULL) {
        obj_t notes = dict_get_qstr(e->dict, QSTR___notes__);
        size_t n;
        obj_t *items;
        if (notes != OBJ_NULL && seq_get_items(notes, &n, &items)) {
            for (size_t i = 0; i < n; i++) {
                if (obj_is_str(items[i])) {
                    size_t len;
                    const char *s = str_data(items[i], &len);
                    print_strn(p, s, len);
                    print_str(p, "\n");
                }
            }
        }
    }
}

// Prints [exc] after the exceptions it chains to; [seen] guards against cycles.
static void print_chain(const print_t *p, obj_t exc, obj_t *seen, size_t n_seen) {
    obj_exception_t *e = as_exc(exc);
    seen[n_seen++] = exc;
    obj_t next = OBJ_NULL;
    const char *joint = NULL;
    if (e->cause != OBJ_NULL && e->cause != OBJ_NONE) {
        next = e->cause;
        joint = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context != OBJ_NULL && e->context != OBJ_NONE && !e->suppress_context) {
        next = e->context;
        joint = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (next != OBJ_NULL && exc_is_instance(next) && n_seen < 32) {
        bool cycle = false;
        for (size_t i = 0; i < n_seen; i++) {
            cycle |= seen[i] == next;
        }
        if (!cycle) {
            print_chain(p, next, seen, n_seen);
            print_str(p, joint);
        }
    }
    print_one(p, exc);
}

void exc_print(const print_t *p, obj_t exc) {
    if (!exc_is_instance(exc)) {
        print_fmt(p, "%R\n", exc);
        return;
    }
    // Exception groups print as a tree (py/excgroup.c).
    if (excgroup_print_traceback(p, exc)) {
        return;
    }
    obj_t seen[32];
    print_chain(p, exc, seen, 0);
}

// ---------------------------------------------------------------------------
// str, repr and attributes
// ---------------------------------------------------------------------------

// The str of an OSError with (errno, strerror[, filename[, winerror, filename2]]).
static bool print_oserror(const print_t *p, obj_t self, obj_tuple_t *a) {
    if (a->len < 2 || a->len > 5) {
        return false;
    }
    print_fmt(p, "[Errno %S] %S", a->items[0], a->items[1]);
    obj_dict_t *d = as_exc(self)->dict;
    obj_t name = a->len >= 3 ? a->items[2] : d != NULL ? dict_get_qstr(d, QSTR_filename) : OBJ_NULL;
    obj_t name2 = a->len == 5 ? a->items[4] : d != NULL ? dict_get_qstr(d, QSTR_filename2) : OBJ_NULL;
    if (name != OBJ_NULL && name != OBJ_NONE) {
        print_fmt(p, ": %R", name);
        if (name2 != OBJ_NULL && name2 != OBJ_NONE) {
            print_fmt(p, " -> %R", name2);
        }
    }
    return true;
}

// The str of a UnicodeDecodeError/UnicodeEncodeError with its five arguments.
static bool print_unicode_error(const print_t *p, obj_t exc, obj_tuple_t *a) {
    if (a->len != 5 || !obj_is_int(a->items[2]) || !obj_is_int(a->items[3])) {
        return false;
    }
    intptr_t start = rt_get_int(a->items[2]), end = rt_get_int(a->items[3]);
    bool decode = rt_isinstance(exc, &type_UnicodeDecodeError);
    const char *data = NULL;
    size_t len = 0;
    if (decode ? !bytes_get_data(a->items[1], &data, &len) || obj_is_str(a->items[1])
               : !obj_is_str(a->items[1])) {
        return false;
    }
    print_fmt(p, "%R codec can't %s ", a->items[0], decode ? "decode" : "encode");
    size_t olen = decode ? 0 : rt_len(a->items[1]);
    if (end == start + 1 && (decode || (start >= 0 && (size_t)start < olen))) {
        if (decode) {
            unsigned b = start >= 0 && (size_t)start < len ? (uint8_t)data[start] : 0;
            print_fmt(p, "byte 0x%02x in position %d: %S", b, (int)start, a->items[4]);
        } else {
            // CPython always shows the character as an escape: '\xe9', '\u20ac'.
            obj_t ch = rt_subscr_load(a->items[1], a->items[2]);
            size_t clen;
            const char *cs = str_data(ch, &clen);
            uint32_t c = utf8_decode(&cs);
            print_fmt(p, c < 0x100 ? "character '\\x%02x'" : c < 0x10000 ? "character '\\u%04x'"
                                                                   : "character '\\U%08x'",
                (unsigned)c);
            print_fmt(p, " in position %d: %S", (int)start, a->items[4]);
        }
    } else {
        print_fmt(p, "%s in position %d-%d: %S", decode ? "bytes" : "characters", (int)start,
            (int)(end - 1), a->items[4]);
    }
    return true;
}

void exc_print_obj(const print_t *p, obj_t self, print_kind_t kind) {
    obj_tuple_t *a = exc_args(self);
    if (kind == PRINT_REPR) {
        print_fmt(p, "%q", obj_type_of(self)->name);
        if (a->len == 1) {
            print_fmt(p, "(%R)", a->items[0]);
        } else {
            rt_print_obj(p, a, PRINT_REPR);
        }
        return;
    }
    if (a->len == 0) {
        return;
    }
    if (rt_isinstance(self, &type_OSError) && print_oserror(p, self, a)) {
        return;
    }
    if ((rt_isinstance(self, &type_UnicodeDecodeError) ||
            rt_isinstance(self, &type_UnicodeEncodeError)) &&
        print_unicode_error(p, self, a)) {
        return;
    }
    if (a->len == 1) {
        if (rt_isinstance(self, &type_KeyError)) {
            rt_print_obj(p, a->items[0], PRINT_REPR);
        } else {
            rt_print_obj(p, a->items[0], PRINT_STR);
        }
        return;
    }
    if (rt_isinstance(self, &type_SyntaxError)) {
        obj_tuple_t *d = syntax_details(self);
        if (d != NULL) {
            rt_print_obj(p, a->items[0], PRINT_STR);
            if (d->items[0] != OBJ_NONE) {
                print_fmt(p, " (%S, line %S)", d->items[0], d->items[1]);
            } else {
                print_fmt(p, " (line %S)", d->items[1]);
            }
            return;
        }
    }
    rt_print_obj(p, a, PRINT_STR);
}

// The argument [i] of the exception, or None.
static obj_t arg_or_none(obj_tuple_t *a, size_t i) {
    return i < a->len ? a->items[i] : OBJ_NONE;
}

// Attributes computed from the arguments for particular exception types.
static obj_t derived_attr(obj_t self, qstr attr) {
    obj_tuple_t *a = exc_args(self);
    const obj_type_t *t = obj_type_of(self);
    if (rt_is_subclass(t, &type_StopIteration) && attr == QSTR_value) {
        return arg_or_none(a, 0);
    }
    if (rt_is_subclass(t, &type_SystemExit) && attr == QSTR_code) {
        return a->len == 0 ? OBJ_NONE : a->len == 1 ? a->items[0] : (obj_t)a;
    }
    if (rt_is_subclass(t, &type_OSError)) {
        bool full = a->len >= 2 && a->len <= 5;
        switch (attr) {
            case QSTR_errno:
                return full ? a->items[0] : OBJ_NONE;
            case QSTR_strerror:
                return full ? a->items[1] : OBJ_NONE;
            case QSTR_filename:
                return full ? arg_or_none(a, 2) : OBJ_NONE;
            case QSTR_filename2:
                return full ? arg_or_none(a, 4) : OBJ_NONE;
            default:
                return OBJ_NULL;
        }
    }
    if (rt_is_subclass(t, &type_SyntaxError)) {
        obj_tuple_t *d = syntax_details(self);
        switch (attr) {
            case QSTR_msg:
                return arg_or_none(a, 0);
            case QSTR_filename:
                return d != NULL ? d->items[0] : OBJ_NONE;
            case QSTR_lineno:
                return d != NULL ? d->items[1] : OBJ_NONE;
            case QSTR_offset:
                return d != NULL ? d->items[2] : OBJ_NONE;
            case QSTR_text:
                return d != NULL ? d->items[3] : OBJ_NONE;
            case QSTR_end_lineno:
                return d != NULL && d->len >= 5 ? d->items[4] : OBJ_NONE;
            case QSTR_end_offset:
                return d != NULL && d->len >= 6 ? d->items[5] : OBJ_NONE;
            case QSTR_print_file_and_line:
                return OBJ_NONE;
            default:
                return OBJ_NULL;
        }
    }
    if (rt_is_subclass(t, &type_ImportError)) {
        switch (attr) {
            case QSTR_msg:
                return a->len == 1 ? a->items[0] : OBJ_NONE;
            case QSTR_name:
            case QSTR_path:
                return OBJ_NONE;
            default:
                return OBJ_NULL;
        }
    }
    if ((rt_is_subclass(t, &type_UnicodeDecodeError) || rt_is_subclass(t, &type_UnicodeEncodeError)) &&
        a->len == 5) {
        switch (attr) {
            case QSTR_encoding:
                return a->items[0];
            case QSTR_object:
                return a->items[1];
            case QSTR_start:
                return a->items[2];
            case QSTR_end:
                return a->items[3];
            case QSTR_reason:
                return a->items[4];
            default:
                return OBJ_NULL;
        }
    }
    if ((rt_is_subclass(t, &type_AttributeError) && (attr == QSTR_name || attr == QSTR_obj)) ||
        (rt_is_subclass(t, &type_NameError) && attr == QSTR_name)) {
        return OBJ_NONE;
    }
    return OBJ_NULL;
}

void exc_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_exception_t *e = as_exc(self);
    if (dest[0] == OBJ_NULL) {
        switch (attr) {
            case QSTR_args:
                dest[0] = e->args;
                return;
            case QSTR___traceback__:
                dest[0] = e->traceback != OBJ_NULL ? e->traceback : OBJ_NONE;
                return;
            case QSTR___cause__:
                dest[0] = e->cause != OBJ_NULL ? e->cause : OBJ_NONE;
                return;
            case QSTR___context__:
                dest[0] = e->context != OBJ_NULL ? e->context : OBJ_NONE;
                return;
            case QSTR___suppress_context__:
                dest[0] = obj_bool(e->suppress_context);
                return;
            case QSTR___dict__:
                dest[0] = exc_dict(self);
                return;
            default:
                break;
        }
        if (e->dict != NULL) {
            obj_t v = dict_get_qstr(e->dict, attr);
            if (v != OBJ_NULL) {
                dest[0] = v;
                return;
            }
        }
        obj_t v = derived_attr(self, attr);
        if (v != OBJ_NULL) {
            dest[0] = v;
        }
        return;
    }
    obj_t value = dest[1];
    switch (attr) {
        case QSTR_args:
            if (value == OBJ_NULL) {
                return;
            }
            if (obj_type_of(value) == &type_tuple) {
                e->args = value;
            } else {
                obj_t list = list_new(0, NULL);
                list_extend(list, value);
                size_t n;
                obj_t *items;
                seq_get_items(list, &n, &items);
                e->args = tuple_new(n, items);
            }
            break;
        case QSTR___cause__:
            if (value != OBJ_NULL && value != OBJ_NONE && !exc_is_instance(value)) {
                rt_raise_msg(&type_TypeError, "exception cause must be None or derive from BaseException");
            }
            e->cause = value == OBJ_NONE ? OBJ_NULL : value;
            e->suppress_context = true;
            break;
        case QSTR___context__:
            if (value != OBJ_NULL && value != OBJ_NONE && !exc_is_instance(value)) {
                rt_raise_msg(&type_TypeError, "exception context must be None or derive from BaseException");
            }
            e->context = value == OBJ_NONE ? OBJ_NULL : value;
            break;
        case QSTR___suppress_context__:
            e->suppress_context = value != OBJ_NULL && rt_is_true(value);
            break;
        case QSTR___traceback__:
            if (value == OBJ_NULL || value == OBJ_NONE) {
                e->traceback = OBJ_NULL;
            } else if (obj_type_of(value) == &type_list) {
                e->traceback = value;
            } else {
                rt_raise_msg(&type_TypeError, "__traceback__ must be a traceback or None");
            }
            break;
        default:
            if (value == OBJ_NULL) {
                if (e->dict == NULL || dict_delete(e->dict, OBJ_NEW_QSTR(attr)) == OBJ_NULL) {
                    return;
                }
            } else {
                dict_set_qstr(exc_dict(self), attr, value);
            }
            break;
    }
    dest[0] = OBJ_NULL;
}

// BaseException.__init__(self, *args): sets args again (for super().__init__ in subclasses).
static obj_t exc_init_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    (void)n_kw;
    (void)kw;
    if (!exc_is_instance(args[0])) {
        rt_raise_msg(&type_TypeError, "descriptor '__init__' requires a 'BaseException' object");
    }
    as_exc(args[0])->args = n_args > 1 ? tuple_new(n_args - 1, args + 1) : OBJ_EMPTY_TUPLE;
    return OBJ_NONE;
}
static BUILTIN_FN_KW(exc_init_obj, QSTR___init__, 1, BUILTIN_N_ANY, exc_init_fn);

// Text of the exception through the built-in printing (for super().__str__()).
static obj_t exc_text(obj_t self, print_kind_t kind) {
    if (!exc_is_instance(self)) {
        rt_raise_msg(&type_TypeError, "descriptor requires a 'BaseException' object");
    }
    return str_of_printer(exc_print_obj, self, kind);
}

static obj_t exc_str_fn(obj_t self) {
    return exc_text(self, PRINT_STR);
}
static BUILTIN_FN_1(exc_str_obj, QSTR___str__, exc_str_fn);

static obj_t exc_repr_fn(obj_t self) {
    return exc_text(self, PRINT_REPR);
}
static BUILTIN_FN_1(exc_repr_obj, QSTR___repr__, exc_repr_fn);

static obj_t exc_with_traceback_fn(obj_t self, obj_t tb) {
    rt_store_attr(self, QSTR___traceback__, tb);
    return self;
}
static BUILTIN_FN_2(exc_with_traceback_obj, QSTR_with_traceback, exc_with_traceback_fn);

static obj_t exc_add_note_fn(obj_t self, obj_t note) {
    if (!obj_is_str(note)) {
        rt_raise_fmt(&type_TypeError, "note must be a str, not '%T'", note);
    }
    obj_dict_t *d = exc_dict(self);
    obj_t notes = dict_get_qstr(d, QSTR___notes__);
    if (notes == OBJ_NULL) {
        notes = list_new(0, NULL);
        dict_set_qstr(d, QSTR___notes__, notes);
    }
    list_append(notes, note);
    return OBJ_NONE;
}
static BUILTIN_FN_2(exc_add_note_obj, QSTR_add_note, exc_add_note_fn);

static const dict_entry_t exc_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR___init__), (obj_t)&exc_init_obj},
    {OBJ_NEW_QSTR(QSTR___str__), (obj_t)&exc_str_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&exc_repr_obj},
    {OBJ_NEW_QSTR(QSTR_with_traceback), (obj_t)&exc_with_traceback_obj},
    {OBJ_NEW_QSTR(QSTR_add_note), (obj_t)&exc_add_note_obj},
};
static DICT_ROM(exc_locals_dict, exc_locals_table);

// ---------------------------------------------------------------------------
// The hierarchy
// ---------------------------------------------------------------------------

#define EXC_TYPE(n_, q_, p_) EXC_SUBTYPE(const obj_type_t type_##n_, q_, type_##p_)

const obj_type_t type_BaseException = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EXCEPTION,
    .name = QSTR_BaseException,
    .print = exc_print_obj,
    .make_new = exc_make_new,
    .attr = exc_attr,
    .parent = &type_object,
    .locals_dict = (obj_dict_t *)&exc_locals_dict,
};

EXC_TYPE(SystemExit, QSTR_SystemExit, BaseException);
EXC_TYPE(KeyboardInterrupt, QSTR_KeyboardInterrupt, BaseException);
EXC_TYPE(GeneratorExit, QSTR_GeneratorExit, BaseException);
EXC_TYPE(Exception, QSTR_Exception, BaseException);
EXC_TYPE(StopIteration, QSTR_StopIteration, Exception);
EXC_TYPE(StopAsyncIteration, QSTR_StopAsyncIteration, Exception);
EXC_TYPE(ArithmeticError, QSTR_ArithmeticError, Exception);
EXC_TYPE(FloatingPointError, QSTR_FloatingPointError, ArithmeticError);
EXC_TYPE(OverflowError, QSTR_OverflowError, ArithmeticError);
EXC_TYPE(ZeroDivisionError, QSTR_ZeroDivisionError, ArithmeticError);
EXC_TYPE(AssertionError, QSTR_AssertionError, Exception);
EXC_TYPE(AttributeError, QSTR_AttributeError, Exception);
EXC_TYPE(BufferError, QSTR_BufferError, Exception);
EXC_TYPE(EOFError, QSTR_EOFError, Exception);
EXC_TYPE(ImportError, QSTR_ImportError, Exception);
EXC_TYPE(ModuleNotFoundError, QSTR_ModuleNotFoundError, ImportError);
EXC_TYPE(LookupError, QSTR_LookupError, Exception);
EXC_TYPE(IndexError, QSTR_IndexError, LookupError);
EXC_TYPE(KeyError, QSTR_KeyError, LookupError);
EXC_TYPE(MemoryError, QSTR_MemoryError, Exception);
EXC_TYPE(NameError, QSTR_NameError, Exception);
EXC_TYPE(UnboundLocalError, QSTR_UnboundLocalError, NameError);
EXC_TYPE(OSError, QSTR_OSError, Exception);
EXC_TYPE(BlockingIOError, QSTR_BlockingIOError, OSError);
EXC_TYPE(ChildProcessError, QSTR_ChildProcessError, OSError);
EXC_TYPE(ConnectionError, QSTR_ConnectionError, OSError);
EXC_TYPE(BrokenPipeError, QSTR_BrokenPipeError, ConnectionError);
EXC_TYPE(ConnectionAbortedError, QSTR_ConnectionAbortedError, ConnectionError);
EXC_TYPE(ConnectionRefusedError, QSTR_ConnectionRefusedError, ConnectionError);
EXC_TYPE(ConnectionResetError, QSTR_ConnectionResetError, ConnectionError);
EXC_TYPE(FileExistsError, QSTR_FileExistsError, OSError);
EXC_TYPE(FileNotFoundError, QSTR_FileNotFoundError, OSError);
EXC_TYPE(InterruptedError, QSTR_InterruptedError, OSError);
EXC_TYPE(IsADirectoryError, QSTR_IsADirectoryError, OSError);
EXC_TYPE(NotADirectoryError, QSTR_NotADirectoryError, OSError);
EXC_TYPE(PermissionError, QSTR_PermissionError, OSError);
EXC_TYPE(ProcessLookupError, QSTR_ProcessLookupError, OSError);
EXC_TYPE(TimeoutError, QSTR_TimeoutError, OSError);
EXC_TYPE(UnsupportedOperation, QSTR_UnsupportedOperation, OSError); // io.UnsupportedOperation
EXC_TYPE(ReferenceError, QSTR_ReferenceError, Exception);
EXC_TYPE(RuntimeError, QSTR_RuntimeError, Exception);
EXC_TYPE(NotImplementedError, QSTR_NotImplementedError, RuntimeError);
EXC_TYPE(RecursionError, QSTR_RecursionError, RuntimeError);
EXC_TYPE(SyntaxError, QSTR_SyntaxError, Exception);
EXC_TYPE(IndentationError, QSTR_IndentationError, SyntaxError);
EXC_TYPE(TabError, QSTR_TabError, IndentationError);
EXC_TYPE(SystemError, QSTR_SystemError, Exception);
EXC_TYPE(TypeError, QSTR_TypeError, Exception);
EXC_TYPE(ValueError, QSTR_ValueError, Exception);
EXC_TYPE(UnicodeError, QSTR_UnicodeError, ValueError);
EXC_TYPE(UnicodeDecodeError, QSTR_UnicodeDecodeError, UnicodeError);
EXC_TYPE(UnicodeEncodeError, QSTR_UnicodeEncodeError, UnicodeError);
EXC_TYPE(UnicodeTranslateError, QSTR_UnicodeTranslateError, UnicodeError);
EXC_TYPE(Warning, QSTR_Warning, Exception);
EXC_TYPE(BytesWarning, QSTR_BytesWarning, Warning);
EXC_TYPE(DeprecationWarning, QSTR_DeprecationWarning, Warning);
EXC_TYPE(EncodingWarning, QSTR_EncodingWarning, Warning);
EXC_TYPE(FutureWarning, QSTR_FutureWarning, Warning);
EXC_TYPE(ImportWarning, QSTR_ImportWarning, Warning);
EXC_TYPE(PendingDeprecationWarning, QSTR_PendingDeprecationWarning, Warning);
EXC_TYPE(ResourceWarning, QSTR_ResourceWarning, Warning);
EXC_TYPE(RuntimeWarning, QSTR_RuntimeWarning, Warning);
EXC_TYPE(SyntaxWarning, QSTR_SyntaxWarning, Warning);
EXC_TYPE(UnicodeWarning, QSTR_UnicodeWarning, Warning);
EXC_TYPE(UserWarning, QSTR_UserWarning, Warning);
