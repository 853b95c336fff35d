// The json module: dumps/dump write the same text as CPython's json module,
// loads/load read the full JSON grammar (plus NaN and Infinity, as CPython).
// SPDX-License-Identifier: MIT

#include <math.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_json, module_json);

// json.JSONDecodeError(msg, doc, pos): a ValueError subclass whose message
// adds the line and column of [pos] (a character index into the str [doc]),
// with the attributes msg, doc, pos, lineno and colno as in CPython.
static obj_t decode_error_make_new(const obj_type_t *type, size_t n_args, size_t n_kw,
    const obj_t *args) {
    if (n_kw != 0 || n_args != 3) {
        rt_raise_fmt(&type_TypeError,
            "JSONDecodeError() takes exactly 3 positional arguments (%zu given)", n_args + n_kw);
    }
    if (!rt_isinstance(args[1], &type_str)) {
        rt_raise_fmt(&type_TypeError, "JSONDecodeError() doc must be str, not %T", args[1]);
    }
    size_t len;
    const char *doc = str_data(type_native_of(args[1]), &len);
    intptr_t pos = rt_get_int(args[2]);
    // Lines and columns count characters; the first line and column are 1.
    size_t limit = pos < 0 ? 0 : (size_t)pos;
    size_t line = 1;
    size_t col = limit + 1;
    size_t chars = 0;
    for (const char *p = doc, *end = doc + len; p < end && chars < limit; chars++) {
        if (*p == '\n') {
            line++;
            col = limit - chars;
        }
        utf8_decode(&p);
    }
    vstr_t v;
    vstr_init(&v, 64);
    print_t pr;
    vstr_print(&v, &pr);
    print_fmt(&pr, "%S: line %zu column %zu (char %ld)", args[0], line, col, (long)pos);
    obj_t text = vstr_to_str(&v);
    obj_t exc = type_ValueError.make_new(type, 1, 0, &text);
    rt_store_attr(exc, QSTR_msg, args[0]);
    rt_store_attr(exc, QSTR_doc, args[1]);
    rt_store_attr(exc, QSTR_pos, args[2]);
    rt_store_attr(exc, QSTR_lineno, OBJ_NEW_SMALL_INT(line));
    rt_store_attr(exc, QSTR_colno, OBJ_NEW_SMALL_INT(col));
    return exc;
}
static const obj_type_t type_json_decode_error = {
    .base = {&type_type},
    .flags = TYPE_FLAG_BASETYPE | TYPE_FLAG_EXCEPTION,
    .name = QSTR_JSONDecodeError,
    .print = exc_print_obj,
    .make_new = decode_error_make_new,
    .attr = exc_attr,
    .parent = &type_ValueError,
};

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

// The options of one dumps() call.
typedef struct encoder {
    vstr_t *out;
    const char *item_sep, *key_sep, *indent; // indent NULL: everything on one line
    size_t item_sep_len, key_sep_len, indent_len;
    obj_t default_fn; // OBJ_NONE when not given
    // The containers being encoded, keyed by address, to detect cycles as
    // CPython's "markers" dict does; NULL with check_circular=False.
    obj_dict_t *markers;
    bool sort_keys, skip_keys, ensure_ascii, allow_nan;
} encoder_t;

static void encode_value(encoder_t *e, obj_t o, size_t level);

static void add_hex4(vstr_t *v, uint32_t c) {
    static const char hex[] = "0123456789abcdef";
    char buf[6] = {'\\', 'u', hex[(c >> 12) & 15], hex[(c >> 8) & 15], hex[(c >> 4) & 15],
                   hex[c & 15]};
    vstr_add_strn(v, buf, 6);
}

