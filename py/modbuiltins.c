// The builtins module: built-in functions, types and exceptions by name.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/modbuiltins.h"

#include "console/console.h"
#include "py/hal.h"
#include "py/excgroup.h"
#include "py/modio.h"
#include "py/modsys.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objfun.h"
#include "py/objint.h"
#include "py/objmodule.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vm.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_builtins, module_builtins);

// Where rt_init keeps the namespace (a vm_state root).
#define BUILTINS_DICT (vm_state.rt_spare[0])

extern const obj_type_t type_BlockingIOError, type_ChildProcessError, type_ConnectionError,
    type_BrokenPipeError, type_ConnectionAbortedError, type_ConnectionRefusedError,
    type_ConnectionResetError, type_FileExistsError, type_FileNotFoundError,
    type_InterruptedError, type_IsADirectoryError, type_NotADirectoryError,
    type_PermissionError, type_ProcessLookupError, type_TimeoutError,
    type_UnicodeTranslateError, type_BytesWarning, type_EncodingWarning, type_FutureWarning,
    type_ImportWarning, type_PendingDeprecationWarning, type_ResourceWarning,
    type_SyntaxWarning, type_UnicodeWarning;

obj_dict_t *rt_builtins_dict(void) {
    return BUILTINS_DICT;
}

// The qstr of keyword key [key] (qstr or str object).
static qstr key_qstr(obj_t key) {
    return OBJ_IS_QSTR(key) ? OBJ_QSTR_VALUE(key) : str_to_qstr(key);
}

// ---------------------------------------------------------------------------
// print and input
// ---------------------------------------------------------------------------

// The sys.stdout object in use.
static obj_t current_stdout(void) {
    obj_t out = dict_get_qstr(modsys_dict(), QSTR_stdout);
    return out != OBJ_NULL ? out : OBJ_NONE;
}

static obj_t builtin_print(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t sep = OBJ_NONE, end = OBJ_NONE, file = OBJ_NONE, flush = OBJ_FALSE;
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = key_qstr(kw[2 * i]);
        obj_t v = kw[2 * i + 1];
        switch (k) {
            case QSTR_sep:
                sep = v;
                break;
            case QSTR_end:
                end = v;
                break;
            case QSTR_file:
                file = v;
                break;
            case QSTR_flush:
                flush = v;
                break;
            default:
                rt_raise_fmt(&type_TypeError, "'%q' is an invalid keyword argument for print()", k);
        }
    }
    const char *sep_s = " ", *end_s = "\n";
    size_t sep_len = 1, end_len = 1;
    if (sep != OBJ_NONE) {
        if (!obj_is_str(sep)) {
            rt_raise_fmt(&type_TypeError, "sep must be None or a string, not %T", sep);
        }
        sep_s = str_data(sep, &sep_len);
    }
    if (end != OBJ_NONE) {
        if (!obj_is_str(end)) {
            rt_raise_fmt(&type_TypeError, "end must be None or a string, not %T", end);
        }
        end_s = str_data(end, &end_len);
    }
    if (file == OBJ_NONE) {
        file = current_stdout();
    }
    if (modsys_is_console_stdout(file)) {
        for (size_t i = 0; i < n_args; i++) {
            if (i > 0) {
                hal_stdout_tx_strn(sep_s, sep_len);
            }
            rt_print_obj(&print_stdout, args[i], PRINT_STR);
        }
        hal_stdout_tx_strn(end_s, end_len);
        return OBJ_NONE;
    }
    if (file == OBJ_NONE) {
        return OBJ_NONE; // sys.stdout = None: output goes nowhere
    }
    // Any object with write(): one call per piece, as CPython makes them.
    obj_t call[3];
    rt_load_method(file, QSTR_write, call);
    obj_t write_fn = call[0], write_self = call[1];
    obj_t sep_obj = sep != OBJ_NONE ? sep : str_intern(" ", 1);
    obj_t end_obj = end != OBJ_NONE ? end : str_intern("\n", 1);
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            call[0] = write_fn;
            call[1] = write_self;
            call[2] = sep_obj;
            rt_call_method(1, 0, call);
        }
        call[0] = write_fn;
        call[1] = write_self;
        call[2] = rt_str(args[i]);
        rt_call_method(1, 0, call);
    }
    call[0] = write_fn;
    call[1] = write_self;
    call[2] = end_obj;
    rt_call_method(1, 0, call);
    if (rt_is_true(flush)) {
        obj_t f[2];
        rt_load_method_maybe(file, QSTR_flush, f);
        if (f[0] != OBJ_NULL) {
            rt_call_method(0, 0, f);
        }
    }
    return OBJ_NONE;
}
static BUILTIN_FN_KW(builtin_print_obj, QSTR_print, 0, BUILTIN_N_ANY, builtin_print);

// Reads one line from the console without its newline; false at end of input
// with nothing read.
static bool read_console_line(vstr_t *v) {
    for (;;) {
        int c = hal_stdin_rx_chr();
        if (c < 0) {
            return v->len > 0;
        }
        if (c == '\n') {
            return true;
        }
        vstr_add_byte(v, (char)c);
    }
}

// A str from bytes that may not be valid UTF-8 (bad bytes become U+FFFD).
static obj_t str_from_console(const char *s, size_t len) {
    size_t bad, bad_end;
    const char *reason;
    if (utf8_validate(s, len, &bad, &bad_end, &reason)) {
        return str_new(s, len);
    }
    vstr_t v;
    vstr_init(&v, len + 3);
    while (len > 0) {
        if (utf8_validate(s, len, &bad, &bad_end, &reason)) {
            vstr_add_strn(&v, s, len);
            break;
        }
        vstr_add_strn(&v, s, bad);
        vstr_add_char(&v, 0xfffd);
        size_t skip = bad_end > bad ? bad_end : bad + 1;
        s += skip;
        len -= skip;
    }
    return vstr_to_str(&v);
}

