// String formatting: the format-spec mini-language (format(), str.format,
// f-strings), str.format's replacement fields, and printf-style str % args.
// SPDX-License-Identifier: MIT
//
// Numbers are rendered in three parts: the sign, a prefix ("0x") and the
// digits with their tail (fraction, exponent, '%'). Padding, grouping and
// alignment are applied here once for ints and floats; float digits come
// from float_format (py/objfloat.c) and big-int digits from int_print_base
// (py/objint.c).

#include <limits.h>
#include <string.h>

#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

// ---------------------------------------------------------------------------
// Format specs
// ---------------------------------------------------------------------------

typedef struct spec {
    uint32_t fill;  // fill code point (' ' unless given)
    char align;     // '<' '>' '^' '=' or 0 (type default)
    char sign;      // '+' '-' ' ' or 0
    bool alt;       // '#'
    bool zero;      // '0' before the width: sign-aware zero padding for numbers
    bool z;         // 'z': coerce negative zero
    char grouping;  // ',' '_' or 0
    intptr_t width; // -1: none
    intptr_t prec;  // -1: none
    char type;      // presentation type or 0
} spec_t;

static bool is_align(char c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Reads the decimal count (width or precision) at *pp as CPython's 64-bit
// build does: ValueError [msg] past 2**63 - 1, on every machine. A width
// beyond this machine's sizes (32 bits) cannot be met: it raises MemoryError
// as the padding would. A precision past INT_MAX comes back as INT_MAX (the
// float formats and % refuse it then; for a string it only cuts).
static intptr_t read_count(const char **pp, const char *end, const char *msg, bool is_width) {
    const char *p = *pp;
    int64_t v = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        int d = *p++ - '0';
        if (v > (INT64_MAX - d) / 10) {
            rt_raise_msg(&type_ValueError, msg);
        }
        v = v * 10 + d;
    }
    *pp = p;
    if (is_width && v > (int64_t)INTPTR_MAX) {
        rt_raise_memory_error();
    }
    if (!is_width && v > INT_MAX) {
        return INT_MAX;
    }
    return (intptr_t)v;
}

