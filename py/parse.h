// The parser: Python source text to the abstract syntax tree of py/ast.h.
// SPDX-License-Identifier: MIT
#ifndef PY_PARSE_H
#define PY_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "py/ast.h"
#include "py/runtime.h"

// Parses [len] bytes of [src] (UTF-8, an optional BOM is skipped) named
// [filename] in [mode]: RT_MODE_FILE gives an AST_MODULE of the statements,
// RT_MODE_SINGLE an AST_MODULE of one interactive input (one statement,
// simple or compound, or several simple ones joined by ';'), RT_MODE_EVAL an
// AST_MODULE whose s1 holds exactly one AST_EXPR_STMT (leading blanks are
// allowed). Raises SyntaxError, IndentationError or TabError with CPython's
// messages, lines and offsets; the tree lives on the GC heap.
ast_node_t *parse_source(const char *src, size_t len, qstr filename, int mode);

// For the REPL: whether [len] bytes of text typed so far (lines joined by
// '\n', with or without a final '\n') are an unfinished statement that needs
// another line: open brackets, an open triple-quoted string, a trailing
// backslash, or a compound statement (first line ending in ':' after its
// comment is stripped, or starting with a compound keyword or a decorator)
// whose last line is not yet an empty one. Never raises and never allocates.
bool parse_needs_more_input(const char *src, size_t len);

#endif
