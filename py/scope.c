// Scope analysis: a first pass over the AST records what each name does in
// each scope, a second pass decides where each name lives (fast slot, cell,
// free variable, global or dict) and numbers the fast slots.
// SPDX-License-Identifier: MIT
#include <string.h>

#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/runtime.h"
#include "py/scope.h"
#include "py/vstr.h"

typedef struct scan {
    qstr filename;
    qstr dot0; // the hidden parameter of comprehensions
} scan_t;

NORETURN void scope_syntax_error(qstr filename, uint32_t line, uint32_t col, const char *msg) {
    rt_raise(exc_new_syntax_error(&type_SyntaxError, msg, filename, line, col, NULL, 0));
}

NORETURN static void error_at(scan_t *sc, ast_node_t *node, const char *fmt, qstr name) {
    obj_t msg = str_fmt(fmt, name);
    size_t len;
    const char *s = str_data(msg, &len);
    scope_syntax_error(sc->filename, node ? node->line : 1, node ? node->col : 0, s);
}

symbol_t *scope_find(scope_t *s, qstr name) {
    for (size_t i = 0; i < s->n_syms; i++) {
        if (s->syms[i].name == name) {
            return &s->syms[i];
        }
    }
    return NULL;
}

// Finds or adds [name] in [s] and ORs [flags] into it.
static symbol_t *add_sym_raw(scope_t *s, qstr name, uint16_t flags, ast_node_t *at);

// Same for a name written in the source of [s] (mangled if private).
static symbol_t *add_sym(scope_t *s, qstr name, uint16_t flags, ast_node_t *at) {
    return add_sym_raw(s, scope_mangle(s, name), flags, at);
}

static symbol_t *add_sym_raw(scope_t *s, qstr name, uint16_t flags, ast_node_t *at) {
    symbol_t *sym = scope_find(s, name);
    if (sym == NULL) {
        if (s->n_syms == s->alloc_syms) {
            size_t n = s->alloc_syms ? s->alloc_syms * 2 : 8;
            s->syms = rt_realloc(s->syms, n * sizeof(symbol_t));
            s->alloc_syms = n;
        }
        sym = &s->syms[s->n_syms++];
        memset(sym, 0, sizeof(*sym));
        sym->name = name;
        if (at != NULL) {
            sym->line = at->line;
            sym->col = at->col;
        }
    }
    sym->flags |= flags;
    return sym;
}

static qstr make_qualname(scope_t *parent, qstr name) {
    if (parent == NULL || parent->kind == SCOPE_MODULE) {
        return name;
    }
    vstr_t v;
    vstr_init(&v, 32);
    vstr_add_str(&v, qstr_str(parent->qualname));
    if (parent->kind != SCOPE_CLASS) {
        vstr_add_str(&v, ".<locals>");
    }
    vstr_add_byte(&v, '.');
    vstr_add_str(&v, qstr_str(name));
    return qstr_from_strn(v.buf, v.len);
}

qstr scope_mangle(const scope_t *s, qstr name) {
    qstr priv = s->private_name;
    if (priv == QSTR_NULL) {
        return name;
    }
    size_t len;
    const char *n = qstr_data(name, &len);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_')
        || memchr(n, '.', len) != NULL) {
        return name;
    }
    size_t plen;
    const char *p = qstr_data(priv, &plen);
    while (plen > 0 && *p == '_') {
        p++;
        plen--;
    }
    if (plen == 0) {
        return name; // a class named only with underscores mangles nothing
    }
    vstr_t v;
    vstr_init(&v, 1 + plen + len);
    vstr_add_byte(&v, '_');
    vstr_add_strn(&v, p, plen);
    vstr_add_strn(&v, n, len);
    return qstr_from_strn(v.buf, v.len);
}

