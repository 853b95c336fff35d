// The list type: a growable array of items, with slicing, slice assignment
// and a stable natural merge sort.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/objcoll.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/runtime.h"
#include "py/vstr.h"

static inline bool is_list(obj_t o) {
    return coll_is_instance(o, &type_list);
}

static inline bool is_slice(obj_t o) {
    return OBJ_IS_PTR(o) && ((const obj_base_t *)o)->type == &type_slice;
}

// ---------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------

// While a list is being sorted its items are detached and `items` points
// here (with len and alloc 0): any mutation meanwhile replaces the pointer,
// which is how the sort notices it. Never passed to rt_realloc: a list with
// alloc 0 always gets a fresh block.
static obj_t sort_marker[1];

// Makes room for at least [need] items, growing by half again so that
// appends are amortised O(1).
static void list_grow(obj_list_t *l, size_t need) {
    size_t n = coll_alloc_size(need, 1, (need >> 1) + 4);
    size_t bytes = coll_alloc_size(n, sizeof(obj_t), 0);
    obj_t *items;
    if (l->alloc == 0) {
        items = rt_alloc(bytes);
        if (l->len != 0) {
            memcpy(items, l->items, l->len * sizeof(obj_t));
        }
    } else {
        items = rt_realloc(l->items, bytes);
    }
    l->items = items;
    l->alloc = n;
}

// Gives memory back after many items went away.
static void list_maybe_shrink(obj_list_t *l) {
    if (l->alloc > 64 && l->len < l->alloc / 4) {
        size_t n = l->alloc / 2;
        l->items = rt_realloc(l->items, n * sizeof(obj_t));
        l->alloc = n;
    }
}

static obj_list_t *list_alloc(const obj_type_t *type, size_t n) {
    obj_list_t *l = rt_new_obj(type, sizeof(obj_list_t));
    if (n != 0) {
        l->items = rt_alloc(coll_alloc_size(n, sizeof(obj_t), 0));
        l->alloc = n;
    }
    return l;
}

obj_t list_new(size_t n, const obj_t *items) {
    obj_list_t *l = list_alloc(&type_list, n);
    l->len = n;
    if (items != NULL && n != 0) {
        memcpy(l->items, items, n * sizeof(obj_t));
    }
    return l;
}

void list_append(obj_t self, obj_t item) {
    obj_list_t *l = self;
    if (l->len >= l->alloc) {
        list_grow(l, l->len + 1);
    }
    l->items[l->len++] = item;
}

// A range too long for this machine's sizes (32 bits) fails at once, as in
// CPython's 64-bit build (MemoryError, or OverflowError past 2**63 items),
// rather than after filling the memory one item at a time.
static void check_range_size(obj_t r) {
    obj_t start = rt_load_attr(r, QSTR_start);
    obj_t stop = rt_load_attr(r, QSTR_stop);
    obj_t step = rt_load_attr(r, QSTR_step);
    obj_t zero = OBJ_NEW_SMALL_INT(0), one = OBJ_NEW_SMALL_INT(1);
    obj_t span = rt_binary_op(BINARY_OP_SUBTRACT, stop, start);
    if (int_compare(step, zero) < 0) {
        span = rt_unary_op(UNARY_OP_NEGATIVE, span);
        step = rt_unary_op(UNARY_OP_NEGATIVE, step);
    }
    // Items: ceil(span / step) when span is positive.
    obj_t n = rt_binary_op(BINARY_OP_FLOOR_DIVIDE,
        rt_binary_op(BINARY_OP_SUBTRACT, rt_binary_op(BINARY_OP_ADD, span, step), one), step);
    if (int_compare(n, int_from_ull(SIZE_MAX / sizeof(obj_t))) < 0) {
        return;
    }
    if (int_compare(n, int_from_ull((unsigned long long)INT64_MAX)) <= 0) {
        rt_raise_memory_error();
    }
    rt_raise_msg(&type_OverflowError, "Python int too large to convert to C ssize_t");
}

