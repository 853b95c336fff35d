// The re module: Pattern and Match objects over the engine in lib/re, with
// CPython's API, empty-match rules and error messages.
// SPDX-License-Identifier: MIT
//
// The engine works on byte offsets; Python positions are characters. For a
// str whose characters are all ASCII (and for bytes) the two are the same;
// otherwise offsets are converted at the boundary (pos/endpos in, spans out).

#include <stdio.h>
#include <string.h>

#include "lib/re/re.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objiter.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"

MODULE_REGISTER(QSTR_re, module_re);
MODULE_REGISTER(QSTR_ure, module_re);

// ---------------------------------------------------------------------------
// re.error
// ---------------------------------------------------------------------------

EXC_SUBTYPE(static const obj_type_t type_re_error, QSTR_error, type_Exception);

// Raises re.error("[msg] at position N") for byte offset [pos] of [text]
// (the pattern or a template; RE_NOPOS: no position), adding the line and
// column when the text has several lines, with the attributes msg,
// pattern, pos, lineno and colno as CPython sets them.
NORETURN static void raise_error_at(const char *msg, obj_t text, size_t pos) {
    size_t len;
    const char *data = str_get(text, &len);
    bool is_str = str_is_str_like(text);
    obj_t full;
    obj_t pos_obj = OBJ_NONE, line_obj = OBJ_NONE, col_obj = OBJ_NONE;
    if (pos == RE_NOPOS) {
        full = str_from_cstr(msg);
    } else {
        if (pos > len) {
            pos = len;
        }
        size_t cpos = is_str ? utf8_index_of(data, data + pos) : pos;
        size_t line = 1, line_start = 0;
        for (size_t i = 0; i < pos; i++) {
            if (data[i] == '\n') {
                line++;
                line_start = i + 1;
            }
        }
        size_t col = (is_str ? utf8_index_of(data + line_start, data + pos) : pos - line_start) + 1;
        if (memchr(data, '\n', len) == NULL) {
            full = str_fmt("%s at position %u", msg, (unsigned)cpos);
        } else {
            full = str_fmt("%s at position %u (line %u, column %u)", msg, (unsigned)cpos,
                (unsigned)line, (unsigned)col);
        }
        pos_obj = int_from_uintptr(cpos);
        line_obj = int_from_uintptr(line);
        col_obj = int_from_uintptr(col);
    }
    obj_exception_t *e = exc_new(&type_re_error, 1, &full);
    obj_dict_t *d = dict_new(5);
    dict_set_qstr(d, QSTR_msg, str_from_cstr(msg));
    dict_set_qstr(d, QSTR_pattern, pos == RE_NOPOS ? OBJ_NONE : text);
    dict_set_qstr(d, QSTR_pos, pos_obj);
    dict_set_qstr(d, QSTR_lineno, line_obj);
    dict_set_qstr(d, QSTR_colno, col_obj);
    e->dict = d;
    rt_raise(e);
}

// ---------------------------------------------------------------------------
// The engine's environment: GC allocation, interrupts, Unicode properties.
// ---------------------------------------------------------------------------

static void *env_alloc(void *ctx, size_t n) {
    (void)ctx;
    return rt_alloc(n);
}

// Lets Ctrl-C (and scheduled callbacks) through during a long match.
static int env_poll(void *ctx) {
    (void)ctx;
    if (vm_state.pending) {
        rt_handle_pending();
    }
    return 0;
}

// Deep patterns make the compiler recurse: RecursionError before the C stack runs out.
static void env_check_stack(void *ctx) {
    (void)ctx;
    rt_check_stack();
}

static bool env_is_alnum(uint32_t c) {
    return unicode_isalpha(c) || unicode_isnumeric(c);
}

static const re_env_t re_env = {
    .ctx = NULL,
    .alloc = env_alloc,
    .poll = env_poll,
    .to_lower = unicode_tolower,
    .to_upper = unicode_toupper,
    .is_digit = unicode_isdecimal,
    .is_alnum = env_is_alnum,
    .is_space = unicode_isspace,
    .max_stack = (size_t)1 << 22,
    .check_stack = env_check_stack,
};

// ---------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------

typedef struct obj_pattern {
    obj_base_t base;
    obj_t pattern; // the source str or bytes
    re_prog_t *prog;
    bool bytes;
} obj_pattern_t;

typedef struct obj_match {
    obj_base_t base;
    obj_pattern_t *re;
    obj_t string;
    size_t pos, endpos; // characters, as given
    size_t n_slots;
    size_t slots[]; // byte offsets (re_prog_slots entries)
} obj_match_t;

// A finditer() iterator.
typedef struct obj_scanner {
    obj_base_t base;
    obj_pattern_t *re;
    obj_t string;
    size_t pos, endpos; // characters of the original call
    size_t next;        // byte offset of the next search
    size_t end;         // byte offset of endpos
    bool must_advance;  // the last match was empty
    bool done;
} obj_scanner_t;

extern const obj_type_t type_re_pattern, type_re_match, type_re_scanner;

// A subject string's bytes and how to convert its offsets.
typedef struct subject {
    const char *data;
    size_t len;     // bytes
    size_t charlen; // characters
    bool is_str;
    bool ascii; // offsets are character indices
} subject_t;

static bool subject_of(obj_t o, subject_t *s) {
    if (str_is_str_like(o)) {
        obj_t u = str_unwrap(o);
        s->data = str_data(u, &s->len);
        s->charlen = str_charlen(u);
        s->is_str = true;
        s->ascii = s->charlen == s->len;
        return true;
    }
    const obj_type_t *t = obj_type_of(o);
    buffer_info_t info;
    if (t->get_buffer != NULL && t->get_buffer(o, &info, BUFFER_READ)) {
        s->data = info.buf;
        s->len = info.len;
        s->charlen = info.len;
        s->is_str = false;
        s->ascii = true;
        return true;
    }
    return false;
}

// The subject [o] for pattern [p], with CPython's type errors.
static void get_subject(obj_pattern_t *p, obj_t o, subject_t *s) {
    if (!subject_of(o, s)) {
        rt_raise_fmt(&type_TypeError, "expected string or bytes-like object, got '%T'", o);
    }
    if (s->is_str && p->bytes) {
        rt_raise_msg(&type_TypeError, "cannot use a bytes pattern on a string-like object");
    }
    if (!s->is_str && !p->bytes) {
        rt_raise_msg(&type_TypeError, "cannot use a string pattern on a bytes-like object");
    }
}

static size_t char_to_byte(const subject_t *s, size_t ci) {
    if (s->ascii) {
        return ci;
    }
    return (size_t)(utf8_at(s->data, s->len, s->charlen, ci) - s->data);
}

static size_t byte_to_char(const subject_t *s, size_t b) {
    return s->ascii ? b : utf8_index_of(s->data, s->data + b);
}

// The text of [len] bytes at [data] as the subject's kind (str or bytes).
static obj_t make_text(const subject_t *s, const char *data, size_t len) {
    return s->is_str ? str_new(data, len) : bytes_new((const uint8_t *)data, len);
}