static scope_t *new_scope(scope_t *parent, ast_node_t *node, scope_kind_t kind, qstr name) {
    scope_t *s = rt_alloc(sizeof(scope_t));
    s->parent = parent;
    s->node = node;
    s->kind = kind;
    s->name = name;
    s->private_name = kind == SCOPE_CLASS ? name : parent != NULL ? parent->private_name : QSTR_NULL;
    s->qualname = make_qualname(parent, name);
    if (parent != NULL) {
        if (parent->n_children == parent->alloc_children) {
            size_t n = parent->alloc_children ? parent->alloc_children * 2 : 4;
            parent->children = rt_realloc(parent->children, n * sizeof(scope_t *));
            parent->alloc_children = n;
        }
        parent->children[parent->n_children++] = s;
    }
    return s;
}

scope_t *scope_child(scope_t *s, ast_node_t *node) {
    for (size_t i = 0; i < s->n_children; i++) {
        if (s->children[i]->node == node) {
            return s->children[i];
        }
    }
    return NULL;
}

// ---------------------------------------------------------------------------
// First pass
// ---------------------------------------------------------------------------

static void scan_expr(scan_t *sc, scope_t *s, ast_node_t *n);
static void scan_stmts(scan_t *sc, scope_t *s, ast_seq_t *seq);

static void scan_exprs(scan_t *sc, scope_t *s, ast_seq_t *seq) {
    if (seq != NULL) {
        for (size_t i = 0; i < seq->len; i++) {
            scan_expr(sc, s, seq->items[i]);
        }
    }
}

static void use_name(scope_t *s, qstr name, ast_node_t *at) {
    add_sym(s, name, SYM_USED, at);
    if ((name == QSTR_super || name == QSTR___class__) && s->kind != SCOPE_CLASS) {
        s->uses_super = true;
        add_sym(s, QSTR___class__, SYM_USED, at);
    }
}

// A store or delete target.
static void scan_target(scan_t *sc, scope_t *s, ast_node_t *n) {
    if (n == NULL) {
        return;
    }
    switch (n->kind) {
        case AST_NAME:
            add_sym(s, n->name, SYM_ASSIGNED, n);
            break;
        case AST_TUPLE:
        case AST_LIST:
            if (n->s1 != NULL) {
                for (size_t i = 0; i < n->s1->len; i++) {
                    scan_target(sc, s, n->s1->items[i]);
                }
            }
            break;
        case AST_STARRED:
            scan_target(sc, s, n->a);
            break;
        default:
            // Attributes and subscripts evaluate their parts; anything else
            // is rejected by the code generator.
            scan_expr(sc, s, n);
            break;
    }
}

static void scan_args_outer(scan_t *sc, scope_t *s, ast_args_t *args) {
    // Defaults and annotations are evaluated where the def is.
    if (args == NULL) {
        return;
    }
    if (args->pos != NULL) {
        for (size_t i = 0; i < args->pos->len; i++) {
            scan_expr(sc, s, args->pos->items[i]->b);
        }
    }
    if (args->kwonly != NULL) {
        for (size_t i = 0; i < args->kwonly->len; i++) {
            scan_expr(sc, s, args->kwonly->items[i]->b);
        }
    }
    if (args->pos != NULL) {
        for (size_t i = 0; i < args->pos->len; i++) {
            scan_expr(sc, s, args->pos->items[i]->a);
        }
    }
    if (args->vararg != NULL) {
        scan_expr(sc, s, args->vararg->a);
    }
    if (args->kwonly != NULL) {
        for (size_t i = 0; i < args->kwonly->len; i++) {
            scan_expr(sc, s, args->kwonly->items[i]->a);
        }
    }
    if (args->kwarg != NULL) {
        scan_expr(sc, s, args->kwarg->a);
    }
}

static void add_param(scan_t *sc, scope_t *f, ast_node_t *arg) {
    symbol_t *sym = scope_find(f, scope_mangle(f, arg->name));
    if (sym != NULL && (sym->flags & SYM_PARAM)) {
        error_at(sc, arg, "duplicate argument '%q' in function definition", arg->name);
    }
    add_sym(f, arg->name, SYM_PARAM | SYM_ASSIGNED, arg);
}