void list_extend(obj_t self, obj_t src) {
    obj_list_t *l = self;
    size_t n;
    obj_t *items;
    if (seq_get_items(src, &n, &items)) {
        if (n == 0) {
            return;
        }
        size_t need = coll_alloc_size(l->len, 1, n);
        if (need > l->alloc) {
            list_grow(l, need);
            seq_get_items(src, &n, &items); // src may be l itself
        }
        memcpy(l->items + l->len, items, n * sizeof(obj_t));
        l->len += n;
        return;
    }
    if (OBJ_IS_PTR(src) && ((const obj_base_t *)src)->type == &type_dict) {
        // The keys in order; nothing here runs Python code, so the dict stays put.
        obj_dict_t *d = src;
        size_t need = coll_alloc_size(l->len, 1, d->used);
        if (need > l->alloc) {
            list_grow(l, need);
        }
        size_t pos = 0;
        dict_entry_t *e;
        while ((e = dict_next(d, &pos)) != NULL) {
            l->items[l->len++] = e->key;
        }
        return;
    }
    obj_t it = rt_getiter(src);
    if (OBJ_IS_PTR(it) && ((const obj_base_t *)it)->type == &type_range_iterator) {
        obj_range_iter_t *r = it;
        size_t need = coll_alloc_size(l->len, 1, r->left);
        if (need > l->alloc) {
            list_grow(l, need);
        }
        for (; r->left != 0; r->left--) {
            l->items[l->len++] = OBJ_NEW_SMALL_INT(r->cur);
            r->cur = (intptr_t)((uintptr_t)r->cur + (uintptr_t)r->step);
        }
        return;
    }
    if (OBJ_IS_PTR(src) && ((const obj_base_t *)src)->type == &type_range) {
        check_range_size(src);
    }
    obj_t x;
    while ((x = rt_iternext(it)) != OBJ_NULL) {
        list_append(l, x);
    }
}

// Drops every item. A list without storage (alloc 0: empty, or detached by a
// sort in progress) is left as it is, as CPython leaves it.
static void list_clear(obj_list_t *l) {
    if (l->alloc != 0) {
        l->items = NULL;
        l->len = 0;
        l->alloc = 0;
    }
}

obj_t list_from_iterable(obj_t iterable) {
    obj_t l = list_new(0, NULL);
    list_extend(l, iterable);
    return l;
}

// Removes items [lo, hi) (lo <= hi <= len).
static void list_remove_range(obj_list_t *l, size_t lo, size_t hi) {
    if (lo >= hi) {
        return;
    }
    memmove(l->items + lo, l->items + hi, (l->len - hi) * sizeof(obj_t));
    size_t n = hi - lo;
    l->len -= n;
    // Clear the vacated slots so the GC does not keep their objects alive.
    memset(l->items + l->len, 0, n * sizeof(obj_t));
    list_maybe_shrink(l);
}

// ---------------------------------------------------------------------------
// Sorting: a natural merge sort in the style of timsort (runs found in the
// data, short runs extended by binary insertion, merges kept balanced).
// Comparisons may run Python code that raises: the sort then still leaves a
// permutation of the items, because the only moment items are outside the
// array is during a merge, whose state is recorded here for repair.
// ---------------------------------------------------------------------------

#define SORT_ANY (0)   // rt_binary_op(<)
#define SORT_INT (1)   // all small ints: compare words
#define SORT_STR (2)   // all strs: compare bytes (UTF-8 orders as code points)
#define SORT_FLOAT (3) // all floats

#define SORT_MAX_RUNS (128)

typedef struct sort_state {
    obj_t *items; // the list's detached items
    size_t n;
    obj_t key;    // OBJ_NULL: none
    bool reverse;
    obj_t *a;     // elements: w words each, the first being the sort key
    size_t w;
    obj_t *tmp;   // merge buffer
    int kind;
    bool keyed;   // keys computed: elements are (key, item) pairs in a
    bool reversed; // the elements were reversed before sorting
    bool merging; // tmp[tlo, thi) belongs at a[gap...] if a comparison raises
    size_t gap, tlo, thi;
    size_t n_runs;
    size_t run_base[SORT_MAX_RUNS];
    size_t run_len[SORT_MAX_RUNS];
    obj_t exc;
} sort_state_t;

static bool str_less(obj_t x, obj_t y) {
    size_t nx, ny;
    const char *sx = str_data(x, &nx);
    const char *sy = str_data(y, &ny);
    int c = memcmp(sx, sy, nx < ny ? nx : ny);
    return c < 0 || (c == 0 && nx < ny);
}

static inline bool sort_less(sort_state_t *st, obj_t x, obj_t y) {
    switch (st->kind) {
        case SORT_INT:
            return (intptr_t)x < (intptr_t)y;
        case SORT_STR:
            return str_less(x, y);
        case SORT_FLOAT:
            return float_value(x) < float_value(y);
        default: {
            obj_t r = rt_binary_op(BINARY_OP_LESS, x, y);
            return r == OBJ_TRUE || (r != OBJ_FALSE && rt_is_true(r));
        }
    }
}

static inline void el_copy(obj_t *dst, const obj_t *src, size_t w) {
    dst[0] = src[0];
    if (w == 2) {
        dst[1] = src[1];
    }
}