// Writes a quoted JSON string with CPython's escapes: short forms for the
// usual control characters, \u00XX for the others and, with ensure_ascii,
// \uXXXX (surrogate pairs beyond the BMP) for everything outside ' '..'~'.
static void encode_str(encoder_t *e, obj_t s) {
    size_t len;
    const char *p = str_data(type_native_of(s), &len);
    const char *end = p + len;
    vstr_t *v = e->out;
    vstr_add_byte(v, '"');
    while (p < end) {
        // Copy runs of characters that need no escape in one go.
        const char *run = p;
        while (p < end && (uint8_t)*p >= 0x20 && *p != '"' && *p != '\\' &&
               (!e->ensure_ascii || (uint8_t)*p < 0x7f)) {
            p++;
        }
        vstr_add_strn(v, run, (size_t)(p - run));
        if (p == end) {
            break;
        }
        uint32_t c = utf8_decode(&p);
        switch (c) {
            case '"': vstr_add_strn(v, "\\\"", 2); break;
            case '\\': vstr_add_strn(v, "\\\\", 2); break;
            case '\n': vstr_add_strn(v, "\\n", 2); break;
            case '\r': vstr_add_strn(v, "\\r", 2); break;
            case '\t': vstr_add_strn(v, "\\t", 2); break;
            case '\b': vstr_add_strn(v, "\\b", 2); break;
            case '\f': vstr_add_strn(v, "\\f", 2); break;
            default:
                if (c >= 0x10000) {
                    c -= 0x10000;
                    add_hex4(v, 0xd800 | (c >> 10));
                    add_hex4(v, 0xdc00 | (c & 0x3ff));
                } else {
                    add_hex4(v, c);
                }
                break;
        }
    }
    vstr_add_byte(v, '"');
}

// Writes a float as CPython's encoder does: repr, or NaN/Infinity/-Infinity.
static void encode_float(encoder_t *e, double d) {
    if (isfinite(d)) {
        print_t p;
        vstr_print(e->out, &p);
        float_print_repr(&p, d);
        return;
    }
    if (!e->allow_nan) {
        rt_raise_msg(&type_ValueError, "Out of range float values are not JSON compliant");
    }
    vstr_add_str(e->out, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
}

// Writes an int (any size, subclasses through int's own repr).
static void encode_int(encoder_t *e, obj_t o) {
    print_t p;
    vstr_print(e->out, &p);
    int_print_base(&p, type_native_of(o), 10, "", false);
}

// A newline and the indentation of [level] when indenting.
static void newline_indent(encoder_t *e, size_t level) {
    vstr_add_byte(e->out, '\n');
    for (size_t i = 0; i < level; i++) {
        vstr_add_strn(e->out, e->indent, e->indent_len);
    }
}

// Records that [o] is being encoded (ValueError if it already is); returns
// the key to pass to mark_leave. Objects are word aligned, so address / 4
// is a unique small int key.
static obj_t mark_enter(encoder_t *e, obj_t o) {
    if (e->markers == NULL) {
        return OBJ_NULL;
    }
    obj_t key = OBJ_NEW_SMALL_INT((intptr_t)((uintptr_t)o >> 2));
    if (dict_get(e->markers, key) != OBJ_NULL) {
        rt_raise_msg(&type_ValueError, "Circular reference detected");
    }
    dict_set(e->markers, key, o);
    return key;
}

static void mark_leave(encoder_t *e, obj_t key) {
    if (key != OBJ_NULL) {
        dict_delete(e->markers, key);
    }
}

// [o] is the list or tuple as given (for cycle detection), [native] the
// built-in object behind it.
static void encode_list(encoder_t *e, obj_t o, obj_t native, size_t level) {
    size_t n;
    obj_t *items;
    seq_get_items(native, &n, &items);
    if (n == 0) {
        vstr_add_strn(e->out, "[]", 2);
        return;
    }
    obj_t mark = mark_enter(e, o);
    vstr_add_byte(e->out, '[');
    if (e->indent != NULL) {
        newline_indent(e, level + 1);
    }
    // Re-read the length each time: a default() function may change the list.
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            vstr_add_strn(e->out, e->item_sep, e->item_sep_len);
            if (e->indent != NULL) {
                newline_indent(e, level + 1);
            }
        }
        encode_value(e, items[i], level + 1);
        seq_get_items(native, &n, &items);
    }
    if (e->indent != NULL) {
        newline_indent(e, level);
    }
    vstr_add_byte(e->out, ']');
    mark_leave(e, mark);
}

