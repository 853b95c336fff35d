// The abstract syntax tree: the contract between the parser (py/parse.c) and
// the compiler (py/compile.c).
// SPDX-License-Identifier: MIT
#ifndef PY_AST_H
#define PY_AST_H

#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// The tree lives on the GC heap and is garbage once compiled: it stays alive
// because the compiler holds its root on the C stack (scanned conservatively).
//
// Every node has the same shape; each kind uses the fields listed beside it
// (the others are NULL/0). Sequences are ast_seq_t (NULL means empty).
// `line` is the 1-based source line of the node's first token, `col` its
// 0-based byte column.
//
// Operators reuse the runtime's enums: binary_op_t (py/obj.h) for BINOP and
// AUGASSIGN (plain forms, e.g. BINARY_OP_ADD for `+=`) and for comparisons
// (BINARY_OP_LESS ... BINARY_OP_NOT_EQUAL, BINARY_OP_IS, BINARY_OP_IS_NOT,
// BINARY_OP_IN, BINARY_OP_NOT_IN); unary_op_t for UNARYOP.

typedef struct ast_node ast_node_t;

// A sequence of nodes.
typedef struct ast_seq {
    size_t len;
    ast_node_t *items[];
} ast_seq_t;

// Node kinds. Fields used: a, b, c (nodes), s1..s4 (sequences), name, name2
// (qstrs), value (obj_t), op, flags, args (for functions and lambdas).
typedef enum {
    // Module and statements.
    AST_MODULE,     // s1 = body
    AST_EXPR_STMT,  // a = expression
    AST_ASSIGN,     // s1 = targets (a = b = 1 has two), a = value
    AST_AUGASSIGN,  // a = target, op = binary op (plain form), b = value
    AST_ANNASSIGN,  // a = target, b = annotation, c = value or NULL, flags = 1 if simple name
    AST_DELETE,     // s1 = targets
    AST_PASS,       //
    AST_BREAK,      //
    AST_CONTINUE,   //
    AST_RETURN,     // a = value or NULL
    AST_RAISE,      // a = exception or NULL, b = cause or NULL
    AST_GLOBAL,     // s1 = AST_NAME nodes
    AST_NONLOCAL,   // s1 = AST_NAME nodes
    AST_ASSERT,     // a = test, b = message or NULL
    AST_IMPORT,     // s1 = AST_ALIAS nodes
    AST_IMPORTFROM, // name = dotted module name or QSTR_NULL (from . import x), op = level
                    // (number of leading dots), s1 = AST_ALIAS nodes (one named "*" for star)
    AST_ALIAS,      // name = dotted name, name2 = asname or QSTR_NULL
    AST_IF,         // a = test, s1 = body, s2 = orelse (elif: a single AST_IF in s2)
    AST_WHILE,      // a = test, s1 = body, s2 = orelse
    AST_FOR,        // a = target, b = iterable, s1 = body, s2 = orelse, flags = AST_FLAG_ASYNC
    AST_WITH,       // s1 = AST_WITHITEM nodes, s2 = body, flags = AST_FLAG_ASYNC
    AST_WITHITEM,   // a = context expression, b = target or NULL
    AST_TRY,        // s1 = body, s2 = AST_EXCEPTHANDLER nodes, s3 = orelse, s4 = finally body
    AST_EXCEPTHANDLER, // a = type or NULL, name = bound name or QSTR_NULL, s1 = body,
                       // flags = AST_FLAG_STAR for except*
    AST_FUNCDEF,    // name, args, s1 = body, s2 = decorators, a = return annotation or NULL,
                    // flags = AST_FLAG_ASYNC
    AST_CLASSDEF,   // name, s1 = body, s2 = decorators, s3 = bases (may hold AST_STARRED),
                    // s4 = keywords (AST_KEYWORD)

    // Expressions.
    AST_NAME,       // name
    AST_CONST,      // value: int, float, complex, str, bytes, None, True, False, Ellipsis
    AST_JOINEDSTR,  // f-string: s1 = parts (AST_CONST str and AST_FORMATTED)
    AST_FORMATTED,  // a = value, op = conversion 0/'r'/'s'/'a', b = format spec (AST_JOINEDSTR) or NULL
    AST_BINOP,      // op, a = left, b = right
    AST_UNARYOP,    // op = UNARY_OP_POSITIVE/NEGATIVE/INVERT/NOT, a = operand
    AST_BOOLOP,     // op = AST_BOOL_AND/AST_BOOL_OR, s1 = operands (2 or more)
    AST_COMPARE,    // a = leftmost operand, s1 = AST_CMPOP nodes (one per comparison)
    AST_CMPOP,      // op = comparison, a = right operand
    AST_CALL,       // a = function, s1 = positional arguments (AST_STARRED for *x),
                    // s2 = AST_KEYWORD nodes
    AST_KEYWORD,    // name = keyword, or QSTR_NULL for **a; a = value
    AST_ATTRIBUTE,  // a = object, name = attribute
    AST_SUBSCRIPT,  // a = object, b = index (an expression, AST_SLICE, or AST_TUPLE holding slices)
    AST_SLICE,      // a = lower, b = upper, c = step (each NULL if omitted)
    AST_STARRED,    // a = value (in targets, calls and displays)
    AST_TUPLE,      // s1 = elements; flags = AST_FLAG_PAREN if written in parentheses
    AST_LIST,       // s1 = elements
    AST_SET,        // s1 = elements
    AST_DICT,       // s1 = AST_DICTITEM nodes
    AST_DICTITEM,   // a = key (NULL for **mapping), b = value
    AST_LAMBDA,     // args, a = body expression
    AST_IFEXP,      // a = test, b = value if true, c = value if false
    AST_LISTCOMP,   // a = element, s1 = AST_COMPREHENSION nodes
    AST_SETCOMP,    // a = element, s1 = AST_COMPREHENSION nodes
    AST_GENEXP,     // a = element, s1 = AST_COMPREHENSION nodes
    AST_DICTCOMP,   // a = key, b = value, s1 = AST_COMPREHENSION nodes
    AST_COMPREHENSION, // a = target, b = iterable, s1 = if conditions, flags = AST_FLAG_ASYNC
    AST_AWAIT,      // a = value
    AST_YIELD,      // a = value or NULL
    AST_YIELDFROM,  // a = value
    AST_NAMEDEXPR,  // a = target (AST_NAME), b = value

    // Function parameters.
    AST_ARG,        // name, a = annotation or NULL, b = default value or NULL

    // match statements (after the others: tools print kinds by number).
    AST_MATCH,      // a = subject, s1 = AST_MATCH_CASE nodes
    AST_MATCH_CASE, // a = pattern, b = guard or NULL, s1 = body

    // Patterns of match statements (PEP 634).
    AST_PAT_VALUE,    // a = expression compared with == (literal, signed/complex number, dotted name)
    AST_PAT_SINGLETON, // value = None, True or False (compared with `is`)
    AST_PAT_SEQUENCE, // s1 = patterns, at most one AST_PAT_STAR
    AST_PAT_STAR,     // name = capture name, or QSTR_NULL for *_
    AST_PAT_MAPPING,  // s1 = key expressions, s2 = value patterns, name = **rest or QSTR_NULL
    AST_PAT_CLASS,    // a = class expression, s1 = positional patterns,
                      // s2 = keyword patterns, s3 = their AST_NAME attribute names
    AST_PAT_AS,       // a = pattern or NULL, name = target or QSTR_NULL (a NULL and name
                      // QSTR_NULL: the wildcard _)
    AST_PAT_OR,       // s1 = alternatives (2 or more)

    AST_KIND_NUM,
} ast_kind_t;