// ---------------------------------------------------------------------------
// Compiling
// ---------------------------------------------------------------------------

static obj_t pattern_compile(obj_t pattern, obj_t flags_obj) {
    intptr_t flags = flags_obj == OBJ_NULL ? 0 : rt_get_int(flags_obj);
    if (OBJ_IS_PTR(pattern) && obj_type_of(pattern) == &type_re_pattern) {
        if (flags != 0) {
            rt_raise_msg(&type_ValueError, "cannot process flags argument with a compiled pattern");
        }
        return pattern;
    }
    bool is_str = str_is_str_like(pattern);
    const char *data;
    size_t len;
    if (is_str) {
        data = str_data(str_unwrap(pattern), &len);
    } else if (bytes_get_data(pattern, &data, &len)) {
        // bytes or a bytes subclass
    } else {
        rt_raise_msg(&type_TypeError, "first argument must be string or compiled pattern");
    }
    if (is_str && (flags & RE_FLAG_LOCALE)) {
        rt_raise_msg(&type_ValueError, "cannot use LOCALE flag with a str pattern");
    }
    if (!is_str && (flags & RE_FLAG_UNICODE)) {
        rt_raise_msg(&type_ValueError, "cannot use UNICODE flag with a bytes pattern");
    }
    if ((flags & RE_FLAG_ASCII) && (flags & (RE_FLAG_UNICODE | RE_FLAG_LOCALE))) {
        rt_raise_msg(&type_ValueError, (flags & RE_FLAG_UNICODE)
                                           ? "ASCII and UNICODE flags are incompatible"
                                           : "ASCII and LOCALE flags are incompatible");
    }
    re_error_t err;
    re_prog_t *prog = re_compile(data, len, (int)flags, !is_str, &re_env, &err);
    if (prog == NULL) {
        if (err.nomem) {
            rt_raise_memory_error();
        }
        if (err.overflow) {
            rt_raise_msg(&type_OverflowError, err.msg);
        }
        raise_error_at(err.msg, pattern, err.pos);
    }
    obj_pattern_t *p = rt_new_obj(&type_re_pattern, sizeof(obj_pattern_t));
    p->pattern = pattern;
    p->prog = prog;
    p->bytes = !is_str;
    return p;
}

static obj_pattern_t *pattern_self(obj_t o) {
    if (!OBJ_IS_PTR(o) || obj_type_of(o) != &type_re_pattern) {
        rt_raise_msg(&type_TypeError, "descriptor requires a 're.Pattern' object");
    }
    return o;
}

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

// Slots for run_engine: callers pass a buffer of this many entries, used
// when the pattern has few enough groups (no allocation per match).
#define LOCAL_SLOTS (32)

// Runs the engine; returns the slots of a match (in [local] when they fit)
// or NULL.
static size_t *run_engine(obj_pattern_t *p, const subject_t *s, size_t start, size_t end, int mode,
    size_t *local) {
    size_t n = re_prog_slots(p->prog);
    size_t *slots = n <= LOCAL_SLOTS ? local : rt_alloc(n * sizeof(size_t));
    int r = re_match(p->prog, &re_env, s->data, end, start, mode, slots);
    if (r == RE_ERR_STACK) {
        rt_raise_msg(&type_RuntimeError, "regular expression backtracking stack exhausted");
    }
    if (r == RE_ERR_NOMEM) {
        rt_raise_memory_error();
    }
    return r == 1 ? slots : NULL;
}

static obj_t new_match(obj_pattern_t *p, obj_t string, size_t pos, size_t endpos, const size_t *slots) {
    size_t n = re_prog_slots(p->prog);
    obj_match_t *m = rt_new_obj(&type_re_match, sizeof(obj_match_t) + n * sizeof(size_t));
    m->re = p;
    m->string = string;
    m->pos = pos;
    m->endpos = endpos;
    m->n_slots = n;
    memcpy(m->slots, slots, n * sizeof(size_t));
    return m;
}

// pos/endpos arguments clamped as CPython does, as characters.
static void clamp_range(const subject_t *s, obj_t pos_obj, obj_t endpos_obj, size_t *pos, size_t *endpos) {
    intptr_t pos_v = pos_obj == OBJ_NULL ? 0 : rt_get_int(pos_obj);
    intptr_t end_v = (endpos_obj == OBJ_NULL || endpos_obj == OBJ_NONE) ? INTPTR_MAX : rt_get_int(endpos_obj);
    if (pos_v < 0) {
        pos_v = 0;
    }
    if ((size_t)pos_v > s->charlen) {
        pos_v = (intptr_t)s->charlen;
    }
    if (end_v < 0) {
        end_v = 0;
    }
    if ((size_t)end_v > s->charlen) {
        end_v = (intptr_t)s->charlen;
    }
    *pos = (size_t)pos_v;
    *endpos = (size_t)end_v;
}

static const arg_spec_t match_spec[] = {
    {QSTR_string, ARG_REQUIRED, OBJ_NULL},
    {QSTR_pos, 0, OBJ_NULL},
    {QSTR_endpos, 0, OBJ_NULL},
};

static obj_t match_common(obj_pattern_t *p, obj_t string, obj_t pos_obj, obj_t endpos_obj, int mode) {
    subject_t s;
    get_subject(p, string, &s);
    size_t pos, endpos;
    clamp_range(&s, pos_obj, endpos_obj, &pos, &endpos);
    if (endpos < pos) {
        return OBJ_NONE;
    }
    size_t local[LOCAL_SLOTS];
    size_t *slots = run_engine(p, &s, char_to_byte(&s, pos), char_to_byte(&s, endpos), mode, local);
    return slots ? new_match(p, string, pos, endpos, slots) : OBJ_NONE;
}

static obj_t pattern_match_kind(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw,
    int mode, qstr name) {
    obj_pattern_t *p = pattern_self(args[0]);
    obj_t v[3];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 3, match_spec, v, name);
    return match_common(p, v[0], v[1], v[2], mode);
}

static obj_t pattern_match(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return pattern_match_kind(n_args, args, n_kw, kw, RE_MODE_MATCH, QSTR_match);
}
static BUILTIN_FN_KW(pattern_match_obj, QSTR_match, 1, 4, pattern_match);

static obj_t pattern_search(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return pattern_match_kind(n_args, args, n_kw, kw, RE_MODE_SEARCH, QSTR_search);
}
static BUILTIN_FN_KW(pattern_search_obj, QSTR_search, 1, 4, pattern_search);

static obj_t pattern_fullmatch(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return pattern_match_kind(n_args, args, n_kw, kw, RE_MODE_FULL, QSTR_fullmatch);
}
static BUILTIN_FN_KW(pattern_fullmatch_obj, QSTR_fullmatch, 1, 4, pattern_fullmatch);

// The value of group [g] of a match as findall and split give it: the
// text, or [dflt] when the group did not take part.
static obj_t group_value(const subject_t *s, const size_t *slots, size_t g, obj_t dflt) {
    size_t a = slots[2 * g], b = slots[2 * g + 1];
    if (a == RE_NOPOS || b == RE_NOPOS || b < a || b > s->len) {
        return dflt;
    }
    return make_text(s, s->data + a, b - a);
}

