// The import system: built-in modules from the MODULE_DEFS table, then frozen
// modules (Python sources built into the binary, genhdr/frozen.h), then .py
// files and packages (directories with __init__.py) on sys.path; each module
// runs once and is cached in sys.modules.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/import.h"

#include "genhdr/frozen.h"
#include "genhdr/moduledefs.h"
#include "py/hal.h"
#include "py/objexcept.h"
#include "py/objmodule.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vstr.h"

#define MODULE_ENTRY(q, obj) {q, &obj},
static const struct {
    qstr name;
    const obj_module_t *module;
} builtin_modules[] = {MODULE_DEFS(MODULE_ENTRY)};

obj_t import_builtin(qstr name) {
    for (size_t i = 0; i < ARRAY_SIZE(builtin_modules); i++) {
        if (builtin_modules[i].name == name) {
            return (obj_t)builtin_modules[i].module;
        }
    }
    // MicroPython's u-prefixed names (utime, ujson, ...) name the same modules.
    size_t len;
    const char *s = qstr_data(name, &len);
    if (len > 1 && s[0] == 'u') {
        qstr plain = qstr_find_strn(s + 1, len - 1);
        if (plain != QSTR_NULL) {
            for (size_t i = 0; i < ARRAY_SIZE(builtin_modules); i++) {
                if (builtin_modules[i].name == plain) {
                    return (obj_t)builtin_modules[i].module;
                }
            }
        }
    }
    return OBJ_NULL;
}

// Raises ModuleNotFoundError("No module named 'x'") with its name attribute.
static NORETURN void raise_not_found(qstr name) {
    vstr_t v;
    vstr_init(&v, 32);
    print_t p;
    vstr_print(&v, &p);
    print_fmt(&p, "No module named '%q'", name);
    obj_t msg = vstr_to_str(&v);
    obj_t exc = exc_new(&type_ModuleNotFoundError, 1, &msg);
    rt_store_attr(exc, QSTR_name, OBJ_NEW_QSTR(name));
    rt_raise(exc);
}

// Where a module's source was found.
typedef struct found {
    vstr_t file;    // path of the .py file to run
    vstr_t pkg_dir; // the package directory (len 0 for a plain module)
} found_t;

// Appends [dir]/[name] to [v] (no separator for an empty dir).
static void join_path(vstr_t *v, const char *dir, size_t dir_len, const char *name, size_t len) {
    v->len = 0;
    vstr_add_strn(v, dir, dir_len);
    if (dir_len > 0 && dir[dir_len - 1] != '/') {
        vstr_add_byte(v, '/');
    }
    vstr_add_strn(v, name, len);
}

// Looks for [name] (one component) in the directories of the list [path].
static bool find_source(obj_t path, qstr name, found_t *out) {
    size_t n;
    obj_t *dirs;
    if (path == OBJ_NULL || !seq_get_items(path, &n, &dirs)) {
        return false;
    }
    size_t name_len;
    const char *name_s = qstr_data(name, &name_len);
    vstr_init(&out->file, 64);
    vstr_init(&out->pkg_dir, 64);
    for (size_t i = 0; i < n; i++) {
        if (!obj_is_str(dirs[i])) {
            continue;
        }
        size_t dlen;
        const char *d = str_data(dirs[i], &dlen);
        // A package: a directory holding __init__.py.
        join_path(&out->pkg_dir, d, dlen, name_s, name_len);
        vstr_add_byte(&out->pkg_dir, '\0');
        if (hal_stat_kind(out->pkg_dir.buf) == 2) {
            out->pkg_dir.len--;
            out->file.len = 0;
            vstr_add_strn(&out->file, out->pkg_dir.buf, out->pkg_dir.len);
            vstr_add_str(&out->file, "/__init__.py");
            vstr_add_byte(&out->file, '\0');
            if (hal_stat_kind(out->file.buf) == 1) {
                out->file.len--;
                return true;
            }
        }
        out->pkg_dir.len = 0;
        join_path(&out->file, d, dlen, name_s, name_len);
        vstr_add_str(&out->file, ".py");
        vstr_add_byte(&out->file, '\0');
        if (hal_stat_kind(out->file.buf) == 1) {
            out->file.len--;
            return true;
        }
    }
    return false;
}

