// The parser: tokens to the tree of py/ast.h, with CPython's SyntaxErrors.
// SPDX-License-Identifier: MIT
//
// Recursive descent for statements, precedence climbing for binary
// operators; f-string fields are parsed by a second lexer over their bytes.

#include <stdarg.h>
#include <string.h>

#include "py/lexer.h"
#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/parse.h"
#include "py/runtime.h"

// Nodes under construction wait on one growable stack; a finished sequence
// is copied off its top into an exact-size ast_seq_t, so building lists
// costs no allocation beyond the result.
typedef struct parser {
    lexer_t *lex;       // the current lexer (an f-string field swaps in its own)
    ast_node_t **stk;
    size_t sp;
    size_t alloc;
    int fstring_expr;   // > 0 while parsing an f-string field's expression
    bool in_params;     // parsing def/lambda parameters (no "forgot a comma" hint)
    uint32_t last_line; // start of the expression completed last (for the comma hint)
    uint32_t last_col;
    uint32_t nl_line;   // the NEWLINE that ended the last simple statements
    uint32_t nl_col;
} parser_t;

#define TOK (p->lex->tok)

static ast_node_t *parse_expression(parser_t *p);
static ast_node_t *parse_named_expression(parser_t *p);
static ast_node_t *parse_star_expressions(parser_t *p);
static ast_node_t *parse_disjunction(parser_t *p);
static ast_node_t *parse_binary(parser_t *p, int min_prec);
static ast_node_t *parse_factor(parser_t *p);
static ast_node_t *parse_yield(parser_t *p);
static void parse_statement(parser_t *p);
static void parse_simple_stmts(parser_t *p);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

static inline void advance(parser_t *p) {
    lexer_next(p->lex);
}

// Before the parser reports an error, CPython's tokenizer reads the rest of
// the input: a tokenizer error found there wins, and so does a bracket left
// open at the end when it was opened on a line before the error's. [peek]
// first reads the token after the current one (CPython's parser has looked
// at it when it gives up), which reports an unclosed bracket at the end.
static void check_rest(parser_t *p, uint32_t err_line, bool peek) {
    lexer_t look = *p->lex;
    look.buf.data = NULL; // the copy must not share (and reallocate) the scratch buffer
    look.buf.len = look.buf.alloc = 0;
    if (peek && look.tok != TOK_END) {
        lexer_next(&look);
    }
    look.eof_unclosed_ok = true;
    while (look.tok != TOK_END) {
        lexer_next(&look);
    }
    if (look.bracket_depth > 0 && err_line > look.bracket_line[look.bracket_depth - 1]) {
        look.eof_unclosed_ok = false;
        lexer_next(&look); // raises "'(' was never closed"
    }
}

static NORETURN void raise_error(parser_t *p, const obj_type_t *type, uint32_t line,
    uint32_t col, const char *msg) {
    check_rest(p, line, false);
    lexer_error(p->lex, type, msg, line, col);
}