// Writes a dict key converted as CPython does; returns false for a key that
// skipkeys drops.
static bool encode_key(encoder_t *e, obj_t k) {
    if (rt_isinstance(k, &type_str)) {
        encode_str(e, k);
        return true;
    }
    vstr_add_byte(e->out, '"');
    if (k == OBJ_TRUE) {
        vstr_add_str(e->out, "true");
    } else if (k == OBJ_FALSE) {
        vstr_add_str(e->out, "false");
    } else if (k == OBJ_NONE) {
        vstr_add_str(e->out, "null");
    } else if (rt_isinstance(k, &type_float)) {
        encode_float(e, float_value(type_native_of(k)));
    } else if (rt_isinstance(k, &type_int)) {
        encode_int(e, k);
    } else {
        vstr_truncate(e->out, e->out->len - 1);
        if (e->skip_keys) {
            return false;
        }
        rt_raise_fmt(&type_TypeError, "keys must be str, int, float, bool or None, not %T", k);
    }
    vstr_add_byte(e->out, '"');
    return true;
}

static void encode_dict(encoder_t *e, obj_t o, size_t level) {
    obj_dict_t *d = type_native_of(o);
    if (d->used == 0) {
        vstr_add_strn(e->out, "{}", 2);
        return;
    }
    obj_t mark = mark_enter(e, o);
    // A snapshot of the items, sorted when asked (by key, as sorted(d.items())).
    obj_t items = list_new(0, NULL);
    size_t pos = 0;
    for (dict_entry_t *it; (it = dict_next(d, &pos)) != NULL;) {
        obj_t pair[2] = {it->key, it->value};
        list_append(items, tuple_new(2, pair));
    }
    if (e->sort_keys) {
        list_sort(items, OBJ_NULL, false);
    }
    vstr_add_byte(e->out, '{');
    if (e->indent != NULL) {
        newline_indent(e, level + 1);
    }
    obj_list_t *l = items;
    bool first = true;
    for (size_t i = 0; i < l->len; i++) {
        obj_tuple_t *pair = l->items[i];
        size_t before = e->out->len;
        if (!first) {
            vstr_add_strn(e->out, e->item_sep, e->item_sep_len);
            if (e->indent != NULL) {
                newline_indent(e, level + 1);
            }
        }
        if (!encode_key(e, pair->items[0])) {
            vstr_truncate(e->out, before);
            continue;
        }
        first = false;
        vstr_add_strn(e->out, e->key_sep, e->key_sep_len);
        encode_value(e, pair->items[1], level + 1);
    }
    if (e->indent != NULL) {
        newline_indent(e, level);
    }
    vstr_add_byte(e->out, '}');
    mark_leave(e, mark);
}

static void encode_value(encoder_t *e, obj_t o, size_t level) {
    rt_check_stack();
    if (o == OBJ_NONE) {
        vstr_add_strn(e->out, "null", 4);
        return;
    }
    if (o == OBJ_TRUE) {
        vstr_add_strn(e->out, "true", 4);
        return;
    }
    if (o == OBJ_FALSE) {
        vstr_add_strn(e->out, "false", 5);
        return;
    }
    if (rt_isinstance(o, &type_str)) {
        encode_str(e, o);
        return;
    }
    if (rt_isinstance(o, &type_int)) {
        encode_int(e, o);
        return;
    }
    if (rt_isinstance(o, &type_float)) {
        encode_float(e, float_value(type_native_of(o)));
        return;
    }
    if (rt_isinstance(o, &type_list) || rt_isinstance(o, &type_tuple)) {
        encode_list(e, o, type_native_of(o), level);
        return;
    }
    if (rt_isinstance(o, &type_dict)) {
        encode_dict(e, o, level);
        return;
    }
    if (e->default_fn == OBJ_NONE) {
        rt_raise_fmt(&type_TypeError, "Object of type %T is not JSON serializable", o);
    }
    obj_t mark = mark_enter(e, o);
    encode_value(e, rt_call1(e->default_fn, o), level);
    mark_leave(e, mark);
}

// A separator string's bytes (TypeError unless it is a str).
static const char *sep_data(obj_t s, size_t *len) {
    if (!rt_isinstance(s, &type_str)) {
        rt_raise_fmt(&type_TypeError, "separator must be str, not %T", s);
    }
    return str_data(type_native_of(s), len);
}