static obj_t findall(obj_pattern_t *p, obj_t string, obj_t pos_obj, obj_t endpos_obj) {
    subject_t s;
    get_subject(p, string, &s);
    size_t pos, endpos;
    clamp_range(&s, pos_obj, endpos_obj, &pos, &endpos);
    obj_t list = list_new(0, NULL);
    if (endpos < pos) {
        return list;
    }
    size_t at = char_to_byte(&s, pos), end = char_to_byte(&s, endpos);
    size_t groups = re_prog_groups(p->prog);
    obj_t empty = make_text(&s, "", 0);
    bool must_advance = false;
    while (at <= end) {
        size_t local[LOCAL_SLOTS];
        size_t *slots = run_engine(p, &s, at, end, RE_MODE_SEARCH | (must_advance ? RE_MODE_NOT_EMPTY_AT_START : 0), local);
        if (slots == NULL) {
            break;
        }
        obj_t item;
        if (groups == 0) {
            item = group_value(&s, slots, 0, empty);
        } else if (groups == 1) {
            item = group_value(&s, slots, 1, empty);
        } else {
            item = tuple_new(groups, NULL);
            for (size_t g = 1; g <= groups; g++) {
                ((obj_tuple_t *)item)->items[g - 1] = group_value(&s, slots, g, empty);
            }
        }
        list_append(list, item);
        must_advance = slots[1] == slots[0];
        at = slots[1];
    }
    return list;
}

static obj_t pattern_findall(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_pattern_t *p = pattern_self(args[0]);
    obj_t v[3];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 3, match_spec, v, QSTR_findall);
    return findall(p, v[0], v[1], v[2]);
}
static BUILTIN_FN_KW(pattern_findall_obj, QSTR_findall, 1, 4, pattern_findall);

static obj_t finditer(obj_pattern_t *p, obj_t string, obj_t pos_obj, obj_t endpos_obj) {
    subject_t s;
    get_subject(p, string, &s);
    obj_scanner_t *it = rt_new_obj(&type_re_scanner, sizeof(obj_scanner_t));
    it->re = p;
    it->string = string;
    clamp_range(&s, pos_obj, endpos_obj, &it->pos, &it->endpos);
    it->done = it->endpos < it->pos;
    if (!it->done) {
        it->next = char_to_byte(&s, it->pos);
        it->end = char_to_byte(&s, it->endpos);
    }
    return it;
}

static obj_t pattern_finditer(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_pattern_t *p = pattern_self(args[0]);
    obj_t v[3];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 3, match_spec, v, QSTR_finditer);
    return finditer(p, v[0], v[1], v[2]);
}
static BUILTIN_FN_KW(pattern_finditer_obj, QSTR_finditer, 1, 4, pattern_finditer);

static obj_t scanner_next(obj_t self) {
    obj_scanner_t *it = self;
    if (it->done) {
        return OBJ_NULL;
    }
    subject_t s;
    get_subject(it->re, it->string, &s);
    if (it->end > s.len || it->next > it->end) {
        it->done = true; // the subject (a bytearray) shrank
        return OBJ_NULL;
    }
    size_t local[LOCAL_SLOTS];
    size_t *slots = run_engine(it->re, &s, it->next, it->end,
        RE_MODE_SEARCH | (it->must_advance ? RE_MODE_NOT_EMPTY_AT_START : 0), local);
    if (slots == NULL) {
        it->done = true;
        return OBJ_NULL;
    }
    it->must_advance = slots[1] == slots[0];
    it->next = slots[1];
    return new_match(it->re, it->string, it->pos, it->endpos, slots);
}

const obj_type_t type_re_scanner = {
    .base = {&type_type},
    .flags = TYPE_FLAG_ITER_IS_SELF,
    .name = QSTR_callable_iterator,
    .getiter = iter_self,
    .iternext = scanner_next,
};

// split(string, maxsplit=0): the pieces between matches, with the groups of
// each match in between.
static obj_t split(obj_pattern_t *p, obj_t string, obj_t maxsplit_obj) {
    subject_t s;
    get_subject(p, string, &s);
    intptr_t maxsplit = maxsplit_obj == OBJ_NULL ? 0 : rt_get_int(maxsplit_obj);
    obj_t list = list_new(0, NULL);
    size_t groups = re_prog_groups(p->prog);
    size_t last = 0, at = 0;
    intptr_t n = 0;
    bool must_advance = false;
    while (maxsplit == 0 || n < maxsplit) {
        size_t local[LOCAL_SLOTS];
        size_t *slots = run_engine(p, &s, at, s.len, RE_MODE_SEARCH | (must_advance ? RE_MODE_NOT_EMPTY_AT_START : 0), local);
        if (slots == NULL) {
            break;
        }
        list_append(list, make_text(&s, s.data + last, slots[0] - last));
        for (size_t g = 1; g <= groups; g++) {
            list_append(list, group_value(&s, slots, g, OBJ_NONE));
        }
        n++;
        must_advance = slots[1] == slots[0];
        last = at = slots[1];
    }
    list_append(list, make_text(&s, s.data + last, s.len - last));
    return list;
}

static obj_t pattern_split(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_string, ARG_REQUIRED, OBJ_NULL},
        {QSTR_maxsplit, 0, OBJ_NULL},
    };
    obj_pattern_t *p = pattern_self(args[0]);
    obj_t v[2];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 2, spec, v, QSTR_split);
    return split(p, v[0], v[1]);
}
static BUILTIN_FN_KW(pattern_split_obj, QSTR_split, 1, 3, pattern_split);

// ---------------------------------------------------------------------------
// Templates for sub() and expand(): literal pieces and group numbers.
// ---------------------------------------------------------------------------

// Raises the error for a template at byte [pos] of [tmpl], found with the
// template read up to byte [at]. CPython's tokenizer reads one token ahead,
// so a lone backslash ending the template is reported first.
NORETURN static void template_error(const char *msg, obj_t tmpl, size_t pos, size_t at) {
    size_t len;
    const char *t = str_get(tmpl, &len);
    size_t n_bs = 0;
    while (n_bs < len && t[len - 1 - n_bs] == '\\') {
        n_bs++;
    }
    if ((n_bs & 1) && at + 1 >= len) {
        raise_error_at("bad escape (end of pattern)", tmpl, len - 1);
    }
    raise_error_at(msg, tmpl, pos);
}