// Reads and runs the file [path] in the namespace [globals].
static void exec_file(const char *path, obj_dict_t *globals) {
    size_t len;
    int err = 0;
    char *src = hal_read_file(path, &len, &err);
    if (src == NULL) {
        obj_t args[2] = {OBJ_NEW_SMALL_INT(err), str_from_cstr("cannot read file")};
        rt_raise(exc_new(&type_OSError, 2, args));
    }
    obj_t code = rt_compile(src, len, qstr_from_str(path), RT_MODE_FILE);
    rt_exec_code(code, globals, NULL);
}

// Loads module [fullname] whose last component is [name], searching [path];
// registers it in sys.modules before running it so that circular imports see it.
static obj_t load_source(qstr fullname, qstr name, obj_t path) {
    found_t f;
    if (!find_source(path, name, &f)) {
        return OBJ_NULL;
    }
    obj_t module = module_new(fullname);
    obj_dict_t *g = ((obj_module_t *)module)->globals;
    obj_t file = str_new(f.file.buf, f.file.len);
    dict_set_qstr(g, QSTR___file__, file);
    if (f.pkg_dir.len > 0) {
        obj_t dir = str_new(f.pkg_dir.buf, f.pkg_dir.len);
        dict_set_qstr(g, QSTR___path__, list_new(1, &dir));
        dict_set_qstr(g, QSTR___package__, OBJ_NEW_QSTR(fullname));
    } else {
        size_t len;
        const char *s = qstr_data(fullname, &len);
        size_t cut = len;
        while (cut > 0 && s[cut - 1] != '.') {
            cut--;
        }
        dict_set_qstr(g, QSTR___package__, str_intern(s, cut > 0 ? cut - 1 : 0));
    }
    obj_t key = OBJ_NEW_QSTR(fullname);
    dict_set(vm_state.modules, key, module);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        f.file.buf[f.file.len] = '\0';
        exec_file(f.file.buf, g);
        nlr_pop();
    } else {
        dict_delete(vm_state.modules, key);
        nlr_jump(nlr.value);
    }
    // The module may have replaced itself in sys.modules.
    obj_t m = dict_get(vm_state.modules, key);
    return m != OBJ_NULL ? m : module;
}

// Runs the frozen module [name] if there is one (top-level modules only),
// registered in sys.modules before it runs as for file modules.
static obj_t load_frozen(qstr name) {
    size_t len;
    const char *s = qstr_data(name, &len);
    const struct frozen_module *fm = frozen_modules;
    while (fm->name != NULL && !(strlen(fm->name) == len && memcmp(fm->name, s, len) == 0)) {
        fm++;
    }
    if (fm->name == NULL) {
        return OBJ_NULL;
    }
    obj_t module = module_new(name);
    obj_dict_t *g = ((obj_module_t *)module)->globals;
    dict_set_qstr(g, QSTR___package__, str_intern("", 0));
    obj_t key = OBJ_NEW_QSTR(name);
    dict_set(vm_state.modules, key, module);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        vstr_t fname;
        vstr_init(&fname, len + 10);
        vstr_add_str(&fname, "<frozen ");
        vstr_add_strn(&fname, s, len);
        vstr_add_byte(&fname, '>');
        obj_t code = rt_compile(fm->source, fm->len, qstr_from_strn(fname.buf, fname.len),
            RT_MODE_FILE);
        rt_exec_code(code, g, NULL);
        nlr_pop();
    } else {
        dict_delete(vm_state.modules, key);
        nlr_jump(nlr.value);
    }
    obj_t m = dict_get(vm_state.modules, key);
    return m != OBJ_NULL ? m : module;
}

// Imports [fullname] (all its parents already imported; [parent] is the
// direct parent module or OBJ_NULL) and binds it in the parent.
static obj_t import_one(qstr fullname, qstr name, obj_t parent) {
    obj_t key = OBJ_NEW_QSTR(fullname);
    obj_t m = dict_get(vm_state.modules, key);
    if (m != OBJ_NULL) {
        return m;
    }
    obj_t path;
    if (parent == OBJ_NULL) {
        m = import_builtin(fullname);
        if (m != OBJ_NULL) {
            dict_set(vm_state.modules, key, m);
            return m;
        }
        m = load_frozen(fullname);
        if (m != OBJ_NULL) {
            return m;
        }
        path = vm_state.sys_path;
    } else {
        path = rt_load_attr_maybe(parent, QSTR___path__);
        if (path == OBJ_NULL) {
            raise_not_found(fullname);
        }
    }
    m = load_source(fullname, name, path);
    if (m == OBJ_NULL) {
        raise_not_found(fullname);
    }
    if (parent != OBJ_NULL && obj_type_of(parent) == &type_module &&
        !((obj_module_t *)parent)->globals->fixed) {
        dict_set_qstr(((obj_module_t *)parent)->globals, name, m);
    }
    return m;
}

