// What py/modio.c shares with the builtins and os modules: open() and the
// helpers that turn paths and errno values into Python objects.
// SPDX-License-Identifier: MIT
#ifndef PY_MODIO_H
#define PY_MODIO_H

#include "py/obj.h"
#include "py/vstr.h"

// The built-in open(), also io.open.
extern const obj_builtin_t modio_open_obj;

// Raises the OSError subclass for errno [err] with CPython's text
// "[Errno n] message: 'path'" (and " -> 'path2'"); [path]/[path2] may be OBJ_NULL.
NORETURN void modio_raise_oserror(int err, obj_t path, obj_t path2);

// The NUL-terminated bytes of a path argument (str or bytes), raising
// TypeError for other types (worded as CPython's os function [fname], or as
// open()'s when NULL) and ValueError for an embedded NUL byte.
const char *modio_path_arg(obj_t path, const char *fname);

// The size argument [i] of read()/readline(): absent, None or negative means
// SIZE_MAX (no limit); TypeError for what is not an int.
size_t modio_size_arg(size_t n_args, const obj_t *args, size_t i);

// Appends up to [max] bytes read from the console's input to [v], stopping
// after a newline when [line] or when the input ends.
void modio_console_read(vstr_t *v, size_t max, bool line);

// The binary stream under sys.stdin/stdout/stderr ([fd] 0, 1 or 2): their `buffer`.
obj_t modio_console_buffer(int fd);

#endif