static NORETURN void raise_fmt(parser_t *p, const obj_type_t *type, uint32_t line, uint32_t col,
    const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    lexer_vformat(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    raise_error(p, type, line, col, msg);
}

static NORETURN void error_at(parser_t *p, const char *msg, uint32_t line, uint32_t col) {
    raise_error(p, &type_SyntaxError, line, col, msg);
}

static NORETURN void error_node(parser_t *p, const ast_node_t *n, const char *msg) {
    error_at(p, msg, n->line, n->col);
}

static NORETURN void error_tok(parser_t *p, const char *msg) {
    error_at(p, msg, p->lex->tok_line, p->lex->tok_col);
}

// Whether token [t] can start an expression.
static bool starts_expr(int t) {
    switch (t) {
        case TOK_NAME:
        case TOK_NUMBER:
        case TOK_STRING:
        case TOK_BYTES:
        case TOK_FSTRING:
        case TOK_KW_FALSE:
        case TOK_KW_NONE:
        case TOK_KW_TRUE:
        case TOK_LPAREN:
        case TOK_LBRACKET:
        case TOK_LBRACE:
        case TOK_MINUS:
        case TOK_PLUS:
        case TOK_TILDE:
        case TOK_KW_NOT:
        case TOK_KW_LAMBDA:
        case TOK_KW_AWAIT:
        case TOK_ELLIPSIS:
            return true;
        default:
            return false;
    }
}

// Whether token [t] can end an expression (for the "forgot a comma" hint).
static bool ends_expr(int t) {
    switch (t) {
        case TOK_NAME:
        case TOK_NUMBER:
        case TOK_STRING:
        case TOK_BYTES:
        case TOK_FSTRING:
        case TOK_KW_FALSE:
        case TOK_KW_NONE:
        case TOK_KW_TRUE:
        case TOK_RPAREN:
        case TOK_RBRACKET:
        case TOK_RBRACE:
        case TOK_ELLIPSIS:
            return true;
        default:
            return false;
    }
}

// The generic "invalid syntax" at the current token, with CPython's hint when
// two expressions meet inside brackets.
static NORETURN void syntax_error(parser_t *p) {
    bool comma = (p->lex->bracket_depth > 0 || p->lex->in_fstring) && !p->in_params &&
                 starts_expr(TOK) && ends_expr(p->lex->prev_tok);
    check_rest(p, p->lex->tok_line, starts_expr(TOK) && !p->in_params);
    if (p->lex->prev_tok == TOK_NAME && starts_expr(TOK) && p->lex->bracket_depth == 0 &&
        !p->lex->in_fstring &&
        (p->lex->prev_name == QSTR_print || p->lex->prev_name == QSTR_exec)) {
        // Python 2's print and exec statements.
        raise_fmt(p, &type_SyntaxError, p->last_line, p->last_col,
            "Missing parentheses in call to '%q'. Did you mean %q(...)?", p->lex->prev_name,
            p->lex->prev_name);
    }
    if (comma) {
        // CPython points at the expression before the missing comma.
        lexer_error(p->lex, &type_SyntaxError, "invalid syntax. Perhaps you forgot a comma?",
            p->last_line, p->last_col);
    }
    lexer_error(p->lex, &type_SyntaxError, "invalid syntax", p->lex->tok_line, p->lex->tok_col);
}

static inline void expect(parser_t *p, int tok) {
    if (TOK != tok) {
        syntax_error(p);
    }
    advance(p);
}

// Expects the ':' of a compound statement header; [always] says "expected ':'"
// whatever follows (def and class headers), else only at the end of the line.
static void expect_colon(parser_t *p, bool always) {
    if (TOK != TOK_COLON) {
        if (always || TOK == TOK_NEWLINE || TOK == TOK_END) {
            error_tok(p, "expected ':'");
        }
        syntax_error(p);
    }
    advance(p);
}

static ast_node_t *node_at(int kind, uint32_t line, uint32_t col) {
    ast_node_t *n = rt_alloc(sizeof(ast_node_t));
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    return n;
}

// A node at the current token.
static inline ast_node_t *node_tok(parser_t *p, int kind) {
    return node_at(kind, p->lex->tok_line, p->lex->tok_col);
}

// A node at the position of [pos].
static inline ast_node_t *node_like(int kind, const ast_node_t *pos) {
    return node_at(kind, pos->line, pos->col);
}

static void push(parser_t *p, ast_node_t *n) {
    if (p->sp == p->alloc) {
        size_t n_alloc = p->alloc ? p->alloc * 2 : 64;
        p->stk = rt_realloc(p->stk, n_alloc * sizeof(ast_node_t *));
        p->alloc = n_alloc;
    }
    p->stk[p->sp++] = n;
}

// The nodes pushed since [base] as a sequence (NULL when none); pops them.
static ast_seq_t *pop_seq(parser_t *p, size_t base) {
    size_t n = p->sp - base;
    p->sp = base;
    if (n == 0) {
        return NULL;
    }
    ast_seq_t *s = rt_alloc(sizeof(ast_seq_t) + n * sizeof(ast_node_t *));
    s->len = n;
    memcpy(s->items, p->stk + base, n * sizeof(ast_node_t *));
    return s;
}

static ast_seq_t *seq1(ast_node_t *n) {
    ast_seq_t *s = rt_alloc(sizeof(ast_seq_t) + sizeof(ast_node_t *));
    s->len = 1;
    s->items[0] = n;
    return s;
}

// How CPython names an expression in "cannot assign to ..." messages.
static const char *expr_name(const ast_node_t *e) {
    switch (e->kind) {
        case AST_ATTRIBUTE: return "attribute";
        case AST_SUBSCRIPT: return "subscript";
        case AST_STARRED: return "starred";
        case AST_NAME: return "name";
        case AST_LIST: return "list";
        case AST_TUPLE: return "tuple";
        case AST_LAMBDA: return "lambda";
        case AST_CALL: return "function call";
        case AST_BOOLOP:
        case AST_BINOP:
        case AST_UNARYOP: return "expression";
        case AST_GENEXP: return "generator expression";
        case AST_YIELD:
        case AST_YIELDFROM: return "yield expression";
        case AST_AWAIT: return "await expression";
        case AST_LISTCOMP: return "list comprehension";
        case AST_SETCOMP: return "set comprehension";
        case AST_DICTCOMP: return "dict comprehension";
        case AST_DICT: return "dict literal";
        case AST_SET: return "set display";
        case AST_JOINEDSTR:
        case AST_FORMATTED: return "f-string expression";
        case AST_CONST:
            if (e->value == OBJ_NONE) {
                return "None";
            }
            if (e->value == OBJ_TRUE) {
                return "True";
            }
            if (e->value == OBJ_FALSE) {
                return "False";
            }
            if (e->value == OBJ_ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        case AST_COMPARE: return "comparison";
        case AST_IFEXP: return "conditional expression";
        case AST_NAMEDEXPR: return "named expression";
        default: return "expression";
    }
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

// The first node of target [e] that cannot be assigned ([del]: deleted), or NULL.
static const ast_node_t *invalid_target(const ast_node_t *e, bool del) {
    switch (e->kind) {
        case AST_NAME:
            return e->name == QSTR___debug__ ? e : NULL;
        case AST_ATTRIBUTE:
        case AST_SUBSCRIPT:
            return NULL;
        case AST_TUPLE:
        case AST_LIST:
            if (e->s1) {
                for (size_t i = 0; i < e->s1->len; i++) {
                    const ast_node_t *r = invalid_target(e->s1->items[i], del);
                    if (r) {
                        return r;
                    }
                }
            }
            return NULL;
        case AST_STARRED:
            return del ? e : invalid_target(e->a, del);
        default:
            return e;
    }
}

// Checks that no tuple or list level of target [e] holds two starred items.
static void check_starred_targets(parser_t *p, const ast_node_t *e) {
    if (e->kind != AST_TUPLE && e->kind != AST_LIST) {
        if (e->kind == AST_STARRED) {
            check_starred_targets(p, e->a);
        }
        return;
    }
    if (!e->s1) {
        return;
    }
    bool seen = false;
    for (size_t i = 0; i < e->s1->len; i++) {
        const ast_node_t *it = e->s1->items[i];
        if (it->kind == AST_STARRED) {
            if (seen) {
                error_node(p, e, "multiple starred expressions in assignment");
            }
            seen = true;
        }
        check_starred_targets(p, it);
    }
}

// Validates [e] as an assignment target; [assign] when it is a target of
// '=', [first] when it is the first one (CPython then suggests '==').
static void check_store(parser_t *p, const ast_node_t *e, bool assign, bool first) {
    const ast_node_t *bad = invalid_target(e, false);
    if (bad) {
        // The only name that cannot be a target is __debug__.
        const char *what = bad->kind == AST_NAME ? "__debug__" : expr_name(bad);
        if (bad == e && assign) {
            if (bad->kind == AST_YIELD || bad->kind == AST_YIELDFROM) {
                error_node(p, bad, "assignment to yield expression not possible");
            }
            if (bad->kind == AST_IFEXP) {
                error_node(p, bad, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if ((bad->kind == AST_CONST && what[0] >= 'A' && what[0] <= 'Z') ||
                bad->kind == AST_NAME) {
                raise_fmt(p, &type_SyntaxError, bad->line, bad->col,
                    "cannot assign to %s", what);
            }
            if (first && bad->kind != AST_COMPARE && bad->kind != AST_LAMBDA) {
                raise_fmt(p, &type_SyntaxError, bad->line, bad->col,
                    "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
            }
        }
        raise_fmt(p, &type_SyntaxError, bad->line, bad->col, "cannot assign to %s",
            what);
    }
    if (e->kind == AST_STARRED) {
        error_node(p, e, "starred assignment target must be in a list or tuple");
    }
    check_starred_targets(p, e);
}

static void check_del(parser_t *p, const ast_node_t *e) {
    const ast_node_t *bad = invalid_target(e, true);
    if (bad) {
        raise_fmt(p, &type_SyntaxError, bad->line, bad->col, "cannot delete %s",
            bad->kind == AST_NAME ? "__debug__" : expr_name(bad));
    }
}

// A bare starred expression is only valid inside a display, call or target list.
static void check_no_bare_star(parser_t *p, const ast_node_t *e) {
    if (e && e->kind == AST_STARRED) {
        error_node(p, e, p->lex->in_fstring ? "cannot use starred expression here"
                                              : "can't use starred expression here");
    }
}

// ---------------------------------------------------------------------------
// Strings and f-strings
// ---------------------------------------------------------------------------

static inline size_t newline_len(const char *s, const char *e) {
    if (*s == '\n') {
        return 1;
    }
    if (*s == '\r') {
        return (s + 1 < e && s[1] == '\n') ? 2 : 1;
    }
    return 0;
}

// Tracks the line number while scanning an f-string body, so that field
// expressions are parsed with their true line.
typedef struct fstr_pos {
    uint32_t line;
    const char *line_start;
    const char *scanned;
    uint32_t tok_line; // the f-string token, where its errors point
    uint32_t tok_col;
    bool raw;
} fstr_pos_t;

static void fpos_to(fstr_pos_t *fp, const char *to) {
    const char *q = fp->scanned;
    while (q < to) {
        size_t nl = newline_len(q, to + 1);
        if (nl) {
            q += nl;
            fp->line++;
            fp->line_start = q;
        } else {
            q++;
        }
    }
    if (q > fp->scanned) {
        fp->scanned = q;
    }
}

static NORETURN void fstring_error(parser_t *p, const fstr_pos_t *fp, const char *msg) {
    error_at(p, msg, fp->tok_line, fp->tok_col);
}

// Pushes the literal text gathered in [buf] as a str constant, if any.
static void flush_literal(parser_t *p, lexer_buf_t *buf, const fstr_pos_t *fp) {
    if (buf->len) {
        ast_node_t *c = node_at(AST_CONST, fp->tok_line, fp->tok_col);
        c->value = lexer_make_str(buf->data, buf->len);
        push(p, c);
        buf->len = 0;
    }
}

// Appends raw literal text with line breaks normalised to '\n'.
static void add_raw_text(lexer_buf_t *buf, const char *s, const char *e) {
    const char *run = s;
    while (s < e) {
        if (*s == '\r') {
            lexer_buf_add(buf, run, (size_t)(s - run));
            lexer_buf_add(buf, "\n", 1);
            s += newline_len(s, e);
            run = s;
        } else {
            s++;
        }
    }
    lexer_buf_add(buf, run, (size_t)(s - run));
}

static const char *fstring_text(parser_t *p, lexer_buf_t *buf, const char *s, const char *e,
    int nesting, fstr_pos_t *fp, bool *has_fields);

// The expression of an f-string field: what may stand in parentheses.
static ast_node_t *parse_fstring_expr(parser_t *p) {
    ast_node_t *e;
    if (TOK == TOK_KW_YIELD) {
        e = parse_yield(p);
    } else {
        e = parse_star_expressions(p);
        if (e->kind == AST_NAME && TOK == TOK_WALRUS) {
            syntax_error(p);
        }
        check_no_bare_star(p, e);
    }
    if (TOK != TOK_END) {
        syntax_error(p);
    }
    return e;
}

// Parses one replacement field starting after its '{' at [s]; flushes the
// literal text in [buf] (plus the text of a self-documenting '='), pushes an
// AST_FORMATTED and returns the position after its '}'.
static const char *fstring_field(parser_t *p, lexer_buf_t *buf, const char *s, const char *e,
    int nesting, fstr_pos_t *fp) {
    char brackets[LEXER_MAX_BRACKETS];
    int depth = 0;
    const char *q = s;
    for (;;) {
        if (q >= e) {
            fstring_error(p, fp, "f-string: expecting '}'");
        }
        char c = *q;
        if (c == '\\') {
            fstring_error(p, fp, "f-string expression part cannot include a backslash");
        }
        if (c == '#') {
            fstring_error(p, fp, "f-string expression part cannot include '#'");
        }
        if (c == '\'' || c == '"') {
            bool triple = q + 2 < e && q[1] == c && q[2] == c;
            q += triple ? 3 : 1;
            for (;;) {
                if (q >= e) {
                    fstring_error(p, fp, "f-string: unterminated string");
                }
                if (*q == '\\') {
                    fstring_error(p, fp, "f-string expression part cannot include a backslash");
                }
                if (*q == c && (!triple || (q + 2 < e && q[1] == c && q[2] == c))) {
                    q += triple ? 3 : 1;
                    break;
                }
                q++;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= LEXER_MAX_BRACKETS) {
                fstring_error(p, fp, "f-string: too many nested parenthesis");
            }
            brackets[depth++] = c;
            q++;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c == '}') {
                    break;
                }
                raise_fmt(p, &type_SyntaxError, fp->tok_line, fp->tok_col,
                    "f-string: unmatched '%c'", c);
            }
            char open = brackets[--depth];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') ||
                (open == '{' && c != '}')) {
                raise_fmt(p, &type_SyntaxError, fp->tok_line, fp->tok_col,
                    "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                    c, open);
            }
            q++;
            continue;
        }
        if ((c == '=' || c == '!' || c == '<' || c == '>') && q + 1 < e && q[1] == '=') {
            q += 2;
            continue;
        }
        if (depth == 0 && (c == '!' || c == ':' || c == '=')) {
            break;
        }
        q++;
    }
    const char *expr_end = q;
    const char *r = s;
    while (r < expr_end && (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r' || *r == '\f')) {
        r++;
    }
    if (r == expr_end) {
        fstring_error(p, fp, "f-string: empty expression not allowed");
    }

    // Parse the expression with a lexer over its bytes, at its true line.
    fpos_to(fp, s);
    lexer_t sub;
    lexer_t *outer = p->lex;
    p->fstring_expr++;
    lexer_init_sub(&sub, outer, s, expr_end, fp->line, fp->line_start);
    p->lex = &sub;
    ast_node_t *value = parse_fstring_expr(p);
    p->lex = outer;
    p->fstring_expr--;

    int conv = 0;
    bool debug = false;
    if (*q == '=') {
        q++;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) {
            q++;
        }
        add_raw_text(buf, s, q); // the text "expr=" joins the literal before it
        debug = true;
    }
    if (q < e && *q == '!') {
        q++;
        if (q >= e) {
            fstring_error(p, fp, "f-string: expecting '}'");
        }
        if (*q != 'r' && *q != 's' && *q != 'a') {
            fstring_error(p, fp,
                "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conv = *q++;
        if (q >= e || (*q != ':' && *q != '}')) {
            fstring_error(p, fp, "f-string: expecting '}'");
        }
    }
    ast_node_t *spec = NULL;
    if (q < e && *q == ':') {
        q++;
        spec = node_at(AST_JOINEDSTR, fp->tok_line, fp->tok_col);
        lexer_buf_t sbuf = {NULL, 0, 0};
        size_t base = p->sp;
        bool has_fields = false;
        q = fstring_text(p, &sbuf, q, e, nesting + 1, fp, &has_fields);
        flush_literal(p, &sbuf, fp);
        spec->s1 = pop_seq(p, base);
    }
    if (q >= e || *q != '}') {
        fstring_error(p, fp, "f-string: expecting '}'");
    }
    q++;
    if (debug && conv == 0 && spec == NULL) {
        conv = 'r';
    }
    flush_literal(p, buf, fp);
    ast_node_t *f = node_like(AST_FORMATTED, value);
    f->a = value;
    f->op = (uint8_t)conv;
    f->b = spec;
    push(p, f);
    return q;
}

// Processes f-string text from [s] to [e]: literal text goes to [buf], each
// field is pushed (after flushing [buf]). At [nesting] 0 it runs to [e];
// inside a format spec it stops at the spec's closing '}' and returns it.
static const char *fstring_text(parser_t *p, lexer_buf_t *buf, const char *s, const char *e,
    int nesting, fstr_pos_t *fp, bool *has_fields) {
    while (s < e) {
        char c = *s;
        if (c == '{') {
            if (nesting == 0 && s + 1 < e && s[1] == '{') {
                lexer_buf_add(buf, "{", 1);
                s += 2;
                continue;
            }
            if (nesting >= 2) {
                fstring_error(p, fp, "f-string: expressions nested too deeply");
            }
            s = fstring_field(p, buf, s + 1, e, nesting, fp);
            *has_fields = true;
            continue;
        }
        if (c == '}') {
            if (nesting > 0) {
                return s;
            }
            if (s + 1 < e && s[1] == '}') {
                lexer_buf_add(buf, "}", 1);
                s += 2;
                continue;
            }
            fstring_error(p, fp, "f-string: single '}' is not allowed");
        }
        const char *q = s;
        while (q < e && *q != '{' && *q != '}') {
            if (*q == '\\' && !fp->raw && q + 1 < e) {
                if (q[1] == 'N' && q + 2 < e && q[2] == '{') {
                    fstring_error(p, fp, "(unicode error) \\N escapes not supported");
                }
                if (q[1] == '{' || q[1] == '}') {
                    q++; // the backslash stays literal; the brace is seen next
                    break;
                }
                q += 2;
            } else {
                q++;
            }
        }
        if (fp->raw) {
            add_raw_text(buf, s, q);
        } else {
            lexer_decode_escapes(p->lex, buf, s, (size_t)(q - s), false, fp->tok_line,
                fp->tok_col);
        }
        s = q;
    }
    if (nesting > 0) {
        fstring_error(p, fp, "f-string: expecting '}'");
    }
    return s;
}

// The column just after the current token, where CPython reports errors in a
// literal's contents (the token's start if it spans lines).
static uint32_t tok_end_col(const lexer_t *lex) {
    return lex->line == lex->tok_line ? (uint32_t)(lex->p - lex->line_start) : lex->tok_col;
}

// A run of adjacent string literals: one constant, or an AST_JOINEDSTR when
// an f-string has fields.
static ast_node_t *parse_strings(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_CONST);
    lexer_t *lex = p->lex;
    lexer_buf_t buf = {NULL, 0, 0};
    bool is_bytes = false;
    if (TOK != TOK_FSTRING) {
        obj_t v = lex->tok_value;
        advance(p);
        if (TOK != TOK_STRING && TOK != TOK_BYTES && TOK != TOK_FSTRING) {
            n->value = v; // the common case: a single plain literal
            return n;
        }
        is_bytes = !obj_is_str(v);
        size_t len;
        const char *data = str_data(v, &len);
        lexer_buf_add(&buf, data, len);
    }
    // Adjacent literals: their text gathers in buf; f-string fields are pushed.
    size_t base = p->sp;
    bool has_fields = false;
    while (TOK == TOK_STRING || TOK == TOK_BYTES || TOK == TOK_FSTRING) {
        if ((TOK == TOK_BYTES) != is_bytes) {
            error_at(p, "cannot mix bytes and nonbytes literals", lex->tok_line,
                tok_end_col(lex));
        }
        if (TOK == TOK_FSTRING) {
            fstr_pos_t fp = {lex->tok_str_line, lex->tok_str_line_start, lex->tok_str,
                lex->tok_line, tok_end_col(lex), (lex->tok_flags & LEXER_STR_RAW) != 0};
            fstring_text(p, &buf, lex->tok_str, lex->tok_str + lex->tok_str_len, 0, &fp,
                &has_fields);
        } else {
            size_t len;
            const char *data = str_data(lex->tok_value, &len);
            lexer_buf_add(&buf, data, len);
        }
        advance(p);
    }
    if (is_bytes) {
        n->value = bytes_new((const uint8_t *)(buf.data ? buf.data : ""), buf.len);
        return n;
    }
    if (!has_fields) {
        n->value = lexer_make_str(buf.data, buf.len);
        return n;
    }
    fstr_pos_t at = {0, NULL, NULL, n->line, n->col, false};
    flush_literal(p, &buf, &at);
    n->kind = AST_JOINEDSTR;
    n->s1 = pop_seq(p, base);
    return n;
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

// Precedence of binary operator tokens (0: not a binary operator).
static int binop_prec(int t) {
    switch (t) {
        case TOK_PIPE: return 1;
        case TOK_CARET: return 2;
        case TOK_AMP: return 3;
        case TOK_LSHIFT:
        case TOK_RSHIFT: return 4;
        case TOK_PLUS:
        case TOK_MINUS: return 5;
        case TOK_STAR:
        case TOK_SLASH:
        case TOK_DSLASH:
        case TOK_PERCENT:
        case TOK_AT: return 6;
        default: return 0;
    }
}

// comprehension: ('async'? 'for' targets 'in' disjunction ('if' disjunction)*)+
static ast_node_t *parse_comprehension(parser_t *p, int kind, ast_node_t *elt, ast_node_t *val,
    uint32_t line, uint32_t col);

// '*' bitwise_or | bitwise_or: one item of a target list.
static ast_node_t *parse_star_target(parser_t *p) {
    if (TOK == TOK_STAR) {
        ast_node_t *n = node_tok(p, AST_STARRED);
        advance(p);
        n->a = parse_binary(p, 1);
        return n;
    }
    return parse_binary(p, 1);
}

// Targets of for loops and comprehensions: one target, or a tuple of them.
static ast_node_t *parse_target_list(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e = parse_star_target(p);
    if (TOK != TOK_COMMA) {
        return e;
    }
    ast_node_t *t = node_at(AST_TUPLE, line, col);
    size_t base = p->sp;
    push(p, e);
    while (TOK == TOK_COMMA) {
        advance(p);
        if (!starts_expr(TOK) && TOK != TOK_STAR) {
            break;
        }
        push(p, parse_star_target(p));
    }
    t->s1 = pop_seq(p, base);
    return t;
}

// '*' bitwise_or | named_expression: an item of a display.
static ast_node_t *parse_star_named(parser_t *p) {
    if (TOK == TOK_STAR) {
        ast_node_t *n = node_tok(p, AST_STARRED);
        advance(p);
        n->a = parse_binary(p, 1);
        return n;
    }
    return parse_named_expression(p);
}

// Parses call arguments from '(' up to and including ')' into [pos] and [kw].
static void parse_call_args(parser_t *p, ast_seq_t **pos_out, ast_seq_t **kw_out,
    bool allow_genexp) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    expect(p, TOK_LPAREN);
    size_t base = p->sp;
    size_t n_kw = 0;
    bool seen_kw = false, seen_kw_unpack = false;
    while (TOK != TOK_RPAREN) {
        if (TOK == TOK_STAR) {
            ast_node_t *n = node_tok(p, AST_STARRED);
            advance(p);
            n->a = parse_expression(p);
            if (seen_kw_unpack) {
                error_node(p, n, "iterable argument unpacking follows keyword argument unpacking");
            }
            push(p, n);
        } else if (TOK == TOK_DSTAR) {
            ast_node_t *n = node_tok(p, AST_KEYWORD);
            advance(p);
            n->a = parse_expression(p);
            seen_kw_unpack = true;
            push(p, n);
            n_kw++;
        } else {
            ast_node_t *e = parse_named_expression(p);
            if (TOK == TOK_ASSIGN) {
                if (e->kind != AST_NAME) {
                    error_node(p, e,
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                advance(p);
                ast_node_t *n = node_like(AST_KEYWORD, e);
                n->name = e->name;
                n->a = parse_expression(p);
                for (size_t i = base; i < p->sp; i++) {
                    if (p->stk[i]->kind == AST_KEYWORD && p->stk[i]->name == n->name) {
                        raise_fmt(p, &type_SyntaxError, n->line, n->col,
                            "keyword argument repeated: %q", n->name);
                    }
                }
                seen_kw = true;
                push(p, n);
                n_kw++;
            } else if (TOK == TOK_KW_FOR || TOK == TOK_KW_ASYNC) {
                if (!allow_genexp) {
                    syntax_error(p); // class bases take no bare generator
                }
                ast_node_t *g = parse_comprehension(p, AST_GENEXP, e, NULL, line, col);
                if (p->sp != base || TOK != TOK_RPAREN) {
                    error_node(p, e, "Generator expression must be parenthesized");
                }
                push(p, g);
            } else {
                check_no_bare_star(p, NULL);
                if (seen_kw_unpack) {
                    error_tok(p, "positional argument follows keyword argument unpacking");
                }
                if (seen_kw) {
                    error_tok(p, "positional argument follows keyword argument");
                }
                push(p, e);
            }
        }
        if (TOK != TOK_COMMA) {
            break;
        }
        advance(p);
    }
    expect(p, TOK_RPAREN);
    // Split the arguments: keywords (AST_KEYWORD) apart, order kept within each.
    size_t n = p->sp - base;
    size_t n_pos = n - n_kw;
    ast_seq_t *pos = NULL, *kw = NULL;
    if (n_pos) {
        pos = rt_alloc(sizeof(ast_seq_t) + n_pos * sizeof(ast_node_t *));
        pos->len = n_pos;
    }
    if (n_kw) {
        kw = rt_alloc(sizeof(ast_seq_t) + n_kw * sizeof(ast_node_t *));
        kw->len = n_kw;
    }
    size_t ip = 0, ik = 0;
    for (size_t i = base; i < p->sp; i++) {
        ast_node_t *a = p->stk[i];
        if (a->kind == AST_KEYWORD) {
            kw->items[ik++] = a;
        } else {
            pos->items[ip++] = a;
        }
    }
    p->sp = base;
    *pos_out = pos;
    *kw_out = kw;
}

// One subscript item: an expression, a slice, or a starred expression.
static ast_node_t *parse_slice(parser_t *p) {
    ast_node_t *lower = NULL;
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    if (TOK != TOK_COLON) {
        if (TOK == TOK_STAR) {
            ast_node_t *n = node_tok(p, AST_STARRED);
            advance(p);
            n->a = parse_binary(p, 1);
            return n;
        }
        lower = parse_named_expression(p);
        if (TOK != TOK_COLON) {
            return lower;
        }
    }
    ast_node_t *s = node_at(AST_SLICE, line, col);
    s->a = lower;
    advance(p);
    if (TOK != TOK_COLON && TOK != TOK_RBRACKET && TOK != TOK_COMMA) {
        s->b = parse_expression(p);
    }
    if (TOK == TOK_COLON) {
        advance(p);
        if (TOK != TOK_RBRACKET && TOK != TOK_COMMA) {
            s->c = parse_expression(p);
        }
    }
    return s;
}

static ast_node_t *parse_subscript(parser_t *p, ast_node_t *obj, uint32_t line, uint32_t col) {
    ast_node_t *n = node_at(AST_SUBSCRIPT, line, col);
    n->a = obj;
    uint32_t tline = p->lex->tok_line, tcol = p->lex->tok_col;
    ast_node_t *e = parse_slice(p);
    if (TOK == TOK_COMMA || e->kind == AST_STARRED) { // a[*b] indexes by the tuple (*b,)
        ast_node_t *t = node_at(AST_TUPLE, tline, tcol);
        size_t base = p->sp;
        push(p, e);
        while (TOK == TOK_COMMA) {
            advance(p);
            if (TOK == TOK_RBRACKET) {
                break;
            }
            push(p, parse_slice(p));
        }
        t->s1 = pop_seq(p, base);
        e = t;
    }
    expect(p, TOK_RBRACKET);
    n->b = e;
    return n;
}

// '(' ... ')': a parenthesised expression, a tuple, a generator expression or a yield.
static ast_node_t *parse_paren(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    advance(p);
    if (TOK == TOK_RPAREN) {
        advance(p);
        ast_node_t *t = node_at(AST_TUPLE, line, col);
        t->flags = AST_FLAG_PAREN;
        return t;
    }
    if (TOK == TOK_KW_YIELD) {
        ast_node_t *y = parse_yield(p);
        expect(p, TOK_RPAREN);
        return y;
    }
    ast_node_t *e = parse_star_named(p);
    if (TOK == TOK_KW_FOR || TOK == TOK_KW_ASYNC) {
        check_no_bare_star(p, e);
        ast_node_t *g = parse_comprehension(p, AST_GENEXP, e, NULL, line, col);
        expect(p, TOK_RPAREN);
        return g;
    }
    if (TOK == TOK_COMMA) {
        ast_node_t *t = node_at(AST_TUPLE, line, col);
        t->flags = AST_FLAG_PAREN;
        size_t base = p->sp;
        push(p, e);
        while (TOK == TOK_COMMA) {
            advance(p);
            if (TOK == TOK_RPAREN) {
                break;
            }
            push(p, parse_star_named(p));
        }
        expect(p, TOK_RPAREN);
        t->s1 = pop_seq(p, base);
        return t;
    }
    expect(p, TOK_RPAREN);
    if (e->kind == AST_STARRED) {
        error_node(p, e, "cannot use starred expression here");
    }
    return e;
}

static ast_node_t *parse_list(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    advance(p);
    ast_node_t *l = node_at(AST_LIST, line, col);
    if (TOK == TOK_RBRACKET) {
        advance(p);
        return l;
    }
    ast_node_t *e = parse_star_named(p);
    if (TOK == TOK_KW_FOR || TOK == TOK_KW_ASYNC) {
        check_no_bare_star(p, e);
        ast_node_t *c = parse_comprehension(p, AST_LISTCOMP, e, NULL, line, col);
        expect(p, TOK_RBRACKET);
        return c;
    }
    size_t base = p->sp;
    push(p, e);
    while (TOK == TOK_COMMA) {
        advance(p);
        if (TOK == TOK_RBRACKET) {
            break;
        }
        push(p, parse_star_named(p));
    }
    expect(p, TOK_RBRACKET);
    l->s1 = pop_seq(p, base);
    return l;
}

// '{' ... '}': dict or set display or comprehension.
static ast_node_t *parse_brace(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    advance(p);
    if (TOK == TOK_RBRACE) {
        advance(p);
        return node_at(AST_DICT, line, col);
    }
    ast_node_t *item;
    if (TOK == TOK_DSTAR) {
        item = node_tok(p, AST_DICTITEM);
        advance(p);
        item->b = parse_binary(p, 1);
    } else {
        ast_node_t *k = parse_star_named(p);
        if (TOK != TOK_COLON) {
            // A set.
            if (TOK == TOK_KW_FOR || TOK == TOK_KW_ASYNC) {
                check_no_bare_star(p, k);
                ast_node_t *c = parse_comprehension(p, AST_SETCOMP, k, NULL, line, col);
                expect(p, TOK_RBRACE);
                return c;
            }
            ast_node_t *s = node_at(AST_SET, line, col);
            size_t base = p->sp;
            push(p, k);
            while (TOK == TOK_COMMA) {
                advance(p);
                if (TOK == TOK_RBRACE) {
                    break;
                }
                push(p, parse_star_named(p));
            }
            expect(p, TOK_RBRACE);
            s->s1 = pop_seq(p, base);
            return s;
        }
        if (k->kind == AST_STARRED || k->kind == AST_NAMEDEXPR) {
            error_node(p, k, "invalid syntax");
        }
        advance(p);
        ast_node_t *v = parse_expression(p);
        if (TOK == TOK_KW_FOR || TOK == TOK_KW_ASYNC) {
            ast_node_t *c = parse_comprehension(p, AST_DICTCOMP, k, v, line, col);
            expect(p, TOK_RBRACE);
            return c;
        }
        item = node_like(AST_DICTITEM, k);
        item->a = k;
        item->b = v;
    }
    ast_node_t *d = node_at(AST_DICT, line, col);
    size_t base = p->sp;
    push(p, item);
    while (TOK == TOK_COMMA) {
        advance(p);
        if (TOK == TOK_RBRACE) {
            break;
        }
        if (TOK == TOK_DSTAR) {
            item = node_tok(p, AST_DICTITEM);
            advance(p);
            item->b = parse_binary(p, 1);
        } else {
            ast_node_t *k = parse_expression(p);
            if (TOK != TOK_COLON) {
                if (TOK == TOK_COMMA || TOK == TOK_RBRACE) {
                    error_node(p, k, "':' expected after dictionary key");
                }
                syntax_error(p);
            }
            advance(p);
            item = node_like(AST_DICTITEM, k);
            item->a = k;
            item->b = parse_expression(p);
        }
        push(p, item);
    }
    expect(p, TOK_RBRACE);
    d->s1 = pop_seq(p, base);
    return d;
}

static ast_node_t *parse_comprehension(parser_t *p, int kind, ast_node_t *elt, ast_node_t *val,
    uint32_t line, uint32_t col) {
    ast_node_t *n = node_at(kind, line, col);
    n->a = elt;
    n->b = val;
    size_t base = p->sp;
    while (TOK == TOK_KW_FOR || TOK == TOK_KW_ASYNC) {
        ast_node_t *c = node_tok(p, AST_COMPREHENSION);
        if (TOK == TOK_KW_ASYNC) {
            c->flags = AST_FLAG_ASYNC;
            advance(p);
            if (TOK != TOK_KW_FOR) {
                syntax_error(p);
            }
        }
        advance(p);
        c->a = parse_target_list(p);
        check_store(p, c->a, false, false);
        expect(p, TOK_KW_IN);
        c->b = parse_disjunction(p);
        size_t ibase = p->sp;
        while (TOK == TOK_KW_IF) {
            advance(p);
            push(p, parse_disjunction(p));
        }
        c->s1 = pop_seq(p, ibase);
        push(p, c);
    }
    n->s1 = pop_seq(p, base);
    return n;
}

static ast_node_t *parse_atom(parser_t *p) {
    rt_check_stack();
    ast_node_t *n;
    switch (TOK) {
        case TOK_NAME:
            n = node_tok(p, AST_NAME);
            n->name = p->lex->tok_name;
            advance(p);
            return n;
        case TOK_NUMBER:
            n = node_tok(p, AST_CONST);
            n->value = p->lex->tok_value;
            advance(p);
            return n;
        case TOK_STRING:
        case TOK_BYTES:
        case TOK_FSTRING:
            return parse_strings(p);
        case TOK_KW_NONE:
        case TOK_KW_TRUE:
        case TOK_KW_FALSE:
        case TOK_ELLIPSIS:
            n = node_tok(p, AST_CONST);
            n->value = TOK == TOK_KW_NONE ? OBJ_NONE
                       : TOK == TOK_KW_TRUE ? OBJ_TRUE
                       : TOK == TOK_KW_FALSE ? OBJ_FALSE
                                             : OBJ_ELLIPSIS;
            advance(p);
            return n;
        case TOK_LPAREN:
            return parse_paren(p);
        case TOK_LBRACKET:
            return parse_list(p);
        case TOK_LBRACE:
            return parse_brace(p);
        default:
            syntax_error(p);
    }
}

static ast_node_t *parse_primary(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e = parse_atom(p);
    for (;;) {
        switch (TOK) {
            case TOK_DOT: {
                advance(p);
                if (TOK != TOK_NAME) {
                    syntax_error(p);
                }
                ast_node_t *n = node_at(AST_ATTRIBUTE, line, col);
                n->a = e;
                n->name = p->lex->tok_name;
                advance(p);
                e = n;
                break;
            }
            case TOK_LPAREN: {
                ast_node_t *n = node_at(AST_CALL, line, col);
                n->a = e;
                parse_call_args(p, &n->s1, &n->s2, true);
                e = n;
                break;
            }
            case TOK_LBRACKET:
                advance(p);
                e = parse_subscript(p, e, line, col);
                break;
            default:
                return e;
        }
    }
}

// power: ['await'] primary ['**' factor]
static ast_node_t *parse_power(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e;
    if (TOK == TOK_KW_AWAIT) {
        e = node_tok(p, AST_AWAIT);
        advance(p);
        e->a = parse_primary(p);
    } else {
        e = parse_primary(p);
    }
    if (TOK == TOK_DSTAR) {
        advance(p);
        ast_node_t *n = node_at(AST_BINOP, line, col);
        n->op = BINARY_OP_POWER;
        n->a = e;
        n->b = parse_factor(p);
        return n;
    }
    return e;
}

// factor: ('+' | '-' | '~') factor | power
static ast_node_t *parse_factor(parser_t *p) {
    int t = TOK;
    if (t == TOK_PLUS || t == TOK_MINUS || t == TOK_TILDE) {
        rt_check_stack();
        ast_node_t *n = node_tok(p, AST_UNARYOP);
        n->op = t == TOK_PLUS ? UNARY_OP_POSITIVE : t == TOK_MINUS ? UNARY_OP_NEGATIVE
                                                                   : UNARY_OP_INVERT;
        advance(p);
        n->a = parse_factor(p);
        return n;
    }
    return parse_power(p);
}

// Binary operators from '|' (precedence 1) to '*' '/' '//' '%' '@' (6), left associative.
static ast_node_t *parse_binary(parser_t *p, int min_prec) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *left = parse_factor(p);
    for (;;) {
        int t = TOK;
        int prec = binop_prec(t);
        if (prec == 0 || prec < min_prec) {
            return left;
        }
        advance(p);
        ast_node_t *n = node_at(AST_BINOP, line, col);
        n->op = (uint8_t)(BINARY_OP_OR + (t - TOK_PIPE));
        n->a = left;
        n->b = parse_binary(p, prec + 1);
        left = n;
    }
}

static ast_node_t *parse_comparison(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e = parse_binary(p, 1);
    size_t base = p->sp;
    for (;;) {
        int t = TOK;
        int op;
        if (t >= TOK_LESS && t <= TOK_NOT_EQUAL) {
            op = BINARY_OP_LESS + (t - TOK_LESS);
        } else if (t == TOK_KW_IN) {
            op = BINARY_OP_IN;
        } else if (t == TOK_KW_NOT) {
            advance(p);
            if (TOK != TOK_KW_IN) {
                syntax_error(p);
            }
            op = BINARY_OP_NOT_IN;
        } else if (t == TOK_KW_IS) {
            advance(p);
            if (TOK == TOK_KW_NOT) {
                op = BINARY_OP_IS_NOT;
            } else {
                op = BINARY_OP_IS;
                ast_node_t *c = node_tok(p, AST_CMPOP);
                c->op = (uint8_t)op;
                c->a = parse_binary(p, 1);
                push(p, c);
                continue;
            }
        } else {
            break;
        }
        advance(p);
        ast_node_t *c = node_tok(p, AST_CMPOP);
        c->op = (uint8_t)op;
        c->a = parse_binary(p, 1);
        push(p, c);
    }
    if (p->sp == base) {
        return e;
    }
    ast_node_t *n = node_at(AST_COMPARE, line, col);
    n->a = e;
    n->s1 = pop_seq(p, base);
    return n;
}

static ast_node_t *parse_inversion(parser_t *p) {
    if (TOK == TOK_KW_NOT) {
        rt_check_stack();
        ast_node_t *n = node_tok(p, AST_UNARYOP);
        n->op = UNARY_OP_NOT;
        advance(p);
        n->a = parse_inversion(p);
        return n;
    }
    return parse_comparison(p);
}

static ast_node_t *parse_conjunction(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e = parse_inversion(p);
    if (TOK != TOK_KW_AND) {
        return e;
    }
    ast_node_t *n = node_at(AST_BOOLOP, line, col);
    n->op = AST_BOOL_AND;
    size_t base = p->sp;
    push(p, e);
    while (TOK == TOK_KW_AND) {
        advance(p);
        push(p, parse_inversion(p));
    }
    n->s1 = pop_seq(p, base);
    return n;
}

static ast_node_t *parse_disjunction(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e = parse_conjunction(p);
    if (TOK != TOK_KW_OR) {
        return e;
    }
    ast_node_t *n = node_at(AST_BOOLOP, line, col);
    n->op = AST_BOOL_OR;
    size_t base = p->sp;
    push(p, e);
    while (TOK == TOK_KW_OR) {
        advance(p);
        push(p, parse_conjunction(p));
    }
    n->s1 = pop_seq(p, base);
    return n;
}

// Parameters of a def (with annotations) or a lambda, up to [close] (not consumed).
static ast_node_t *parse_param(parser_t *p, bool annotations) {
    if (TOK != TOK_NAME) {
        syntax_error(p);
    }
    ast_node_t *a = node_tok(p, AST_ARG);
    a->name = p->lex->tok_name;
    advance(p);
    if (annotations && TOK == TOK_COLON) {
        advance(p);
        if (TOK == TOK_STAR) {
            ast_node_t *s = node_tok(p, AST_STARRED);
            advance(p);
            s->a = parse_expression(p);
            a->a = s;
        } else {
            a->a = parse_expression(p);
        }
    }
    return a;
}

static void check_dup_param(parser_t *p, size_t base, const ast_args_t *args, const ast_node_t *a) {
    bool dup = (args->vararg && args->vararg->name == a->name) ||
               (args->kwarg && args->kwarg->name == a->name);
    for (size_t i = base; i < p->sp && !dup; i++) {
        dup = p->stk[i]->name == a->name;
    }
    if (dup) {
        raise_fmt(p, &type_SyntaxError, a->line, a->col,
            "duplicate argument '%q' in function definition", a->name);
    }
}

static ast_args_t *parse_params(parser_t *p, int close, bool annotations) {
    ast_args_t *args = rt_alloc(sizeof(ast_args_t));
    size_t base = p->sp;
    size_t n_pos = SIZE_MAX; // set at '*'
    bool seen_default = false, seen_slash = false, bare_star = false;
    uint32_t star_line = 0, star_col = 0;
    while (TOK != close) {
        if (TOK == TOK_SLASH) {
            if (seen_slash) {
                error_tok(p, "/ may appear only once");
            }
            if (n_pos != SIZE_MAX) {
                error_tok(p, "/ must be ahead of *");
            }
            if (p->sp == base) {
                syntax_error(p);
            }
            args->n_posonly = p->sp - base;
            seen_slash = true;
            advance(p);
        } else if (TOK == TOK_STAR) {
            if (n_pos != SIZE_MAX) {
                error_tok(p, "* argument may appear only once");
            }
            star_line = p->lex->tok_line;
            star_col = p->lex->tok_col;
            advance(p);
            n_pos = p->sp - base;
            if (TOK == TOK_NAME) {
                ast_node_t *a = parse_param(p, annotations);
                check_dup_param(p, base, args, a);
                args->vararg = a;
            } else {
                bare_star = true;
            }
        } else if (TOK == TOK_DSTAR) {
            advance(p);
            ast_node_t *a = parse_param(p, annotations);
            check_dup_param(p, base, args, a);
            args->kwarg = a;
            if (TOK == TOK_COMMA) {
                advance(p);
            }
            if (TOK != close) {
                error_tok(p, "arguments cannot follow var-keyword argument");
            }
            break;
        } else {
            ast_node_t *a = parse_param(p, annotations);
            check_dup_param(p, base, args, a);
            if (TOK == TOK_ASSIGN) {
                advance(p);
                a->b = parse_expression(p);
                if (n_pos == SIZE_MAX) {
                    seen_default = true;
                }
            } else if (n_pos == SIZE_MAX && seen_default) {
                error_node(p, a, "non-default argument follows default argument");
            }
            push(p, a);
        }
        if (TOK != TOK_COMMA) {
            if (TOK != close) {
                p->in_params = true;
                syntax_error(p);
            }
            break;
        }
        advance(p);
    }
    if (n_pos == SIZE_MAX) {
        n_pos = p->sp - base;
    } else if (bare_star && p->sp - base == n_pos) {
        error_at(p, "named arguments must follow bare *", star_line, star_col);
    }
    size_t n_kwonly = p->sp - base - n_pos;
    if (n_kwonly) {
        args->kwonly = rt_alloc(sizeof(ast_seq_t) + n_kwonly * sizeof(ast_node_t *));
        args->kwonly->len = n_kwonly;
        memcpy(args->kwonly->items, p->stk + base + n_pos, n_kwonly * sizeof(ast_node_t *));
    }
    p->sp = base + n_pos;
    args->pos = pop_seq(p, base);
    return args;
}

static ast_node_t *parse_lambda(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_LAMBDA);
    advance(p);
    n->args = parse_params(p, TOK_COLON, false);
    expect(p, TOK_COLON);
    n->a = parse_expression(p);
    return n;
}

// expression: disjunction ['if' disjunction 'else' expression] | lambda
static ast_node_t *parse_expression(parser_t *p) {
    rt_check_stack();
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    if (TOK == TOK_KW_LAMBDA) {
        ast_node_t *l = parse_lambda(p);
        p->last_line = line;
        p->last_col = col;
        return l;
    }
    ast_node_t *e = parse_disjunction(p);
    if (TOK != TOK_KW_IF) {
        p->last_line = line;
        p->last_col = col;
        return e;
    }
    advance(p);
    ast_node_t *n = node_at(AST_IFEXP, line, col);
    n->b = e;
    n->a = parse_disjunction(p);
    if (TOK != TOK_KW_ELSE) {
        error_node(p, e, "expected 'else' after 'if' expression");
    }
    advance(p);
    n->c = parse_expression(p);
    p->last_line = line;
    p->last_col = col;
    return n;
}

// named_expression: NAME ':=' expression | expression
static ast_node_t *parse_named_expression(parser_t *p) {
    ast_node_t *e = parse_expression(p);
    if (TOK != TOK_WALRUS) {
        return e;
    }
    if (e->kind != AST_NAME) {
        raise_fmt(p, &type_SyntaxError, e->line, e->col,
            "cannot use assignment expressions with %s", expr_name(e));
    }
    advance(p);
    ast_node_t *n = node_like(AST_NAMEDEXPR, e);
    n->a = e;
    n->b = parse_expression(p);
    return n;
}

// star_expression: '*' bitwise_or | expression
static ast_node_t *parse_star_expression(parser_t *p) {
    if (TOK == TOK_STAR) {
        ast_node_t *n = node_tok(p, AST_STARRED);
        advance(p);
        n->a = parse_binary(p, 1);
        return n;
    }
    return parse_expression(p);
}

// star_expressions: one, or an unparenthesised tuple.
static ast_node_t *parse_star_expressions(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e = parse_star_expression(p);
    if (TOK != TOK_COMMA) {
        return e;
    }
    ast_node_t *t = node_at(AST_TUPLE, line, col);
    size_t base = p->sp;
    push(p, e);
    while (TOK == TOK_COMMA) {
        advance(p);
        if (!starts_expr(TOK) && TOK != TOK_STAR) {
            break;
        }
        push(p, parse_star_expression(p));
    }
    t->s1 = pop_seq(p, base);
    return t;
}

static ast_node_t *parse_yield(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_YIELD);
    advance(p);
    if (TOK == TOK_KW_FROM) {
        n->kind = AST_YIELDFROM;
        advance(p);
        n->a = parse_expression(p);
        return n;
    }
    if (starts_expr(TOK) || TOK == TOK_STAR) {
        n->a = parse_star_expressions(p);
        check_no_bare_star(p, n->a);
    }
    return n;
}

// The right side of an assignment: a yield expression or star_expressions.
static ast_node_t *parse_rhs(parser_t *p) {
    if (TOK == TOK_KW_YIELD) {
        return parse_yield(p);
    }
    ast_node_t *e = parse_star_expressions(p);
    return e;
}

// ---------------------------------------------------------------------------
// Simple statements
// ---------------------------------------------------------------------------

static ast_node_t *parse_expr_stmt(parser_t *p) {
    bool paren = TOK == TOK_LPAREN;
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *e = parse_rhs(p);
    int t = TOK;
    if (t == TOK_ASSIGN) {
        ast_node_t *n = node_at(AST_ASSIGN, line, col);
        size_t base = p->sp;
        for (;;) {
            if (e->kind == AST_IFEXP) {
                error_at(p, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line,
                    col);
            }
            check_store(p, e, true, p->sp == base);
            push(p, e);
            advance(p);
            e = parse_rhs(p);
            if (TOK != TOK_ASSIGN) {
                break;
            }
        }
        check_no_bare_star(p, e);
        n->s1 = pop_seq(p, base);
        n->a = e;
        return n;
    }
    if (t >= TOK_PIPE_EQ && t <= TOK_DSTAR_EQ) {
        if (e->kind != AST_NAME && e->kind != AST_ATTRIBUTE && e->kind != AST_SUBSCRIPT) {
            raise_fmt(p, &type_SyntaxError, e->line, e->col,
                "'%s' is an illegal expression for augmented assignment", expr_name(e));
        }
        ast_node_t *n = node_at(AST_AUGASSIGN, line, col);
        n->op = (uint8_t)(BINARY_OP_OR + (t - TOK_PIPE_EQ));
        n->a = e;
        advance(p);
        n->b = parse_rhs(p);
        check_no_bare_star(p, n->b);
        return n;
    }
    if (t == TOK_COLON) {
        if (e->kind == AST_TUPLE && !(e->flags & AST_FLAG_PAREN)) {
            error_node(p, e, "only single target (not tuple) can be annotated");
        }
        if (e->kind == AST_TUPLE) {
            error_node(p, e, "only single target (not tuple) can be annotated");
        }
        if (e->kind == AST_LIST) {
            error_node(p, e, "only single target (not list) can be annotated");
        }
        if (e->kind != AST_NAME && e->kind != AST_ATTRIBUTE && e->kind != AST_SUBSCRIPT) {
            error_node(p, e, "illegal target for annotation");
        }
        ast_node_t *n = node_at(AST_ANNASSIGN, line, col);
        n->a = e;
        n->flags = (e->kind == AST_NAME && !paren) ? 1 : 0;
        advance(p);
        n->b = parse_expression(p);
        if (TOK == TOK_ASSIGN) {
            advance(p);
            n->c = parse_rhs(p);
            check_no_bare_star(p, n->c);
        }
        return n;
    }
    if (t == TOK_WALRUS && e->kind != AST_NAME) {
        raise_fmt(p, &type_SyntaxError, e->line, e->col,
            "cannot use assignment expressions with %s", expr_name(e));
    }
    check_no_bare_star(p, e);
    ast_node_t *n = node_at(AST_EXPR_STMT, line, col);
    n->a = e;
    return n;
}

// A dotted module name as one qstr ("a.b.c").
static qstr parse_dotted_name(parser_t *p) {
    if (TOK != TOK_NAME) {
        syntax_error(p);
    }
    qstr q = p->lex->tok_name;
    advance(p);
    if (TOK != TOK_DOT) {
        return q;
    }
    lexer_buf_t b = {NULL, 0, 0};
    size_t len;
    const char *s = qstr_data(q, &len);
    lexer_buf_add(&b, s, len);
    while (TOK == TOK_DOT) {
        advance(p);
        if (TOK != TOK_NAME) {
            syntax_error(p);
        }
        s = qstr_data(p->lex->tok_name, &len);
        lexer_buf_add(&b, ".", 1);
        lexer_buf_add(&b, s, len);
        advance(p);
    }
    return qstr_from_strn(b.data, b.len);
}

static ast_node_t *parse_import(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_IMPORT);
    advance(p);
    size_t base = p->sp;
    for (;;) {
        ast_node_t *a = node_tok(p, AST_ALIAS);
        a->name = parse_dotted_name(p);
        if (TOK == TOK_KW_AS) {
            advance(p);
            if (TOK != TOK_NAME) {
                syntax_error(p);
            }
            a->name2 = p->lex->tok_name;
            advance(p);
        }
        push(p, a);
        if (TOK != TOK_COMMA) {
            break;
        }
        advance(p);
    }
    n->s1 = pop_seq(p, base);
    return n;
}

static ast_node_t *parse_from_import(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_IMPORTFROM);
    advance(p);
    unsigned level = 0;
    while (TOK == TOK_DOT || TOK == TOK_ELLIPSIS) {
        level += TOK == TOK_DOT ? 1 : 3;
        advance(p);
    }
    if (level > 255) {
        error_tok(p, "too many dots in relative import");
    }
    n->op = (uint8_t)level;
    if (TOK != TOK_KW_IMPORT || level == 0) {
        n->name = parse_dotted_name(p);
    }
    expect(p, TOK_KW_IMPORT);
    size_t base = p->sp;
    if (TOK == TOK_STAR) {
        ast_node_t *a = node_tok(p, AST_ALIAS);
        a->name = QSTR__star;
        advance(p);
        push(p, a);
    } else {
        bool paren = TOK == TOK_LPAREN;
        if (paren) {
            advance(p);
        }
        for (;;) {
            if (TOK != TOK_NAME) {
                syntax_error(p);
            }
            ast_node_t *a = node_tok(p, AST_ALIAS);
            a->name = p->lex->tok_name;
            advance(p);
            if (TOK == TOK_KW_AS) {
                advance(p);
                if (TOK != TOK_NAME) {
                    syntax_error(p);
                }
                a->name2 = p->lex->tok_name;
                advance(p);
            }
            push(p, a);
            if (TOK != TOK_COMMA) {
                break;
            }
            advance(p);
            if (paren && TOK == TOK_RPAREN) {
                break;
            }
            if (!paren && TOK != TOK_NAME) {
                error_tok(p, "trailing comma not allowed without surrounding parentheses");
            }
        }
        if (paren) {
            expect(p, TOK_RPAREN);
        }
    }
    n->s1 = pop_seq(p, base);
    return n;
}

static ast_node_t *parse_simple_stmt(parser_t *p) {
    ast_node_t *n;
    switch (TOK) {
        case TOK_KW_PASS:
            n = node_tok(p, AST_PASS);
            advance(p);
            return n;
        case TOK_KW_BREAK:
            n = node_tok(p, AST_BREAK);
            advance(p);
            return n;
        case TOK_KW_CONTINUE:
            n = node_tok(p, AST_CONTINUE);
            advance(p);
            return n;
        case TOK_KW_RETURN:
            n = node_tok(p, AST_RETURN);
            advance(p);
            if (starts_expr(TOK) || TOK == TOK_STAR) {
                n->a = parse_star_expressions(p);
                check_no_bare_star(p, n->a);
            }
            return n;
        case TOK_KW_RAISE:
            n = node_tok(p, AST_RAISE);
            advance(p);
            if (starts_expr(TOK)) {
                n->a = parse_expression(p);
                if (TOK == TOK_KW_FROM) {
                    advance(p);
                    n->b = parse_expression(p);
                }
            }
            return n;
        case TOK_KW_GLOBAL:
        case TOK_KW_NONLOCAL: {
            n = node_tok(p, TOK == TOK_KW_GLOBAL ? AST_GLOBAL : AST_NONLOCAL);
            advance(p);
            size_t base = p->sp;
            for (;;) {
                if (TOK != TOK_NAME) {
                    syntax_error(p);
                }
                ast_node_t *name = node_tok(p, AST_NAME);
                name->name = p->lex->tok_name;
                push(p, name);
                advance(p);
                if (TOK != TOK_COMMA) {
                    break;
                }
                advance(p);
            }
            n->s1 = pop_seq(p, base);
            return n;
        }
        case TOK_KW_DEL: {
            n = node_tok(p, AST_DELETE);
            advance(p);
            size_t base = p->sp;
            if (!starts_expr(TOK) && TOK != TOK_STAR) {
                syntax_error(p);
            }
            for (;;) {
                ast_node_t *t = parse_star_target(p);
                check_del(p, t);
                push(p, t);
                if (TOK != TOK_COMMA) {
                    break;
                }
                advance(p);
                if (!starts_expr(TOK) && TOK != TOK_STAR) {
                    break;
                }
            }
            n->s1 = pop_seq(p, base);
            return n;
        }
        case TOK_KW_ASSERT:
            n = node_tok(p, AST_ASSERT);
            advance(p);
            n->a = parse_expression(p);
            if (TOK == TOK_COMMA) {
                advance(p);
                n->b = parse_expression(p);
            }
            return n;
        case TOK_KW_IMPORT:
            return parse_import(p);
        case TOK_KW_FROM:
            return parse_from_import(p);
        default:
            return parse_expr_stmt(p);
    }
}

// simple_stmt (';' simple_stmt)* [';'] NEWLINE, each pushed.
static void parse_simple_stmts(parser_t *p) {
    for (;;) {
        push(p, parse_simple_stmt(p));
        if (TOK != TOK_SEMICOLON) {
            break;
        }
        advance(p);
        if (TOK == TOK_NEWLINE) {
            break;
        }
    }
    if (TOK != TOK_NEWLINE) {
        syntax_error(p);
    }
    p->nl_line = p->lex->tok_line;
    p->nl_col = p->lex->tok_col;
    advance(p);
}

// ---------------------------------------------------------------------------
// Compound statements
// ---------------------------------------------------------------------------

// The block after a header's ':': an indented suite or simple statements on
// the same line. [what] and [line] name the header for the error message.
static ast_seq_t *parse_block(parser_t *p, const char *what, uint32_t line) {
    size_t base = p->sp;
    if (TOK == TOK_NEWLINE) {
        advance(p);
        if (TOK != TOK_INDENT) {
            raise_fmt(p, &type_IndentationError, p->lex->tok_line, p->lex->tok_col,
                "expected an indented block after %s on line %d", what, (int)line);
        }
        advance(p);
        while (TOK != TOK_DEDENT && TOK != TOK_END) {
            parse_statement(p);
        }
        if (TOK == TOK_DEDENT) {
            advance(p);
        }
    } else {
        parse_simple_stmts(p);
    }
    return pop_seq(p, base);
}

static ast_node_t *parse_if(parser_t *p) {
    ast_node_t *head = NULL, *tail = NULL;
    for (;;) {
        // TOK is 'if' or 'elif'.
        const char *what = TOK == TOK_KW_IF ? "'if' statement" : "'elif' statement";
        ast_node_t *n = node_tok(p, AST_IF);
        advance(p);
        n->a = parse_named_expression(p);
        expect_colon(p, false);
        n->s1 = parse_block(p, what, n->line);
        if (!head) {
            head = n;
        } else {
            tail->s2 = seq1(n);
        }
        tail = n;
        if (TOK == TOK_KW_ELIF) {
            continue;
        }
        if (TOK == TOK_KW_ELSE) {
            uint32_t line = p->lex->tok_line;
            advance(p);
            expect_colon(p, false);
            n->s2 = parse_block(p, "'else' statement", line);
        }
        return head;
    }
}

static ast_seq_t *parse_else(parser_t *p) {
    if (TOK != TOK_KW_ELSE) {
        return NULL;
    }
    uint32_t line = p->lex->tok_line;
    advance(p);
    expect_colon(p, false);
    return parse_block(p, "'else' statement", line);
}

static ast_node_t *parse_while(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_WHILE);
    advance(p);
    n->a = parse_named_expression(p);
    expect_colon(p, false);
    n->s1 = parse_block(p, "'while' statement", n->line);
    n->s2 = parse_else(p);
    return n;
}

static ast_node_t *parse_for(parser_t *p, int flags, uint32_t line, uint32_t col) {
    ast_node_t *n = node_at(AST_FOR, line, col);
    uint32_t for_line = p->lex->tok_line;
    n->flags = (uint16_t)flags;
    advance(p);
    n->a = parse_target_list(p);
    check_store(p, n->a, false, false);
    expect(p, TOK_KW_IN);
    n->b = parse_star_expressions(p);
    check_no_bare_star(p, n->b);
    expect_colon(p, false);
    n->s1 = parse_block(p, "'for' statement", for_line);
    n->s2 = parse_else(p);
    return n;
}

static ast_node_t *parse_try(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_TRY);
    advance(p);
    expect_colon(p, false);
    n->s1 = parse_block(p, "'try' statement", n->line);
    size_t base = p->sp;
    const ast_node_t *bare = NULL;
    while (TOK == TOK_KW_EXCEPT) {
        if (bare) {
            error_node(p, bare, "default 'except:' must be last");
        }
        ast_node_t *h = node_tok(p, AST_EXCEPTHANDLER);
        advance(p);
        if (TOK == TOK_STAR) {
            advance(p);
            h->flags = AST_FLAG_STAR;
            if (TOK == TOK_COLON) {
                error_tok(p, "expected one or more exception types");
            }
        }
        if (p->sp > base && (p->stk[base]->flags & AST_FLAG_STAR) != (h->flags & AST_FLAG_STAR)) {
            error_node(p, h, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        if (TOK != TOK_COLON) {
            h->a = parse_expression(p);
            if (TOK == TOK_COMMA) {
                error_node(p, h->a, "multiple exception types must be parenthesized");
            }
            if (TOK == TOK_KW_AS) {
                advance(p);
                if (TOK != TOK_NAME) {
                    syntax_error(p);
                }
                h->name = p->lex->tok_name;
                advance(p);
            }
        } else {
            bare = h;
        }
        expect_colon(p, false);
        h->s1 = parse_block(p, "'except' statement", h->line);
        push(p, h);
    }
    n->s2 = pop_seq(p, base);
    if (n->s2) {
        n->s3 = parse_else(p);
    }
    if (TOK == TOK_KW_FINALLY) {
        uint32_t line = p->lex->tok_line;
        advance(p);
        expect_colon(p, false);
        n->s4 = parse_block(p, "'finally' statement", line);
    }
    if (!n->s2 && !n->s4) {
        if (TOK == TOK_END || TOK == TOK_DEDENT) {
            error_at(p, "expected 'except' or 'finally' block", p->nl_line, p->nl_col);
        }
        error_tok(p, "expected 'except' or 'finally' block");
    }
    return n;
}

// Whether the '(' at the current token opens parenthesised with-items, i.e.
// its matching ')' is followed by ':'. Looks ahead on a copy of the lexer.
static bool with_items_parenthesized(parser_t *p) {
    lexer_t look = *p->lex;
    look.buf.data = NULL; // the copy must not share (and reallocate) the scratch buffer
    look.buf.len = look.buf.alloc = 0;
    int depth = 0;
    lexer_next(&look);
    if (look.tok == TOK_KW_YIELD) {
        return false; // `with (yield):` is a parenthesised expression
    }
    depth = 1;
    for (;;) {
        int t = look.tok;
        if (t == TOK_LPAREN || t == TOK_LBRACKET || t == TOK_LBRACE) {
            depth++;
        } else if (t == TOK_RPAREN || t == TOK_RBRACKET || t == TOK_RBRACE) {
            if (--depth == 0) {
                lexer_next(&look);
                return look.tok == TOK_COLON;
            }
        } else if (t == TOK_END || t == TOK_NEWLINE) {
            return false;
        }
        lexer_next(&look);
    }
}

static ast_node_t *parse_with_item(parser_t *p) {
    ast_node_t *it = node_tok(p, AST_WITHITEM);
    it->a = parse_expression(p);
    if (TOK == TOK_KW_AS) {
        advance(p);
        it->b = parse_star_target(p);
        check_store(p, it->b, false, false);
    }
    return it;
}

static ast_node_t *parse_with(parser_t *p, int flags, uint32_t line, uint32_t col) {
    ast_node_t *n = node_at(AST_WITH, line, col);
    uint32_t with_line = p->lex->tok_line;
    n->flags = (uint16_t)flags;
    advance(p);
    size_t base = p->sp;
    if (TOK == TOK_LPAREN && with_items_parenthesized(p)) {
        advance(p);
        while (TOK != TOK_RPAREN) {
            push(p, parse_with_item(p));
            if (TOK != TOK_COMMA) {
                break;
            }
            advance(p);
        }
        if (p->sp == base) {
            syntax_error(p);
        }
        expect(p, TOK_RPAREN);
    } else {
        for (;;) {
            push(p, parse_with_item(p));
            if (TOK != TOK_COMMA) {
                break;
            }
            advance(p);
        }
    }
    n->s1 = pop_seq(p, base);
    expect_colon(p, false);
    n->s2 = parse_block(p, "'with' statement", with_line);
    return n;
}

static ast_node_t *parse_funcdef(parser_t *p, ast_seq_t *decorators, int flags, uint32_t line,
    uint32_t col) {
    uint32_t def_line = p->lex->tok_line;
    advance(p);
    if (TOK != TOK_NAME) {
        syntax_error(p);
    }
    ast_node_t *n = node_at(AST_FUNCDEF, line, col);
    n->name = p->lex->tok_name;
    n->flags = (uint16_t)flags;
    n->s2 = decorators;
    advance(p);
    if (TOK != TOK_LPAREN) {
        error_tok(p, "expected '('");
    }
    advance(p);
    n->args = parse_params(p, TOK_RPAREN, true);
    expect(p, TOK_RPAREN);
    if (TOK == TOK_ARROW) {
        advance(p);
        n->a = parse_expression(p);
    }
    expect_colon(p, true);
    n->s1 = parse_block(p, "function definition", def_line);
    return n;
}

static ast_node_t *parse_classdef(parser_t *p, ast_seq_t *decorators, uint32_t line,
    uint32_t col) {
    uint32_t class_line = p->lex->tok_line;
    advance(p);
    if (TOK != TOK_NAME) {
        syntax_error(p);
    }
    ast_node_t *n = node_at(AST_CLASSDEF, line, col);
    n->name = p->lex->tok_name;
    n->s2 = decorators;
    advance(p);
    if (TOK == TOK_LPAREN) {
        parse_call_args(p, &n->s3, &n->s4, false);
    }
    expect_colon(p, true);
    n->s1 = parse_block(p, "class definition", class_line);
    return n;
}

// ---------------------------------------------------------------------------
// match statements (PEP 634)
// ---------------------------------------------------------------------------

// A copy of the lexer for looking ahead; it must not share the scratch buffer.
static void lookahead_copy(parser_t *p, lexer_t *look) {
    *look = *p->lex;
    look->buf.data = NULL;
    look->buf.len = look->buf.alloc = 0;
}

// The kind of the token after the current one.
static int peek_tok(parser_t *p) {
    lexer_t look;
    lookahead_copy(p, &look);
    lexer_next(&look);
    return look.tok;
}

// `match` and `case` are soft keywords: the current NAME `match` starts a
// match statement only when an expression follows it and the logical line
// ends with ':' (no expression statement or assignment can end that way).
static bool is_match_stmt(parser_t *p) {
    lexer_t look;
    lookahead_copy(p, &look);
    lexer_next(&look);
    if (!starts_expr(look.tok) && look.tok != TOK_STAR) {
        return false;
    }
    if (look.tok == TOK_NAME || look.tok == TOK_NUMBER || look.tok == TOK_STRING
        || look.tok == TOK_BYTES || look.tok == TOK_FSTRING || look.tok == TOK_KW_NONE
        || look.tok == TOK_KW_TRUE || look.tok == TOK_KW_FALSE) {
        return true; // no expression statement goes on this way after a name
    }
    int last = look.tok;
    while (look.tok != TOK_NEWLINE && look.tok != TOK_END) {
        last = look.tok;
        lexer_next(&look);
    }
    return last == TOK_COLON;
}

static ast_node_t *parse_pattern(parser_t *p);

// A capture target of a pattern: a NAME that is not `_` (QSTR_NULL for `_`
// when [allow_wildcard]).
static qstr parse_capture_name(parser_t *p, bool allow_wildcard) {
    if (TOK != TOK_NAME) {
        syntax_error(p);
    }
    qstr name = p->lex->tok_name;
    if (name == QSTR__) {
        if (!allow_wildcard) {
            error_tok(p, "cannot use '_' as a target");
        }
        name = QSTR_NULL;
    } else if (name == QSTR___debug__) {
        error_tok(p, "cannot assign to __debug__");
    }
    advance(p);
    return name;
}

// NAME ('.' NAME)*: a name or an attribute chain.
static ast_node_t *parse_name_or_attr(parser_t *p) {
    ast_node_t *e = node_tok(p, AST_NAME);
    e->name = p->lex->tok_name;
    advance(p);
    while (TOK == TOK_DOT) {
        advance(p);
        if (TOK != TOK_NAME) {
            syntax_error(p);
        }
        ast_node_t *a = node_like(AST_ATTRIBUTE, e);
        a->a = e;
        a->name = p->lex->tok_name;
        advance(p);
        e = a;
    }
    return e;
}

// A signed number, or a complex literal `real +/- imag`: one constant node.
static ast_node_t *parse_number_pattern(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_CONST);
    bool neg = TOK == TOK_MINUS;
    if (neg) {
        advance(p);
    }
    if (TOK != TOK_NUMBER) {
        syntax_error(p);
    }
    obj_t v = p->lex->tok_value;
    advance(p);
    if (neg) {
        v = rt_unary_op(UNARY_OP_NEGATIVE, v);
    }
    if (TOK == TOK_PLUS || TOK == TOK_MINUS) {
        bool sub = TOK == TOK_MINUS;
        if (obj_type_of(v) == &type_complex) {
            error_node(p, n, "real number required in complex literal");
        }
        advance(p);
        if (TOK != TOK_NUMBER) {
            syntax_error(p);
        }
        obj_t im = p->lex->tok_value;
        if (obj_type_of(im) != &type_complex) {
            error_tok(p, "imaginary number required in complex literal");
        }
        advance(p);
        v = rt_binary_op(sub ? BINARY_OP_SUBTRACT : BINARY_OP_ADD, v, im);
    }
    n->value = v;
    return n;
}

// A literal usable as a value pattern or a mapping key: numbers, strings,
// None/True/False (those become AST_PAT_SINGLETON when [singleton]).
static ast_node_t *parse_literal_pattern(parser_t *p) {
    ast_node_t *n;
    switch (TOK) {
        case TOK_NUMBER:
        case TOK_MINUS:
            n = node_tok(p, AST_PAT_VALUE);
            n->a = parse_number_pattern(p);
            return n;
        case TOK_STRING:
        case TOK_BYTES:
        case TOK_FSTRING: {
            n = node_tok(p, AST_PAT_VALUE);
            // No f-string, even one without fields, among the concatenated parts.
            lexer_t look;
            lookahead_copy(p, &look);
            bool fstring = false;
            while (look.tok == TOK_STRING || look.tok == TOK_BYTES || look.tok == TOK_FSTRING) {
                fstring = fstring || look.tok == TOK_FSTRING;
                lexer_next(&look);
            }
            n->a = parse_strings(p);
            if (fstring || n->a->kind != AST_CONST) {
                error_node(p, n, "patterns may only match literals and attribute lookups");
            }
            return n;
        }
        case TOK_KW_NONE:
        case TOK_KW_TRUE:
        case TOK_KW_FALSE:
            n = node_tok(p, AST_PAT_SINGLETON);
            n->value = TOK == TOK_KW_NONE ? OBJ_NONE : TOK == TOK_KW_TRUE ? OBJ_TRUE : OBJ_FALSE;
            advance(p);
            return n;
        default:
            syntax_error(p);
    }
}

// '*' NAME inside a sequence pattern.
static ast_node_t *parse_star_pattern(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_PAT_STAR);
    advance(p);
    n->name = parse_capture_name(p, true);
    return n;
}