enum {
    ARG_OBJ, ARG_SEPARATORS, ARG_INDENT, ARG_SORT_KEYS, ARG_SKIPKEYS, ARG_ENSURE_ASCII,
    ARG_ALLOW_NAN, ARG_DEFAULT, ARG_CHECK_CIRCULAR, ARG_COUNT
};

// The parameters of dumps and dump (dump's stream is taken off first).
// separators may be positional, as in MicroPython; the rest are keyword-only
// as in CPython.
static const arg_spec_t dumps_spec[ARG_COUNT] = {
    {QSTR_obj, ARG_REQUIRED, OBJ_NULL},
    {QSTR_separators, 0, OBJ_NONE},
    {QSTR_indent, ARG_KW_ONLY, OBJ_NONE},
    {QSTR_sort_keys, ARG_KW_ONLY, OBJ_FALSE},
    {QSTR_skipkeys, ARG_KW_ONLY, OBJ_FALSE},
    {QSTR_ensure_ascii, ARG_KW_ONLY, OBJ_TRUE},
    {QSTR_allow_nan, ARG_KW_ONLY, OBJ_TRUE},
    {QSTR_default, ARG_KW_ONLY, OBJ_NONE},
    {QSTR_check_circular, ARG_KW_ONLY, OBJ_TRUE},
};

// Encodes v[ARG_OBJ] with the options in [v]; returns the JSON text as a str.
static obj_t encode_with(const obj_t *v) {
    vstr_t out;
    vstr_init(&out, 64);
    encoder_t e;
    e.out = &out;
    e.indent = NULL;
    e.indent_len = 0;
    e.item_sep = ", ";
    e.key_sep = ": ";
    e.item_sep_len = 2;
    e.key_sep_len = 2;
    if (v[ARG_INDENT] != OBJ_NONE) {
        obj_t ind = v[ARG_INDENT];
        if (rt_isinstance(ind, &type_str)) {
            e.indent = str_data(type_native_of(ind), &e.indent_len);
        } else {
            intptr_t n = rt_get_int(ind);
            vstr_t spaces;
            vstr_init(&spaces, n > 0 ? (size_t)n : 1);
            for (intptr_t i = 0; i < n; i++) {
                vstr_add_byte(&spaces, ' ');
            }
            obj_t s = vstr_to_str(&spaces);
            e.indent = str_data(s, &e.indent_len);
        }
        // With an indent, items end their lines: no space after the comma.
        e.item_sep = ",";
        e.item_sep_len = 1;
    }
    if (v[ARG_SEPARATORS] != OBJ_NONE) {
        obj_t seps[2];
        rt_unpack_sequence(v[ARG_SEPARATORS], 2, seps);
        e.item_sep = sep_data(seps[0], &e.item_sep_len);
        e.key_sep = sep_data(seps[1], &e.key_sep_len);
    }
    e.sort_keys = rt_is_true(v[ARG_SORT_KEYS]);
    e.skip_keys = rt_is_true(v[ARG_SKIPKEYS]);
    e.ensure_ascii = rt_is_true(v[ARG_ENSURE_ASCII]);
    e.allow_nan = rt_is_true(v[ARG_ALLOW_NAN]);
    e.default_fn = v[ARG_DEFAULT];
    e.markers = rt_is_true(v[ARG_CHECK_CIRCULAR]) ? dict_new(0) : NULL;
    encode_value(&e, v[ARG_OBJ], 0);
    return vstr_to_str(&out);
}

static obj_t json_dumps(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t v[ARG_COUNT];
    rt_parse_args(n_args, args, n_kw, kw, ARG_COUNT, dumps_spec, v, QSTR_dumps);
    return encode_with(v);
}
static BUILTIN_FN_KW(json_dumps_obj, QSTR_dumps, 0, 2, json_dumps);

