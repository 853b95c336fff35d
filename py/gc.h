// The memory manager: one heap region from the port, mark-and-sweep
// collection with conservative scanning of the C stack, registers and roots.
// SPDX-License-Identifier: MIT
#ifndef PY_GC_H
#define PY_GC_H

#include <stdbool.h>
#include <stddef.h>

// Allocation flags.
#define GC_ALLOC_NOSCAN (1) // the block holds no pointers (string bytes, floats)

// Takes the heap [start, start + size) for all later allocations.
void gc_init(void *start, size_t size);

// Records the top (highest address) of the C stack, where root scanning ends.
void gc_set_stack_top(void *top);

// Returns [n] zeroed bytes, collecting first if needed; NULL only if the heap
// is exhausted even after a collection (callers use rt_alloc, which raises).
void *gc_alloc(size_t n, unsigned flags);

// Resizes the block at [ptr] to [n] bytes (new bytes are zeroed), moving it
// if it cannot grow in place; NULL if out of memory (the old block stays).
void *gc_realloc(void *ptr, size_t n);

// Frees the block at [ptr] at once (optional: unreachable blocks are freed anyway).
void gc_free(void *ptr);

// The usable size of the block at [ptr].
size_t gc_size(const void *ptr);

// Runs a full collection now.
void gc_collect(void);

// Registers [n] words starting at [ptr] as roots, scanned at every collection.
void gc_add_root(void *ptr, size_t n_words);

// Turns automatic collection on/off (allocation still collects when full).
void gc_enable(bool on);
bool gc_is_enabled(void);

// Forbids (lock) or allows allocation, for code running in interrupt handlers;
// nested. gc_alloc returns NULL while locked.
void gc_lock(void);
void gc_unlock(void);
bool gc_is_locked(void);

// Bytes free and bytes in use in the heap.
size_t gc_mem_free(void);
size_t gc_mem_alloc(void);

// Sets the collection threshold: collect after [n] bytes allocated since the
// last collection (negative: back to the automatic threshold).
void gc_set_threshold(long n);
long gc_get_threshold(void);

// Fills [out] with heap statistics for micropython.mem_info().
typedef struct gc_info {
    size_t total, used, free, max_free_block, n_collections;
} gc_info_t;
void gc_info(gc_info_t *out);

#endif
