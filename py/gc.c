// The memory manager: block allocator over one heap region, with a
// conservative mark-and-sweep collector.
// SPDX-License-Identifier: MIT
//
// The heap is cut into 16-byte blocks. An allocation is a run of blocks: a
// HEAD block followed by TAIL blocks. Two bits per block in the allocation
// table (ATB) say FREE, HEAD, TAIL or MARK (a HEAD found reachable during a
// collection); one more bit per block says "no pointers inside" (NOSCAN).
//
//   [ ATB: 2 bits/block ][ NOSCAN: 1 bit/block ][ pad ][ blocks ... ]
//
// Allocation is next-fit with a bump pointer: `run` is a known stretch of free
// blocks, and small allocations take its front. When the run is too short
// the allocator looks for the next free stretch after it; when it has looked
// through the whole heap it collects and starts again from the bottom.
//
// Only the part of the heap below the high-water mark (the top of the highest
// run handed out since the last sweep) is ever swept or searched, so that a
// collection costs in proportion to the memory in use, not to the heap size
// (the Pi hands the whole of its RAM to the heap).
//
// Collection is conservative: every word of the roots (vm_state's root
// fields, registered roots, the C stack and the registers saved by setjmp) and
// of every reachable block that is not NOSCAN is treated as a possible
// pointer. A word that points anywhere inside an allocated run keeps the whole
// run alive (interior pointers count: optimised C code keeps them).
// Collections also happen before the heap is full: when the bytes allocated
// since the last one pass a threshold that grows with the live data, so that
// a big heap is not filled with garbage before the first collection.

#include "py/gc.h"

#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include "py/config.h"
#include "py/state.h"

#define BLOCK_SIZE (16)
#define ATB_FREE (0)
#define ATB_HEAD (1)
#define ATB_TAIL (2)
#define ATB_MARK (3)

#define MARK_STACK_SIZE (512)
#define MAX_ROOTS (32)
#define MIN_THRESHOLD (256 * 1024)

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GC_NO_ASAN __attribute__((no_sanitize("address")))
#endif
#endif
#if !defined(GC_NO_ASAN) && defined(__SANITIZE_ADDRESS__)
#define GC_NO_ASAN __attribute__((no_sanitize_address))
#endif
#ifndef GC_NO_ASAN
#define GC_NO_ASAN
#endif

static struct {
    uint8_t *atb;       // 2 bits per block
    uint8_t *noscan;    // 1 bit per block
    uint8_t *pool;      // first block
    size_t n_blocks;
    size_t high;        // blocks at and above this index have never been used since the last sweep
    size_t zeroed;      // the tables are known clear for blocks below this (see clear_tables_to)
    size_t used;        // blocks allocated
    size_t run_start;   // current free stretch [run_start, run_end)
    size_t run_end;
    size_t alloc_since; // bytes allocated since the last collection
    size_t live_bytes;  // bytes live after the last collection
    size_t threshold;   // collect when alloc_since passes this
    long user_threshold; // gc.threshold(), -1 automatic
    size_t n_collections;
    void *stack_top;
    struct {
        void *ptr;
        size_t n;
    } roots[MAX_ROOTS];
    size_t n_roots;
    uintptr_t mark_stack[MARK_STACK_SIZE];
    size_t mark_sp;
    bool mark_overflow;
    struct {
        size_t head, end;
    } big_runs[4];      // long runs found while marking, newest first (see mark_word)
    bool enabled;
    bool collecting;
    unsigned lock_depth;
} gc;

static inline unsigned atb_get(size_t b) {
    return (gc.atb[b >> 2] >> ((b & 3) * 2)) & 3;
}

static inline void atb_set(size_t b, unsigned kind) {
    unsigned shift = (b & 3) * 2;
    gc.atb[b >> 2] = (uint8_t)((gc.atb[b >> 2] & ~(3u << shift)) | (kind << shift));
}

static inline bool noscan_get(size_t b) {
    return (gc.noscan[b >> 3] >> (b & 7)) & 1;
}

static inline void noscan_set(size_t b, bool on) {
    if (on) {
        gc.noscan[b >> 3] = (uint8_t)(gc.noscan[b >> 3] | (1u << (b & 7)));
    } else {
        gc.noscan[b >> 3] = (uint8_t)(gc.noscan[b >> 3] & ~(1u << (b & 7)));
    }
}

static inline size_t block_of(const void *ptr) {
    return (size_t)((const uint8_t *)ptr - gc.pool) / BLOCK_SIZE;
}

static inline void *ptr_of(size_t b) {
    return gc.pool + b * BLOCK_SIZE;
}