// The package relative imports start from: __package__, or derived from __name__.
static void relative_base(obj_dict_t *globals, int level, vstr_t *out) {
    obj_t pkg = globals != NULL ? dict_get_qstr(globals, QSTR___package__) : OBJ_NULL;
    size_t len = 0;
    const char *s = NULL;
    if (pkg != OBJ_NULL && pkg != OBJ_NONE && obj_is_str(pkg)) {
        s = str_data(pkg, &len);
    } else if (globals != NULL) {
        obj_t name = dict_get_qstr(globals, QSTR___name__);
        if (name != OBJ_NULL && obj_is_str(name)) {
            s = str_data(name, &len);
            if (dict_get_qstr(globals, QSTR___path__) == OBJ_NULL) {
                // A plain module: its package is its name without the last part.
                while (len > 0 && s[len - 1] != '.') {
                    len--;
                }
                len = len > 0 ? len - 1 : 0;
            }
        }
    }
    if (len == 0) {
        rt_raise_msg(&type_ImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
        while (len > 0 && s[len - 1] != '.') {
            len--;
        }
        if (len == 0) {
            rt_raise_msg(&type_ImportError, "attempted relative import beyond top-level package");
        }
        len--;
    }
    vstr_add_strn(out, s, len);
}

obj_t rt_import_name(qstr name, obj_t fromlist, int level, obj_dict_t *globals) {
    vstr_t full;
    vstr_init(&full, 32);
    if (level > 0) {
        relative_base(globals, level, &full);
        if (name != QSTR_NULL && qstr_len(name) > 0) {
            vstr_add_byte(&full, '.');
        }
    }
    if (name != QSTR_NULL) {
        size_t len;
        const char *s = qstr_data(name, &len);
        vstr_add_strn(&full, s, len);
    }
    // Import each prefix of the dotted name in turn.
    obj_t top = OBJ_NULL, m = OBJ_NULL;
    size_t start = 0;
    for (size_t i = 0; i <= full.len; i++) {
        if (i < full.len && full.buf[i] != '.') {
            continue;
        }
        if (i == start) {
            rt_raise_msg(&type_ValueError, "Empty module name");
        }
        qstr prefix = qstr_from_strn(full.buf, i);
        qstr part = qstr_from_strn(full.buf + start, i - start);
        m = import_one(prefix, part, m);
        if (top == OBJ_NULL) {
            top = m;
        }
        start = i + 1;
    }
    if (fromlist == OBJ_NONE || fromlist == OBJ_NULL) {
        if (level > 0 && (name == QSTR_NULL || qstr_len(name) == 0)) {
            return m;
        }
        return top;
    }
    // `from package import submodule`: import the submodules that are not attributes yet.
    if (rt_load_attr_maybe(m, QSTR___path__) != OBJ_NULL) {
        obj_t it = rt_getiter(fromlist);
        obj_t item;
        while ((item = rt_iternext(it)) != OBJ_NULL) {
            if (!obj_is_str(item)) {
                continue;
            }
            qstr q = str_to_qstr(item);
            if (q == QSTR__star || rt_load_attr_maybe(m, q) != OBJ_NULL) {
                continue;
            }
            vstr_t sub;
            vstr_init(&sub, full.len + 16);
            vstr_add_strn(&sub, full.buf, full.len);
            vstr_add_byte(&sub, '.');
            vstr_add_str(&sub, qstr_str(q));
            qstr subname = qstr_from_strn(sub.buf, sub.len);
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                import_one(subname, q, m);
                nlr_pop();
            } else if (!rt_isinstance(nlr.value, &type_ModuleNotFoundError)) {
                nlr_jump(nlr.value);
            }
        }
    }
    return m;
}

