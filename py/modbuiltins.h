// The builtins module. Owner: py/modbuiltins.c.
// SPDX-License-Identifier: MIT
#ifndef PY_MODBUILTINS_H
#define PY_MODBUILTINS_H

#include "py/obj.h"

// Creates the builtins namespace (a hashed heap copy of the ROM table, so
// that lookups are fast and `builtins.x = ...` works) and its module object,
// registered in sys.modules; called by rt_init.
void modbuiltins_init(void);

#endif