static obj_t builtin_input(size_t n_args, const obj_t *args) {
    obj_t out = current_stdout();
    if (hal_console_is_terminal() && modsys_is_console_stdout(out)) {
        // An interactive console: the line editor echoes, edits and keeps history.
        const char *prompt = "";
        if (n_args == 1) {
            size_t plen;
            prompt = str_data(rt_str(args[0]), &plen);
        }
        char buf[CONSOLE_LINE_MAX];
        size_t len = 0;
        hal_console_mode(HAL_CONSOLE_RAW);
        int r = console_readline(buf, sizeof(buf), &len, prompt, 0, false);
        hal_console_mode(HAL_CONSOLE_NORMAL);
        if (r == CONSOLE_CHAR_CTRL_C) {
            rt_raise(exc_new(&type_KeyboardInterrupt, 0, NULL));
        }
        if (r == CONSOLE_CHAR_CTRL_D) {
            rt_raise(exc_new(&type_EOFError, 0, NULL));
        }
        if (r != CONSOLE_LINE_DONE) {
            rt_raise_msg(&type_EOFError, "EOF when reading a line");
        }
        return str_from_console(buf, len);
    }
    if (n_args == 1) {
        if (modsys_is_console_stdout(out)) {
            rt_print_obj(&print_stdout, args[0], PRINT_STR);
        } else if (out != OBJ_NONE) {
            obj_t w[2];
            rt_load_method(out, QSTR_write, w);
            obj_t call[3] = {w[0], w[1], rt_str(args[0])};
            rt_call_method(1, 0, call);
        }
    }
    vstr_t v;
    vstr_init(&v, 32);
    if (!read_console_line(&v)) {
        rt_raise_msg(&type_EOFError, "EOF when reading a line");
    }
    if (v.len > 0 && v.buf[v.len - 1] == '\r') {
        v.len--;
    }
    return str_from_console(v.buf, v.len);
}
static BUILTIN_FN_VAR(builtin_input_obj, QSTR_input, 0, 1, builtin_input);

// ---------------------------------------------------------------------------
// Simple functions
// ---------------------------------------------------------------------------

static obj_t builtin_len(obj_t o) {
    if (obj_type_of(o) == &type_range) {
        // A range's length may pass a 32-bit size_t: its own (big) int, as 64-bit CPython.
        return type_range.unary_op(UNARY_OP_LEN, o);
    }
    return int_from_uintptr(rt_len(o));
}
static BUILTIN_FN_1(builtin_len_obj, QSTR_len, builtin_len);

static obj_t builtin_repr(obj_t o) {
    return rt_repr(o);
}
static BUILTIN_FN_1(builtin_repr_obj, QSTR_repr, builtin_repr);

static obj_t builtin_ascii(obj_t o) {
    obj_t r = rt_repr(o);
    size_t len;
    const char *s = str_data(r, &len);
    if (utf8_is_ascii(s, len)) {
        return r;
    }
    vstr_t v;
    vstr_init(&v, len + 8);
    const char *end = s + len;
    while (s < end) {
        if ((uint8_t)*s < 0x80) {
            vstr_add_byte(&v, *s++);
            continue;
        }
        uint32_t c = utf8_decode(&s);
        print_t p;
        vstr_print(&v, &p);
        if (c < 0x100) {
            print_fmt(&p, "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            print_fmt(&p, "\\u%04x", (unsigned)c);
        } else {
            print_fmt(&p, "\\U%08x", (unsigned)c);
        }
    }
    return vstr_to_str(&v);
}
static BUILTIN_FN_1(builtin_ascii_obj, QSTR_ascii, builtin_ascii);

static obj_t builtin_abs(obj_t o) {
    return rt_unary_op(UNARY_OP_ABS, o);
}
static BUILTIN_FN_1(builtin_abs_obj, QSTR_abs, builtin_abs);

// min() and max(): [op] is the comparison that makes a new best.
static obj_t min_max(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw,
    binary_op_t op, qstr name) {
    obj_t key = OBJ_NONE, deflt = OBJ_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = key_qstr(kw[2 * i]);
        if (k == QSTR_key) {
            key = kw[2 * i + 1];
        } else if (k == QSTR_default) {
            deflt = kw[2 * i + 1];
        } else {
            rt_raise_fmt(&type_TypeError, "'%q' is an invalid keyword argument for %q()", k, name);
        }
    }
    if (n_args == 0) {
        rt_raise_fmt(&type_TypeError, "%q expected at least 1 argument, got 0", name);
    }
    obj_t best = OBJ_NULL, best_key = OBJ_NULL;
    obj_t it = OBJ_NULL;
    size_t i = 0;
    if (n_args == 1) {
        it = rt_getiter(args[0]);
    } else if (deflt != OBJ_NULL) {
        rt_raise_fmt(&type_TypeError,
            "Cannot specify a default for %q() with multiple positional arguments", name);
    }
    for (;;) {
        obj_t x;
        if (it != OBJ_NULL) {
            x = rt_iternext(it);
        } else {
            x = i < n_args ? args[i++] : OBJ_NULL;
        }
        if (x == OBJ_NULL) {
            break;
        }
        obj_t k = key == OBJ_NONE ? x : rt_call1(key, x);
        if (best == OBJ_NULL || rt_is_true(rt_binary_op(op, k, best_key))) {
            best = x;
            best_key = k;
        }
    }
    if (best == OBJ_NULL) {
        if (deflt != OBJ_NULL) {
            return deflt;
        }
        rt_raise_fmt(&type_ValueError, "%q() arg is an empty sequence", name);
    }
    return best;
}

static obj_t builtin_min(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return min_max(n_args, args, n_kw, kw, BINARY_OP_LESS, QSTR_min);
}
static BUILTIN_FN_KW(builtin_min_obj, QSTR_min, 0, BUILTIN_N_ANY, builtin_min);

static obj_t builtin_max(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return min_max(n_args, args, n_kw, kw, BINARY_OP_MORE, QSTR_max);
}
static BUILTIN_FN_KW(builtin_max_obj, QSTR_max, 0, BUILTIN_N_ANY, builtin_max);