// The tables of a heap over all of a Pi's RAM take megabytes: clearing them
// at start-up cost millions of instructions before the first prompt. They
// are cleared as allocation reaches them instead, a chunk at a time, and
// nothing reads the entries of a block at or above gc.zeroed.
#define CLEAR_CHUNK_BLOCKS ((size_t)1 << 16)

static void clear_tables_slow(size_t upto) {
    // Whole bytes of both tables: multiples of 8 blocks.
    size_t from = gc.zeroed;
    size_t to = upto + CLEAR_CHUNK_BLOCKS;
    to = (to + 7) & ~(size_t)7;
    size_t end = (gc.n_blocks + 7) & ~(size_t)7;
    if (to > end) {
        to = end;
    }
    memset(gc.atb + from / 4, 0, (to - from) / 4);
    memset(gc.noscan + from / 8, 0, (to - from) / 8);
    gc.zeroed = to;
}

static inline void clear_tables_to(size_t upto) {
    if (upto > gc.zeroed) {
        clear_tables_slow(upto);
    }
}

// Number of blocks of the run starting at HEAD [b].
static size_t run_length(size_t b) {
    size_t n = 1;
    while (b + n < gc.n_blocks && atb_get(b + n) == ATB_TAIL) {
        n++;
    }
    return n;
}

void gc_init(void *start, size_t size) {
    memset(&gc, 0, sizeof(gc));
    uintptr_t lo = ((uintptr_t)start + BLOCK_SIZE - 1) & ~(uintptr_t)(BLOCK_SIZE - 1);
    uintptr_t hi = ((uintptr_t)start + size) & ~(uintptr_t)(BLOCK_SIZE - 1);
    if (hi <= lo + 4 * BLOCK_SIZE) {
        gc.n_blocks = 0;
        return;
    }
    size_t bytes = hi - lo;
    // Each block costs BLOCK_SIZE bytes plus 3 bits of tables.
    size_t n = (bytes * 8) / (BLOCK_SIZE * 8 + 3);
    // Sized for a multiple of 8 blocks: clear_tables_to clears whole bytes of both.
    size_t atb_bytes = ((n + 7) & ~(size_t)7) / 4;
    size_t noscan_bytes = ((n + 7) & ~(size_t)7) / 8;
    size_t tables = (atb_bytes + noscan_bytes + BLOCK_SIZE - 1) & ~(size_t)(BLOCK_SIZE - 1);
    while (tables + n * BLOCK_SIZE > bytes) {
        n--;
    }
    gc.atb = (uint8_t *)lo;
    gc.noscan = gc.atb + atb_bytes;
    gc.zeroed = 0;
    gc.pool = (uint8_t *)(lo + tables);
    gc.n_blocks = n;
    gc.run_start = 0;
    gc.run_end = n;
    gc.threshold = MIN_THRESHOLD;
    gc.user_threshold = -1;
    gc.enabled = true;
}

void gc_set_stack_top(void *top) {
    gc.stack_top = top;
}

void gc_add_root(void *ptr, size_t n_words) {
    if (gc.n_roots < MAX_ROOTS) {
        gc.roots[gc.n_roots].ptr = ptr;
        gc.roots[gc.n_roots].n = n_words;
        gc.n_roots++;
    }
}

// ---------------------------------------------------------------------------
// Marking
// ---------------------------------------------------------------------------

// The HEAD (marked or not) of the run that TAIL block [b] belongs to.
// Small ints are odd words and on the Pi many of them fall inside the heap's
// addresses: a big list of them would cost a walk back over its whole items
// block for every item. So the long runs found are remembered for the rest
// of the marking (nothing is allocated or freed meanwhile), and the walk
// skips four TAIL blocks at a time where a table byte is all TAIL.
static size_t head_of_tail(size_t b) {
    for (size_t i = 0; i < ARRAY_SIZE(gc.big_runs); i++) {
        if (b >= gc.big_runs[i].head && b < gc.big_runs[i].end) {
            return gc.big_runs[i].head;
        }
    }
    size_t start = b;
    while ((b & 3) != 0 && atb_get(b) == ATB_TAIL) {
        b--;
    }
    while (atb_get(b) == ATB_TAIL && b >= 4 && gc.atb[(b >> 2) - 1] == 0xaa) {
        b -= 4;
    }
    while (atb_get(b) == ATB_TAIL) {
        b--;
    }
    if (start - b >= 16) {
        for (size_t i = ARRAY_SIZE(gc.big_runs) - 1; i > 0; i--) {
            gc.big_runs[i] = gc.big_runs[i - 1];
        }
        gc.big_runs[0].head = b;
        gc.big_runs[0].end = b + run_length(b);
    }
    return b;
}

