// The io module and open(): in-memory streams (StringIO, BytesIO) and files
// on the port's filesystem, reached only through py/hal.h.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/modio.h"

#include "py/hal.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_io, module_io);

// ---------------------------------------------------------------------------
// Errors and arguments shared with the os module
// ---------------------------------------------------------------------------

// glibc's texts for the errno values file calls produce, so that messages
// read as CPython's on Linux; the Pi has no strerror worth the name.
static const char *error_text(int err) {
    switch (err) {
        case 1: return "Operation not permitted";
        case 2: return "No such file or directory";
        case 5: return "Input/output error";
        case 9: return "Bad file descriptor";
        case 12: return "Cannot allocate memory";
        case 13: return "Permission denied";
        case 16: return "Device or resource busy";
        case 17: return "File exists";
        case 18: return "Invalid cross-device link";
        case 19: return "No such device";
        case 20: return "Not a directory";
        case 21: return "Is a directory";
        case 22: return "Invalid argument";
        case 23: return "Too many open files in system";
        case 24: return "Too many open files";
        case 26: return "Text file busy";
        case 27: return "File too large";
        case 28: return "No space left on device";
        case 29: return "Illegal seek";
        case 30: return "Read-only file system";
        case 31: return "Too many links";
        case 34: return "Numerical result out of range";
        case 36: return "File name too long";
        case 39: return "Directory not empty";
        case 40: return "Too many levels of symbolic links";
        default: return "Unknown error";
    }
}

NORETURN void modio_raise_oserror(int err, obj_t path, obj_t path2) {
    obj_t args[5] = {OBJ_NEW_SMALL_INT(err), str_from_cstr(error_text(err)), path, OBJ_NONE,
        path2};
    size_t n = path2 != OBJ_NULL ? 5 : path != OBJ_NULL ? 3 : 2;
    rt_raise(exc_new(&type_OSError, n, args));
}

const char *modio_path_arg(obj_t path, const char *fname) {
    const obj_type_t *t = obj_type_of(path);
    if (!obj_is_str(path) && t != &type_bytes && fname != NULL) {
        // CPython's wording lists what each function accepts (a descriptor, None).
        const char *what = "path should be string, bytes or os.PathLike";
        if (strcmp(fname, "stat") == 0 || strcmp(fname, "chdir") == 0) {
            what = "path should be string, bytes, os.PathLike or integer";
        } else if (strcmp(fname, "listdir") == 0) {
            what = "path should be string, bytes, os.PathLike, integer or None";
        } else if (strcmp(fname, "rename") == 0) {
            what = "src should be string, bytes or os.PathLike";
        } else if (strcmp(fname, "rename dst") == 0) {
            fname = "rename";
            what = "dst should be string, bytes or os.PathLike";
        }
        rt_raise_fmt(&type_TypeError, "%s: %s, not %T", fname, what, path);
    }
    if (!obj_is_str(path) && t != &type_bytes) {
        rt_raise_fmt(&type_TypeError, "expected str, bytes or os.PathLike object, not %T", path);
    }
    size_t len;
    const char *s = str_data(path, &len);
    if (memchr(s, '\0', len) != NULL) {
        rt_raise_msg(&type_ValueError, "embedded null byte");
    }
    return s;
}

static NORETURN void raise_closed(void) {
    rt_raise_msg(&type_ValueError, "I/O operation on closed file.");
}

// CPython's StringIO methods and fileno() say it without the full stop.
static NORETURN void raise_closed_short(void) {
    rt_raise_msg(&type_ValueError, "I/O operation on closed file");
}

// The size argument of read/readline: absent, None or negative mean "all".
size_t modio_size_arg(size_t n_args, const obj_t *args, size_t i) {
    if (n_args <= i || args[i] == OBJ_NONE) {
        return SIZE_MAX;
    }
    if (!obj_is_int(args[i]) && obj_type_of(args[i]) != &type_bool) {
        rt_raise_fmt(&type_TypeError, "argument should be integer or None, not '%T'", args[i]);
    }
    intptr_t n = rt_get_int(args[i]);
    return n < 0 ? SIZE_MAX : (size_t)n;
}

// The bytes of a bytes-like object; TypeError otherwise.
static const char *bytes_like(obj_t o, size_t *len) {
    const obj_type_t *t = obj_type_of(o);
    buffer_info_t info;
    if (obj_is_str(o) || t->get_buffer == NULL || !t->get_buffer(o, &info, BUFFER_READ)) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", o);
    }
    *len = info.len;
    return info.buf;
}

// How many bytes the UTF-8 sequence starting with lead byte [b] has.
static size_t utf8_seq_len(uint8_t b) {
    return b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
}

// The newline argument of StringIO and open(): OBJ_NULL for None (or
// absent), else the str, which must be one of '', '\n', '\r', '\r\n'.
static obj_t newline_arg(obj_t nl, bool for_open) {
    if (nl == OBJ_NULL || nl == OBJ_NONE) {
        return OBJ_NULL;
    }
    if (!obj_is_str(nl)) {
        rt_raise_fmt(&type_TypeError, for_open ? "open() argument 'newline' must be str or None, not %T"
                                               : "newline must be str or None, not %T", nl);
    }
    size_t len;
    const char *s = str_data(nl, &len);
    if (!(len == 0 || (len == 1 && (s[0] == '\n' || s[0] == '\r')) ||
            (len == 2 && s[0] == '\r' && s[1] == '\n'))) {
        rt_raise_fmt(&type_ValueError,
            for_open ? "illegal newline value: %S" : "illegal newline value: %R", nl);
    }
    return nl;
}

// ---------------------------------------------------------------------------
// StringIO and BytesIO: a byte buffer and a position. StringIO keeps UTF-8
// and counts positions in code points at its interface, as CPython does.
// ---------------------------------------------------------------------------

typedef struct obj_memio {
    obj_base_t base;
    vstr_t buf;
    size_t pos; // byte offset; may lie past the end after a seek
    bool closed;
} obj_memio_t;

const obj_type_t modio_type_StringIO, modio_type_BytesIO;

// The stream behind [self] (a StringIO, a BytesIO or an instance of a subclass).
static obj_memio_t *memio_get(obj_t self) {
    self = type_native_of(self);
    const obj_type_t *t = obj_type_of(self);
    if (t != &modio_type_StringIO && t != &modio_type_BytesIO) {
        rt_raise_fmt(&type_TypeError, "expected a StringIO or BytesIO object, not %T", self);
    }
    return self;
}