static obj_t builtin_sum(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_iterable, ARG_REQUIRED, OBJ_NULL},
        {QSTR_start, 0, OBJ_NEW_SMALL_INT(0)},
    };
    obj_t v[2];
    rt_parse_args(n_args, args, n_kw, kw, 2, spec, v, QSTR_sum);
    obj_t acc = v[1];
    if (obj_is_str(acc)) {
        rt_raise_msg(&type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (obj_type_of(acc) == &type_bytes) {
        rt_raise_msg(&type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (obj_type_of(acc) == &type_bytearray) {
        rt_raise_msg(&type_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    obj_t it = rt_getiter(v[0]);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        acc = rt_binary_op(BINARY_OP_ADD, acc, x);
    }
    return acc;
}
static BUILTIN_FN_KW(builtin_sum_obj, QSTR_sum, 0, 2, builtin_sum);

static obj_t builtin_sorted(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    if (n_args != 1) {
        rt_raise_fmt(&type_TypeError, "sorted expected 1 argument, got %zu", n_args);
    }
    obj_t key = OBJ_NULL;
    bool reverse = false;
    for (size_t i = 0; i < n_kw; i++) {
        qstr k = key_qstr(kw[2 * i]);
        if (k == QSTR_key) {
            key = kw[2 * i + 1] == OBJ_NONE ? OBJ_NULL : kw[2 * i + 1];
        } else if (k == QSTR_reverse) {
            reverse = rt_is_true(kw[2 * i + 1]);
        } else {
            rt_raise_fmt(&type_TypeError, "'%q' is an invalid keyword argument for sort()", k);
        }
    }
    obj_t list = list_new(0, NULL);
    list_extend(list, args[0]);
    list_sort(list, key, reverse);
    return list;
}
static BUILTIN_FN_KW(builtin_sorted_obj, QSTR_sorted, 0, BUILTIN_N_ANY, builtin_sorted);

static obj_t builtin_any(obj_t o) {
    obj_t it = rt_getiter(o);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (rt_is_true(x)) {
            return OBJ_TRUE;
        }
    }
    return OBJ_FALSE;
}
static BUILTIN_FN_1(builtin_any_obj, QSTR_any, builtin_any);

static obj_t builtin_all(obj_t o) {
    obj_t it = rt_getiter(o);
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        if (!rt_is_true(x)) {
            return OBJ_FALSE;
        }
    }
    return OBJ_TRUE;
}
static BUILTIN_FN_1(builtin_all_obj, QSTR_all, builtin_all);

static obj_t builtin_divmod(obj_t a, obj_t b) {
    return rt_binary_op(BINARY_OP_DIVMOD, a, b);
}
static BUILTIN_FN_2(builtin_divmod_obj, QSTR_divmod, builtin_divmod);

static obj_t builtin_pow(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_base, ARG_REQUIRED, OBJ_NULL},
        {QSTR_exp, ARG_REQUIRED, OBJ_NULL},
        {QSTR_mod, 0, OBJ_NONE},
    };
    obj_t v[3];
    rt_parse_args(n_args, args, n_kw, kw, 3, spec, v, QSTR_pow);
    if (v[2] == OBJ_NONE) {
        return rt_binary_op(BINARY_OP_POWER, v[0], v[1]);
    }
    for (int i = 0; i < 3; i++) {
        if (!obj_is_int(v[i]) && v[i] != OBJ_TRUE && v[i] != OBJ_FALSE) {
            rt_raise_msg(&type_TypeError,
                "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!obj_is_int(v[i])) {
            v[i] = OBJ_NEW_SMALL_INT(v[i] == OBJ_TRUE);
        }
    }
    return int_pow_mod(v[0], v[1], v[2]);
}
static BUILTIN_FN_KW(builtin_pow_obj, QSTR_pow, 0, 3, builtin_pow);

static obj_t builtin_round(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_number, ARG_REQUIRED, OBJ_NULL},
        {QSTR_ndigits, 0, OBJ_NONE},
    };
    obj_t v[2];
    rt_parse_args(n_args, args, n_kw, kw, 2, spec, v, QSTR_round);
    obj_t x = v[0];
    const obj_type_t *t = obj_type_of(x);
    if (t->flags & TYPE_FLAG_HEAP) {
        obj_t m[2];
        rt_load_method_maybe(x, QSTR___round__, m);
        if (m[0] != OBJ_NULL) {
            obj_t call[3] = {m[0], m[1], v[1]};
            return rt_call_method(v[1] == OBJ_NONE ? 0 : 1, 0, call);
        }
    }
    if (x == OBJ_TRUE || x == OBJ_FALSE) {
        x = OBJ_NEW_SMALL_INT(x == OBJ_TRUE);
    }
    if (!obj_is_int(x) && t != &type_float) {
        rt_raise_fmt(&type_TypeError, "type %q doesn't define __round__ method", t->name);
    }
    return num_round(x, v[1] == OBJ_NONE ? OBJ_NULL : v[1]);
}
static BUILTIN_FN_KW(builtin_round_obj, QSTR_round, 0, 2, builtin_round);

// An int for hex/oct/bin: ints, bools and objects with __index__.
static obj_t index_value(obj_t o) {
    if (obj_is_int(o)) {
        return o;
    }
    if (o == OBJ_TRUE || o == OBJ_FALSE) {
        return OBJ_NEW_SMALL_INT(o == OBJ_TRUE);
    }
    if (obj_type_of(o)->flags & TYPE_FLAG_HEAP) {
        obj_t m[2];
        rt_load_method_maybe(o, QSTR___index__, m);
        if (m[0] != OBJ_NULL) {
            obj_t r = rt_call_method(0, 0, m);
            if (obj_is_int(r)) {
                return r;
            }
            rt_raise_fmt(&type_TypeError, "__index__ returned non-int (type %T)", r);
        }
    }
    rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", o);
}

static obj_t print_in_base(obj_t o, int base, const char *prefix) {
    obj_t v = index_value(o);
    vstr_t s;
    vstr_init(&s, 16);
    print_t p;
    vstr_print(&s, &p);
    int_print_base(&p, v, base, prefix, false);
    return vstr_to_str(&s);
}

static obj_t builtin_hex(obj_t o) {
    return print_in_base(o, 16, "0x");
}
static BUILTIN_FN_1(builtin_hex_obj, QSTR_hex, builtin_hex);

static obj_t builtin_oct(obj_t o) {
    return print_in_base(o, 8, "0o");
}
static BUILTIN_FN_1(builtin_oct_obj, QSTR_oct, builtin_oct);

static obj_t builtin_bin(obj_t o) {
    return print_in_base(o, 2, "0b");
}
static BUILTIN_FN_1(builtin_bin_obj, QSTR_bin, builtin_bin);

static obj_t builtin_chr(obj_t o) {
    intptr_t c = rt_get_int(o);
    if (c < 0 || c > 0x10ffff) {
        rt_raise_msg(&type_ValueError, "chr() arg not in range(0x110000)");
    }
    char buf[4];
    size_t n = utf8_encode((uint32_t)c, buf);
    if (c < 0x80) {
        return str_intern(buf, n);
    }
    return str_new(buf, n);
}
static BUILTIN_FN_1(builtin_chr_obj, QSTR_chr, builtin_chr);

static obj_t builtin_ord(obj_t o) {
    size_t len;
    o = type_native_of(o);
    if (obj_is_str(o)) {
        const char *s = str_data(o, &len);
        size_t n = utf8_charlen(s, len);
        if (n != 1) {
            rt_raise_fmt(&type_TypeError, "ord() expected a character, but string of length %zu found",
                n);
        }
        return OBJ_NEW_SMALL_INT(utf8_decode(&s));
    }
    const obj_type_t *t = obj_type_of(o);
    if (t == &type_bytes || t == &type_bytearray) {
        buffer_info_t info;
        if (t->get_buffer != NULL && t->get_buffer(o, &info, BUFFER_READ)) {
            if (info.len != 1) {
                rt_raise_fmt(&type_TypeError,
                    "ord() expected a character, but string of length %zu found", info.len);
            }
            return OBJ_NEW_SMALL_INT(((uint8_t *)info.buf)[0]);
        }
    }
    rt_raise_fmt(&type_TypeError, "ord() expected string of length 1, but %q found", t->name);
}
static BUILTIN_FN_1(builtin_ord_obj, QSTR_ord, builtin_ord);