static ast_node_t *parse_maybe_star_pattern(parser_t *p) {
    return TOK == TOK_STAR ? parse_star_pattern(p) : parse_pattern(p);
}

// The items of a sequence pattern up to [close] (consumed); [first] was
// already parsed when not NULL.
static ast_node_t *parse_sequence_items(parser_t *p, ast_node_t *n, ast_node_t *first, int close) {
    size_t base = p->sp;
    if (first != NULL) {
        push(p, first);
        if (TOK == TOK_COMMA) {
            advance(p);
        }
    }
    while (TOK != close) {
        push(p, parse_maybe_star_pattern(p));
        if (TOK != TOK_COMMA) {
            break;
        }
        advance(p);
    }
    expect(p, close);
    n->s1 = pop_seq(p, base);
    return n;
}

// '{' (key ':' pattern ',')* ['**' NAME] '}'
static ast_node_t *parse_mapping_pattern(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_PAT_MAPPING);
    advance(p);
    size_t base = p->sp;
    while (TOK != TOK_RBRACE) {
        if (TOK == TOK_DSTAR) {
            advance(p);
            if (TOK == TOK_NAME && p->lex->tok_name == QSTR__) {
                syntax_error(p);
            }
            n->name = parse_capture_name(p, false);
            if (TOK == TOK_COMMA) {
                advance(p);
            }
            if (TOK != TOK_RBRACE) {
                syntax_error(p);
            }
            break;
        }
        ast_node_t *key;
        if (TOK == TOK_NAME) {
            key = parse_name_or_attr(p);
            if (key->kind == AST_NAME) {
                syntax_error(p); // only dotted names are value patterns
            }
        } else {
            ast_node_t *lit = parse_literal_pattern(p);
            if (lit->kind == AST_PAT_SINGLETON) {
                key = node_like(AST_CONST, lit);
                key->value = lit->value;
            } else {
                key = lit->a;
            }
        }
        push(p, key);
        expect(p, TOK_COLON);
        push(p, parse_pattern(p));
        if (TOK != TOK_COMMA) {
            break;
        }
        advance(p);
    }
    expect(p, TOK_RBRACE);
    // Keys and patterns were pushed in pairs: split them.
    size_t n_items = (p->sp - base) / 2;
    ast_seq_t *pairs = pop_seq(p, base);
    for (size_t i = 0; i < n_items; i++) {
        push(p, pairs->items[2 * i]);
    }
    n->s1 = pop_seq(p, base);
    for (size_t i = 0; i < n_items; i++) {
        push(p, pairs->items[2 * i + 1]);
    }
    n->s2 = pop_seq(p, base);
    return n;
}