static void sort_reverse(obj_t *a, size_t n, size_t w) {
    if (n < 2) {
        return;
    }
    obj_t *lo = a, *hi = a + (n - 1) * w;
    while (lo < hi) {
        obj_t t[2];
        el_copy(t, lo, w);
        el_copy(lo, hi, w);
        el_copy(hi, t, w);
        lo += w;
        hi -= w;
    }
}

// Sorts a[lo, hi) by binary insertion, a[lo, start) being sorted already.
// Comparisons happen before any move, so a raise leaves a permutation.
static void sort_insertion(sort_state_t *st, size_t lo, size_t start, size_t hi) {
    size_t w = st->w;
    obj_t *a = st->a;
    for (size_t i = start; i < hi; i++) {
        obj_t pivot[2];
        el_copy(pivot, a + i * w, w);
        size_t l = lo, r = i;
        while (l < r) {
            size_t m = l + (r - l) / 2;
            if (sort_less(st, pivot[0], a[m * w])) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        memmove(a + (l + 1) * w, a + l * w, (i - l) * w * sizeof(obj_t));
        el_copy(a + l * w, pivot, w);
    }
}

// Length of the run starting at lo (< hi); strictly descending runs are
// reversed (strictness keeps the sort stable).
static size_t sort_count_run(sort_state_t *st, size_t lo, size_t hi) {
    size_t w = st->w;
    obj_t *a = st->a;
    if (lo + 1 == hi) {
        return 1;
    }
    size_t n = 2;
    if (sort_less(st, a[(lo + 1) * w], a[lo * w])) {
        while (lo + n < hi && sort_less(st, a[(lo + n) * w], a[(lo + n - 1) * w])) {
            n++;
        }
        sort_reverse(a + lo * w, n, w);
    } else {
        while (lo + n < hi && !sort_less(st, a[(lo + n) * w], a[(lo + n - 1) * w])) {
            n++;
        }
    }
    return n;
}

// Merges the sorted runs a[lo, mid) and a[mid, hi).
static void sort_merge(sort_state_t *st, size_t lo, size_t mid, size_t hi) {
    size_t w = st->w;
    obj_t *a = st->a;
    obj_t *tmp = st->tmp;
    // Already in order (common for nearly sorted data)?
    if (!sort_less(st, a[mid * w], a[(mid - 1) * w])) {
        return;
    }
    // Elements of the left run not above a[mid] are in place already.
    size_t l = lo, r = mid - 1;
    while (l < r) {
        size_t m = l + (r - l) / 2;
        if (sort_less(st, a[mid * w], a[m * w])) {
            r = m;
        } else {
            l = m + 1;
        }
    }
    lo = l;
    size_t n1 = mid - lo, n2 = hi - mid;
    if (n1 <= n2) {
        // Left run to tmp, merge forwards; the gap a[k, j) is tmp[i, n1).
        memcpy(tmp, a + lo * w, n1 * w * sizeof(obj_t));
        size_t i = 0, j = mid, k = lo;
        st->gap = k;
        st->tlo = 0;
        st->thi = n1;
        st->merging = true;
        while (i < n1 && j < hi) {
            if (sort_less(st, a[j * w], tmp[i * w])) {
                el_copy(a + k * w, a + j * w, w);
                j++;
            } else {
                el_copy(a + k * w, tmp + i * w, w);
                i++;
                st->tlo = i;
            }
            k++;
            st->gap = k;
        }
        memcpy(a + k * w, tmp + i * w, (n1 - i) * w * sizeof(obj_t));
    } else {
        // Right run to tmp, merge backwards; the gap a[k - j, k) is tmp[0, j).
        memcpy(tmp, a + mid * w, n2 * w * sizeof(obj_t));
        size_t i = mid, j = n2, k = hi;
        st->gap = k - j;
        st->tlo = 0;
        st->thi = j;
        st->merging = true;
        while (i > lo && j > 0) {
            if (sort_less(st, tmp[(j - 1) * w], a[(i - 1) * w])) {
                el_copy(a + (k - 1) * w, a + (i - 1) * w, w);
                i--;
            } else {
                el_copy(a + (k - 1) * w, tmp + (j - 1) * w, w);
                j--;
                st->thi = j;
            }
            k--;
            st->gap = k - j;
        }
        memcpy(a + (k - j) * w, tmp, j * w * sizeof(obj_t));
    }
    st->merging = false;
}

// Merges pending runs k and k + 1.
static void sort_merge_at(sort_state_t *st, size_t k) {
    size_t lo = st->run_base[k];
    size_t mid = st->run_base[k + 1];
    size_t hi = mid + st->run_len[k + 1];
    st->run_len[k] += st->run_len[k + 1];
    for (size_t i = k + 1; i + 1 < st->n_runs; i++) {
        st->run_base[i] = st->run_base[i + 1];
        st->run_len[i] = st->run_len[i + 1];
    }
    st->n_runs--;
    sort_merge(st, lo, mid, hi);
}

// Restores the run-length invariants (each run longer than the next two
// together), which keeps merges balanced and the run stack short.
static void sort_collapse(sort_state_t *st) {
    size_t *len = st->run_len;
    while (st->n_runs > 1) {
        size_t k = st->n_runs - 2;
        if ((k > 0 && len[k - 1] <= len[k] + len[k + 1]) ||
            (k > 1 && len[k - 2] <= len[k - 1] + len[k])) {
            if (len[k - 1] < len[k + 1]) {
                k--;
            }
        } else if (len[k] > len[k + 1]) {
            break;
        }
        sort_merge_at(st, k);
    }
}

static size_t sort_min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Decides the comparison fast path from the keys.
static int sort_kind(const obj_t *a, size_t n, size_t w) {
    if (n == 0) {
        return SORT_ANY;
    }
    obj_t first = a[0];
    int kind;
    if (OBJ_IS_SMALL_INT(first)) {
        kind = SORT_INT;
    } else if (obj_is_str(first)) {
        kind = SORT_STR;
    } else if (OBJ_IS_PTR(first) && ((const obj_base_t *)first)->type == &type_float) {
        kind = SORT_FLOAT;
    } else {
        return SORT_ANY;
    }
    for (size_t i = 1; i < n; i++) {
        obj_t x = a[i * w];
        bool same;
        switch (kind) {
            case SORT_INT:
                same = OBJ_IS_SMALL_INT(x);
                break;
            case SORT_STR:
                same = obj_is_str(x);
                break;
            default:
                same = OBJ_IS_PTR(x) && ((const obj_base_t *)x)->type == &type_float;
                break;
        }
        if (!same) {
            return SORT_ANY;
        }
    }
    return kind;
}

// The part of the sort that may raise.
static void sort_body(sort_state_t *st) {
    size_t n = st->n;
    if (st->key != OBJ_NULL) {
        st->w = 2;
        st->a = rt_alloc(coll_alloc_size(n, 2 * sizeof(obj_t), 0) + sizeof(obj_t));
        for (size_t i = 0; i < n; i++) {
            st->a[2 * i] = rt_call1(st->key, st->items[i]);
            st->a[2 * i + 1] = st->items[i];
        }
        st->keyed = true;
    } else {
        st->w = 1;
        st->a = st->items;
    }
    if (st->reverse) {
        sort_reverse(st->a, n, st->w);
        st->reversed = true;
    }
    if (n < 2) {
        return;
    }
    st->kind = sort_kind(st->a, n, st->w);
    st->tmp = rt_alloc((n / 2 + 1) * st->w * sizeof(obj_t));
    size_t min_run = sort_min_run(n);
    size_t lo = 0;
    while (lo < n) {
        size_t run = sort_count_run(st, lo, n);
        if (run < min_run) {
            size_t force = n - lo < min_run ? n - lo : min_run;
            sort_insertion(st, lo, lo + run, lo + force);
            run = force;
        }
        st->run_base[st->n_runs] = lo;
        st->run_len[st->n_runs] = run;
        st->n_runs++;
        sort_collapse(st);
        lo += run;
    }
    while (st->n_runs > 1) {
        size_t k = st->n_runs - 2;
        if (k > 0 && st->run_len[k - 1] < st->run_len[k + 1]) {
            k--;
        }
        sort_merge_at(st, k);
    }
}

// Runs sort_body under an exception handler; false (with st->exc) if it raised.
static bool sort_protected(sort_state_t *st) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        sort_body(st);
        nlr_pop();
        return true;
    }
    st->exc = nlr.value;
    return false;
}

