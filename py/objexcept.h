// Exceptions: the built-in hierarchy, instances, tracebacks. Owner: py/objexcept.c.
// SPDX-License-Identifier: MIT
#ifndef PY_OBJEXCEPT_H
#define PY_OBJEXCEPT_H

#include <stdbool.h>
#include <stddef.h>

#include "py/obj.h"

// The built-in exception types, named as in Python.
extern const obj_type_t type_BaseException, type_SystemExit, type_KeyboardInterrupt,
    type_GeneratorExit, type_Exception, type_StopIteration, type_StopAsyncIteration,
    type_ArithmeticError, type_FloatingPointError, type_OverflowError, type_ZeroDivisionError,
    type_AssertionError, type_AttributeError, type_BufferError, type_EOFError,
    type_ImportError, type_ModuleNotFoundError, type_LookupError, type_IndexError,
    type_KeyError, type_MemoryError, type_NameError, type_UnboundLocalError, type_OSError,
    type_ReferenceError, type_RuntimeError, type_NotImplementedError, type_RecursionError,
    type_SyntaxError, type_IndentationError, type_TabError, type_SystemError, type_TypeError,
    type_ValueError, type_UnicodeError, type_UnicodeDecodeError, type_UnicodeEncodeError,
    type_Warning, type_UserWarning, type_DeprecationWarning, type_RuntimeWarning;

// The constructor, printer and attribute lookup shared by every exception type.
obj_t exc_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args);
void exc_print_obj(const print_t *p, obj_t self, print_kind_t kind);
void exc_attr(obj_t self, qstr attr, obj_t *dest);

// Defines [decl_] (e.g. `static const obj_type_t type_x_error`) as an exception
// type named [name_] that behaves as its parent [parent_] (e.g. type_Exception):
// how modules define their own errors such as re.error.
#define EXC_SUBTYPE(decl_, name_, parent_)                  \
    decl_ = {                                             \
        .base = {&type_type},                             \
        .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EXCEPTION, \
        .name = name_,                                    \
        .print = exc_print_obj,                           \
        .make_new = exc_make_new,                         \
        .attr = exc_attr,                                 \
        .parent = &parent_,                               \
    }

// A new exception of [type] with [n_args] arguments.
obj_t exc_new(const obj_type_t *type, size_t n_args, const obj_t *args);

// A new exception of [type] with one str argument (NULL: no arguments).
obj_t exc_new_msg(const obj_type_t *type, const char *msg);

// Whether [o] is an exception instance.
bool exc_is_instance(obj_t o);

// Whether the exception [exc] matches an except clause's [type_or_tuple]
// (raises TypeError if that is neither an exception class nor a tuple of them).
bool exc_matches(obj_t exc, obj_t type_or_tuple);

// Records that [exc] passed through [func] at [file]:[line] (appended as the
// exception unwinds, so the outermost frame comes last).
void exc_add_traceback(obj_t exc, qstr file, size_t line, qstr func);

// Drops the recorded traceback (when an exception object is raised again anew).
void exc_clear_traceback(obj_t exc);

// Prints the traceback and the final "Type: message" line as CPython does
// (without source lines), with chained __cause__/__context__ first.
void exc_print(const print_t *p, obj_t exc);

// The SyntaxError for [msg] at [file]:[line]:[col] with the source line [text] (may be NULL).
obj_t exc_new_syntax_error(const obj_type_t *type, const char *msg, qstr file, size_t line,
    size_t col, const char *text, size_t text_len);

// The value carried by a StopIteration (None if no args).
obj_t exc_stop_iteration_value(obj_t exc);

#endif
