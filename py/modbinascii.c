// The binascii module: hex and base64 conversions and CRC-32, as CPython's.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/runtime.h"

MODULE_REGISTER(QSTR_binascii, module_binascii);

// binascii.Error: a ValueError subclass whose behaviour is ValueError's.
EXC_SUBTYPE(static const obj_type_t type_binascii_error, QSTR_Error, type_ValueError);

// Data to encode: any bytes-like object.
static const uint8_t *bin_arg(obj_t o, size_t *len) {
    const obj_type_t *t = obj_type_of(o);
    buffer_info_t info;
    if (obj_is_str(o) || t->get_buffer == NULL || !t->get_buffer(o, &info, BUFFER_READ)) {
        rt_raise_fmt(&type_TypeError, "a bytes-like object is required, not '%T'", o);
    }
    *len = info.len;
    return info.buf;
}

// Data to decode: bytes-like or an ASCII-only str.
static const uint8_t *ascii_arg(obj_t o, size_t *len) {
    if (obj_is_str(o)) {
        const char *s = str_data(o, len);
        for (size_t i = 0; i < *len; i++) {
            if ((uint8_t)s[i] >= 0x80) {
                rt_raise_msg(&type_ValueError, "string argument should contain only ASCII characters");
            }
        }
        return (const uint8_t *)s;
    }
    const obj_type_t *t = obj_type_of(o);
    buffer_info_t info;
    if (t->get_buffer == NULL || !t->get_buffer(o, &info, BUFFER_READ)) {
        rt_raise_fmt(&type_TypeError, "argument should be bytes, buffer or ASCII string, not '%T'", o);
    }
    *len = info.len;
    return info.buf;
}

static const char hex_digits[] = "0123456789abcdef";

static obj_t binascii_hexlify(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_data, ARG_REQUIRED, OBJ_NULL},
        {QSTR_sep, 0, OBJ_NULL},
        {QSTR_bytes_per_sep, 0, OBJ_NEW_SMALL_INT(1)},
    };
    obj_t v[3];
    rt_parse_args(n_args, args, n_kw, kw, 3, spec, v, QSTR_hexlify);
    size_t len;
    const uint8_t *d = bin_arg(v[0], &len);
    char sep = 0;
    if (v[1] != OBJ_NULL && v[1] != OBJ_NONE) {
        size_t slen;
        const char *s;
        const obj_type_t *st = obj_type_of(v[1]);
        if (obj_is_str(v[1])) {
            s = str_data(v[1], &slen);
        } else if (st->get_buffer == NULL) {
            rt_raise_fmt(&type_TypeError, "object of type '%T' has no len()", v[1]);
        } else {
            s = (const char *)bin_arg(v[1], &slen);
        }
        if (slen != 1) {
            rt_raise_msg(&type_ValueError, "sep must be length 1.");
        }
        if ((uint8_t)s[0] >= 0x80) {
            rt_raise_msg(&type_ValueError, "sep must be ASCII.");
        }
        sep = s[0];
    }
    intptr_t per = rt_get_int(v[2]);
    size_t group = (size_t)(per < 0 ? -per : per);
    size_t n_seps = 0;
    if (sep && group > 0 && len > 0) {
        n_seps = (len - 1) / group;
    }
    size_t out_len = 2 * len + n_seps;
    uint8_t *out = rt_alloc_flags(out_len + 1, GC_ALLOC_NOSCAN);
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && n_seps > 0) {
            // Groups count from the right for a positive bytes_per_sep.
            size_t pos = per > 0 ? len - i : i;
            if (pos % group == 0) {
                out[o++] = (uint8_t)sep;
            }
        }
        out[o++] = (uint8_t)hex_digits[d[i] >> 4];
        out[o++] = (uint8_t)hex_digits[d[i] & 15];
    }
    return bytes_new(out, o);
}
static BUILTIN_FN_KW(binascii_hexlify_obj, QSTR_hexlify, 0, 3, binascii_hexlify);
static BUILTIN_FN_KW(binascii_b2a_hex_obj, QSTR_b2a_hex, 0, 3, binascii_hexlify);