// Flags.
#define AST_FLAG_ASYNC (1)
#define AST_FLAG_PAREN (2)
#define AST_FLAG_STAR (4) // AST_EXCEPTHANDLER: an except* clause

// Boolean operators for AST_BOOLOP.
#define AST_BOOL_AND (0)
#define AST_BOOL_OR (1)

// The parameters of a function or lambda. Positional parameters (those before
// `/` included) are in `pos`, the first n_posonly of them positional-only;
// a parameter with a default has it in its AST_ARG's b. `vararg` is *args,
// `kwonly` the keyword-only parameters (b = default or NULL), `kwarg` **kwargs.
typedef struct ast_args {
    ast_seq_t *pos;
    size_t n_posonly;
    ast_node_t *vararg; // AST_ARG or NULL
    ast_seq_t *kwonly;
    ast_node_t *kwarg;  // AST_ARG or NULL
} ast_args_t;

// A node; see the kinds above for which fields each kind uses.
struct ast_node {
    uint8_t kind;   // ast_kind_t
    uint8_t op;     // operator, conversion or import level
    uint16_t flags; // AST_FLAG_*
    uint32_t line;
    uint32_t col;
    ast_node_t *a, *b, *c;
    ast_seq_t *s1, *s2, *s3, *s4;
    qstr name, name2;
    obj_t value;
    ast_args_t *args;
};

#endif