// name_or_attr '(' [patterns] [NAME '=' pattern ...] ')'
static ast_node_t *parse_class_pattern(parser_t *p, ast_node_t *cls) {
    ast_node_t *n = node_like(AST_PAT_CLASS, cls);
    n->a = cls;
    advance(p); // '('
    size_t base = p->sp;
    size_t n_pos = 0, n_kw = 0;
    // Positional patterns are pushed first, then (name, pattern) pairs.
    while (TOK != TOK_RPAREN) {
        if (TOK == TOK_NAME && peek_tok(p) == TOK_ASSIGN) {
            ast_node_t *kname = node_tok(p, AST_NAME);
            kname->name = p->lex->tok_name;
            advance(p);
            advance(p);
            ast_node_t *pat = parse_pattern(p);
            for (size_t i = 0; i < n_kw; i++) {
                if (p->stk[base + n_pos + 2 * i]->name == kname->name) {
                    raise_fmt(p, &type_SyntaxError, pat->line, pat->col,
                        "attribute name repeated in class pattern: %q", kname->name);
                }
            }
            push(p, kname);
            push(p, pat);
            n_kw++;
        } else {
            ast_node_t *pat = parse_pattern(p);
            if (n_kw > 0) {
                error_node(p, pat, "positional patterns follow keyword patterns");
            }
            push(p, pat);
            n_pos++;
        }
        if (TOK != TOK_COMMA) {
            break;
        }
        advance(p);
    }
    expect(p, TOK_RPAREN);
    ast_seq_t *all = pop_seq(p, base);
    for (size_t i = 0; i < n_pos; i++) {
        push(p, all->items[i]);
    }
    n->s1 = pop_seq(p, base);
    for (size_t i = 0; i < n_kw; i++) {
        push(p, all->items[n_pos + 2 * i + 1]);
    }
    n->s2 = pop_seq(p, base);
    for (size_t i = 0; i < n_kw; i++) {
        push(p, all->items[n_pos + 2 * i]);
    }
    n->s3 = pop_seq(p, base);
    return n;
}