void list_sort(obj_t self, obj_t key, bool reverse) {
    obj_list_t *l = self;
    sort_state_t st;
    memset(&st, 0, sizeof(st));
    st.items = l->items;
    st.n = l->len;
    st.key = key;
    st.reverse = reverse;
    size_t alloc = l->alloc;
    l->items = sort_marker;
    l->len = 0;
    l->alloc = 0;

    bool ok = sort_protected(&st);
    if (!ok && st.merging) {
        memcpy(st.a + st.gap * st.w, st.tmp + st.tlo * st.w,
            (st.thi - st.tlo) * st.w * sizeof(obj_t));
    }
    if (st.keyed) {
        for (size_t i = 0; i < st.n; i++) {
            st.items[i] = st.a[2 * i + 1];
        }
    }
    if (st.reversed) {
        sort_reverse(st.items, st.n, 1);
    }
    bool modified = l->items != sort_marker || l->len != 0;
    l->items = st.items;
    l->len = st.n;
    l->alloc = alloc;
    if (!ok) {
        nlr_jump(st.exc);
    }
    if (modified) {
        rt_raise_msg(&type_ValueError, "list modified during sort");
    }
}

// ---------------------------------------------------------------------------
// Construction and slots
// ---------------------------------------------------------------------------

static obj_t list_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_kw != 0) {
        rt_raise_msg(&type_TypeError, "list() takes no keyword arguments");
    }
    if (n_args > 1) {
        rt_raise_fmt(&type_TypeError, "list expected at most 1 argument, got %zu", n_args);
    }
    obj_list_t *l = list_alloc(type, 0);
    if (n_args == 1) {
        list_extend(l, args[0]);
    }
    return l;
}