static bool memio_is_text(obj_memio_t *m) {
    return m->base.type == &modio_type_StringIO;
}

// The stream, checked to be open.
static obj_memio_t *memio_open(obj_t self) {
    obj_memio_t *m = memio_get(self);
    if (m->closed) {
        if (memio_is_text(m)) {
            raise_closed_short();
        }
        raise_closed();
    }
    return m;
}

static obj_t memio_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    bool text = type == &modio_type_StringIO;
    static const arg_spec_t text_spec[] = {
        {QSTR_initial_value, 0, OBJ_NULL},
        {QSTR_newline, 0, OBJ_NULL},
    };
    static const arg_spec_t bytes_spec[] = {
        {QSTR_initial_bytes, 0, OBJ_NULL},
    };
    obj_t v[2] = {OBJ_NULL, OBJ_NULL};
    if (text) {
        rt_parse_args(n_args, args, n_kw, args + n_args, 2, text_spec, v, QSTR_StringIO);
    } else {
        rt_parse_args(n_args, args, n_kw, args + n_args, 1, bytes_spec, v, QSTR_BytesIO);
    }
    if (text) {
        newline_arg(v[1], false); // checked as CPython does; StringIO does not translate
    }
    obj_memio_t *m = rt_new_obj(type, sizeof(obj_memio_t));
    vstr_init(&m->buf, 16);
    obj_t init = v[0];
    if (init != OBJ_NULL && init != OBJ_NONE) {
        size_t len;
        const char *data;
        if (text) {
            if (!obj_is_str(init)) {
                rt_raise_fmt(&type_TypeError, "initial_value must be str or None, not %T", init);
            }
            data = str_data(init, &len);
        } else {
            data = bytes_like(init, &len);
        }
        vstr_add_strn(&m->buf, data, len);
    }
    return m;
}

// Writes [len] bytes at the position, padding a gap after the end with NULs.
static void memio_put(obj_memio_t *m, const char *data, size_t len) {
    if (m->pos > m->buf.len) {
        size_t gap = m->pos - m->buf.len;
        memset(vstr_extend(&m->buf, gap), 0, gap);
    }
    size_t end = m->pos + len;
    if (end > m->buf.len) {
        vstr_extend(&m->buf, end - m->buf.len);
    }
    memmove(m->buf.buf + m->pos, data, len);
    m->pos = end;
}

static obj_t memio_write(obj_t self, obj_t data) {
    obj_memio_t *m = memio_open(self);
    size_t len;
    const char *s;
    if (memio_is_text(m)) {
        if (!obj_is_str(data)) {
            rt_raise_fmt(&type_TypeError, "string argument expected, got '%T'", data);
        }
        s = str_data(data, &len);
        size_t chars = str_charlen(data);
        // Overwrite as many characters as are written, whatever their byte lengths.
        size_t end = m->pos;
        for (size_t k = 0; k < chars && end < m->buf.len; k++) {
            end += utf8_seq_len((uint8_t)m->buf.buf[end]);
        }
        if (end > m->buf.len) {
            end = m->buf.len;
        }
        if (end > m->pos && end - m->pos != len) {
            size_t tail = m->buf.len - end;
            if (len > end - m->pos) {
                vstr_extend(&m->buf, len - (end - m->pos));
            }
            memmove(m->buf.buf + m->pos + len, m->buf.buf + end, tail);
            m->buf.len = m->pos + len + tail;
            memcpy(m->buf.buf + m->pos, s, len);
            m->pos += len;
        } else {
            memio_put(m, s, len);
        }
        return int_from_uintptr(chars);
    }
    s = bytes_like(data, &len);
    // The source may be this buffer's own memory: copy it first.
    vstr_t tmp;
    vstr_init(&tmp, len + 1);
    vstr_add_strn(&tmp, s, len);
    memio_put(m, tmp.buf, len);
    return int_from_uintptr(len);
}

// The bytes from the position: up to [max] code points (StringIO) or bytes,
// stopping after a newline when [line].
static obj_t memio_take(obj_memio_t *m, size_t max, bool line) {
    size_t start = m->pos < m->buf.len ? m->pos : m->buf.len;
    size_t i = start, n = 0;
    bool text = memio_is_text(m);
    while (i < m->buf.len && n < max) {
        char c = m->buf.buf[i];
        i += text ? utf8_seq_len((uint8_t)c) : 1;
        n++;
        if (line && c == '\n') {
            break;
        }
    }
    if (i > m->buf.len) {
        i = m->buf.len;
    }
    if (m->pos < i) {
        m->pos = i;
    }
    if (text) {
        return str_new(m->buf.buf + start, i - start);
    }
    return bytes_new((const uint8_t *)m->buf.buf + start, i - start);
}

static obj_t memio_read(size_t n_args, const obj_t *args) {
    obj_memio_t *m = memio_open(args[0]);
    return memio_take(m, modio_size_arg(n_args, args, 1), false);
}
static BUILTIN_FN_VAR(memio_read_obj, QSTR_read, 1, 2, memio_read);

static obj_t memio_readline(size_t n_args, const obj_t *args) {
    obj_memio_t *m = memio_open(args[0]);
    return memio_take(m, modio_size_arg(n_args, args, 1), true);
}
static BUILTIN_FN_VAR(memio_readline_obj, QSTR_readline, 1, 2, memio_readline);

static obj_t memio_getvalue(obj_t self) {
    obj_memio_t *m = memio_open(self);
    if (memio_is_text(m)) {
        return str_new(m->buf.buf, m->buf.len);
    }
    return bytes_new((const uint8_t *)m->buf.buf, m->buf.len);
}
static BUILTIN_FN_1(memio_getvalue_obj, QSTR_getvalue, memio_getvalue);

// The position in code points (StringIO) or bytes.
static size_t memio_tell_pos(obj_memio_t *m) {
    if (!memio_is_text(m)) {
        return m->pos;
    }
    if (m->pos <= m->buf.len) {
        return utf8_charlen(m->buf.buf, m->pos);
    }
    return utf8_charlen(m->buf.buf, m->buf.len) + (m->pos - m->buf.len);
}

static obj_t memio_tell(obj_t self) {
    return int_from_uintptr(memio_tell_pos(memio_open(self)));
}
static BUILTIN_FN_1(memio_tell_obj, QSTR_tell, memio_tell);