// dump(obj, fp, ...): writes the whole text with one fp.write call.
static obj_t json_dump(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    if (n_args < 2) {
        rt_raise_fmt(&type_TypeError, "dump() missing required argument: '%s'",
            n_args == 0 ? "obj" : "fp");
    }
    obj_t rest[3 + 2 * ARG_COUNT];
    if (n_args > 3 || n_kw > ARG_COUNT) {
        rt_raise_msg(&type_TypeError, "dump() takes 2 or 3 positional arguments");
    }
    // Drop fp from the positional arguments, keep the rest in place.
    size_t n = 0;
    rest[n++] = args[0];
    for (size_t i = 2; i < n_args; i++) {
        rest[n++] = args[i];
    }
    for (size_t i = 0; i < 2 * n_kw; i++) {
        rest[n + i] = kw[i];
    }
    obj_t v[ARG_COUNT];
    rt_parse_args(n, rest, n_kw, rest + n, ARG_COUNT, dumps_spec, v, QSTR_dump);
    obj_t text = encode_with(v);
    obj_t dest[3];
    rt_load_method(args[1], QSTR_write, dest);
    dest[2] = text;
    rt_call_method(1, 0, dest);
    return OBJ_NONE;
}
static BUILTIN_FN_KW(json_dump_obj, QSTR_dump, 0, 3, json_dump);

// ---------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------

// The text being parsed (valid UTF-8) and the read position, in bytes.
typedef struct decoder {
    obj_t doc; // the str being parsed (for JSONDecodeError)
    const char *s;
    size_t len;
    size_t pos;
} decoder_t;

// Raises JSONDecodeError([msg], doc, position of byte [at] in characters).
NORETURN static void decode_error(decoder_t *d, const char *msg, size_t at) {
    obj_t args[3] = {str_from_cstr(msg), d->doc, int_from_uintptr(utf8_charlen(d->s, at))};
    rt_raise(decode_error_make_new(&type_json_decode_error, 3, 0, args));
}

static void skip_ws(decoder_t *d) {
    while (d->pos < d->len) {
        char c = d->s[d->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            break;
        }
        d->pos++;
    }
}

// Whether the text at the position starts with [word] (then skips it).
static bool match_word(decoder_t *d, const char *word) {
    size_t n = strlen(word);
    if (d->len - d->pos >= n && memcmp(d->s + d->pos, word, n) == 0) {
        d->pos += n;
        return true;
    }
    return false;
}

// Four hex digits at [at], or -1.
static int32_t hex4(decoder_t *d, size_t at) {
    if (d->len - at < 4) {
        return -1;
    }
    int32_t v = 0;
    for (size_t i = 0; i < 4; i++) {
        char c = d->s[at + i];
        int h;
        if (c >= '0' && c <= '9') {
            h = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            h = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            h = c - 'A' + 10;
        } else {
            return -1;
        }
        v = v * 16 + h;
    }
    return v;
}

// A string; the position is just after its opening quote.
static obj_t parse_string(decoder_t *d) {
    size_t start = d->pos - 1;
    size_t run = d->pos;
    // Fast path: no escapes, the str is a copy of the slice.
    while (run < d->len && d->s[run] != '"' && d->s[run] != '\\' && (uint8_t)d->s[run] >= 0x20) {
        run++;
    }
    if (run < d->len && d->s[run] == '"') {
        obj_t s = str_new(d->s + d->pos, run - d->pos);
        d->pos = run + 1;
        return s;
    }
    vstr_t v;
    vstr_init(&v, run - d->pos + 16);
    for (;;) {
        if (d->pos >= d->len) {
            decode_error(d, "Unterminated string starting at", start);
        }
        uint8_t c = (uint8_t)d->s[d->pos];
        if (c == '"') {
            d->pos++;
            break;
        }
        if (c < 0x20) {
            decode_error(d, "Invalid control character at", d->pos);
        }
        if (c != '\\') {
            vstr_add_byte(&v, (char)c);
            d->pos++;
            continue;
        }
        if (d->pos + 1 >= d->len) {
            decode_error(d, "Unterminated string starting at", start);
        }
        char esc = d->s[d->pos + 1];
        switch (esc) {
            case '"': vstr_add_byte(&v, '"'); break;
            case '\\': vstr_add_byte(&v, '\\'); break;
            case '/': vstr_add_byte(&v, '/'); break;
            case 'b': vstr_add_byte(&v, '\b'); break;
            case 'f': vstr_add_byte(&v, '\f'); break;
            case 'n': vstr_add_byte(&v, '\n'); break;
            case 'r': vstr_add_byte(&v, '\r'); break;
            case 't': vstr_add_byte(&v, '\t'); break;
            case 'u': {
                // As CPython, the escape must not end the text (the closing
                // quote is still to come), and errors point at the 'u'.
                int32_t u = d->pos + 6 < d->len ? hex4(d, d->pos + 2) : -1;
                if (u < 0) {
                    decode_error(d, "Invalid \\uXXXX escape", d->pos + 1);
                }
                d->pos += 6;
                // A high surrogate followed by an escaped low one is one
                // character (CPython looks for the pair only when more than
                // six characters follow).
                if (u >= 0xd800 && u <= 0xdbff && d->pos + 6 < d->len &&
                    d->s[d->pos] == '\\' && d->s[d->pos + 1] == 'u') {
                    int32_t lo = hex4(d, d->pos + 2);
                    if (lo < 0) {
                        decode_error(d, "Invalid \\uXXXX escape", d->pos + 1);
                    }
                    if (lo >= 0xdc00 && lo <= 0xdfff) {
                        u = 0x10000 + (((u - 0xd800) << 10) | (lo - 0xdc00));
                        d->pos += 6;
                    }
                }
                vstr_add_char(&v, (uint32_t)u);
                continue;
            }
            default:
                decode_error(d, "Invalid \\escape", d->pos);
        }
        d->pos += 2;
    }
    return vstr_to_str(&v);
}

