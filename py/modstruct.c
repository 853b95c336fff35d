// The struct module: packing Python values into C-layout bytes and back,
// with CPython's formats, sizes, alignment and error messages.
// SPDX-License-Identifier: MIT

#include <math.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objnum.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_struct, module_struct);

// struct.error: an Exception subclass whose behaviour is Exception's.
EXC_SUBTYPE(static const obj_type_t type_struct_error, QSTR_error, type_Exception);

NORETURN static void struct_error(const char *msg) {
    rt_raise_msg(&type_struct_error, msg);
}

// The bytes of a bytes or bytearray object; false for other types.
static bool bytes_like(obj_t v, const char **data, size_t *len) {
    const obj_type_t *t = obj_type_of(v);
    buffer_info_t info;
    if ((t != &type_bytes && t != &type_bytearray) || !t->get_buffer(v, &info, BUFFER_READ)) {
        return false;
    }
    *data = info.buf;
    *len = info.len;
    return true;
}

// A parsed format: byte order and whether sizes/alignment are native.
typedef struct {
    const char *p, *end;
    bool native;   // '@': native sizes and alignment
    bool big;      // big-endian
} fmt_t;

// A struct.Struct: a format checked once. Its methods are the module's
// functions, which take the Struct where they take a format (fmt_init).
typedef struct obj_struct {
    obj_base_t base;
    obj_t format;
    size_t size;
} obj_struct_t;

static const obj_type_t type_struct_Struct;

static void fmt_init(fmt_t *f, obj_t fmt_obj) {
    size_t len;
    if (obj_type_of(fmt_obj) == &type_struct_Struct) {
        fmt_obj = ((obj_struct_t *)fmt_obj)->format;
    }
    if (!obj_is_str(fmt_obj) && obj_type_of(fmt_obj) != &type_bytes) {
        rt_raise_fmt(&type_TypeError, "Struct() argument 1 must be a str or bytes object, not %T",
            fmt_obj);
    }
    const char *s = str_data(fmt_obj, &len);
    f->p = s;
    f->end = s + len;
    f->native = true;
    f->big = false;
    if (len > 0) {
        switch (s[0]) {
            case '@': f->p++; break;
            case '=': f->p++; f->native = false; break;
            case '<': f->p++; f->native = false; break;
            case '>':
            case '!': f->p++; f->native = false; f->big = true; break;
            default: break;
        }
    }
}

// Size of one item of [code], 0 for an unknown code.
static size_t code_size(char code, bool native) {
    switch (code) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': return native ? sizeof(long) : 4;
        case 'q': case 'Q': case 'd': return 8;
        case 'n': case 'N': return native ? sizeof(size_t) : 0;
        case 'P': return native ? sizeof(void *) : 0;
        default: return 0;
    }
}

// Reads the next item: its count and code. Returns false at the end.
static bool fmt_next(fmt_t *f, size_t *count, char *code) {
    while (f->p < f->end && (*f->p == ' ' || *f->p == '\t' || *f->p == '\n' || *f->p == '\r')) {
        f->p++;
    }
    if (f->p >= f->end) {
        return false;
    }
    size_t n = 1;
    if (*f->p >= '0' && *f->p <= '9') {
        n = 0;
        while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
            if (n > ((size_t)-1) / 20) {
                struct_error("total struct size too long");
            }
            n = n * 10 + (size_t)(*f->p++ - '0');
        }
        if (f->p >= f->end) {
            struct_error("repeat count given without format specifier");
        }
    }
    *code = *f->p++;
    if (code_size(*code, f->native) == 0) {
        struct_error("bad char in struct format");
    }
    *count = n;
    return true;
}

// Alignment padding before an item of [code] at [offset].
static size_t align_to(size_t offset, char code, bool native) {
    if (!native || code == 's' || code == 'p' || code == 'x' || code == 'c') {
        return offset;
    }
    size_t a = code_size(code, true);
    return (offset + a - 1) / a * a;
}