static void list_print_items(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_list_t *l = self;
    print_str(p, "[");
    for (size_t i = 0; i < l->len; i++) {
        if (i != 0) {
            print_str(p, ", ");
        }
        rt_print_obj(p, l->items[i], PRINT_REPR);
    }
    print_str(p, "]");
}

static void list_print(const print_t *p, obj_t self, print_kind_t kind) {
    coll_print_guarded(p, self, kind, list_print_items, "[...]");
}

static obj_t list_unary_op(unary_op_t op, obj_t self) {
    obj_list_t *l = self;
    switch (op) {
        case UNARY_OP_BOOL:
            return obj_bool(l->len != 0);
        case UNARY_OP_LEN:
            return OBJ_NEW_SMALL_INT(l->len);
        case UNARY_OP_HASH:
            rt_raise_fmt(&type_TypeError, "unhashable type: '%q'", rt_type_name(self));
        default:
            return OBJ_NULL;
    }
}

// Repeats the items of [l] in place until there are [n] copies.
static void list_repeat_into(obj_list_t *l, size_t len, size_t n) {
    size_t total = len * n;
    if (total > l->alloc) {
        list_grow(l, total);
    }
    size_t have = len;
    while (have < total) {
        size_t chunk = have <= total - have ? have : total - have;
        memcpy(l->items + have, l->items, chunk * sizeof(obj_t));
        have += chunk;
    }
    l->len = total;
}

static size_t repeat_len(size_t len, size_t n) {
    if (len != 0 && n > (SIZE_MAX / 2 / sizeof(obj_t)) / len) {
        rt_raise_memory_error();
    }
    return len * n;
}

// Raises CPython's error for `seq * n` with a non-int [n] (OBJ_NULL for
// classes, which may still define __rmul__).
static obj_t repeat_type_error(obj_t n) {
    if (obj_type_of(n)->flags & TYPE_FLAG_HEAP) {
        return OBJ_NULL;
    }
    rt_raise_fmt(&type_TypeError, "can't multiply sequence by non-int of type '%q'",
        rt_type_name(n));
}

static obj_t list_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    switch (op) {
        case BINARY_OP_ADD: {
            if (!is_list(lhs)) {
                return OBJ_NULL;
            }
            if (!is_list(rhs)) {
                if (obj_type_of(rhs)->flags & TYPE_FLAG_HEAP) {
                    return OBJ_NULL;
                }
                rt_raise_fmt(&type_TypeError, "can only concatenate list (not \"%q\") to list",
                    rt_type_name(rhs));
            }
            obj_list_t *a = lhs, *b = rhs;
            size_t na = a->len, nb = b->len;
            obj_list_t *r = list_alloc(&type_list, coll_alloc_size(na, 1, nb));
            if (na != 0) {
                memcpy(r->items, a->items, na * sizeof(obj_t));
            }
            if (nb != 0) {
                memcpy(r->items + na, b->items, nb * sizeof(obj_t));
            }
            r->len = na + nb;
            return r;
        }
        case BINARY_OP_INPLACE_ADD:
            if (!is_list(lhs)) {
                return OBJ_NULL;
            }
            list_extend(lhs, rhs);
            return lhs;
        case BINARY_OP_MULTIPLY: {
            obj_t seq = lhs, n = rhs;
            if (!is_list(lhs)) {
                seq = rhs;
                n = lhs;
            }
            size_t count;
            if (!coll_repeat_count(n, &count)) {
                return repeat_type_error(n);
            }
            obj_list_t *l = seq;
            size_t len = l->len;
            size_t total = repeat_len(len, count);
            obj_list_t *r = list_alloc(&type_list, total);
            if (total != 0) {
                memcpy(r->items, l->items, len * sizeof(obj_t));
                r->len = len;
                list_repeat_into(r, len, count);
            }
            return r;
        }
        case BINARY_OP_INPLACE_MULTIPLY: {
            if (!is_list(lhs)) {
                return OBJ_NULL;
            }
            size_t count;
            if (!coll_repeat_count(rhs, &count)) {
                return repeat_type_error(rhs);
            }
            obj_list_t *l = lhs;
            size_t len = l->len;
            if (count == 0 || len == 0) {
                list_clear(l);
            } else {
                (void)repeat_len(len, count);
                list_repeat_into(l, len, count);
            }
            return lhs;
        }
        case BINARY_OP_LESS:
        case BINARY_OP_MORE:
        case BINARY_OP_EQUAL:
        case BINARY_OP_LESS_EQUAL:
        case BINARY_OP_MORE_EQUAL:
        case BINARY_OP_NOT_EQUAL:
            if (!is_list(lhs) || !is_list(rhs)) {
                return OBJ_NULL;
            }
            return coll_seq_compare(op, lhs, rhs, true);
        case BINARY_OP_CONTAINS:
            return obj_bool(coll_seq_contains(lhs, rhs));
        default:
            return OBJ_NULL;
    }
}