// Moves a StringIO to code point [n] (past the end: the excess counts as bytes).
static void memio_set_char_pos(obj_memio_t *m, size_t n) {
    size_t i = 0;
    while (n > 0 && i < m->buf.len) {
        i += utf8_seq_len((uint8_t)m->buf.buf[i]);
        n--;
    }
    m->pos = (i > m->buf.len ? m->buf.len : i) + n;
}

static obj_t memio_seek(size_t n_args, const obj_t *args) {
    obj_memio_t *m = memio_open(args[0]);
    intptr_t off = rt_get_int(args[1]);
    intptr_t whence = n_args > 2 ? rt_get_int(args[2]) : 0;
    bool text = memio_is_text(m);
    if (whence < 0 || whence > 2) {
        rt_raise_fmt(&type_ValueError, text ? "Invalid whence (%d, should be 0, 1 or 2)"
                                            : "invalid whence (%d, should be 0, 1 or 2)",
            (int)whence);
    }
    if (text) {
        if (whence == 0 && off < 0) {
            rt_raise_fmt(&type_ValueError, "Negative seek position %d", (int)off);
        }
        if (whence != 0 && off != 0) {
            // CPython says "cur-relative" for whence 2 too.
            rt_raise_msg(&type_OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 0) {
            memio_set_char_pos(m, (size_t)off);
        } else if (whence == 2) {
            m->pos = m->buf.len;
        }
        return int_from_uintptr(memio_tell_pos(m));
    }
    if (whence == 0 && off < 0) {
        rt_raise_fmt(&type_ValueError, "negative seek value %d", (int)off);
    }
    intptr_t base = whence == 0 ? 0 : whence == 1 ? (intptr_t)m->pos : (intptr_t)m->buf.len;
    if (off > 0 && base > INTPTR_MAX - off) {
        rt_raise_msg(&type_OverflowError, "new position too large");
    }
    intptr_t target = base + off;
    m->pos = target < 0 ? 0 : (size_t)target;
    return int_from_uintptr(m->pos);
}
static BUILTIN_FN_VAR(memio_seek_obj, QSTR_seek, 2, 3, memio_seek);

static obj_t memio_truncate(size_t n_args, const obj_t *args) {
    obj_memio_t *m = memio_open(args[0]);
    size_t size;
    if (n_args < 2 || args[1] == OBJ_NONE) {
        size = memio_tell_pos(m);
    } else {
        intptr_t n = rt_get_int(args[1]);
        if (n < 0) {
            rt_raise_fmt(&type_ValueError,
                memio_is_text(m) ? "Negative size value %d" : "negative size value %d", (int)n);
        }
        size = (size_t)n;
    }
    if (memio_is_text(m)) {
        size_t save = m->pos;
        memio_set_char_pos(m, size);
        if (m->pos < m->buf.len) {
            vstr_truncate(&m->buf, m->pos);
        }
        m->pos = save;
    } else if (size < m->buf.len) {
        vstr_truncate(&m->buf, size);
    }
    return int_from_uintptr(size);
}
static BUILTIN_FN_VAR(memio_truncate_obj, QSTR_truncate, 1, 2, memio_truncate);

static obj_t memio_close(obj_t self) {
    obj_memio_t *m = memio_get(self);
    m->closed = true;
    return OBJ_NONE;
}
static BUILTIN_FN_1(memio_close_obj, QSTR_close, memio_close);

static obj_t memio_flush(obj_t self) {
    obj_memio_t *m = memio_get(self);
    if (!memio_is_text(m)) { // CPython's StringIO.flush accepts a closed stream
        memio_open(self);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(memio_flush_obj, QSTR_flush, memio_flush);

// readable(), writable() and seekable(): always true while open.
static obj_t memio_true(obj_t self) {
    memio_open(self);
    return OBJ_TRUE;
}
static BUILTIN_FN_1(memio_readable_obj, QSTR_readable, memio_true);
static BUILTIN_FN_1(memio_writable_obj, QSTR_writable, memio_true);
static BUILTIN_FN_1(memio_seekable_obj, QSTR_seekable, memio_true);

// ---------------------------------------------------------------------------
// Methods common to every stream, written over read/readline/write/close
// looked up on the object (so they also serve subclasses that override them).
// ---------------------------------------------------------------------------

static obj_t call_method(obj_t self, qstr name, size_t n_args, const obj_t *args) {
    obj_t call[4];
    rt_load_method(self, name, call);
    for (size_t i = 0; i < n_args; i++) {
        call[2 + i] = args[i];
    }
    return rt_call_method(n_args, 0, call);
}

static bool stream_closed(obj_t self);

static obj_t stream_readlines(size_t n_args, const obj_t *args) {
    size_t hint = modio_size_arg(n_args, args, 1);
    if (hint == 0) {
        hint = SIZE_MAX;
    }
    if (stream_closed(args[0])) {
        raise_closed();
    }
    obj_t list = list_new(0, NULL);
    size_t total = 0;
    for (;;) {
        obj_t line = call_method(args[0], QSTR_readline, 0, NULL);
        size_t len = rt_len(line);
        if (len == 0) {
            break;
        }
        list_append(list, line);
        total += len;
        if (total >= hint) {
            break;
        }
    }
    return list;
}
static BUILTIN_FN_VAR(stream_readlines_obj, QSTR_readlines, 1, 2, stream_readlines);

static obj_t stream_writelines(obj_t self, obj_t lines) {
    obj_t it = rt_getiter(lines);
    obj_t line;
    while ((line = rt_iternext(it)) != OBJ_NULL) {
        call_method(self, QSTR_write, 1, &line);
    }
    return OBJ_NONE;
}
static BUILTIN_FN_2(stream_writelines_obj, QSTR_writelines, stream_writelines);

// Whether the stream says it is closed (its `closed` attribute).
static bool stream_closed(obj_t self) {
    return rt_is_true(rt_load_attr(self, QSTR_closed));
}

static obj_t stream_enter(obj_t self) {
    if (stream_closed(self)) {
        raise_closed();
    }
    return self;
}
static BUILTIN_FN_1(stream_enter_obj, QSTR___enter__, stream_enter);

static obj_t stream_exit(size_t n_args, const obj_t *args) {
    (void)n_args;
    call_method(args[0], QSTR_close, 0, NULL);
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(stream_exit_obj, QSTR___exit__, 1, 4, stream_exit);

static obj_t stream_getiter(obj_t self) {
    // CPython's BytesIO checks at the first next() only.
    if (obj_type_of(type_native_of(self)) != &modio_type_BytesIO && stream_closed(self)) {
        raise_closed();
    }
    return self;
}

static obj_t stream_iternext(obj_t self) {
    obj_t line = call_method(self, QSTR_readline, 0, NULL);
    return rt_len(line) == 0 ? OBJ_NULL : line;
}

static void memio_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] == OBJ_NULL && attr == QSTR_closed) {
        dest[0] = obj_bool(memio_get(self)->closed);
    }
}

static void memio_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    print_fmt(p, "<_io.%q object>", obj_type_of(self)->name);
}