// If [word] points into an allocated run, marks its HEAD and queues it.
static inline void mark_word(uintptr_t word) {
    uintptr_t base = (uintptr_t)gc.pool;
    if (word < base || word >= base + gc.high * BLOCK_SIZE) {
        return;
    }
    size_t b = (word - base) / BLOCK_SIZE;
    unsigned kind = atb_get(b);
    if (kind == ATB_FREE) {
        return;
    }
    if (kind == ATB_TAIL) {
        b = head_of_tail(b);
        kind = atb_get(b);
    }
    if (kind != ATB_HEAD) {
        return; // already marked (or free, which a TAIL never follows)
    }
    atb_set(b, ATB_MARK);
    if (noscan_get(b)) {
        return;
    }
    if (gc.mark_sp < MARK_STACK_SIZE) {
        gc.mark_stack[gc.mark_sp++] = b;
    } else {
        gc.mark_overflow = true;
    }
}

GC_NO_ASAN static void mark_range(const void *start, size_t n_words) {
    const uintptr_t *p = (const uintptr_t *)start;
    for (size_t i = 0; i < n_words; i++) {
        mark_word(p[i]);
    }
}

// Scans the contents of every block on the mark stack, until it is empty.
static void drain(void) {
    while (gc.mark_sp > 0) {
        size_t b = gc.mark_stack[--gc.mark_sp];
        size_t n = run_length(b);
        mark_range(ptr_of(b), n * BLOCK_SIZE / sizeof(uintptr_t));
    }
}

// After a mark-stack overflow: rescan every marked block, until nothing new.
static void drain_overflow(void) {
    while (gc.mark_overflow) {
        gc.mark_overflow = false;
        for (size_t b = 0; b < gc.high; b++) {
            if (atb_get(b) == ATB_MARK && !noscan_get(b)) {
                size_t n = run_length(b);
                mark_range(ptr_of(b), n * BLOCK_SIZE / sizeof(uintptr_t));
                drain();
            }
        }
    }
}

// Scans the C stack from this frame up to the recorded top. noinline so that
// the caller's jmp_buf (holding the registers) lies within the scanned range.
GC_NO_ASAN __attribute__((noinline)) static void mark_stack_region(void) {
    volatile uintptr_t here = 0;
    // The bound goes through a volatile object so that the compiler cannot
    // tie the scan to the one variable `here`: reading past it would be
    // undefined, and clang (with the sanitizers) then skipped most of the stack.
    static volatile uintptr_t scan_lo;
    scan_lo = (uintptr_t)&here & ~(uintptr_t)(sizeof(uintptr_t) - 1);
    uintptr_t lo = scan_lo;
    uintptr_t hi = (uintptr_t)gc.stack_top;
    if (gc.stack_top == NULL || hi <= lo) {
        return;
    }
    mark_range((const void *)lo, (hi - lo) / sizeof(uintptr_t));
    drain();
}

static void sweep(void) {
    size_t live = 0;
    size_t top = 0;
    for (size_t b = 0; b < gc.high; b++) {
        if ((b & 3) == 0 && gc.atb[b >> 2] == 0) {
            b += 3; // four free blocks
            continue;
        }
        unsigned kind = atb_get(b);
        if (kind == ATB_MARK) {
            atb_set(b, ATB_HEAD);
            live++;
            while (b + 1 < gc.n_blocks && atb_get(b + 1) == ATB_TAIL) {
                b++;
                live++;
            }
            top = b + 1;
        } else if (kind == ATB_HEAD) {
            atb_set(b, ATB_FREE);
            noscan_set(b, false);
            while (b + 1 < gc.n_blocks && atb_get(b + 1) == ATB_TAIL) {
                b++;
                atb_set(b, ATB_FREE);
            }
        }
    }
    gc.live_bytes = live * BLOCK_SIZE;
    gc.used = live;
    gc.high = top;
}

static void update_threshold(void) {
    if (gc.user_threshold >= 0) {
        gc.threshold = (size_t)gc.user_threshold;
        return;
    }
    // Grow with the live data, so that collection work per allocated byte stays bounded.
    size_t t = gc.live_bytes;
    if (t < MIN_THRESHOLD) {
        t = MIN_THRESHOLD;
    }
    gc.threshold = t;
}

__attribute__((noinline)) static void collect_with_registers(void) {
    jmp_buf regs;
    // setjmp spills the callee-saved registers into `regs`, on the stack.
    if (setjmp(regs) == 0) {
        mark_stack_region();
    }
}