// Parses [tmpl] into a list of str/bytes pieces and small-int group numbers.
static obj_t parse_template(obj_pattern_t *p, obj_t tmpl, bool is_str) {
    size_t len;
    const char *t = str_get(tmpl, &len);
    obj_t parts = list_new(0, NULL);
    vstr_t lit;
    vstr_init(&lit, 16);
    size_t groups = re_prog_groups(p->prog);
    char msg[96];
    size_t i = 0;
    while (i < len) {
        char c = t[i];
        if (c != '\\') {
            vstr_add_byte(&lit, c);
            i++;
            continue;
        }
        size_t esc = i;
        if (i + 1 >= len) {
            template_error("bad escape (end of pattern)", tmpl, esc, i);
        }
        c = t[i + 1];
        i += 2;
        size_t group = SIZE_MAX;
        if (c == 'g') {
            if (i >= len || t[i] != '<') {
                template_error("missing <", tmpl, i, i);
            }
            size_t name = ++i;
            while (i < len && t[i] != '>') {
                i++;
            }
            if (i >= len) {
                if (i == name) {
                    template_error("missing group name", tmpl, i, i);
                }
                template_error("missing >, unterminated name", tmpl, name, i);
            }
            size_t nlen = i - name;
            i++;
            if (nlen == 0) {
                template_error("missing group name", tmpl, name, i);
            }
            // A number as int() reads it: spaces around, '+', '_' between digits.
            size_t k0 = 0, k1 = nlen;
            while (k0 < k1 && (t[name + k0] == ' ' || (t[name + k0] >= 9 && t[name + k0] <= 13))) {
                k0++;
            }
            while (k1 > k0 && (t[name + k1 - 1] == ' ' || (t[name + k1 - 1] >= 9 && t[name + k1 - 1] <= 13))) {
                k1--;
            }
            if (k0 < k1 && t[name + k0] == '+') {
                k0++;
            }
            bool digits = k0 < k1;
            size_t v = 0;
            for (size_t k = k0; k < k1; k++) {
                char d = t[name + k];
                if (d == '_' && k > k0 && k + 1 < k1 && t[name + k - 1] != '_') {
                    continue;
                }
                if (d < '0' || d > '9') {
                    digits = false;
                } else if (v < 1000000000) {
                    v = v * 10 + (size_t)(d - '0');
                }
            }
            if (digits) {
                group = v;
            } else {
                int gi = re_prog_group_index(p->prog, t + name, nlen);
                bool ident = true;
                for (size_t k = 0; k < nlen; k++) {
                    char d = t[name + k];
                    bool ok = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d == '_' ||
                              (unsigned char)d >= 128 || (k > 0 && d >= '0' && d <= '9');
                    ident = ident && ok;
                }
                char q[48];
                re_quote_name(q, sizeof(q), t + name, nlen);
                if (!ident) {
                    snprintf(msg, sizeof(msg), "bad character in group name %s", q);
                    template_error(msg, tmpl, name, i);
                }
                if (gi < 0) {
                    rt_raise_fmt(&type_IndexError, "unknown group name %s", q);
                }
                group = (size_t)gi;
            }
            if (group > groups) {
                snprintf(msg, sizeof(msg), "invalid group reference %lu", (unsigned long)group);
                template_error(msg, tmpl, name, i);
            }
        } else if (c == '0') {
            unsigned v = 0;
            for (int k = 0; k < 2 && i < len && t[i] >= '0' && t[i] <= '7'; k++) {
                v = v * 8 + (unsigned)(t[i++] - '0');
            }
            if (is_str) {
                vstr_add_char(&lit, v);
            } else {
                vstr_add_byte(&lit, (char)v);
            }
            continue;
        } else if (c >= '1' && c <= '9') {
            group = (size_t)(c - '0');
            if (i < len && t[i] >= '0' && t[i] <= '9') {
                char c2 = t[i++];
                if (c <= '7' && c2 <= '7' && i < len && t[i] >= '0' && t[i] <= '7') {
                    unsigned v = (unsigned)((c - '0') * 64 + (c2 - '0') * 8 + (t[i++] - '0'));
                    if (v > 0377) {
                        snprintf(msg, sizeof(msg), "octal escape value \\%c%c%c outside of range 0-0o377", c, c2, t[i - 1]);
                        template_error(msg, tmpl, esc, i);
                    }
                    if (is_str) {
                        vstr_add_char(&lit, v);
                    } else {
                        vstr_add_byte(&lit, (char)v);
                    }
                    continue;
                }
                group = group * 10 + (size_t)(c2 - '0');
            }
            if (group > groups) {
                snprintf(msg, sizeof(msg), "invalid group reference %lu", (unsigned long)group);
                template_error(msg, tmpl, esc + 1, i);
            }
        } else {
            static const char from[] = "abfnrtv\\";
            static const char to[] = "\a\b\f\n\r\t\v\\";
            const char *f = c ? strchr(from, c) : NULL;
            if (f != NULL) {
                vstr_add_byte(&lit, to[f - from]);
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                snprintf(msg, sizeof(msg), "bad escape \\%c", c);
                template_error(msg, tmpl, esc, i);
            } else {
                vstr_add_byte(&lit, '\\');
                vstr_add_byte(&lit, c);
            }
            continue;
        }
        if (lit.len) {
            list_append(parts, is_str ? str_new(lit.buf, lit.len) : bytes_new((const uint8_t *)lit.buf, lit.len));
            vstr_truncate(&lit, 0);
        }
        list_append(parts, OBJ_NEW_SMALL_INT((intptr_t)group));
    }
    if (lit.len) {
        list_append(parts, is_str ? str_new(lit.buf, lit.len) : bytes_new((const uint8_t *)lit.buf, lit.len));
    }
    return parts;
}

// Appends the expansion of the parsed template [parts] for a match to [out].
static void expand_into(vstr_t *out, obj_t parts, const subject_t *s, const size_t *slots) {
    obj_list_t *l = parts;
    for (size_t i = 0; i < l->len; i++) {
        obj_t part = l->items[i];
        if (OBJ_IS_SMALL_INT(part)) {
            size_t g = (size_t)OBJ_SMALL_INT_VALUE(part);
            size_t a = slots[2 * g], b = slots[2 * g + 1];
            if (a != RE_NOPOS && b != RE_NOPOS && a <= b && b <= s->len) {
                vstr_add_strn(out, s->data + a, b - a);
            }
        } else {
            size_t n;
            const char *d = str_data(part, &n);
            vstr_add_strn(out, d, n);
        }
    }
}

// Whether [o] is text of the subject's kind (str, or bytes).
static bool text_kind_ok(obj_t o, bool is_str) {
    return is_str ? str_is_str_like(o) : bytes_get_data(o, &(const char *){NULL}, &(size_t){0});
}

// CPython joins the pieces of sub()'s result at the end, so a piece of the
// wrong type is reported with its index among them.
NORETURN static void bad_piece(obj_t o, bool is_str, size_t index) {
    rt_raise_fmt(&type_TypeError, "sequence item %zu: expected %s, %T found", index,
        is_str ? "str instance" : "a bytes-like object", o);
}

// The template argument of expand() checked against the subject's kind.
static void check_template(obj_t tmpl, bool is_str) {
    if (!text_kind_ok(tmpl, is_str)) {
        bad_piece(tmpl, is_str, 0);
    }
}

