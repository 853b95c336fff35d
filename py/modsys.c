// The sys module: argv, path, modules, the console streams, exit, version
// information. Its namespace is a heap dict so that programs can assign
// sys.stdout, append to sys.path, and so on.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/modsys.h"

#include "py/hal.h"
#include "py/modio.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objmodule.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vstr.h"

// Where rt_init keeps the namespace (a vm_state root).
#define SYS_DICT (vm_state.rt_spare[1])

obj_dict_t *modsys_dict(void) {
    return SYS_DICT;
}

// ---------------------------------------------------------------------------
// The console streams: minimal text files over the HAL.
// ---------------------------------------------------------------------------

typedef struct obj_console_io {
    obj_base_t base;
    int fd; // 0 stdin, 1 stdout, 2 stderr
} obj_console_io_t;

static const obj_type_t type_console_io;

static const obj_console_io_t sys_stdin_obj = {{&type_console_io}, 0};
static const obj_console_io_t sys_stdout_obj = {{&type_console_io}, 1};
static const obj_console_io_t sys_stderr_obj = {{&type_console_io}, 2};

bool modsys_is_console_stdout(obj_t o) {
    return o == (obj_t)&sys_stdout_obj;
}

static int console_fd(obj_t self) {
    if (obj_type_of(self) != &type_console_io) {
        rt_raise_msg(&type_TypeError, "expected a console stream");
    }
    return ((obj_console_io_t *)self)->fd;
}

static obj_t console_write(obj_t self, obj_t s) {
    int fd = console_fd(self);
    if (!obj_is_str(s)) {
        rt_raise_fmt(&type_TypeError, "write() argument must be str, not %T", s);
    }
    if (fd == 0) {
        rt_raise_msg(&type_OSError, "not writable");
    }
    size_t len;
    const char *data = str_data(s, &len);
    if (fd == 1) {
        hal_stdout_tx_strn(data, len);
    } else {
        hal_stderr_tx_strn(data, len);
    }
    return int_from_uintptr(rt_len(s));
}
static BUILTIN_FN_2(console_write_obj, QSTR_write, console_write);

// Reads up to [max] bytes (SIZE_MAX: no limit), stopping after a newline when [line].
static obj_t console_read_text(obj_t self, size_t max, bool line) {
    if (console_fd(self) != 0) {
        rt_raise_msg(&type_OSError, "not readable");
    }
    vstr_t v;
    vstr_init(&v, 64);
    modio_console_read(&v, max, line);
    return vstr_to_str(&v);
}

static obj_t console_read(size_t n_args, const obj_t *args) {
    return console_read_text(args[0], modio_size_arg(n_args, args, 1), false);
}
static BUILTIN_FN_VAR(console_read_obj, QSTR_read, 1, 2, console_read);

static obj_t console_readline(size_t n_args, const obj_t *args) {
    return console_read_text(args[0], modio_size_arg(n_args, args, 1), true);
}
static BUILTIN_FN_VAR(console_readline_obj, QSTR_readline, 1, 2, console_readline);

static obj_t console_readlines(obj_t self) {
    obj_t list = list_new(0, NULL);
    for (;;) {
        obj_t line = console_read_text(self, SIZE_MAX, true);
        if (rt_len(line) == 0) {
            return list;
        }
        list_append(list, line);
    }
}
static BUILTIN_FN_1(console_readlines_obj, QSTR_readlines, console_readlines);

static obj_t console_flush(obj_t self) {
    console_fd(self);
    return OBJ_NONE;
}
static BUILTIN_FN_1(console_flush_obj, QSTR_flush, console_flush);

static obj_t console_fileno(obj_t self) {
    return OBJ_NEW_SMALL_INT(console_fd(self));
}
static BUILTIN_FN_1(console_fileno_obj, QSTR_fileno, console_fileno);

