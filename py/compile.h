// The compiler: from the AST (py/ast.h) to code objects (py/code.h).
// SPDX-License-Identifier: MIT
#ifndef PY_COMPILE_H
#define PY_COMPILE_H

#include <stdint.h>

#include "py/ast.h"
#include "py/obj.h"

// Compiles the tree [module] (an AST_MODULE; in RT_MODE_EVAL also a bare
// expression node) read from [filename] into a code object. [mode] is
// RT_MODE_FILE, RT_MODE_SINGLE (expression statements print their value's
// repr unless None) or RT_MODE_EVAL (the code returns the expression's value).
// Raises SyntaxError for what the parser cannot see (scopes, misplaced
// return/break/continue/yield, nonlocal and global misuse).
obj_t compile_ast(ast_node_t *module, qstr filename, int mode);

// The net change of the value stack depth made by instruction [op] with
// operand [arg] when it falls through to the next instruction (for jumps
// that pop on one path only, the falling-through path). Used by the
// compiler's depth tracking and by the bytecode verifier in the unit tests.
int compile_stack_effect(int op, uint32_t arg);

#endif
