// The heapq module: a binary min-heap kept in a list, with the same sift
// order as CPython so that lists come out identical.
// SPDX-License-Identifier: MIT

#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_heapq, module_heapq);

// The heap argument; [one_arg] selects CPython's wording for functions
// taking only the heap.
static obj_list_t *heap_arg(obj_t o, const char *fname, bool one_arg) {
    if (!OBJ_IS_PTR(o) || obj_type_of(o) != &type_list) {
        rt_raise_fmt(&type_TypeError, one_arg ? "%s() argument must be list, not %T"
                                              : "%s() argument 1 must be list, not %T",
            fname, o);
    }
    return (obj_list_t *)o;
}

// Comparisons can run Python code that changes the list: every access
// re-checks the bounds.
static void check_len(obj_list_t *h, size_t need) {
    if (h->len < need) {
        rt_raise_msg(&type_RuntimeError, "list changed size during iteration");
    }
}

static bool less(obj_t a, obj_t b) {
    return rt_is_true(rt_binary_op(BINARY_OP_LESS, a, b));
}

// Moves the item at [pos] up toward [start] while it is smaller than its parent.
static void sift_down(obj_list_t *h, size_t start, size_t pos) {
    check_len(h, pos + 1);
    obj_t item = h->items[pos];
    while (pos > start) {
        size_t parent_pos = (pos - 1) / 2;
        obj_t parent = h->items[parent_pos];
        bool lt = less(item, parent);
        check_len(h, pos + 1);
        if (!lt) {
            break;
        }
        h->items[pos] = parent;
        pos = parent_pos;
    }
    h->items[pos] = item;
}

// Moves the smaller child up until [pos] is a leaf, then sifts the original
// item back down into place (fewer comparisons than stopping early).
static void sift_up(obj_list_t *h, size_t pos) {
    size_t end = h->len;
    size_t start = pos;
    check_len(h, pos + 1);
    obj_t item = h->items[pos];
    size_t child = 2 * pos + 1;
    while (child < end) {
        size_t right = child + 1;
        if (right < end) {
            bool lt = less(h->items[child], h->items[right]);
            check_len(h, end);
            if (!lt) {
                child = right;
            }
        }
        h->items[pos] = h->items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    h->items[pos] = item;
    sift_down(h, start, pos);
}

static obj_t heapq_heappush(obj_t heap, obj_t item) {
    obj_list_t *h = heap_arg(heap, "heappush", false);
    list_append(heap, item);
    sift_down(h, 0, h->len - 1);
    return OBJ_NONE;
}
static BUILTIN_FN_2(heapq_heappush_obj, QSTR_heappush, heapq_heappush);

static obj_t heapq_heappop(obj_t heap) {
    obj_list_t *h = heap_arg(heap, "heappop", true);
    if (h->len == 0) {
        rt_raise_msg(&type_IndexError, "index out of range");
    }
    obj_t last = h->items[--h->len];
    h->items[h->len] = OBJ_NULL;
    if (h->len == 0) {
        return last;
    }
    obj_t ret = h->items[0];
    h->items[0] = last;
    sift_up(h, 0);
    return ret;
}
static BUILTIN_FN_1(heapq_heappop_obj, QSTR_heappop, heapq_heappop);

static obj_t heapq_heapreplace(obj_t heap, obj_t item) {
    obj_list_t *h = heap_arg(heap, "heapreplace", false);
    if (h->len == 0) {
        rt_raise_msg(&type_IndexError, "index out of range");
    }
    obj_t ret = h->items[0];
    h->items[0] = item;
    sift_up(h, 0);
    return ret;
}
static BUILTIN_FN_2(heapq_heapreplace_obj, QSTR_heapreplace, heapq_heapreplace);

static obj_t heapq_heappushpop(obj_t heap, obj_t item) {
    obj_list_t *h = heap_arg(heap, "heappushpop", false);
    if (h->len == 0) {
        return item;
    }
    obj_t top = h->items[0];
    bool lt = less(top, item);
    if (!lt) {
        return item;
    }
    check_len(h, 1);
    obj_t ret = h->items[0];
    h->items[0] = item;
    sift_up(h, 0);
    return ret;
}
static BUILTIN_FN_2(heapq_heappushpop_obj, QSTR_heappushpop, heapq_heappushpop);

static obj_t heapq_heapify(obj_t heap) {
    obj_list_t *h = heap_arg(heap, "heapify", true);
    for (size_t i = h->len / 2; i > 0; i--) {
        if (i - 1 < h->len) {
            sift_up(h, i - 1);
        }
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(heapq_heapify_obj, QSTR_heapify, heapq_heapify);

// nlargest/nsmallest: documented as equivalent to sorted(...)[:n].
static obj_t n_best(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw, bool largest,
    qstr fname) {
    static const arg_spec_t spec[] = {
        {QSTR_n, ARG_REQUIRED, OBJ_NULL},
        {QSTR_iterable, ARG_REQUIRED, OBJ_NULL},
        {QSTR_key, 0, OBJ_NONE},
    };
    obj_t v[3];
    rt_parse_args(n_args, args, n_kw, kw, 3, spec, v, fname);
    intptr_t n = rt_get_int(v[0]);
    obj_t list = list_new(0, NULL);
    list_extend(list, v[1]);
    if (n <= 0) {
        return list_new(0, NULL);
    }
    list_sort(list, v[2] == OBJ_NONE ? OBJ_NULL : v[2], largest);
    obj_list_t *l = list;
    if ((size_t)n < l->len) {
        return list_new((size_t)n, l->items);
    }
    return list;
}

static obj_t heapq_nlargest(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return n_best(n_args, args, n_kw, kw, true, QSTR_nlargest);
}
static BUILTIN_FN_KW(heapq_nlargest_obj, QSTR_nlargest, 0, 3, heapq_nlargest);

static obj_t heapq_nsmallest(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return n_best(n_args, args, n_kw, kw, false, QSTR_nsmallest);
}
static BUILTIN_FN_KW(heapq_nsmallest_obj, QSTR_nsmallest, 0, 3, heapq_nsmallest);

static const dict_entry_t heapq_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_heapq)},
    {OBJ_NEW_QSTR(QSTR_heappush), (obj_t)&heapq_heappush_obj},
    {OBJ_NEW_QSTR(QSTR_heappop), (obj_t)&heapq_heappop_obj},
    {OBJ_NEW_QSTR(QSTR_heapreplace), (obj_t)&heapq_heapreplace_obj},
    {OBJ_NEW_QSTR(QSTR_heappushpop), (obj_t)&heapq_heappushpop_obj},
    {OBJ_NEW_QSTR(QSTR_heapify), (obj_t)&heapq_heapify_obj},
    {OBJ_NEW_QSTR(QSTR_nlargest), (obj_t)&heapq_nlargest_obj},
    {OBJ_NEW_QSTR(QSTR_nsmallest), (obj_t)&heapq_nsmallest_obj},
};
static DICT_ROM(heapq_globals, heapq_globals_table);

MODULE_ROM(module_heapq, heapq_globals);