static obj_t builtin_hash(obj_t o) {
    return int_from_intptr(rt_hash(o));
}
static BUILTIN_FN_1(builtin_hash_obj, QSTR_hash, builtin_hash);

static obj_t builtin_id(obj_t o) {
    return int_from_uintptr((uintptr_t)o);
}
static BUILTIN_FN_1(builtin_id_obj, QSTR_id, builtin_id);

// iter(callable, sentinel): calls until the sentinel comes back.
typedef struct obj_callable_iter {
    obj_base_t base;
    obj_t fn;
    obj_t sentinel;
} obj_callable_iter_t;

static obj_t callable_iter_next(obj_t self) {
    obj_callable_iter_t *it = self;
    if (it->fn == OBJ_NULL) {
        return OBJ_NULL;
    }
    obj_t v = rt_call0(it->fn);
    if (rt_equal(v, it->sentinel)) {
        it->fn = OBJ_NULL;
        return OBJ_NULL;
    }
    return v;
}

static obj_t iter_return_self(obj_t self) {
    return self;
}

static const obj_type_t type_callable_iterator = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_callable_iterator,
    .getiter = iter_return_self,
    .iternext = callable_iter_next,
};

static obj_t builtin_aiter(obj_t o) {
    obj_t dest[2];
    rt_load_method_maybe(o, QSTR___aiter__, dest);
    if (dest[0] == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'%T' object is not an async iterable", o);
    }
    return rt_call_method(0, 0, dest);
}
static BUILTIN_FN_1(builtin_aiter_obj, QSTR_aiter, builtin_aiter);

static obj_t builtin_anext(size_t n_args, const obj_t *args) {
    obj_t dest[2];
    rt_load_method_maybe(args[0], QSTR___anext__, dest);
    if (dest[0] == OBJ_NULL) {
        rt_raise_fmt(&type_TypeError, "'%T' object is not an async iterator", args[0]);
    }
    obj_t awaitable = rt_call_method(0, 0, dest);
    if (n_args == 1) {
        return awaitable;
    }
    // With a default: a coroutine written in Python (frozen/_anext.py).
    obj_t m = rt_import_name(QSTR__anext, OBJ_NONE, 0, NULL);
    obj_t call[2] = {awaitable, args[1]};
    return rt_call(rt_load_attr(m, QSTR_anext_default), 2, 0, call);
}
static BUILTIN_FN_VAR(builtin_anext_obj, QSTR_anext, 1, 2, builtin_anext);

static obj_t builtin_iter(size_t n_args, const obj_t *args) {
    if (n_args == 1) {
        return rt_getiter(args[0]);
    }
    if (!rt_callable(args[0])) {
        rt_raise_msg(&type_TypeError, "iter(v, w): v must be callable");
    }
    obj_callable_iter_t *it = rt_new_obj(&type_callable_iterator, sizeof(obj_callable_iter_t));
    it->fn = args[0];
    it->sentinel = args[1];
    return it;
}
static BUILTIN_FN_VAR(builtin_iter_obj, QSTR_iter, 1, 2, builtin_iter);

static obj_t builtin_next(size_t n_args, const obj_t *args) {
    const obj_type_t *t = obj_type_of(args[0]);
    if (t->iternext == NULL) {
        rt_raise_fmt(&type_TypeError, "'%q' object is not an iterator", t->name);
    }
    if (n_args == 1) {
        return rt_iternext_raise(args[0]);
    }
    obj_t x = rt_iternext(args[0]);
    return x != OBJ_NULL ? x : args[1];
}
static BUILTIN_FN_VAR(builtin_next_obj, QSTR_next, 1, 2, builtin_next);

// isinstance/issubclass against a class or a (nested) tuple of classes.
static bool class_matches(const obj_type_t *t, obj_t cls, const char *fname) {
    if (type_is_type(cls)) {
        return rt_is_subclass(t, cls);
    }
    if (obj_type_of(cls) == &type_tuple) {
        obj_tuple_t *tup = cls;
        for (size_t i = 0; i < tup->len; i++) {
            if (class_matches(t, tup->items[i], fname)) {
                return true;
            }
        }
        return false;
    }
    rt_raise_fmt(&type_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union",
        fname);
}

static obj_t builtin_isinstance(obj_t o, obj_t cls) {
    return obj_bool(class_matches(obj_type_of(o), cls, "isinstance"));
}
static BUILTIN_FN_2(builtin_isinstance_obj, QSTR_isinstance, builtin_isinstance);

static obj_t builtin_issubclass(obj_t c, obj_t cls) {
    if (!type_is_type(c)) {
        rt_raise_msg(&type_TypeError, "issubclass() arg 1 must be a class");
    }
    return obj_bool(class_matches(c, cls, "issubclass"));
}
static BUILTIN_FN_2(builtin_issubclass_obj, QSTR_issubclass, builtin_issubclass);

static obj_t builtin_callable(obj_t o) {
    return obj_bool(rt_callable(o));
}
static BUILTIN_FN_1(builtin_callable_obj, QSTR_callable, builtin_callable);

static qstr attr_arg(obj_t name) {
    if (!obj_is_str(name)) {
        rt_raise_fmt(&type_TypeError, "attribute name must be string, not '%T'", name);
    }
    return str_to_qstr(name);
}

static obj_t builtin_getattr(size_t n_args, const obj_t *args) {
    qstr q = attr_arg(args[1]);
    if (n_args == 2) {
        return rt_load_attr(args[0], q);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = rt_load_attr(args[0], q);
        nlr_pop();
        return v;
    }
    if (rt_isinstance(nlr.value, &type_AttributeError)) {
        return args[2];
    }
    nlr_jump(nlr.value);
}
static BUILTIN_FN_VAR(builtin_getattr_obj, QSTR_getattr, 2, 3, builtin_getattr);

static obj_t builtin_setattr(obj_t o, obj_t name, obj_t value) {
    rt_store_attr(o, attr_arg(name), value);
    return OBJ_NONE;
}
static BUILTIN_FN_3(builtin_setattr_obj, QSTR_setattr, builtin_setattr);