static ast_node_t *parse_closed_pattern(parser_t *p) {
    rt_check_stack();
    ast_node_t *n;
    switch (TOK) {
        case TOK_NAME: {
            ast_node_t *e = parse_name_or_attr(p);
            if (TOK == TOK_LPAREN) {
                return parse_class_pattern(p, e);
            }
            if (e->kind == AST_ATTRIBUTE) {
                n = node_like(AST_PAT_VALUE, e);
                n->a = e;
                return n;
            }
            n = node_like(AST_PAT_AS, e);
            if (e->name == QSTR___debug__) {
                error_node(p, e, "cannot assign to __debug__");
            }
            n->name = e->name == QSTR__ ? QSTR_NULL : e->name;
            return n;
        }
        case TOK_LPAREN: {
            n = node_tok(p, AST_PAT_SEQUENCE);
            advance(p);
            if (TOK == TOK_RPAREN) {
                advance(p);
                return n;
            }
            ast_node_t *first = parse_maybe_star_pattern(p);
            if (TOK == TOK_COMMA) {
                return parse_sequence_items(p, n, first, TOK_RPAREN);
            }
            if (first->kind == AST_PAT_STAR) {
                syntax_error(p);
            }
            expect(p, TOK_RPAREN);
            return first; // a group
        }
        case TOK_LBRACKET:
            n = node_tok(p, AST_PAT_SEQUENCE);
            advance(p);
            return parse_sequence_items(p, n, NULL, TOK_RBRACKET);
        case TOK_LBRACE:
            return parse_mapping_pattern(p);
        default:
            return parse_literal_pattern(p);
    }
}

