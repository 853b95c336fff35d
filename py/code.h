// Code objects: the compiler's output and the VM's input, one per module,
// function, lambda, class body and comprehension.
// SPDX-License-Identifier: MIT
#ifndef PY_CODE_H
#define PY_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// Code flags.
#define CODE_FLAG_VARARGS (1 << 0)   // has *args
#define CODE_FLAG_VARKW (1 << 1)     // has **kwargs
#define CODE_FLAG_GENERATOR (1 << 2) // calling it makes a generator
#define CODE_FLAG_COROUTINE (1 << 3) // async def
#define CODE_FLAG_NAMES (1 << 4)     // module or class body: names live in a locals dict
#define CODE_FLAG_SIMPLE (1 << 5)    // positional parameters only, no cells: the fast call path applies
#define CODE_FLAG_ASYNC_GEN (1 << 6) // async def containing yield

// One entry of the exception table: an exception raised by an instruction in
// [start, end) goes to [target] with the value stack cut to [depth] items
// (the exception is then pushed on top).
typedef struct code_exc_entry {
    uint32_t start, end, target, depth;
} code_exc_entry_t;

// An inline cache of LOAD_GLOBAL: the value found for the name while the
// globals and builtins dicts had these identities and versions, and where
// the name's entry was (so that a store to another global, which changes
// the version, costs one compare to revalidate instead of a lookup).
typedef struct code_global_cache {
    obj_dict_t *globals;
    uint32_t globals_version;
    uint32_t builtins_version;
    obj_t value;
    uint32_t index;   // entry number in the dict the name was found in
    bool in_builtins; // found in the builtins (absent from globals)
    // For a builtin: the globals' entry array and counts when the name was
    // seen absent; while all three are unchanged no key was added since.
    void *g_entries;
    uint32_t g_filled, g_alloc;
} code_global_cache_t;

// A code object. Fast local slots are numbered: positional parameters,
// keyword-only parameters, *args, **kwargs, the other locals, then the cells
// that are not parameters, then the free variables (copied from the
// function's closure when the frame is set up). The value stack follows the
// slots in the frame.
typedef struct obj_code {
    obj_base_t base; // &type_code
    uint16_t flags;  // CODE_FLAG_*
    uint16_t n_pos;  // positional parameters (positional-only included)
    uint16_t n_posonly;
    uint16_t n_kwonly;
    uint16_t n_slots;   // all fast local slots
    uint16_t n_cells;   // slots holding cells made at frame setup (cell_slots)
    uint16_t n_free;    // free variables: the last n_free slots
    uint16_t stack_size; // deepest value stack
    uint32_t n_code;     // words of bytecode
    uint32_t n_consts;
    uint32_t n_exc;      // exception table entries
    uint32_t n_caches;   // LOAD_GLOBAL cache entries
    uint32_t n_lines;    // bytes of the line table
    uint32_t first_line;
    qstr name;
    qstr qualname;
    qstr filename;
    obj_t doc;                  // docstring or None
    const uint32_t *code;       // the instructions
    obj_t *consts;
    const qstr *slot_names;     // n_slots names
    const uint16_t *cell_slots; // n_cells slot numbers
    const code_exc_entry_t *exc;
    code_global_cache_t *caches;
    const uint8_t *lines; // (word delta, line delta) pairs, see code_line_of
} obj_code_t;

// The source line of the instruction at word offset [offset] of [code].
// The table is a sequence of records: a varint word delta then a zigzag
// varint line delta; each record starts a new line from its offset.
size_t code_line_of(const obj_code_t *code, size_t offset);

#endif