static obj_t builtin_delattr(obj_t o, obj_t name) {
    rt_delete_attr(o, attr_arg(name));
    return OBJ_NONE;
}
static BUILTIN_FN_2(builtin_delattr_obj, QSTR_delattr, builtin_delattr);

static obj_t builtin_hasattr(obj_t o, obj_t name) {
    qstr q = attr_arg(name);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t dest[2];
        rt_load_method_maybe(o, q, dest);
        nlr_pop();
        return obj_bool(dest[0] != OBJ_NULL);
    }
    if (rt_isinstance(nlr.value, &type_AttributeError)) {
        return OBJ_FALSE;
    }
    nlr_jump(nlr.value);
}
static BUILTIN_FN_2(builtin_hasattr_obj, QSTR_hasattr, builtin_hasattr);

static obj_t builtin_globals(void) {
    return vm_globals();
}
static BUILTIN_FN_0(builtin_globals_obj, QSTR_globals, builtin_globals);

static obj_t builtin_locals(void) {
    return vm_locals();
}
static BUILTIN_FN_0(builtin_locals_obj, QSTR_locals, builtin_locals);

static obj_t builtin_vars(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        return vm_locals();
    }
    obj_t d = rt_load_attr_maybe(args[0], QSTR___dict__);
    if (d == OBJ_NULL) {
        rt_raise_msg(&type_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}
static BUILTIN_FN_VAR(builtin_vars_obj, QSTR_vars, 0, 1, builtin_vars);

// Adds the keys of [d] to the set [names].
static void add_keys(obj_t names, obj_dict_t *d) {
    if (d == NULL) {
        return;
    }
    size_t pos = 0;
    dict_entry_t *e;
    while ((e = dict_next(d, &pos)) != NULL) {
        set_add(names, e->key);
    }
}

// Adds the names in the namespaces of type [t] and its bases.
static void add_type_names(obj_t names, const obj_type_t *t) {
    obj_tuple_t *mro = rt_load_attr((obj_t)t, QSTR___mro__);
    for (size_t i = 0; i < mro->len; i++) {
        add_keys(names, ((const obj_type_t *)mro->items[i])->locals_dict);
    }
}

static obj_t builtin_dir(size_t n_args, const obj_t *args) {
    obj_t names = set_new(false);
    if (n_args == 0) {
        add_keys(names, vm_locals());
    } else {
        obj_t o = args[0];
        const obj_type_t *t = obj_type_of(o);
        obj_t m[2];
        if ((t->flags & TYPE_FLAG_HEAP) && (rt_load_method_maybe(o, QSTR___dir__, m), m[0] != OBJ_NULL) &&
            obj_type_of(m[0]) != &type_builtin_function) {
            obj_t r = rt_call_method(0, 0, m);
            obj_t list = list_new(0, NULL);
            list_extend(list, r);
            list_sort(list, OBJ_NULL, false);
            return list;
        }
        if (t == &type_module) {
            add_keys(names, ((obj_module_t *)o)->globals);
        } else if (type_is_type(o)) {
            add_type_names(names, o);
        } else {
            obj_t d = rt_load_attr_maybe(o, QSTR___dict__);
            if (d != OBJ_NULL && obj_type_of(d) == &type_dict) {
                add_keys(names, d);
            }
            add_type_names(names, t);
        }
    }
    obj_t list = list_new(0, NULL);
    list_extend(list, names);
    list_sort(list, OBJ_NULL, false);
    return list;
}
static BUILTIN_FN_VAR(builtin_dir_obj, QSTR_dir, 0, 1, builtin_dir);

static obj_t builtin_format(size_t n_args, const obj_t *args) {
    const char *spec = "";
    size_t len = 0;
    if (n_args == 2) {
        if (!obj_is_str(args[1])) {
            rt_raise_fmt(&type_TypeError, "format() argument 2 must be str, not %T", args[1]);
        }
        spec = str_data(args[1], &len);
    }
    return str_format_value(args[0], spec, len);
}
static BUILTIN_FN_VAR(builtin_format_obj, QSTR_format, 1, 2, builtin_format);

// ---------------------------------------------------------------------------
// exec, eval, compile, __import__, __build_class__
// ---------------------------------------------------------------------------

// The source text of a str, bytes or bytearray argument.
static const char *source_text(obj_t src, size_t *len, const char *fname) {
    const char *s = NULL;
    if (obj_is_str(src)) {
        s = str_data(src, len);
    } else {
        const obj_type_t *t = obj_type_of(src);
        buffer_info_t info;
        if ((t == &type_bytes || t == &type_bytearray) && t->get_buffer != NULL &&
            t->get_buffer(src, &info, BUFFER_READ)) {
            *len = info.len;
            s = info.buf;
        }
    }
    if (s == NULL) {
        rt_raise_fmt(&type_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    if (memchr(s, 0, *len) != NULL) {
        rt_raise_msg(&type_SyntaxError, "source code string cannot contain null bytes");
    }
    return s;
}

// exec/eval: runs [src] (text or code object) in the given namespaces.
static obj_t exec_or_eval(size_t n_args, const obj_t *args, int mode, const char *fname) {
    obj_dict_t *globals, *locals;
    if (n_args >= 2 && args[1] != OBJ_NONE) {
        if (obj_type_of(args[1]) != &type_dict) {
            rt_raise_fmt(&type_TypeError, "%s() globals must be a dict, not %T", fname, args[1]);
        }
        globals = args[1];
        locals = globals;
    } else {
        globals = vm_globals();
        locals = vm_locals();
    }
    if (n_args >= 3 && args[2] != OBJ_NONE) {
        if (obj_type_of(args[2]) != &type_dict) {
            rt_raise_fmt(&type_TypeError, "locals must be a mapping");
        }
        locals = args[2];
    }
    // As CPython, exec/eval give a globals dict without __builtins__ one.
    if (dict_get_qstr(globals, QSTR___builtins__) == OBJ_NULL) {
        dict_set_qstr(globals, QSTR___builtins__, dict_get_qstr(vm_state.modules, QSTR_builtins));
    }
    obj_t code = args[0];
    if (obj_type_of(code) != &type_code) {
        size_t len;
        const char *s = source_text(code, &len, fname);
        if (mode == RT_MODE_EVAL) {
            // eval() ignores leading blanks, as CPython does.
            while (len > 0 && (*s == ' ' || *s == '\t')) {
                s++;
                len--;
            }
        }
        code = rt_compile(s, len, QSTR__lt_string_gt, mode);
    }
    obj_t r = rt_exec_code(code, globals, locals);
    return mode == RT_MODE_EVAL ? r : OBJ_NONE;
}

static obj_t builtin_exec(size_t n_args, const obj_t *args) {
    return exec_or_eval(n_args, args, RT_MODE_FILE, "exec");
}
static BUILTIN_FN_VAR(builtin_exec_obj, QSTR_exec, 1, 3, builtin_exec);

static obj_t builtin_eval(size_t n_args, const obj_t *args) {
    return exec_or_eval(n_args, args, RT_MODE_EVAL, "eval");
}
static BUILTIN_FN_VAR(builtin_eval_obj, QSTR_eval, 1, 3, builtin_eval);

static obj_t builtin_compile(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_source, ARG_REQUIRED, OBJ_NULL},
        {QSTR_filename, ARG_REQUIRED, OBJ_NULL},
        {QSTR_mode, ARG_REQUIRED, OBJ_NULL},
        {QSTR_flags, 0, OBJ_NEW_SMALL_INT(0)},
        {QSTR_dont_inherit, 0, OBJ_FALSE},
        {QSTR_optimize, 0, OBJ_NEW_SMALL_INT(-1)},
    };
    obj_t v[6];
    rt_parse_args(n_args, args, n_kw, kw, 6, spec, v, QSTR_compile);
    if (obj_type_of(v[0]) == &type_code) {
        return v[0];
    }
    size_t len;
    const char *s = source_text(v[0], &len, "compile");
    if (!obj_is_str(v[1])) {
        rt_raise_fmt(&type_TypeError, "compile() argument 'filename' must be str, not %T", v[1]);
    }
    qstr m = obj_is_str(v[2]) ? str_to_qstr(v[2]) : QSTR_NULL;
    int mode;
    if (m == QSTR_exec) {
        mode = RT_MODE_FILE;
    } else if (m == QSTR_eval) {
        mode = RT_MODE_EVAL;
    } else if (m == QSTR_single) {
        mode = RT_MODE_SINGLE;
    } else {
        rt_raise_msg(&type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    }
    return rt_compile(s, len, str_to_qstr(v[1]), mode);
}
static BUILTIN_FN_KW(builtin_compile_obj, QSTR_compile, 0, 6, builtin_compile);

static obj_t builtin_import(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_name, ARG_REQUIRED, OBJ_NULL},
        {QSTR_globals, 0, OBJ_NONE},
        {QSTR_locals, 0, OBJ_NONE},
        {QSTR_fromlist, 0, OBJ_NONE},
        {QSTR_level, 0, OBJ_NEW_SMALL_INT(0)},
    };
    obj_t v[5];
    rt_parse_args(n_args, args, n_kw, kw, 5, spec, v, QSTR___import__);
    if (!obj_is_str(v[0])) {
        rt_raise_fmt(&type_TypeError, "__import__() argument 1 must be str, not %T", v[0]);
    }
    obj_dict_t *globals = obj_type_of(v[1]) == &type_dict ? (obj_dict_t *)v[1] : vm_globals();
    intptr_t level = rt_get_int(v[4]);
    if (level < 0) {
        rt_raise_msg(&type_ValueError, "level must be >= 0");
    }
    obj_t fromlist = v[3];
    if (fromlist != OBJ_NONE && !rt_is_true(fromlist)) {
        fromlist = OBJ_NONE;
    }
    size_t len;
    str_data(v[0], &len);
    if (len == 0 && level == 0) {
        rt_raise_msg(&type_ValueError, "Empty module name");
    }
    return rt_import_name(str_to_qstr(v[0]), fromlist, (int)level, globals);
}
static BUILTIN_FN_KW(builtin_import_obj, QSTR___import__, 0, 5, builtin_import);