// Total size of the packed data and the number of values it holds.
static size_t calc_size(obj_t fmt_obj, size_t *n_values) {
    fmt_t f;
    fmt_init(&f, fmt_obj);
    size_t size = 0, nv = 0, count;
    char code;
    while (fmt_next(&f, &count, &code)) {
        size = align_to(size, code, f.native);
        size_t item = code_size(code, f.native);
        if (count > (SIZE_MAX / 2 - size) / item) {
            struct_error("total struct size too long");
        }
        size += count * item;
        if (code == 's' || code == 'p') {
            nv += 1;
        } else if (code != 'x') {
            nv += count;
        }
    }
    if (n_values) {
        *n_values = nv;
    }
    return size;
}

static obj_t struct_calcsize(obj_t fmt) {
    return int_from_uintptr(calc_size(fmt, NULL));
}
static BUILTIN_FN_1(struct_calcsize_obj, QSTR_calcsize, struct_calcsize);

// Reads an int into 64 bits: *bits is its value modulo 2**64, *sign_ext
// 0 for values in [0, 2**64), -1 for values in [-2**64, 0); false if it is
// outside both.
static bool int_to_64(obj_t o, uint64_t *bits, int *sign_ext) {
    intptr_t v;
    if (int_to_intptr(o, &v)) {
        *bits = (uint64_t)(int64_t)v;
        *sign_ext = v < 0 ? -1 : 0;
        return true;
    }
    uint64_t acc = 0;
    obj_t mask = OBJ_NEW_SMALL_INT(0xffff);
    obj_t sixteen = OBJ_NEW_SMALL_INT(16);
    for (int i = 0; i < 4; i++) {
        obj_t chunk = rt_binary_op(BINARY_OP_AND, o, mask);
        acc |= (uint64_t)OBJ_SMALL_INT_VALUE(chunk) << (16 * i);
        o = rt_binary_op(BINARY_OP_RSHIFT, o, sixteen);
    }
    if (!OBJ_IS_SMALL_INT(o) || (OBJ_SMALL_INT_VALUE(o) != 0 && OBJ_SMALL_INT_VALUE(o) != -1)) {
        return false;
    }
    *bits = acc;
    *sign_ext = (int)OBJ_SMALL_INT_VALUE(o);
    return true;
}

static obj_t index_of(obj_t v) {
    if (int_is_intlike(v)) {
        return v;
    }
    if (OBJ_IS_PTR(v) && !float_is_float(v)) {
        obj_t dest[2];
        rt_load_method_maybe(v, QSTR___index__, dest);
        if (dest[0] != OBJ_NULL) {
            obj_t r = rt_call_method(0, 0, dest);
            if (int_is_intlike(r)) {
                return r;
            }
        }
    }
    struct_error("required argument is not an integer");
}

NORETURN static void range_msg(char code, long long lo, unsigned long long hi) {
    char buf[100];
    const char *name = NULL;
    switch (code) {
        case 'b': name = "byte"; break;
        case 'B': name = "ubyte"; break;
        case 'h': name = "short"; break;
        case 'H': name = "ushort"; break;
        default: break;
    }
    // Assemble "<what> format requires <lo> <= number <= <hi>" by hand.
    char num[2][24];
    unsigned long long mag = lo < 0 ? (unsigned long long)(-(lo + 1)) + 1 : (unsigned long long)lo;
    for (int k = 0; k < 2; k++) {
        unsigned long long x = k == 0 ? mag : hi;
        char tmp[24];
        int n = 0;
        do {
            tmp[n++] = (char)('0' + x % 10);
            x /= 10;
        } while (x);
        int j = 0;
        if (k == 0 && lo < 0) {
            num[k][j++] = '-';
        }
        while (n) {
            num[k][j++] = tmp[--n];
        }
        num[k][j] = 0;
    }
    size_t o = 0;
    if (name) {
        o = strlen(name);
        memcpy(buf, name, o);
    } else {
        buf[o++] = '\'';
        buf[o++] = code;
        buf[o++] = '\'';
    }
    const char *mid = " format requires ";
    memcpy(buf + o, mid, strlen(mid));
    o += strlen(mid);
    memcpy(buf + o, num[0], strlen(num[0]));
    o += strlen(num[0]);
    memcpy(buf + o, " <= number <= ", 14);
    o += 14;
    memcpy(buf + o, num[1], strlen(num[1]) + 1);
    struct_error(buf);
}

static void put_uint(uint8_t *dst, uint64_t v, size_t size, bool big) {
    for (size_t i = 0; i < size; i++) {
        uint8_t b = (uint8_t)(v >> (8 * i));
        dst[big ? size - 1 - i : i] = b;
    }
}