// An item index of a store or delete, normalised ("list assignment index out of range").
static size_t list_assign_index(obj_list_t *l, obj_t index) {
    intptr_t i;
    if (OBJ_IS_SMALL_INT(index)) {
        i = OBJ_SMALL_INT_VALUE(index);
    } else if (!rt_get_int_maybe(index, &i)) {
        rt_raise_fmt(&type_TypeError, "list indices must be integers or slices, not %T", index);
    }
    if (i < 0) {
        i += (intptr_t)l->len;
    }
    if (i < 0 || (size_t)i >= l->len) {
        rt_raise_msg(&type_IndexError, "list assignment index out of range");
    }
    return (size_t)i;
}

// Whether [o] can be iterated (without trying).
static bool is_iterable(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    return t->getiter != NULL || (t->flags & TYPE_FLAG_HEAP);
}

static void list_assign_slice(obj_list_t *l, obj_t slice, obj_t value) {
    intptr_t start, stop, step;
    slice_indices(slice, l->len, &start, &stop, &step); // validates before iterating
    obj_t src;
    size_t n = 0;
    obj_t *items = NULL;
    if (value == (obj_t)l) {
        src = list_new(l->len, l->items);
    } else if (seq_get_items(value, &n, &items)) {
        src = value;
    } else {
        if (!is_iterable(value)) {
            rt_raise_msg(&type_TypeError, step == 1 ? "can only assign an iterable"
                                                    : "must assign iterable to extended slice");
        }
        src = list_from_iterable(value);
    }
    // Iterating may have changed the list: resolve against its length now.
    size_t count = slice_indices(slice, l->len, &start, &stop, &step);
    seq_get_items(src, &n, &items);
    if (step == 1) {
        size_t lo = (size_t)start;
        size_t hi = stop < start ? lo : (size_t)stop;
        size_t old = hi - lo;
        size_t len = l->len;
        if (n > old) {
            size_t need = coll_alloc_size(len, 1, n - old);
            if (need > l->alloc) {
                list_grow(l, need);
                seq_get_items(src, &n, &items);
            }
            memmove(l->items + lo + n, l->items + hi, (len - hi) * sizeof(obj_t));
            l->len = need;
        } else if (n < old) {
            memmove(l->items + lo + n, l->items + hi, (len - hi) * sizeof(obj_t));
            l->len = len - (old - n);
            memset(l->items + l->len, 0, (old - n) * sizeof(obj_t));
        }
        if (n != 0) {
            memcpy(l->items + lo, items, n * sizeof(obj_t));
        }
        return;
    }
    if (n != count) {
        rt_raise_fmt(&type_ValueError,
            "attempt to assign sequence of size %zu to extended slice of size %zu", n, count);
    }
    for (size_t k = 0; k < count; k++) {
        l->items[start + (intptr_t)k * step] = items[k];
    }
}

static void list_delete_slice(obj_list_t *l, obj_t slice) {
    intptr_t start, stop, step;
    size_t count = slice_indices(slice, l->len, &start, &stop, &step);
    if (count == 0) {
        return;
    }
    if (step == 1) {
        list_remove_range(l, (size_t)start, (size_t)stop);
        return;
    }
    if (step < 0) {
        start += (intptr_t)(count - 1) * step;
        step = -step;
    }
    // Keep everything that is not at start + k * step, k < count.
    size_t dst = (size_t)start, next = (size_t)start, removed = 0;
    for (size_t src = (size_t)start; src < l->len; src++) {
        if (src == next && removed < count) {
            removed++;
            next += (size_t)step;
            continue;
        }
        l->items[dst++] = l->items[src];
    }
    memset(l->items + dst, 0, (l->len - dst) * sizeof(obj_t));
    l->len = dst;
    list_maybe_shrink(l);
}