static void add_params(scan_t *sc, scope_t *f, ast_args_t *args) {
    if (args == NULL) {
        return;
    }
    if (args->pos != NULL) {
        for (size_t i = 0; i < args->pos->len; i++) {
            add_param(sc, f, args->pos->items[i]);
        }
    }
    if (args->kwonly != NULL) {
        for (size_t i = 0; i < args->kwonly->len; i++) {
            add_param(sc, f, args->kwonly->items[i]);
        }
    }
    if (args->vararg != NULL) {
        add_param(sc, f, args->vararg);
    }
    if (args->kwarg != NULL) {
        add_param(sc, f, args->kwarg);
    }
}

static void scan_comprehension(scan_t *sc, scope_t *s, ast_node_t *n) {
    ast_seq_t *gens = n->s1;
    // The first iterable is evaluated in the enclosing scope.
    scan_expr(sc, s, gens->items[0]->b);
    qstr name;
    switch (n->kind) {
        case AST_LISTCOMP:
            name = QSTR__lt_listcomp_gt;
            break;
        case AST_SETCOMP:
            name = QSTR__lt_setcomp_gt;
            break;
        case AST_DICTCOMP:
            name = QSTR__lt_dictcomp_gt;
            break;
        default:
            name = QSTR__lt_genexpr_gt;
            break;
    }
    scope_t *c = new_scope(s, n, SCOPE_COMP, name);
    c->is_generator = n->kind == AST_GENEXP;
    for (size_t i = 0; i < gens->len; i++) {
        if (gens->items[i]->flags & AST_FLAG_ASYNC) {
            c->is_coroutine = true;
        }
    }
    add_sym(c, sc->dot0, SYM_PARAM | SYM_ASSIGNED, n);
    for (size_t i = 0; i < gens->len; i++) {
        ast_node_t *g = gens->items[i];
        if (i > 0) {
            scan_expr(sc, c, g->b);
        }
        scan_target(sc, c, g->a);
        // Mark the iteration variables so a walrus cannot rebind them.
        ast_node_t *t = g->a;
        if (t != NULL && t->kind == AST_NAME) {
            add_sym(c, t->name, SYM_COMP_ITER, t);
        } else if (t != NULL && (t->kind == AST_TUPLE || t->kind == AST_LIST) && t->s1 != NULL) {
            for (size_t j = 0; j < t->s1->len; j++) {
                ast_node_t *e = t->s1->items[j];
                if (e->kind == AST_STARRED) {
                    e = e->a;
                }
                if (e->kind == AST_NAME) {
                    add_sym(c, e->name, SYM_COMP_ITER, e);
                }
            }
        }
        scan_exprs(sc, c, g->s1);
    }
    if (n->kind == AST_DICTCOMP) {
        scan_expr(sc, c, n->a);
        scan_expr(sc, c, n->b);
    } else {
        scan_expr(sc, c, n->a);
    }
    // An asynchronous list/set/dict comprehension is awaited where it stands.
    if (c->is_coroutine && n->kind != AST_GENEXP && !s->is_coroutine) {
        error_at(sc, n, "asynchronous comprehension outside of an asynchronous function", 0);
    }
}

