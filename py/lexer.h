// The tokenizer's interface: token kinds, the lexer state, literal decoding helpers.
// SPDX-License-Identifier: MIT
#ifndef PY_LEXER_H
#define PY_LEXER_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/obj.h"

// Token kinds. The binary operators, their augmented forms and the
// comparisons are listed in the order of binary_op_t (py/obj.h) so that the
// parser maps a token to its operator by subtraction.
typedef enum {
    TOK_END,      // end of input
    TOK_NEWLINE,  // end of a logical line
    TOK_INDENT,   // the next line is indented deeper
    TOK_DEDENT,   // one indentation level closes
    TOK_NAME,     // identifier: lexer_t.tok_name
    TOK_NUMBER,   // int, float or imaginary literal: lexer_t.tok_value
    TOK_STRING,   // str literal (not an f-string): lexer_t.tok_value
    TOK_BYTES,    // bytes literal: lexer_t.tok_value
    TOK_FSTRING,  // f-string: raw body in lexer_t.tok_str/tok_str_len (undecoded)

    // Keywords.
    TOK_KW_FALSE,
    TOK_KW_NONE,
    TOK_KW_TRUE,
    TOK_KW_AND,
    TOK_KW_AS,
    TOK_KW_ASSERT,
    TOK_KW_ASYNC,
    TOK_KW_AWAIT,
    TOK_KW_BREAK,
    TOK_KW_CLASS,
    TOK_KW_CONTINUE,
    TOK_KW_DEF,
    TOK_KW_DEL,
    TOK_KW_ELIF,
    TOK_KW_ELSE,
    TOK_KW_EXCEPT,
    TOK_KW_FINALLY,
    TOK_KW_FOR,
    TOK_KW_FROM,
    TOK_KW_GLOBAL,
    TOK_KW_IF,
    TOK_KW_IMPORT,
    TOK_KW_IN,
    TOK_KW_IS,
    TOK_KW_LAMBDA,
    TOK_KW_NONLOCAL,
    TOK_KW_NOT,
    TOK_KW_OR,
    TOK_KW_PASS,
    TOK_KW_RAISE,
    TOK_KW_RETURN,
    TOK_KW_TRY,
    TOK_KW_WHILE,
    TOK_KW_WITH,
    TOK_KW_YIELD,

    // Delimiters.
    TOK_LPAREN,
    TOK_RPAREN,
    TOK_LBRACKET,
    TOK_RBRACKET,
    TOK_LBRACE,
    TOK_RBRACE,
    TOK_COLON,
    TOK_COMMA,
    TOK_SEMICOLON,
    TOK_DOT,
    TOK_ELLIPSIS,
    TOK_ARROW,   // ->
    TOK_WALRUS,  // :=
    TOK_ASSIGN,  // =
    TOK_TILDE,
    TOK_BANG,    // ! alone: only meaningful inside f-string fields

    // Binary operators, in binary_op_t order (BINARY_OP_OR ... BINARY_OP_POWER).
    TOK_PIPE,
    TOK_CARET,
    TOK_AMP,
    TOK_LSHIFT,
    TOK_RSHIFT,
    TOK_PLUS,
    TOK_MINUS,
    TOK_STAR,
    TOK_AT,
    TOK_DSLASH,
    TOK_SLASH,
    TOK_PERCENT,
    TOK_DSTAR,

    // Augmented assignments, same order.
    TOK_PIPE_EQ,
    TOK_CARET_EQ,
    TOK_AMP_EQ,
    TOK_LSHIFT_EQ,
    TOK_RSHIFT_EQ,
    TOK_PLUS_EQ,
    TOK_MINUS_EQ,
    TOK_STAR_EQ,
    TOK_AT_EQ,
    TOK_DSLASH_EQ,
    TOK_SLASH_EQ,
    TOK_PERCENT_EQ,
    TOK_DSTAR_EQ,

    // Comparisons, in binary_op_t order (BINARY_OP_LESS ... BINARY_OP_NOT_EQUAL).
    TOK_LESS,
    TOK_MORE,
    TOK_EQUAL,
    TOK_LESS_EQUAL,
    TOK_MORE_EQUAL,
    TOK_NOT_EQUAL,

    TOK_NUM_KINDS,
} tok_kind_t;

// Flags of TOK_FSTRING tokens.
#define LEXER_STR_RAW (1)

// The deepest bracket nesting accepted (as CPython's tokenizer).
#define LEXER_MAX_BRACKETS (200)

// The deepest indentation accepted.
#define LEXER_MAX_INDENT (100)

// A growable byte buffer on the GC heap, for decoding literals.
typedef struct lexer_buf {
    char *data;
    size_t len;
    size_t alloc;
} lexer_buf_t;

