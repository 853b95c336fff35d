// Module objects: a namespace dict with attribute access.
// SPDX-License-Identifier: MIT

#include "py/objmodule.h"

#include "py/objexcept.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/vstr.h"

obj_t module_new_with_dict(qstr name, obj_dict_t *globals) {
    obj_module_t *m = rt_new_obj(&type_module, sizeof(obj_module_t));
    m->globals = globals;
    if (dict_get_qstr(globals, QSTR___name__) == OBJ_NULL) {
        dict_set_qstr(globals, QSTR___name__, OBJ_NEW_QSTR(name));
    }
    return m;
}

obj_t module_new(qstr name) {
    return module_new_with_dict(name, dict_new(8));
}

qstr module_name(obj_t module) {
    obj_t n = dict_get_qstr(((obj_module_t *)module)->globals, QSTR___name__);
    if (n != OBJ_NULL && obj_is_str(n)) {
        return str_to_qstr(n);
    }
    return QSTR_NULL;
}

static void module_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_dict_t *g = ((obj_module_t *)self)->globals;
    print_fmt(p, "<module '%q'", module_name(self));
    obj_t file = dict_get_qstr(g, QSTR___file__);
    if (file != OBJ_NULL) {
        print_fmt(p, " from %R", file);
    }
    print_str(p, ">");
}

static void module_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_dict_t *g = ((obj_module_t *)self)->globals;
    if (dest[0] == OBJ_NULL) {
        obj_t v = dict_get_qstr(g, attr);
        if (v != OBJ_NULL) {
            dest[0] = v;
            return;
        }
        if (attr == QSTR___dict__) {
            dest[0] = g;
            return;
        }
        // PEP 562: a module-level __getattr__ supplies missing attributes.
        obj_t getattr = dict_get_qstr(g, QSTR___getattr__);
        if (getattr != OBJ_NULL) {
            dest[0] = rt_call1(getattr, OBJ_NEW_QSTR(attr));
        }
        return;
    }
    // Built-in modules' namespaces are ROM tables: read-only.
    if (g->fixed) {
        return;
    }
    if (dest[1] == OBJ_NULL) {
        if (dict_delete(g, OBJ_NEW_QSTR(attr)) != OBJ_NULL) {
            dest[0] = OBJ_NULL;
        }
        return;
    }
    dict_set_qstr(g, attr, dest[1]);
    dest[0] = OBJ_NULL;
}

const obj_type_t type_module = {
    .base = {&type_type},
    .name = QSTR_module,
    .print = module_print,
    .attr = module_attr,
};