static void scan_expr(scan_t *sc, scope_t *s, ast_node_t *n) {
    if (n == NULL) {
        return;
    }
    switch (n->kind) {
        case AST_NAME:
            use_name(s, n->name, n);
            break;
        case AST_CONST:
            break;
        case AST_LAMBDA: {
            scan_args_outer(sc, s, n->args);
            scope_t *f = new_scope(s, n, SCOPE_FUNCTION, QSTR__lt_lambda_gt);
            add_params(sc, f, n->args);
            scan_expr(sc, f, n->a);
            break;
        }
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_GENEXP:
        case AST_DICTCOMP:
            scan_comprehension(sc, s, n);
            break;
        case AST_YIELD:
        case AST_YIELDFROM:
        case AST_AWAIT: {
            if (n->kind == AST_AWAIT && s->kind == SCOPE_COMP) {
                // await makes the comprehension asynchronous (checked when it ends).
                s->is_coroutine = true;
                scan_expr(sc, s, n->a);
                break;
            }
            if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) {
                if (n->kind == AST_AWAIT) {
                    error_at(sc, n, "'await' outside function", 0);
                }
                error_at(sc, n, "'yield' outside function", 0);
            }
            if (s->kind == SCOPE_COMP && n->kind != AST_AWAIT) {
                ast_kind_t k = s->node->kind;
                const char *msg = k == AST_LISTCOMP ? "'yield' inside list comprehension"
                    : k == AST_SETCOMP ? "'yield' inside set comprehension"
                    : k == AST_DICTCOMP ? "'yield' inside dict comprehension"
                    : "'yield' inside generator expression";
                error_at(sc, n, msg, 0);
            }
            if (n->kind == AST_AWAIT) {
                if (s->kind == SCOPE_FUNCTION && !s->is_coroutine) {
                    error_at(sc, n, "'await' outside async function", 0);
                }
            } else {
                if (s->is_coroutine && n->kind == AST_YIELDFROM) {
                    error_at(sc, n, "'yield from' inside async function", 0);
                }
                s->is_generator = true;
            }
            scan_expr(sc, s, n->a);
            break;
        }
        case AST_NAMEDEXPR: {
            scan_expr(sc, s, n->b);
            ast_node_t *t = n->a;
            if (s->kind == SCOPE_COMP) {
                symbol_t *it = scope_find(s, scope_mangle(s, t->name));
                if (it != NULL && (it->flags & SYM_COMP_ITER)) {
                    error_at(sc, n, "assignment expression cannot rebind comprehension iteration variable '%q'", t->name);
                }
                scope_t *outer = s;
                while (outer->kind == SCOPE_COMP) {
                    outer = outer->parent;
                }
                if (outer->kind == SCOPE_CLASS) {
                    error_at(sc, n, "assignment expression within a comprehension cannot be used in a class body", 0);
                }
                uint16_t how = outer->kind == SCOPE_MODULE ? SYM_GLOBAL : SYM_NONLOCAL;
                for (scope_t *c = s; c != outer; c = c->parent) {
                    symbol_t *sym = add_sym(c, t->name, how, t);
                    sym->line = t->line;
                    sym->col = t->col;
                }
                symbol_t *osym = scope_find(outer, scope_mangle(outer, t->name));
                if (osym == NULL || !(osym->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
                    add_sym(outer, t->name, SYM_ASSIGNED, t);
                }
            } else {
                scan_target(sc, s, t);
            }
            break;
        }
        case AST_ARG:
            break;
        default:
            scan_expr(sc, s, n->a);
            scan_expr(sc, s, n->b);
            scan_expr(sc, s, n->c);
            scan_exprs(sc, s, n->s1);
            scan_exprs(sc, s, n->s2);
            scan_exprs(sc, s, n->s3);
            scan_exprs(sc, s, n->s4);
            break;
    }
}

// A pattern of a match statement: its capture names are assigned, its value
// and class expressions are evaluated.
static void scan_pattern(scan_t *sc, scope_t *s, ast_node_t *n) {
    if (n == NULL) {
        return;
    }
    rt_check_stack();
    switch (n->kind) {
        case AST_PAT_VALUE:
            scan_expr(sc, s, n->a);
            break;
        case AST_PAT_SINGLETON:
            break;
        case AST_PAT_STAR:
            if (n->name != QSTR_NULL) {
                add_sym(s, n->name, SYM_ASSIGNED, n);
            }
            break;
        case AST_PAT_AS:
            scan_pattern(sc, s, n->a);
            if (n->name != QSTR_NULL) {
                add_sym(s, n->name, SYM_ASSIGNED, n);
            }
            break;
        case AST_PAT_MAPPING:
            scan_exprs(sc, s, n->s1);
            for (size_t i = 0; n->s2 != NULL && i < n->s2->len; i++) {
                scan_pattern(sc, s, n->s2->items[i]);
            }
            if (n->name != QSTR_NULL) {
                add_sym(s, n->name, SYM_ASSIGNED, n);
            }
            break;
        case AST_PAT_CLASS:
            scan_expr(sc, s, n->a);
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                scan_pattern(sc, s, n->s1->items[i]);
            }
            for (size_t i = 0; n->s2 != NULL && i < n->s2->len; i++) {
                scan_pattern(sc, s, n->s2->items[i]);
            }
            break;
        default: // AST_PAT_SEQUENCE, AST_PAT_OR
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                scan_pattern(sc, s, n->s1->items[i]);
            }
            break;
    }
}