static const dict_entry_t console_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_write), (obj_t)&console_write_obj},
    {OBJ_NEW_QSTR(QSTR_read), (obj_t)&console_read_obj},
    {OBJ_NEW_QSTR(QSTR_readline), (obj_t)&console_readline_obj},
    {OBJ_NEW_QSTR(QSTR_readlines), (obj_t)&console_readlines_obj},
    {OBJ_NEW_QSTR(QSTR_flush), (obj_t)&console_flush_obj},
    {OBJ_NEW_QSTR(QSTR_fileno), (obj_t)&console_fileno_obj},
};
static DICT_ROM(console_locals_dict, console_locals_table);

static void console_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    int fd = ((obj_console_io_t *)self)->fd;
    print_fmt(p, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", names[fd],
        fd == 0 ? "r" : "w");
}

// `buffer`: the binary stream under the console stream (py/modio.c).
static void console_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && attr == QSTR_buffer) {
        dest[0] = modio_console_buffer(((obj_console_io_t *)self)->fd);
    }
}

static obj_t console_getiter(obj_t self) {
    return self;
}

static obj_t console_iternext(obj_t self) {
    obj_t line = console_read_text(self, SIZE_MAX, true);
    return rt_len(line) == 0 ? OBJ_NULL : line;
}

static const obj_type_t type_console_io = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_TextIOWrapper,
    .print = console_print,
    .attr = console_attr,
    .getiter = console_getiter,
    .iternext = console_iternext,
    .locals_dict = (obj_dict_t *)&console_locals_dict,
};

// ---------------------------------------------------------------------------
// version_info and implementation: tuples with named fields.
// ---------------------------------------------------------------------------

// A tuple whose items also have names (sys.version_info, sys.implementation.version).
typedef struct obj_named_tuple {
    obj_base_t base;
    obj_t tuple;
    const qstr *fields;
    const char *type_name;
} obj_named_tuple_t;

static const obj_type_t type_named_tuple;

static obj_t unwrap(obj_t o) {
    return obj_type_of(o) == &type_named_tuple ? ((obj_named_tuple_t *)o)->tuple : o;
}

static void named_tuple_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_named_tuple_t *nt = self;
    obj_tuple_t *t = nt->tuple;
    print_fmt(p, "%s(", nt->type_name);
    for (size_t i = 0; i < t->len; i++) {
        print_fmt(p, i == 0 ? "%q=%R" : ", %q=%R", nt->fields[i], t->items[i]);
    }
    print_str(p, ")");
}

static void named_tuple_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_named_tuple_t *nt = self;
    obj_tuple_t *t = nt->tuple;
    for (size_t i = 0; i < t->len; i++) {
        if (nt->fields[i] == attr) {
            dest[0] = t->items[i];
            return;
        }
    }
}

static obj_t named_tuple_unary_op(unary_op_t op, obj_t self) {
    obj_t t = unwrap(self);
    return type_tuple.unary_op != NULL ? type_tuple.unary_op(op, t) : OBJ_NULL;
}

static obj_t named_tuple_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    return rt_binary_op(op, unwrap(lhs), unwrap(rhs));
}

static obj_t named_tuple_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    return rt_subscr_load(unwrap(self), index);
}

static obj_t named_tuple_getiter(obj_t self) {
    return rt_getiter(unwrap(self));
}

static const obj_type_t type_named_tuple = {
    .base = {&type_type},
    .name = QSTR_tuple,
    .print = named_tuple_print,
    .unary_op = named_tuple_unary_op,
    .binary_op = named_tuple_binary_op,
    .attr = named_tuple_attr,
    .subscr = named_tuple_subscr,
    .getiter = named_tuple_getiter,
};

static const qstr version_info_fields[] = {
    QSTR_major, QSTR_minor, QSTR_micro, QSTR_releaselevel, QSTR_serial};

static obj_t named_tuple_new(size_t n, const obj_t *items, const qstr *fields, const char *name) {
    obj_named_tuple_t *nt = rt_new_obj(&type_named_tuple, sizeof(obj_named_tuple_t));
    nt->tuple = tuple_new(n, items);
    nt->fields = fields;
    nt->type_name = name;
    return nt;
}

// sys.implementation: a plain namespace object.
typedef struct obj_namespace {
    obj_base_t base;
    obj_t name;
    obj_t version;
} obj_namespace_t;