static int hex_value(uint8_t c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static obj_t binascii_unhexlify(obj_t arg) {
    size_t len;
    const uint8_t *s = ascii_arg(arg, &len);
    if (len % 2) {
        rt_raise_msg(&type_binascii_error, "Odd-length string");
    }
    uint8_t *out = rt_alloc_flags(len / 2 + 1, GC_ALLOC_NOSCAN);
    for (size_t i = 0; i < len; i += 2) {
        int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
        if (hi < 0 || lo < 0) {
            rt_raise_msg(&type_binascii_error, "Non-hexadecimal digit found");
        }
        out[i / 2] = (uint8_t)(hi << 4 | lo);
    }
    return bytes_new(out, len / 2);
}
static BUILTIN_FN_1(binascii_unhexlify_obj, QSTR_unhexlify, binascii_unhexlify);
static BUILTIN_FN_1(binascii_a2b_hex_obj, QSTR_a2b_hex, binascii_unhexlify);

static const char b64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(uint8_t c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

static obj_t binascii_b2a_base64(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_data, ARG_REQUIRED, OBJ_NULL},
        {QSTR_newline, ARG_KW_ONLY, OBJ_TRUE},
    };
    obj_t v[2];
    rt_parse_args(n_args, args, n_kw, kw, 2, spec, v, QSTR_b2a_base64);
    size_t len;
    const uint8_t *d = bin_arg(v[0], &len);
    bool newline = rt_is_true(v[1]);
    size_t out_len = (len + 2) / 3 * 4 + (newline ? 1 : 0);
    uint8_t *out = rt_alloc_flags(out_len + 1, GC_ALLOC_NOSCAN);
    size_t o = 0;
    for (size_t i = 0; i < len; i += 3) {
        uint32_t w = (uint32_t)d[i] << 16;
        if (i + 1 < len) {
            w |= (uint32_t)d[i + 1] << 8;
        }
        if (i + 2 < len) {
            w |= d[i + 2];
        }
        out[o++] = (uint8_t)b64_alphabet[(w >> 18) & 63];
        out[o++] = (uint8_t)b64_alphabet[(w >> 12) & 63];
        out[o++] = i + 1 < len ? (uint8_t)b64_alphabet[(w >> 6) & 63] : '=';
        out[o++] = i + 2 < len ? (uint8_t)b64_alphabet[w & 63] : '=';
    }
    if (newline) {
        out[o++] = '\n';
    }
    return bytes_new(out, o);
}
static BUILTIN_FN_KW(binascii_b2a_base64_obj, QSTR_b2a_base64, 0, 1, binascii_b2a_base64);

NORETURN static void b64_error(const char *msg) {
    rt_raise_msg(&type_binascii_error, msg);
}

