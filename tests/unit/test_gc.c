// Unit tests of the memory manager (py/gc.c): allocation, collection of
// unreachable blocks, conservative roots, interior pointers, realloc, exhaustion.
// SPDX-License-Identifier: MIT

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "py/gc.h"
#include "tests/unit/unit.h"

#define HEAP_SIZE (1024 * 1024)

// A node of a linked structure built on the GC heap.
typedef struct node {
    struct node *next;
    uintptr_t value;
    uintptr_t pad[2];
} node_t;

static node_t *roots[4];

// Builds a chain of [n] nodes and returns its head.
__attribute__((noinline)) static node_t *make_chain(size_t n) {
    node_t *head = NULL;
    for (size_t i = 0; i < n; i++) {
        node_t *x = gc_alloc(sizeof(node_t), 0);
        if (x == NULL) {
            return NULL;
        }
        x->next = head;
        x->value = i;
        head = x;
    }
    return head;
}

// Allocates garbage that nothing keeps.
__attribute__((noinline)) static void make_garbage(size_t n) {
    for (size_t i = 0; i < n; i++) {
        volatile node_t *x = gc_alloc(sizeof(node_t), 0);
        (void)x;
    }
}

// Fills the 500 slots of [holder] with separate blocks that only [holder] references.
__attribute__((noinline)) static void fill_holder(node_t **holder) {
    for (size_t i = 0; i < 500; i++) {
        holder[i] = gc_alloc(sizeof(node_t), 0);
    }
}

// Allocates 4 KB blocks kept in a chain from roots[0] until the heap is full;
// returns how many it got.
__attribute__((noinline)) static size_t exhaust(void) {
    size_t got = 0;
    for (;;) {
        node_t *x = gc_alloc(4096, 0);
        if (x == NULL) {
            break;
        }
        x->next = roots[0];
        roots[0] = x;
        got++;
    }
    return got;
}

// Overwrites the stack area below the current frame, so stale words left by
// earlier calls do not look like pointers.
__attribute__((noinline)) static void clear_stack(void) {
    volatile char buf[65536];
    for (size_t i = 0; i < sizeof(buf); i++) {
        buf[i] = 0;
    }
}

static size_t chain_sum(node_t *n, size_t *count) {
    size_t s = 0;
    *count = 0;
    for (; n; n = n->next) {
        s += n->value;
        (*count)++;
    }
    return s;
}

