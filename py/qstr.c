// Interned strings: the generated ROM table, run-time pools on the GC heap,
// and one open-addressing hash table over both for O(1) lookup.
// SPDX-License-Identifier: MIT
//
// Layout. A qstr index below QSTR_ROM_COUNT names an entry of the generated
// qstr_rom_table; later indexes name entries of `dyn_entries`, a flat array
// (grown geometrically) so that qstr_str() is one array access. The bytes of
// run-time qstrs live in pools: GC blocks filled front to back, each pointing
// at the previous one. vm_state.qstr_last_pool points at the newest pool,
// whose header also holds the entry array and the hash table, so every block
// here is reachable from the GC roots through that one field.
//
// Lookup. `table` holds (hash, index) pairs, a power of two in size, probed
// linearly from the hash (the hash is full FNV-1a, so clustering stays low),
// kept at most 3/4 full and doubled when it passes that.

#define QSTR_DEFINE_TABLE
#include "py/qstr.h"

#include <string.h>

#include "py/obj.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/runtime.h"

// One run-time qstr, as in the ROM table.
typedef qstr_rom_entry_t entry_t;

// One slot of the lookup table; index 0 (QSTR_NULL) marks an empty slot.
typedef struct slot {
    uint32_t hash;
    uint32_t index;
} slot_t;

// A pool of string bytes. Only the newest pool's entries/table fields are set.
typedef struct qstr_pool {
    struct qstr_pool *prev;
    entry_t *entries; // run-time entries (newest pool only)
    slot_t *table;    // the lookup table (newest pool only)
    size_t used;      // bytes of data[] used
    size_t alloc;     // bytes of data[]
    char data[];
} qstr_pool_t;

// Fast copies of what the newest pool holds (the pool keeps them alive).
static entry_t *dyn_entries;
static size_t dyn_len, dyn_alloc;
static slot_t *table;
static size_t table_mask, table_used;
static qstr_pool_t *pool;
static size_t dyn_bytes;

#define POOL_MIN (1024)
#define TABLE_MIN (2048)

static void table_insert(slot_t *t, size_t mask, uint32_t hash, uint32_t index) {
    size_t i = hash & mask;
    while (t[i].index != 0) {
        i = (i + 1) & mask;
    }
    t[i].hash = hash;
    t[i].index = index;
}

static void sync_roots(void) {
    pool->entries = dyn_entries;
    pool->table = table;
}

void qstr_init(void) {
    dyn_entries = NULL;
    dyn_len = dyn_alloc = 0;
    dyn_bytes = 0;
    pool = NULL;
    vm_state.qstr_last_pool = OBJ_NULL;

    size_t size = TABLE_MIN;
    while (size < (size_t)QSTR_ROM_COUNT * 2) {
        size *= 2;
    }
    pool = rt_alloc(sizeof(qstr_pool_t) + POOL_MIN);
    pool->alloc = POOL_MIN;
    vm_state.qstr_last_pool = pool;
    table = rt_alloc_flags(size * sizeof(slot_t), GC_ALLOC_NOSCAN);
    table_mask = size - 1;
    table_used = 0;
    for (size_t q = 1; q < QSTR_ROM_COUNT; q++) {
        table_insert(table, table_mask, qstr_rom_table[q].hash, (uint32_t)q);
        table_used++;
    }
    sync_roots();
}

static inline const entry_t *entry_of(qstr q) {
    if (q < QSTR_ROM_COUNT) {
        return &qstr_rom_table[q];
    }
    return &dyn_entries[q - QSTR_ROM_COUNT];
}

static qstr find(const char *str, size_t len, uint32_t hash) {
    size_t i = hash & table_mask;
    for (;;) {
        const slot_t *s = &table[i];
        if (s->index == 0) {
            return QSTR_NULL;
        }
        if (s->hash == hash) {
            const entry_t *e = entry_of(s->index);
            if (e->len == len && memcmp(e->str, str, len) == 0) {
                return s->index;
            }
        }
        i = (i + 1) & table_mask;
    }
}

qstr qstr_find_strn_hash(const char *str, size_t len, size_t hash) {
    return find(str, len, (uint32_t)hash);
}

qstr qstr_find_strn(const char *str, size_t len) {
    return find(str, len, (uint32_t)str_hash_bytes(str, len));
}

// Copies [len] bytes (plus a NUL) into the newest pool, starting a larger
// pool when it is full.
static const char *pool_store(const char *str, size_t len) {
    if (pool->alloc - pool->used < len + 1) {
        size_t size = pool->alloc * 2;
        if (size < len + 1) {
            size = len + 1;
        }
        if (size > 64 * 1024 && len + 1 <= 64 * 1024) {
            size = 64 * 1024; // growth stops here: old pools are never reused anyway
        }
        qstr_pool_t *p = rt_alloc(sizeof(qstr_pool_t) + size);
        p->alloc = size;
        p->prev = pool;
        p->entries = dyn_entries;
        p->table = table;
        pool->entries = NULL;
        pool->table = NULL;
        pool = p;
        vm_state.qstr_last_pool = p;
    }
    char *dst = pool->data + pool->used;
    memcpy(dst, str, len);
    dst[len] = 0;
    pool->used += len + 1;
    return dst;
}

qstr qstr_from_strn(const char *str, size_t len) {
    uint32_t hash = (uint32_t)str_hash_bytes(str, len);
    qstr q = find(str, len, hash);
    if (q != QSTR_NULL) {
        return q;
    }
    if (sizeof(size_t) > 4 && (uint64_t)len >= UINT32_MAX) {
        rt_raise_memory_error();
    }
    // Make room first, so that a MemoryError leaves the tables consistent.
    if (dyn_len == dyn_alloc) {
        size_t n = dyn_alloc ? dyn_alloc * 2 : 64;
        dyn_entries = rt_realloc(dyn_entries, n * sizeof(entry_t));
        dyn_alloc = n;
        sync_roots();
    }
    if ((table_used + 1) * 4 > (table_mask + 1) * 3) {
        size_t size = (table_mask + 1) * 2;
        slot_t *t = rt_alloc_flags(size * sizeof(slot_t), GC_ALLOC_NOSCAN);
        for (size_t i = 0; i <= table_mask; i++) {
            if (table[i].index != 0) {
                table_insert(t, size - 1, table[i].hash, table[i].index);
            }
        }
        table = t;
        table_mask = size - 1;
        sync_roots();
    }
    const char *stored = pool_store(str, len);
    q = QSTR_ROM_COUNT + dyn_len;
    entry_t *e = &dyn_entries[dyn_len++];
    e->hash = hash;
    e->len = (uint32_t)len;
    e->str = stored;
    table_insert(table, table_mask, hash, (uint32_t)q);
    table_used++;
    dyn_bytes += len + 1;
    return q;
}

qstr qstr_from_str(const char *str) {
    return qstr_from_strn(str, strlen(str));
}

const char *qstr_str(qstr q) {
    return entry_of(q)->str;
}

size_t qstr_len(qstr q) {
    return entry_of(q)->len;
}

size_t qstr_hash(qstr q) {
    return entry_of(q)->hash;
}

const char *qstr_data(qstr q, size_t *len) {
    const entry_t *e = entry_of(q);
    *len = e->len;
    return e->str;
}

void qstr_stats(size_t *n_qstr, size_t *n_bytes) {
    *n_qstr = dyn_len;
    *n_bytes = dyn_bytes;
}