static void scan_global_nonlocal(scan_t *sc, scope_t *s, ast_node_t *n) {
    bool global = n->kind == AST_GLOBAL;
    if (!global && s->kind == SCOPE_MODULE) {
        error_at(sc, n, "nonlocal declaration not allowed at module level", 0);
    }
    for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
        ast_node_t *id = n->s1->items[i];
        qstr name = id->name;
        symbol_t *sym = scope_find(s, scope_mangle(s, name));
        if (sym != NULL) {
            if ((global && (sym->flags & SYM_NONLOCAL)) || (!global && (sym->flags & SYM_GLOBAL))) {
                // CPython reports it at the first of the two declarations.
                size_t len;
                const char *msg = str_data(str_fmt("name '%q' is nonlocal and global", name), &len);
                scope_syntax_error(sc->filename, sym->line, sym->col, msg);
            }
            if (sym->flags & SYM_PARAM) {
                error_at(sc, n, global ? "name '%q' is parameter and global" : "name '%q' is parameter and nonlocal", name);
            }
            if (sym->flags & SYM_USED) {
                error_at(sc, n, global ? "name '%q' is used prior to global declaration" : "name '%q' is used prior to nonlocal declaration", name);
            }
            if (sym->flags & SYM_ANNOTATED) {
                error_at(sc, n, global ? "annotated name '%q' can't be global" : "annotated name '%q' can't be nonlocal", name);
            }
            if (sym->flags & SYM_ASSIGNED) {
                error_at(sc, n, global ? "name '%q' is assigned to before global declaration" : "name '%q' is assigned to before nonlocal declaration", name);
            }
        }
        sym = add_sym(s, name, global ? SYM_GLOBAL : SYM_NONLOCAL, n);
        sym->line = n->line;
        sym->col = n->col;
    }
}