// StringIO and BytesIO share every method; only write differs in its checks,
// which memio_write makes itself.
static BUILTIN_FN_2(memio_write_obj, QSTR_write, memio_write);

#define MEMIO_METHODS                                                   \
    {OBJ_NEW_QSTR(QSTR_read), (obj_t)&memio_read_obj},                  \
    {OBJ_NEW_QSTR(QSTR_readline), (obj_t)&memio_readline_obj},          \
    {OBJ_NEW_QSTR(QSTR_readlines), (obj_t)&stream_readlines_obj},       \
    {OBJ_NEW_QSTR(QSTR_write), (obj_t)&memio_write_obj},                \
    {OBJ_NEW_QSTR(QSTR_writelines), (obj_t)&stream_writelines_obj},     \
    {OBJ_NEW_QSTR(QSTR_getvalue), (obj_t)&memio_getvalue_obj},          \
    {OBJ_NEW_QSTR(QSTR_seek), (obj_t)&memio_seek_obj},                  \
    {OBJ_NEW_QSTR(QSTR_tell), (obj_t)&memio_tell_obj},                  \
    {OBJ_NEW_QSTR(QSTR_truncate), (obj_t)&memio_truncate_obj},          \
    {OBJ_NEW_QSTR(QSTR_close), (obj_t)&memio_close_obj},                \
    {OBJ_NEW_QSTR(QSTR_flush), (obj_t)&memio_flush_obj},                \
    {OBJ_NEW_QSTR(QSTR_readable), (obj_t)&memio_readable_obj},          \
    {OBJ_NEW_QSTR(QSTR_writable), (obj_t)&memio_writable_obj},          \
    {OBJ_NEW_QSTR(QSTR_seekable), (obj_t)&memio_seekable_obj},          \
    {OBJ_NEW_QSTR(QSTR___enter__), (obj_t)&stream_enter_obj},           \
    {OBJ_NEW_QSTR(QSTR___exit__), (obj_t)&stream_exit_obj}

static const dict_entry_t stringio_locals_table[] = {MEMIO_METHODS};
static DICT_ROM(stringio_locals_dict, stringio_locals_table);

// BytesIO also has readinto (defined with the files' version below).
static obj_t bytesio_readinto(obj_t self, obj_t dest);
static BUILTIN_FN_2(bytesio_readinto_obj, QSTR_readinto, bytesio_readinto);

static const dict_entry_t bytesio_locals_table[] = {
    MEMIO_METHODS,
    {OBJ_NEW_QSTR(QSTR_readinto), (obj_t)&bytesio_readinto_obj},
};
static DICT_ROM(bytesio_locals_dict, bytesio_locals_table);

const obj_type_t modio_type_StringIO = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_StringIO,
    .print = memio_print,
    .make_new = memio_make_new,
    .attr = memio_attr,
    .getiter = stream_getiter,
    .iternext = stream_iternext,
    .locals_dict = (obj_dict_t *)&stringio_locals_dict,
};

const obj_type_t modio_type_BytesIO = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_BytesIO,
    .print = memio_print,
    .make_new = memio_make_new,
    .attr = memio_attr,
    .getiter = stream_getiter,
    .iternext = stream_iternext,
    .locals_dict = (obj_dict_t *)&bytesio_locals_dict,
};

// A writable buffer for readinto; TypeError otherwise.
static buffer_info_t writable_buffer(obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    buffer_info_t info;
    if (obj_is_str(o) || t->get_buffer == NULL || !t->get_buffer(o, &info, BUFFER_WRITE)) {
        rt_raise_fmt(&type_TypeError, "readinto() argument must be read-write bytes-like object, not %T", o);
    }
    return info;
}

static obj_t bytesio_readinto(obj_t self, obj_t dest) {
    obj_memio_t *m = memio_open(self);
    buffer_info_t info = writable_buffer(dest);
    size_t avail = m->pos < m->buf.len ? m->buf.len - m->pos : 0;
    size_t n = info.len < avail ? info.len : avail;
    memcpy(info.buf, m->buf.buf + m->pos, n);
    m->pos += n;
    return int_from_uintptr(n);
}

// ---------------------------------------------------------------------------
// Files. Reads go through a small read-ahead buffer (readline would
// otherwise cost a call into the port per byte); writes go straight to the
// port, so there is nothing to lose at exit. Before a write, seek, tell or
// truncate the port's position is moved back over the unread read-ahead.
// ---------------------------------------------------------------------------

#define FILE_READ_AHEAD (512)

typedef struct obj_file {
    obj_base_t base;
    int fd;
    bool closed;
    bool text;
    bool readable;
    bool writable;
    bool utf8;      // text decoded as UTF-8 (else one byte per character)
    bool universal; // text read with '\r\n' and '\r' turned into '\n' (newline=None)
    const char *write_nl; // text: what '\n' becomes when written (NULL: itself)
    obj_t name;     // as given to open()
    obj_t mode;     // as given to open()
    obj_t encoding; // text files: the encoding in use
    obj_t errors;   // text files: the error handler
    char *rbuf;     // read-ahead, FILE_READ_AHEAD bytes (allocated on first read)
    size_t rlen, rpos;
} obj_file_t;

const obj_type_t modio_type_TextIOWrapper, modio_type_BufferedReader, modio_type_BufferedWriter,
    modio_type_BufferedRandom;

static obj_file_t *file_get(obj_t self) {
    const obj_type_t *t = obj_type_of(self);
    if (t != &modio_type_TextIOWrapper && t != &modio_type_BufferedReader &&
        t != &modio_type_BufferedWriter && t != &modio_type_BufferedRandom) {
        rt_raise_fmt(&type_TypeError, "expected a file object, not %T", self);
    }
    return self;
}

static obj_file_t *file_open_check(obj_t self) {
    obj_file_t *f = file_get(self);
    if (f->closed) {
        raise_closed();
    }
    return f;
}