void gc_collect(void) {
    if (gc.n_blocks == 0 || gc.collecting) {
        return;
    }
    gc.collecting = true;
    gc.mark_sp = 0;
    gc.mark_overflow = false;
    memset(gc.big_runs, 0, sizeof(gc.big_runs));
    // vm_state's root fields.
    size_t n = (size_t)((uintptr_t)&vm_state.roots_end - (uintptr_t)&vm_state.roots_start) /
        sizeof(uintptr_t);
    mark_range(&vm_state.roots_start, n);
    drain();
    for (size_t i = 0; i < gc.n_roots; i++) {
        mark_range(gc.roots[i].ptr, gc.roots[i].n);
        drain();
    }
    collect_with_registers();
    drain_overflow();
    sweep();
    gc.alloc_since = 0;
    gc.run_start = 0;
    gc.run_end = 0;
    gc.n_collections++;
    update_threshold();
    gc.collecting = false;
}

// ---------------------------------------------------------------------------
// Allocation
// ---------------------------------------------------------------------------

// Finds the next free stretch at or after block [from]; false if none before the end.
static bool next_run(size_t from) {
    size_t b = from;
    while (b < gc.n_blocks) {
        if (b >= gc.high) {
            // Nothing above the high-water mark was ever handed out.
            gc.run_start = b;
            gc.run_end = gc.n_blocks;
            return true;
        }
        // Skip allocated blocks four at a time where the ATB byte is full.
        if ((b & 3) == 0 && b + 4 <= gc.n_blocks) {
            uint8_t byte = gc.atb[b >> 2];
            if ((byte & 0x03) && (byte & 0x0c) && (byte & 0x30) && (byte & 0xc0)) {
                b += 4;
                continue;
            }
        }
        if (atb_get(b) == ATB_FREE) {
            size_t e = b + 1;
            while (e < gc.high && atb_get(e) == ATB_FREE) {
                e++;
            }
            if (e >= gc.high) {
                e = gc.n_blocks;
            }
            gc.run_start = b;
            gc.run_end = e;
            return true;
        }
        b++;
    }
    return false;
}

// Takes [n] blocks from the heap without collecting; returns the first block
// or SIZE_MAX. Looks from the current run to the top, then once from the bottom.
static size_t take_blocks(size_t n) {
    for (int pass = 0; pass < 2; pass++) {
        for (;;) {
            if (gc.run_end - gc.run_start >= n) {
                size_t b = gc.run_start;
                gc.run_start += n;
                return b;
            }
            if (!next_run(gc.run_end)) {
                break;
            }
        }
        gc.run_start = 0;
        gc.run_end = 0;
    }
    return SIZE_MAX;
}

void *gc_alloc(size_t size, unsigned flags) {
    if (gc.lock_depth > 0 || gc.n_blocks == 0) {
        return NULL;
    }
    if (size == 0) {
        size = 1;
    }
    if (size > gc.n_blocks * BLOCK_SIZE) {
        return NULL;
    }
    size_t n = (size + BLOCK_SIZE - 1) / BLOCK_SIZE;
#if CONFIG_GC_STRESS
    gc_collect();
#else
    if (gc.enabled && gc.alloc_since >= gc.threshold) {
        gc_collect();
    }
#endif
    size_t b = take_blocks(n);
    if (b == SIZE_MAX) {
        gc_collect();
        b = take_blocks(n);
        if (b == SIZE_MAX) {
            return NULL;
        }
    }
    // One block past the run too: run_length and the sweep read it.
    clear_tables_to(b + n + 1);
    atb_set(b, ATB_HEAD);
    for (size_t i = 1; i < n; i++) {
        atb_set(b + i, ATB_TAIL);
    }
    noscan_set(b, (flags & GC_ALLOC_NOSCAN) != 0);
    gc.alloc_since += n * BLOCK_SIZE;
    gc.used += n;
    if (b + n > gc.high) {
        gc.high = b + n;
    }
    void *p = ptr_of(b);
    if (n == 1) {
        // Most objects (floats, bound methods, small tuples) take one block:
        // two stores instead of a call to memset.
        uintptr_t *w = p;
        for (size_t i = 0; i < BLOCK_SIZE / sizeof(uintptr_t); i++) {
            w[i] = 0;
        }
    } else {
        memset(p, 0, n * BLOCK_SIZE);
    }
    return p;
}