static obj_t binascii_a2b_base64(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_data, ARG_REQUIRED, OBJ_NULL},
        {QSTR_strict_mode, ARG_KW_ONLY, OBJ_FALSE},
    };
    obj_t v[2];
    rt_parse_args(n_args, args, n_kw, kw, 2, spec, v, QSTR_a2b_base64);
    size_t len;
    const uint8_t *s = ascii_arg(v[0], &len);
    bool strict = rt_is_true(v[1]);
    uint8_t *out = rt_alloc_flags(len / 4 * 3 + 4, GC_ALLOC_NOSCAN);
    size_t o = 0;
    int quad = 0, pads = 0;
    bool padding = false;
    uint32_t acc = 0;
    if (strict && len > 0 && s[0] == '=') {
        b64_error("Leading padding not allowed");
    }
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        if (c == '=') {
            padding = true;
            if (strict && quad == 0) {
                b64_error("Excess padding not allowed");
            }
            // Enough padding ends the data; anything after it is ignored.
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < len) {
                    b64_error("Excess data after padding");
                }
                return bytes_new(out, o);
            }
            continue;
        }
        int val = b64_value(c);
        if (val < 0) {
            if (strict) {
                b64_error("Only base64 data is allowed");
            }
            continue;
        }
        if (strict && padding) {
            b64_error("Discontinuous padding not allowed");
        }
        pads = 0;
        // Each character after the first of a quad completes one byte.
        switch (quad) {
            case 0: acc = (uint32_t)val; break;
            case 1: out[o++] = (uint8_t)(acc << 2 | (uint32_t)val >> 4); acc = (uint32_t)val & 15; break;
            case 2: out[o++] = (uint8_t)(acc << 4 | (uint32_t)val >> 2); acc = (uint32_t)val & 3; break;
            default: out[o++] = (uint8_t)(acc << 6 | (uint32_t)val); acc = 0; break;
        }
        quad = (quad + 1) & 3;
    }
    if (quad != 0) {
        if (quad == 1) {
            rt_raise_fmt(&type_binascii_error,
                "Invalid base64-encoded string: number of data characters (%u) cannot be 1 more than a multiple of 4",
                (unsigned)(o / 3 * 4 + 1));
        }
        b64_error("Incorrect padding");
    }
    return bytes_new(out, o);
}
static BUILTIN_FN_KW(binascii_a2b_base64_obj, QSTR_a2b_base64, 0, 1, binascii_a2b_base64);

// CRC-32 (ISO 3309, reflected polynomial 0xEDB88320), four bits at a time.
static uint32_t crc32_update(uint32_t crc, const uint8_t *d, size_t len) {
    static const uint32_t nibble[16] = {
        0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
        0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
    };
    crc = ~crc;
    for (size_t i = 0; i < len; i++) {
        crc ^= d[i];
        crc = (crc >> 4) ^ nibble[crc & 15];
        crc = (crc >> 4) ^ nibble[crc & 15];
    }
    return ~crc;
}

static obj_t binascii_crc32(size_t n_args, const obj_t *args) {
    size_t len;
    const uint8_t *d = bin_arg(args[0], &len);
    uint32_t crc = 0;
    if (n_args > 1) {
        if (!obj_is_int(args[1]) && args[1] != OBJ_TRUE && args[1] != OBJ_FALSE) {
            rt_raise_fmt(&type_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
        }
        obj_t m = rt_binary_op(BINARY_OP_AND, args[1], int_from_ull(0xffffffffu));
        crc = (uint32_t)int_to_double(m);
    }
    return int_from_uintptr(crc32_update(crc, d, len));
}
static BUILTIN_FN_VAR(binascii_crc32_obj, QSTR_crc32, 1, 2, binascii_crc32);

static const dict_entry_t binascii_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_binascii)},
    {OBJ_NEW_QSTR(QSTR_Error), (obj_t)&type_binascii_error},
    {OBJ_NEW_QSTR(QSTR_hexlify), (obj_t)&binascii_hexlify_obj},
    {OBJ_NEW_QSTR(QSTR_b2a_hex), (obj_t)&binascii_b2a_hex_obj},
    {OBJ_NEW_QSTR(QSTR_unhexlify), (obj_t)&binascii_unhexlify_obj},
    {OBJ_NEW_QSTR(QSTR_a2b_hex), (obj_t)&binascii_a2b_hex_obj},
    {OBJ_NEW_QSTR(QSTR_b2a_base64), (obj_t)&binascii_b2a_base64_obj},
    {OBJ_NEW_QSTR(QSTR_a2b_base64), (obj_t)&binascii_a2b_base64_obj},
    {OBJ_NEW_QSTR(QSTR_crc32), (obj_t)&binascii_crc32_obj},
};
static DICT_ROM(binascii_globals, binascii_globals_table);

MODULE_ROM(module_binascii, binascii_globals);
