// Scope analysis for the compiler: which names are local, global, cells or
// free variables in each module, function, class body and comprehension.
// Owner: py/scope.c (used only by py/compile.c).
// SPDX-License-Identifier: MIT
#ifndef PY_SCOPE_H
#define PY_SCOPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/ast.h"
#include "py/obj.h"

// Kinds of scopes.
typedef enum {
    SCOPE_MODULE,
    SCOPE_FUNCTION, // def and lambda
    SCOPE_CLASS,
    SCOPE_COMP,     // list/set/dict comprehension or generator expression
} scope_kind_t;

// What the first pass saw a name do in a scope.
#define SYM_ASSIGNED (1 << 0)  // bound here (assignment, def, class, import, for, with, except, del)
#define SYM_PARAM (1 << 1)     // a parameter
#define SYM_GLOBAL (1 << 2)    // declared global
#define SYM_NONLOCAL (1 << 3)  // declared nonlocal
#define SYM_USED (1 << 4)      // read
#define SYM_ANNOTATED (1 << 5) // annotated (x: int)
#define SYM_COMP_ITER (1 << 6) // a comprehension's iteration variable
#define SYM_FREE_CLASS (1 << 7) // a class-body name that is also a free variable passed to inner scopes
#define SYM_APPENDED (1 << 8)   // target of `name += value` with a value that is not a number literal

// Where a name lives, decided by the second pass.
typedef enum {
    SYM_KIND_UNRESOLVED,
    SYM_KIND_LOCAL,           // fast local slot
    SYM_KIND_CELL,            // fast slot holding a cell shared with inner functions
    SYM_KIND_FREE,            // fast slot holding a cell from the closure
    SYM_KIND_GLOBAL_EXPLICIT, // `global x`
    SYM_KIND_GLOBAL_IMPLICIT, // not bound in any enclosing function
    SYM_KIND_NAME,            // module and class bodies: the locals dict
} sym_kind_t;

// One name in one scope.
typedef struct symbol {
    qstr name;
    uint16_t flags; // SYM_*
    uint8_t kind;   // sym_kind_t
    uint16_t slot;  // fast slot for LOCAL, CELL and FREE (and the free slot of SYM_FREE_CLASS)
    uint32_t line, col; // where the name was first seen, for errors
} symbol_t;

// A scope, with its symbols in order of first appearance (parameters first,
// in parameter order).
typedef struct scope {
    struct scope *parent;
    ast_node_t *node; // AST_MODULE, AST_FUNCDEF, AST_LAMBDA, AST_CLASSDEF or a comprehension
    uint8_t kind;     // scope_kind_t
    bool is_generator;
    bool is_coroutine;
    bool needs_class_cell; // class body: some method uses super() or __class__
    bool uses_super;       // function: loads the name `super` or `__class__`
    qstr name;
    qstr qualname;
    qstr private_name; // the class whose private names (__x) are mangled here, or QSTR_NULL
    symbol_t *syms;
    size_t n_syms, alloc_syms;
    struct scope **children;
    size_t n_children, alloc_children;
    // Filled by scope_analyze for the compiler.
    uint16_t n_params;  // all parameters (positional, keyword-only, *args, **kwargs)
    uint16_t n_slots;
    uint16_t n_cells;
    uint16_t n_free;
    uint16_t *cell_slots; // n_cells slot numbers
    qstr *slot_names;     // n_slots names
    uint16_t first_free;  // slot of the first free variable
} scope_t;

// Builds the scope tree of [module] and resolves every name; raises
// SyntaxError (naming [filename]) for scope errors.
scope_t *scope_analyze(ast_node_t *module, qstr filename, int mode);

// The child of [s] made for the AST node [node].
scope_t *scope_child(scope_t *s, ast_node_t *node);

// [name] as scope [s] sees it: `__spam` inside class `Ham` (and the
// functions in it) is `_Ham__spam`, as CPython mangles private names.
qstr scope_mangle(const scope_t *s, qstr name);

// The symbol [name] in [s], or NULL.
symbol_t *scope_find(scope_t *s, qstr name);

// Raises SyntaxError [msg] at [line]/[col] (col 0-based) of [filename].
NORETURN void scope_syntax_error(qstr filename, uint32_t line, uint32_t col, const char *msg);

#endif