// The tokenizer's state, embedded in the parser (lives on the C stack).
typedef struct lexer {
    const char *src;       // the whole source (error lines are found in it)
    const char *src_end;
    const char *p;         // next byte to read
    const char *end;       // where this lexer stops (src_end, or an f-string field's end)
    const char *line_start; // first byte of the line holding p
    const char *sub_start; // f-string field lexers: the first byte of the field
    uint32_t line;         // line number of p (1-based)
    qstr filename;

    // The current token.
    uint8_t tok;           // tok_kind_t
    uint8_t tok_flags;     // TOK_FSTRING: LEXER_STR_RAW
    uint32_t tok_line;
    uint32_t tok_col;      // byte column (0-based)
    const char *tok_start; // first byte of the token in the source
    qstr tok_name;         // TOK_NAME
    obj_t tok_value;       // TOK_NUMBER, TOK_STRING, TOK_BYTES
    const char *tok_str;   // TOK_FSTRING: body between the quotes
    size_t tok_str_len;
    uint32_t tok_str_line;          // line of the body's first byte
    const char *tok_str_line_start; // start of that line
    uint8_t prev_tok;      // kind of the token before the current one
    qstr prev_name;        // its name when it was TOK_NAME

    // Indentation and line state.
    bool at_bol;           // at the beginning of a logical line
    bool line_has_tokens;  // a token was produced since the last NEWLINE
    bool in_fstring;       // lexing an f-string field (no NEWLINE/INDENT)
    bool eof_unclosed_ok;  // at the end with open brackets, give TOK_END instead of an error
    uint16_t pending_dedents;
    uint16_t indent_depth;
    uint16_t indent_col[LEXER_MAX_INDENT + 1];
    uint16_t indent_altcol[LEXER_MAX_INDENT + 1];

    // Open brackets, for implicit line joining and error messages.
    uint16_t bracket_depth;
    char bracket_char[LEXER_MAX_BRACKETS];
    uint32_t bracket_line[LEXER_MAX_BRACKETS];
    uint32_t bracket_col[LEXER_MAX_BRACKETS];

    lexer_buf_t buf;       // scratch for decoding literals
} lexer_t;

// Sets up [lex] over [len] bytes of [src] (already checked by
// lexer_check_source) and reads the first token. [skip_leading_ws] drops
// spaces and tabs before the first line (eval mode).
void lexer_init(lexer_t *lex, const char *src, size_t len, qstr filename, bool skip_leading_ws);

// Sets up [lex] to read the bytes [start, end) of the source of [parent]
// (an f-string field) as if inside brackets, starting at [line] whose first
// byte is [line_start]; reads the first token.
void lexer_init_sub(lexer_t *lex, const lexer_t *parent, const char *start, const char *end,
    uint32_t line, const char *line_start);

// Raises SyntaxError if [src] holds NUL bytes or invalid UTF-8; returns how
// many bytes of UTF-8 byte order mark to skip at the start (0 or 3).
size_t lexer_check_source(const char *src, size_t len, qstr filename);

// Reads the next token into the lexer's tok_* fields.
void lexer_next(lexer_t *lex);

// Raises an exception of [type] (SyntaxError or a subclass) with [msg] at
// [line] and byte column [col] of the lexer's source, with the line's text;
// inside an f-string field the message gets CPython's "f-string: " prefix.
NORETURN void lexer_error(const lexer_t *lex, const obj_type_t *type, const char *msg,
    uint32_t line, uint32_t col);

// Same with a message formatted from [fmt]: %s (char *), %d (int), %c (int),
// %q (qstr), %U (uint32 code point as U+XXXX).
NORETURN void lexer_error_fmt(const lexer_t *lex, const obj_type_t *type, uint32_t line,
    uint32_t col, const char *fmt, ...);

// Formats [fmt] (directives as lexer_error_fmt) into [buf] of [size] bytes.
void lexer_vformat(char *buf, size_t size, const char *fmt, va_list ap);

// Raises SyntaxError with [msg] at the current token.
NORETURN void lexer_error_tok(const lexer_t *lex, const char *msg);

// Decodes the escape sequences of [len] bytes at [s] (the body of a
// non-raw literal) and appends the result to [out]; [is_bytes] selects bytes
// rules; unknown escapes and a lone backslash at the end are kept as
// written. Errors point at [line]/[col].
void lexer_decode_escapes(const lexer_t *lex, lexer_buf_t *out, const char *s, size_t len,
    bool is_bytes, uint32_t line, uint32_t col);

// Appends [len] bytes to [b], growing it on the GC heap.
void lexer_buf_add(lexer_buf_t *b, const char *s, size_t len);

// Appends the UTF-8 encoding of code point [c] to [b].
void lexer_buf_add_char(lexer_buf_t *b, uint32_t c);

// A str object for [len] bytes of UTF-8: interned when short and
// identifier-like (dict keys, attribute names), else a heap str.
obj_t lexer_make_str(const char *s, size_t len);

#endif