static uint64_t get_uint(const uint8_t *src, size_t size, bool big) {
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++) {
        v |= (uint64_t)src[big ? size - 1 - i : i] << (8 * i);
    }
    return v;
}

// IEEE half precision from a double, rounding to nearest even.
static uint16_t half_from_double(double x) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        return sign | 0x7e00;
    }
    if (isinf(x)) {
        return sign | 0x7c00;
    }
    if (a == 0) {
        return sign;
    }
    int e;
    double m = frexp(a, &e); // a = m * 2**e, m in [0.5, 1)
    // Normal halves have exponents e in [-13, 16]; below that, subnormal.
    double scaled;
    int biased = e + 14; // exponent field for m*2 in [1, 2)
    if (biased <= 0) {
        scaled = ldexp(a, 24); // units of 2**-24
        double r = nearbyint(scaled);
        if (r - scaled == 0.5 || scaled - r == 0.5) {
            r = 2 * nearbyint(scaled / 2);
        }
        return sign | (uint16_t)r; // may round up into the smallest normal: still right
    }
    scaled = ldexp(m, 11); // 11 significant bits, in [1024, 2048)
    double r = nearbyint(scaled);
    uint32_t mant = (uint32_t)r;
    if (mant == 2048) {
        mant = 1024;
        biased++;
    }
    if (biased >= 31) {
        rt_raise_msg(&type_OverflowError, "float too large to pack with e format");
    }
    return sign | (uint16_t)((uint32_t)biased << 10) | (uint16_t)(mant - 1024);
}

static double half_to_double(uint16_t h) {
    int e = (h >> 10) & 0x1f;
    int m = h & 0x3ff;
    double v;
    if (e == 0) {
        v = ldexp(m, -24);
    } else if (e == 31) {
        v = m ? NAN : INFINITY;
    } else {
        v = ldexp(m + 1024, e - 25);
    }
    return (h & 0x8000) ? -v : v;
}

static double float_arg(obj_t v) {
    if (!float_is_float(v) && !int_is_intlike(v)) {
        if (!OBJ_IS_PTR(v) || rt_load_attr_maybe(v, QSTR___float__) == OBJ_NULL) {
            struct_error("required argument is not a float");
        }
    }
    return rt_get_float(v);
}

static void pack_one(uint8_t *dst, char code, size_t size, bool native, bool big, obj_t v) {
    switch (code) {
        case '?':
            dst[0] = rt_is_true(v) ? 1 : 0;
            return;
        case 'c': {
            size_t len;
            const char *d;
            if (!bytes_like(v, &d, &len) || len != 1) {
                struct_error("char format requires a bytes object of length 1");
            }
            dst[0] = (uint8_t)d[0];
            return;
        }
        case 'e':
            put_uint(dst, half_from_double(float_arg(v)), 2, big);
            return;
        case 'f': {
            double d = float_arg(v);
            float f = (float)d;
            if (isinf(f) && !isinf(d)) {
                rt_raise_msg(&type_OverflowError, "float too large to pack with f format");
            }
            uint32_t u;
            memcpy(&u, &f, 4);
            put_uint(dst, u, 4, big);
            return;
        }
        case 'd': {
            double d = float_arg(v);
            uint64_t u;
            memcpy(&u, &d, 8);
            put_uint(dst, u, 8, big);
            return;
        }
        default:
            break;
    }
    obj_t iv = index_of(v);
    uint64_t bits;
    int sx;
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    bool ok = int_to_64(iv, &bits, &sx);
    if (code == 'P') {
        // Pointers accept any value that fits the word, signed or not.
        if (!ok || (sx == -1 && size < 8 && (int64_t)bits < -(int64_t)((uint64_t)1 << (8 * size - 1)))) {
            struct_error("argument out of range");
        }
        put_uint(dst, bits, size, big);
        return;
    }
    if (size == 8) {
        if (!ok || (is_signed && ((sx == 0 && (int64_t)bits < 0) || (sx == -1 && (int64_t)bits >= 0))) ||
            (!is_signed && sx != 0)) {
            struct_error("argument out of range");
        }
        put_uint(dst, bits, 8, big);
        return;
    }
    long long lo = is_signed ? -((long long)1 << (8 * size - 1)) : 0;
    unsigned long long hi = is_signed ? ((unsigned long long)1 << (8 * size - 1)) - 1
                                      : ((unsigned long long)1 << (8 * size)) - 1;
    bool in_range = ok && (sx == 0 ? bits <= hi : (is_signed && (int64_t)bits >= lo));
    if (!in_range) {
        if (!ok) {
            struct_error("argument out of range");
        }
        if (native && !is_signed && size >= 4 && ok && sx == -1) {
            struct_error("argument out of range");
        }
        if (native && (code == 'n' || code == 'N' || code == 'l' || code == 'L')) {
            // CPython converts these through a C ssize_t/long, whose overflow says this.
            struct_error("argument out of range");
        }
        range_msg(code, lo, hi);
    }
    put_uint(dst, bits, size, big);
}