// io.UnsupportedOperation (py/objexcept.c): a subclass of OSError only
// (CPython's also derives from ValueError; built-in types have one base).
extern const obj_type_t type_UnsupportedOperation;

static NORETURN void raise_unsupported(const char *what) {
    rt_raise(exc_new_msg(&type_UnsupportedOperation, what));
}

// Raises OSError for a failed call on an open file (CPython names no file then).
static void check_error(int err) {
    if (err != 0) {
        modio_raise_oserror(err, OBJ_NULL, OBJ_NULL);
    }
}

// Gives the unread read-ahead back to the port (moves its position back).
static void file_drop_read_ahead(obj_file_t *f) {
    if (f->rpos < f->rlen) {
        int64_t pos;
        check_error(hal_file_seek(f->fd, -(int64_t)(f->rlen - f->rpos), 1, &pos));
    }
    f->rlen = f->rpos = 0;
}

// The next byte, or -1 at the end of the file.
static int file_getc(obj_file_t *f) {
    if (f->rpos == f->rlen) {
        if (f->rbuf == NULL) {
            f->rbuf = rt_alloc_flags(FILE_READ_AHEAD, GC_ALLOC_NOSCAN);
        }
        size_t got;
        check_error(hal_file_read(f->fd, f->rbuf, FILE_READ_AHEAD, &got));
        f->rlen = got;
        f->rpos = 0;
        if (got == 0) {
            return -1;
        }
    }
    return (uint8_t)f->rbuf[f->rpos++];
}

static void file_check_readable(obj_file_t *f) {
    if (!f->readable) {
        raise_unsupported("not readable");
    }
}

// Reads up to [max] characters (text) or bytes, stopping after a newline when [line].
static obj_t file_take(obj_file_t *f, size_t max, bool line) {
    file_check_readable(f);
    vstr_t v;
    vstr_init(&v, max < 256 ? max + 1 : 256);
    size_t n = 0;
    while (n < max) {
        int c = file_getc(f);
        if (c < 0) {
            break;
        }
        if (c == '\r' && f->universal) {
            // Universal newlines: '\r\n' and a lone '\r' read as '\n'.
            if (f->rpos == f->rlen && file_getc(f) >= 0) {
                f->rpos--;
            }
            if (f->rpos < f->rlen && f->rbuf[f->rpos] == '\n') {
                f->rpos++;
            }
            c = '\n';
        }
        vstr_add_byte(&v, (char)c);
        n++;
        if (f->text && f->utf8) {
            // The rest of the character's sequence (invalid bytes are left to the decoder).
            for (size_t k = utf8_seq_len((uint8_t)c); k > 1; k--) {
                if (f->rpos == f->rlen && file_getc(f) >= 0) {
                    f->rpos--;
                }
                if (f->rpos == f->rlen || !utf8_is_cont((uint8_t)f->rbuf[f->rpos])) {
                    break;
                }
                vstr_add_byte(&v, f->rbuf[f->rpos++]);
            }
        }
        if (line && c == '\n') {
            break;
        }
    }
    if (f->text) {
        return bytes_decode(v.buf, v.len, f->encoding, f->errors == OBJ_NONE ? OBJ_NULL : f->errors);
    }
    return vstr_to_bytes(&v);
}

static obj_t file_read(size_t n_args, const obj_t *args) {
    obj_file_t *f = file_open_check(args[0]);
    return file_take(f, modio_size_arg(n_args, args, 1), false);
}
static BUILTIN_FN_VAR(file_read_obj, QSTR_read, 1, 2, file_read);

static obj_t file_readline(size_t n_args, const obj_t *args) {
    obj_file_t *f = file_open_check(args[0]);
    return file_take(f, modio_size_arg(n_args, args, 1), true);
}
static BUILTIN_FN_VAR(file_readline_obj, QSTR_readline, 1, 2, file_readline);

static obj_t file_readinto(obj_t self, obj_t dest) {
    obj_file_t *f = file_open_check(self);
    file_check_readable(f);
    if (f->text) {
        raise_unsupported("readinto");
    }
    buffer_info_t info = writable_buffer(dest);
    size_t n = 0;
    while (n < info.len) {
        int c = file_getc(f);
        if (c < 0) {
            break;
        }
        ((uint8_t *)info.buf)[n++] = (uint8_t)c;
    }
    return int_from_uintptr(n);
}
static BUILTIN_FN_2(file_readinto_obj, QSTR_readinto, file_readinto);

// [s] with every '\n' replaced by [nl] (newline='\r' or '\r\n' in open()).
static obj_t write_translated(obj_t s, const char *nl) {
    size_t len;
    const char *data = str_data(s, &len);
    if (memchr(data, '\n', len) == NULL) {
        return s;
    }
    vstr_t v;
    vstr_init(&v, len + 16);
    for (size_t i = 0; i < len; i++) {
        if (data[i] == '\n') {
            vstr_add_str(&v, nl);
        } else {
            vstr_add_byte(&v, data[i]);
        }
    }
    return vstr_to_str(&v);
}

static obj_t file_write(obj_t self, obj_t data) {
    obj_file_t *f = file_open_check(self);
    if (!f->writable) {
        raise_unsupported("not writable");
    }
    size_t len;
    const char *s;
    obj_t result;
    if (f->text) {
        if (!obj_is_str(data)) {
            rt_raise_fmt(&type_TypeError, "write() argument must be str, not %T", data);
        }
        result = int_from_uintptr(str_charlen(data));
        if (f->write_nl != NULL) {
            data = write_translated(data, f->write_nl);
        }
        if (!f->utf8 || f->errors != OBJ_NONE) {
            data = str_encode(data, f->encoding, f->errors == OBJ_NONE ? OBJ_NULL : f->errors);
        }
        s = str_data(data, &len);
    } else {
        s = bytes_like(data, &len);
        result = int_from_uintptr(len);
    }
    file_drop_read_ahead(f);
    check_error(hal_file_write(f->fd, s, len));
    return result;
}
static BUILTIN_FN_2(file_write_obj, QSTR_write, file_write);

static obj_t file_tell(obj_t self) {
    obj_file_t *f = file_open_check(self);
    int64_t pos;
    check_error(hal_file_seek(f->fd, 0, 1, &pos));
    return int_from_ll(pos - (int64_t)(f->rlen - f->rpos));
}
static BUILTIN_FN_1(file_tell_obj, QSTR_tell, file_tell);