static obj_t list_subscr(obj_t self, obj_t index, obj_t value) {
    obj_list_t *l = self;
    if (value == OBJ_SENTINEL) {
        if (OBJ_IS_SMALL_INT(index)) {
            intptr_t i = OBJ_SMALL_INT_VALUE(index);
            if (i < 0) {
                i += (intptr_t)l->len;
            }
            if ((uintptr_t)i < l->len) {
                return l->items[i];
            }
            rt_raise_msg(&type_IndexError, "list index out of range");
        }
        if (is_slice(index)) {
            intptr_t start, stop, step;
            size_t n = slice_indices(index, l->len, &start, &stop, &step);
            obj_list_t *r = list_alloc(&type_list, n);
            if (step == 1) {
                if (n != 0) {
                    memcpy(r->items, l->items + start, n * sizeof(obj_t));
                }
            } else {
                for (size_t k = 0; k < n; k++) {
                    r->items[k] = l->items[start + (intptr_t)k * step];
                }
            }
            r->len = n;
            return r;
        }
        return l->items[rt_seq_index(index, l->len, "list")];
    }
    if (value == OBJ_NULL) {
        if (is_slice(index)) {
            list_delete_slice(l, index);
        } else {
            size_t i = list_assign_index(l, index);
            list_remove_range(l, i, i + 1);
        }
        return OBJ_NONE;
    }
    if (OBJ_IS_SMALL_INT(index)) {
        intptr_t i = OBJ_SMALL_INT_VALUE(index);
        if (i < 0) {
            i += (intptr_t)l->len;
        }
        if ((uintptr_t)i < l->len) {
            l->items[i] = value;
            return OBJ_NONE;
        }
    }
    if (is_slice(index)) {
        list_assign_slice(l, index, value);
    } else {
        l->items[list_assign_index(l, index)] = value;
    }
    return OBJ_NONE;
}

static obj_t list_getiter(obj_t self) {
    return list_iter_new(self);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

static obj_t list_m_append(obj_t self, obj_t x) {
    self = coll_self(self, &type_list, NULL, QSTR_append);
    list_append(self, x);
    return OBJ_NONE;
}
static BUILTIN_FN_2(list_append_obj, QSTR_append, list_m_append);

static obj_t list_m_extend(obj_t self, obj_t src) {
    self = coll_self(self, &type_list, NULL, QSTR_extend);
    list_extend(self, src);
    return OBJ_NONE;
}
static BUILTIN_FN_2(list_extend_obj, QSTR_extend, list_m_extend);

static obj_t list_m_insert(obj_t self, obj_t index, obj_t x) {
    self = coll_self(self, &type_list, NULL, QSTR_insert);
    obj_list_t *l = self;
    intptr_t i = rt_get_int(index);
    intptr_t len = (intptr_t)l->len;
    if (i < 0) {
        i += len;
        if (i < 0) {
            i = 0;
        }
    } else if (i > len) {
        i = len;
    }
    if (l->len >= l->alloc) {
        list_grow(l, l->len + 1);
    }
    memmove(l->items + i + 1, l->items + i, (l->len - (size_t)i) * sizeof(obj_t));
    l->items[i] = x;
    l->len++;
    return OBJ_NONE;
}
static BUILTIN_FN_3(list_insert_obj, QSTR_insert, list_m_insert);

static obj_t list_m_pop(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_list, NULL, QSTR_pop);
    obj_list_t *l = self;
    intptr_t i = n_args > 1 ? rt_get_int(args[1]) : -1;
    if (l->len == 0) {
        rt_raise_msg(&type_IndexError, "pop from empty list");
    }
    if (i < 0) {
        i += (intptr_t)l->len;
    }
    if (i < 0 || (size_t)i >= l->len) {
        rt_raise_msg(&type_IndexError, "pop index out of range");
    }
    obj_t x = l->items[i];
    if ((size_t)i == l->len - 1) {
        l->items[--l->len] = OBJ_NULL;
        list_maybe_shrink(l);
    } else {
        list_remove_range(l, (size_t)i, (size_t)i + 1);
    }
    return x;
}
static BUILTIN_FN_VAR(list_pop_obj, QSTR_pop, 1, 2, list_m_pop);

static obj_t list_m_remove(obj_t self, obj_t x) {
    self = coll_self(self, &type_list, NULL, QSTR_remove);
    obj_list_t *l = self;
    for (size_t i = 0; i < l->len; i++) {
        obj_t y = l->items[i];
        if (y == x || rt_equal(y, x)) {
            if (i < l->len) {
                list_remove_range(l, i, i + 1);
            }
            return OBJ_NONE;
        }
    }
    rt_raise_msg(&type_ValueError, "list.remove(x): x not in list");
}
static BUILTIN_FN_2(list_remove_obj, QSTR_remove, list_m_remove);