static bool is_digit(decoder_t *d, size_t at) {
    return at < d->len && d->s[at] >= '0' && d->s[at] <= '9';
}

// A number as CPython's scanner reads it: an int unless a fraction or an
// exponent follows; "1." and "1e" stop before the '.' or the 'e'.
static obj_t parse_number(decoder_t *d) {
    size_t start = d->pos;
    size_t i = start;
    if (d->s[i] == '-') {
        i++;
    }
    if (!is_digit(d, i)) {
        decode_error(d, "Expecting value", start);
    }
    if (d->s[i] == '0') {
        i++;
    } else {
        while (is_digit(d, i)) {
            i++;
        }
    }
    bool is_float = false;
    if (i < d->len && d->s[i] == '.' && is_digit(d, i + 1)) {
        is_float = true;
        i++;
        while (is_digit(d, i)) {
            i++;
        }
    }
    if (i < d->len && (d->s[i] == 'e' || d->s[i] == 'E')) {
        size_t j = i + 1;
        if (j < d->len && (d->s[j] == '+' || d->s[j] == '-')) {
            j++;
        }
        if (is_digit(d, j)) {
            while (is_digit(d, j)) {
                j++;
            }
            is_float = true;
            i = j;
        }
    }
    d->pos = i;
    if (is_float) {
        return float_from_str(d->s + start, i - start);
    }
    return int_from_str(d->s + start, i - start, 10);
}

static obj_t parse_value(decoder_t *d);

static obj_t parse_array(decoder_t *d) {
    obj_t list = list_new(0, NULL);
    skip_ws(d);
    if (d->pos < d->len && d->s[d->pos] == ']') {
        d->pos++;
        return list;
    }
    for (;;) {
        list_append(list, parse_value(d));
        skip_ws(d);
        if (d->pos < d->len && d->s[d->pos] == ']') {
            d->pos++;
            return list;
        }
        if (d->pos >= d->len || d->s[d->pos] != ',') {
            decode_error(d, "Expecting ',' delimiter", d->pos);
        }
        d->pos++;
        skip_ws(d);
    }
}

static obj_t parse_object(decoder_t *d) {
    obj_dict_t *dict = dict_new(0);
    skip_ws(d);
    if (d->pos < d->len && d->s[d->pos] == '}') {
        d->pos++;
        return dict;
    }
    for (;;) {
        if (d->pos >= d->len || d->s[d->pos] != '"') {
            decode_error(d, "Expecting property name enclosed in double quotes", d->pos);
        }
        d->pos++;
        obj_t key = parse_string(d);
        skip_ws(d);
        if (d->pos >= d->len || d->s[d->pos] != ':') {
            decode_error(d, "Expecting ':' delimiter", d->pos);
        }
        d->pos++;
        skip_ws(d);
        dict_set(dict, key, parse_value(d));
        skip_ws(d);
        if (d->pos < d->len && d->s[d->pos] == '}') {
            d->pos++;
            return dict;
        }
        if (d->pos >= d->len || d->s[d->pos] != ',') {
            decode_error(d, "Expecting ',' delimiter", d->pos);
        }
        d->pos++;
        skip_ws(d);
    }
}