static obj_t builtin_build_class(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    if (n_args < 2) {
        rt_raise_msg(&type_TypeError, "__build_class__: not enough arguments");
    }
    obj_t body = args[0];
    if (!fun_is_function(body)) {
        rt_raise_msg(&type_TypeError, "__build_class__: func must be a function");
    }
    if (!obj_is_str(args[1])) {
        rt_raise_msg(&type_TypeError, "__build_class__: name is not a string");
    }
    qstr name = str_to_qstr(args[1]);
    obj_t bases = tuple_new(n_args - 2, args + 2);
    // The keywords other than metaclass= go to the metaclass (and __init_subclass__).
    obj_t metaclass = OBJ_NULL;
    obj_t *class_kw = n_kw > 0 ? rt_alloc(2 * n_kw * sizeof(obj_t)) : NULL;
    size_t n_class_kw = 0;
    for (size_t i = 0; i < n_kw; i++) {
        if (key_qstr(kw[2 * i]) == QSTR_metaclass) {
            metaclass = kw[2 * i + 1];
        } else {
            class_kw[2 * n_class_kw] = kw[2 * i];
            class_kw[2 * n_class_kw + 1] = kw[2 * i + 1];
            n_class_kw++;
        }
    }
    // The metaclass: the one given, made the most derived among the bases' metaclasses.
    if (metaclass == OBJ_NULL || type_is_type(metaclass)) {
        const obj_type_t *meta = metaclass != OBJ_NULL ? metaclass : (obj_t)&type_type;
        for (size_t i = 2; i < n_args; i++) {
            const obj_type_t *bt = obj_type_of(args[i]);
            if (rt_is_subclass(bt, meta)) {
                meta = bt;
            } else if (!rt_is_subclass(meta, bt)) {
                rt_raise_msg(&type_TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    "subclass of the metaclasses of all its bases");
            }
        }
        metaclass = (obj_t)meta;
    }
    obj_dict_t *ns = NULL;
    obj_t ns_obj = OBJ_NULL;
    // A metaclass's __prepare__(name, bases, **kw) makes the namespace (a
    // dict, or a dict subclass whose dict part the body fills).
    obj_t prepare = metaclass == (obj_t)&type_type ? OBJ_NULL
                                                   : rt_load_attr_maybe(metaclass, QSTR___prepare__);
    if (prepare != OBJ_NULL) {
        obj_t *pargs = rt_alloc((2 + 2 * n_class_kw) * sizeof(obj_t));
        pargs[0] = args[1];
        pargs[1] = bases;
        for (size_t i = 0; i < 2 * n_class_kw; i++) {
            pargs[2 + i] = class_kw[i];
        }
        ns_obj = rt_call(prepare, 2, n_class_kw, pargs);
        if (!rt_isinstance(ns_obj, &type_dict)) {
            rt_raise_fmt(&type_TypeError, "%q.__prepare__() must return a mapping, not %T",
                type_is_type(metaclass) ? ((const obj_type_t *)metaclass)->name : QSTR_metaclass,
                ns_obj);
        }
        ns = obj_type_of(ns_obj) == &type_dict ? (obj_dict_t *)ns_obj : type_native_of(ns_obj);
    } else {
        ns = dict_new(8);
        ns_obj = ns;
    }
    vm_run_class_body(body, ns);
    if (metaclass == (obj_t)&type_type) {
        return type_new_class_kw(&type_type, name, bases, ns, n_class_kw, class_kw);
    }
    obj_t *margs = rt_alloc((3 + 2 * n_class_kw) * sizeof(obj_t));
    margs[0] = args[1];
    margs[1] = bases;
    margs[2] = ns_obj;
    for (size_t i = 0; i < 2 * n_class_kw; i++) {
        margs[3 + i] = class_kw[i];
    }
    obj_t cls = rt_call(metaclass, 3, n_class_kw, margs);
    // (type_new_class has filled the __class__ cell from the namespace.)
    return cls;
}
static BUILTIN_FN_KW(builtin_build_class_obj, QSTR___build_class__, 0, BUILTIN_N_ANY,
    builtin_build_class);