static void scan_stmt(scan_t *sc, scope_t *s, ast_node_t *n) {
    if (n == NULL) {
        return;
    }
    switch (n->kind) {
        case AST_EXPR_STMT:
            scan_expr(sc, s, n->a);
            break;
        case AST_ASSIGN:
            scan_expr(sc, s, n->a);
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                scan_target(sc, s, n->s1->items[i]);
            }
            break;
        case AST_AUGASSIGN:
            if (n->a->kind == AST_NAME) {
                use_name(s, n->a->name, n->a);
                // A candidate for appending to a str in place (py/compile.c).
                if (n->op == BINARY_OP_ADD && !(n->b->kind == AST_CONST && !obj_is_str(n->b->value))) {
                    add_sym(s, n->a->name, SYM_APPENDED, n->a);
                }
            }
            scan_target(sc, s, n->a);
            scan_expr(sc, s, n->b);
            break;
        case AST_ANNASSIGN:
            if (n->a->kind == AST_NAME && n->flags) {
                symbol_t *sym = scope_find(s, scope_mangle(s, n->a->name));
                if (sym != NULL && (sym->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && n->c != NULL) {
                    error_at(sc, n, (sym->flags & SYM_GLOBAL) ? "annotated name '%q' can't be global"
                        : "annotated name '%q' can't be nonlocal", n->a->name);
                }
                add_sym(s, n->a->name, SYM_ANNOTATED, n->a);
            }
            if (n->c != NULL) {
                scan_expr(sc, s, n->c);
                scan_target(sc, s, n->a);
            } else if (n->a->kind != AST_NAME) {
                scan_target(sc, s, n->a);
            } else if (s->kind != SCOPE_MODULE && s->kind != SCOPE_CLASS) {
                // `x: int` alone makes x local in a function.
                add_sym(s, n->a->name, SYM_ASSIGNED, n->a);
            }
            scan_expr(sc, s, n->b);
            break;
        case AST_DELETE:
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                scan_target(sc, s, n->s1->items[i]);
            }
            break;
        case AST_PASS:
        case AST_BREAK:
        case AST_CONTINUE:
            break;
        case AST_RETURN:
            scan_expr(sc, s, n->a);
            break;
        case AST_RAISE:
            scan_expr(sc, s, n->a);
            scan_expr(sc, s, n->b);
            break;
        case AST_GLOBAL:
        case AST_NONLOCAL:
            scan_global_nonlocal(sc, s, n);
            break;
        case AST_ASSERT:
            scan_expr(sc, s, n->a);
            scan_expr(sc, s, n->b);
            break;
        case AST_IMPORT:
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                ast_node_t *al = n->s1->items[i];
                qstr bound = al->name2;
                if (bound == QSTR_NULL) {
                    const char *full = qstr_str(al->name);
                    const char *dot = strchr(full, '.');
                    bound = dot ? qstr_from_strn(full, (size_t)(dot - full)) : al->name;
                }
                add_sym(s, bound, SYM_ASSIGNED, al);
            }
            break;
        case AST_IMPORTFROM:
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                ast_node_t *al = n->s1->items[i];
                if (al->name == QSTR__star) {
                    if (s->kind != SCOPE_MODULE) {
                        error_at(sc, n, "import * only allowed at module level", 0);
                    }
                    continue;
                }
                add_sym(s, al->name2 != QSTR_NULL ? al->name2 : al->name, SYM_ASSIGNED, al);
            }
            break;
        case AST_IF:
        case AST_WHILE:
            scan_expr(sc, s, n->a);
            scan_stmts(sc, s, n->s1);
            scan_stmts(sc, s, n->s2);
            break;
        case AST_FOR:
            scan_expr(sc, s, n->b);
            scan_target(sc, s, n->a);
            scan_stmts(sc, s, n->s1);
            scan_stmts(sc, s, n->s2);
            break;
        case AST_WITH:
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                ast_node_t *item = n->s1->items[i];
                scan_expr(sc, s, item->a);
                scan_target(sc, s, item->b);
            }
            scan_stmts(sc, s, n->s2);
            break;
        case AST_MATCH:
            scan_expr(sc, s, n->a);
            for (size_t i = 0; n->s1 != NULL && i < n->s1->len; i++) {
                ast_node_t *c = n->s1->items[i];
                scan_pattern(sc, s, c->a);
                scan_expr(sc, s, c->b);
                scan_stmts(sc, s, c->s1);
            }
            break;
        case AST_TRY:
            scan_stmts(sc, s, n->s1);
            for (size_t i = 0; n->s2 != NULL && i < n->s2->len; i++) {
                ast_node_t *h = n->s2->items[i];
                scan_expr(sc, s, h->a);
                if (h->name != QSTR_NULL) {
                    add_sym(s, h->name, SYM_ASSIGNED, h);
                }
                scan_stmts(sc, s, h->s1);
            }
            scan_stmts(sc, s, n->s3);
            scan_stmts(sc, s, n->s4);
            break;
        case AST_FUNCDEF: {
            scan_exprs(sc, s, n->s2);
            scan_args_outer(sc, s, n->args);
            scan_expr(sc, s, n->a);
            add_sym(s, n->name, SYM_ASSIGNED, n);
            scope_t *f = new_scope(s, n, SCOPE_FUNCTION, n->name);
            f->is_coroutine = (n->flags & AST_FLAG_ASYNC) != 0;
            add_params(sc, f, n->args);
            scan_stmts(sc, f, n->s1);
            break;
        }
        case AST_CLASSDEF: {
            scan_exprs(sc, s, n->s2);
            scan_exprs(sc, s, n->s3);
            scan_exprs(sc, s, n->s4);
            add_sym(s, n->name, SYM_ASSIGNED, n);
            scope_t *c = new_scope(s, n, SCOPE_CLASS, n->name);
            scan_stmts(sc, c, n->s1);
            break;
        }
        default:
            // An expression where a statement was expected: scan it anyway.
            scan_expr(sc, s, n);
            break;
    }
}