// sub/subn: returns the new string, the count in *[n_subs].
static obj_t substitute(obj_pattern_t *p, obj_t repl, obj_t string, obj_t count_obj, size_t *n_subs) {
    subject_t s;
    get_subject(p, string, &s);
    intptr_t count = count_obj == OBJ_NULL ? 0 : rt_get_int(count_obj);
    bool callable = !str_is_str_like(repl) && !bytes_get_data(repl, &(const char *){NULL}, &(size_t){0}) &&
                    rt_callable(repl);
    obj_t parts = OBJ_NULL;
    bool repl_ok = callable || text_kind_ok(repl, s.is_str);
    if (!callable && repl_ok) {
        parts = parse_template(p, repl, s.is_str);
    }
    size_t pieces = 0;
    vstr_t out;
    vstr_init(&out, s.len + 16);
    size_t last = 0, at = 0;
    intptr_t n = 0;
    bool must_advance = false;
    while (count <= 0 ? count == 0 : n < count) {
        size_t local[LOCAL_SLOTS];
        size_t *slots = run_engine(p, &s, at, s.len, RE_MODE_SEARCH | (must_advance ? RE_MODE_NOT_EMPTY_AT_START : 0), local);
        if (slots == NULL) {
            break;
        }
        if (slots[0] > last) {
            vstr_add_strn(&out, s.data + last, slots[0] - last);
            pieces++;
        }
        if (!repl_ok) {
            bad_piece(repl, s.is_str, pieces);
        }
        if (callable) {
            obj_t m = new_match(p, string, 0, s.charlen, slots);
            obj_t r = rt_call1(repl, m);
            if (r != OBJ_NONE) {
                if (!text_kind_ok(r, s.is_str)) {
                    bad_piece(r, s.is_str, pieces);
                }
                pieces++;
                size_t rn;
                const char *rd = str_get(r, &rn);
                // The callback may have changed a bytearray subject.
                get_subject(p, string, &s);
                vstr_add_strn(&out, rd, rn);
            }
        } else {
            expand_into(&out, parts, &s, slots);
            pieces++;
        }
        n++;
        must_advance = slots[1] == slots[0];
        last = at = slots[1];
        if (last > s.len) {
            break;
        }
    }
    if (last < s.len) {
        vstr_add_strn(&out, s.data + last, s.len - last);
    }
    *n_subs = (size_t)n;
    return s.is_str ? vstr_to_str(&out) : vstr_to_bytes(&out);
}

static const arg_spec_t sub_spec[] = {
    {QSTR_repl, ARG_REQUIRED, OBJ_NULL},
    {QSTR_string, ARG_REQUIRED, OBJ_NULL},
    {QSTR_count, 0, OBJ_NULL},
};

static obj_t pattern_sub(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_pattern_t *p = pattern_self(args[0]);
    obj_t v[3];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 3, sub_spec, v, QSTR_sub);
    size_t n;
    return substitute(p, v[0], v[1], v[2], &n);
}
static BUILTIN_FN_KW(pattern_sub_obj, QSTR_sub, 1, 4, pattern_sub);

static obj_t pattern_subn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_pattern_t *p = pattern_self(args[0]);
    obj_t v[3];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 3, sub_spec, v, QSTR_subn);
    size_t n;
    obj_t r = substitute(p, v[0], v[1], v[2], &n);
    obj_t items[2] = {r, int_from_uintptr(n)};
    return tuple_new(2, items);
}
static BUILTIN_FN_KW(pattern_subn_obj, QSTR_subn, 1, 4, pattern_subn);

// ---------------------------------------------------------------------------
// Pattern attributes and repr
// ---------------------------------------------------------------------------

static obj_t groupindex_dict(obj_pattern_t *p) {
    obj_dict_t *d = dict_new(0);
    size_t groups = re_prog_groups(p->prog);
    for (size_t g = 1; g <= groups; g++) {
        size_t len;
        const char *name = re_prog_group_name(p->prog, g, &len);
        if (name != NULL) {
            dict_set(d, str_new(name, len), OBJ_NEW_SMALL_INT((intptr_t)g));
        }
    }
    return d;
}

static void pattern_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_pattern_t *p = self;
    if (attr == QSTR_pattern) {
        dest[0] = p->pattern;
    } else if (attr == QSTR_flags) {
        dest[0] = OBJ_NEW_SMALL_INT(re_prog_flags(p->prog));
    } else if (attr == QSTR_groups) {
        dest[0] = OBJ_NEW_SMALL_INT((intptr_t)re_prog_groups(p->prog));
    } else if (attr == QSTR_groupindex) {
        dest[0] = groupindex_dict(p);
    }
}

static const char *const flag_names[] = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE",
    "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"};

static void pattern_print(const print_t *pr, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_pattern_t *p = self;
    size_t len;
    const char *data = str_get(p->pattern, &len);
    print_str(pr, "re.compile(");
    // CPython shows at most 200 characters of the pattern's repr.
    vstr_t r;
    vstr_init(&r, len + 3);
    print_t rp;
    vstr_print(&r, &rp);
    str_print_quoted(&rp, data, len, p->bytes);
    size_t cut = r.len;
    if (utf8_charlen(r.buf, r.len) > 200) {
        cut = (size_t)(utf8_at(r.buf, r.len, utf8_charlen(r.buf, r.len), 200) - r.buf);
    }
    print_strn(pr, r.buf, cut);
    int flags = re_prog_flags(p->prog);
    if (!p->bytes && (flags & (RE_FLAG_LOCALE | RE_FLAG_UNICODE | RE_FLAG_ASCII)) == RE_FLAG_UNICODE) {
        flags &= ~RE_FLAG_UNICODE;
    }
    if (flags) {
        print_str(pr, ", ");
        bool first = true;
        for (int b = 0; b < 9; b++) {
            if (flags & (1 << b)) {
                print_fmt(pr, "%sre.%s", first ? "" : "|", flag_names[b]);
                first = false;
            }
        }
        if (flags & ~0x1ff) {
            print_fmt(pr, "%s0x%x", first ? "" : "|", (unsigned)(flags & ~0x1ff));
        }
    }
    print_str(pr, ")");
}

// Patterns are equal when their source and flags are (as in CPython).
static obj_t pattern_binary_op(binary_op_t op, obj_t lhs, obj_t rhs) {
    if (op != BINARY_OP_EQUAL && op != BINARY_OP_NOT_EQUAL) {
        return OBJ_NULL;
    }
    if (!OBJ_IS_PTR(lhs) || !OBJ_IS_PTR(rhs) || obj_type_of(lhs) != &type_re_pattern ||
        obj_type_of(rhs) != &type_re_pattern) {
        return OBJ_NULL;
    }
    obj_pattern_t *a = lhs, *b = rhs;
    bool eq = a == b || (a->bytes == b->bytes && re_prog_flags(a->prog) == re_prog_flags(b->prog) &&
                         rt_equal(a->pattern, b->pattern));
    return obj_bool(op == BINARY_OP_EQUAL ? eq : !eq);
}

