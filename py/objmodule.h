// Module objects. Owner: py/objmodule.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJMODULE_H
#define PY_OBJMODULE_H

#include "py/obj.h"

// A new module named [name] with an empty namespace holding __name__.
obj_t module_new(qstr name);

// A new module named [name] over the namespace [globals] (not copied).
obj_t module_new_with_dict(qstr name, obj_dict_t *globals);

// The module's __name__ (QSTR_NULL if it has none).
qstr module_name(obj_t module);

#endif
