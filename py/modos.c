// The os module (also importable as uos): files and directories on the
// port's filesystem through py/hal.h, uname and urandom.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/hal.h"
#include "py/modio.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objfloat.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_os, module_os);

// What os.uname().machine says; a port may name its board instead.
#ifndef CONFIG_OS_MACHINE
#define CONFIG_OS_MACHINE CONFIG_PLATFORM " with C11"
#endif

// ---------------------------------------------------------------------------
// stat_result and uname_result: tuples whose items also have names.
// ---------------------------------------------------------------------------

typedef struct obj_structseq {
    obj_base_t base;
    obj_t tuple;
    const qstr *fields;
    size_t n_fields;
    const char *type_name;
    uint32_t float_fields; // bit i: field i reads as a float by name (st_mtime, ...)
} obj_structseq_t;

static const obj_type_t type_structseq;

static obj_t structseq_unwrap(obj_t o) {
    return obj_type_of(o) == &type_structseq ? ((obj_structseq_t *)o)->tuple : o;
}

static void structseq_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_structseq_t *s = self;
    obj_tuple_t *t = s->tuple;
    print_fmt(p, "%s(", s->type_name);
    for (size_t i = 0; i < s->n_fields; i++) {
        print_fmt(p, i == 0 ? "%q=%R" : ", %q=%R", s->fields[i], t->items[i]);
    }
    print_str(p, ")");
}

static void structseq_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_structseq_t *s = self;
    obj_tuple_t *t = s->tuple;
    for (size_t i = 0; i < s->n_fields; i++) {
        if (s->fields[i] == attr) {
            obj_t v = t->items[i];
            dest[0] = (s->float_fields >> i) & 1 ? float_new(rt_get_float(v)) : v;
            return;
        }
    }
}

static obj_t structseq_unary_op(unary_op_t op, obj_t self) {
    return type_tuple.unary_op(op, structseq_unwrap(self));
}

static obj_t structseq_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    return rt_binary_op(op, structseq_unwrap(lhs), structseq_unwrap(rhs));
}

static obj_t structseq_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    return rt_subscr_load(structseq_unwrap(self), index);
}

static obj_t structseq_getiter(obj_t self) {
    return rt_getiter(structseq_unwrap(self));
}

static const obj_type_t type_structseq = {
    .base = {&type_type},
    .name = QSTR_tuple,
    .print = structseq_print,
    .unary_op = structseq_unary_op,
    .binary_op = structseq_binary_op,
    .attr = structseq_attr,
    .subscr = structseq_subscr,
    .getiter = structseq_getiter,
};

static obj_t structseq_new(size_t n, const obj_t *items, const qstr *fields, const char *name,
    uint32_t float_fields) {
    obj_structseq_t *s = rt_new_obj(&type_structseq, sizeof(obj_structseq_t));
    s->tuple = tuple_new(n, items);
    s->fields = fields;
    s->n_fields = n;
    s->type_name = name;
    s->float_fields = float_fields;
    return s;
}

// ---------------------------------------------------------------------------
// Paths and errors
// ---------------------------------------------------------------------------

// The path argument [i], or "." when absent.
static obj_t path_or_dot(size_t n_args, const obj_t *args, size_t i) {
    return n_args > i && args[i] != OBJ_NONE ? args[i] : OBJ_NEW_QSTR(QSTR__dot);
}

// Raises OSError for [err] unless it is 0.
static void check(int err, obj_t path, obj_t path2) {
    if (err != 0) {
        modio_raise_oserror(err, path, path2);
    }
}

// A name from a listing, as str, or bytes when the path was given as bytes.
static obj_t entry_name(const char *name, bool as_bytes) {
    size_t len = strlen(name);
    return as_bytes ? bytes_new((const uint8_t *)name, len) : str_new(name, len);
}

// Lists [path] into a new list: names only, or MicroPython's ilistdir tuples.
static obj_t list_directory(obj_t path, bool tuples) {
    const char *p = modio_path_arg(path, "listdir");
    bool as_bytes = obj_type_of(path) == &type_bytes;
    void *dir;
    check(hal_dir_open(p, &dir), path, OBJ_NULL);
    obj_t list = list_new(0, NULL);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (;;) {
            hal_dirent_t ent;
            bool end;
            int err = hal_dir_read(dir, &ent, &end);
            check(err, path, OBJ_NULL);
            if (end) {
                break;
            }
            obj_t name = entry_name(ent.name, as_bytes);
            if (tuples) {
                obj_t items[3] = {name, OBJ_NEW_SMALL_INT(ent.type), int_from_ull(ent.ino)};
                name = tuple_new(3, items);
            }
            list_append(list, name);
        }
        nlr_pop();
    } else {
        hal_dir_close(dir);
        nlr_jump(nlr.value);
    }
    hal_dir_close(dir);
    return list;
}

// ---------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------

static obj_t os_listdir(size_t n_args, const obj_t *args) {
    return list_directory(path_or_dot(n_args, args, 0), false);
}
static BUILTIN_FN_VAR(os_listdir_obj, QSTR_listdir, 0, 1, os_listdir);

static obj_t os_ilistdir(size_t n_args, const obj_t *args) {
    return rt_getiter(list_directory(path_or_dot(n_args, args, 0), true));
}
static BUILTIN_FN_VAR(os_ilistdir_obj, QSTR_ilistdir, 0, 1, os_ilistdir);

static const qstr stat_fields[] = {QSTR_st_mode, QSTR_st_ino, QSTR_st_dev, QSTR_st_nlink,
    QSTR_st_uid, QSTR_st_gid, QSTR_st_size, QSTR_st_atime, QSTR_st_mtime, QSTR_st_ctime};