static obj_t pattern_unary_op(unary_op_t op, obj_t self) {
    if (op != UNARY_OP_HASH) {
        return OBJ_NULL;
    }
    obj_pattern_t *p = self;
    intptr_t h = rt_hash(p->pattern) ^ (intptr_t)re_prog_flags(p->prog);
    return OBJ_NEW_SMALL_INT(h & SMALL_INT_MAX);
}

static const dict_entry_t pattern_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_match), (obj_t)&pattern_match_obj},
    {OBJ_NEW_QSTR(QSTR_search), (obj_t)&pattern_search_obj},
    {OBJ_NEW_QSTR(QSTR_fullmatch), (obj_t)&pattern_fullmatch_obj},
    {OBJ_NEW_QSTR(QSTR_findall), (obj_t)&pattern_findall_obj},
    {OBJ_NEW_QSTR(QSTR_finditer), (obj_t)&pattern_finditer_obj},
    {OBJ_NEW_QSTR(QSTR_split), (obj_t)&pattern_split_obj},
    {OBJ_NEW_QSTR(QSTR_sub), (obj_t)&pattern_sub_obj},
    {OBJ_NEW_QSTR(QSTR_subn), (obj_t)&pattern_subn_obj},
};
static DICT_ROM(pattern_locals_dict, pattern_locals_table);

const obj_type_t type_re_pattern = {
    .base = {&type_type},
    .name = QSTR_Pattern,
    .print = pattern_print,
    .unary_op = pattern_unary_op,
    .binary_op = pattern_binary_op,
    .attr = pattern_attr,
    .locals_dict = (obj_dict_t *)&pattern_locals_dict,
};

// ---------------------------------------------------------------------------
// Match objects
// ---------------------------------------------------------------------------

static obj_match_t *match_self(obj_t o) {
    if (!OBJ_IS_PTR(o) || obj_type_of(o) != &type_re_match) {
        rt_raise_msg(&type_TypeError, "descriptor requires a 're.Match' object");
    }
    return o;
}

// The match's subject (looked up again: a bytearray may have moved).
static void match_subject(obj_match_t *m, subject_t *s) {
    if (!subject_of(m->string, s)) {
        s->data = "";
        s->len = s->charlen = 0;
        s->is_str = !m->re->bytes;
        s->ascii = true;
    }
}

// The group number for a group() argument: an int or a group name.
static size_t group_index(obj_match_t *m, obj_t g) {
    size_t groups = re_prog_groups(m->re->prog);
    intptr_t v;
    if (!str_is_str_like(g) && rt_get_int_maybe(g, &v)) {
        if (v >= 0 && (size_t)v <= groups) {
            return (size_t)v;
        }
    } else if (str_is_str_like(g)) {
        size_t len;
        const char *name = str_get(g, &len);
        int gi = re_prog_group_index(m->re->prog, name, len);
        if (gi >= 0) {
            return (size_t)gi;
        }
    }
    rt_raise_msg(&type_IndexError, "no such group");
}

static obj_t match_group_value(obj_match_t *m, size_t g, obj_t dflt) {
    subject_t s;
    match_subject(m, &s);
    size_t a = m->slots[2 * g], b = m->slots[2 * g + 1];
    if (a == RE_NOPOS || b == RE_NOPOS || b < a) {
        return dflt;
    }
    if (b > s.len) {
        b = a = s.len;
    }
    return make_text(&s, s.data + a, b - a);
}

static obj_t match_group(size_t n_args, const obj_t *args) {
    obj_match_t *m = match_self(args[0]);
    if (n_args <= 2) {
        size_t g = n_args == 1 ? 0 : group_index(m, args[1]);
        return match_group_value(m, g, OBJ_NONE);
    }
    obj_t t = tuple_new(n_args - 1, NULL);
    for (size_t i = 1; i < n_args; i++) {
        ((obj_tuple_t *)t)->items[i - 1] = match_group_value(m, group_index(m, args[i]), OBJ_NONE);
    }
    return t;
}
static BUILTIN_FN_VAR(match_group_obj, QSTR_group, 1, 0xffff, match_group);

static obj_t match_groups(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {{QSTR_default, 0, OBJ_NONE}};
    obj_match_t *m = match_self(args[0]);
    obj_t v[1];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 1, spec, v, QSTR_groups);
    obj_t dflt = v[0] == OBJ_NULL ? OBJ_NONE : v[0];
    size_t groups = re_prog_groups(m->re->prog);
    obj_t t = tuple_new(groups, NULL);
    for (size_t g = 1; g <= groups; g++) {
        ((obj_tuple_t *)t)->items[g - 1] = match_group_value(m, g, dflt);
    }
    return t;
}
static BUILTIN_FN_KW(match_groups_obj, QSTR_groups, 1, 2, match_groups);

static obj_t match_groupdict(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {{QSTR_default, 0, OBJ_NONE}};
    obj_match_t *m = match_self(args[0]);
    obj_t v[1];
    rt_parse_args(n_args - 1, args + 1, n_kw, kw, 1, spec, v, QSTR_groupdict);
    obj_t dflt = v[0] == OBJ_NULL ? OBJ_NONE : v[0];
    obj_dict_t *d = dict_new(0);
    size_t groups = re_prog_groups(m->re->prog);
    for (size_t g = 1; g <= groups; g++) {
        size_t len;
        const char *name = re_prog_group_name(m->re->prog, g, &len);
        if (name != NULL) {
            dict_set(d, str_new(name, len), match_group_value(m, g, dflt));
        }
    }
    return d;
}
static BUILTIN_FN_KW(match_groupdict_obj, QSTR_groupdict, 1, 2, match_groupdict);

// The span of group [g] in characters (-1, -1 when it did not take part).
static void match_span_of(obj_match_t *m, size_t g, intptr_t *a, intptr_t *b) {
    size_t sa = m->slots[2 * g], sb = m->slots[2 * g + 1];
    if (sa == RE_NOPOS || sb == RE_NOPOS) {
        *a = *b = -1;
        return;
    }
    subject_t s;
    match_subject(m, &s);
    if (sb > s.len) {
        sa = sb = s.len;
    }
    *a = (intptr_t)byte_to_char(&s, sa);
    *b = (intptr_t)byte_to_char(&s, sb);
}

static obj_t match_start(size_t n_args, const obj_t *args) {
    obj_match_t *m = match_self(args[0]);
    intptr_t a, b;
    match_span_of(m, n_args > 1 ? group_index(m, args[1]) : 0, &a, &b);
    return int_from_intptr(a);
}
static BUILTIN_FN_VAR(match_start_obj, QSTR_start, 1, 2, match_start);

static obj_t match_end(size_t n_args, const obj_t *args) {
    obj_match_t *m = match_self(args[0]);
    intptr_t a, b;
    match_span_of(m, n_args > 1 ? group_index(m, args[1]) : 0, &a, &b);
    return int_from_intptr(b);
}
static BUILTIN_FN_VAR(match_end_obj, QSTR_end, 1, 2, match_end);