// One value; whitespace before it has been skipped.
static obj_t parse_value(decoder_t *d) {
    rt_check_stack();
    if (d->pos >= d->len) {
        decode_error(d, "Expecting value", d->pos);
    }
    char c = d->s[d->pos];
    switch (c) {
        case '{':
            d->pos++;
            return parse_object(d);
        case '[':
            d->pos++;
            return parse_array(d);
        case '"':
            d->pos++;
            return parse_string(d);
        case 'n':
            if (match_word(d, "null")) {
                return OBJ_NONE;
            }
            break;
        case 't':
            if (match_word(d, "true")) {
                return OBJ_TRUE;
            }
            break;
        case 'f':
            if (match_word(d, "false")) {
                return OBJ_FALSE;
            }
            break;
        case 'N':
            if (match_word(d, "NaN")) {
                return float_new(NAN);
            }
            break;
        case 'I':
            if (match_word(d, "Infinity")) {
                return float_new(INFINITY);
            }
            break;
        case '-':
            if (match_word(d, "-Infinity")) {
                return float_new(-INFINITY);
            }
            return parse_number(d);
        default:
            if (c >= '0' && c <= '9') {
                return parse_number(d);
            }
            break;
    }
    decode_error(d, "Expecting value", d->pos);
}

static obj_t json_loads(obj_t text) {
    obj_t native = type_native_of(text);
    const obj_type_t *t = obj_type_of(native);
    decoder_t d;
    if (t == &type_str) {
        d.doc = native;
        d.s = str_data(native, &d.len);
        d.pos = 0;
        if (d.len >= 3 && memcmp(d.s, "\xef\xbb\xbf", 3) == 0) {
            decode_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        }
    } else if (t == &type_bytes || t == &type_bytearray) {
        buffer_info_t info;
        t->get_buffer(native, &info, BUFFER_READ);
        size_t bad, bad_end;
        const char *reason;
        if (!utf8_validate(info.buf, info.len, &bad, &bad_end, &reason)) {
            // bytes.decode raises the UnicodeDecodeError CPython would.
            obj_t dest[2];
            rt_load_method(native, QSTR_decode, dest);
            rt_call_method(0, 0, dest);
        }
        // bytes are decoded as utf-8-sig: a byte order mark is dropped.
        const char *data = info.buf;
        size_t len = info.len;
        if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
            data += 3;
            len -= 3;
        }
        d.doc = str_new(data, len);
        d.s = str_data(d.doc, &d.len);
        d.pos = 0;
    } else {
        rt_raise_fmt(&type_TypeError, "the JSON object must be str, bytes or bytearray, not %T",
            text);
    }
    skip_ws(&d);
    obj_t result = parse_value(&d);
    skip_ws(&d);
    if (d.pos != d.len) {
        decode_error(&d, "Extra data", d.pos);
    }
    return result;
}
static BUILTIN_FN_1(json_loads_obj, QSTR_loads, json_loads);

// load(fp): parses the whole of fp.read().
static obj_t json_load(obj_t stream) {
    obj_t dest[2];
    rt_load_method(stream, QSTR_read, dest);
    return json_loads(rt_call_method(0, 0, dest));
}
static BUILTIN_FN_1(json_load_obj, QSTR_load, json_load);

static const dict_entry_t json_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_json)},
    {OBJ_NEW_QSTR(QSTR_dumps), (obj_t)&json_dumps_obj},
    {OBJ_NEW_QSTR(QSTR_dump), (obj_t)&json_dump_obj},
    {OBJ_NEW_QSTR(QSTR_loads), (obj_t)&json_loads_obj},
    {OBJ_NEW_QSTR(QSTR_load), (obj_t)&json_load_obj},
    {OBJ_NEW_QSTR(QSTR_JSONDecodeError), (obj_t)&type_json_decode_error},
};
static DICT_ROM(json_globals, json_globals_table);

MODULE_ROM(module_json, json_globals);