// or_pattern ['as' NAME]
static ast_node_t *parse_pattern(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *first = parse_closed_pattern(p);
    ast_node_t *pat = first;
    if (TOK == TOK_PIPE) {
        size_t base = p->sp;
        push(p, first);
        while (TOK == TOK_PIPE) {
            advance(p);
            push(p, parse_closed_pattern(p));
        }
        pat = node_at(AST_PAT_OR, line, col);
        pat->s1 = pop_seq(p, base);
    }
    if (TOK == TOK_KW_AS) {
        advance(p);
        ast_node_t *as = node_at(AST_PAT_AS, line, col);
        as->a = pat;
        as->name = parse_capture_name(p, false);
        return as;
    }
    return pat;
}

// The pattern of a case: a pattern, or an open sequence `a, *b`.
static ast_node_t *parse_case_patterns(parser_t *p) {
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *first = parse_maybe_star_pattern(p);
    if (TOK != TOK_COMMA) {
        if (first->kind == AST_PAT_STAR) {
            syntax_error(p);
        }
        return first;
    }
    ast_node_t *n = node_at(AST_PAT_SEQUENCE, line, col);
    size_t base = p->sp;
    push(p, first);
    while (TOK == TOK_COMMA) {
        advance(p);
        if (TOK == TOK_COLON || TOK == TOK_KW_IF) {
            break;
        }
        push(p, parse_maybe_star_pattern(p));
    }
    n->s1 = pop_seq(p, base);
    return n;
}

