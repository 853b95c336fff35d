// The tokenizer: source bytes to tokens, literals and names, with CPython's errors.
// SPDX-License-Identifier: MIT
//
// One token at a time on demand; indentation becomes INDENT/DEDENT through a
// stack of columns, brackets join lines, literals are decoded into constants.

#include <stdarg.h>
#include <string.h>

#include "py/lexer.h"
#include "py/objexcept.h"
#include "py/objfloat.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/runtime.h"

// Character classes of ASCII bytes.
#define CC_IDSTART (1)
#define CC_IDCONT (2)
#define CC_DIGIT (4)
#define CC_HEX (8)

static uint8_t char_class(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
        uint8_t cls = CC_IDSTART | CC_IDCONT;
        if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
            cls |= CC_HEX;
        }
        return cls;
    }
    if (c >= '0' && c <= '9') {
        return CC_IDCONT | CC_DIGIT | CC_HEX;
    }
    return 0;
}

// Built once on first use; a table keeps the identifier loop to one load per byte.
static uint8_t char_table[256];
static bool char_table_ready;

static void init_char_table(void) {
    for (int i = 0; i < 256; i++) {
        char_table[i] = char_class((unsigned char)i);
    }
    char_table_ready = true;
}

#define IS_IDCONT(c) (char_table[(unsigned char)(c)] & CC_IDCONT)
#define IS_IDSTART(c) (char_table[(unsigned char)(c)] & CC_IDSTART)
#define IS_DIGIT(c) ((unsigned char)((c) - '0') < 10)

// ---------------------------------------------------------------------------
// Buffers
// ---------------------------------------------------------------------------

void lexer_buf_add(lexer_buf_t *b, const char *s, size_t len) {
    if (b->len + len > b->alloc) {
        size_t n = b->alloc ? b->alloc * 2 : 64;
        while (n < b->len + len) {
            n *= 2;
        }
        b->data = rt_realloc(b->data, n);
        b->alloc = n;
    }
    if (len) {
        memcpy(b->data + b->len, s, len);
    }
    b->len += len;
}