static obj_t builtin_help(size_t n_args, const obj_t *args) {
    if (n_args == 0) {
        print_str(&print_stdout,
            "Welcome to Framboise, a Python 3 for the Raspberry Pi.\n"
            "\n"
            "Useful things to try:\n"
            "  help(obj)      the methods of an object or module\n"
            "  dir(obj)       the attributes of an object\n"
            "  import gc; gc.mem_free()\n"
            "\n"
            "Control keys at the prompt:\n"
            "  Ctrl-C  interrupt running code      Ctrl-D  exit (soft reset on the Pi)\n"
            "  Ctrl-E  paste mode                  Ctrl-A  raw REPL\n");
        return OBJ_NONE;
    }
    obj_t names = builtin_dir(1, args);
    print_fmt(&print_stdout, "object %R is of type %q\n", args[0], rt_type_name(args[0]));
    size_t n;
    obj_t *items;
    seq_get_items(names, &n, &items);
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *s = str_data(items[i], &len);
        if (len >= 2 && s[0] == '_' && s[1] == '_') {
            continue;
        }
        print_fmt(&print_stdout, "  %S\n", items[i]);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(builtin_help_obj, QSTR_help, 0, 1, builtin_help);

// ---------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------

#define ENTRY(name, obj) {OBJ_NEW_QSTR(name), (obj_t)(obj)}

static const dict_entry_t builtins_table[] = {
    ENTRY(QSTR___name__, OBJ_NEW_QSTR(QSTR_builtins)),
    ENTRY(QSTR___build_class__, &builtin_build_class_obj),
    ENTRY(QSTR___import__, &builtin_import_obj),

    // Functions.
    ENTRY(QSTR_abs, &builtin_abs_obj),
    ENTRY(QSTR_aiter, &builtin_aiter_obj),
    ENTRY(QSTR_all, &builtin_all_obj),
    ENTRY(QSTR_anext, &builtin_anext_obj),
    ENTRY(QSTR_any, &builtin_any_obj),
    ENTRY(QSTR_ascii, &builtin_ascii_obj),
    ENTRY(QSTR_bin, &builtin_bin_obj),
    ENTRY(QSTR_callable, &builtin_callable_obj),
    ENTRY(QSTR_chr, &builtin_chr_obj),
    ENTRY(QSTR_compile, &builtin_compile_obj),
    ENTRY(QSTR_delattr, &builtin_delattr_obj),
    ENTRY(QSTR_dir, &builtin_dir_obj),
    ENTRY(QSTR_divmod, &builtin_divmod_obj),
    ENTRY(QSTR_eval, &builtin_eval_obj),
    ENTRY(QSTR_exec, &builtin_exec_obj),
    ENTRY(QSTR_format, &builtin_format_obj),
    ENTRY(QSTR_getattr, &builtin_getattr_obj),
    ENTRY(QSTR_globals, &builtin_globals_obj),
    ENTRY(QSTR_hasattr, &builtin_hasattr_obj),
    ENTRY(QSTR_hash, &builtin_hash_obj),
    ENTRY(QSTR_help, &builtin_help_obj),
    ENTRY(QSTR_hex, &builtin_hex_obj),
    ENTRY(QSTR_id, &builtin_id_obj),
    ENTRY(QSTR_input, &builtin_input_obj),
    ENTRY(QSTR_isinstance, &builtin_isinstance_obj),
    ENTRY(QSTR_issubclass, &builtin_issubclass_obj),
    ENTRY(QSTR_iter, &builtin_iter_obj),
    ENTRY(QSTR_len, &builtin_len_obj),
    ENTRY(QSTR_locals, &builtin_locals_obj),
    ENTRY(QSTR_max, &builtin_max_obj),
    ENTRY(QSTR_min, &builtin_min_obj),
    ENTRY(QSTR_next, &builtin_next_obj),
    ENTRY(QSTR_oct, &builtin_oct_obj),
    ENTRY(QSTR_open, &modio_open_obj),
    ENTRY(QSTR_ord, &builtin_ord_obj),
    ENTRY(QSTR_pow, &builtin_pow_obj),
    ENTRY(QSTR_print, &builtin_print_obj),
    ENTRY(QSTR_repr, &builtin_repr_obj),
    ENTRY(QSTR_round, &builtin_round_obj),
    ENTRY(QSTR_setattr, &builtin_setattr_obj),
    ENTRY(QSTR_sorted, &builtin_sorted_obj),
    ENTRY(QSTR_sum, &builtin_sum_obj),
    ENTRY(QSTR_vars, &builtin_vars_obj),

    // Constants.
    ENTRY(QSTR_Ellipsis, OBJ_ELLIPSIS),
    ENTRY(QSTR_NotImplemented, OBJ_NOTIMPLEMENTED),

    // Types.
    ENTRY(QSTR_bool, &type_bool),
    ENTRY(QSTR_bytearray, &type_bytearray),
    ENTRY(QSTR_bytes, &type_bytes),
    ENTRY(QSTR_classmethod, &type_classmethod),
#if CONFIG_COMPLEX
    ENTRY(QSTR_complex, &type_complex),
#endif
    ENTRY(QSTR_dict, &type_dict),
    ENTRY(QSTR_enumerate, &type_enumerate),
    ENTRY(QSTR_filter, &type_filter),
    ENTRY(QSTR_float, &type_float),
    ENTRY(QSTR_frozenset, &type_frozenset),
    ENTRY(QSTR_int, &type_int),
    ENTRY(QSTR_list, &type_list),
    ENTRY(QSTR_map, &type_map),
    ENTRY(QSTR_memoryview, &type_memoryview),
    ENTRY(QSTR_object, &type_object),
    ENTRY(QSTR_property, &type_property),
    ENTRY(QSTR_range, &type_range),
    ENTRY(QSTR_reversed, &type_reversed),
    ENTRY(QSTR_set, &type_set),
    ENTRY(QSTR_slice, &type_slice),
    ENTRY(QSTR_staticmethod, &type_staticmethod),
    ENTRY(QSTR_str, &type_str),
    ENTRY(QSTR_super, &type_super),
    ENTRY(QSTR_tuple, &type_tuple),
    ENTRY(QSTR_type, &type_type),
    ENTRY(QSTR_zip, &type_zip),

    // Exceptions.
    ENTRY(QSTR_ArithmeticError, &type_ArithmeticError),
    ENTRY(QSTR_AssertionError, &type_AssertionError),
    ENTRY(QSTR_AttributeError, &type_AttributeError),
    ENTRY(QSTR_BaseException, &type_BaseException),
    ENTRY(QSTR_BaseExceptionGroup, &type_BaseExceptionGroup),
    ENTRY(QSTR_ExceptionGroup, &type_ExceptionGroup),
    ENTRY(QSTR_BlockingIOError, &type_BlockingIOError),
    ENTRY(QSTR_BrokenPipeError, &type_BrokenPipeError),
    ENTRY(QSTR_BufferError, &type_BufferError),
    ENTRY(QSTR_BytesWarning, &type_BytesWarning),
    ENTRY(QSTR_ChildProcessError, &type_ChildProcessError),
    ENTRY(QSTR_ConnectionAbortedError, &type_ConnectionAbortedError),
    ENTRY(QSTR_ConnectionError, &type_ConnectionError),
    ENTRY(QSTR_ConnectionRefusedError, &type_ConnectionRefusedError),
    ENTRY(QSTR_ConnectionResetError, &type_ConnectionResetError),
    ENTRY(QSTR_DeprecationWarning, &type_DeprecationWarning),
    ENTRY(QSTR_EOFError, &type_EOFError),
    ENTRY(QSTR_EncodingWarning, &type_EncodingWarning),
    ENTRY(QSTR_EnvironmentError, &type_OSError),
    ENTRY(QSTR_Exception, &type_Exception),
    ENTRY(QSTR_FileExistsError, &type_FileExistsError),
    ENTRY(QSTR_FileNotFoundError, &type_FileNotFoundError),
    ENTRY(QSTR_FloatingPointError, &type_FloatingPointError),
    ENTRY(QSTR_FutureWarning, &type_FutureWarning),
    ENTRY(QSTR_GeneratorExit, &type_GeneratorExit),
    ENTRY(QSTR_IOError, &type_OSError),
    ENTRY(QSTR_ImportError, &type_ImportError),
    ENTRY(QSTR_ImportWarning, &type_ImportWarning),
    ENTRY(QSTR_IndentationError, &type_IndentationError),
    ENTRY(QSTR_IndexError, &type_IndexError),
    ENTRY(QSTR_InterruptedError, &type_InterruptedError),
    ENTRY(QSTR_IsADirectoryError, &type_IsADirectoryError),
    ENTRY(QSTR_KeyError, &type_KeyError),
    ENTRY(QSTR_KeyboardInterrupt, &type_KeyboardInterrupt),
    ENTRY(QSTR_LookupError, &type_LookupError),
    ENTRY(QSTR_MemoryError, &type_MemoryError),
    ENTRY(QSTR_ModuleNotFoundError, &type_ModuleNotFoundError),
    ENTRY(QSTR_NameError, &type_NameError),
    ENTRY(QSTR_NotADirectoryError, &type_NotADirectoryError),
    ENTRY(QSTR_NotImplementedError, &type_NotImplementedError),
    ENTRY(QSTR_OSError, &type_OSError),
    ENTRY(QSTR_OverflowError, &type_OverflowError),
    ENTRY(QSTR_PendingDeprecationWarning, &type_PendingDeprecationWarning),
    ENTRY(QSTR_PermissionError, &type_PermissionError),
    ENTRY(QSTR_ProcessLookupError, &type_ProcessLookupError),
    ENTRY(QSTR_RecursionError, &type_RecursionError),
    ENTRY(QSTR_ReferenceError, &type_ReferenceError),
    ENTRY(QSTR_ResourceWarning, &type_ResourceWarning),
    ENTRY(QSTR_RuntimeError, &type_RuntimeError),
    ENTRY(QSTR_RuntimeWarning, &type_RuntimeWarning),
    ENTRY(QSTR_StopAsyncIteration, &type_StopAsyncIteration),
    ENTRY(QSTR_StopIteration, &type_StopIteration),
    ENTRY(QSTR_SyntaxError, &type_SyntaxError),
    ENTRY(QSTR_SyntaxWarning, &type_SyntaxWarning),
    ENTRY(QSTR_SystemError, &type_SystemError),
    ENTRY(QSTR_SystemExit, &type_SystemExit),
    ENTRY(QSTR_TabError, &type_TabError),
    ENTRY(QSTR_TimeoutError, &type_TimeoutError),
    ENTRY(QSTR_TypeError, &type_TypeError),
    ENTRY(QSTR_UnboundLocalError, &type_UnboundLocalError),
    ENTRY(QSTR_UnicodeDecodeError, &type_UnicodeDecodeError),
    ENTRY(QSTR_UnicodeEncodeError, &type_UnicodeEncodeError),
    ENTRY(QSTR_UnicodeError, &type_UnicodeError),
    ENTRY(QSTR_UnicodeTranslateError, &type_UnicodeTranslateError),
    ENTRY(QSTR_UnicodeWarning, &type_UnicodeWarning),
    ENTRY(QSTR_UserWarning, &type_UserWarning),
    ENTRY(QSTR_ValueError, &type_ValueError),
    ENTRY(QSTR_Warning, &type_Warning),
    ENTRY(QSTR_ZeroDivisionError, &type_ZeroDivisionError),
};
static DICT_ROM(builtins_rom_dict, builtins_table);

// The ROM module object; `import builtins` finds the heap copy in sys.modules first.
MODULE_ROM(module_builtins, builtins_rom_dict);

void modbuiltins_init(void) {
    obj_dict_t *d = dict_new(ARRAY_SIZE(builtins_table) + 8);
    for (size_t i = 0; i < ARRAY_SIZE(builtins_table); i++) {
        dict_set(d, builtins_table[i].key, builtins_table[i].value);
    }
    BUILTINS_DICT = d;
    dict_set_qstr(vm_state.modules, QSTR_builtins, module_new_with_dict(QSTR_builtins, d));
}