static void scan_stmts(scan_t *sc, scope_t *s, ast_seq_t *seq) {
    if (seq != NULL) {
        for (size_t i = 0; i < seq->len; i++) {
            scan_stmt(sc, s, seq->items[i]);
        }
    }
}

// ---------------------------------------------------------------------------
// Second pass
// ---------------------------------------------------------------------------

// The nearest function-like scope from [p] upward that provides a cell for
// [name] (binds it locally, or has it free already), or NULL if it is global.
static scope_t *find_binder(scope_t *p, qstr name) {
    for (; p != NULL; p = p->parent) {
        if (p->kind == SCOPE_MODULE) {
            return NULL;
        }
        if (p->kind == SCOPE_CLASS) {
            continue;
        }
        symbol_t *sym = scope_find(p, name);
        if (sym == NULL) {
            continue;
        }
        switch (sym->kind) {
            case SYM_KIND_LOCAL:
            case SYM_KIND_CELL:
            case SYM_KIND_FREE:
                return p;
            case SYM_KIND_GLOBAL_EXPLICIT:
            case SYM_KIND_GLOBAL_IMPLICIT:
                return NULL;
            default:
                continue;
        }
    }
    return NULL;
}

// Makes [name] a cell in [binder] and a free variable of every scope from
// [s] (exclusive: the caller sets s's own kind) up to [binder].
static void link_free(scope_t *s, scope_t *binder, qstr name) {
    symbol_t *b = scope_find(binder, name);
    if (b->kind == SYM_KIND_LOCAL || b->kind == SYM_KIND_NAME || b->kind == SYM_KIND_UNRESOLVED) {
        b->kind = SYM_KIND_CELL;
    }
    for (scope_t *p = s->parent; p != binder; p = p->parent) {
        symbol_t *sym = scope_find(p, name);
        if (sym == NULL) {
            sym = add_sym_raw(p, name, 0, NULL);
            sym->kind = SYM_KIND_FREE;
        } else if (sym->kind != SYM_KIND_FREE) {
            // Only a class body can hold the name for itself while passing it on.
            sym->flags |= SYM_FREE_CLASS;
        }
    }
}

static void resolve(scan_t *sc, scope_t *s) {
    for (size_t i = 0; i < s->n_syms; i++) {
        symbol_t *sym = &s->syms[i];
        qstr name = sym->name;
        uint16_t f = sym->flags;
        if (sym->kind != SYM_KIND_UNRESOLVED) {
            continue; // added by link_free from an inner scope
        }
        if (s->kind == SCOPE_MODULE) {
            sym->kind = SYM_KIND_NAME;
        } else if (f & SYM_GLOBAL) {
            sym->kind = SYM_KIND_GLOBAL_EXPLICIT;
        } else if (f & SYM_NONLOCAL) {
            scope_t *b = find_binder(s->parent, name);
            if (b == NULL) {
                scope_syntax_error(sc->filename, sym->line, sym->col,
                    (const char *)str_data(str_fmt("no binding for nonlocal '%q' found", name), &(size_t){0}));
            }
            sym = &s->syms[i];
            sym->kind = SYM_KIND_FREE;
            link_free(s, b, name);
        } else if (s->kind == SCOPE_CLASS) {
            if (f & SYM_ASSIGNED) {
                sym->kind = SYM_KIND_NAME;
            } else {
                scope_t *b = find_binder(s->parent, name);
                sym = &s->syms[i];
                if (b != NULL) {
                    sym->kind = SYM_KIND_FREE;
                    link_free(s, b, name);
                } else {
                    sym->kind = SYM_KIND_NAME;
                }
            }
        } else if (f & (SYM_ASSIGNED | SYM_PARAM)) {
            sym->kind = SYM_KIND_LOCAL;
        } else if (name == QSTR___class__) {
            scope_t *cls = s->parent;
            while (cls != NULL && cls->kind != SCOPE_CLASS && cls->kind != SCOPE_MODULE) {
                cls = cls->parent;
            }
            if (cls != NULL && cls->kind == SCOPE_CLASS) {
                cls->needs_class_cell = true;
                symbol_t *csym = add_sym_raw(cls, QSTR___class__, 0, NULL);
                csym->kind = SYM_KIND_CELL;
                sym = &s->syms[i];
                sym->kind = SYM_KIND_FREE;
                link_free(s, cls, name);
            } else {
                sym->kind = SYM_KIND_GLOBAL_IMPLICIT;
            }
        } else {
            scope_t *b = find_binder(s->parent, name);
            sym = &s->syms[i];
            if (b != NULL) {
                sym->kind = SYM_KIND_FREE;
                link_free(s, b, name);
            } else {
                sym->kind = SYM_KIND_GLOBAL_IMPLICIT;
            }
        }
    }
    for (size_t i = 0; i < s->n_children; i++) {
        resolve(sc, s->children[i]);
    }
}