// Packs [n] values following the format into [dst] (already sized and zeroed).
static void pack_values(obj_t fmt_obj, uint8_t *dst, size_t n, const obj_t *values, const char *what) {
    size_t nv;
    calc_size(fmt_obj, &nv);
    if (nv != n) {
        rt_raise_fmt(&type_struct_error, "%s expected %u items for packing (got %u)", what,
            (unsigned)nv, (unsigned)n);
    }
    fmt_t f;
    fmt_init(&f, fmt_obj);
    size_t off = 0, count, vi = 0;
    char code;
    while (fmt_next(&f, &count, &code)) {
        off = align_to(off, code, f.native);
        size_t size = code_size(code, f.native);
        if (code == 's' || code == 'p') {
            obj_t v = values[vi++];
            size_t len;
            const char *d;
            if (!bytes_like(v, &d, &len)) {
                rt_raise_fmt(&type_struct_error, "argument for '%c' must be a bytes object", code);
            }
            if (code == 's') {
                memcpy(dst + off, d, len < count ? len : count);
            } else if (count > 0) {
                size_t m = len < count - 1 ? len : count - 1;
                if (m > 255) {
                    m = 255;
                }
                dst[off] = (uint8_t)m;
                memcpy(dst + off + 1, d, m);
            }
            off += count;
            continue;
        }
        for (size_t i = 0; i < count; i++) {
            if (code != 'x') {
                pack_one(dst + off, code, size, f.native, f.big, values[vi++]);
            }
            off += size;
        }
    }
}

static obj_t unpack_one(const uint8_t *src, char code, size_t size, bool big) {
    switch (code) {
        case '?': return obj_bool(src[0] != 0);
        case 'c': return bytes_new(src, 1);
        case 'e': return float_new(half_to_double((uint16_t)get_uint(src, 2, big)));
        case 'f': {
            uint32_t u = (uint32_t)get_uint(src, 4, big);
            float f;
            memcpy(&f, &u, 4);
            return float_new(f);
        }
        case 'd': {
            uint64_t u = get_uint(src, 8, big);
            double d;
            memcpy(&d, &u, 8);
            return float_new(d);
        }
        default: break;
    }
    uint64_t u = get_uint(src, size, big);
    bool is_signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    if (is_signed) {
        if (size < 8 && (u >> (8 * size - 1)) & 1) {
            u |= ~(uint64_t)0 << (8 * size);
        }
        return int_from_ll((long long)(int64_t)u);
    }
    return int_from_ull(u);
}

static obj_t unpack_values(obj_t fmt_obj, const uint8_t *src) {
    size_t nv;
    calc_size(fmt_obj, &nv);
    obj_t tuple = tuple_new(nv, NULL);
    obj_t *items = ((obj_tuple_t *)tuple)->items;
    for (size_t i = 0; i < nv; i++) {
        items[i] = OBJ_NONE;
    }
    fmt_t f;
    fmt_init(&f, fmt_obj);
    size_t off = 0, count, vi = 0;
    char code;
    while (fmt_next(&f, &count, &code)) {
        off = align_to(off, code, f.native);
        size_t size = code_size(code, f.native);
        if (code == 's') {
            items[vi++] = bytes_new(src + off, count);
            off += count;
            continue;
        }
        if (code == 'p') {
            size_t m = 0;
            if (count > 0) {
                m = src[off];
                if (m > count - 1) {
                    m = count - 1;
                }
            }
            items[vi++] = bytes_new(src + off + 1, m);
            off += count;
            continue;
        }
        for (size_t i = 0; i < count; i++) {
            if (code != 'x') {
                items[vi++] = unpack_one(src + off, code, size, f.big);
            }
            off += size;
        }
    }
    return tuple;
}