static obj_t match_span(size_t n_args, const obj_t *args) {
    obj_match_t *m = match_self(args[0]);
    intptr_t a, b;
    match_span_of(m, n_args > 1 ? group_index(m, args[1]) : 0, &a, &b);
    obj_t items[2] = {int_from_intptr(a), int_from_intptr(b)};
    return tuple_new(2, items);
}
static BUILTIN_FN_VAR(match_span_obj, QSTR_span, 1, 2, match_span);

static obj_t match_expand(obj_t self, obj_t tmpl) {
    obj_match_t *m = match_self(self);
    subject_t s;
    match_subject(m, &s);
    check_template(tmpl, !m->re->bytes);
    obj_t parts = parse_template(m->re, tmpl, !m->re->bytes);
    vstr_t out;
    vstr_init(&out, 16);
    expand_into(&out, parts, &s, m->slots);
    return m->re->bytes ? vstr_to_bytes(&out) : vstr_to_str(&out);
}
static BUILTIN_FN_2(match_expand_obj, QSTR_expand, match_expand);

static void match_attr(obj_t self, qstr attr, obj_t *dest) {
    if (dest[0] != OBJ_NULL) {
        return;
    }
    obj_match_t *m = self;
    if (attr == QSTR_string) {
        dest[0] = m->string;
    } else if (attr == QSTR_re) {
        dest[0] = m->re;
    } else if (attr == QSTR_pos) {
        dest[0] = int_from_uintptr(m->pos);
    } else if (attr == QSTR_endpos) {
        dest[0] = int_from_uintptr(m->endpos);
    } else if (attr == QSTR_lastindex || attr == QSTR_lastgroup) {
        size_t li = m->slots[m->n_slots - 1];
        if (li == RE_NOPOS) {
            dest[0] = OBJ_NONE;
        } else if (attr == QSTR_lastindex) {
            dest[0] = OBJ_NEW_SMALL_INT((intptr_t)li);
        } else {
            size_t len;
            const char *name = re_prog_group_name(m->re->prog, li, &len);
            dest[0] = name ? str_new(name, len) : OBJ_NONE;
        }
    } else if (attr == QSTR_regs) {
        size_t groups = re_prog_groups(m->re->prog);
        obj_t t = tuple_new(groups + 1, NULL);
        for (size_t g = 0; g <= groups; g++) {
            intptr_t a, b;
            match_span_of(m, g, &a, &b);
            obj_t items[2] = {int_from_intptr(a), int_from_intptr(b)};
            ((obj_tuple_t *)t)->items[g] = tuple_new(2, items);
        }
        dest[0] = t;
    }
}

static obj_t match_subscr(obj_t self, obj_t index, obj_t value) {
    if (value != OBJ_SENTINEL) {
        return OBJ_NULL;
    }
    obj_match_t *m = self;
    return match_group_value(m, group_index(m, index), OBJ_NONE);
}

static void match_print(const print_t *p, obj_t self, print_kind_t kind) {
    (void)kind;
    obj_match_t *m = self;
    intptr_t a, b;
    match_span_of(m, 0, &a, &b);
    print_fmt(p, "<re.Match object; span=(%ld, %ld), match=%R>", (long)a, (long)b,
        match_group_value(m, 0, OBJ_NONE));
}

static const dict_entry_t match_locals_table[] = {
    {OBJ_NEW_QSTR(QSTR_group), (obj_t)&match_group_obj},
    {OBJ_NEW_QSTR(QSTR_groups), (obj_t)&match_groups_obj},
    {OBJ_NEW_QSTR(QSTR_groupdict), (obj_t)&match_groupdict_obj},
    {OBJ_NEW_QSTR(QSTR_start), (obj_t)&match_start_obj},
    {OBJ_NEW_QSTR(QSTR_end), (obj_t)&match_end_obj},
    {OBJ_NEW_QSTR(QSTR_span), (obj_t)&match_span_obj},
    {OBJ_NEW_QSTR(QSTR_expand), (obj_t)&match_expand_obj},
};
static DICT_ROM(match_locals_dict, match_locals_table);

const obj_type_t type_re_match = {
    .base = {&type_type},
    .name = QSTR_Match,
    .print = match_print,
    .attr = match_attr,
    .subscr = match_subscr,
    .locals_dict = (obj_dict_t *)&match_locals_dict,
};

// ---------------------------------------------------------------------------
// Module functions
// ---------------------------------------------------------------------------

static obj_t re_compile_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_pattern, ARG_REQUIRED, OBJ_NULL},
        {QSTR_flags, 0, OBJ_NULL},
    };
    obj_t v[2];
    rt_parse_args(n_args, args, n_kw, kw, 2, spec, v, QSTR_compile);
    return pattern_compile(v[0], v[1]);
}
static BUILTIN_FN_KW(re_compile_obj, QSTR_compile, 0, 2, re_compile_fn);

static const arg_spec_t fn_match_spec[] = {
    {QSTR_pattern, ARG_REQUIRED, OBJ_NULL},
    {QSTR_string, ARG_REQUIRED, OBJ_NULL},
    {QSTR_flags, 0, OBJ_NULL},
};

static obj_t re_match_kind(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw, int mode, qstr name) {
    obj_t v[3];
    rt_parse_args(n_args, args, n_kw, kw, 3, fn_match_spec, v, name);
    return match_common(pattern_compile(v[0], v[2]), v[1], OBJ_NULL, OBJ_NULL, mode);
}

static obj_t re_match_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return re_match_kind(n_args, args, n_kw, kw, RE_MODE_MATCH, QSTR_match);
}
static BUILTIN_FN_KW(re_match_obj, QSTR_match, 0, 3, re_match_fn);

static obj_t re_search_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return re_match_kind(n_args, args, n_kw, kw, RE_MODE_SEARCH, QSTR_search);
}
static BUILTIN_FN_KW(re_search_obj, QSTR_search, 0, 3, re_search_fn);

static obj_t re_fullmatch_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    return re_match_kind(n_args, args, n_kw, kw, RE_MODE_FULL, QSTR_fullmatch);
}
static BUILTIN_FN_KW(re_fullmatch_obj, QSTR_fullmatch, 0, 3, re_fullmatch_fn);

static obj_t re_findall_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t v[3];
    rt_parse_args(n_args, args, n_kw, kw, 3, fn_match_spec, v, QSTR_findall);
    return findall(pattern_compile(v[0], v[2]), v[1], OBJ_NULL, OBJ_NULL);
}
static BUILTIN_FN_KW(re_findall_obj, QSTR_findall, 0, 3, re_findall_fn);

static obj_t re_finditer_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t v[3];
    rt_parse_args(n_args, args, n_kw, kw, 3, fn_match_spec, v, QSTR_finditer);
    return finditer(pattern_compile(v[0], v[2]), v[1], OBJ_NULL, OBJ_NULL);
}
static BUILTIN_FN_KW(re_finditer_obj, QSTR_finditer, 0, 3, re_finditer_fn);

