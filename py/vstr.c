// Growable byte buffers on the GC heap.
// SPDX-License-Identifier: MIT

#include "py/vstr.h"

#include <string.h>

#include "py/objstr.h"
#include "py/runtime.h"
#include "py/unicode.h"

void vstr_init(vstr_t *v, size_t alloc) {
    if (alloc < 16) {
        alloc = 16;
    }
    v->len = 0;
    v->alloc = alloc;
    v->buf = rt_alloc_flags(alloc, GC_ALLOC_NOSCAN);
}

// Makes room for [n] more bytes, growing by at least half the current size
// so that appending byte by byte stays linear.
static void grow(vstr_t *v, size_t n) {
    if (n > SIZE_MAX / 2 - v->len) {
        rt_raise_memory_error();
    }
    size_t need = v->len + n;
    size_t size = v->alloc + v->alloc / 2 + 16;
    if (size < need) {
        size = need;
    }
    v->buf = rt_realloc(v->buf, size);
    v->alloc = size;
}

char *vstr_extend(vstr_t *v, size_t len) {
    if (v->alloc - v->len < len) {
        grow(v, len);
    }
    char *p = v->buf + v->len;
    v->len += len;
    return p;
}

void vstr_add_strn(vstr_t *v, const char *s, size_t len) {
    if (len == 0) {
        return; // s may be NULL then
    }
    if (v->alloc - v->len < len) {
        grow(v, len);
    }
    memcpy(v->buf + v->len, s, len);
    v->len += len;
}

void vstr_add_str(vstr_t *v, const char *s) {
    vstr_add_strn(v, s, strlen(s));
}

void vstr_add_byte(vstr_t *v, char c) {
    if (v->len == v->alloc) {
        grow(v, 1);
    }
    v->buf[v->len++] = c;
}

void vstr_add_char(vstr_t *v, uint32_t c) {
    if (c < 0x80) {
        vstr_add_byte(v, (char)c);
        return;
    }
    if (v->alloc - v->len < 4) {
        grow(v, 4);
    }
    v->len += utf8_encode(c, v->buf + v->len);
}

void vstr_truncate(vstr_t *v, size_t len) {
    if (len < v->len) {
        v->len = len;
    }
}

static void vstr_write(void *data, const char *s, size_t len) {
    vstr_add_strn((vstr_t *)data, s, len);
}

void vstr_print(vstr_t *v, print_t *out) {
    out->data = v;
    out->write = vstr_write;
}

obj_t vstr_to_str(vstr_t *v) {
    obj_t s = str_new(v->buf, v->len);
    gc_free(v->buf);
    v->buf = NULL;
    v->len = v->alloc = 0;
    return s;
}

obj_t vstr_to_bytes(vstr_t *v) {
    obj_t s = bytes_new((const uint8_t *)v->buf, v->len);
    gc_free(v->buf);
    v->buf = NULL;
    v->len = v->alloc = 0;
    return s;
}