static ast_node_t *parse_match(parser_t *p) {
    ast_node_t *n = node_tok(p, AST_MATCH);
    advance(p); // 'match'
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    ast_node_t *subject = parse_star_named(p);
    if (TOK == TOK_COMMA) {
        ast_node_t *t = node_at(AST_TUPLE, line, col);
        size_t base = p->sp;
        push(p, subject);
        while (TOK == TOK_COMMA) {
            advance(p);
            if (!starts_expr(TOK) && TOK != TOK_STAR) {
                break;
            }
            push(p, parse_star_named(p));
        }
        t->s1 = pop_seq(p, base);
        subject = t;
    } else if (subject->kind == AST_STARRED) {
        syntax_error(p);
    }
    n->a = subject;
    expect_colon(p, false);
    if (TOK != TOK_NEWLINE) {
        syntax_error(p);
    }
    advance(p);
    if (TOK != TOK_INDENT) {
        raise_fmt(p, &type_IndentationError, p->lex->tok_line, p->lex->tok_col,
            "expected an indented block after 'match' statement on line %d", (int)n->line);
    }
    advance(p);
    size_t base = p->sp;
    while (TOK != TOK_DEDENT && TOK != TOK_END) {
        if (TOK != TOK_NAME || p->lex->tok_name != QSTR_case) {
            syntax_error(p);
        }
        ast_node_t *c = node_tok(p, AST_MATCH_CASE);
        advance(p);
        // CPython gives no "forgot a comma" hint inside patterns.
        bool in_params = p->in_params;
        p->in_params = true;
        c->a = parse_case_patterns(p);
        p->in_params = in_params;
        if (TOK == TOK_KW_IF) {
            advance(p);
            c->b = parse_named_expression(p);
        }
        expect_colon(p, false);
        c->s1 = parse_block(p, "'case' statement", c->line);
        push(p, c);
    }
    if (TOK == TOK_DEDENT) {
        advance(p);
    }
    n->s1 = pop_seq(p, base);
    return n;
}

