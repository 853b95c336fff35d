// Exception groups (PEP 654) and the run-time side of except*. Owner: py/excgroup.c.
// SPDX-License-Identifier: MIT
#ifndef PY_EXCGROUP_H
#define PY_EXCGROUP_H

#include "py/obj.h"

// BaseExceptionGroup, and ExceptionGroup (which also derives from Exception).
extern const obj_type_t type_BaseExceptionGroup, type_ExceptionGroup;

// Whether [o] is an exception group instance.
bool excgroup_check(obj_t o);

// except* matching of the exception [exc] against the clause [type]: the part
// that matches (a group; a naked exception gets wrapped) and the rest, each
// None when empty. TypeError for a bad clause type.
void excgroup_match(obj_t exc, obj_t type, obj_t *rest, obj_t *match);

// What an except* statement raises at its end, given the exception [orig] it
// caught and the list [excs] of exceptions raised (or re-raised) by its
// clauses and the unmatched rest (None entries ignored): None when nothing is
// left, else re-raised parts keep the structure of [orig] and new ones are
// grouped with them.
obj_t excgroup_prep_reraise(obj_t orig, obj_t excs);

// Prints the traceback of [exc] as CPython does when it or an exception it
// chains to is a group (the tree of sub-exceptions with their tracebacks);
// returns false, printing nothing, when there is no group.
bool excgroup_print_traceback(const print_t *p, obj_t exc);

#endif