static void namespace_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_namespace_t *ns = self;
    print_fmt(p, "namespace(name=%R, version=%R)", ns->name, ns->version);
}

static void namespace_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_namespace_t *ns = self;
    if (attr == QSTR_name) {
        dest[0] = ns->name;
    } else if (attr == QSTR_version) {
        dest[0] = ns->version;
    } else if (attr == QSTR__machine) {
        dest[0] = str_from_cstr(CONFIG_PLATFORM " with C11");
    }
}

static const obj_type_t type_namespace = {
    .base = {&type_type},
    .name = QSTR_SimpleNamespace,
    .print = namespace_print,
    .attr = namespace_attr,
};

// ---------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------

static obj_t sys_exit(size_t n_args, const obj_t *args) {
    rt_raise(exc_new(&type_SystemExit, n_args, args));
}
static BUILTIN_FN_VAR(sys_exit_obj, QSTR_exit, 0, 1, sys_exit);

// A print_t over a file-like object: data points at its bound write method (2 words).
static void write_through(void *data, const char *s, size_t len) {
    obj_t *m = data;
    obj_t args[3] = {m[0], m[1], str_new(s, len)};
    rt_call_method(1, 0, args);
}

static obj_t sys_print_exception(size_t n_args, const obj_t *args) {
    obj_t file = n_args > 1 ? args[1] : OBJ_NONE;
    if (file == OBJ_NONE) {
        file = dict_get_qstr(modsys_dict(), QSTR_stdout);
    }
    if (modsys_is_console_stdout(file)) {
        exc_print(&print_stdout, args[0]);
    } else if (file == (obj_t)&sys_stderr_obj) {
        exc_print(&print_stderr, args[0]);
    } else {
        obj_t m[2];
        rt_load_method(file, QSTR_write, m);
        print_t p = {m, write_through};
        exc_print(&p, args[0]);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(sys_print_exception_obj, QSTR_print_exception, 1, 2, sys_print_exception);

static obj_t sys_exc_info(void) {
    obj_t e = vm_state.cur_exception;
    if (e == OBJ_NULL || e == OBJ_NONE) {
        obj_t none3[3] = {OBJ_NONE, OBJ_NONE, OBJ_NONE};
        return tuple_new(3, none3);
    }
    obj_t tb = ((obj_exception_t *)e)->traceback;
    obj_t items[3] = {(obj_t)obj_type_of(e), e, tb != OBJ_NULL ? tb : OBJ_NONE};
    return tuple_new(3, items);
}
static BUILTIN_FN_0(sys_exc_info_obj, QSTR_exc_info, sys_exc_info);

static obj_t sys_exception(void) {
    obj_t e = vm_state.cur_exception;
    return e == OBJ_NULL ? OBJ_NONE : e;
}
static BUILTIN_FN_0(sys_exception_obj, QSTR_exception, sys_exception);

// The recursion limit is the C stack (RecursionError comes from rt_check_stack);
// these exist so that programs written for CPython run.
static obj_t sys_getrecursionlimit(void) {
    return OBJ_NEW_SMALL_INT(1000);
}
static BUILTIN_FN_0(sys_getrecursionlimit_obj, QSTR_getrecursionlimit, sys_getrecursionlimit);

static obj_t sys_setrecursionlimit(obj_t n) {
    if (rt_get_int(n) < 1) {
        rt_raise_msg(&type_ValueError, "recursion limit must be greater or equal than 1");
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(sys_setrecursionlimit_obj, QSTR_setrecursionlimit, sys_setrecursionlimit);

static obj_t sys_intern(obj_t s) {
    if (!obj_is_str(s)) {
        rt_raise_fmt(&type_TypeError, "intern() argument must be str, not %T", s);
    }
    size_t len;
    const char *data = str_data(s, &len);
    return str_intern(data, len);
}
static BUILTIN_FN_1(sys_intern_obj, QSTR_intern, sys_intern);

static const dict_entry_t sys_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_sys)},
    {OBJ_NEW_QSTR(QSTR_exit), (obj_t)&sys_exit_obj},
    {OBJ_NEW_QSTR(QSTR_print_exception), (obj_t)&sys_print_exception_obj},
    {OBJ_NEW_QSTR(QSTR_exc_info), (obj_t)&sys_exc_info_obj},
    {OBJ_NEW_QSTR(QSTR_exception), (obj_t)&sys_exception_obj},
    {OBJ_NEW_QSTR(QSTR_getrecursionlimit), (obj_t)&sys_getrecursionlimit_obj},
    {OBJ_NEW_QSTR(QSTR_setrecursionlimit), (obj_t)&sys_setrecursionlimit_obj},
    {OBJ_NEW_QSTR(QSTR_intern), (obj_t)&sys_intern_obj},
    {OBJ_NEW_QSTR(QSTR_stdin), (obj_t)&sys_stdin_obj},
    {OBJ_NEW_QSTR(QSTR_stdout), (obj_t)&sys_stdout_obj},
    {OBJ_NEW_QSTR(QSTR_stderr), (obj_t)&sys_stderr_obj},
    {OBJ_NEW_QSTR(QSTR___stdin__), (obj_t)&sys_stdin_obj},
    {OBJ_NEW_QSTR(QSTR___stdout__), (obj_t)&sys_stdout_obj},
    {OBJ_NEW_QSTR(QSTR___stderr__), (obj_t)&sys_stderr_obj},
    {OBJ_NEW_QSTR(QSTR_byteorder), OBJ_NEW_QSTR(QSTR_little)},
    {OBJ_NEW_QSTR(QSTR_maxunicode), OBJ_NEW_SMALL_INT(0x10ffff)},
};

void modsys_init(void) {
    obj_dict_t *d = dict_new(ARRAY_SIZE(sys_table) + 16);
    for (size_t i = 0; i < ARRAY_SIZE(sys_table); i++) {
        dict_set(d, sys_table[i].key, sys_table[i].value);
    }
    obj_t empty = OBJ_NEW_QSTR(QSTR__empty);
    vm_state.sys_path = list_new(1, &empty);
    vm_state.sys_argv = list_new(0, NULL);
    dict_set_qstr(d, QSTR_path, vm_state.sys_path);
    dict_set_qstr(d, QSTR_argv, vm_state.sys_argv);
    dict_set_qstr(d, QSTR_modules, vm_state.modules);
    dict_set_qstr(d, QSTR_platform, str_from_cstr(CONFIG_PLATFORM));
    dict_set_qstr(d, QSTR_version, str_from_cstr("3.11.0 (Framboise " CONFIG_VERSION ")"));
    dict_set_qstr(d, QSTR_executable, OBJ_NEW_QSTR(QSTR__empty));
    dict_set_qstr(d, QSTR_maxsize, int_from_intptr(INTPTR_MAX));

    obj_t vi[5] = {OBJ_NEW_SMALL_INT(3), OBJ_NEW_SMALL_INT(11), OBJ_NEW_SMALL_INT(0),
        OBJ_NEW_QSTR(QSTR_final), OBJ_NEW_SMALL_INT(0)};
    dict_set_qstr(d, QSTR_version_info,
        named_tuple_new(5, vi, version_info_fields, "sys.version_info"));

    obj_namespace_t *impl = rt_new_obj(&type_namespace, sizeof(obj_namespace_t));
    impl->name = OBJ_NEW_QSTR(QSTR_framboise);
    obj_t iv[5] = {OBJ_NEW_SMALL_INT(0), OBJ_NEW_SMALL_INT(1), OBJ_NEW_SMALL_INT(0),
        OBJ_NEW_QSTR(QSTR_final), OBJ_NEW_SMALL_INT(0)};
    impl->version = named_tuple_new(5, iv, version_info_fields, "sys.version_info");
    dict_set_qstr(d, QSTR_implementation, impl);

    SYS_DICT = d;
    dict_set_qstr(vm_state.modules, QSTR_sys, module_new_with_dict(QSTR_sys, d));
}