static obj_t file_seek(size_t n_args, const obj_t *args) {
    obj_file_t *f = file_open_check(args[0]);
    intptr_t off = rt_get_int(args[1]);
    intptr_t whence = n_args > 2 ? rt_get_int(args[2]) : 0;
    if (whence < 0 || whence > 2) {
        rt_raise_fmt(&type_ValueError,
            f->text ? "invalid whence (%d, should be 0, 1 or 2)" : "whence value %d unsupported",
            (int)whence);
    }
    if (f->text && whence != 0 && off != 0) {
        raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                      : "can't do nonzero end-relative seeks");
    }
    if (whence == 0 && off < 0) {
        rt_raise_fmt(&type_ValueError,
            f->text ? "negative seek position %d" : "negative seek value %d", (int)off);
    }
    file_drop_read_ahead(f);
    int64_t pos;
    check_error(hal_file_seek(f->fd, off, (int)whence, &pos));
    return int_from_ll(pos);
}
static BUILTIN_FN_VAR(file_seek_obj, QSTR_seek, 2, 3, file_seek);

static obj_t file_truncate(size_t n_args, const obj_t *args) {
    obj_file_t *f = file_open_check(args[0]);
    if (!f->writable) {
        raise_unsupported("truncate");
    }
    file_drop_read_ahead(f);
    int64_t size;
    if (n_args < 2 || args[1] == OBJ_NONE) {
        check_error(hal_file_seek(f->fd, 0, 1, &size));
    } else {
        size = rt_get_int(args[1]);
        if (size < 0) {
            modio_raise_oserror(22, OBJ_NULL, OBJ_NULL);
        }
    }
    check_error(hal_file_truncate(f->fd, size));
    return int_from_ll(size);
}
static BUILTIN_FN_VAR(file_truncate_obj, QSTR_truncate, 1, 2, file_truncate);

static obj_t file_flush(obj_t self) {
    obj_file_t *f = file_open_check(self);
    if (f->writable) {
        check_error(hal_file_sync(f->fd));
    }
    return OBJ_NONE;
}
static BUILTIN_FN_1(file_flush_obj, QSTR_flush, file_flush);

static obj_t file_close(obj_t self) {
    obj_file_t *f = file_get(self);
    if (f->closed) {
        return OBJ_NONE;
    }
    f->closed = true;
    f->rbuf = NULL;
    f->rlen = f->rpos = 0;
    check_error(hal_file_close(f->fd));
    return OBJ_NONE;
}
static BUILTIN_FN_1(file_close_obj, QSTR_close, file_close);

static obj_t file_fileno(obj_t self) {
    obj_file_t *f = file_get(self);
    if (f->closed) {
        raise_closed_short();
    }
    return OBJ_NEW_SMALL_INT(f->fd);
}
static BUILTIN_FN_1(file_fileno_obj, QSTR_fileno, file_fileno);

static obj_t file_readable(obj_t self) {
    return obj_bool(file_open_check(self)->readable);
}
static BUILTIN_FN_1(file_readable_obj, QSTR_readable, file_readable);

static obj_t file_writable(obj_t self) {
    return obj_bool(file_open_check(self)->writable);
}
static BUILTIN_FN_1(file_writable_obj, QSTR_writable, file_writable);

static obj_t file_seekable(obj_t self) {
    obj_file_t *f = file_open_check(self);
    int64_t pos;
    return obj_bool(hal_file_seek(f->fd, 0, 1, &pos) == 0);
}
static BUILTIN_FN_1(file_seekable_obj, QSTR_seekable, file_seekable);

static void file_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_file_t *f = file_get(self);
    switch (attr) {
        case QSTR_closed:
            dest[0] = obj_bool(f->closed);
            break;
        case QSTR_name:
            dest[0] = f->name;
            break;
        case QSTR_mode:
            dest[0] = f->mode;
            break;
        case QSTR_encoding:
            if (f->text) {
                dest[0] = f->encoding;
            }
            break;
        case QSTR_errors:
            if (f->text) {
                dest[0] = f->errors == OBJ_NONE ? OBJ_NEW_QSTR(QSTR_strict) : f->errors;
            }
            break;
        default:
            break;
    }
}

static void file_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_file_t *f = self;
    if (f->text) {
        print_fmt(p, "<_io.TextIOWrapper name=%R mode=%R encoding=%R>", f->name, f->mode,
            f->encoding);
    } else {
        print_fmt(p, "<_io.%q name=%R>", f->base.type->name, f->name);
    }
}

static const dict_entry_t file_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_read), (obj_t)&file_read_obj},
    {OBJ_NEW_QSTR(QSTR_readline), (obj_t)&file_readline_obj},
    {OBJ_NEW_QSTR(QSTR_readlines), (obj_t)&stream_readlines_obj},
    {OBJ_NEW_QSTR(QSTR_readinto), (obj_t)&file_readinto_obj},
    {OBJ_NEW_QSTR(QSTR_write), (obj_t)&file_write_obj},
    {OBJ_NEW_QSTR(QSTR_writelines), (obj_t)&stream_writelines_obj},
    {OBJ_NEW_QSTR(QSTR_seek), (obj_t)&file_seek_obj},
    {OBJ_NEW_QSTR(QSTR_tell), (obj_t)&file_tell_obj},
    {OBJ_NEW_QSTR(QSTR_truncate), (obj_t)&file_truncate_obj},
    {OBJ_NEW_QSTR(QSTR_flush), (obj_t)&file_flush_obj},
    {OBJ_NEW_QSTR(QSTR_close), (obj_t)&file_close_obj},
    {OBJ_NEW_QSTR(QSTR_fileno), (obj_t)&file_fileno_obj},
    {OBJ_NEW_QSTR(QSTR_readable), (obj_t)&file_readable_obj},
    {OBJ_NEW_QSTR(QSTR_writable), (obj_t)&file_writable_obj},
    {OBJ_NEW_QSTR(QSTR_seekable), (obj_t)&file_seekable_obj},
    {OBJ_NEW_QSTR(QSTR___enter__), (obj_t)&stream_enter_obj},
    {OBJ_NEW_QSTR(QSTR___exit__), (obj_t)&stream_exit_obj},
};
static DICT_ROM(file_locals_dict, file_locals_table);

#define FILE_TYPE(var, qname)                             \
    const obj_type_t var = {                              \
        .base = {&type_type},                             \
        .flags = TYPE_FLAG_ITER_IS_SELF,                  \
        .name = qname,                                    \
        .print = file_print,                              \
        .attr = file_attr,                                \
        .getiter = stream_getiter,                        \
        .iternext = stream_iternext,                      \
        .locals_dict = (obj_dict_t *)&file_locals_dict,   \
    }

