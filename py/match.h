// The run-time tests of match statements (PEP 634), used by py/vm.c.
// SPDX-License-Identifier: MIT
#ifndef PY_MATCH_H
#define PY_MATCH_H

#include "py/obj.h"

// Whether [o] is a sequence for sequence patterns (list, tuple, range,
// memoryview, array.array, collections.deque and their subclasses; not str,
// bytes or bytearray).
bool match_is_sequence(obj_t o);

// Whether [o] is a mapping for mapping patterns (dict and its subclasses).
bool match_is_mapping(obj_t o);

// The values of the mapping [subject] for the tuple [keys], as a tuple, or
// None if a key is missing; ValueError if a key is repeated.
obj_t match_keys(obj_t subject, obj_t keys);

// A new dict holding the items of the mapping [subject] but the tuple [keys].
obj_t match_copy_without_keys(obj_t subject, obj_t keys);

// The class pattern cls(p1..pn, name=...): None if [subject] is not an
// instance of [cls] or lacks an attribute, else the tuple of the [n_pos]
// positional values (through __match_args__) then those of the tuple [names].
obj_t match_class(obj_t subject, obj_t cls, obj_t names, size_t n_pos);

#endif