static void get_buf(obj_t o, buffer_info_t *info, int flags) {
    const obj_type_t *t = obj_type_of(o);
    if (obj_is_str(o) || t->get_buffer == NULL || !t->get_buffer(o, info, flags)) {
        if (flags & BUFFER_WRITE) {
            rt_raise_fmt(&type_TypeError, "argument must be read-write bytes-like object, not %T", o);
        }
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", o);
    }
}

static obj_t struct_pack(size_t n_args, const obj_t *args) {
    size_t size = calc_size(args[0], NULL);
    uint8_t *buf = rt_alloc_flags(size + 1, GC_ALLOC_NOSCAN);
    pack_values(args[0], buf, n_args - 1, args + 1, "pack");
    return bytes_new(buf, size);
}
static BUILTIN_FN_VAR(struct_pack_obj, QSTR_pack, 1, BUILTIN_N_ANY, struct_pack);

static obj_t struct_unpack(obj_t fmt, obj_t data) {
    size_t size = calc_size(fmt, NULL);
    buffer_info_t info;
    get_buf(data, &info, BUFFER_READ);
    if (info.len != size) {
        rt_raise_fmt(&type_struct_error, "unpack requires a buffer of %u bytes", (unsigned)size);
    }
    return unpack_values(fmt, info.buf);
}
static BUILTIN_FN_2(struct_unpack_obj, QSTR_unpack, struct_unpack);

// Resolves a possibly negative [offset] into a buffer of [len] bytes.
static size_t resolve_offset(obj_t off_obj, size_t len, size_t size, bool packing) {
    intptr_t off = rt_get_int(off_obj);
    if (off < 0) {
        if ((size_t)(-off) > len || (size_t)(-off) < size) {
            if ((size_t)(-off) > len) {
                rt_raise_fmt(&type_struct_error, "offset %d out of range for %u-byte buffer",
                    (int)off, (unsigned)len);
            }
            rt_raise_fmt(&type_struct_error, packing ? "no space to pack %u bytes at offset %d"
                                                     : "not enough data to unpack %u bytes at offset %d",
                (unsigned)size, (int)off);
        }
        off += (intptr_t)len;
    }
    if ((size_t)off > len || len - (size_t)off < size) {
        rt_raise_fmt(&type_struct_error,
            packing ? "pack_into requires a buffer of at least %u bytes for packing %u bytes at offset %u (actual buffer size is %u)"
                    : "unpack_from requires a buffer of at least %u bytes for unpacking %u bytes at offset %u (actual buffer size is %u)",
            (unsigned)(size + (size_t)off), (unsigned)size, (unsigned)off, (unsigned)len);
    }
    return (size_t)off;
}

static obj_t struct_unpack_from(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_format, ARG_REQUIRED, OBJ_NULL},
        {QSTR_buffer, ARG_REQUIRED, OBJ_NULL},
        {QSTR_offset, 0, OBJ_NEW_SMALL_INT(0)},
    };
    obj_t v[3];
    rt_parse_args(n_args, args, n_kw, kw, 3, spec, v, QSTR_unpack_from);
    size_t size = calc_size(v[0], NULL);
    buffer_info_t info;
    get_buf(v[1], &info, BUFFER_READ);
    size_t off = resolve_offset(v[2], info.len, size, false);
    return unpack_values(v[0], (const uint8_t *)info.buf + off);
}
static BUILTIN_FN_KW(struct_unpack_from_obj, QSTR_unpack_from, 0, 3, struct_unpack_from);

static obj_t struct_pack_into(size_t n_args, const obj_t *args) {
    size_t size = calc_size(args[0], NULL);
    buffer_info_t info;
    get_buf(args[1], &info, BUFFER_WRITE);
    size_t off = resolve_offset(args[2], info.len, size, true);
    // As CPython: the region is cleared, then items are stored one by one
    // (an error leaves the ones before it in place).
    memset((uint8_t *)info.buf + off, 0, size);
    pack_values(args[0], (uint8_t *)info.buf + off, n_args - 3, args + 3, "pack_into");
    return OBJ_NONE;
}
static BUILTIN_FN_VAR(struct_pack_into_obj, QSTR_pack_into, 3, BUILTIN_N_ANY, struct_pack_into);

