// Set operations other parts of the core need beyond py/objseq.h. Owner: py/objset.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJSET_H
#define PY_OBJSET_H

#include <stdbool.h>
#include <stddef.h>

#include "py/obj.h"

// Adds every item of [iterable] to [set] (for SET_UPDATE and {*a, *b}); a set
// or frozenset argument is merged as CPython merges it, keeping its order.
void set_update(obj_t set, obj_t iterable);

// Whether [key] is in the set or frozenset [set] (raises TypeError if unhashable).
bool set_contains(obj_t set, obj_t key);

// The frozenset constant for a set display of [n] constants (`{3, 1, 2}`),
// built as CPython's compiler builds it (folded, then rebuilt when constants
// are merged), so that `BUILD_SET 0; LOAD_CONST it; SET_UPDATE` yields a set
// that iterates in CPython's order. CPython folds displays of 3 or more
// constant items; smaller ones are built item by item.
obj_t set_fold_const(size_t n, const obj_t *items);

#endif
