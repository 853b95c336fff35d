// The containers: tuple, list, dict, set, range, slice. Owners: py/objtuple.c,
// py/objlist.c, py/objdict.c, py/objset.c, py/objrange.c, py/objslice.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJSEQ_H
#define PY_OBJSEQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// A new tuple of [n] items copied from [items] (NULL: items left OBJ_NULL for the caller to fill).
obj_t tuple_new(size_t n, const obj_t *items);

// The empty tuple (shared).
extern const obj_tuple_t tuple_empty_obj;
#define OBJ_EMPTY_TUPLE ((obj_t)&tuple_empty_obj)

// A new list of [n] items copied from [items] (NULL: OBJ_NULL items to fill).
obj_t list_new(size_t n, const obj_t *items);

// Appends [item] to [list], growing it geometrically.
void list_append(obj_t list, obj_t item);

// Appends every item of the iterable [src].
void list_extend(obj_t list, obj_t src);

// Sorts a list in place, stably, with an optional key function (OBJ_NULL: none).
void list_sort(obj_t list, obj_t key, bool reverse);

// Items and length of a tuple or list (for fast paths): returns false for other types.
bool seq_get_items(obj_t o, size_t *len, obj_t **items);

// A new empty dict with room for [n] entries.
obj_dict_t *dict_new(size_t n);

// The value stored under [key], or OBJ_NULL. Raises TypeError for unhashable keys.
obj_t dict_get(obj_dict_t *d, obj_t key);

// Stores [value] under [key].
void dict_set(obj_dict_t *d, obj_t key, obj_t value);

// Removes [key]; returns its value, or OBJ_NULL if it was absent.
obj_t dict_delete(obj_dict_t *d, obj_t key);

// Fast path for qstr keys (globals, attributes): the value or OBJ_NULL.
obj_t dict_get_qstr(obj_dict_t *d, qstr key);

// The position in d->entries of the entry whose key is [key], or -1: a live
// key keeps its position until the entries array is replaced (py/objdict.c).
intptr_t dict_index_qstr(obj_dict_t *d, qstr key);

// Replaces the value of the live entry at position [ix] (from dict_index_qstr).
void dict_set_value_at(obj_dict_t *d, size_t ix, obj_t value);

// Stores under a qstr key.
void dict_set_qstr(obj_dict_t *d, qstr key, obj_t value);

// Iterates: starting with *pos = 0, returns the next live entry or NULL at the end.
dict_entry_t *dict_next(obj_dict_t *d, size_t *pos);

// A shallow copy.
obj_dict_t *dict_copy(obj_dict_t *d);

// A new empty set (or frozenset when [frozen]).
obj_t set_new(bool frozen);

// Adds [item] to a set.
void set_add(obj_t set, obj_t item);

// A new slice object.
obj_t slice_new(obj_t start, obj_t stop, obj_t step);

// Resolves [slice] against a sequence of [len] items as slice.indices() does;
// returns the number of items selected.
size_t slice_indices(obj_t slice, size_t len, intptr_t *start, intptr_t *stop, intptr_t *step);

// A new range object.
obj_t range_new(intptr_t start, intptr_t stop, intptr_t step);

#endif
