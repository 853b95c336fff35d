// The regular expression engine: parser, compiler to a backtracking program,
// and the matcher with an explicit, bounded backtrack stack.
// SPDX-License-Identifier: MIT

#include "lib/re/re.h"

#include <setjmp.h>
#include <stdio.h>
#include <string.h>

// ---------------------------------------------------------------------------
// The program
// ---------------------------------------------------------------------------

// Instructions. Targets (a, b, d) are absolute instruction indices.
enum {
    I_CHAR,    // a: code point; fl&FL_ICASE: case-insensitive
    I_ANY,     // any character but '\n' (fl&FL_DOTALL: any)
    I_CLASS,   // a: class index
    I_ASSERT,  // a: AS_* kind
    I_SPLIT,   // try a, then b on backtrack
    I_JMP,     // goto a
    I_SAVE,    // slot a := position
    I_BACKREF, // a: group
    I_LOOK,    // a: end (after the LOOKEND), b: LK_* kind, c: width (look-behind)
    I_LOOKEND, // end of a look-around or atomic body
    I_RINIT,   // repeat register a := 0, a+1 := unset
    I_REPEAT,  // loop head: reg a, min b, max c (-1: none), exit d; fl&FL_LAZY
    I_RNEXT,   // loop tail: reg a, head b; min c
    I_SIMPLE,  // min a, max b (-1: none) repetitions of the one-character instruction that follows
    I_COND,    // group a set ? next : goto b
    I_MATCH,
};

// Instruction flags.
#define FL_ICASE (1)
#define FL_DOTALL (2)
#define FL_MULTILINE (4)
#define FL_LAZY (8)
#define FL_ASCII (16) // (?a:...): \w, \b, \d, \s and case folding ASCII only

// The most instructions a program may have (backtrack entries keep 29 bits of pc).
#define MAX_CODE ((size_t)1 << 28)

// Assertion kinds.
enum { AS_BOL, AS_EOL, AS_MBOL, AS_MEOL, AS_BEGIN, AS_END, AS_WORDB, AS_NWORDB };

// Look-around kinds.
#define LK_NEG (1)
#define LK_BEHIND (2)
#define LK_ATOMIC (4)

// Class categories (\d \D \w \W \s \S).
#define CAT_DIGIT (1)
#define CAT_NDIGIT (2)
#define CAT_WORD (4)
#define CAT_NWORD (8)
#define CAT_SPACE (16)
#define CAT_NSPACE (32)

typedef struct inst {
    uint8_t op;
    uint8_t fl;
    int32_t a, b, c, d;
} inst_t;

typedef struct cls {
    uint32_t first, n; // ranges[first .. first+n) as (lo, hi) pairs
    uint16_t cats;
    bool neg;
} cls_t;

struct re_prog {
    inst_t *code;
    size_t n_code;
    cls_t *classes;
    uint32_t *ranges; // pairs
    char *names;      // group names, each at name_off[g] with name_len[g]
    uint32_t *name_off;
    uint32_t *name_len; // 0: unnamed
    size_t groups;
    size_t n_regs; // slots + lastindex + repeat registers
    int flags;
    bool bytes;
    bool unicode; // \w etc. and case folding beyond ASCII
};

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

// Decodes the character at byte [i] of [s] (valid UTF-8 trusted; lone bytes
// read as themselves) and stores the offset after it in *[next].
static uint32_t decode_at(const char *s, size_t len, size_t i, bool bytes, size_t *next) {
    uint8_t b = (uint8_t)s[i];
    if (bytes || b < 0x80) {
        *next = i + 1;
        return b;
    }
    size_t n = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    uint32_t c = n == 4 ? (b & 0x07u) : n == 3 ? (b & 0x0fu) : n == 2 ? (b & 0x1fu) : b;
    size_t j = i + 1;
    for (size_t k = 1; k < n && j < len && ((uint8_t)s[j] & 0xc0) == 0x80; k++, j++) {
        c = (c << 6) | ((uint8_t)s[j] & 0x3fu);
    }
    *next = j;
    return c;
}

// The offset of the character before byte [i] (> 0).
static size_t back_one(const char *s, size_t i, bool bytes) {
    i--;
    if (!bytes) {
        while (i > 0 && ((uint8_t)s[i] & 0xc0) == 0x80) {
            i--;
        }
    }
    return i;
}

static uint32_t fold_lower(const re_env_t *env, bool uni, uint32_t c) {
    if (c < 128) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
    return uni && env->to_lower ? env->to_lower(c) : c;
}

static uint32_t fold_upper(const re_env_t *env, bool uni, uint32_t c) {
    if (c < 128) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    return uni && env->to_upper ? env->to_upper(c) : c;
}

static bool is_digit(const re_env_t *env, bool uni, uint32_t c) {
    if (c < 128) {
        return c >= '0' && c <= '9';
    }
    return uni && env->is_digit && env->is_digit(c);
}

static bool is_word(const re_env_t *env, bool uni, uint32_t c) {
    if (c < 128) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    }
    return uni && env->is_alnum && env->is_alnum(c);
}

static bool is_space(const re_env_t *env, bool uni, uint32_t c) {
    if (c < 128) {
        return c == ' ' || (c >= 9 && c <= 13) || (uni && c >= 28 && c <= 31);
    }
    return uni && env->is_space && env->is_space(c);
}

// ---------------------------------------------------------------------------
// Parser: pattern text to a tree
// ---------------------------------------------------------------------------

enum { N_EMPTY, N_CHAR, N_ANY, N_CLASS, N_ASSERT, N_CAT, N_ALT, N_GROUP, N_REPEAT, N_BACKREF,
    N_LOOK, N_COND };

typedef struct node {
    uint8_t type;
    uint8_t fl;
    int32_t a, b, c;
    struct node *kid;  // first child (CAT, ALT, GROUP, REPEAT, LOOK, COND yes)
    struct node *kid2; // COND: the "no" branch (NULL: empty)
    struct node *next; // next sibling
} node_t;

#define MAX_DEPTH (200)
#define MAX_REPEAT (0x7ffffffe)

typedef struct parser {
    const re_env_t *env;
    re_error_t *err;
    jmp_buf fail;
    const char *pat;
    size_t len, pos;
    bool bytes;
    int flags; // global flags (inline ones added)
    int fl;    // FL_* in effect here
    bool verbose;
    re_prog_t *prog;
    size_t cap_code;
    size_t n_classes, cap_classes;
    size_t n_ranges, cap_ranges;
    size_t n_names, cap_names;  // bytes of group names
    size_t cap_groups;          // room in name_off, name_len, closed
    uint8_t *closed;            // per group: closed yet
    size_t n_repeats;           // counted loops (two registers each)
    size_t cond_ref, cond_ref_pos; // first (?(n)...) naming a group not seen yet
    bool global_ok;                // nothing parsed yet: (?i) may set global flags
} parser_t;

#if defined(__GNUC__)
#define RE_NORETURN __attribute__((noreturn))
#else
#define RE_NORETURN
#endif

// Stops compiling with [msg] at byte [pos].
RE_NORETURN static void fail_at(parser_t *ps, size_t pos, const char *msg) {
    // CPython's tokenizer reads one token ahead, so a lone backslash ending
    // the pattern is reported before an error found just before it.
    size_t n_bs = 0;
    while (n_bs < ps->len && ps->pat[ps->len - 1 - n_bs] == '\\') {
        n_bs++;
    }
    if ((n_bs & 1) && ps->pos + 1 >= ps->len && pos != RE_NOPOS && !ps->err->nomem) {
        pos = ps->len - 1;
        msg = "bad escape (end of pattern)";
    }
    ps->err->pos = pos;
    snprintf(ps->err->msg, sizeof(ps->err->msg), "%s", msg);
    longjmp(ps->fail, 1);
}

static void *p_alloc(parser_t *ps, size_t n) {
    void *p = ps->env->alloc(ps->env->ctx, n ? n : 1);
    if (p == NULL) {
        ps->err->nomem = true;
        fail_at(ps, 0, "out of memory");
    }
    return p;
}

// Returns [arr] (of [elem]-byte items, [used] in use) with room for one more,
// growing it to twice its capacity *[cap] when full.
static void *grow(parser_t *ps, void *arr, size_t elem, size_t used, size_t *cap) {
    if (used < *cap) {
        return arr;
    }
    size_t ncap = *cap ? *cap * 2 : 16;
    void *n = p_alloc(ps, ncap * elem);
    if (used) {
        memcpy(n, arr, used * elem);
    }
    *cap = ncap;
    return n;
}

static node_t *new_node(parser_t *ps, int type) {
    node_t *n = p_alloc(ps, sizeof(node_t));
    n->type = (uint8_t)type;
    n->fl = (uint8_t)ps->fl;
    return n;
}

static bool at_end(parser_t *ps) {
    return ps->pos >= ps->len;
}

static int peek_byte(parser_t *ps) {
    return ps->pos < ps->len ? (uint8_t)ps->pat[ps->pos] : -1;
}