static obj_t list_m_index(size_t n_args, const obj_t *args) {
    obj_t self = coll_self(args[0], &type_list, NULL, QSTR_index);
    intptr_t i = coll_seq_find(self, args[1], n_args - 2, args + 2);
    if (i < 0) {
        rt_raise_fmt(&type_ValueError, "%R is not in list", args[1]);
    }
    return int_from_intptr(i);
}
static BUILTIN_FN_VAR(list_index_obj, QSTR_index, 2, 4, list_m_index);

static obj_t list_m_count(obj_t self, obj_t x) {
    self = coll_self(self, &type_list, NULL, QSTR_count);
    return int_from_uintptr(coll_seq_count(self, x));
}
static BUILTIN_FN_2(list_count_obj, QSTR_count, list_m_count);

static obj_t list_m_reverse(obj_t self) {
    self = coll_self(self, &type_list, NULL, QSTR_reverse);
    obj_list_t *l = self;
    sort_reverse(l->items, l->len, 1);
    return OBJ_NONE;
}
static BUILTIN_FN_1(list_reverse_obj, QSTR_reverse, list_m_reverse);

static obj_t list_m_sort(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t self = coll_self(args[0], &type_list, NULL, QSTR_sort);
    static const arg_spec_t spec[] = {
        {QSTR_key, ARG_KW_ONLY, OBJ_NONE},
        {QSTR_reverse, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t vals[2];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 2, spec, vals, QSTR_sort);
    list_sort(self, vals[0] == OBJ_NONE ? OBJ_NULL : vals[0], rt_is_true(vals[1]));
    return OBJ_NONE;
}
static BUILTIN_FN_KW(list_sort_obj, QSTR_sort, 1, BUILTIN_N_ANY, list_m_sort);

static obj_t list_m_copy(obj_t self) {
    self = coll_self(self, &type_list, NULL, QSTR_copy);
    obj_list_t *l = self;
    return list_new(l->len, l->items);
}
static BUILTIN_FN_1(list_copy_obj, QSTR_copy, list_m_copy);

static obj_t list_m_clear(obj_t self) {
    self = coll_self(self, &type_list, NULL, QSTR_clear);
    list_clear(self);
    return OBJ_NONE;
}
static BUILTIN_FN_1(list_clear_obj, QSTR_clear, list_m_clear);

static const dict_entry_t list_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_append), (obj_t)&list_append_obj},
    {OBJ_NEW_QSTR(QSTR_pop), (obj_t)&list_pop_obj},
    {OBJ_NEW_QSTR(QSTR_extend), (obj_t)&list_extend_obj},
    {OBJ_NEW_QSTR(QSTR_insert), (obj_t)&list_insert_obj},
    {OBJ_NEW_QSTR(QSTR_index), (obj_t)&list_index_obj},
    {OBJ_NEW_QSTR(QSTR_remove), (obj_t)&list_remove_obj},
    {OBJ_NEW_QSTR(QSTR_count), (obj_t)&list_count_obj},
    {OBJ_NEW_QSTR(QSTR_sort), (obj_t)&list_sort_obj},
    {OBJ_NEW_QSTR(QSTR_reverse), (obj_t)&list_reverse_obj},
    {OBJ_NEW_QSTR(QSTR_copy), (obj_t)&list_copy_obj},
    {OBJ_NEW_QSTR(QSTR_clear), (obj_t)&list_clear_obj},
    {OBJ_NEW_QSTR(QSTR___getitem__), (obj_t)&coll_getitem_obj},
    {OBJ_NEW_QSTR(QSTR___setitem__), (obj_t)&coll_setitem_obj},
    {OBJ_NEW_QSTR(QSTR___delitem__), (obj_t)&coll_delitem_obj},
    {OBJ_NEW_QSTR(QSTR___len__), (obj_t)&coll_len_obj},
    {OBJ_NEW_QSTR(QSTR___contains__), (obj_t)&coll_contains_obj},
    {OBJ_NEW_QSTR(QSTR___iter__), (obj_t)&coll_iter_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&coll_repr_obj},
};
static DICT_ROM(list_locals_dict, list_locals_table);

const obj_type_t type_list = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_list,
    .print = list_print,
    .make_new = list_make_new,
    .unary_op = list_unary_op,
    .binary_op = list_binary_op,
    .subscr = list_subscr,
    .getiter = list_getiter,
    .locals_dict = (obj_dict_t *)&list_locals_dict,
};