static obj_t re_split_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    static const arg_spec_t spec[] = {
        {QSTR_pattern, ARG_REQUIRED, OBJ_NULL},
        {QSTR_string, ARG_REQUIRED, OBJ_NULL},
        {QSTR_maxsplit, 0, OBJ_NULL},
        {QSTR_flags, 0, OBJ_NULL},
    };
    obj_t v[4];
    rt_parse_args(n_args, args, n_kw, kw, 4, spec, v, QSTR_split);
    return split(pattern_compile(v[0], v[3]), v[1], v[2]);
}
static BUILTIN_FN_KW(re_split_obj, QSTR_split, 0, 4, re_split_fn);

static const arg_spec_t fn_sub_spec[] = {
    {QSTR_pattern, ARG_REQUIRED, OBJ_NULL},
    {QSTR_repl, ARG_REQUIRED, OBJ_NULL},
    {QSTR_string, ARG_REQUIRED, OBJ_NULL},
    {QSTR_count, 0, OBJ_NULL},
    {QSTR_flags, 0, OBJ_NULL},
};

static obj_t re_sub_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t v[5];
    rt_parse_args(n_args, args, n_kw, kw, 5, fn_sub_spec, v, QSTR_sub);
    size_t n;
    return substitute(pattern_compile(v[0], v[4]), v[1], v[2], v[3], &n);
}
static BUILTIN_FN_KW(re_sub_obj, QSTR_sub, 0, 5, re_sub_fn);

static obj_t re_subn_fn(size_t n_args, const obj_t *args, size_t n_kw, const obj_t *kw) {
    obj_t v[5];
    rt_parse_args(n_args, args, n_kw, kw, 5, fn_sub_spec, v, QSTR_subn);
    size_t n;
    obj_t r = substitute(pattern_compile(v[0], v[4]), v[1], v[2], v[3], &n);
    obj_t items[2] = {r, int_from_uintptr(n)};
    return tuple_new(2, items);
}
static BUILTIN_FN_KW(re_subn_obj, QSTR_subn, 0, 5, re_subn_fn);

// re.escape: a backslash before every character that has a meaning in a pattern.
static obj_t re_escape(obj_t pattern) {
    subject_t s;
    if (!subject_of(pattern, &s)) {
        rt_raise_fmt(&type_TypeError, "expected str or bytes-like object, got '%T'", pattern);
    }
    static const char special[] = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
    vstr_t out;
    vstr_init(&out, s.len + 8);
    for (size_t i = 0; i < s.len; i++) {
        char c = s.data[i];
        if (c != 0 && strchr(special, c) != NULL) {
            vstr_add_byte(&out, '\\');
        }
        vstr_add_byte(&out, c);
    }
    return s.is_str ? vstr_to_str(&out) : vstr_to_bytes(&out);
}
static BUILTIN_FN_1(re_escape_obj, QSTR_escape, re_escape);

static obj_t re_purge(void) {
    return OBJ_NONE;
}
static BUILTIN_FN_0(re_purge_obj, QSTR_purge, re_purge);

static const dict_entry_t re_globals_table[] = {
    {OBJ_NEW_QSTR(QSTR___name__), OBJ_NEW_QSTR(QSTR_re)},
    {OBJ_NEW_QSTR(QSTR_compile), (obj_t)&re_compile_obj},
    {OBJ_NEW_QSTR(QSTR_match), (obj_t)&re_match_obj},
    {OBJ_NEW_QSTR(QSTR_search), (obj_t)&re_search_obj},
    {OBJ_NEW_QSTR(QSTR_fullmatch), (obj_t)&re_fullmatch_obj},
    {OBJ_NEW_QSTR(QSTR_findall), (obj_t)&re_findall_obj},
    {OBJ_NEW_QSTR(QSTR_finditer), (obj_t)&re_finditer_obj},
    {OBJ_NEW_QSTR(QSTR_split), (obj_t)&re_split_obj},
    {OBJ_NEW_QSTR(QSTR_sub), (obj_t)&re_sub_obj},
    {OBJ_NEW_QSTR(QSTR_subn), (obj_t)&re_subn_obj},
    {OBJ_NEW_QSTR(QSTR_escape), (obj_t)&re_escape_obj},
    {OBJ_NEW_QSTR(QSTR_purge), (obj_t)&re_purge_obj},
    {OBJ_NEW_QSTR(QSTR_error), (obj_t)&type_re_error},
    {OBJ_NEW_QSTR(QSTR_Pattern), (obj_t)&type_re_pattern},
    {OBJ_NEW_QSTR(QSTR_Match), (obj_t)&type_re_match},
    {OBJ_NEW_QSTR(QSTR_NOFLAG), OBJ_NEW_SMALL_INT(0)},
    {OBJ_NEW_QSTR(QSTR_I), OBJ_NEW_SMALL_INT(RE_FLAG_IGNORECASE)},
    {OBJ_NEW_QSTR(QSTR_IGNORECASE), OBJ_NEW_SMALL_INT(RE_FLAG_IGNORECASE)},
    {OBJ_NEW_QSTR(QSTR_L), OBJ_NEW_SMALL_INT(RE_FLAG_LOCALE)},
    {OBJ_NEW_QSTR(QSTR_LOCALE), OBJ_NEW_SMALL_INT(RE_FLAG_LOCALE)},
    {OBJ_NEW_QSTR(QSTR_M), OBJ_NEW_SMALL_INT(RE_FLAG_MULTILINE)},
    {OBJ_NEW_QSTR(QSTR_MULTILINE), OBJ_NEW_SMALL_INT(RE_FLAG_MULTILINE)},
    {OBJ_NEW_QSTR(QSTR_S), OBJ_NEW_SMALL_INT(RE_FLAG_DOTALL)},
    {OBJ_NEW_QSTR(QSTR_DOTALL), OBJ_NEW_SMALL_INT(RE_FLAG_DOTALL)},
    {OBJ_NEW_QSTR(QSTR_U), OBJ_NEW_SMALL_INT(RE_FLAG_UNICODE)},
    {OBJ_NEW_QSTR(QSTR_UNICODE), OBJ_NEW_SMALL_INT(RE_FLAG_UNICODE)},
    {OBJ_NEW_QSTR(QSTR_X), OBJ_NEW_SMALL_INT(RE_FLAG_VERBOSE)},
    {OBJ_NEW_QSTR(QSTR_VERBOSE), OBJ_NEW_SMALL_INT(RE_FLAG_VERBOSE)},
    {OBJ_NEW_QSTR(QSTR_A), OBJ_NEW_SMALL_INT(RE_FLAG_ASCII)},
    {OBJ_NEW_QSTR(QSTR_ASCII), OBJ_NEW_SMALL_INT(RE_FLAG_ASCII)},
    {OBJ_NEW_QSTR(QSTR_T), OBJ_NEW_SMALL_INT(RE_FLAG_TEMPLATE)},
    {OBJ_NEW_QSTR(QSTR_TEMPLATE), OBJ_NEW_SMALL_INT(RE_FLAG_TEMPLATE)},
    {OBJ_NEW_QSTR(QSTR_DEBUG), OBJ_NEW_SMALL_INT(RE_FLAG_DEBUG)},
};
static DICT_ROM(re_globals, re_globals_table);

MODULE_ROM(module_re, re_globals);
