// The import system: built-in modules, .py files and packages on sys.path.
// Owner: py/import.c.
// SPDX-License-Identifier: MIT
#ifndef PY_IMPORT_H
#define PY_IMPORT_H

#include "py/obj.h"

// The built-in module called [name] from the MODULE_DEFS table, or OBJ_NULL.
obj_t import_builtin(qstr name);

// Finds module [name] on sys.path and runs it in __main__'s namespace, as
// `-m` does (a package runs its __main__.py); raises ImportError.
void import_run_main(qstr name);

#endif