// Parses [len] bytes of a spec; [value] names the type in error messages.
static void parse_spec(const char *s, size_t len, obj_t value, spec_t *sp) {
    const char *p = s, *end = s + len;
    sp->fill = ' ';
    sp->align = 0;
    sp->sign = 0;
    sp->alt = sp->zero = sp->z = false;
    sp->grouping = 0;
    sp->width = sp->prec = -1;
    sp->type = 0;
    bool fill_given = false;
    if (p < end) {
        const char *q = p;
        uint32_t c = utf8_decode(&q);
        if (q < end && is_align(*q)) {
            sp->fill = c;
            sp->align = *q;
            fill_given = true;
            p = q + 1;
        } else if (is_align(*p)) {
            sp->align = *p++;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) {
        sp->sign = *p++;
    }
    if (p < end && *p == 'z') {
        sp->z = true;
        p++;
    }
    if (p < end && *p == '#') {
        sp->alt = true;
        p++;
    }
    if (p < end && *p == '0') {
        sp->zero = true;
        if (!fill_given) {
            sp->fill = '0';
        }
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        sp->width = read_count(&p, end, "Too many decimal digits in format string", true);
    }
    if (p < end && (*p == ',' || *p == '_')) {
        sp->grouping = *p++;
        if (p < end && (*p == ',' || *p == '_')) {
            rt_raise_msg(&type_ValueError, "Cannot specify both ',' and '_'.");
        }
    }
    if (p < end && *p == '.') {
        p++;
        if (p == end || *p < '0' || *p > '9') {
            rt_raise_msg(&type_ValueError, "Format specifier missing precision");
        }
        sp->prec = read_count(&p, end, "Too many decimal digits in format string", false);
    }
    if (end - p > 1) {
        rt_raise_fmt(&type_ValueError, "Invalid format specifier '%.*s' for object of type '%T'",
            (int)len, s, value);
    }
    if (p < end) {
        sp->type = *p;
    }
    // CPython checks the separator against the type while parsing, before
    // any type-specific check.
    if (sp->grouping) {
        char t = sp->type ? sp->type : str_is_str_like(value) ? 's' : 0;
        bool ok;
        switch (t) {
            case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
                ok = true;
                break;
            case 'b': case 'o': case 'x': case 'X':
                ok = sp->grouping == '_';
                break;
            default:
                ok = false;
                break;
        }
        if (!ok) {
            rt_raise_fmt(&type_ValueError, "Cannot specify '%c' with '%c'.", sp->grouping, t);
        }
    }
}

// Appends [n] copies of the fill character.
static void add_fill(vstr_t *out, uint32_t fill, size_t n) {
    if (fill < 0x80) {
        memset(vstr_extend(out, n), (int)fill, n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        vstr_add_char(out, fill);
    }
}

// Writes [head] (sign and prefix, kept before '=' padding) then [body] of
// [chars] code points in total, aligned in the spec's width.
static void emit_aligned(vstr_t *out, const spec_t *sp, char def_align, const char *head,
    size_t head_len, const char *body, size_t body_len, size_t chars) {
    char align = sp->align ? sp->align : def_align;
    size_t pad = sp->width > 0 && (size_t)sp->width > chars ? (size_t)sp->width - chars : 0;
    size_t left = 0, right = 0;
    switch (align) {
        case '<': right = pad; break;
        case '^': left = pad / 2; right = pad - left; break;
        default: left = pad; break;
    }
    if (align == '=') {
        vstr_add_strn(out, head, head_len);
        add_fill(out, sp->fill, left);
    } else {
        add_fill(out, sp->fill, left);
        vstr_add_strn(out, head, head_len);
    }
    vstr_add_strn(out, body, body_len);
    add_fill(out, sp->fill, right);
}

// Writes a number: [neg] sign, [prefix], integer [digits] and [tail], with
// the spec's sign, grouping and zero padding; [group] digits per separator.
static void emit_number(vstr_t *out, const spec_t *sp, bool neg, const char *prefix,
    const char *digits, size_t ndigits, const char *tail, size_t tail_len, int group) {
    char head[8];
    size_t head_len = 0;
    if (neg) {
        head[head_len++] = '-';
    } else if (sp->sign == '+' || sp->sign == ' ') {
        head[head_len++] = sp->sign;
    }
    size_t plen = strlen(prefix);
    memcpy(head + head_len, prefix, plen);
    head_len += plen;
    if (sp->width <= 0 && !sp->grouping) {
        // The common case: nothing to pad or group, no temporary needed.
        vstr_add_strn(out, head, head_len);
        vstr_add_strn(out, digits, ndigits);
        vstr_add_strn(out, tail, tail_len);
        return;
    }
    // Zero padding happens inside the digits, so grouping covers it.
    bool zero_pad = (sp->align == '=' || (sp->align == 0 && sp->zero)) && sp->fill == '0';
    size_t want = ndigits;
    if (zero_pad && sp->width > 0) {
        size_t target = (size_t)sp->width > head_len + tail_len ? (size_t)sp->width - head_len - tail_len : 0;
        if (sp->grouping && ndigits > 0) {
            while (want + (want > 0 ? (want - 1) / (size_t)group : 0) < target) {
                want++;
            }
        } else if (want < target) {
            want = target;
        }
    }
    vstr_t body;
    char grouping = ndigits > 0 ? sp->grouping : 0; // inf and nan have no digits to group
    size_t seps = grouping && want > 0 ? (want - 1) / (size_t)group : 0;
    vstr_init(&body, want + seps + tail_len + 1);
    for (size_t i = 0; i < want; i++) {
        size_t from_right = want - i; // digits left including this one
        char c = i < want - ndigits ? '0' : digits[i - (want - ndigits)];
        vstr_add_byte(&body, c);
        if (grouping && from_right > 1 && (from_right - 1) % (size_t)group == 0) {
            vstr_add_byte(&body, grouping);
        }
    }
    vstr_add_strn(&body, tail, tail_len);
    size_t chars = head_len + utf8_charlen(body.buf, body.len);
    spec_t s2 = *sp;
    if (zero_pad) {
        s2.align = '=';
    }
    emit_aligned(out, &s2, zero_pad ? '=' : '>', head, head_len, body.buf, body.len, chars);
    gc_free(body.buf);
}

// Formats an unsigned magnitude of a C value in [base].
static size_t fmt_digits(char *end, uintptr_t v, int base, bool upper) {
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *p = end;
    do {
        *--p = dig[v % (uintptr_t)base];
        v /= (uintptr_t)base;
    } while (v);
    return (size_t)(end - p);
}

static void format_float_value(vstr_t *out, double v, spec_t *sp, obj_t value);

// The int [value] with presentation [sp->type].
static void format_int_value(vstr_t *out, obj_t value, spec_t *sp) {
    char type = sp->type;
    switch (type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            format_float_value(out, int_to_double(value), sp, value);
            return;
        case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
            break;
        default:
            rt_raise_fmt(&type_ValueError, "Unknown format code '%c' for object of type '%T'",
                type, value);
    }
    if (sp->prec >= 0) {
        rt_raise_msg(&type_ValueError, "Precision not allowed in integer format specifier");
    }
    if (sp->z) {
        rt_raise_msg(&type_ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (sp->grouping == ',' && type != 0 && type != 'd') {
        rt_raise_fmt(&type_ValueError, "Cannot specify ',' with '%c'.", type);
    }
    if (sp->grouping == '_' && (type == 'n' || type == 'c')) {
        rt_raise_fmt(&type_ValueError, "Cannot specify '_' with '%c'.", type);
    }
    if (type == 'c') {
        if (sp->sign) {
            rt_raise_msg(&type_ValueError, "Sign not allowed with integer format specifier 'c'");
        }
        if (sp->alt) {
            rt_raise_msg(&type_ValueError,
                "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        intptr_t c;
        if (!int_to_intptr(value, &c)) {
            rt_raise_msg(&type_OverflowError, "Python int too large to convert to C long");
        }
        if (c < 0 || c > 0x10ffff) {
            rt_raise_msg(&type_OverflowError, "%c arg not in range(0x110000)");
        }
        char buf[4];
        size_t n = utf8_encode((uint32_t)c, buf);
        emit_aligned(out, sp, '<', "", 0, buf, n, 1);
        return;
    }
    int base = 10;
    const char *prefix = "";
    bool upper = false;
    switch (type) {
        case 'b': base = 2; prefix = sp->alt ? "0b" : ""; break;
        case 'o': base = 8; prefix = sp->alt ? "0o" : ""; break;
        case 'x': base = 16; prefix = sp->alt ? "0x" : ""; break;
        case 'X': base = 16; prefix = sp->alt ? "0X" : ""; upper = true; break;
        default: break;
    }
    int group = base == 10 ? 3 : 4;
    intptr_t small;
    if (OBJ_IS_SMALL_INT(value) || (int_to_intptr(value, &small) && small != INTPTR_MIN)) {
        intptr_t v = OBJ_IS_SMALL_INT(value) ? OBJ_SMALL_INT_VALUE(value) : small;
        char buf[72];
        char *end = buf + sizeof(buf);
        uintptr_t mag = v < 0 ? (uintptr_t)0 - (uintptr_t)v : (uintptr_t)v;
        size_t n = fmt_digits(end, mag, base, upper);
        emit_number(out, sp, v < 0, prefix, end - n, n, "", 0, group);
        return;
    }
    // A big int: digits from the int engine.
    vstr_t d;
    vstr_init(&d, 32);
    print_t dp;
    vstr_print(&d, &dp);
    int_print_base(&dp, value, base, "", upper);
    bool neg = d.len > 0 && d.buf[0] == '-';
    emit_number(out, sp, neg, prefix, d.buf + neg, d.len - neg, "", 0, group);
    gc_free(d.buf);
}

// Float digits for the spec, into [d] (with a leading '-' when negative).
static void float_digits(vstr_t *d, double v, const spec_t *sp) {
    char type = sp->type;
    int prec = sp->prec > 1000000 ? 1000000 : (int)sp->prec;
    if (type == 'n') {
        type = 'g';
    }
    if (type != 0) {
        float_format(d, v, type, prec, sp->alt);
        return;
    }
    if (prec < 0) {
        size_t start = d->len;
        float_format(d, v, 'r', -1, sp->alt);
        // '#' keeps a decimal point even in exponent form ("1.e+22").
        char *b = d->buf + start;
        size_t n = d->len - start;
        char *e = memchr(b, 'e', n);
        if (sp->alt && e != NULL && memchr(b, '.', (size_t)(e - b)) == NULL) {
            size_t off = (size_t)(e - d->buf);
            vstr_add_byte(d, 0);
            memmove(d->buf + off + 1, d->buf + off, d->len - 1 - off);
            d->buf[off] = '.';
        }
        return;
    }
    // No type, with a precision: like 'g', but fixed notation keeps a digit
    // after the point and switches to exponent form from exp >= prec - 1.
    if (prec == 0) {
        prec = 1;
    }
    size_t start = d->len;
    float_format(d, v, 'g', prec, sp->alt);
    const char *s = d->buf + start;
    size_t len = d->len - start;
    if (memchr(s, 'e', len) || memchr(s, 'n', len)) {
        return; // exponent form already, inf or nan
    }
    const char *dot = memchr(s, '.', len);
    size_t int_digits = (size_t)((dot ? dot : s + len) - s) - (s[0] == '-');
    if (int_digits == 1 && s[s[0] == '-'] == '0' && v != 0.0) {
        int_digits = 0; // 0.xxx: a negative exponent, never exponent form here
    }
    if ((int)int_digits >= prec) {
        d->len = start;
        float_format(d, v, 'e', prec - 1, sp->alt);
        // Drop the zeros 'g' would have dropped from the mantissa.
        char *b = d->buf + start;
        char *e = memchr(b, 'e', d->len - start);
        if (e != NULL && !sp->alt && memchr(b, '.', (size_t)(e - b)) != NULL) {
            char *m = e;
            while (m > b && m[-1] == '0') {
                m--;
            }
            if (m > b && m[-1] == '.') {
                m--;
            }
            size_t tail = (size_t)(d->buf + d->len - e);
            memmove(m, e, tail);
            d->len = (size_t)(m - d->buf) + tail;
        }
        return;
    }
    if (dot == NULL) {
        vstr_add_strn(d, ".0", 2);
    }
}

static void format_float_value(vstr_t *out, double v, spec_t *sp, obj_t value) {
    switch (sp->type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
            break;
        default:
            rt_raise_fmt(&type_ValueError, "Unknown format code '%c' for object of type '%T'",
                sp->type, value);
    }
    if (sp->prec >= INT_MAX) {
        rt_raise_msg(&type_ValueError, "precision too big");
    }
    if (sp->grouping == '_' && sp->type == 'n') {
        rt_raise_msg(&type_ValueError, "Cannot specify '_' with 'n'.");
    }
    if (sp->grouping == ',' && sp->type == 'n') {
        rt_raise_msg(&type_ValueError, "Cannot specify ',' with 'n'.");
    }
    vstr_t d;
    vstr_init(&d, 32);
    float_digits(&d, v, sp);
    const char *s = d.buf;
    size_t len = d.len;
    bool neg = len > 0 && s[0] == '-';
    if (neg) {
        s++;
        len--;
    }
    if (neg && sp->z) {
        // Only a zero (digits all '0' before any exponent) loses its sign;
        // -inf and -nan keep theirs.
        bool zero = len > 0 && s[0] == '0';
        for (size_t i = 0; i < len && zero; i++) {
            if (s[i] == 'e' || s[i] == 'E' || s[i] == '%') {
                break;
            }
            zero = s[i] == '0' || s[i] == '.';
        }
        neg = !zero;
    }
    size_t nd = 0;
    while (nd < len && s[nd] >= '0' && s[nd] <= '9') {
        nd++;
    }
    emit_number(out, sp, neg, "", s, nd, s + nd, len - nd, 3);
    gc_free(d.buf);
}

static void format_str_value(vstr_t *out, obj_t value, spec_t *sp) {
    if (sp->type != 0 && sp->type != 's') {
        rt_raise_fmt(&type_ValueError, "Unknown format code '%c' for object of type '%T'",
            sp->type, value);
    }
    if (sp->sign) {
        rt_raise_msg(&type_ValueError, sp->sign == ' ' ? "Space not allowed in string format specifier"
                                                       : "Sign not allowed in string format specifier");
    }
    if (sp->z) {
        rt_raise_msg(&type_ValueError,
            "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (sp->alt) {
        rt_raise_msg(&type_ValueError, "Alternate form (#) not allowed in string format specifier");
    }
    if (sp->align == '=') {
        rt_raise_msg(&type_ValueError, "'=' alignment not allowed in string format specifier");
    }
    if (sp->grouping) {
        rt_raise_fmt(&type_ValueError, "Cannot specify '%c' with 's'.", sp->grouping);
    }
    size_t len;
    const char *d = str_get(value, &len);
    size_t chars = str_charlen(value);
    if (sp->prec >= 0 && (size_t)sp->prec < chars) {
        const char *e = utf8_at(d, len, chars, (size_t)sp->prec);
        len = (size_t)(e - d);
        chars = (size_t)sp->prec;
    }
    emit_aligned(out, sp, '<', "", 0, d, len, chars);
}

static bool is_float(obj_t o) {
    return OBJ_IS_PTR(o) && (((obj_base_t *)o)->type == &type_float ||
                                str_obj_is_kind(o, &type_float));
}

static bool is_intlike(obj_t o) {
    return obj_is_int(o) || (OBJ_IS_PTR(o) && (((obj_base_t *)o)->type == &type_bool ||
                                                  str_obj_is_kind(o, &type_int)));
}

// Appends format(value, spec) to [out].
static void format_value_into(vstr_t *out, obj_t value, const char *spec, size_t spec_len) {
    // A class defined in Python may have its own __format__.
    if (OBJ_IS_PTR(value) && (((obj_base_t *)value)->type->flags & TYPE_FLAG_HEAP)) {
        obj_t m = type_lookup(((obj_base_t *)value)->type, QSTR___format__);
        if (m != OBJ_NULL && !(OBJ_IS_PTR(m) && ((obj_base_t *)m)->type == &type_builtin_function)) {
            obj_t r = rt_call2(m, value, str_new(spec, spec_len));
            if (!str_is_str_like(r)) {
                rt_raise_fmt(&type_TypeError, "__format__ must return a str, not %T", r);
            }
            size_t rl;
            const char *rd = str_get(r, &rl);
            vstr_add_strn(out, rd, rl);
            return;
        }
    }
    if (spec_len == 0) {
        if (str_is_str_like(value)) {
            size_t len;
            const char *d = str_get(value, &len);
            vstr_add_strn(out, d, len);
            return;
        }
        print_t p;
        vstr_print(out, &p);
        rt_print_obj(&p, value, PRINT_STR);
        return;
    }
    spec_t sp;
    parse_spec(spec, spec_len, value, &sp);
    if (str_is_str_like(value)) {
        format_str_value(out, value, &sp);
    } else if (is_intlike(value)) {
        if (!obj_is_int(value)) {
            value = int_from_intptr(rt_get_int(value));
        }
        format_int_value(out, value, &sp);
    } else if (is_float(value)) {
        format_float_value(out, float_value(str_unwrap(value)), &sp, value);
    } else {
        rt_raise_fmt(&type_TypeError, "unsupported format string passed to %T.__format__", value);
    }
}

obj_t str_format_value(obj_t value, const char *spec, size_t spec_len) {
    if (spec_len == 0) {
        if (str_is_str_like(value) && obj_is_str(value)) {
            return value;
        }
        if (OBJ_IS_SMALL_INT(value)) {
            char buf[32];
            char *end = buf + sizeof(buf);
            intptr_t v = OBJ_SMALL_INT_VALUE(value);
            uintptr_t mag = v < 0 ? (uintptr_t)0 - (uintptr_t)v : (uintptr_t)v;
            size_t n = fmt_digits(end, mag, 10, false);
            if (v < 0) {
                end[-(intptr_t)n - 1] = '-';
                n++;
            }
            return str_new(end - n, n);
        }
    }
    vstr_t out;
    vstr_init(&out, 16);
    format_value_into(&out, value, spec, spec_len);
    return vstr_to_str(&out);
}

// ---------------------------------------------------------------------------
// ascii(): repr with non-ASCII characters escaped
// ---------------------------------------------------------------------------

static void add_ascii_repr(vstr_t *out, obj_t o) {
    vstr_t r;
    vstr_init(&r, 16);
    print_t p;
    vstr_print(&r, &p);
    rt_print_obj(&p, o, PRINT_REPR);
    const char *s = r.buf, *end = r.buf + r.len;
    static const char hex[] = "0123456789abcdef";
    while (s < end) {
        if ((uint8_t)*s < 0x80) {
            vstr_add_byte(out, *s++);
            continue;
        }
        uint32_t c = utf8_decode(&s);
        char buf[10];
        size_t n = 0;
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        buf[n++] = '\\';
        buf[n++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (int k = digits - 1; k >= 0; k--) {
            buf[n++] = hex[(c >> (4 * k)) & 15];
        }
        vstr_add_strn(out, buf, n);
    }
    gc_free(r.buf);
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------

typedef struct fmt_state {
    size_t n_args;
    const obj_t *args; // positional arguments (self excluded)
    size_t n_kw;
    const obj_t *kw;   // (key, value) pairs
    obj_t mapping;     // format_map's mapping, or OBJ_NULL
    int auto_mode;     // 0 unknown, 1 automatic numbering, 2 manual
    size_t next_auto;
} fmt_state_t;

static obj_t lookup_keyword(fmt_state_t *st, const char *name, size_t len) {
    if (st->mapping != OBJ_NULL) {
        return rt_subscr_load(st->mapping, str_new(name, len));
    }
    for (size_t i = 0; i < st->n_kw; i++) {
        size_t kl;
        const char *kd = str_get(st->kw[2 * i], &kl);
        if (kl == len && memcmp(kd, name, len) == 0) {
            return st->kw[2 * i + 1];
        }
    }
    rt_raise(exc_new(&type_KeyError, 1, (obj_t[]){str_new(name, len)}));
}

// Whether [len] bytes are all decimal digits (and at least one); stores the value.
static bool parse_index(const char *s, size_t len, intptr_t *out) {
    if (len == 0) {
        return false;
    }
    intptr_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return false;
        }
        if (v > INTPTR_MAX / 10 - 10) {
            rt_raise_msg(&type_ValueError, "Too many decimal digits in format string");
        }
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

// Resolves a field name ("0", "", "name", "0.attr[key]") to its value.
static obj_t resolve_field(fmt_state_t *st, const char *s, size_t len) {
    size_t i = 0;
    while (i < len && s[i] != '.' && s[i] != '[') {
        i++;
    }
    obj_t v;
    intptr_t idx;
    if (i == 0 || parse_index(s, i, &idx)) {
        if (i == 0) {
            if (st->auto_mode == 2) {
                rt_raise_msg(&type_ValueError,
                    "cannot switch from manual field specification to automatic field numbering");
            }
            st->auto_mode = 1;
            idx = (intptr_t)st->next_auto++;
        } else {
            if (st->auto_mode == 1) {
                rt_raise_msg(&type_ValueError,
                    "cannot switch from automatic field numbering to manual field specification");
            }
            st->auto_mode = 2;
        }
        if (st->mapping != OBJ_NULL) {
            rt_raise_msg(&type_ValueError, "Format string contains positional fields");
        }
        if ((size_t)idx >= st->n_args) {
            rt_raise_fmt(&type_IndexError,
                "Replacement index %zu out of range for positional args tuple", (size_t)idx);
        }
        v = st->args[idx];
    } else {
        v = lookup_keyword(st, s, i);
    }
    while (i < len) {
        if (s[i] == '.') {
            size_t j = ++i;
            while (i < len && s[i] != '.' && s[i] != '[') {
                i++;
            }
            if (i == j) {
                rt_raise_msg(&type_ValueError, "Empty attribute in format string");
            }
            v = rt_load_attr(v, qstr_from_strn(s + j, i - j));
        } else if (s[i] == '[') {
            size_t j = ++i;
            while (i < len && s[i] != ']') {
                i++;
            }
            if (i >= len) {
                rt_raise_msg(&type_ValueError, "Missing ']' in format string");
            }
            if (i == j) {
                rt_raise_msg(&type_ValueError, "Empty attribute in format string");
            }
            intptr_t k;
            obj_t key = parse_index(s + j, i - j, &k) ? int_from_intptr(k) : str_new(s + j, i - j);
            v = rt_subscr_load(v, key);
            i++; // ']'
            if (i < len && s[i] != '.' && s[i] != '[') {
                rt_raise_msg(&type_ValueError,
                    "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            break;
        }
    }
    return v;
}

static void format_into(vstr_t *out, fmt_state_t *st, const char *s, size_t len, int depth);

// Handles one replacement field (the text between the braces).
static void format_field(vstr_t *out, fmt_state_t *st, const char *f, size_t flen, int depth) {
    // Split "name!conv:spec": the name ends at the first '!' or ':' outside brackets.
    size_t i = 0;
    while (i < flen && f[i] != '!' && f[i] != ':') {
        if (f[i] == '[') {
            while (i < flen && f[i] != ']') {
                i++;
            }
            if (i == flen) {
                break;
            }
        }
        i++;
    }
    size_t name_len = i < flen ? i : flen;
    char conv = 0;
    if (i < flen && f[i] == '!') {
        if (i + 1 >= flen) {
            rt_raise_msg(&type_ValueError, "end of string while looking for conversion specifier");
        }
        conv = f[i + 1];
        i += 2;
        if (i < flen && f[i] != ':') {
            rt_raise_msg(&type_ValueError, "expected ':' after conversion specifier");
        }
    }
    const char *spec = "";
    size_t spec_len = 0;
    if (i < flen && f[i] == ':') {
        spec = f + i + 1;
        spec_len = flen - i - 1;
    }
    obj_t v = resolve_field(st, f, name_len);
    if (conv == 'r' || conv == 's' || conv == 'a') {
        vstr_t c;
        vstr_init(&c, 16);
        if (conv == 'a') {
            add_ascii_repr(&c, v);
        } else {
            print_t p;
            vstr_print(&c, &p);
            rt_print_obj(&p, v, conv == 'r' ? PRINT_REPR : PRINT_STR);
        }
        v = vstr_to_str(&c);
    } else if (conv != 0) {
        rt_raise_fmt(&type_ValueError, "Unknown conversion specifier %c", conv);
    }
    if (spec_len > 0 && memchr(spec, '{', spec_len) != NULL) {
        // Nested fields in the spec: expand them first (one level deep).
        if (depth >= 1) {
            rt_raise_msg(&type_ValueError, "Max string recursion exceeded");
        }
        vstr_t sv;
        vstr_init(&sv, spec_len + 8);
        format_into(&sv, st, spec, spec_len, depth + 1);
        format_value_into(out, v, sv.buf, sv.len);
        gc_free(sv.buf);
        return;
    }
    format_value_into(out, v, spec, spec_len);
}

static void format_into(vstr_t *out, fmt_state_t *st, const char *s, size_t len, int depth) {
    const char *p = s, *end = s + len;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}') {
            q++;
        }
        vstr_add_strn(out, p, (size_t)(q - p));
        if (q == end) {
            break;
        }
        if (*q == '}') {
            if (q + 1 < end && q[1] == '}') {
                vstr_add_byte(out, '}');
                p = q + 2;
                continue;
            }
            rt_raise_msg(&type_ValueError, "Single '}' encountered in format string");
        }
        // '{'
        if (q + 1 < end && q[1] == '{') {
            vstr_add_byte(out, '{');
            p = q + 2;
            continue;
        }
        if (q + 1 == end) {
            rt_raise_msg(&type_ValueError, "Single '{' encountered in format string");
        }
        // Find the end of the field: the name (brackets may hold any
        // character), an optional conversion, then a spec whose nested
        // braces must balance.
        const char *f = q + 1;
        const char *r = f;
        bool in_bracket = false;
        while (r < end) {
            char c = *r;
            if (in_bracket) {
                in_bracket = c != ']';
            } else if (c == '[') {
                in_bracket = true;
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            } else if (c == '{') {
                rt_raise_msg(&type_ValueError, "unexpected '{' in field name");
            }
            r++;
        }
        if (r == end) {
            rt_raise_msg(&type_ValueError, "expected '}' before end of string");
        }
        if (*r == '!') {
            r++;
            if (r == end) {
                rt_raise_msg(&type_ValueError,
                    "end of string while looking for conversion specifier");
            }
            r++; // the conversion character, whatever it is
            if (r == end) {
                rt_raise_msg(&type_ValueError, "unmatched '{' in format spec");
            }
        }
        if (*r == ':') {
            int level = 1;
            while (++r < end) {
                if (*r == '{') {
                    level++;
                } else if (*r == '}' && --level == 0) {
                    break;
                }
            }
            if (r == end) {
                rt_raise_msg(&type_ValueError, "unmatched '{' in format spec");
            }
        } else if (*r != '}') {
            rt_raise_msg(&type_ValueError, "expected ':' after conversion specifier");
        }
        format_field(out, st, f, (size_t)(r - f), depth);
        p = r + 1;
    }
}

obj_t str_format_method(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t self = args[0];
    if (!str_is_str_like(self)) {
        rt_raise_fmt(&type_TypeError, "descriptor 'format' requires a 'str' object but received a '%T'", self);
    }
    size_t len;
    const char *s = str_get(self, &len);
    fmt_state_t st = {n_args - 1, args + 1, n_kw, kw, OBJ_NULL, 0, 0};
    vstr_t out;
    vstr_init(&out, len + 16);
    format_into(&out, &st, s, len, 0);
    return vstr_to_str(&out);
}

obj_t str_format_map(obj_t self, obj_t mapping) {
    size_t len;
    const char *s = str_get(self, &len);
    fmt_state_t st = {0, NULL, 0, NULL, mapping, 0, 0};
    vstr_t out;
    vstr_init(&out, len + 16);
    format_into(&out, &st, s, len, 0);
    return vstr_to_str(&out);
}

// ---------------------------------------------------------------------------
// printf-style formatting: str % args, bytes % args
// ---------------------------------------------------------------------------

// Whether [o] counts as a mapping for %-formatting: as in CPython, anything
// subscriptable except tuples and strs (so 'a' % [5] is 'a').
static bool is_mapping_arg(obj_t o) {
    if (!OBJ_IS_PTR(o) || str_is_str_like(o)) {
        return false;
    }
    const obj_type_t *t = ((obj_base_t *)o)->type;
    if (t == &type_tuple) {
        return false;
    }
    return t->subscr != NULL ||
           ((t->flags & TYPE_FLAG_HEAP) && type_lookup(t, QSTR___getitem__) != OBJ_NULL);
}

// Appends [len] bytes padded per %-flags: [left] adjust, [width] in chars.
static void pct_pad(vstr_t *out, const char *d, size_t len, size_t chars, intptr_t width,
    bool left) {
    size_t pad = width > 0 && (size_t)width > chars ? (size_t)width - chars : 0;
    if (!left) {
        memset(vstr_extend(out, pad), ' ', pad);
    }
    vstr_add_strn(out, d, len);
    if (left) {
        memset(vstr_extend(out, pad), ' ', pad);
    }
}

obj_t str_modulo_format(obj_t fmt, obj_t args, bool is_bytes) {
    size_t len;
    const char *s = str_get(fmt, &len);
    const char *p = s, *end = s + len;
    obj_t *items;
    size_t n_items;
    obj_t single = args;
    bool is_tuple = OBJ_IS_PTR(args) && ((obj_base_t *)args)->type == &type_tuple;
    if (is_tuple) {
        items = ((obj_tuple_t *)args)->items;
        n_items = ((obj_tuple_t *)args)->len;
    } else {
        items = &single;
        n_items = 1;
    }
    bool mapping = is_mapping_arg(args);
    size_t next = 0;
    vstr_t out;
    vstr_init(&out, len + 16);
    while (p < end) {
        const char *q = memchr(p, '%', (size_t)(end - p));
        if (q == NULL) {
            vstr_add_strn(&out, p, (size_t)(end - p));
            break;
        }
        vstr_add_strn(&out, p, (size_t)(q - p));
        p = q + 1;
        if (p == end) {
            rt_raise_msg(&type_ValueError, "incomplete format");
        }
        obj_t arg = OBJ_NULL;
        if (*p == '(') {
            if (!mapping) {
                rt_raise_msg(&type_TypeError, "format requires a mapping");
            }
            int depth = 1;
            const char *k = ++p;
            while (p < end && depth > 0) {
                if (*p == '(') {
                    depth++;
                } else if (*p == ')') {
                    depth--;
                }
                p++;
            }
            if (depth > 0) {
                rt_raise_msg(&type_ValueError, "incomplete format key");
            }
            obj_t key = is_bytes ? bytes_new((const uint8_t *)k, (size_t)(p - 1 - k))
                                 : str_new(k, (size_t)(p - 1 - k));
            arg = rt_subscr_load(args, key);
            next = n_items; // CPython: positional arguments are gone after a key
        }
        bool left = false, plus = false, space = false, alt = false, zero = false;
        for (; p < end; p++) {
            if (*p == '-') left = true;
            else if (*p == '+') plus = true;
            else if (*p == ' ') space = true;
            else if (*p == '#') alt = true;
            else if (*p == '0') zero = true;
            else break;
        }
        intptr_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            p++;
            if (next >= n_items) {
                rt_raise_msg(&type_TypeError, "not enough arguments for format string");
            }
            obj_t w = items[next++];
            if (!is_intlike(w)) {
                rt_raise_msg(&type_TypeError, "* wants int");
            }
            width = rt_get_int(w);
            if (width < 0) {
                left = true;
                width = -width;
            }
        } else if (p < end && *p >= '0' && *p <= '9') {
            width = read_count(&p, end, "width too big", true);
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                p++;
                if (next >= n_items) {
                    rt_raise_msg(&type_TypeError, "not enough arguments for format string");
                }
                obj_t w = items[next++];
                if (!is_intlike(w)) {
                    rt_raise_msg(&type_TypeError, "* wants int");
                }
                prec = rt_get_int(w);
                if (prec < 0) {
                    prec = 0;
                }
            } else {
                prec = read_count(&p, end, "precision too big", false);
                if (prec >= INT_MAX) {
                    rt_raise_msg(&type_ValueError, "precision too big");
                }
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) {
            p++;
        }
        if (p == end) {
            rt_raise_msg(&type_ValueError, "incomplete format");
        }
        const char *conv_at = p;
        char conv = *p++;
        if (conv == '%' && conv_at == q + 1) {
            vstr_add_byte(&out, '%');
            continue;
        }
        if (arg == OBJ_NULL) {
            if (next >= n_items) {
                rt_raise_msg(&type_TypeError, "not enough arguments for format string");
            }
            arg = items[next++];
        }
        switch (conv) {
            case 's':
            case 'r':
            case 'a':
            case 'b': {
                if (conv == 'b' && !is_bytes) {
                    goto bad_conv;
                }
                if (conv == 's' && !is_bytes && width < 0 && prec < 0) {
                    // Plain %s: straight into the output.
                    if (str_is_str_like(arg)) {
                        size_t l;
                        const char *d = str_get(arg, &l);
                        vstr_add_strn(&out, d, l);
                    } else {
                        print_t op;
                        vstr_print(&out, &op);
                        rt_print_obj(&op, arg, PRINT_STR);
                    }
                    break;
                }
                vstr_t t;
                vstr_init(&t, 16);
                if (is_bytes && (conv == 's' || conv == 'b')) {
                    const char *d;
                    size_t l;
                    if (!bytes_get_data(arg, &d, &l)) {
                        rt_raise_fmt(&type_TypeError,
                            "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'",
                            arg);
                    }
                    vstr_add_strn(&t, d, l);
                } else if (conv == 'a' || (is_bytes && conv == 'r')) {
                    add_ascii_repr(&t, arg);
                } else if (conv == 's' && str_is_str_like(arg)) {
                    size_t l;
                    const char *d = str_get(arg, &l);
                    vstr_add_strn(&t, d, l);
                } else {
                    print_t tp;
                    vstr_print(&t, &tp);
                    rt_print_obj(&tp, arg, conv == 'r' ? PRINT_REPR : PRINT_STR);
                }
                size_t chars = is_bytes ? t.len : utf8_charlen(t.buf, t.len);
                size_t l = t.len;
                if (prec >= 0 && (size_t)prec < chars) {
                    l = is_bytes ? (size_t)prec
                                 : (size_t)(utf8_at(t.buf, t.len, chars, (size_t)prec) - t.buf);
                    chars = (size_t)prec;
                }
                pct_pad(&out, t.buf, l, chars, width, left);
                gc_free(t.buf);
                break;
            }
            case 'c': {
                char buf[4];
                size_t n;
                if (is_bytes) {
                    const char *d;
                    size_t l;
                    if (is_intlike(arg)) {
                        intptr_t c = rt_get_int(arg);
                        if (c < 0 || c > 255) {
                            rt_raise_msg(&type_OverflowError, "%c arg not in range(256)");
                        }
                        buf[0] = (char)c;
                    } else if (bytes_get_data(arg, &d, &l) && l == 1) {
                        buf[0] = d[0];
                    } else {
                        rt_raise_msg(&type_TypeError,
                            "%c requires an integer in range(256) or a single byte");
                    }
                    n = 1;
                } else if (str_is_str_like(arg)) {
                    if (str_charlen(arg) != 1) {
                        rt_raise_msg(&type_TypeError, "%c requires int or char");
                    }
                    const char *d = str_get(arg, &n);
                    memcpy(buf, d, n);
                } else if (is_intlike(arg)) {
                    intptr_t c;
                    if (!(obj_is_int(arg) ? int_to_intptr(arg, &c) : rt_get_int_maybe(arg, &c)) || c < 0 ||
                        c > 0x10ffff) {
                        rt_raise_msg(&type_OverflowError, "%c arg not in range(0x110000)");
                    }
                    n = utf8_encode((uint32_t)c, buf);
                } else {
                    rt_raise_msg(&type_TypeError, "%c requires int or char");
                }
                pct_pad(&out, buf, n, 1, width, left);
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                obj_t v = arg;
                if (is_float(arg) && (conv == 'd' || conv == 'i' || conv == 'u')) {
                    v = int_from_double(float_value(str_unwrap(arg)));
                } else if (!is_intlike(arg)) {
                    if (conv == 'd' || conv == 'i' || conv == 'u') {
                        rt_raise_fmt(&type_TypeError, "%%%c format: a real number is required, not %T",
                            conv, arg);
                    }
                    rt_raise_fmt(&type_TypeError, "%%%c format: an integer is required, not %T",
                        conv, arg);
                } else if (!obj_is_int(arg)) {
                    v = int_from_intptr(rt_get_int(arg));
                }
                spec_t sp = {' ', left ? '<' : 0, plus ? '+' : space ? ' ' : 0, alt,
                    zero && !left, false, 0, width, -1,
                    conv == 'x' || conv == 'X' || conv == 'o' ? conv : 'd'};
                if (sp.zero) {
                    sp.fill = '0';
                }
                vstr_t t;
                vstr_init(&t, 16);
                if (prec > 0) {
                    // The precision is a minimum digit count: format the
                    // digits first, then pad as a whole.
                    spec_t dsp = sp;
                    dsp.width = -1;
                    dsp.sign = 0;
                    dsp.alt = false;
                    dsp.align = 0;
                    dsp.zero = false;
                    dsp.fill = ' ';
                    format_int_value(&t, v, &dsp);
                    bool neg = t.len > 0 && t.buf[0] == '-';
                    size_t nd = t.len - neg;
                    vstr_t t2;
                    vstr_init(&t2, (size_t)prec + 8);
                    if ((size_t)prec > nd) {
                        memset(vstr_extend(&t2, (size_t)prec - nd), '0', (size_t)prec - nd);
                    }
                    vstr_add_strn(&t2, t.buf + neg, nd);
                    const char *pre = !alt ? "" : conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
                    emit_number(&out, &sp, neg, pre, t2.buf, t2.len, "", 0, 3);
                    gc_free(t2.buf);
                } else {
                    format_int_value(&out, v, &sp);
                }
                gc_free(t.buf);
                break;
            }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G': {
                double d;
                if (is_float(arg)) {
                    d = float_value(str_unwrap(arg));
                } else if (is_intlike(arg)) {
                    d = obj_is_int(arg) ? int_to_double(arg) : (double)rt_get_int(arg);
                } else {
                    rt_raise_fmt(&type_TypeError, "must be real number, not %T", arg);
                }
                spec_t sp = {' ', left ? '<' : 0, plus ? '+' : space ? ' ' : 0, alt,
                    zero && !left, false, 0, width, prec < 0 ? 6 : prec, conv};
                if (sp.zero) {
                    sp.fill = '0';
                }
                format_float_value(&out, d, &sp, arg);
                break;
            }
            default:
            bad_conv:
                rt_raise_fmt(&type_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                    conv, (unsigned)(uint8_t)conv, (size_t)(conv_at - s));
        }
    }
    if (next < n_items && !mapping) {
        rt_raise_msg(&type_TypeError, "not all arguments converted during string formatting");
    }
    return is_bytes ? vstr_to_bytes(&out) : vstr_to_str(&out);
}