static obj_t struct_iter_unpack(obj_t fmt, obj_t data) {
    size_t size = calc_size(fmt, NULL);
    if (size == 0) {
        struct_error("cannot iteratively unpack with a struct of length 0");
    }
    buffer_info_t info;
    get_buf(data, &info, BUFFER_READ);
    if (info.len % size != 0) {
        rt_raise_fmt(&type_struct_error,
            "iterative unpacking requires a buffer of a multiple of %u bytes", (unsigned)size);
    }
    obj_t list = list_new(0, NULL);
    for (size_t off = 0; off < info.len; off += size) {
        list_append(list, unpack_values(fmt, (const uint8_t *)info.buf + off));
    }
    return rt_getiter(list);
}
static BUILTIN_FN_2(struct_iter_unpack_obj, QSTR_iter_unpack, struct_iter_unpack);

static obj_t struct_obj_make_new(const obj_type_t *type, size_t n_args, size_t n_kw, const obj_t *args) {
    static const arg_spec_t spec[] = {{QSTR_format, ARG_REQUIRED, OBJ_NULL}};
    obj_t fmt;
    rt_parse_args(n_args, args, n_kw, args + n_args, 1, spec, &fmt, QSTR_Struct);
    size_t size = calc_size(fmt, NULL);
    obj_struct_t *o = rt_new_obj(type, sizeof(obj_struct_t));
    // CPython keeps the format as a str even when given bytes.
    if (obj_type_of(fmt) == &type_bytes) {
        size_t len;
        const char *d = str_data(fmt, &len);
        fmt = str_new(d, len);
    }
    o->format = fmt;
    o->size = size;
    return o;
}

static void struct_obj_attr(obj_t self, qstr attr, obj_t *dest) {
    obj_struct_t *o = self;
    if (dest[0] != OBJ_NULL) {
        return; // read-only
    }
    if (attr == QSTR_format) {
        dest[0] = o->format;
    } else if (attr == QSTR_size) {
        dest[0] = int_from_uintptr(o->size);
    }
}

static const dict_entry_t struct_obj_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_pack), (obj_t)&struct_pack_obj},
    {OBJ_NEW_QSTR(QSTR_unpack), (obj_t)&struct_unpack_obj},
    {OBJ_NEW_QSTR(QSTR_pack_into), (obj_t)&struct_pack_into_obj},
    {OBJ_NEW_QSTR(QSTR_unpack_from), (obj_t)&struct_unpack_from_obj},
    {OBJ_NEW_QSTR(QSTR_iter_unpack), (obj_t)&struct_iter_unpack_obj},
};
static DICT_ROM(struct_obj_locals, struct_obj_locals_table);

static const obj_type_t type_struct_Struct = {
    .base = {&type_type},
    .name = QSTR_Struct,
    .make_new = struct_obj_make_new,
    .attr = struct_obj_attr,
    .locals_dict = (obj_dict_t *)&struct_obj_locals,
};

static const dict_entry_t struct_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR_Struct), (obj_t)&type_struct_Struct},
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_struct)},
    {OBJ_NEW_QSTR(QSTR_error), (obj_t)&type_struct_error},
    {OBJ_NEW_QSTR(QSTR_calcsize), (obj_t)&struct_calcsize_obj},
    {OBJ_NEW_QSTR(QSTR_pack), (obj_t)&struct_pack_obj},
    {OBJ_NEW_QSTR(QSTR_unpack), (obj_t)&struct_unpack_obj},
    {OBJ_NEW_QSTR(QSTR_pack_into), (obj_t)&struct_pack_into_obj},
    {OBJ_NEW_QSTR(QSTR_unpack_from), (obj_t)&struct_unpack_from_obj},
    {OBJ_NEW_QSTR(QSTR_iter_unpack), (obj_t)&struct_iter_unpack_obj},
};
static DICT_ROM(struct_globals, struct_globals_table);

MODULE_ROM(module_struct, struct_globals);