FILE_TYPE(modio_type_TextIOWrapper, QSTR_TextIOWrapper);
FILE_TYPE(modio_type_BufferedReader, QSTR_BufferedReader);
FILE_TYPE(modio_type_BufferedWriter, QSTR_BufferedWriter);
FILE_TYPE(modio_type_BufferedRandom, QSTR_BufferedRandom);

// Whether [enc] names UTF-8 in one of the spellings Python accepts.
static bool is_utf8_name(obj_t enc) {
    size_t len;
    const char *s = str_data(enc, &len);
    char low[8];
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '-' || c == '_') {
            continue;
        }
        if (n == sizeof(low)) {
            return false;
        }
        low[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return (n == 4 && memcmp(low, "utf8", 4) == 0) || (n == 2 && memcmp(low, "u8", 2) == 0);
}

static obj_t io_open(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_file, ARG_REQUIRED, OBJ_NULL},
        {QSTR_mode, 0, OBJ_NULL},
        {QSTR_buffering, 0, OBJ_NULL},
        {QSTR_encoding, 0, OBJ_NULL},
        {QSTR_errors, 0, OBJ_NULL},
        {QSTR_newline, 0, OBJ_NULL},
        {QSTR_closefd, 0, OBJ_NULL},
        {QSTR_opener, 0, OBJ_NULL},
    };
    obj_t v[8];
    rt_parse_args(n_args, args, n_kw, kw, ARRAY_SIZE(spec), spec, v, QSTR_open);
    obj_t name = v[0];
    obj_t mode = v[1] == OBJ_NULL ? OBJ_NEW_QSTR(QSTR_r) : v[1];
    obj_t encoding = v[3] == OBJ_NULL ? OBJ_NONE : v[3];
    obj_t errors = v[4] == OBJ_NULL ? OBJ_NONE : v[4];
    if (!obj_is_str(mode)) {
        rt_raise_fmt(&type_TypeError, "open() argument 'mode' must be str, not %T", mode);
    }
    if (encoding != OBJ_NONE && !obj_is_str(encoding)) {
        rt_raise_fmt(&type_TypeError, "open() argument 'encoding' must be str or None, not %T",
            encoding);
    }
    if (errors != OBJ_NONE && !obj_is_str(errors)) {
        rt_raise_fmt(&type_TypeError, "open() argument 'errors' must be str or None, not %T",
            errors);
    }
    // The mode: exactly one of r w x a, optionally b or t and +, each once.
    size_t mlen;
    const char *m = str_data(mode, &mlen);
    int seen[128] = {0};
    for (size_t i = 0; i < mlen; i++) {
        uint8_t c = (uint8_t)m[i];
        if (c >= 128 || strchr("rwxabt+", c) == NULL || c == 0 || seen[c]++) {
            rt_raise_fmt(&type_ValueError, "invalid mode: %R", mode);
        }
    }
    int kinds = seen['r'] + seen['w'] + seen['x'] + seen['a'];
    if (seen['t'] && seen['b']) {
        rt_raise_msg(&type_ValueError, "can't have text and binary mode at once");
    }
    if (kinds > 1) {
        rt_raise_msg(&type_ValueError, "must have exactly one of create/read/write/append mode");
    }
    if (kinds == 0) {
        rt_raise_msg(&type_ValueError,
            "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    bool text = !seen['b'];
    if (text && v[2] != OBJ_NULL && v[2] != OBJ_NONE && rt_get_int(v[2]) == 0) {
        rt_raise_msg(&type_ValueError, "can't have unbuffered text I/O");
    }
    if (!text && encoding != OBJ_NONE) {
        rt_raise_msg(&type_ValueError, "binary mode doesn't take an encoding argument");
    }
    if (!text && errors != OBJ_NONE) {
        rt_raise_msg(&type_ValueError, "binary mode doesn't take an errors argument");
    }
    obj_t newline = newline_arg(v[5], true);
    if (!text && newline != OBJ_NULL) {
        rt_raise_msg(&type_ValueError, "binary mode doesn't take a newline argument");
    }
    const char *path = modio_path_arg(name, NULL);
    if (text) {
        if (encoding == OBJ_NONE) {
            encoding = str_from_cstr("UTF-8");
        }
    }
    int flags = 0;
    if (seen['r']) {
        flags = HAL_FILE_READ;
    } else if (seen['w']) {
        flags = HAL_FILE_WRITE | HAL_FILE_CREATE | HAL_FILE_TRUNC;
    } else if (seen['x']) {
        flags = HAL_FILE_WRITE | HAL_FILE_CREATE | HAL_FILE_EXCL;
    } else {
        flags = HAL_FILE_WRITE | HAL_FILE_CREATE | HAL_FILE_APPEND;
    }
    if (seen['+']) {
        flags |= HAL_FILE_READ | HAL_FILE_WRITE;
    }
    const obj_type_t *type = text                               ? &modio_type_TextIOWrapper
                           : seen['+']                          ? &modio_type_BufferedRandom
                           : (flags & HAL_FILE_WRITE) != 0      ? &modio_type_BufferedWriter
                                                                : &modio_type_BufferedReader;
    obj_file_t *f = rt_new_obj(type, sizeof(obj_file_t));
    f->text = text;
    f->readable = (flags & HAL_FILE_READ) != 0;
    f->writable = (flags & HAL_FILE_WRITE) != 0;
    f->utf8 = text && is_utf8_name(encoding);
    f->universal = text && newline == OBJ_NULL;
    if (text && newline != OBJ_NULL) {
        size_t nl_len;
        const char *nl = str_data(newline, &nl_len);
        f->write_nl = nl_len == 0 || nl[0] == '\n' ? NULL : nl_len == 1 ? "\r" : "\r\n";
    }
    f->name = name;
    f->mode = mode;
    f->encoding = encoding;
    f->errors = errors;
    f->closed = true; // until the port has opened it
    int fd;
    int err = hal_file_open(path, flags, &fd);
    if (err != 0) {
        modio_raise_oserror(err, name, OBJ_NULL);
    }
    f->fd = fd;
    f->closed = false;
    if (text && !f->utf8) {
        // As CPython, an unknown codec is found after the file was opened
        // (and created): LookupError, with the file closed again.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            bytes_decode("", 0, encoding, OBJ_NULL);
            nlr_pop();
        } else {
            f->closed = true;
            hal_file_close(fd);
            nlr_jump(nlr.value);
        }
    }
    return f;
}
BUILTIN_FN_KW(modio_open_obj, QSTR_open, 0, 8, io_open);