static obj_t os_stat(obj_t path) {
    hal_stat_t st;
    check(hal_stat(modio_path_arg(path, "stat"), &st), path, OBJ_NULL);
    obj_t items[10] = {
        int_from_uintptr(st.mode),
        int_from_ull(st.ino),
        int_from_ull(st.dev),
        int_from_ull(st.nlink),
        int_from_uintptr(st.uid),
        int_from_uintptr(st.gid),
        int_from_ll(st.size),
        int_from_ll(st.atime),
        int_from_ll(st.mtime),
        int_from_ll(st.ctime),
    };
    return structseq_new(10, items, stat_fields, "os.stat_result", 7u << 7);
}
static BUILTIN_FN_1(os_stat_obj, QSTR_stat, os_stat);

static obj_t os_mkdir(size_t n_args, const obj_t *args) {
    if (n_args > 1) {
        rt_get_int(args[1]); // the mode: accepted, the port decides permissions
    }
    check(hal_mkdir(modio_path_arg(args[0], "mkdir")), args[0], OBJ_NULL);
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(os_mkdir_obj, QSTR_mkdir, 1, 2, os_mkdir);

static obj_t os_rmdir(obj_t path) {
    check(hal_rmdir(modio_path_arg(path, "rmdir")), path, OBJ_NULL);
    return OBJ_NONE;
}
static BUILTIN_FN_1(os_rmdir_obj, QSTR_rmdir, os_rmdir);

static obj_t os_remove(obj_t path) {
    check(hal_remove(modio_path_arg(path, "remove")), path, OBJ_NULL);
    return OBJ_NONE;
}
static BUILTIN_FN_1(os_remove_obj, QSTR_remove, os_remove);
static BUILTIN_FN_1(os_unlink_obj, QSTR_unlink, os_remove);

static obj_t os_rename(obj_t from, obj_t to) {
    const char *a = modio_path_arg(from, "rename");
    const char *b = modio_path_arg(to, "rename dst");
    check(hal_rename(a, b), from, to);
    return OBJ_NONE;
}
static BUILTIN_FN_2(os_rename_obj, QSTR_rename, os_rename);

static obj_t os_chdir(obj_t path) {
    check(hal_chdir(modio_path_arg(path, "chdir")), path, OBJ_NULL);
    return OBJ_NONE;
}
static BUILTIN_FN_1(os_chdir_obj, QSTR_chdir, os_chdir);

static obj_t os_getcwd(void) {
    for (size_t size = 256;; size *= 2) {
        char *buf = rt_alloc_flags(size, GC_ALLOC_NOSCAN);
        int err = hal_getcwd(buf, size);
        if (err == 0) {
            return str_from_cstr(buf);
        }
        if (err != 34 || size >= 65536) { // ERANGE: try a larger buffer
            check(err, OBJ_NULL, OBJ_NULL);
        }
    }
}
static BUILTIN_FN_0(os_getcwd_obj, QSTR_getcwd, os_getcwd);

static const qstr uname_fields[] = {
    QSTR_sysname, QSTR_nodename, QSTR_release, QSTR_version, QSTR_machine};

static obj_t os_uname(void) {
    obj_t items[5] = {
        str_from_cstr(CONFIG_PLATFORM),
        str_from_cstr(CONFIG_PLATFORM),
        str_from_cstr(CONFIG_VERSION),
        str_from_cstr("Framboise " CONFIG_VERSION),
        str_from_cstr(CONFIG_OS_MACHINE),
    };
    return structseq_new(5, items, uname_fields, "uname_result", 0);
}
static BUILTIN_FN_0(os_uname_obj, QSTR_uname, os_uname);

static obj_t os_urandom(obj_t n_obj) {
    intptr_t n = rt_get_int(n_obj);
    if (n < 0) {
        rt_raise_msg(&type_ValueError, "negative argument not allowed");
    }
    vstr_t v;
    vstr_init(&v, (size_t)n + 1);
    hal_urandom((uint8_t *)vstr_extend(&v, (size_t)n), (size_t)n);
    return vstr_to_bytes(&v);
}
static BUILTIN_FN_1(os_urandom_obj, QSTR_urandom, os_urandom);

static const dict_entry_t os_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_os)},
    {OBJ_NEW_QSTR(QSTR_listdir), (obj_t)&os_listdir_obj},
    {OBJ_NEW_QSTR(QSTR_ilistdir), (obj_t)&os_ilistdir_obj},
    {OBJ_NEW_QSTR(QSTR_stat), (obj_t)&os_stat_obj},
    {OBJ_NEW_QSTR(QSTR_mkdir), (obj_t)&os_mkdir_obj},
    {OBJ_NEW_QSTR(QSTR_rmdir), (obj_t)&os_rmdir_obj},
    {OBJ_NEW_QSTR(QSTR_remove), (obj_t)&os_remove_obj},
    {OBJ_NEW_QSTR(QSTR_unlink), (obj_t)&os_unlink_obj},
    {OBJ_NEW_QSTR(QSTR_rename), (obj_t)&os_rename_obj},
    {OBJ_NEW_QSTR(QSTR_chdir), (obj_t)&os_chdir_obj},
    {OBJ_NEW_QSTR(QSTR_getcwd), (obj_t)&os_getcwd_obj},
    {OBJ_NEW_QSTR(QSTR_uname), (obj_t)&os_uname_obj},
    {OBJ_NEW_QSTR(QSTR_urandom), (obj_t)&os_urandom_obj},
    {OBJ_NEW_QSTR(QSTR_sep), OBJ_NEW_QSTR(QSTR__slash)},
};
static DICT_ROM(os_globals, os_globals_table);

MODULE_ROM(module_os, os_globals);
