// Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup, their
// split/subgroup/derive, and the run-time side of except* used by py/vm.c.
// SPDX-License-Identifier: MIT
//
// ExceptionGroup derives from both BaseExceptionGroup and Exception. Built-in
// types have a single parent here, so its parent is Exception, the two types
// share one method table, and rt_is_subclass (py/objtype.c) adds the
// BaseExceptionGroup relation.

#include <string.h>

#include "py/excgroup.h"
#include "py/nlr.h"
#include "py/objexcept.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/vstr.h"

static obj_exception_t *as_exc(obj_t o) {
    return (obj_exception_t *)o;
}

bool excgroup_check(obj_t o) {
    return exc_is_instance(o) && rt_isinstance(o, &type_BaseExceptionGroup);
}

// The tuple of sub-exceptions of the group [eg].
static obj_t group_exceptions(obj_t eg) {
    obj_exception_t *e = as_exc(eg);
    obj_t v = e->dict != NULL ? dict_get_qstr(e->dict, QSTR_exceptions) : OBJ_NULL;
    return v != OBJ_NULL ? v : OBJ_EMPTY_TUPLE;
}

static obj_t group_message(obj_t eg) {
    obj_exception_t *e = as_exc(eg);
    obj_t v = e->dict != NULL ? dict_get_qstr(e->dict, QSTR_message) : OBJ_NULL;
    return v != OBJ_NULL ? v : OBJ_NEW_QSTR(QSTR__empty);
}