// Reads one pattern character (a code point, or a byte in bytes mode).
static uint32_t get_char(parser_t *ps) {
    size_t next;
    uint32_t c = decode_at(ps->pat, ps->len, ps->pos, ps->bytes, &next);
    ps->pos = next;
    return c;
}

static bool eat(parser_t *ps, char c) {
    if (peek_byte(ps) == (uint8_t)c) {
        ps->pos++;
        return true;
    }
    return false;
}

// In verbose mode, skips whitespace and comments between items.
static void skip_verbose(parser_t *ps) {
    if (!ps->verbose) {
        return;
    }
    for (;;) {
        int c = peek_byte(ps);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ps->pos++;
        } else if (c == '#') {
            while (!at_end(ps) && ps->pat[ps->pos] != '\n') {
                ps->pos++;
            }
        } else {
            return;
        }
    }
}

static int hex_value(int c) {
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

static bool is_octal(int c) {
    return c >= '0' && c <= '7';
}

static bool is_dec(int c) {
    return c >= '0' && c <= '9';
}

// Fails with "[what] <pattern text from esc_pos to the current position>".
RE_NORETURN static void fail_text(parser_t *ps, size_t esc_pos, const char *what) {
    char msg[64];
    size_t n = ps->pos - esc_pos;
    snprintf(msg, sizeof(msg), "%s%.*s", what, (int)(n > 40 ? 40 : n), ps->pat + esc_pos);
    fail_at(ps, esc_pos, msg);
}

// The hex digits of \xhh, \uhhhh or \Uhhhhhhhh: [n] of them.
static uint32_t parse_hex_escape(parser_t *ps, size_t esc_pos, int n) {
    uint32_t v = 0;
    for (int i = 0; i < n; i++) {
        int h = hex_value(peek_byte(ps));
        if (h < 0) {
            fail_text(ps, esc_pos, "incomplete escape ");
        }
        v = v * 16 + (uint32_t)h;
        ps->pos++;
    }
    if (v > 0x10ffff) {
        fail_text(ps, esc_pos, "bad escape ");
    }
    return v;
}

// Up to [max] more octal digits after [v] (an octal escape started at [esc_pos]).
static uint32_t parse_octal_more(parser_t *ps, uint32_t v, int max, size_t esc_pos) {
    for (int i = 0; i < max && is_octal(peek_byte(ps)); i++) {
        v = v * 8 + (uint32_t)(ps->pat[ps->pos++] - '0');
    }
    if (v > 0377) {
        char msg[80];
        snprintf(msg, sizeof(msg), "octal escape value %.*s outside of range 0-0o377",
            (int)(ps->pos - esc_pos), ps->pat + esc_pos);
        fail_at(ps, esc_pos, msg);
    }
    return v;
}

// The escapes shared by classes and the rest, after the backslash at
// [esc_pos]: returns the character, or 0 with *[cat] set for \d \w \s and
// their negations.
static uint32_t parse_common_escape(parser_t *ps, size_t esc_pos, int *cat) {
    if (at_end(ps)) {
        fail_at(ps, esc_pos, "bad escape (end of pattern)");
    }
    uint32_t e = get_char(ps);
    *cat = 0;
    switch (e) {
        case 'd': *cat = CAT_DIGIT; return 0;
        case 'D': *cat = CAT_NDIGIT; return 0;
        case 'w': *cat = CAT_WORD; return 0;
        case 'W': *cat = CAT_NWORD; return 0;
        case 's': *cat = CAT_SPACE; return 0;
        case 'S': *cat = CAT_NSPACE; return 0;
        case 'a': return 7;
        case 'f': return 12;
        case 'n': return 10;
        case 'r': return 13;
        case 't': return 9;
        case 'v': return 11;
        case 'x': return parse_hex_escape(ps, esc_pos, 2);
        case 'u':
        case 'U':
            if (ps->bytes) {
                fail_text(ps, esc_pos, "bad escape ");
            }
            return parse_hex_escape(ps, esc_pos, e == 'u' ? 4 : 8);
        default:
            break;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
        fail_text(ps, esc_pos, "bad escape ");
    }
    return e;
}

static void add_range(parser_t *ps, uint32_t lo, uint32_t hi) {
    re_prog_t *p = ps->prog;
    p->ranges = grow(ps, p->ranges, 2 * sizeof(uint32_t), ps->n_ranges, &ps->cap_ranges);
    p->ranges[2 * ps->n_ranges] = lo;
    p->ranges[2 * ps->n_ranges + 1] = hi;
    ps->n_ranges++;
}

// A class node over ranges [first, n_ranges) and categories [cats].
static node_t *class_node(parser_t *ps, size_t first, uint16_t cats, bool neg) {
    re_prog_t *p = ps->prog;
    p->classes = grow(ps, p->classes, sizeof(cls_t), ps->n_classes, &ps->cap_classes);
    cls_t *c = &p->classes[ps->n_classes];
    c->first = (uint32_t)first;
    c->n = (uint32_t)(ps->n_ranges - first);
    c->cats = cats;
    c->neg = neg;
    node_t *n = new_node(ps, N_CLASS);
    n->a = (int32_t)ps->n_classes++;
    return n;
}

// One item of a class: a character (returns true) or a category (*cat).
static bool class_item(parser_t *ps, uint32_t *c, int *cat) {
    *cat = 0;
    if (peek_byte(ps) != '\\') {
        *c = get_char(ps);
        return true;
    }
    size_t esc_pos = ps->pos++;
    int e = peek_byte(ps);
    if (e == 'b') {
        ps->pos++;
        *c = 8;
        return true;
    }
    if (is_octal(e)) {
        ps->pos++;
        *c = parse_octal_more(ps, (uint32_t)(e - '0'), 2, esc_pos);
        return true;
    }
    if (is_dec(e)) {
        ps->pos++;
        fail_text(ps, esc_pos, "bad escape ");
    }
    *c = parse_common_escape(ps, esc_pos, cat);
    return *cat == 0;
}

// A class after its '[' at [start].
static node_t *parse_class(parser_t *ps, size_t start) {
    bool neg = eat(ps, '^');
    size_t first = ps->n_ranges;
    uint16_t cats = 0;
    bool first_item = true;
    for (;;) {
        if (at_end(ps)) {
            fail_at(ps, start, "unterminated character set");
        }
        if (peek_byte(ps) == ']' && !first_item) {
            ps->pos++;
            break;
        }
        first_item = false;
        size_t item_pos = ps->pos;
        uint32_t lo;
        int cat;
        bool is_char = class_item(ps, &lo, &cat);
        bool range = peek_byte(ps) == '-' && ps->pos + 1 < ps->len && ps->pat[ps->pos + 1] != ']';
        if (range) {
            ps->pos++;
            uint32_t hi;
            int cat2;
            bool is_char2 = class_item(ps, &hi, &cat2);
            if (!is_char || !is_char2 || hi < lo) {
                fail_text(ps, item_pos, "bad character range ");
            }
            add_range(ps, lo, hi);
        } else if (is_char) {
            add_range(ps, lo, lo);
        } else {
            cats |= (uint16_t)cat;
        }
    }
    return class_node(ps, first, cats, neg);
}

static node_t *cat_node(parser_t *ps, int cat) {
    return class_node(ps, ps->n_ranges, (uint16_t)cat, false);
}

static node_t *char_node(parser_t *ps, uint32_t c) {
    node_t *n = new_node(ps, N_CHAR);
    n->a = (int32_t)c;
    return n;
}

static node_t *assert_node(parser_t *ps, int kind) {
    node_t *n = new_node(ps, N_ASSERT);
    n->a = kind;
    return n;
}

// Makes room for group [g] in the per-group arrays.
static void ensure_group(parser_t *ps, size_t g) {
    re_prog_t *p = ps->prog;
    if (g < ps->cap_groups) {
        return;
    }
    size_t cap = ps->cap_groups;
    size_t cap2 = cap;
    size_t cap3 = cap;
    p->name_off = grow(ps, p->name_off, sizeof(uint32_t), cap, &cap);
    p->name_len = grow(ps, p->name_len, sizeof(uint32_t), cap2, &cap2);
    ps->closed = grow(ps, ps->closed, 1, cap3, &cap3);
    ps->cap_groups = cap;
}

// A backreference to group [g], checked; [pos] is where an error points.
static node_t *backref_node(parser_t *ps, size_t g, size_t pos, size_t open_pos) {
    if (g == 0 || g > ps->prog->groups) {
        char msg[48];
        snprintf(msg, sizeof(msg), "invalid group reference %lu", (unsigned long)g);
        fail_at(ps, pos, msg);
    }
    if (!ps->closed[g]) {
        fail_at(ps, open_pos, "cannot refer to an open group");
    }
    node_t *n = new_node(ps, N_BACKREF);
    n->a = (int32_t)g;
    return n;
}

// An escape outside a class, after the backslash at [esc_pos].
static node_t *parse_escape(parser_t *ps, size_t esc_pos) {
    int e = peek_byte(ps);
    switch (e) {
        case 'A': ps->pos++; return assert_node(ps, AS_BEGIN);
        case 'Z': ps->pos++; return assert_node(ps, AS_END);
        case 'b': ps->pos++; return assert_node(ps, AS_WORDB);
        case 'B': ps->pos++; return assert_node(ps, AS_NWORDB);
        default: break;
    }
    if (e == '0') {
        ps->pos++;
        return char_node(ps, parse_octal_more(ps, 0, 2, esc_pos));
    }
    if (is_dec(e)) {
        ps->pos++;
        size_t g = (size_t)(e - '0');
        if (is_dec(peek_byte(ps))) {
            int e2 = ps->pat[ps->pos++];
            if (is_octal(e) && is_octal(e2) && is_octal(peek_byte(ps))) {
                uint32_t v = (uint32_t)((e - '0') * 64 + (e2 - '0') * 8 + (ps->pat[ps->pos++] - '0'));
                if (v > 0377) {
                    char msg[64];
                    snprintf(msg, sizeof(msg), "octal escape value %.4s outside of range 0-0o377", ps->pat + esc_pos);
                    fail_at(ps, esc_pos, msg);
                }
                return char_node(ps, v);
            }
            g = g * 10 + (size_t)(e2 - '0');
        }
        return backref_node(ps, g, esc_pos + 1, esc_pos);
    }
    int cat;
    uint32_t c = parse_common_escape(ps, esc_pos, &cat);
    return cat ? cat_node(ps, cat) : char_node(ps, c);
}

// Whether [c] may start / continue a group name (ASCII letters, digits,
// '_', and anything non-ASCII, as identifiers allow).
static bool name_char(uint32_t c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128 ||
           (!first && c >= '0' && c <= '9');
}

// Reads a name up to [term]; returns its start, length in *[len].
static size_t parse_name(parser_t *ps, char term, size_t *len) {
    size_t start = ps->pos;
    while (!at_end(ps) && ps->pat[ps->pos] != term) {
        ps->pos++;
    }
    if (at_end(ps)) {
        if (ps->pos == start) {
            fail_at(ps, start, "missing group name");
        }
        fail_at(ps, start, term == '>' ? "missing >, unterminated name" : "missing ), unterminated name");
    }
    *len = ps->pos - start;
    ps->pos++;
    if (*len == 0) {
        fail_at(ps, start, "missing group name");
    }
    return start;
}

static bool valid_name(parser_t *ps, size_t start, size_t len) {
    size_t i = start;
    bool first = true;
    while (i < start + len) {
        size_t next;
        uint32_t c = decode_at(ps->pat, start + len, i, ps->bytes, &next);
        if (!name_char(c, first) || (ps->bytes && c >= 128)) {
            return false;
        }
        first = false;
        i = next;
    }
    return true;
}

RE_NORETURN static void bad_name(parser_t *ps, size_t start, size_t len) {
    char msg[100], q[64];
    re_quote_name(q, sizeof(q), ps->pat + start, len);
    snprintf(msg, sizeof(msg), "bad character in group name %s", q);
    fail_at(ps, start, msg);
}

void re_quote_name(char *out, size_t cap, const char *s, size_t len) {
    // Python's repr: single quotes unless the text has one and no double quote.
    bool has_single = memchr(s, '\'', len) != NULL, has_double = memchr(s, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    size_t n = 0;
    if (cap < 8) {
        if (cap) {
            out[0] = '\0';
        }
        return;
    }
    out[n++] = quote;
    for (size_t i = 0; i < len && n + 6 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : NULL;
        if (esc != NULL) {
            out[n++] = esc[0];
            out[n++] = esc[1];
        } else if (c == (unsigned char)quote) {
            out[n++] = '\\';
            out[n++] = (char)c;
        } else if (c < 32 || c == 127) {
            n += (size_t)snprintf(out + n, cap - n, "\\x%02x", c);
        } else {
            out[n++] = (char)c;
        }
    }
    out[n++] = quote;
    out[n] = '\0';
}

static int find_name(parser_t *ps, const char *name, size_t len) {
    re_prog_t *p = ps->prog;
    for (size_t g = 1; g <= p->groups; g++) {
        if (p->name_len[g] == len && memcmp(p->names + p->name_off[g], name, len) == 0) {
            return (int)g;
        }
    }
    return -1;
}

static node_t *parse_alt(parser_t *ps, int depth);
static node_t *parse_seq(parser_t *ps, int depth);

// The flag letters of (?aiLmsux-imsx...); returns the FL_/RE_FLAG_ bits.
static int flag_bit(int c) {
    switch (c) {
        case 'i': return RE_FLAG_IGNORECASE;
        case 'm': return RE_FLAG_MULTILINE;
        case 's': return RE_FLAG_DOTALL;
        case 'x': return RE_FLAG_VERBOSE;
        case 'a': return RE_FLAG_ASCII;
        case 'u': return RE_FLAG_UNICODE;
        case 'L': return RE_FLAG_LOCALE;
        default: return 0;
    }
}

static int fl_of_flags(int flags) {
    return ((flags & RE_FLAG_IGNORECASE) ? FL_ICASE : 0) | ((flags & RE_FLAG_DOTALL) ? FL_DOTALL : 0) |
           ((flags & RE_FLAG_MULTILINE) ? FL_MULTILINE : 0) | ((flags & RE_FLAG_ASCII) ? FL_ASCII : 0);
}

// Expects the ')' closing the group opened at [start].
static void expect_close(parser_t *ps, size_t start) {
    if (!eat(ps, ')')) {
        fail_at(ps, start, "missing ), unterminated subpattern");
    }
}

// A body in its own flag scope, then its ')'.
static node_t *parse_body(parser_t *ps, size_t start, int depth) {
    node_t *body = parse_alt(ps, depth + 1);
    expect_close(ps, start);
    return body;
}

static node_t *look_node(parser_t *ps, int kind, node_t *body) {
    node_t *n = new_node(ps, N_LOOK);
    n->b = kind;
    n->kid = body;
    return n;
}

// (?...) after the '?' of the group at [start].
static node_t *parse_extension(parser_t *ps, size_t start, int depth) {
    if (at_end(ps)) {
        fail_at(ps, ps->pos, "unexpected end of pattern");
    }
    size_t ext_pos = ps->pos;
    int c = ps->pat[ps->pos++];
    char msg[64];
    switch (c) {
        case ':':
            return parse_body(ps, start, depth);
        case '=':
            return look_node(ps, 0, parse_body(ps, start, depth));
        case '!':
            return look_node(ps, LK_NEG, parse_body(ps, start, depth));
        case '>':
            return look_node(ps, LK_ATOMIC, parse_body(ps, start, depth));
        case '<': {
            int d = peek_byte(ps);
            if (d == '=' || d == '!') {
                ps->pos++;
                return look_node(ps, LK_BEHIND | (d == '!' ? LK_NEG : 0), parse_body(ps, start, depth));
            }
            if (d < 0) {
                fail_at(ps, ps->pos, "unexpected end of pattern");
            }
            ps->pos++;
            fail_text(ps, ext_pos - 1, "unknown extension ");
        }
        case 'P': {
            if (eat(ps, '<')) {
                size_t len;
                size_t nstart = parse_name(ps, '>', &len);
                if (!valid_name(ps, nstart, len)) {
                    bad_name(ps, nstart, len);
                }
                int old = find_name(ps, ps->pat + nstart, len);
                re_prog_t *p = ps->prog;
                size_t g = ++p->groups;
                ensure_group(ps, g);
                if (old >= 0) {
                    char m2[112], q[48];
                    re_quote_name(q, sizeof(q), ps->pat + nstart, len);
                    snprintf(m2, sizeof(m2), "redefinition of group name %s as group %lu; was group %d",
                        q, (unsigned long)g, old);
                    fail_at(ps, nstart, m2);
                }
                for (size_t i = 0; i < len; i++) {
                    p->names = grow(ps, p->names, 1, ps->n_names, &ps->cap_names);
                    p->names[ps->n_names++] = ps->pat[nstart + i];
                }
                p->name_off[g] = (uint32_t)(ps->n_names - len);
                p->name_len[g] = (uint32_t)len;
                node_t *n = new_node(ps, N_GROUP);
                n->a = (int32_t)g;
                n->kid = parse_body(ps, start, depth);
                ps->closed[g] = 1;
                return n;
            }
            if (eat(ps, '=')) {
                size_t len;
                size_t nstart = parse_name(ps, ')', &len);
                if (!valid_name(ps, nstart, len)) {
                    bad_name(ps, nstart, len);
                }
                int g = find_name(ps, ps->pat + nstart, len);
                if (g < 0) {
                    char q[44];
                    re_quote_name(q, sizeof(q), ps->pat + nstart, len);
                    snprintf(msg, sizeof(msg), "unknown group name %s", q);
                    fail_at(ps, nstart, msg);
                }
                return backref_node(ps, (size_t)g, nstart, nstart);
            }
            if (at_end(ps)) {
                fail_at(ps, ps->pos, "unexpected end of pattern");
            }
            get_char(ps);
            fail_text(ps, ext_pos - 1, "unknown extension ");
        }
        case '#':
            while (!at_end(ps) && ps->pat[ps->pos] != ')') {
                ps->pos++;
            }
            if (at_end(ps)) {
                fail_at(ps, start, "missing ), unterminated comment");
            }
            ps->pos++;
            return new_node(ps, N_EMPTY);
        case '(': {
            size_t len;
            size_t nstart = parse_name(ps, ')', &len);
            size_t g = 0;
            bool digits = true;
            for (size_t i = 0; i < len; i++) {
                if (!is_dec(ps->pat[nstart + i])) {
                    digits = false;
                } else if (g < 1000000) {
                    g = g * 10 + (size_t)(ps->pat[nstart + i] - '0');
                }
            }
            if (!digits) {
                if (!valid_name(ps, nstart, len)) {
                    bad_name(ps, nstart, len);
                }
                int gi = find_name(ps, ps->pat + nstart, len);
                if (gi < 0) {
                    char q[44];
                    re_quote_name(q, sizeof(q), ps->pat + nstart, len);
                    snprintf(msg, sizeof(msg), "unknown group name %s", q);
                    fail_at(ps, nstart, msg);
                }
                g = (size_t)gi;
            } else if (g == 0) {
                fail_at(ps, nstart, "bad group number");
            } else if (g > ps->prog->groups && ps->cond_ref == 0) {
                // A forward reference is allowed if the group exists by the end.
                ps->cond_ref = g;
                ps->cond_ref_pos = nstart;
            }
            node_t *n = new_node(ps, N_COND);
            n->a = (int32_t)g;
            n->kid = parse_seq(ps, depth + 1);
            if (eat(ps, '|')) {
                n->kid2 = parse_seq(ps, depth + 1);
                if (peek_byte(ps) == '|') {
                    fail_at(ps, ps->pos, "conditional backref with more than two branches");
                }
            }
            expect_close(ps, start);
            return n;
        }
        default:
            break;
    }
    // Flags: (?imsx) for the whole pattern, (?imsx-imsx:...) for a group.
    if (flag_bit(c) || c == '-') {
        int add = 0, del = 0;
        // c is the first letter (or '-'), already read; the reading and
        // the error messages follow CPython's order.
        if (c != '-') {
            add |= flag_bit(c);
            for (;;) {
                if (at_end(ps)) {
                    fail_at(ps, ps->pos, "missing -, : or )");
                }
                c = ps->pat[ps->pos++];
                if (c == ')' || c == '-' || c == ':') {
                    break;
                }
                if (!flag_bit(c)) {
                    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    fail_at(ps, ps->pos - 1, alpha ? "unknown flag" : "missing -, : or )");
                }
                add |= flag_bit(c);
            }
        }
        if (c == '-') {
            if (at_end(ps)) {
                fail_at(ps, ps->pos, "missing flag");
            }
            for (bool first = true;; first = false) {
                c = ps->pat[ps->pos++];
                if (!first && c == ':') {
                    break;
                }
                if (!flag_bit(c)) {
                    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                    fail_at(ps, ps->pos - 1, alpha ? "unknown flag" : first ? "missing flag" : "missing :");
                }
                if (flag_bit(c) & (RE_FLAG_ASCII | RE_FLAG_UNICODE | RE_FLAG_LOCALE)) {
                    fail_at(ps, ps->pos, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                }
                del |= flag_bit(c);
                if (at_end(ps)) {
                    fail_at(ps, ps->pos, "missing :");
                }
            }
            if (add & del) {
                fail_at(ps, ps->pos - 1, "bad inline flags: flag turned on and off");
            }
        }
        ps->pos--; // back to the ')' or ':'
        if (eat(ps, ')')) {
            if (del) {
                fail_at(ps, ps->pos - 1, "missing :");
            }
            if (depth != 0 || !ps->global_ok) {
                fail_at(ps, start, "global flags not at the start of the expression");
            }
            ps->flags |= add;
            ps->fl |= fl_of_flags(add);
            if (add & RE_FLAG_VERBOSE) {
                ps->verbose = true;
            }
            return NULL;
        }
        if (!eat(ps, ':')) {
            if (at_end(ps)) {
                fail_at(ps, ps->pos, "missing -, : or )");
            }
            fail_at(ps, ps->pos, "unknown flag");
        }
        int saved_fl = ps->fl;
        bool saved_verbose = ps->verbose;
        ps->fl = (ps->fl | fl_of_flags(add)) & ~fl_of_flags(del);
        if (add & RE_FLAG_VERBOSE) {
            ps->verbose = true;
        }
        if (del & RE_FLAG_VERBOSE) {
            ps->verbose = false;
        }
        node_t *body = parse_body(ps, start, depth);
        ps->fl = saved_fl;
        ps->verbose = saved_verbose;
        return body;
    }
    ps->pos = ext_pos;
    if (get_char(ps) == '\\' && !at_end(ps)) {
        get_char(ps); // an escape is one token
    }
    fail_text(ps, ext_pos - 1, "unknown extension ");
}

// A group after its '(' at [start]; NULL for global flags (no item).
static node_t *parse_group(parser_t *ps, size_t start, int depth) {
    if (depth > MAX_DEPTH) {
        fail_at(ps, start, "too many nested parentheses");
    }
    if (ps->env->check_stack) {
        ps->env->check_stack(ps->env->ctx);
    }
    if (eat(ps, '?')) {
        return parse_extension(ps, start, depth);
    }
    re_prog_t *p = ps->prog;
    size_t g = ++p->groups;
    ensure_group(ps, g);
    p->name_len[g] = 0;
    node_t *n = new_node(ps, N_GROUP);
    n->a = (int32_t)g;
    n->kid = parse_body(ps, start, depth);
    ps->closed[g] = 1;
    return n;
}

// Whether a valid {m,n} quantifier starts here; if so reads it.
static bool parse_braces(parser_t *ps, int32_t *min, int32_t *max) {
    size_t save = ps->pos;
    ps->pos++;
    uint64_t lo = 0, hi = 0;
    bool has_lo = false, has_hi = false;
    while (is_dec(peek_byte(ps))) {
        lo = lo * 10 + (uint64_t)(ps->pat[ps->pos++] - '0');
        if (lo > 0xffffffffu) {
            lo = 0xffffffffu;
        }
        has_lo = true;
    }
    if (eat(ps, ',')) {
        while (is_dec(peek_byte(ps))) {
            hi = hi * 10 + (uint64_t)(ps->pat[ps->pos++] - '0');
            if (hi > 0xffffffffu) {
                hi = 0xffffffffu;
            }
            has_hi = true;
        }
    } else {
        hi = lo;
        has_hi = has_lo;
    }
    if (!eat(ps, '}') || (ps->pos == save + 2)) {
        ps->pos = save;
        return false;
    }
    if (lo > MAX_REPEAT || hi > MAX_REPEAT) {
        ps->err->overflow = true;
        fail_at(ps, save, "the repetition number is too large");
    }
    *min = has_lo ? (int32_t)lo : 0;
    *max = has_hi ? (int32_t)hi : -1;
    if (*max >= 0 && *max < *min) {
        fail_at(ps, save + 1, "min repeat greater than max repeat");
    }
    return true;
}

// Reads a quantifier if one starts here.
static bool parse_quant(parser_t *ps, int32_t *min, int32_t *max) {
    int c = peek_byte(ps);
    if (c == '*' || c == '+' || c == '?') {
        ps->pos++;
        *min = c == '+' ? 1 : 0;
        *max = c == '?' ? 1 : -1;
        return true;
    }
    return c == '{' && parse_braces(ps, min, max);
}

// A sequence of items up to '|', ')' or the end.
static node_t *parse_seq(parser_t *ps, int depth) {
    node_t *seq = new_node(ps, N_CAT);
    node_t *last = NULL;
    bool last_quantified = false;
    for (;;) {
        skip_verbose(ps);
        int c = peek_byte(ps);
        if (c < 0 || c == '|' || c == ')') {
            break;
        }
        size_t item_pos = ps->pos;
        node_t *item;
        int32_t min, max;
        if (parse_quant(ps, &min, &max)) {
            if (last == NULL || last->type == N_ASSERT || last->type == N_EMPTY) {
                fail_at(ps, item_pos, "nothing to repeat");
            }
            if (last_quantified) {
                fail_at(ps, item_pos, "multiple repeat");
            }
            int fl = ps->fl;
            bool possessive = false;
            if (eat(ps, '?')) {
                fl |= FL_LAZY;
            } else if (eat(ps, '+')) {
                possessive = true;
            }
            // The repeat takes [last]'s place in the sequence.
            node_t *inner = new_node(ps, N_EMPTY);
            *inner = *last;
            inner->next = NULL;
            memset(last, 0, sizeof(*last));
            last->type = N_REPEAT;
            last->fl = (uint8_t)fl;
            last->a = min;
            last->b = max;
            last->kid = inner;
            if (possessive) {
                // An atomic group around the repeat.
                node_t *rep = new_node(ps, N_EMPTY);
                *rep = *last;
                memset(last, 0, sizeof(*last));
                last->type = N_LOOK;
                last->b = LK_ATOMIC;
                last->kid = rep;
            }
            last_quantified = true;
            continue;
        }
        last_quantified = false;
        if (c == '(') {
            ps->pos++;
            item = parse_group(ps, item_pos, depth);
            if (item == NULL) {
                continue;
            }
        } else if (c == '[') {
            ps->pos++;
            item = parse_class(ps, item_pos);
        } else if (c == '.') {
            ps->pos++;
            item = new_node(ps, N_ANY);
        } else if (c == '^') {
            ps->pos++;
            item = assert_node(ps, (ps->fl & FL_MULTILINE) ? AS_MBOL : AS_BOL);
        } else if (c == '$') {
            ps->pos++;
            item = assert_node(ps, (ps->fl & FL_MULTILINE) ? AS_MEOL : AS_EOL);
        } else if (c == '\\') {
            ps->pos++;
            item = parse_escape(ps, item_pos);
        } else {
            item = char_node(ps, get_char(ps));
        }
        ps->global_ok = false;
        if (last == NULL) {
            seq->kid = item;
        } else {
            last->next = item;
        }
        last = item;
    }
    return seq;
}

// Alternatives separated by '|'.
static node_t *parse_alt(parser_t *ps, int depth) {
    node_t *first = parse_seq(ps, depth);
    if (peek_byte(ps) != '|') {
        return first;
    }
    node_t *alt = new_node(ps, N_ALT);
    alt->kid = first;
    node_t *last = first;
    while (eat(ps, '|')) {
        ps->global_ok = false;
        node_t *n = parse_seq(ps, depth);
        last->next = n;
        last = n;
    }
    return alt;
}

// ---------------------------------------------------------------------------
// Compiler: tree to program
// ---------------------------------------------------------------------------

#define WIDTH_INF (-1)
#define WIDTH_CAP ((int64_t)1 << 40)

static int64_t width_mul(int64_t w, int64_t n) {
    if (w == WIDTH_INF || n == WIDTH_INF) {
        return (w == 0 || n == 0) ? 0 : WIDTH_INF;
    }
    int64_t r = w * n;
    return r > WIDTH_CAP ? WIDTH_CAP : r;
}

static int64_t width_add(int64_t a, int64_t b) {
    if (a == WIDTH_INF || b == WIDTH_INF) {
        return WIDTH_INF;
    }
    int64_t r = a + b;
    return r > WIDTH_CAP ? WIDTH_CAP : r;
}

// The fewest and most characters [n] can match (*mx WIDTH_INF: no bound).
static void node_width(const node_t *n, int64_t *mn, int64_t *mx) {
    switch (n->type) {
        case N_CHAR:
        case N_ANY:
        case N_CLASS:
            *mn = *mx = 1;
            return;
        case N_CAT: {
            int64_t a = 0, b = 0;
            for (const node_t *k = n->kid; k; k = k->next) {
                int64_t kmn, kmx;
                node_width(k, &kmn, &kmx);
                a = width_add(a, kmn);
                b = width_add(b, kmx);
            }
            *mn = a;
            *mx = b;
            return;
        }
        case N_ALT:
        case N_COND: {
            int64_t a = -2, b = 0;
            for (const node_t *k = n->kid; k; k = k->next) {
                int64_t kmn, kmx;
                node_width(k, &kmn, &kmx);
                a = (a == -2 || kmn < a) ? kmn : a;
                b = (b == WIDTH_INF || kmx == WIDTH_INF) ? WIDTH_INF : (kmx > b ? kmx : b);
            }
            if (n->type == N_COND) {
                int64_t kmn = 0, kmx = 0;
                if (n->kid2) {
                    node_width(n->kid2, &kmn, &kmx);
                }
                a = kmn < a ? kmn : a;
                b = (b == WIDTH_INF || kmx == WIDTH_INF) ? WIDTH_INF : (kmx > b ? kmx : b);
            }
            *mn = a < 0 ? 0 : a;
            *mx = b;
            return;
        }
        case N_GROUP:
            node_width(n->kid, mn, mx);
            return;
        case N_REPEAT: {
            int64_t kmn, kmx;
            node_width(n->kid, &kmn, &kmx);
            *mn = width_mul(kmn, n->a);
            *mx = width_mul(kmx, n->b < 0 ? WIDTH_INF : n->b);
            return;
        }
        case N_LOOK:
            if (n->b & LK_ATOMIC) {
                node_width(n->kid, mn, mx);
                return;
            }
            *mn = *mx = 0;
            return;
        case N_BACKREF:
            *mn = 0;
            *mx = WIDTH_INF;
            return;
        default:
            *mn = *mx = 0;
            return;
    }
}

static size_t emit(parser_t *ps, int op, int fl, int32_t a, int32_t b, int32_t c, int32_t d) {
    re_prog_t *p = ps->prog;
    if (p->n_code >= MAX_CODE) {
        fail_at(ps, RE_NOPOS, "pattern too large");
    }
    p->code = grow(ps, p->code, sizeof(inst_t), p->n_code, &ps->cap_code);
    inst_t *in = &p->code[p->n_code];
    in->op = (uint8_t)op;
    in->fl = (uint8_t)fl;
    in->a = a;
    in->b = b;
    in->c = c;
    in->d = d;
    return p->n_code++;
}

static int32_t here(parser_t *ps) {
    return (int32_t)ps->prog->n_code;
}

static bool is_one_char(const node_t *n) {
    return n->type == N_CHAR || n->type == N_ANY || n->type == N_CLASS;
}

static void compile_node(parser_t *ps, const node_t *n, int depth);

// The one-character node that [n] amounts to, if any: a sequence of one
// item, or alternatives that are all single characters (as a class), so
// that a repeat of it needs one backtrack entry instead of several per
// iteration. Otherwise [n] itself.
static const node_t *as_one_char(parser_t *ps, const node_t *n) {
    while (n->type == N_CAT && n->kid != NULL && n->kid->next == NULL) {
        n = n->kid;
    }
    if (n->type != N_ALT) {
        return n;
    }
    int fl = -1;
    for (const node_t *k = n->kid; k; k = k->next) {
        const node_t *c = k;
        while (c->type == N_CAT && c->kid != NULL && c->kid->next == NULL) {
            c = c->kid;
        }
        // Case-insensitive classes fold a little differently from characters
        // beyond ASCII, so only ASCII letters are merged then.
        bool icase_ok = !(c->fl & FL_ICASE) || c->a < 128;
        if (c->type != N_CHAR || !icase_ok || (fl >= 0 && fl != c->fl)) {
            return n;
        }
        fl = c->fl;
    }
    size_t first = ps->n_ranges;
    for (const node_t *k = n->kid; k; k = k->next) {
        const node_t *c = k;
        while (c->type == N_CAT) {
            c = c->kid;
        }
        add_range(ps, (uint32_t)c->a, (uint32_t)c->a);
    }
    int saved = ps->fl;
    ps->fl = fl;
    node_t *cls = class_node(ps, first, 0, false);
    ps->fl = saved;
    return cls;
}

static void compile_repeat(parser_t *ps, const node_t *n, int depth) {
    const node_t *kid = as_one_char(ps, n->kid);
    int lazy = n->fl & FL_LAZY;
    int32_t min = n->a, max = n->b;
    // A group of one character repeats like the character, plus its marks.
    if (is_one_char(kid)) {
        emit(ps, I_SIMPLE, lazy, min, max, 0, 0);
        compile_node(ps, kid, depth);
        return;
    }
    int64_t kmn, kmx;
    node_width(kid, &kmn, &kmx);
    if (min == 0 && max == 1) {
        size_t s = emit(ps, I_SPLIT, 0, 0, 0, 0, 0);
        compile_node(ps, kid, depth);
        ps->prog->code[s].a = lazy ? here(ps) : (int32_t)s + 1;
        ps->prog->code[s].b = lazy ? (int32_t)s + 1 : here(ps);
        return;
    }
    if (max < 0 && kmn > 0 && min <= 1) {
        if (min == 0) {
            size_t s = emit(ps, I_SPLIT, 0, 0, 0, 0, 0);
            compile_node(ps, kid, depth);
            emit(ps, I_JMP, 0, (int32_t)s, 0, 0, 0);
            ps->prog->code[s].a = lazy ? here(ps) : (int32_t)s + 1;
            ps->prog->code[s].b = lazy ? (int32_t)s + 1 : here(ps);
        } else {
            int32_t body = here(ps);
            compile_node(ps, kid, depth);
            int32_t next = here(ps) + 1;
            emit(ps, I_SPLIT, 0, lazy ? next : body, lazy ? body : next, 0, 0);
        }
        return;
    }
    // The general loop with a counter and the position where the current
    // iteration started (an empty iteration ends the loop).
    int32_t reg = (int32_t)ps->n_repeats++;
    emit(ps, I_RINIT, 0, reg, 0, 0, 0);
    size_t head = emit(ps, I_REPEAT, lazy, reg, min, max, 0);
    compile_node(ps, kid, depth);
    emit(ps, I_RNEXT, 0, reg, (int32_t)head, min, 0);
    ps->prog->code[head].d = here(ps);
}

static void compile_node(parser_t *ps, const node_t *n, int depth) {
    if (depth > 4 * MAX_DEPTH) {
        fail_at(ps, 0, "pattern too complex");
    }
    if (ps->env->check_stack && (depth & 7) == 0) {
        ps->env->check_stack(ps->env->ctx);
    }
    re_prog_t *p = ps->prog;
    switch (n->type) {
        case N_EMPTY:
            return;
        case N_CHAR:
            emit(ps, I_CHAR, n->fl & (FL_ICASE | FL_ASCII), n->a, 0, 0, 0);
            return;
        case N_ANY:
            emit(ps, I_ANY, n->fl & FL_DOTALL, 0, 0, 0, 0);
            return;
        case N_CLASS:
            emit(ps, I_CLASS, n->fl & (FL_ICASE | FL_ASCII), n->a, 0, 0, 0);
            return;
        case N_ASSERT:
            emit(ps, I_ASSERT, n->fl & FL_ASCII, n->a, 0, 0, 0);
            return;
        case N_CAT:
            for (const node_t *k = n->kid; k; k = k->next) {
                compile_node(ps, k, depth + 1);
            }
            return;
        case N_ALT: {
            // SPLIT to each branch in turn; every branch but the last jumps to the end.
            size_t jumps_first = SIZE_MAX;
            for (const node_t *k = n->kid; k; k = k->next) {
                size_t s = SIZE_MAX;
                if (k->next) {
                    s = emit(ps, I_SPLIT, 0, 0, 0, 0, 0);
                    p->code[s].a = (int32_t)s + 1;
                }
                compile_node(ps, k, depth + 1);
                if (k->next) {
                    // Chain the jumps through their b field to patch them at the end.
                    size_t j = emit(ps, I_JMP, 0, 0, jumps_first == SIZE_MAX ? -1 : (int32_t)jumps_first, 0, 0);
                    jumps_first = j;
                    p->code[s].b = here(ps);
                }
            }
            while (jumps_first != SIZE_MAX) {
                int32_t prev = p->code[jumps_first].b;
                p->code[jumps_first].a = here(ps);
                p->code[jumps_first].b = 0;
                jumps_first = prev < 0 ? SIZE_MAX : (size_t)prev;
            }
            return;
        }
        case N_GROUP:
            emit(ps, I_SAVE, 0, 2 * n->a, 0, 0, 0);
            compile_node(ps, n->kid, depth + 1);
            emit(ps, I_SAVE, 0, 2 * n->a + 1, 0, 0, 0);
            return;
        case N_REPEAT:
            compile_repeat(ps, n, depth + 1);
            return;
        case N_BACKREF:
            emit(ps, I_BACKREF, n->fl & (FL_ICASE | FL_ASCII), n->a, 0, 0, 0);
            return;
        case N_LOOK: {
            int32_t width = 0;
            if (n->b & LK_BEHIND) {
                int64_t mn, mx;
                node_width(n->kid, &mn, &mx);
                if (mn != mx || mx > MAX_REPEAT) {
                    fail_at(ps, RE_NOPOS, "look-behind requires fixed-width pattern");
                }
                width = (int32_t)mn;
            }
            size_t l = emit(ps, I_LOOK, 0, 0, n->b, width, 0);
            compile_node(ps, n->kid, depth + 1);
            emit(ps, I_LOOKEND, 0, 0, 0, 0, 0);
            p->code[l].a = here(ps);
            return;
        }
        case N_COND: {
            size_t c = emit(ps, I_COND, 0, n->a, 0, 0, 0);
            compile_node(ps, n->kid, depth + 1);
            size_t j = emit(ps, I_JMP, 0, 0, 0, 0, 0);
            p->code[c].b = here(ps);
            if (n->kid2) {
                compile_node(ps, n->kid2, depth + 1);
            }
            p->code[j].a = here(ps);
            return;
        }
        default:
            return;
    }
}

re_prog_t *re_compile(const char *pat, size_t len, int flags, bool bytes, const re_env_t *env,
    re_error_t *err) {
    parser_t ps_storage;
    parser_t *volatile ps = &ps_storage;
    memset(ps, 0, sizeof(*ps));
    memset(err, 0, sizeof(*err));
    ps->env = env;
    ps->err = err;
    ps->pat = pat;
    ps->len = len;
    ps->bytes = bytes;
    ps->flags = flags;
    ps->fl = fl_of_flags(flags);
    ps->verbose = (flags & RE_FLAG_VERBOSE) != 0;
    ps->global_ok = true;
    if (setjmp(ps->fail)) {
        return NULL;
    }
    ps->prog = p_alloc(ps, sizeof(re_prog_t));
    re_prog_t *p = ps->prog;
    p->bytes = bytes;
    ensure_group(ps, 0);
    node_t *root = parse_alt(ps, 0);
    if (!at_end(ps)) {
        fail_at(ps, ps->pos, "unbalanced parenthesis");
    }
    if (ps->cond_ref > p->groups) {
        char msg[48];
        snprintf(msg, sizeof(msg), "invalid group reference %lu", (unsigned long)ps->cond_ref);
        fail_at(ps, ps->cond_ref_pos, msg);
    }
    p->flags = ps->flags;
    if (!bytes && !(p->flags & RE_FLAG_ASCII)) {
        p->flags |= RE_FLAG_UNICODE;
    }
    p->unicode = !bytes && !(p->flags & RE_FLAG_ASCII);
    compile_node(ps, root, 0);
    emit(ps, I_MATCH, 0, 0, 0, 0, 0);
    p->n_regs = re_prog_slots(p) + 2 * ps->n_repeats;
    if (p->names == NULL) {
        p->names = p_alloc(ps, 1);
    }
    return p;
}

int re_prog_flags(const re_prog_t *prog) {
    return prog->flags;
}

size_t re_prog_groups(const re_prog_t *prog) {
    return prog->groups;
}

const char *re_prog_group_name(const re_prog_t *prog, size_t group, size_t *len) {
    if (group == 0 || group > prog->groups || prog->name_len[group] == 0) {
        return NULL;
    }
    *len = prog->name_len[group];
    return prog->names + prog->name_off[group];
}

int re_prog_group_index(const re_prog_t *prog, const char *name, size_t len) {
    for (size_t g = 1; g <= prog->groups; g++) {
        if (prog->name_len[g] == len && memcmp(prog->names + prog->name_off[g], name, len) == 0) {
            return (int)g;
        }
    }
    return -1;
}

size_t re_prog_slots(const re_prog_t *prog) {
    return 2 * (prog->groups + 1) + 1;
}

// ---------------------------------------------------------------------------
// Matcher
// ---------------------------------------------------------------------------

// Backtrack stack entries.
enum {
    BT_CHOICE,   // resume at pc with position a
    BT_UNDO,     // register pc had value a
    BT_LOOK,     // a look-around started at instruction pc, position a
    BT_SIMPLE_G, // greedy one-character repeat: continue at pc; may give back down to a, now at b
    BT_SIMPLE_L, // lazy one-character repeat at instruction pc: at position a after b repetitions
};

// 12 bytes: positions are stored in 32 bits (re_match refuses longer
// subjects), RE_NOPOS as BT_NOPOS.
typedef struct bt {
    uint32_t kind : 3;
    uint32_t pc : 29;
    uint32_t a, b;
} bt_t;

#define BT_NOPOS (UINT32_MAX)

#define POLL_MASK (4095u)
#define DEFAULT_MAX_STACK ((size_t)1 << 22)

typedef struct matcher {
    const re_prog_t *prog;
    const re_env_t *env;
    const char *s;
    size_t len;
    size_t *regs;
    bt_t *bt;
    size_t n_bt, cap_bt, max_bt;
    unsigned steps;
    int error;
    bool bytes, uni;
} matcher_t;

static bool push(matcher_t *m, uint32_t kind, uint32_t pc, size_t a, size_t b) {
    if (m->n_bt == m->cap_bt) {
        if (m->cap_bt >= m->max_bt) {
            m->error = RE_ERR_STACK;
            return false;
        }
        size_t ncap = m->cap_bt * 2;
        if (ncap > m->max_bt) {
            ncap = m->max_bt;
        }
        bt_t *n = m->env->alloc(m->env->ctx, ncap * sizeof(bt_t));
        if (n == NULL) {
            m->error = RE_ERR_NOMEM;
            return false;
        }
        memcpy(n, m->bt, m->n_bt * sizeof(bt_t));
        m->bt = n;
        m->cap_bt = ncap;
    }
    bt_t *e = &m->bt[m->n_bt++];
    e->kind = kind & 7u;
    e->pc = pc & (MAX_CODE * 2 - 1);
    e->a = a == RE_NOPOS ? BT_NOPOS : (uint32_t)a;
    e->b = (uint32_t)b;
    return true;
}

// Sets register [r] to [v], logging the old value for backtracking.
static bool set_reg(matcher_t *m, size_t r, size_t v) {
    if (m->regs[r] == v) {
        return true;
    }
    if (!push(m, BT_UNDO, (uint32_t)r, m->regs[r], 0)) {
        return false;
    }
    m->regs[r] = v;
    return true;
}

static bool class_raw(const matcher_t *m, const cls_t *c, uint32_t ch, bool uni) {
    // A class of categories only may come with no range table at all (NULL + 0 is undefined).
    const uint32_t *r = c->n != 0 ? m->prog->ranges + 2 * c->first : NULL;
    for (uint32_t i = 0; i < c->n; i++) {
        if (ch >= r[2 * i] && ch <= r[2 * i + 1]) {
            return true;
        }
    }
    uint16_t cats = c->cats;
    if (cats) {
        const re_env_t *env = m->env;
        if (((cats & CAT_DIGIT) && is_digit(env, uni, ch)) ||
            ((cats & CAT_NDIGIT) && !is_digit(env, uni, ch)) ||
            ((cats & CAT_WORD) && is_word(env, uni, ch)) ||
            ((cats & CAT_NWORD) && !is_word(env, uni, ch)) ||
            ((cats & CAT_SPACE) && is_space(env, uni, ch)) ||
            ((cats & CAT_NSPACE) && !is_space(env, uni, ch))) {
            return true;
        }
    }
    return false;
}

static bool class_match(const matcher_t *m, const cls_t *c, uint32_t ch, bool icase, bool uni) {
    bool in = class_raw(m, c, ch, uni);
    if (!in && icase) {
        // Also the case partners of the partners: KELVIN SIGN lowers to 'k',
        // which uppers to 'K'; LONG S uppers to 'S', which lowers to 's'.
        uint32_t lo = fold_lower(m->env, uni, ch);
        uint32_t up = fold_upper(m->env, uni, ch);
        uint32_t lo_up = fold_upper(m->env, uni, lo);
        uint32_t up_lo = fold_lower(m->env, uni, up);
        in = (lo != ch && class_raw(m, c, lo, uni)) || (up != ch && class_raw(m, c, up, uni)) ||
             (lo_up != ch && class_raw(m, c, lo_up, uni)) || (up_lo != ch && class_raw(m, c, up_lo, uni));
    }
    return in != c->neg;
}

static bool char_eq(const matcher_t *m, uint32_t a, uint32_t b, bool icase, bool uni) {
    if (a == b) {
        return true;
    }
    if (!icase) {
        return false;
    }
    return fold_lower(m->env, uni, a) == fold_lower(m->env, uni, b) ||
           fold_upper(m->env, uni, a) == fold_upper(m->env, uni, b);
}

// Matches the one-character instruction [in] at [sp]; *[next] is the position after it.
static bool match_one(const matcher_t *m, const inst_t *in, size_t sp, size_t *next) {
    if (sp >= m->len) {
        return false;
    }
    uint32_t c = decode_at(m->s, m->len, sp, m->bytes, next);
    bool uni = m->uni && !(in->fl & FL_ASCII);
    switch (in->op) {
        case I_CHAR:
            return char_eq(m, c, (uint32_t)in->a, in->fl & FL_ICASE, uni);
        case I_ANY:
            return c != '\n' || (in->fl & FL_DOTALL);
        case I_CLASS:
            return class_match(m, &m->prog->classes[in->a], c, in->fl & FL_ICASE, uni);
        default:
            return false;
    }
}

static bool word_at(const matcher_t *m, size_t sp, bool uni) {
    size_t next;
    return sp < m->len && is_word(m->env, uni, decode_at(m->s, m->len, sp, m->bytes, &next));
}

static bool word_before(const matcher_t *m, size_t sp, bool uni) {
    return sp > 0 && word_at(m, back_one(m->s, sp, m->bytes), uni);
}

static bool check_assert(const matcher_t *m, int kind, size_t sp, bool uni) {
    switch (kind) {
        case AS_BOL:
        case AS_BEGIN:
            return sp == 0;
        case AS_MBOL:
            return sp == 0 || m->s[sp - 1] == '\n';
        case AS_EOL:
            return sp == m->len || (sp + 1 == m->len && m->s[sp] == '\n');
        case AS_MEOL:
            return sp == m->len || m->s[sp] == '\n';
        case AS_END:
            return sp == m->len;
        case AS_WORDB:
            return word_before(m, sp, uni) != word_at(m, sp, uni);
        case AS_NWORDB:
            // As in CPython, \B never matches in an empty string.
            return m->len != 0 && word_before(m, sp, uni) == word_at(m, sp, uni);
        default:
            return false;
    }
}

// Group [g]'s text again at [sp]; *[next] is where it ends.
static bool match_backref(const matcher_t *m, size_t g, bool icase, bool uni, size_t sp, size_t *next) {
    size_t gs = m->regs[2 * g], ge = m->regs[2 * g + 1];
    if (gs == RE_NOPOS || ge == RE_NOPOS || ge < gs) {
        return false;
    }
    size_t n = ge - gs;
    if (!icase) {
        if (m->len - sp < n || memcmp(m->s + gs, m->s + sp, n) != 0) {
            return false;
        }
        *next = sp + n;
        return true;
    }
    size_t i = gs, j = sp;
    while (i < ge) {
        if (j >= m->len) {
            return false;
        }
        size_t ni, nj;
        uint32_t a = decode_at(m->s, ge, i, m->bytes, &ni);
        uint32_t b = decode_at(m->s, m->len, j, m->bytes, &nj);
        if (!char_eq(m, a, b, true, uni)) {
            return false;
        }
        i = ni;
        j = nj;
    }
    *next = j;
    return true;
}

// One attempt at [start]; 1 match, 0 none, or an RE_ERR_ code.
static int run(matcher_t *m, size_t start, bool full, bool reject_empty) {
    const inst_t *code = m->prog->code;
    size_t n_slots = 2 * (m->prog->groups + 1) + 1;
    for (size_t i = 0; i < n_slots; i++) {
        m->regs[i] = RE_NOPOS;
    }
    size_t lastindex_reg = n_slots - 1;
    size_t repeat_base = n_slots;
    m->n_bt = 0;
    size_t pc = 0, sp = start, next;
    for (;;) {
        if ((++m->steps & POLL_MASK) == 0 && m->env->poll && m->env->poll(m->env->ctx)) {
            return RE_ERR_ABORT;
        }
        const inst_t *in = &code[pc];
        switch (in->op) {
            case I_CHAR:
            case I_ANY:
            case I_CLASS:
                if (!match_one(m, in, sp, &next)) {
                    goto fail;
                }
                sp = next;
                pc++;
                continue;
            case I_ASSERT:
                if (!check_assert(m, in->a, sp, m->uni && !(in->fl & FL_ASCII))) {
                    goto fail;
                }
                pc++;
                continue;
            case I_SPLIT:
                if (!push(m, BT_CHOICE, (uint32_t)in->b, sp, 0)) {
                    return m->error;
                }
                pc = (size_t)in->a;
                continue;
            case I_JMP:
                pc = (size_t)in->a;
                continue;
            case I_SAVE:
                if (!set_reg(m, (size_t)in->a, sp)) {
                    return m->error;
                }
                if ((in->a & 1) && !set_reg(m, lastindex_reg, (size_t)in->a / 2)) {
                    return m->error;
                }
                pc++;
                continue;
            case I_BACKREF:
                if (!match_backref(m, (size_t)in->a, in->fl & FL_ICASE, m->uni && !(in->fl & FL_ASCII), sp, &next)) {
                    goto fail;
                }
                sp = next;
                pc++;
                continue;
            case I_COND:
                pc = m->regs[2 * in->a + 1] != RE_NOPOS ? pc + 1 : (size_t)in->b;
                continue;
            case I_LOOK: {
                size_t body = sp;
                if (in->b & LK_BEHIND) {
                    bool ok = true;
                    for (int32_t i = 0; i < in->c && ok; i++) {
                        if (body == 0) {
                            ok = false;
                        } else {
                            body = back_one(m->s, body, m->bytes);
                        }
                    }
                    if (!ok) {
                        if (in->b & LK_NEG) {
                            pc = (size_t)in->a;
                            continue;
                        }
                        goto fail;
                    }
                }
                if (!push(m, BT_LOOK, (uint32_t)pc, sp, 0)) {
                    return m->error;
                }
                sp = body;
                pc++;
                continue;
            }
            case I_LOOKEND: {
                size_t k = m->n_bt;
                while (m->bt[--k].kind != BT_LOOK) {
                }
                bt_t look = m->bt[k];
                const inst_t *l = &code[look.pc];
                if ((l->b & LK_BEHIND) && sp != look.a) {
                    goto fail;
                }
                if (l->b & LK_NEG) {
                    // The body matched, so the assertion fails: undo what it did.
                    while (m->n_bt > k + 1) {
                        bt_t *e = &m->bt[--m->n_bt];
                        if (e->kind == BT_UNDO) {
                            m->regs[e->pc] = e->a == BT_NOPOS ? RE_NOPOS : e->a;
                        }
                    }
                    m->n_bt = k;
                    goto fail;
                }
                // Success: forget the body's choices (it is atomic), keep its undo log.
                size_t w = k;
                for (size_t i = k + 1; i < m->n_bt; i++) {
                    if (m->bt[i].kind == BT_UNDO) {
                        m->bt[w++] = m->bt[i];
                    }
                }
                m->n_bt = w;
                if (!(l->b & LK_ATOMIC)) {
                    sp = look.a;
                }
                pc = (size_t)l->a;
                continue;
            }
            case I_RINIT: {
                size_t r = repeat_base + 2 * (size_t)in->a;
                if (!set_reg(m, r, 0) || !set_reg(m, r + 1, RE_NOPOS)) {
                    return m->error;
                }
                pc++;
                continue;
            }
            case I_REPEAT: {
                size_t r = repeat_base + 2 * (size_t)in->a;
                size_t count = m->regs[r];
                if (count < (size_t)in->b) {
                    // Below the minimum: the body must match again.
                } else if (in->c >= 0 && count >= (size_t)in->c) {
                    pc = (size_t)in->d;
                    continue;
                } else if (in->fl & FL_LAZY) {
                    if (!push(m, BT_CHOICE, (uint32_t)pc + 1, sp, 1)) {
                        return m->error;
                    }
                    pc = (size_t)in->d;
                    continue;
                } else if (!push(m, BT_CHOICE, (uint32_t)in->d, sp, 0)) {
                    return m->error;
                }
                // Like CPython, only an optional iteration that matches
                // nothing ends the loop; mandatory ones may be empty.
                if (!set_reg(m, r + 1, count < (size_t)in->b ? RE_NOPOS : sp)) {
                    return m->error;
                }
                pc++;
                continue;
            }
            case I_RNEXT: {
                size_t r = repeat_base + 2 * (size_t)in->a;
                size_t count = m->regs[r] + 1;
                if (!set_reg(m, r, count)) {
                    return m->error;
                }
                if (sp == m->regs[r + 1]) {
                    pc++; // an empty iteration: going round again would change nothing
                } else {
                    pc = (size_t)in->b;
                }
                continue;
            }
            case I_SIMPLE: {
                const inst_t *atom = in + 1;
                size_t count = 0, p = sp;
                while (count < (size_t)in->a) {
                    if (!match_one(m, atom, p, &next)) {
                        goto fail;
                    }
                    p = next;
                    count++;
                }
                bool unbounded = in->b < 0;
                if (in->fl & FL_LAZY) {
                    if ((unbounded || count < (size_t)in->b) &&
                        !push(m, BT_SIMPLE_L, (uint32_t)pc, p, count)) {
                        return m->error;
                    }
                } else {
                    size_t min_sp = p;
                    while ((unbounded || count < (size_t)in->b) && match_one(m, atom, p, &next)) {
                        p = next;
                        count++;
                    }
                    if (p != min_sp && !push(m, BT_SIMPLE_G, (uint32_t)pc + 2, min_sp, p)) {
                        return m->error;
                    }
                }
                sp = p;
                pc += 2;
                continue;
            }
            case I_MATCH:
                if ((full && sp != m->len) || (reject_empty && sp == start)) {
                    goto fail;
                }
                m->regs[0] = start;
                m->regs[1] = sp;
                return 1;
            default:
                return 0;
        }
    fail:
        for (;;) {
            if (m->n_bt == 0) {
                return 0;
            }
            bt_t *e = &m->bt[m->n_bt - 1];
            switch (e->kind) {
                case BT_UNDO:
                    m->regs[e->pc] = e->a == BT_NOPOS ? RE_NOPOS : e->a;
                    m->n_bt--;
                    continue;
                case BT_CHOICE: {
                    bool enter_body = e->b != 0;
                    pc = e->pc;
                    sp = e->a;
                    m->n_bt--;
                    if (enter_body) {
                        // A lazy loop takes one more iteration: record where it starts.
                        size_t r = repeat_base + 2 * (size_t)code[pc - 1].a;
                        if (!set_reg(m, r + 1, sp)) {
                            return m->error;
                        }
                    }
                    break;
                }
                case BT_LOOK: {
                    const inst_t *l = &code[e->pc];
                    m->n_bt--;
                    if (!(l->b & LK_NEG)) {
                        continue;
                    }
                    // The body cannot match: the negative assertion holds.
                    pc = (size_t)l->a;
                    sp = e->a;
                    break;
                }
                case BT_SIMPLE_G: {
                    size_t p = back_one(m->s, e->b, m->bytes);
                    const inst_t *after = &code[e->pc];
                    if (after->op == I_CHAR && !(after->fl & FL_ICASE)) {
                        // Skip positions where the next character cannot match.
                        while (p > e->a) {
                            size_t nx;
                            if (decode_at(m->s, m->len, p, m->bytes, &nx) == (uint32_t)after->a) {
                                break;
                            }
                            p = back_one(m->s, p, m->bytes);
                        }
                    }
                    pc = e->pc;
                    sp = p;
                    if (p <= e->a) {
                        m->n_bt--;
                    } else {
                        e->b = p;
                    }
                    break;
                }
                case BT_SIMPLE_L: {
                    const inst_t *s = &code[e->pc];
                    if (!match_one(m, s + 1, e->a, &next)) {
                        m->n_bt--;
                        continue;
                    }
                    e->a = next;
                    e->b++;
                    pc = e->pc + 2;
                    sp = next;
                    if (s->b >= 0 && e->b >= (size_t)s->b) {
                        m->n_bt--;
                    }
                    break;
                }
                default:
                    return 0;
            }
            break;
        }
    }
}

int re_match(const re_prog_t *prog, const re_env_t *env, const char *s, size_t len, size_t start,
    int mode, size_t *slots) {
    matcher_t m;
    memset(&m, 0, sizeof(m));
    m.prog = prog;
    m.env = env;
    m.s = s;
    m.len = len;
    m.bytes = prog->bytes;
    m.uni = prog->unicode;
    m.max_bt = env->max_stack ? env->max_stack : DEFAULT_MAX_STACK;
    // Small matches run in these; bigger ones move to the allocator.
    bt_t local_bt[32];
    size_t local_regs[48];
    m.cap_bt = m.max_bt < 32 ? m.max_bt : 32;
    m.bt = local_bt;
    m.regs = prog->n_regs <= 48 ? local_regs : env->alloc(env->ctx, prog->n_regs * sizeof(size_t));
    if (m.regs == NULL) {
        return RE_ERR_NOMEM;
    }
    if (start > len) {
        return 0;
    }
    if (len > (size_t)UINT32_MAX - 1) {
        return RE_ERR_NOMEM; // positions on the backtrack stack are 32 bits
    }
    int kind = mode & 3;
    bool not_empty = (mode & RE_MODE_NOT_EMPTY_AT_START) != 0;
    const inst_t *first = &prog->code[0];
    // A pattern starting with \A (or ^ without MULTILINE) can only match at 0.
    bool anchored = first->op == I_ASSERT && (first->a == AS_BEGIN || first->a == AS_BOL);
    // A pattern starting with a plain character: jump to its first byte.
    int lead = -1;
    if (first->op == I_CHAR && !(first->fl & FL_ICASE)) {
        uint32_t c = (uint32_t)first->a;
        lead = (prog->bytes || c < 0x80) ? (int)c
               : c < 0x800 ? (int)(0xc0 | (c >> 6))
               : c < 0x10000 ? (int)(0xe0 | (c >> 12))
               : (int)(0xf0 | (c >> 18));
    }
    // A pattern whose first step consumes one character of a known kind:
    // positions where that character does not match are skipped cheaply.
    const inst_t *first_atom = NULL;
    const inst_t *f = first;
    while (f->op == I_SAVE) {
        f++;
    }
    if (f->op == I_CHAR || f->op == I_ANY || f->op == I_CLASS) {
        first_atom = f;
    } else if (f->op == I_SIMPLE && f->a >= 1) {
        first_atom = f + 1;
    }
    size_t pos = start;
    for (;;) {
        if (kind == RE_MODE_SEARCH && lead >= 0) {
            const char *hit = pos < len ? memchr(s + pos, lead, len - pos) : NULL;
            if (hit == NULL) {
                return 0;
            }
            pos = (size_t)(hit - s);
        }
        if (kind == RE_MODE_SEARCH && first_atom != NULL) {
            size_t next;
            while (pos < len && !match_one(&m, first_atom, pos, &next)) {
                decode_at(s, len, pos, prog->bytes, &next);
                pos = next;
            }
            if (pos >= len) {
                return 0;
            }
        }
        int r = run(&m, pos, kind == RE_MODE_FULL, not_empty && pos == start);
        if (r != 0) {
            if (r == 1) {
                memcpy(slots, m.regs, re_prog_slots(prog) * sizeof(size_t));
            }
            return r;
        }
        if (kind != RE_MODE_SEARCH || pos >= len || anchored) {
            return 0;
        }
        size_t next;
        decode_at(s, len, pos, prog->bytes, &next);
        pos = next;
    }
}