static void number_slots(scope_t *s) {
    if (s->kind != SCOPE_MODULE) {
        uint16_t n = 0;
        size_t n_cells = 0;
        for (size_t i = 0; i < s->n_syms; i++) {
            symbol_t *sym = &s->syms[i];
            if (sym->flags & SYM_PARAM) {
                sym->slot = n++;
            }
        }
        s->n_params = n;
        for (size_t i = 0; i < s->n_syms; i++) {
            symbol_t *sym = &s->syms[i];
            if (!(sym->flags & SYM_PARAM) && sym->kind == SYM_KIND_LOCAL) {
                sym->slot = n++;
            }
        }
        for (size_t i = 0; i < s->n_syms; i++) {
            symbol_t *sym = &s->syms[i];
            if (sym->kind == SYM_KIND_CELL) {
                if (!(sym->flags & SYM_PARAM)) {
                    sym->slot = n++;
                }
                n_cells++;
            }
        }
        s->first_free = n;
        for (size_t i = 0; i < s->n_syms; i++) {
            symbol_t *sym = &s->syms[i];
            if (sym->kind == SYM_KIND_FREE || (sym->flags & SYM_FREE_CLASS)) {
                sym->slot = n++;
            }
        }
        if (n > 0xfff0) {
            scope_syntax_error(QSTR__lt_string_gt, s->node ? s->node->line : 1, 0, "too many local variables");
        }
        s->n_slots = n;
        s->n_free = (uint16_t)(n - s->first_free);
        s->n_cells = (uint16_t)n_cells;
        s->slot_names = rt_alloc_flags((n ? n : 1) * sizeof(qstr), GC_ALLOC_NOSCAN);
        s->cell_slots = rt_alloc_flags((n_cells ? n_cells : 1) * sizeof(uint16_t), GC_ALLOC_NOSCAN);
        size_t c = 0;
        for (size_t i = 0; i < s->n_syms; i++) {
            symbol_t *sym = &s->syms[i];
            bool has_slot = sym->kind == SYM_KIND_LOCAL || sym->kind == SYM_KIND_CELL
                || sym->kind == SYM_KIND_FREE || (sym->flags & SYM_FREE_CLASS);
            if (has_slot) {
                s->slot_names[sym->slot] = sym->name;
            }
            if (sym->kind == SYM_KIND_CELL) {
                s->cell_slots[c++] = sym->slot;
            }
        }
    }
    for (size_t i = 0; i < s->n_children; i++) {
        number_slots(s->children[i]);
    }
}

scope_t *scope_analyze(ast_node_t *module, qstr filename, int mode) {
    (void)mode;
    scan_t sc;
    sc.filename = filename;
    sc.dot0 = qstr_from_str(".0");
    scope_t *top = new_scope(NULL, module, SCOPE_MODULE, QSTR__lt_module_gt);
    if (module->kind == AST_MODULE) {
        scan_stmts(&sc, top, module->s1);
    } else {
        scan_expr(&sc, top, module);
    }
    resolve(&sc, top);
    number_slots(top);
    return top;
}
