// Iterators of the built-in containers and the iterator types of the
// builtins (enumerate, zip, map, filter, reversed). Owner: py/objiter.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJITER_H
#define PY_OBJITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// The iterator of a list or tuple (forward): the VM may step it inline
// (while index < len: items[index++]), checking the type first.
typedef struct obj_seq_iter {
    obj_base_t base;
    obj_t seq;
    size_t index;
} obj_seq_iter_t;

// The iterator of a range whose values are small ints: `left` values remain,
// the next one being `cur`; each step adds `step` (never overflows).
typedef struct obj_range_iter {
    obj_base_t base;
    intptr_t cur;
    intptr_t step;
    size_t left;
} obj_range_iter_t;

extern const obj_type_t type_list_iterator, type_tuple_iterator, type_range_iterator,
    type_longrange_iterator, type_list_reverseiterator, type_dict_keyiterator,
    type_dict_valueiterator, type_dict_itemiterator, type_dict_reversekeyiterator,
    type_dict_reversevalueiterator, type_dict_reverseitemiterator, type_iterator;

// Iterators over a list, a tuple, and a list backwards.
obj_t list_iter_new(obj_t list);
obj_t tuple_iter_new(obj_t tuple);
obj_t list_reverse_iter_new(obj_t list);

// An iterator over [len] small ints start, start + step, ...
obj_t range_iter_new(intptr_t start, intptr_t step, size_t len);

// An iterator over ints of any size: [len] values from [start] by [step].
obj_t longrange_iter_new(obj_t start, obj_t step, obj_t len);

// What a dict iterator yields.
#define DICT_ITER_KEYS (0)
#define DICT_ITER_VALUES (1)
#define DICT_ITER_ITEMS (2)

// An iterator over [d]'s keys, values or (key, value) tuples, optionally
// newest first; RuntimeError if the dict changes size meanwhile.
obj_t dict_iter_new(obj_dict_t *d, int kind, bool reverse);

// The old sequence protocol: an iterator calling seq[0], seq[1], ... until
// IndexError or StopIteration (for classes with __getitem__ but no __iter__).
obj_t iter_getitem_new(obj_t seq);

// A getiter slot for iterators: returns [self].
obj_t iter_self(obj_t self);

// The method table of iterators (__next__, __iter__), for iterator types
// defined elsewhere.
extern const obj_dict_t iter_locals_dict;

#endif