void lexer_buf_add_char(lexer_buf_t *b, uint32_t c) {
    char enc[4];
    size_t n;
    if (c < 0x80) {
        enc[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        enc[0] = (char)(0xc0 | (c >> 6));
        enc[1] = (char)(0x80 | (c & 0x3f));
        n = 2;
    } else if (c < 0x10000) {
        enc[0] = (char)(0xe0 | (c >> 12));
        enc[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        enc[2] = (char)(0x80 | (c & 0x3f));
        n = 3;
    } else {
        enc[0] = (char)(0xf0 | (c >> 18));
        enc[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        enc[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        enc[3] = (char)(0x80 | (c & 0x3f));
        n = 4;
    }
    lexer_buf_add(b, enc, n);
}

obj_t lexer_make_str(const char *s, size_t len) {
    if (len == 0) {
        s = ""; // an empty buffer may have no data block yet
    }
    if (len > 0 && len <= 24 && IS_IDSTART(s[0])) {
        size_t i = 1;
        while (i < len && IS_IDCONT(s[i])) {
            i++;
        }
        if (i == len) {
            return str_intern(s, len);
        }
    }
    return str_new(s, len);
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

// Whether [p] starts a line break ("\n", "\r\n" or a lone "\r"); returns its length.
static inline size_t newline_len(const char *p, const char *end) {
    if (*p == '\n') {
        return 1;
    }
    if (*p == '\r') {
        return (p + 1 < end && p[1] == '\n') ? 2 : 1;
    }
    return 0;
}

// The first byte of line [line] (1-based) of [src]; src_end if past the end.
static const char *find_line(const char *src, const char *end, uint32_t line) {
    const char *p = src;
    uint32_t n = 1;
    while (n < line && p < end) {
        size_t nl = newline_len(p, end);
        if (nl) {
            p += nl;
            n++;
        } else {
            p++;
        }
    }
    return p;
}

void lexer_vformat(char *buf, size_t size, const char *fmt, va_list ap) {
    size_t n = 0;
    char tmp[24];
#define PUT(ch)              \
    do {                     \
        if (n + 1 < size) {  \
            buf[n++] = (ch); \
        }                    \
    } while (0)
    for (const char *f = fmt; *f; f++) {
        if (*f != '%' || f[1] == 0) {
            PUT(*f);
            continue;
        }
        f++;
        const char *s = NULL;
        size_t slen = 0;
        switch (*f) {
            case 's':
                s = va_arg(ap, const char *);
                slen = strlen(s);
                break;
            case 'q': {
                qstr q = va_arg(ap, qstr);
                s = qstr_data(q, &slen);
                break;
            }
            case 'c':
                tmp[0] = (char)va_arg(ap, int);
                s = tmp;
                slen = 1;
                break;
            case 'd': {
                int v = va_arg(ap, int);
                unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
                size_t i = sizeof(tmp);
                do {
                    tmp[--i] = (char)('0' + u % 10);
                    u /= 10;
                } while (u);
                if (v < 0) {
                    tmp[--i] = '-';
                }
                s = tmp + i;
                slen = sizeof(tmp) - i;
                break;
            }
            case 'U': {
                uint32_t u = va_arg(ap, uint32_t);
                static const char hex[] = "0123456789ABCDEF";
                size_t i = sizeof(tmp);
                int digits = 0;
                do {
                    tmp[--i] = hex[u & 15];
                    u >>= 4;
                    digits++;
                } while (u || digits < 4);
                tmp[--i] = '+';
                tmp[--i] = 'U';
                s = tmp + i;
                slen = sizeof(tmp) - i;
                break;
            }
            default:
                PUT(*f);
                continue;
        }
        for (size_t i = 0; i < slen; i++) {
            PUT(s[i]);
        }
    }
    buf[n < size ? n : size - 1] = 0;
#undef PUT
}

static void format_into(char *buf, size_t size, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    lexer_vformat(buf, size, fmt, ap);
    va_end(ap);
}

// Raises [type] with [msg] at [line]/[col] (byte column) of [src].
static NORETURN void raise_at(const char *src, const char *src_end, qstr filename,
    const obj_type_t *type, const char *msg, uint32_t line, uint32_t col) {
    const char *ls = find_line(src, src_end, line);
    const char *le = ls;
    while (le < src_end && *le != '\n' && *le != '\r') {
        le++;
    }
    size_t text_len = (size_t)(le - ls);
    if (le < src_end) {
        text_len++; // the line break, as CPython's SyntaxError.text keeps it
    }
    // CPython's offset counts characters; exc_new_syntax_error takes the
    // 0-based character column and adds one.
    size_t chars = 0;
    for (uint32_t i = 0; i < col && ls + i < le; i++) {
        if ((ls[i] & 0xc0) != 0x80) {
            chars++;
        }
    }
    if (line == 0) {
        line = 1;
    }
    obj_t exc = exc_new_syntax_error(type, msg, filename, line, chars, ls, text_len);
    rt_raise(exc);
}

void lexer_error(const lexer_t *lex, const obj_type_t *type, const char *msg, uint32_t line,
    uint32_t col) {
    char buf[300];
    if (lex->in_fstring && strncmp(msg, "f-string", 8) != 0) {
        size_t n = strlen(msg);
        if (n > sizeof(buf) - 11) {
            n = sizeof(buf) - 11;
        }
        memcpy(buf, "f-string: ", 10);
        memcpy(buf + 10, msg, n);
        buf[10 + n] = 0;
        msg = buf;
    }
    if (lex->in_fstring) {
        // CPython parses a field as "(expr)" on its own: its errors show that
        // text, with offsets counted in it.
        const char *pos = find_line(lex->src, lex->src_end, line);
        pos = (size_t)(lex->src_end - pos) < col ? lex->src_end : pos + col;
        size_t chars = 1;
        for (const char *q = lex->sub_start; q < pos && q < lex->end; q++) {
            if ((*q & 0xc0) != 0x80) {
                chars++;
            }
        }
        lexer_buf_t text = {NULL, 0, 0};
        lexer_buf_add(&text, "(", 1);
        lexer_buf_add(&text, lex->sub_start, (size_t)(lex->end - lex->sub_start));
        lexer_buf_add(&text, ")\n", 2);
        rt_raise(exc_new_syntax_error(type, msg, lex->filename, line, chars, text.data, text.len));
    }
    raise_at(lex->src, lex->src_end, lex->filename, type, msg, line, col);
}

void lexer_error_fmt(const lexer_t *lex, const obj_type_t *type, uint32_t line, uint32_t col,
    const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    lexer_vformat(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    lexer_error(lex, type, msg, line, col);
}

void lexer_error_tok(const lexer_t *lex, const char *msg) {
    lexer_error(lex, &type_SyntaxError, msg, lex->tok_line, lex->tok_col);
}

// Raises SyntaxError at the byte [pos] on the lexer's current line.
static NORETURN void error_here(const lexer_t *lex, const char *pos, const char *msg) {
    lexer_error(lex, &type_SyntaxError, msg, lex->line, (uint32_t)(pos - lex->line_start));
}

// ---------------------------------------------------------------------------
// Source validation
// ---------------------------------------------------------------------------

// Decodes the UTF-8 sequence at [p] (already validated); stores its length.
static uint32_t decode_utf8(const char *p, const char *end, size_t *len) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    if ((size_t)(end - p) < n) {
        *len = 1;
        return 0xfffd;
    }
    uint32_t cp = c & (0x3f >> (n - 1));
    for (size_t i = 1; i < n; i++) {
        cp = (cp << 6) | ((unsigned char)p[i] & 0x3f);
    }
    *len = n;
    return cp;
}

size_t lexer_check_source(const char *src, size_t len, qstr filename) {
    const unsigned char *s = (const unsigned char *)src;
    const unsigned char *end = s + len;
    size_t skip = 0;
    if (len >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf) {
        skip = 3;
    }
    const unsigned char *p = s + skip;
    uint32_t line = 1;
    const unsigned char *line_start = s;
    // Comments are not decoded (CPython accepts any bytes there), so the scan
    // follows string literals to know where comments are.
    unsigned char quote = 0; // the quote of the string literal we are in, or 0
    bool triple = false;
    while (p < end) {
        unsigned char c = *p;
        if (c >= 0x20 && c < 0x80) {
            if (quote) {
                if (c == '\\') {
                    p++;
                    if (p < end && (*p == '\n' || *p == '\r')) {
                        p += newline_len((const char *)p, (const char *)end);
                        line++;
                        line_start = p;
                    } else if (p < end && *p >= 0x20 && *p < 0x80) {
                        p++;
                    }
                    continue;
                }
                if (c == quote && (!triple || (end - p >= 3 && p[1] == c && p[2] == c))) {
                    p += triple ? 3 : 1;
                    quote = 0;
                    continue;
                }
            } else if (c == '#') {
                while (p < end && *p != '\n' && *p != '\r') {
                    if (*p == 0) {
                        break; // reported below
                    }
                    p++;
                }
                continue;
            } else if (c == '\'' || c == '"') {
                triple = end - p >= 3 && p[1] == c && p[2] == c;
                quote = c;
                p += triple ? 3 : 1;
                continue;
            }
            p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                quote = 0; // an unterminated string: the tokenizer reports it
            }
            p += newline_len((const char *)p, (const char *)end);
            line++;
            line_start = p;
            continue;
        }
        if (c == 0) {
            raise_at(src, src + len, filename, &type_SyntaxError,
                "source code cannot contain null bytes", line, (uint32_t)(p - line_start));
        }
        if (c < 0x80) {
            p++;
            continue;
        }
        // Multi-byte sequence: check lead byte, continuation bytes, overlongs, surrogates, range.
        size_t n;
        uint32_t min;
        const char *why = "invalid start byte";
        if (c >= 0xc2 && c <= 0xdf) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 4;
            min = 0x10000;
        } else {
            n = 0;
            min = 0;
        }
        bool ok = n != 0 && (size_t)(end - p) >= n;
        if (n != 0 && !ok) {
            why = "unexpected end of data";
        }
        if (ok) {
            uint32_t cp = c & (0x3f >> (n - 1));
            for (size_t i = 1; i < n; i++) {
                if ((p[i] & 0xc0) != 0x80) {
                    ok = false;
                    why = "invalid continuation byte";
                    break;
                }
                cp = (cp << 6) | (p[i] & 0x3f);
            }
            if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) {
                ok = false;
                why = "invalid continuation byte";
            }
        }
        if (!ok) {
            static const char hex[] = "0123456789abcdef";
            char byte[5] = {'0', 'x', hex[c >> 4], hex[c & 15], 0};
            char msg[128];
            format_into(msg, sizeof(msg),
                "(unicode error) 'utf-8' codec can't decode byte %s in position %d: %s", byte,
                (int)(p - s), why);
            raise_at(src, src + len, filename, &type_SyntaxError, msg, line,
                (uint32_t)(p - line_start));
        }
        p += n;
    }
    return skip;
}

// ---------------------------------------------------------------------------
// Set-up
// ---------------------------------------------------------------------------

void lexer_init(lexer_t *lex, const char *src, size_t len, qstr filename, bool skip_leading_ws) {
    if (!char_table_ready) {
        init_char_table();
    }
    memset(lex, 0, offsetof(lexer_t, indent_col));
    lex->src = src;
    lex->src_end = src + len;
    lex->p = src;
    lex->end = src + len;
    lex->line_start = src;
    lex->line = 1;
    lex->filename = filename;
    lex->at_bol = true;
    lex->indent_col[0] = 0;
    lex->indent_altcol[0] = 0;
    lex->bracket_depth = 0;
    lex->buf.data = NULL;
    lex->buf.len = lex->buf.alloc = 0;
    lex->tok = TOK_NEWLINE;
    if (skip_leading_ws) {
        while (lex->p < lex->end && (*lex->p == ' ' || *lex->p == '\t' || *lex->p == '\f')) {
            lex->p++;
        }
        lex->line_start = lex->p; // the skipped blanks do not count as indentation
    }
    lexer_next(lex);
}

void lexer_init_sub(lexer_t *lex, const lexer_t *parent, const char *start, const char *end,
    uint32_t line, const char *line_start) {
    memset(lex, 0, offsetof(lexer_t, indent_col));
    lex->src = parent->src;
    lex->src_end = parent->src_end;
    lex->p = start;
    lex->sub_start = start;
    lex->end = end;
    lex->line_start = line_start;
    lex->line = line;
    lex->filename = parent->filename;
    lex->in_fstring = true;
    lex->indent_col[0] = 0;
    lex->indent_altcol[0] = 0;
    lex->bracket_depth = 0;
    lex->buf.data = NULL;
    lex->buf.len = lex->buf.alloc = 0;
    lex->tok = TOK_NEWLINE;
    lexer_next(lex);
}

// ---------------------------------------------------------------------------
// Keywords
// ---------------------------------------------------------------------------

typedef struct {
    const char *text;
    uint8_t len;
    uint8_t tok;
} keyword_t;

// Grouped by first letter so a lookup compares against a handful at most.
static const keyword_t kw_table[] = {
    {"False", 5, TOK_KW_FALSE},
    {"None", 4, TOK_KW_NONE},
    {"True", 4, TOK_KW_TRUE},
    {"and", 3, TOK_KW_AND},
    {"as", 2, TOK_KW_AS},
    {"assert", 6, TOK_KW_ASSERT},
    {"async", 5, TOK_KW_ASYNC},
    {"await", 5, TOK_KW_AWAIT},
    {"break", 5, TOK_KW_BREAK},
    {"class", 5, TOK_KW_CLASS},
    {"continue", 8, TOK_KW_CONTINUE},
    {"def", 3, TOK_KW_DEF},
    {"del", 3, TOK_KW_DEL},
    {"elif", 4, TOK_KW_ELIF},
    {"else", 4, TOK_KW_ELSE},
    {"except", 6, TOK_KW_EXCEPT},
    {"finally", 7, TOK_KW_FINALLY},
    {"for", 3, TOK_KW_FOR},
    {"from", 4, TOK_KW_FROM},
    {"global", 6, TOK_KW_GLOBAL},
    {"if", 2, TOK_KW_IF},
    {"import", 6, TOK_KW_IMPORT},
    {"in", 2, TOK_KW_IN},
    {"is", 2, TOK_KW_IS},
    {"lambda", 6, TOK_KW_LAMBDA},
    {"nonlocal", 8, TOK_KW_NONLOCAL},
    {"not", 3, TOK_KW_NOT},
    {"or", 2, TOK_KW_OR},
    {"pass", 4, TOK_KW_PASS},
    {"raise", 5, TOK_KW_RAISE},
    {"return", 6, TOK_KW_RETURN},
    {"try", 3, TOK_KW_TRY},
    {"while", 5, TOK_KW_WHILE},
    {"with", 4, TOK_KW_WITH},
    {"yield", 5, TOK_KW_YIELD},
};

// The keyword token for [len] bytes at [s], or TOK_NAME.
static int keyword_lookup(const char *s, size_t len) {
    if (len < 2 || len > 8) {
        return TOK_NAME;
    }
    size_t lo, hi;
    switch (s[0]) {
        case 'F': lo = 0; hi = 1; break;
        case 'N': lo = 1; hi = 2; break;
        case 'T': lo = 2; hi = 3; break;
        case 'a': lo = 3; hi = 8; break;
        case 'b': lo = 8; hi = 9; break;
        case 'c': lo = 9; hi = 11; break;
        case 'd': lo = 11; hi = 13; break;
        case 'e': lo = 13; hi = 16; break;
        case 'f': lo = 16; hi = 19; break;
        case 'g': lo = 19; hi = 20; break;
        case 'i': lo = 20; hi = 24; break;
        case 'l': lo = 24; hi = 25; break;
        case 'n': lo = 25; hi = 27; break;
        case 'o': lo = 27; hi = 28; break;
        case 'p': lo = 28; hi = 29; break;
        case 'r': lo = 29; hi = 31; break;
        case 't': lo = 31; hi = 32; break;
        case 'w': lo = 32; hi = 34; break;
        case 'y': lo = 34; hi = 35; break;
        default: return TOK_NAME;
    }
    for (size_t i = lo; i < hi; i++) {
        if (kw_table[i].len == len && memcmp(kw_table[i].text, s, len) == 0) {
            return kw_table[i].tok;
        }
    }
    return TOK_NAME;
}

// Whether a non-ASCII code point may appear in an identifier. Without the
// Unicode tables we accept letters broadly and reject the common symbol and
// punctuation blocks, so that e.g. a stray '€' or a curly quote is reported.
static bool is_ident_cp(uint32_t cp) {
    if (cp < 0xc0) {
        return cp == 0xaa || cp == 0xb5 || cp == 0xba;
    }
    if (cp == 0xd7 || cp == 0xf7) {
        return false;
    }
    if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf) ||
        (cp >= 0x2190 && cp <= 0x23ff) || (cp >= 0x2500 && cp <= 0x27bf) ||
        (cp >= 0x2900 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x3003) ||
        (cp >= 0xfe10 && cp <= 0xfe6f && !(cp >= 0xfe33 && cp <= 0xfe34)) ||
        (cp >= 0xff01 && cp <= 0xff0f) || cp == 0xfeff || (cp >= 0xfff0 && cp <= 0xffff) ||
        (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0xe000 && cp <= 0xf8ff)) {
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

// Whether [p] starts a keyword that CPython lets follow a number directly ("1if x else y").
static bool keyword_after_number(const char *p, const char *end) {
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (size_t i = 0; i < ARRAY_SIZE(kws); i++) {
        size_t n = strlen(kws[i]);
        if ((size_t)(end - p) >= n && memcmp(p, kws[i], n) == 0) {
            return true;
        }
    }
    return false;
}

// Whether the byte at [p] would continue an identifier (so it cannot follow a number).
static bool ident_byte(const char *p) {
    return IS_IDCONT(*p) || ((unsigned char)*p >= 0x80);
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

// Copies [s, e) to the scratch buffer without underscores; returns its length.
static size_t strip_underscores(lexer_t *lex, const char *s, const char *e) {
    lex->buf.len = 0;
    const char *run = s;
    for (const char *q = s; q < e; q++) {
        if (*q == '_') {
            lexer_buf_add(&lex->buf, run, (size_t)(q - run));
            run = q + 1;
        }
    }
    lexer_buf_add(&lex->buf, run, (size_t)(e - run));
    return lex->buf.len;
}

// The int of [n] decimal digits at [s]. CPython makes a literal longer than
// the int/str conversion limit a SyntaxError, with int()'s message and a hint.
static obj_t decimal_int(lexer_t *lex, const char *s, size_t n, const char *start) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t v = int_from_str(s, n, 10);
        nlr_pop();
        return v;
    }
    obj_t exc = nlr.value;
    if (!rt_isinstance(exc, &type_ValueError)) {
        rt_raise(exc); // MemoryError and the like pass through
    }
    size_t len;
    const char *m = str_data(rt_str(exc), &len);
    static const char hint[] =
        " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
    char msg[300];
    if (len > sizeof(msg) - sizeof(hint)) {
        len = sizeof(msg) - sizeof(hint);
    }
    memcpy(msg, m, len);
    memcpy(msg + len, hint, sizeof(hint));
    error_here(lex, start, msg);
}

// Scans decimal digits with single underscores between them from [q];
// returns the end. An underscore not followed by a digit is an error.
static const char *scan_decimal(lexer_t *lex, const char *q) {
    const char *end = lex->end;
    for (;;) {
        while (q < end && IS_DIGIT(*q)) {
            q++;
        }
        if (q < end && *q == '_') {
            if (q + 1 < end && IS_DIGIT(q[1])) {
                q++;
                continue;
            }
            error_here(lex, q, "invalid decimal literal");
        }
        return q;
    }
}

static void lex_number(lexer_t *lex, const char *p) {
    const char *end = lex->end;
    const char *start = p;
    const char *q;
    if (p[0] == '0' && p + 1 < end &&
        (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' || p[1] == 'b' || p[1] == 'B')) {
        char k = (char)(p[1] | 0x20);
        int base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
        const char *kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        q = p + 2;
        const char *digits = q;
        for (;;) {
            if (q < end && *q == '_') {
                q++;
            }
            if (!(q < end && digit_value(*q) < base)) {
                if (q < end && IS_DIGIT(*q)) {
                    lexer_error_fmt(lex, &type_SyntaxError, lex->line,
                        (uint32_t)(q - lex->line_start), "invalid digit '%c' in %s literal", *q,
                        kind);
                }
                lexer_error_fmt(lex, &type_SyntaxError, lex->line,
                    (uint32_t)(q - 1 - lex->line_start), "invalid %s literal", kind);
            }
            while (q < end && digit_value(*q) < base) {
                q++;
            }
            if (q < end && *q == '_') {
                continue;
            }
            break;
        }
        if (q < end && IS_DIGIT(*q)) {
            lexer_error_fmt(lex, &type_SyntaxError, lex->line, (uint32_t)(q - lex->line_start),
                "invalid digit '%c' in %s literal", *q, kind);
        }
        if (q < end && ident_byte(q) && !keyword_after_number(q, end)) {
            lexer_error_fmt(lex, &type_SyntaxError, lex->line, (uint32_t)(q - lex->line_start),
                "invalid %s literal", kind);
        }
        // Small values are accumulated directly; longer ones go through int_from_str.
        size_t n = strip_underscores(lex, digits, q);
        int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
        if (n * (size_t)bits <= 64) {
            unsigned long long v = 0;
            for (size_t i = 0; i < n; i++) {
                v = v * (unsigned)base + (unsigned)digit_value(lex->buf.data[i]);
            }
            lex->tok_value = int_from_ull(v);
        } else {
            lex->tok_value = int_from_str(lex->buf.data, n, base);
        }
        lex->tok = TOK_NUMBER;
        lex->p = q;
        return;
    }

    bool is_float = false;
    q = p;
    if (*q != '.') {
        q = scan_decimal(lex, q);
    }
    const char *int_end = q;
    if (q < end && *q == '.') {
        q++;
        is_float = true;
        if (q < end && *q == '_') {
            error_here(lex, q - 1, "invalid decimal literal");
        }
        if (q < end && IS_DIGIT(*q)) {
            q = scan_decimal(lex, q);
        }
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *r = q + 1;
        if (r < end && (*r == '+' || *r == '-')) {
            r++;
        }
        if (r < end && IS_DIGIT(*r)) {
            q = scan_decimal(lex, r);
            is_float = true;
        } else if (!keyword_after_number(q, end)) {
            error_here(lex, r > q + 1 ? r - 1 : start, "invalid decimal literal");
        }
    }
    bool is_imag = false;
    if (q < end && (*q == 'j' || *q == 'J')) {
        is_imag = true;
        q++;
    }
    if (q < end && ident_byte(q) && !keyword_after_number(q, end)) {
        error_here(lex, is_imag ? q : start, is_imag ? "invalid imaginary literal"
                                                   : "invalid decimal literal");
    }
    lex->tok = TOK_NUMBER;
    lex->p = q;
    if (!is_float && !is_imag) {
        if (start[0] == '0') {
            for (const char *r = start; r < int_end; r++) {
                if (*r != '0' && *r != '_') {
                    error_here(lex, start,
                        "leading zeros in decimal integer literals are not permitted; use an 0o "
                        "prefix for octal integers");
                }
            }
            lex->tok_value = OBJ_NEW_SMALL_INT(0);
            return;
        }
        if (int_end - start <= 18) {
            long long v = 0;
            for (const char *r = start; r < int_end; r++) {
                if (*r != '_') {
                    v = v * 10 + (*r - '0');
                }
            }
            lex->tok_value = int_from_ll(v);
        } else {
            size_t n = strip_underscores(lex, start, int_end);
            lex->tok_value = decimal_int(lex, lex->buf.data, n, start);
        }
        return;
    }
    size_t n = strip_underscores(lex, start, is_imag ? q - 1 : q);
    obj_t f = float_from_str(lex->buf.data, n);
    if (is_imag) {
        lex->tok_value = complex_new(0.0, float_value(f));
    } else {
        lex->tok_value = f;
    }
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------

#define STR_RAW (1)
#define STR_BYTES (2)
#define STR_F (4)

// The value of [n] hex digits at [s], or -1 if one is not a hex digit or missing.
static long hex_value(const char *s, const char *e, int n) {
    if (e - s < n) {
        return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
        int d = digit_value(s[i]);
        if (d >= 16) {
            return -1;
        }
        v = v * 16 + d;
    }
    return v;
}

void lexer_decode_escapes(const lexer_t *lex, lexer_buf_t *out, const char *s, size_t len,
    bool is_bytes, uint32_t line, uint32_t col) {
    const char *body = s;
    const char *e = s + len;
    while (s < e) {
        const char *q = s;
        while (q < e && *q != '\\' && *q != '\r') {
            q++;
        }
        lexer_buf_add(out, s, (size_t)(q - s));
        s = q;
        if (s >= e) {
            break;
        }
        if (*s == '\r') {
            lexer_buf_add(out, "\n", 1);
            s += newline_len(s, e);
            continue;
        }
        const char *esc = s;
        s++;
        if (s >= e) {
            lexer_buf_add(out, "\\", 1);
            break;
        }
        char c = *s++;
        char ch;
        switch (c) {
            case '\n':
                continue;
            case '\r':
                if (s < e && *s == '\n') {
                    s++;
                }
                continue;
            case '\\':
            case '\'':
            case '"':
                ch = c;
                break;
            case 'a': ch = 7; break;
            case 'b': ch = 8; break;
            case 'f': ch = 12; break;
            case 'n': ch = 10; break;
            case 'r': ch = 13; break;
            case 't': ch = 9; break;
            case 'v': ch = 11; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t v = (uint32_t)(c - '0');
                for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++) {
                    v = v * 8 + (uint32_t)(*s++ - '0');
                }
                if (is_bytes) {
                    char b = (char)(v & 0xff);
                    lexer_buf_add(out, &b, 1);
                } else {
                    lexer_buf_add_char(out, v);
                }
                continue;
            }
            case 'x': {
                long v = hex_value(s, e, 2);
                if (v < 0) {
                    if (is_bytes) {
                        lexer_error_fmt(lex, &type_SyntaxError, line, col,
                            "(value error) invalid \\x escape at position %d",
                            (int)(esc - body));
                    }
                    int n = 1;
                    while (n < 3 && s + n - 1 < e && digit_value(s[n - 1]) < 16) {
                        n++;
                    }
                    lexer_error_fmt(lex, &type_SyntaxError, line, col,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%d-%d: truncated \\xXX escape",
                        (int)(esc - body), (int)(esc - body) + n);
                }
                s += 2;
                if (is_bytes) {
                    char b = (char)v;
                    lexer_buf_add(out, &b, 1);
                } else {
                    lexer_buf_add_char(out, (uint32_t)v);
                }
                continue;
            }
            case 'u':
            case 'U':
            case 'N': {
                if (is_bytes) {
                    lexer_buf_add(out, esc, 2);
                    continue;
                }
                if (c == 'N') {
                    lexer_error(lex, &type_SyntaxError,
                        "(unicode error) \\N escapes not supported", line, col);
                }
                int n = c == 'u' ? 4 : 8;
                long v = hex_value(s, e, n);
                if (v < 0) {
                    int k = 0;
                    while (k < n && s + k < e && digit_value(s[k]) < 16) {
                        k++;
                    }
                    lexer_error_fmt(lex, &type_SyntaxError, line, col,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%d-%d: truncated \\%cXXXX%s escape",
                        (int)(esc - body), (int)(esc - body) + k + 1, c, n == 8 ? "XXXX" : "");
                }
                if (v > 0x10ffff) {
                    lexer_error_fmt(lex, &type_SyntaxError, line, col,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%d-%d: illegal Unicode character",
                        (int)(esc - body), (int)(esc - body) + n + 1);
                }
                s += n;
                lexer_buf_add_char(out, (uint32_t)v);
                continue;
            }
            default:
                // Unknown escapes stay as written (CPython only warns).
                lexer_buf_add(out, esc, 2);
                continue;
        }
        lexer_buf_add(out, &ch, 1);
    }
}

// Lexes a string literal whose opening quote is at [q]; [flags] from its prefix.
static void lex_string(lexer_t *lex, const char *q, int flags) {
    const char *end = lex->end;
    char quote = *q;
    bool triple = q + 2 < end && q[1] == quote && q[2] == quote;
    uint32_t start_line = lex->tok_line;
    uint32_t start_col = lex->tok_col;
    const char *body = q + (triple ? 3 : 1);
    uint32_t body_line = lex->line;
    const char *body_line_start = lex->line_start;
    const char *s = body;
    bool plain = true; // no backslash, no CR: the bytes are the value
    bool ascii = true;
    const char *body_end;
    for (;;) {
        if (s >= end) {
            uint32_t detected = lex->line;
            if (detected > start_line && s > lex->src && (s[-1] == '\n' || s[-1] == '\r')) {
                detected--; // CPython counts the last line that holds text
            }
            if (!triple && lex->in_fstring) {
                detected = start_line;
            }
            lexer_error_fmt(lex, &type_SyntaxError, start_line, start_col,
                triple ? "unterminated triple-quoted string literal (detected at line %d)"
                       : "unterminated string literal (detected at line %d)",
                (int)detected);
        }
        unsigned char c = (unsigned char)*s;
        if (c == (unsigned char)quote) {
            if (!triple) {
                body_end = s;
                s++;
                break;
            }
            if (s + 2 < end && s[1] == quote && s[2] == quote) {
                body_end = s;
                s += 3;
                break;
            }
            s++;
            continue;
        }
        if (c == '\\') {
            plain = false;
            s++;
            if (s < end) {
                size_t nl = newline_len(s, end);
                if (nl) {
                    s += nl;
                    lex->line++;
                    lex->line_start = s;
                } else {
                    if ((unsigned char)*s >= 0x80) {
                        ascii = false;
                    }
                    s++;
                }
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                lexer_error_fmt(lex, &type_SyntaxError, start_line, start_col,
                    "unterminated string literal (detected at line %d)", (int)lex->line);
            }
            if (c == '\r') {
                plain = false;
            }
            s += newline_len(s, end);
            lex->line++;
            lex->line_start = s;
            continue;
        }
        if (c >= 0x80) {
            ascii = false;
        }
        s++;
    }
    lex->p = s;
    size_t len = (size_t)(body_end - body);
    // CPython reports errors in a literal's contents at the token's end.
    uint32_t err_col = lex->line == start_line ? (uint32_t)(s - lex->line_start) : start_col;
    if (flags & STR_F) {
        lex->tok = TOK_FSTRING;
        lex->tok_flags = (flags & STR_RAW) ? LEXER_STR_RAW : 0;
        lex->tok_str = body;
        lex->tok_str_len = len;
        lex->tok_str_line = body_line;
        lex->tok_str_line_start = body_line_start;
        return;
    }
    bool is_bytes = (flags & STR_BYTES) != 0;
    if (is_bytes && !ascii) {
        lexer_error(lex, &type_SyntaxError, "bytes can only contain ASCII literal characters",
            start_line, start_col);
    }
    const char *data = body;
    if (!plain) {
        lex->buf.len = 0;
        if (flags & STR_RAW) {
            // Raw: only line breaks are normalised.
            const char *r = body;
            while (r < body_end) {
                if (*r == '\r') {
                    lexer_buf_add(&lex->buf, "\n", 1);
                    r += newline_len(r, body_end);
                } else {
                    lexer_buf_add(&lex->buf, r, 1);
                    r++;
                }
            }
        } else {
            lexer_decode_escapes(lex, &lex->buf, body, len, is_bytes, start_line, err_col);
        }
        data = lex->buf.data;
        len = lex->buf.len;
    }
    if (is_bytes) {
        lex->tok = TOK_BYTES;
        lex->tok_value = bytes_new((const uint8_t *)data, len);
    } else {
        lex->tok = TOK_STRING;
        lex->tok_value = lexer_make_str(data, len);
    }
}

// The string prefix flags of the identifier [s, s+len), or -1 if it is not a prefix.
static int string_prefix(const char *s, size_t len) {
    int flags = 0;
    for (size_t i = 0; i < len; i++) {
        int f;
        switch (s[i] | 0x20) {
            case 'r': f = STR_RAW; break;
            case 'b': f = STR_BYTES; break;
            case 'f': f = STR_F; break;
            case 'u': f = 8; break;
            default: return -1;
        }
        if (flags & f) {
            return -1;
        }
        flags |= f;
    }
    // u stands alone; b and f exclude each other.
    if ((flags & 8) && len != 1) {
        return -1;
    }
    if ((flags & STR_BYTES) && (flags & STR_F)) {
        return -1;
    }
    return flags & ~8;
}

// ---------------------------------------------------------------------------
// The token loop
// ---------------------------------------------------------------------------

// Consumes the line break at [p] (the lexer is on its line); returns the byte after it.
static inline const char *next_line(lexer_t *lex, const char *p) {
    p += newline_len(p, lex->end);
    lex->line++;
    lex->line_start = p;
    return p;
}

// Handles the indentation at the start of a logical line. Returns true when
// it set a token (INDENT, DEDENT), false to continue lexing at lex->p.
static bool lex_indent(lexer_t *lex) {
    const char *p = lex->p;
    const char *end = lex->end;
    for (;;) {
        unsigned col = 0, altcol = 0;
        while (p < end) {
            if (*p == ' ') {
                col++;
                altcol++;
            } else if (*p == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (*p == '\f') {
                col = altcol = 0;
            } else {
                break;
            }
            p++;
        }
        if (p >= end) {
            lex->p = p;
            return false; // end of input: handled by the caller
        }
        if (*p == '#' || *p == '\n' || *p == '\r') {
            // A blank or comment-only line: no tokens, no indentation change.
            while (p < end && *p != '\n' && *p != '\r') {
                p++;
            }
            if (p < end) {
                p = next_line(lex, p);
            }
            continue;
        }
        lex->p = p;
        lex->at_bol = false;
        lex->tok_line = lex->line;
        lex->tok_col = (uint32_t)(p - lex->line_start);
        lex->tok_start = p;
        unsigned top = lex->indent_col[lex->indent_depth];
        unsigned alttop = lex->indent_altcol[lex->indent_depth];
        if (col == top) {
            if (altcol != alttop) {
                lexer_error(lex, &type_TabError,
                    "inconsistent use of tabs and spaces in indentation", lex->line, 0);
            }
            return false;
        }
        if (col > top) {
            if (altcol <= alttop) {
                lexer_error(lex, &type_TabError,
                    "inconsistent use of tabs and spaces in indentation", lex->line, 0);
            }
            if (lex->indent_depth + 1 >= LEXER_MAX_INDENT || col > 0xffff) {
                lexer_error(lex, &type_IndentationError, "too many levels of indentation",
                    lex->line, lex->tok_col);
            }
            lex->indent_depth++;
            lex->indent_col[lex->indent_depth] = (uint16_t)col;
            lex->indent_altcol[lex->indent_depth] = (uint16_t)altcol;
            lex->tok = TOK_INDENT;
            return true;
        }
        unsigned n = 0;
        while (lex->indent_depth > 0 && col < lex->indent_col[lex->indent_depth]) {
            lex->indent_depth--;
            n++;
        }
        if (col != lex->indent_col[lex->indent_depth]) {
            const char *le = p;
            while (le < end && *le != '\n' && *le != '\r') {
                le++;
            }
            lexer_error(lex, &type_IndentationError,
                "unindent does not match any outer indentation level", lex->line,
                (uint32_t)(le - lex->line_start));
        }
        if (altcol != lex->indent_altcol[lex->indent_depth]) {
            lexer_error(lex, &type_TabError,
                "inconsistent use of tabs and spaces in indentation", lex->line, 0);
        }
        lex->pending_dedents = (uint16_t)(n - 1);
        lex->tok = TOK_DEDENT;
        return true;
    }
}

// Sets a one- to three-byte operator token of [len] bytes.
#define OP(kind, n)          \
    do {                     \
        lex->tok = (kind);   \
        lex->p = p + (n);    \
        return;              \
    } while (0)

void lexer_next(lexer_t *lex) {
    lex->prev_tok = lex->tok;
    lex->prev_name = lex->tok_name;
    if (lex->pending_dedents) {
        lex->pending_dedents--;
        lex->tok = TOK_DEDENT;
        return;
    }
    if (lex->at_bol && lex->bracket_depth == 0 && !lex->in_fstring) {
        if (lex_indent(lex)) {
            return;
        }
    }
    const char *p = lex->p;
    const char *end = lex->end;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\f')) {
            p++;
        }
        if (p >= end) {
            lex->p = p;
            lex->tok_line = lex->line;
            lex->tok_col = (uint32_t)(p - lex->line_start);
            lex->tok_start = p;
            if (lex->in_fstring) {
                lex->tok = TOK_END;
                return;
            }
            if (lex->bracket_depth > 0 && !lex->eof_unclosed_ok) {
                unsigned d = lex->bracket_depth - 1u;
                lexer_error_fmt(lex, &type_SyntaxError, lex->bracket_line[d], lex->bracket_col[d],
                    "'%c' was never closed", lex->bracket_char[d]);
            }
            if (lex->bracket_depth > 0) {
                lex->tok = TOK_END; // only when eof_unclosed_ok
                return;
            }
            if (lex->line_has_tokens) {
                lex->line_has_tokens = false;
                lex->tok = TOK_NEWLINE;
                return;
            }
            if (lex->indent_depth > 0) {
                lex->indent_depth--;
                lex->tok = TOK_DEDENT;
                return;
            }
            lex->tok = TOK_END;
            return;
        }
        char c = *p;
        if (c == '#') {
            while (p < end && *p != '\n' && *p != '\r') {
                p++;
            }
            continue;
        }
        if (c == '\\') {
            if (p + 1 >= end) {
                error_here(lex, p + 1, "unexpected EOF while parsing");
            }
            if (p[1] == '\n' || p[1] == '\r') {
                p = next_line(lex, p + 1);
                if (p >= end && !lex->in_fstring) {
                    error_here(lex, p, "unexpected EOF while parsing");
                }
                continue;
            }
            error_here(lex, p + 1, "unexpected character after line continuation character");
        }
        if (c == '\n' || c == '\r') {
            if (lex->bracket_depth > 0 || lex->in_fstring || !lex->line_has_tokens) {
                p = next_line(lex, p);
                if (!lex->line_has_tokens && lex->bracket_depth == 0 && !lex->in_fstring) {
                    // Only a continuation made this line: treat the next as a new line.
                    lex->p = p;
                    lex->at_bol = true;
                    if (lex_indent(lex)) {
                        return;
                    }
                    p = lex->p;
                }
                continue;
            }
            lex->tok = TOK_NEWLINE;
            lex->tok_line = lex->line;
            lex->tok_col = (uint32_t)(p - lex->line_start);
            lex->tok_start = p;
            lex->p = next_line(lex, p);
            lex->at_bol = true;
            lex->line_has_tokens = false;
            return;
        }
        break;
    }

    lex->tok_line = lex->line;
    lex->tok_col = (uint32_t)(p - lex->line_start);
    lex->tok_start = p;
    lex->line_has_tokens = true;
    unsigned char c = (unsigned char)*p;

    if (IS_IDSTART(c) || c >= 0x80) {
        const char *q = p;
        bool ascii = true;
        while (q < end) {
            unsigned char b = (unsigned char)*q;
            if (b < 0x80) {
                if (!IS_IDCONT(b)) {
                    break;
                }
                q++;
                continue;
            }
            size_t n;
            uint32_t cp = decode_utf8(q, end, &n);
            if (!is_ident_cp(cp)) {
                char chr[5];
                memcpy(chr, q, n);
                chr[n] = 0;
                uint32_t col = (uint32_t)(q - lex->line_start);
                if (cp == 0xa0 || cp == 0xfeff) {
                    lexer_error_fmt(lex, &type_SyntaxError, lex->line, col,
                        "invalid non-printable character %U", cp);
                }
                lexer_error_fmt(lex, &type_SyntaxError, lex->line, col,
                    "invalid character '%s' (%U)", chr, cp);
            }
            ascii = false;
            q += n;
        }
        size_t len = (size_t)(q - p);
        if (q < end && (*q == '\'' || *q == '"') && len <= 2 && ascii) {
            int flags = string_prefix(p, len);
            if (flags >= 0) {
                lex_string(lex, q, flags);
                return;
            }
        }
        lex->p = q;
        if (ascii) {
            int kw = keyword_lookup(p, len);
            if (kw != TOK_NAME) {
                lex->tok = (uint8_t)kw;
                return;
            }
        }
        lex->tok = TOK_NAME;
        lex->tok_name = qstr_from_strn(p, len);
        return;
    }
    if (IS_DIGIT(c) || (c == '.' && p + 1 < end && IS_DIGIT(p[1]))) {
        lex_number(lex, p);
        return;
    }
    char n1 = p + 1 < end ? p[1] : 0;
    char n2 = p + 2 < end ? p[2] : 0;
    switch (c) {
        case '\'':
        case '"':
            lex_string(lex, p, 0);
            return;
        case '(':
        case '[':
        case '{':
            if (lex->bracket_depth >= LEXER_MAX_BRACKETS) {
                error_here(lex, p, "too many nested parentheses");
            }
            lex->bracket_char[lex->bracket_depth] = (char)c;
            lex->bracket_line[lex->bracket_depth] = lex->line;
            lex->bracket_col[lex->bracket_depth] = lex->tok_col;
            lex->bracket_depth++;
            OP(c == '(' ? TOK_LPAREN : c == '[' ? TOK_LBRACKET : TOK_LBRACE, 1);
        case ')':
        case ']':
        case '}': {
            if (lex->bracket_depth == 0) {
                lexer_error_fmt(lex, &type_SyntaxError, lex->line, lex->tok_col,
                    "unmatched '%c'", c);
            }
            unsigned d = lex->bracket_depth - 1u;
            char open = lex->bracket_char[d];
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (c != want) {
                if (lex->bracket_line[d] != lex->line) {
                    lexer_error_fmt(lex, &type_SyntaxError, lex->line, lex->tok_col,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                        "line %d",
                        c, open, (int)lex->bracket_line[d]);
                }
                lexer_error_fmt(lex, &type_SyntaxError, lex->line, lex->tok_col,
                    "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
            }
            lex->bracket_depth--;
            OP(c == ')' ? TOK_RPAREN : c == ']' ? TOK_RBRACKET : TOK_RBRACE, 1);
        }
        case ':':
            if (n1 == '=') {
                OP(TOK_WALRUS, 2);
            }
            OP(TOK_COLON, 1);
        case ',':
            OP(TOK_COMMA, 1);
        case ';':
            OP(TOK_SEMICOLON, 1);
        case '~':
            OP(TOK_TILDE, 1);
        case '.':
            if (n1 == '.' && n2 == '.') {
                OP(TOK_ELLIPSIS, 3);
            }
            OP(TOK_DOT, 1);
        case '-':
            if (n1 == '>') {
                OP(TOK_ARROW, 2);
            }
            if (n1 == '=') {
                OP(TOK_MINUS_EQ, 2);
            }
            OP(TOK_MINUS, 1);
        case '+':
            if (n1 == '=') {
                OP(TOK_PLUS_EQ, 2);
            }
            OP(TOK_PLUS, 1);
        case '*':
            if (n1 == '*') {
                if (n2 == '=') {
                    OP(TOK_DSTAR_EQ, 3);
                }
                OP(TOK_DSTAR, 2);
            }
            if (n1 == '=') {
                OP(TOK_STAR_EQ, 2);
            }
            OP(TOK_STAR, 1);
        case '/':
            if (n1 == '/') {
                if (n2 == '=') {
                    OP(TOK_DSLASH_EQ, 3);
                }
                OP(TOK_DSLASH, 2);
            }
            if (n1 == '=') {
                OP(TOK_SLASH_EQ, 2);
            }
            OP(TOK_SLASH, 1);
        case '%':
            if (n1 == '=') {
                OP(TOK_PERCENT_EQ, 2);
            }
            OP(TOK_PERCENT, 1);
        case '@':
            if (n1 == '=') {
                OP(TOK_AT_EQ, 2);
            }
            OP(TOK_AT, 1);
        case '&':
            if (n1 == '=') {
                OP(TOK_AMP_EQ, 2);
            }
            OP(TOK_AMP, 1);
        case '|':
            if (n1 == '=') {
                OP(TOK_PIPE_EQ, 2);
            }
            OP(TOK_PIPE, 1);
        case '^':
            if (n1 == '=') {
                OP(TOK_CARET_EQ, 2);
            }
            OP(TOK_CARET, 1);
        case '<':
            if (n1 == '<') {
                if (n2 == '=') {
                    OP(TOK_LSHIFT_EQ, 3);
                }
                OP(TOK_LSHIFT, 2);
            }
            if (n1 == '=') {
                OP(TOK_LESS_EQUAL, 2);
            }
            if (n1 == '>') {
                error_here(lex, p, "invalid syntax");
            }
            OP(TOK_LESS, 1);
        case '>':
            if (n1 == '>') {
                if (n2 == '=') {
                    OP(TOK_RSHIFT_EQ, 3);
                }
                OP(TOK_RSHIFT, 2);
            }
            if (n1 == '=') {
                OP(TOK_MORE_EQUAL, 2);
            }
            OP(TOK_MORE, 1);
        case '=':
            if (n1 == '=') {
                OP(TOK_EQUAL, 2);
            }
            OP(TOK_ASSIGN, 1);
        case '!':
            if (n1 == '=') {
                OP(TOK_NOT_EQUAL, 2);
            }
            OP(TOK_BANG, 1);
        default:
            break;
    }
    if (c < 0x20 || c == 0x7f) {
        lexer_error_fmt(lex, &type_SyntaxError, lex->line, lex->tok_col,
            "invalid non-printable character %U", (uint32_t)c);
    }
    error_here(lex, p, "invalid syntax");
}