static obj_t excgroup_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_kw != 0 && !(type->flags & TYPE_FLAG_HEAP)) {
        rt_raise_msg(&type_TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
    }
    if (n_args != 2) {
        rt_raise_fmt(&type_TypeError,
            "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", (int)n_args);
    }
    if (!rt_isinstance(args[0], &type_str)) {
        rt_raise_fmt(&type_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T",
            args[0]);
    }
    if (!rt_isinstance(args[1], &type_list) && !rt_isinstance(args[1], &type_tuple)) {
        rt_raise_msg(&type_TypeError, "second argument (exceptions) must be a sequence");
    }
    obj_t list = list_new(0, NULL);
    list_extend(list, args[1]);
    size_t n;
    obj_t *items;
    seq_get_items(list, &n, &items);
    if (n == 0) {
        rt_raise_msg(&type_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        if (!exc_is_instance(items[i])) {
            rt_raise_fmt(&type_ValueError,
                "Item %d of second argument (exceptions) is not an exception", (int)i);
        }
        nested_base = nested_base || !rt_isinstance(items[i], &type_Exception);
    }
    if (type == &type_BaseExceptionGroup) {
        if (!nested_base) {
            type = &type_ExceptionGroup;
        }
    } else if (nested_base && rt_is_subclass(type, &type_Exception)) {
        if (type == &type_ExceptionGroup) {
            rt_raise_msg(&type_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
        rt_raise_fmt(&type_TypeError, "Cannot nest BaseExceptions in '%q'", type->name);
    }
    obj_t eg = exc_new(type, 2, args);
    obj_exception_t *e = as_exc(eg);
    e->dict = dict_new(2);
    dict_set_qstr(e->dict, QSTR_message, args[0]);
    dict_set_qstr(e->dict, QSTR_exceptions, tuple_new(n, items));
    return eg;
}

static void excgroup_print(const print_t *p, obj_t self, print_kind_t kind) {
    if (kind == PRINT_REPR) {
        print_fmt(p, "%q", obj_type_of(self)->name);
        rt_print_obj(p, as_exc(self)->args, PRINT_REPR);
        return;
    }
    size_t n;
    obj_t *items;
    seq_get_items(group_exceptions(self), &n, &items);
    print_fmt(p, "%S (%d sub-exception%s)", group_message(self), (int)n, n == 1 ? "" : "s");
}

static void excgroup_attr(obj_t self, qstr attr, obj_t *dest) {
    type_BaseException.attr(self, attr, dest);
}

// str() and repr() as methods, for subclasses defined in Python.
static obj_t excgroup_text(obj_t self, print_kind_t kind) {
    if (!excgroup_check(self)) {
        rt_raise_msg(&type_TypeError, "descriptor requires a 'BaseExceptionGroup' object");
    }
    return str_of_printer(excgroup_print, self, kind);
}

static obj_t excgroup_str_fn(obj_t self) {
    return excgroup_text(self, PRINT_STR);
}
static BUILTIN_FN_1(excgroup_str_obj, QSTR___str__, excgroup_str_fn);

static obj_t excgroup_repr_fn(obj_t self) {
    return excgroup_text(self, PRINT_REPR);
}
static BUILTIN_FN_1(excgroup_repr_obj, QSTR___repr__, excgroup_repr_fn);

static obj_t excgroup_derive_fn(obj_t self, obj_t excs) {
    obj_t args[2] = {group_message(self), excs};
    return rt_call((obj_t)&type_BaseExceptionGroup, 2, 0, args);
}
static BUILTIN_FN_2(excgroup_derive_obj, QSTR_derive, excgroup_derive_fn);

// Whether [cond] is an exception type or a tuple of them (else it must be callable).
static bool cond_is_types(obj_t cond) {
    if (type_is_type(cond)) {
        return (((const obj_type_t *)cond)->flags & TYPE_FLAG_EXCEPTION) != 0;
    }
    if (obj_type_of(cond) == &type_tuple) {
        size_t n;
        obj_t *items;
        seq_get_items(cond, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (!type_is_type(items[i]) ||
                !(((const obj_type_t *)items[i])->flags & TYPE_FLAG_EXCEPTION)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

static void check_cond(obj_t cond) {
    if (!cond_is_types(cond) && !rt_callable(cond)) {
        rt_raise_msg(&type_TypeError,
            "expected a function, exception type or tuple of exception types");
    }
}

static bool cond_matches(obj_t cond, obj_t exc) {
    if (cond_is_types(cond)) {
        return exc_matches(exc, cond);
    }
    return rt_is_true(rt_call1(cond, exc));
}

// eg.derive(excs) with the metadata (traceback, cause, context, notes) of [eg].
static obj_t derive_with_metadata(obj_t eg, obj_t excs) {
    obj_t r = rt_call1(rt_load_attr(eg, QSTR_derive), excs);
    if (!excgroup_check(r)) {
        rt_raise_msg(&type_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    obj_exception_t *src = as_exc(eg), *dst = as_exc(r);
    dst->traceback = src->traceback;
    dst->cause = src->cause;
    dst->context = src->context;
    dst->suppress_context = src->suppress_context;
    obj_t notes = src->dict != NULL ? dict_get_qstr(src->dict, QSTR___notes__) : OBJ_NULL;
    if (notes != OBJ_NULL) {
        if (dst->dict == NULL) {
            dst->dict = dict_new(2);
        }
        obj_t copy = list_new(0, NULL); // a copy, as CPython 3.11
        list_extend(copy, notes);
        dict_set_qstr(dst->dict, QSTR___notes__, copy);
    }
    return r;
}

// Splits [exc] by [cond] into the part that matches and the rest (None when empty).
static void split_rec(obj_t exc, obj_t cond, obj_t *match, obj_t *rest) {
    rt_check_stack();
    if (cond_matches(cond, exc)) {
        *match = exc;
        *rest = OBJ_NONE;
        return;
    }
    if (!excgroup_check(exc)) {
        *match = OBJ_NONE;
        *rest = exc;
        return;
    }
    size_t n;
    obj_t *items;
    seq_get_items(group_exceptions(exc), &n, &items);
    obj_t m_list = list_new(0, NULL), r_list = list_new(0, NULL);
    for (size_t i = 0; i < n; i++) {
        obj_t m, r;
        split_rec(items[i], cond, &m, &r);
        if (m != OBJ_NONE) {
            list_append(m_list, m);
        }
        if (r != OBJ_NONE) {
            list_append(r_list, r);
        }
    }
    *match = rt_len(m_list) > 0 ? derive_with_metadata(exc, m_list) : OBJ_NONE;
    *rest = rt_len(r_list) > 0 ? derive_with_metadata(exc, r_list) : OBJ_NONE;
}

static obj_t excgroup_split_fn(obj_t self, obj_t cond) {
    check_cond(cond);
    obj_t pair[2];
    split_rec(self, cond, &pair[0], &pair[1]);
    return tuple_new(2, pair);
}
static BUILTIN_FN_2(excgroup_split_obj, QSTR_split, excgroup_split_fn);

static obj_t excgroup_subgroup_fn(obj_t self, obj_t cond) {
    check_cond(cond);
    obj_t match, rest;
    split_rec(self, cond, &match, &rest);
    return match;
}
static BUILTIN_FN_2(excgroup_subgroup_obj, QSTR_subgroup, excgroup_subgroup_fn);

static const dict_entry_t excgroup_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR___str__), (obj_t)&excgroup_str_obj},
    {OBJ_NEW_QSTR(QSTR___repr__), (obj_t)&excgroup_repr_obj},
    {OBJ_NEW_QSTR(QSTR_derive), (obj_t)&excgroup_derive_obj},
    {OBJ_NEW_QSTR(QSTR_split), (obj_t)&excgroup_split_obj},
    {OBJ_NEW_QSTR(QSTR_subgroup), (obj_t)&excgroup_subgroup_obj},
};
static DICT_ROM(excgroup_locals_dict, excgroup_locals_table);

const obj_type_t type_BaseExceptionGroup = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EXCEPTION,
    .name = QSTR_BaseExceptionGroup,
    .print = excgroup_print,
    .make_new = excgroup_make_new,
    .attr = excgroup_attr,
    .parent = &type_BaseException,
    .locals_dict = (obj_dict_t *)&excgroup_locals_dict,
};

const obj_type_t type_ExceptionGroup = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EXCEPTION,
    .name = QSTR_ExceptionGroup,
    .print = excgroup_print,
    .make_new = excgroup_make_new,
    .attr = excgroup_attr,
    .parent = &type_Exception,
    .locals_dict = (obj_dict_t *)&excgroup_locals_dict,
};

// ---------------------------------------------------------------------------
// except*
// ---------------------------------------------------------------------------

// The except* clause type (a type or a tuple of types) must be exception
// classes, and not exception groups.
static void check_star_type(obj_t t) {
    if (obj_type_of(t) == &type_tuple) {
        size_t n;
        obj_t *items;
        seq_get_items(t, &n, &items);
        for (size_t i = 0; i < n; i++) {
            check_star_type(items[i]);
        }
        return;
    }
    if (!type_is_type(t) || !(((const obj_type_t *)t)->flags & TYPE_FLAG_EXCEPTION)) {
        rt_raise_msg(&type_TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
    }
    if (rt_is_subclass(t, &type_BaseExceptionGroup)) {
        rt_raise_msg(&type_TypeError,
            "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
}

void excgroup_match(obj_t exc, obj_t type, obj_t *rest, obj_t *match) {
    check_star_type(type);
    if (exc == OBJ_NONE) {
        *rest = *match = OBJ_NONE;
        return;
    }
    if (exc_matches(exc, type)) {
        if (excgroup_check(exc)) {
            *match = exc;
        } else {
            // A naked exception is wrapped in a group for the handler.
            obj_t excs = tuple_new(1, &exc);
            obj_t args[2] = {OBJ_NEW_QSTR(QSTR__empty), excs};
            *match = rt_call((obj_t)&type_BaseExceptionGroup, 2, 0, args);
            as_exc(*match)->traceback = as_exc(exc)->traceback;
        }
        *rest = OBJ_NONE;
        return;
    }
    if (!excgroup_check(exc)) {
        *rest = exc;
        *match = OBJ_NONE;
        return;
    }
    obj_t pair = rt_call1(rt_load_attr(exc, QSTR_split), type);
    size_t n;
    obj_t *items;
    if (!seq_get_items(pair, &n, &items) || n != 2) {
        rt_raise_msg(&type_TypeError, "X.split(T) must return a tuple of 2 items");
    }
    *match = items[0];
    *rest = items[1];
}

// Whether [a] and [b] carry the same traceback, cause, context and notes
// (parts split off the same group do: a re-raised part).
static bool same_metadata(obj_t a, obj_t b) {
    obj_exception_t *x = as_exc(a), *y = as_exc(b);
    obj_t nx = x->dict != NULL ? dict_get_qstr(x->dict, QSTR___notes__) : OBJ_NULL;
    obj_t ny = y->dict != NULL ? dict_get_qstr(y->dict, QSTR___notes__) : OBJ_NULL;
    return nx == ny && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

// Appends the leaf exceptions of [exc] to the list [leaves] (searched by
// identity later: few exceptions, and no address-keyed set is needed).
static void collect_leaves(obj_t exc, obj_t leaves) {
    rt_check_stack();
    if (!excgroup_check(exc)) {
        list_append(leaves, exc);
        return;
    }
    size_t n;
    obj_t *items;
    seq_get_items(group_exceptions(exc), &n, &items);
    for (size_t i = 0; i < n; i++) {
        collect_leaves(items[i], leaves);
    }
}

static bool contains_identity(obj_t list, obj_t x) {
    size_t n;
    obj_t *items;
    seq_get_items(list, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (items[i] == x) {
            return true;
        }
    }
    return false;
}

// The part of [eg] whose leaves are in [leaves] (keeping its nesting), or None.
static obj_t project(obj_t eg, obj_t leaves) {
    rt_check_stack();
    if (!excgroup_check(eg)) {
        return contains_identity(leaves, eg) ? eg : OBJ_NONE;
    }
    size_t n;
    obj_t *items;
    seq_get_items(group_exceptions(eg), &n, &items);
    obj_t kept = list_new(0, NULL);
    bool all = true;
    for (size_t i = 0; i < n; i++) {
        obj_t p = project(items[i], leaves);
        if (p != OBJ_NONE) {
            list_append(kept, p);
        }
        all = all && p == items[i];
    }
    if (all) {
        return eg;
    }
    return rt_len(kept) > 0 ? derive_with_metadata(eg, kept) : OBJ_NONE;
}

obj_t excgroup_prep_reraise(obj_t orig, obj_t excs) {
    size_t n;
    obj_t *items;
    seq_get_items(excs, &n, &items);
    obj_t raised = list_new(0, NULL), reraised_leaves = list_new(0, NULL);
    bool any_reraised = false;
    for (size_t i = 0; i < n; i++) {
        obj_t e = items[i];
        if (e == OBJ_NONE) {
            continue;
        }
        if (!excgroup_check(orig)) {
            // A naked exception: one clause at most ran, so there is one exception.
            return e;
        }
        if (exc_is_instance(e) && same_metadata(e, orig)) {
            collect_leaves(e, reraised_leaves);
            any_reraised = true;
        } else {
            list_append(raised, e);
        }
    }
    if (!excgroup_check(orig)) {
        return OBJ_NONE;
    }
    obj_t reraised = any_reraised ? project(orig, reraised_leaves) : OBJ_NONE;
    if (rt_len(raised) == 0) {
        return reraised;
    }
    if (reraised != OBJ_NONE) {
        list_append(raised, reraised);
    }
    if (rt_len(raised) == 1) {
        seq_get_items(raised, &n, &items);
        return items[0];
    }
    obj_t args[2] = {OBJ_NEW_QSTR(QSTR__empty), raised};
    return rt_call((obj_t)&type_BaseExceptionGroup, 2, 0, args);
}

// ---------------------------------------------------------------------------
// Printing uncaught exception groups (CPython's traceback tree)
// ---------------------------------------------------------------------------

// The state of one printout: nesting depth (each level indents by two and
// adds a margin), whether the last sub-exception still needs the closing
// line, and the exceptions already printed through __cause__/__context__.
typedef struct tb_ctx {
    const print_t *p;
    int depth;
    bool need_close;
    obj_t seen[64];
    size_t n_seen;
} tb_ctx_t;

#define GROUP_MAX_WIDTH (15)
#define GROUP_MAX_DEPTH (10)

static void put_indent(tb_ctx_t *c) {
    for (int i = 0; i < c->depth; i++) {
        print_str(c->p, "  ");
    }
}

// Writes [len] bytes of [s], each line prefixed by the indent and, inside a
// group, [margin] and a space.
static void emit(tb_ctx_t *c, const char *s, size_t len, char margin) {
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && s[j] != '\n') {
            j++;
        }
        if (j < len) {
            j++;
        }
        put_indent(c);
        if (c->depth > 0) {
            char m[2] = {margin, ' '};
            print_strn(c->p, m, 2);
        }
        print_strn(c->p, s + i, j - i);
        i = j;
    }
}

static void emit_str(tb_ctx_t *c, const char *s) {
    emit(c, s, strlen(s), '|');
}

// The frames of [exc], outermost first, runs of one frame cut after three.
static void emit_frames(tb_ctx_t *c, obj_list_t *tb) {
    vstr_t v;
    vstr_init(&v, 128);
    print_t vp;
    vstr_print(&v, &vp);
    size_t n = tb->len / 3;
    obj_t *prev = NULL;
    size_t repeats = 0;
    for (size_t i = n; i-- > 0;) {
        obj_t *t = tb->items + 3 * i;
        bool same = prev != NULL && t[0] == prev[0] && t[2] == prev[2] && rt_equal(t[1], prev[1]);
        if (same) {
            repeats++;
        } else {
            if (repeats > 3) {
                print_fmt(&vp, "  [Previous line repeated %zu more time%s]\n", repeats - 3,
                    repeats - 3 == 1 ? "" : "s");
            }
            repeats = 1;
        }
        prev = t;
        if (repeats <= 3) {
            print_fmt(&vp, "  File \"%S\", line %S, in %S\n", t[0], t[1], t[2]);
        }
    }
    if (repeats > 3) {
        print_fmt(&vp, "  [Previous line repeated %zu more time%s]\n", repeats - 3,
            repeats - 3 == 1 ? "" : "s");
    }
    emit(c, v.buf, v.len, '|');
}

// "Type: message" and the notes of [exc].
static void emit_exc_only(tb_ctx_t *c, obj_t exc) {
    vstr_t v;
    vstr_init(&v, 64);
    print_t vp;
    vstr_print(&v, &vp);
    const obj_type_t *t = obj_type_of(exc);
    qstr mod = type_module_name(t);
    if (mod != QSTR_NULL && mod != QSTR_builtins && mod != QSTR___main__) {
        print_fmt(&vp, "%q.", mod);
    }
    print_fmt(&vp, "%q", type_qualname(t));
    vstr_t m;
    vstr_init(&m, 32);
    print_t mp;
    vstr_print(&m, &mp);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        rt_print_obj(&mp, exc, PRINT_STR);
        nlr_pop();
    } else {
        m.len = 0;
        vstr_add_str(&m, "<exception str() failed>");
    }
    if (m.len != 0) {
        print_str(&vp, ": ");
        print_strn(&vp, m.buf, m.len);
    }
    print_str(&vp, "\n");
    obj_exception_t *e = as_exc(exc);
    obj_t notes = e->dict != NULL ? dict_get_qstr(e->dict, QSTR___notes__) : OBJ_NULL;
    size_t n;
    obj_t *items;
    if (notes != OBJ_NULL && seq_get_items(notes, &n, &items)) {
        for (size_t i = 0; i < n; i++) {
            if (obj_is_str(items[i])) {
                size_t len;
                const char *s = str_data(items[i], &len);
                print_strn(&vp, s, len);
                print_str(&vp, "\n");
            }
        }
    }
    emit(c, v.buf, v.len, '|');
}

static bool tb_seen(tb_ctx_t *c, obj_t exc) {
    for (size_t i = 0; i < c->n_seen; i++) {
        if (c->seen[i] == exc) {
            return true;
        }
    }
    return false;
}

static void tb_mark(tb_ctx_t *c, obj_t exc) {
    if (c->n_seen < ARRAY_SIZE(c->seen)) {
        c->seen[c->n_seen++] = exc;
    }
}

static void format_exc(tb_ctx_t *c, obj_t exc);

// One exception without its chain: a traceback and line, or a group's tree.
static void format_one(tb_ctx_t *c, obj_t exc) {
    obj_list_t *tb = as_exc(exc)->traceback;
    bool has_tb = tb != NULL && tb->len >= 3;
    if (!excgroup_check(exc)) {
        if (has_tb) {
            emit_str(c, "Traceback (most recent call last):\n");
            emit_frames(c, tb);
        }
        emit_exc_only(c, exc);
        return;
    }
    if (c->depth > GROUP_MAX_DEPTH) {
        vstr_t v;
        vstr_init(&v, 48);
        print_t vp;
        vstr_print(&v, &vp);
        print_fmt(&vp, "... (max_group_depth is %d)\n", GROUP_MAX_DEPTH);
        emit(c, v.buf, v.len, '|');
        return;
    }
    bool top = c->depth == 0;
    if (top) {
        c->depth++;
    }
    if (has_tb) {
        const char *h = "Exception Group Traceback (most recent call last):\n";
        emit(c, h, strlen(h), top ? '+' : '|');
        emit_frames(c, tb);
    }
    emit_exc_only(c, exc);
    size_t n_excs;
    obj_t *excs;
    seq_get_items(group_exceptions(exc), &n_excs, &excs);
    size_t n = n_excs <= GROUP_MAX_WIDTH ? n_excs : GROUP_MAX_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i + 1 == n;
        if (last) {
            c->need_close = true; // (a nested group may close it first)
        }
        bool truncated = i >= GROUP_MAX_WIDTH;
        put_indent(c);
        print_str(c->p, i == 0 ? "+-" : "  ");
        if (truncated) {
            print_str(c->p, "+---------------- ... ----------------\n");
        } else {
            print_fmt(c->p, "+---------------- %d ----------------\n", (int)(i + 1));
        }
        c->depth++;
        if (!truncated) {
            format_exc(c, excs[i]);
        } else {
            size_t more = n_excs - GROUP_MAX_WIDTH;
            vstr_t v;
            vstr_init(&v, 48);
            print_t vp;
            vstr_print(&v, &vp);
            print_fmt(&vp, "and %d more exception%s\n", (int)more, more > 1 ? "s" : "");
            emit(c, v.buf, v.len, '|');
        }
        if (last && c->need_close) {
            put_indent(c);
            print_str(c->p, "+------------------------------------\n");
            c->need_close = false;
        }
        c->depth--;
    }
    if (top) {
        c->depth = 0;
    }
}

// An exception after the ones it chains to (__cause__, else __context__).
static void format_exc(tb_ctx_t *c, obj_t exc) {
    rt_check_stack();
    tb_mark(c, exc);
    obj_exception_t *e = as_exc(exc);
    obj_t next = OBJ_NULL;
    const char *joint = NULL;
    if (e->cause != OBJ_NULL && e->cause != OBJ_NONE) {
        next = e->cause;
        joint = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (e->context != OBJ_NULL && e->context != OBJ_NONE && !e->suppress_context) {
        next = e->context;
        joint = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (next != OBJ_NULL && exc_is_instance(next) && !tb_seen(c, next)) {
        format_exc(c, next);
        emit_str(c, joint);
    }
    format_one(c, exc);
}

// Whether [exc] or an exception it chains to is a group.
static bool chain_has_group(obj_t exc) {
    for (int i = 0; i < 32 && exc_is_instance(exc); i++) {
        if (excgroup_check(exc)) {
            return true;
        }
        obj_exception_t *e = as_exc(exc);
        if (e->cause != OBJ_NULL && e->cause != OBJ_NONE) {
            exc = e->cause;
        } else if (e->context != OBJ_NULL && !e->suppress_context) {
            exc = e->context;
        } else {
            return false;
        }
    }
    return false;
}

bool excgroup_print_traceback(const print_t *p, obj_t exc) {
    if (!chain_has_group(exc)) {
        return false;
    }
    tb_ctx_t *c = rt_alloc(sizeof(tb_ctx_t));
    c->p = p;
    format_exc(c, exc);
    return true;
}