// ---------------------------------------------------------------------------
// sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer: the console as
// binary streams (bytes in and out, straight through the HAL).
// ---------------------------------------------------------------------------

typedef struct obj_console_buffer {
    obj_base_t base;
    int fd; // 0 stdin, 1 stdout, 2 stderr
} obj_console_buffer_t;

static const obj_type_t type_console_buffer;

static const obj_console_buffer_t console_buffers[3] = {
    {{&type_console_buffer}, 0}, {{&type_console_buffer}, 1}, {{&type_console_buffer}, 2}};

obj_t modio_console_buffer(int fd) {
    return (obj_t)&console_buffers[fd];
}

static int console_buffer_fd(obj_t self) {
    if (obj_type_of(self) != &type_console_buffer) {
        rt_raise_fmt(&type_TypeError, "expected a console buffer, not %T", self);
    }
    return ((const obj_console_buffer_t *)self)->fd;
}

static obj_t console_buffer_write(obj_t self, obj_t data) {
    int fd = console_buffer_fd(self);
    if (fd == 0) {
        raise_unsupported("write");
    }
    size_t len;
    const char *s = bytes_like(data, &len);
    if (fd == 1) {
        hal_stdout_tx_strn(s, len);
    } else {
        hal_stderr_tx_strn(s, len);
    }
    return int_from_uintptr(len);
}
static BUILTIN_FN_2(console_buffer_write_obj, QSTR_write, console_buffer_write);

void modio_console_read(vstr_t *v, size_t max, bool line) {
    size_t start = v->len;
    while (v->len - start < max) {
        int c = hal_stdin_rx_chr();
        if (c < 0) {
            break;
        }
        vstr_add_byte(v, (char)c);
        if (line && c == '\n') {
            break;
        }
    }
}

// Reads up to [max] bytes from the console, stopping after a newline when [line].
static obj_t console_buffer_take(obj_t self, size_t max, bool line) {
    if (console_buffer_fd(self) != 0) {
        raise_unsupported("read");
    }
    vstr_t v;
    vstr_init(&v, 64);
    modio_console_read(&v, max, line);
    return vstr_to_bytes(&v);
}

static obj_t console_buffer_read(size_t n_args, const obj_t *args) {
    return console_buffer_take(args[0], modio_size_arg(n_args, args, 1), false);
}
static BUILTIN_FN_VAR(console_buffer_read_obj, QSTR_read, 1, 2, console_buffer_read);

static obj_t console_buffer_readline(size_t n_args, const obj_t *args) {
    return console_buffer_take(args[0], modio_size_arg(n_args, args, 1), true);
}
static BUILTIN_FN_VAR(console_buffer_readline_obj, QSTR_readline, 1, 2, console_buffer_readline);

static obj_t console_buffer_flush(obj_t self) {
    console_buffer_fd(self);
    return OBJ_NONE;
}
static BUILTIN_FN_1(console_buffer_flush_obj, QSTR_flush, console_buffer_flush);

static const dict_entry_t console_buffer_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_write), (obj_t)&console_buffer_write_obj},
    {OBJ_NEW_QSTR(QSTR_read), (obj_t)&console_buffer_read_obj},
    {OBJ_NEW_QSTR(QSTR_readline), (obj_t)&console_buffer_readline_obj},
    {OBJ_NEW_QSTR(QSTR_flush), (obj_t)&console_buffer_flush_obj},
};
static DICT_ROM(console_buffer_locals_dict, console_buffer_locals_table);

static void console_buffer_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    static const char *const names[] = {"<stdin>", "<stdout>", "<stderr>"};
    int fd = ((const obj_console_buffer_t *)self)->fd;
    print_fmt(p, "<_io.%s name='%s'>", fd == 0 ? "BufferedReader" : "BufferedWriter", names[fd]);
}

static const obj_type_t type_console_buffer = {
    .base = {&type_type},
    .name = QSTR_BufferedWriter,
    .print = console_buffer_print,
    .locals_dict = (obj_dict_t *)&console_buffer_locals_dict,
};

// ---------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------

// io.IOBase: the common base CPython's streams share; here a plain class for
// isinstance checks of user classes and documentation (built-in streams do
// not derive from it).
static obj_t iobase_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    (void)n_args;
    (void)n_kw;
    (void)args;
    return rt_new_obj(type, sizeof(obj_base_t));
}

static const obj_type_t type_IOBase = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE,
    .name = QSTR_IOBase,
    .make_new = iobase_make_new,
    .locals_dict = (obj_dict_t *)&(const obj_dict_t){{&type_dict}, 0, 0, 0, NULL, NULL, 0, 0, true},
};

static const dict_entry_t io_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_io)},
    {OBJ_NEW_QSTR(QSTR_open), (obj_t)&modio_open_obj},
    {OBJ_NEW_QSTR(QSTR_StringIO), (obj_t)&modio_type_StringIO},
    {OBJ_NEW_QSTR(QSTR_BytesIO), (obj_t)&modio_type_BytesIO},
    {OBJ_NEW_QSTR(QSTR_IOBase), (obj_t)&type_IOBase},
    {OBJ_NEW_QSTR(QSTR_TextIOWrapper), (obj_t)&modio_type_TextIOWrapper},
    {OBJ_NEW_QSTR(QSTR_BufferedReader), (obj_t)&modio_type_BufferedReader},
    {OBJ_NEW_QSTR(QSTR_BufferedWriter), (obj_t)&modio_type_BufferedWriter},
    {OBJ_NEW_QSTR(QSTR_BufferedRandom), (obj_t)&modio_type_BufferedRandom},
    {OBJ_NEW_QSTR(QSTR_UnsupportedOperation), (obj_t)&type_UnsupportedOperation},
    {OBJ_NEW_QSTR(QSTR_SEEK_SET), OBJ_NEW_SMALL_INT(0)},
    {OBJ_NEW_QSTR(QSTR_SEEK_CUR), OBJ_NEW_SMALL_INT(1)},
    {OBJ_NEW_QSTR(QSTR_SEEK_END), OBJ_NEW_SMALL_INT(2)},
};
static DICT_ROM(io_globals, io_globals_table);

MODULE_ROM(module_io, io_globals);