obj_t rt_import_from(obj_t module, qstr name) {
    obj_t v = rt_load_attr_maybe(module, name);
    if (v != OBJ_NULL) {
        return v;
    }
    qstr mod_name = QSTR_NULL;
    if (obj_type_of(module) == &type_module) {
        mod_name = module_name(module);
        // A submodule imported meanwhile (circular imports) is found in sys.modules.
        vstr_t sub;
        vstr_init(&sub, 32);
        vstr_add_str(&sub, qstr_str(mod_name));
        vstr_add_byte(&sub, '.');
        vstr_add_str(&sub, qstr_str(name));
        qstr q = qstr_find_strn(sub.buf, sub.len);
        if (q != QSTR_NULL) {
            obj_t m = dict_get(vm_state.modules, OBJ_NEW_QSTR(q));
            if (m != OBJ_NULL) {
                return m;
            }
        }
    }
    obj_t file = OBJ_NULL;
    if (obj_type_of(module) == &type_module) {
        file = dict_get_qstr(((obj_module_t *)module)->globals, QSTR___file__);
    }
    if (file != OBJ_NULL) {
        rt_raise_fmt(&type_ImportError, "cannot import name '%q' from '%q' (%S)", name, mod_name,
            file);
    }
    rt_raise_fmt(&type_ImportError, "cannot import name '%q' from '%q' (unknown location)", name,
        mod_name);
}

void rt_import_all(obj_t module, obj_dict_t *dest) {
    if (obj_type_of(module) != &type_module) {
        rt_raise_msg(&type_TypeError, "import * expects a module");
    }
    obj_dict_t *g = ((obj_module_t *)module)->globals;
    obj_t all = dict_get_qstr(g, QSTR___all__);
    if (all != OBJ_NULL) {
        obj_t it = rt_getiter(all);
        obj_t name;
        while ((name = rt_iternext(it)) != OBJ_NULL) {
            if (!obj_is_str(name)) {
                rt_raise_fmt(&type_TypeError, "Item in %q.__all__ must be str, not %T",
                    module_name(module), name);
            }
            qstr q = str_to_qstr(name);
            dict_set_qstr(dest, q, rt_load_attr(module, q));
        }
        return;
    }
    size_t pos = 0;
    dict_entry_t *e;
    while ((e = dict_next(g, &pos)) != NULL) {
        size_t len;
        const char *s = str_data(e->key, &len);
        if (len > 0 && s[0] != '_') {
            dict_set(dest, e->key, e->value);
        }
    }
}

void import_run_main(qstr name) {
    size_t len;
    const char *s = qstr_data(name, &len);
    // The parent packages are imported normally; the module itself runs as __main__.
    size_t cut = len;
    while (cut > 0 && s[cut - 1] != '.') {
        cut--;
    }
    obj_t path = vm_state.sys_path;
    qstr last = name;
    if (cut > 0) {
        qstr parent_name = qstr_from_strn(s, cut - 1);
        rt_import_name(parent_name, OBJ_NONE, 0, NULL);
        obj_t parent = dict_get(vm_state.modules, OBJ_NEW_QSTR(parent_name));
        path = rt_load_attr_maybe(parent, QSTR___path__);
        last = qstr_from_strn(s + cut, len - cut);
        dict_set_qstr(vm_state.dict_main, QSTR___package__, OBJ_NEW_QSTR(parent_name));
    }
    found_t f;
    if (!find_source(path, last, &f)) {
        if (cut == 0 && import_builtin(name) != OBJ_NULL) {
            rt_import_name(name, OBJ_NONE, 0, NULL);
            return;
        }
        raise_not_found(name);
    }
    if (f.pkg_dir.len > 0) {
        // A package runs its __main__ submodule after being imported.
        rt_import_name(name, OBJ_NONE, 0, NULL);
        f.file.len = 0;
        vstr_add_strn(&f.file, f.pkg_dir.buf, f.pkg_dir.len);
        vstr_add_str(&f.file, "/__main__.py");
        vstr_add_byte(&f.file, '\0');
        if (hal_stat_kind(f.file.buf) != 1) {
            rt_raise_fmt(&type_ImportError,
                "No module named %q.__main__; '%q' is a package and cannot be directly executed",
                name, name);
        }
        f.file.len--;
        dict_set_qstr(vm_state.dict_main, QSTR___package__, OBJ_NEW_QSTR(name));
    }
    obj_t file = str_new(f.file.buf, f.file.len);
    dict_set_qstr(vm_state.dict_main, QSTR___file__, file);
    f.file.buf[f.file.len] = '\0';
    exec_file(f.file.buf, vm_state.dict_main);
}
