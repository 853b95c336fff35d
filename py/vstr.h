// Growable byte buffers on the GC heap, and formatted printing into any print_t.
// Owner: py/vstr.c (buffers) and py/print.c (formatting).
// SPDX-License-Identifier: MIT
#ifndef PY_VSTR_H
#define PY_VSTR_H

#include <stdarg.h>
#include <stddef.h>

#include "py/obj.h"

// A growable buffer; `buf` is a GC block (keep the vstr_t reachable: on the
// stack or in an object).
typedef struct vstr {
    size_t len;
    size_t alloc;
    char *buf;
} vstr_t;

// Starts an empty buffer with room for [alloc] bytes.
void vstr_init(vstr_t *v, size_t alloc);

// Appends bytes, a C string, or one byte.
void vstr_add_strn(vstr_t *v, const char *s, size_t len);
void vstr_add_str(vstr_t *v, const char *s);
void vstr_add_byte(vstr_t *v, char c);

// Appends the UTF-8 encoding of code point [c].
void vstr_add_char(vstr_t *v, uint32_t c);

// Makes room for [len] more bytes and returns where they go (len grows by len).
char *vstr_extend(vstr_t *v, size_t len);

// Drops everything after the first [len] bytes.
void vstr_truncate(vstr_t *v, size_t len);

// A print_t writing into [v].
void vstr_print(vstr_t *v, print_t *out);

// A str (or bytes when [bytes]) object holding the buffer's contents; the
// buffer must not be used afterwards.
obj_t vstr_to_str(vstr_t *v);
obj_t vstr_to_bytes(vstr_t *v);

// Writes [s]/[len] bytes to [p].
void print_strn(const print_t *p, const char *s, size_t len);
void print_str(const print_t *p, const char *s);

// Formatted output: %s char*, %d int, %u unsigned, %x unsigned hex, %zu size_t,
// %ld long, %lu unsigned long, %c char, %q qstr, %T type name of an obj_t,
// %R repr of an obj_t, %S str of an obj_t, %%. Width/flags are not supported
// except a numeric width with optional 0 for %d/%u/%x.
void print_fmt(const print_t *p, const char *fmt, ...);
void print_vfmt(const print_t *p, const char *fmt, va_list ap);

// Formats into a new str object.
obj_t str_fmt(const char *fmt, ...);

// A new str holding what [print_obj] writes for [o] as [kind] (repr(),
// str() and the str()/repr() methods of built-in types).
obj_t str_of_printer(void (*print_obj)(const print_t *p, obj_t o, print_kind_t kind), obj_t o,
    print_kind_t kind);

// The console's stdout and stderr (write through py/hal.h).
extern const print_t print_stdout;
extern const print_t print_stderr;

#endif