// Whether [ptr] is the start of an allocated run.
static bool is_head(const void *ptr) {
    uintptr_t base = (uintptr_t)gc.pool;
    uintptr_t p = (uintptr_t)ptr;
    if (p < base || p >= base + gc.n_blocks * BLOCK_SIZE || (p - base) % BLOCK_SIZE != 0) {
        return false;
    }
    return block_of(ptr) < gc.high && atb_get(block_of(ptr)) == ATB_HEAD;
}

size_t gc_size(const void *ptr) {
    if (!is_head(ptr)) {
        return 0;
    }
    return run_length(block_of(ptr)) * BLOCK_SIZE;
}

void gc_free(void *ptr) {
    if (gc.lock_depth > 0 || gc.collecting || !is_head(ptr)) {
        return;
    }
    size_t b = block_of(ptr);
    size_t n = run_length(b);
    for (size_t i = 0; i < n; i++) {
        atb_set(b + i, ATB_FREE);
    }
    noscan_set(b, false);
    gc.used -= n;
    // Freed memory right before the bump run joins it.
    if (b + n == gc.run_start) {
        gc.run_start = b;
    }
}

void *gc_realloc(void *ptr, size_t size) {
    if (ptr == NULL) {
        return gc_alloc(size, 0);
    }
    if (!is_head(ptr) || gc.lock_depth > 0) {
        return NULL;
    }
    if (size == 0) {
        size = 1;
    }
    size_t b = block_of(ptr);
    size_t have = run_length(b);
    size_t want = (size + BLOCK_SIZE - 1) / BLOCK_SIZE;
    if (want <= have) {
        // Shrink in place.
        for (size_t i = want; i < have; i++) {
            atb_set(b + i, ATB_FREE);
        }
        gc.used -= have - want;
        return ptr;
    }
    // Grow in place when the following blocks are free.
    size_t extra = want - have;
    bool room = b + want <= gc.n_blocks;
    if (room) {
        clear_tables_to(b + want + 1);
    }
    for (size_t i = have; room && i < want; i++) {
        if (atb_get(b + i) != ATB_FREE) {
            room = false;
        }
    }
    if (room) {
        for (size_t i = have; i < want; i++) {
            atb_set(b + i, ATB_TAIL);
        }
        memset(ptr_of(b + have), 0, extra * BLOCK_SIZE);
        gc.used += extra;
        if (b + want > gc.high) {
            gc.high = b + want;
        }
        // Keep the bump run out of the blocks just taken.
        if (gc.run_start >= b + have && gc.run_start < b + want) {
            gc.run_start = b + want;
            if (gc.run_end < gc.run_start) {
                gc.run_end = gc.run_start;
            }
        }
        gc.alloc_since += extra * BLOCK_SIZE;
        return ptr;
    }
    void *q = gc_alloc(size, noscan_get(b) ? GC_ALLOC_NOSCAN : 0);
    if (q == NULL) {
        return NULL;
    }
    // gc_alloc may have collected: [ptr] survived because the caller holds it.
    memcpy(q, ptr, have * BLOCK_SIZE);
    gc_free(ptr);
    return q;
}

// ---------------------------------------------------------------------------
// Control and statistics
// ---------------------------------------------------------------------------

void gc_enable(bool on) {
    gc.enabled = on;
}

bool gc_is_enabled(void) {
    return gc.enabled;
}

void gc_lock(void) {
    gc.lock_depth++;
}

void gc_unlock(void) {
    if (gc.lock_depth > 0) {
        gc.lock_depth--;
    }
}

bool gc_is_locked(void) {
    return gc.lock_depth > 0;
}

void gc_set_threshold(long n) {
    gc.user_threshold = n < 0 ? -1 : n;
    update_threshold();
}

long gc_get_threshold(void) {
    return gc.user_threshold;
}

void gc_info(gc_info_t *out) {
    size_t max_free = 0, cur_free = 0;
    for (size_t b = 0; b < gc.high; b++) {
        if (atb_get(b) == ATB_FREE) {
            cur_free++;
            if (cur_free > max_free) {
                max_free = cur_free;
            }
        } else {
            cur_free = 0;
        }
    }
    cur_free += gc.n_blocks - gc.high;
    if (cur_free > max_free) {
        max_free = cur_free;
    }
    out->total = gc.n_blocks * BLOCK_SIZE;
    out->used = gc.used * BLOCK_SIZE;
    out->free = out->total - out->used;
    out->max_free_block = max_free * BLOCK_SIZE;
    out->n_collections = gc.n_collections;
}

size_t gc_mem_free(void) {
    return (gc.n_blocks - gc.used) * BLOCK_SIZE;
}

size_t gc_mem_alloc(void) {
    return gc.used * BLOCK_SIZE;
}