int main(void) {
    static uintptr_t heap_words[HEAP_SIZE / sizeof(uintptr_t)];
    volatile int top;
    gc_init(heap_words, sizeof(heap_words));
    gc_set_stack_top((void *)&top);
    gc_add_root(roots, 4);

    size_t total = gc_mem_free() + gc_mem_alloc();
    UNIT_CHECK(total > HEAP_SIZE * 9 / 10);
    UNIT_CHECK(total <= HEAP_SIZE);
    UNIT_CHECK_EQ_INT(gc_mem_alloc(), 0);

    // Fresh memory is zeroed and 16-byte aligned.
    uint8_t *p = gc_alloc(100, 0);
    UNIT_CHECK(p != NULL);
    UNIT_CHECK(((uintptr_t)p & 15) == 0);
    int zero = 1;
    for (int i = 0; i < 100; i++) {
        zero &= p[i] == 0;
    }
    UNIT_CHECK(zero);
    UNIT_CHECK(gc_size(p) >= 100);
    gc_free(p);
    UNIT_CHECK_EQ_INT(gc_mem_alloc(), 0);

    // A big block full of odd words pointing into itself (on the Pi, small
    // ints in a big list look like that): kept, contents intact, and each
    // word does not cost a walk back over the whole block.
    {
        size_t n = 256 * 1024 / sizeof(uintptr_t);
        uintptr_t *big = gc_alloc(n * sizeof(uintptr_t), 0);
        UNIT_CHECK(big != NULL);
        for (size_t i = 0; i < n; i++) {
            big[i] = (uintptr_t)big + i * sizeof(uintptr_t) + 1;
        }
        roots[1] = (node_t *)big;
        make_garbage(100);
        gc_collect();
        gc_collect();
        int intact = 1;
        for (size_t i = 0; i < n; i++) {
            intact &= big[i] == (uintptr_t)big + i * sizeof(uintptr_t) + 1;
        }
        UNIT_CHECK(intact);
        UNIT_CHECK(gc_size(big) >= n * sizeof(uintptr_t));
        UNIT_CHECK(gc_mem_alloc() >= n * sizeof(uintptr_t));
        UNIT_CHECK(gc_mem_alloc() < n * sizeof(uintptr_t) + 1024);
        roots[1] = NULL;
        gc_free(big); // a copy may stay on the C stack: do not leave it to a collection
    }

    // A chain reachable from a root survives collection intact.
    roots[0] = make_chain(1000);
    UNIT_CHECK(roots[0] != NULL);
    make_garbage(5000);
    clear_stack();
    gc_collect();
    size_t count;
    size_t sum = chain_sum(roots[0], &count);
    UNIT_CHECK_EQ_INT(count, 1000);
    UNIT_CHECK_EQ_INT(sum, 999 * 1000 / 2);
    // The garbage is gone: about 1000 nodes of 32 bytes remain.
    UNIT_CHECK(gc_mem_alloc() < 1100 * sizeof(node_t));
    UNIT_CHECK(gc_mem_alloc() >= 1000 * sizeof(node_t));

    // Dropping the root frees the chain (allow a few nodes kept by stale words).
    roots[0] = NULL;
    clear_stack();
    gc_collect();
    UNIT_CHECK(gc_mem_alloc() < 50 * sizeof(node_t));

    // An interior pointer keeps a block alive.
    uint8_t *big = gc_alloc(4096, 0);
    memset(big, 0x5a, 4096);
    roots[1] = (node_t *)(big + 2000);
    big = NULL;
    clear_stack();
    make_garbage(2000);
    clear_stack();
    gc_collect();
    uint8_t *base = (uint8_t *)roots[1] - 2000;
    UNIT_CHECK(gc_size(base) >= 4096);
    UNIT_CHECK(base[0] == 0x5a && base[4095] == 0x5a);
    roots[1] = NULL;

    // NOSCAN blocks do not keep what their words point at.
    node_t **holder = gc_alloc(sizeof(node_t *) * 500, GC_ALLOC_NOSCAN);
    roots[2] = (node_t *)holder;
    gc_collect();
    size_t before = gc_mem_alloc();
    fill_holder(holder);
    holder = NULL;
    clear_stack();
    gc_collect();
    UNIT_CHECK(gc_mem_alloc() < before + 50 * sizeof(node_t));
    roots[2] = NULL;

    // realloc keeps the contents, in place or moved.
    uint32_t *arr = gc_alloc(16 * sizeof(uint32_t), 0);
    for (uint32_t i = 0; i < 16; i++) {
        arr[i] = i * 7;
    }
    roots[3] = (node_t *)arr;
    make_chain(10); // something after it, so it may have to move
    for (size_t n = 32; n <= 8192; n *= 2) {
        arr = gc_realloc(arr, n * sizeof(uint32_t));
        UNIT_CHECK(arr != NULL);
        roots[3] = (node_t *)arr;
    }
    int same = 1;
    for (uint32_t i = 0; i < 16; i++) {
        same &= arr[i] == i * 7;
    }
    UNIT_CHECK(same);
    UNIT_CHECK(arr[8191] == 0);
    roots[3] = NULL;

    // Exhaustion returns NULL, and memory comes back once unreachable.
    roots[0] = NULL;
    size_t got = exhaust();
    UNIT_CHECK(got > HEAP_SIZE / 4096 / 2);
    roots[0] = NULL;
    clear_stack();
    gc_collect();
    UNIT_CHECK(gc_alloc(4096, 0) != NULL);
    UNIT_CHECK(gc_alloc(HEAP_SIZE / 2, 0) != NULL);
    UNIT_CHECK(gc_alloc(HEAP_SIZE * 2, 0) == NULL);

    // A locked heap refuses to allocate.
    gc_lock();
    UNIT_CHECK(gc_alloc(16, 0) == NULL);
    gc_unlock();
    UNIT_CHECK(gc_alloc(16, 0) != NULL);

    return unit_report();
}
