// The sys module. Owner: py/modsys.c.
// SPDX-License-Identifier: MIT
#ifndef PY_MODSYS_H
#define PY_MODSYS_H

#include <stdbool.h>

#include "py/obj.h"

// Creates the sys module (mutable: a heap namespace) and registers it in
// sys.modules; called by rt_init after vm_state.modules exists.
void modsys_init(void);

// The sys module's namespace (for sys.stdout lookups by print and friends).
obj_dict_t *modsys_dict(void);

// Whether [o] is the original sys.stdout object (print writes to the HAL directly then).
bool modsys_is_console_stdout(obj_t o);

#endif