static void parse_statement(parser_t *p) {
    rt_check_stack();
    uint32_t line = p->lex->tok_line, col = p->lex->tok_col;
    switch (TOK) {
        case TOK_KW_IF:
            push(p, parse_if(p));
            return;
        case TOK_KW_WHILE:
            push(p, parse_while(p));
            return;
        case TOK_KW_FOR:
            push(p, parse_for(p, 0, line, col));
            return;
        case TOK_KW_TRY:
            push(p, parse_try(p));
            return;
        case TOK_KW_WITH:
            push(p, parse_with(p, 0, line, col));
            return;
        case TOK_KW_DEF:
            push(p, parse_funcdef(p, NULL, 0, line, col));
            return;
        case TOK_KW_CLASS:
            push(p, parse_classdef(p, NULL, line, col));
            return;
        case TOK_KW_ASYNC:
            advance(p);
            if (TOK == TOK_KW_DEF) {
                push(p, parse_funcdef(p, NULL, AST_FLAG_ASYNC, line, col));
            } else if (TOK == TOK_KW_FOR) {
                push(p, parse_for(p, AST_FLAG_ASYNC, line, col));
            } else if (TOK == TOK_KW_WITH) {
                push(p, parse_with(p, AST_FLAG_ASYNC, line, col));
            } else {
                syntax_error(p);
            }
            return;
        case TOK_AT: {
            size_t base = p->sp;
            while (TOK == TOK_AT) {
                advance(p);
                push(p, parse_named_expression(p));
                if (TOK != TOK_NEWLINE) {
                    syntax_error(p);
                }
                advance(p);
            }
            ast_seq_t *decorators = pop_seq(p, base);
            line = p->lex->tok_line;
            col = p->lex->tok_col;
            if (TOK == TOK_KW_DEF) {
                push(p, parse_funcdef(p, decorators, 0, line, col));
            } else if (TOK == TOK_KW_CLASS) {
                push(p, parse_classdef(p, decorators, line, col));
            } else if (TOK == TOK_KW_ASYNC) {
                advance(p);
                if (TOK != TOK_KW_DEF) {
                    syntax_error(p);
                }
                push(p, parse_funcdef(p, decorators, AST_FLAG_ASYNC, line, col));
            } else {
                syntax_error(p);
            }
            return;
        }
        case TOK_INDENT:
            raise_error(p, &type_IndentationError, line, col ? col - 1 : 0, "unexpected indent");
        case TOK_DEDENT:
            // Only reachable after a bad unindent the lexer accepted; say so plainly.
            raise_error(p, &type_IndentationError, line, col, "unexpected unindent");
        case TOK_NAME:
            if (p->lex->tok_name == QSTR_match && is_match_stmt(p)) {
                push(p, parse_match(p));
                return;
            }
            parse_simple_stmts(p);
            return;
        default:
            parse_simple_stmts(p);
            return;
    }
}

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

ast_node_t *parse_source(const char *src, size_t len, qstr filename, int mode) {
    size_t skip = lexer_check_source(src, len, filename);
    lexer_t lex;
    parser_t parser = {&lex, NULL, 0, 0, 0, false, 0, 0, 0, 0};
    parser_t *p = &parser;
    lexer_init(&lex, src + skip, len - skip, filename, mode == RT_MODE_EVAL);
    ast_node_t *mod = node_at(AST_MODULE, 1, 0);
    if (mode == RT_MODE_EVAL) {
        if (TOK == TOK_INDENT) {
            raise_error(p, &type_IndentationError, lex.tok_line, lex.tok_col ? lex.tok_col - 1 : 0,
                "unexpected indent");
        }
        ast_node_t *e = parse_star_expressions(p);
        check_no_bare_star(p, e);
        while (TOK == TOK_NEWLINE) {
            advance(p);
        }
        if (TOK != TOK_END) {
            syntax_error(p);
        }
        ast_node_t *s = node_like(AST_EXPR_STMT, e);
        s->a = e;
        mod->s1 = seq1(s);
        return mod;
    }
    if (mode == RT_MODE_SINGLE) {
        while (TOK == TOK_NEWLINE) {
            advance(p);
        }
        if (TOK != TOK_END) {
            int first = TOK;
            parse_statement(p);
            while (TOK == TOK_NEWLINE) {
                advance(p);
            }
            if (TOK != TOK_END && p->sp > 0 && p->stk[p->sp - 1]->kind == AST_MATCH) {
                syntax_error(p); // CPython's message after a match statement
            }
            if (TOK != TOK_END) {
                // CPython points after a simple statement's line, or at what follows a block.
                bool compound = first == TOK_KW_IF || first == TOK_KW_WHILE ||
                                first == TOK_KW_FOR || first == TOK_KW_TRY ||
                                first == TOK_KW_WITH || first == TOK_KW_DEF ||
                                first == TOK_KW_CLASS || first == TOK_KW_ASYNC || first == TOK_AT;
                error_at(p, "multiple statements found while compiling a single statement",
                    compound ? p->lex->tok_line : p->nl_line,
                    compound ? p->lex->tok_col : p->nl_col);
            }
        }
        mod->s1 = pop_seq(p, 0);
        return mod;
    }
    while (TOK != TOK_END) {
        if (TOK == TOK_NEWLINE) {
            advance(p);
            continue;
        }
        parse_statement(p);
    }
    mod->s1 = pop_seq(p, 0);
    return mod;
}

// ---------------------------------------------------------------------------
// REPL continuation
// ---------------------------------------------------------------------------

// Whether the word at [s] (up to [e]) is a keyword that starts a compound statement.
static bool is_compound_keyword(const char *s, const char *e) {
    static const char *const kws[] = {"if", "while", "for", "try", "with", "def", "class",
        "async"};
    size_t n = 0;
    while (s + n < e && ((s[n] >= 'a' && s[n] <= 'z') || s[n] == '_' ||
                            (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9'))) {
        n++;
    }
    for (size_t i = 0; i < ARRAY_SIZE(kws); i++) {
        if (strlen(kws[i]) == n && memcmp(kws[i], s, n) == 0) {
            return true;
        }
    }
    return false;
}

bool parse_needs_more_input(const char *src, size_t len) {
    const char *s = src;
    const char *e = src + len;
    int depth = 0;
    bool first_line = true;      // still in the first logical line
    char first_last = 0;         // last significant char of the first logical line
    bool continued = false;      // the text ends in a backslash continuation
    while (s < e) {
        char c = *s;
        continued = false;
        if (c == '#') {
            while (s < e && *s != '\n') {
                s++;
            }
            continue;
        }
        if (c == '\\') {
            if (s + 1 >= e) {
                return true;
            }
            if (s[1] == '\n' || s[1] == '\r') {
                s += 2;
                if (s >= e) {
                    return true;
                }
                continued = true;
                continue;
            }
            s += 2;
            continue;
        }
        if (c == '\'' || c == '"') {
            bool triple = s + 2 < e && s[1] == c && s[2] == c;
            s += triple ? 3 : 1;
            for (;;) {
                if (s >= e) {
                    return triple; // an open triple-quoted string wants more
                }
                if (*s == '\\') {
                    s += 2;
                    if (s >= e) {
                        return true; // continued string
                    }
                    continue;
                }
                if (*s == c && (!triple || (s + 2 < e && s[1] == c && s[2] == c))) {
                    s += triple ? 3 : 1;
                    break;
                }
                if (*s == '\n' && !triple) {
                    return false; // unterminated: let the parser report it
                }
                s++;
            }
            if (first_line) {
                first_last = c;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth < 0) {
                return false;
            }
        } else if (c == '\n' && depth == 0) {
            first_line = false;
        }
        if (first_line && c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\n') {
            first_last = c;
        }
        s++;
    }
    if (depth > 0 || continued) {
        return true;
    }
    // A compound statement continues until an empty line.
    const char *t = src;
    while (t < e && (*t == ' ' || *t == '\t' || *t == '\f')) {
        t++;
    }
    bool compound = first_last == ':' || (t < e && *t == '@') || is_compound_keyword(t, e);
    if (!compound) {
        return false;
    }
    const char *end = e;
    if (end > src && end[-1] == '\n') {
        end--;
    }
    if (end > src && end[-1] == '\r') {
        end--;
    }
    const char *last = end;
    while (last > src && last[-1] != '\n') {
        last--;
    }
    if (last == src) {
        return true; // only the header line so far
    }
    for (const char *q = last; q < end; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\r' && *q != '\f') {
            return true;
        }
    }
    return false;
}
