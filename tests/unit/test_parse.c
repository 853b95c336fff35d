// Unit tests for py/lexer.c and py/parse.c: trees, SyntaxErrors, REPL continuation.
// SPDX-License-Identifier: MIT
//
// The expected trees and errors below were produced with CPython 3.11's ast
// module and compile(); dump() writes our tree in the same notation.

#include <stdio.h>
#include <string.h>

#include "py/gc.h"
#include "py/objexcept.h"
#include "py/objstr.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "tests/unit/unit.h"

static char heap[8 << 20];

typedef struct {
    const char *src;
    int mode;
    const char *tree;
} parse_case_t;

typedef struct {
    const char *src;
    int mode;
    const char *type;
    const char *msg;
    int line;
    int offset; // 0: not checked
} error_case_t;

// Generated from CPython's ast module (format: see dump()).
static const parse_case_t tree_cases[] = {
    {"x = 1", RT_MODE_FILE, "Module( s1=[Assign( a=Const(1) s1=[Name(x)])])"},
    {"a = b = c", RT_MODE_FILE, "Module( s1=[Assign( a=Name(c) s1=[Name(a), Name(b)])])"},
    {"x += 2", RT_MODE_FILE, "Module( s1=[AugAssign( op=18 a=Name(x) b=Const(2))])"},
    {"x.y //= z", RT_MODE_FILE, "Module( s1=[AugAssign( op=22 a=Attribute(y a=Name(x)) b=Name(z))])"},
    {"x: int = 3", RT_MODE_FILE, "Module( s1=[AnnAssign( fl=1 a=Name(x) b=Name(int) c=Const(3))])"},
    {"(x): int", RT_MODE_FILE, "Module( s1=[AnnAssign( a=Name(x) b=Name(int))])"},
    {"a[0]: str", RT_MODE_FILE, "Module( s1=[AnnAssign( a=Subscript( a=Name(a) b=Const(0)) b=Name(str))])"},
    {"del a, b[1], c.d", RT_MODE_FILE, "Module( s1=[Delete( s1=[Name(a), Subscript( a=Name(b) b=Const(1)), Attribute(d a=Name(c))])])"},
    {"pass; break; continue", RT_MODE_FILE, "Module( s1=[Pass(), Break(), Continue()])"},
    {"return", RT_MODE_FILE, "Module( s1=[Return()])"},
    {"return 1, *a", RT_MODE_FILE, "Module( s1=[Return( a=Tuple( s1=[Const(1), Starred( a=Name(a))]))])"},
    {"raise", RT_MODE_FILE, "Module( s1=[Raise()])"},
    {"raise E from c", RT_MODE_FILE, "Module( s1=[Raise( a=Name(E) b=Name(c))])"},
    {"global a, b", RT_MODE_FILE, "Module( s1=[Global( s1=[Name(a), Name(b)])])"},
    {"nonlocal c", RT_MODE_FILE, "Module( s1=[Nonlocal( s1=[Name(c)])])"},
    {"assert x, 'm'", RT_MODE_FILE, "Module( s1=[Assert( a=Name(x) b=Const('m'))])"},
    {"import a.b.c as d, e", RT_MODE_FILE, "Module( s1=[Import( s1=[alias(a.b.c as d), alias(e)])])"},
    {"from ..m import (x, y as z,)", RT_MODE_FILE, "Module( s1=[ImportFrom(m op=2 s1=[alias(x), alias(y as z)])])"},
    {"from . import *", RT_MODE_FILE, "Module( s1=[ImportFrom( op=1 s1=[alias(*)])])"},
    {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", RT_MODE_FILE, "Module( s1=[If( a=Name(a) s1=[Pass()] s2=[If( a=Name(b) s1=[Pass()] s2=[Pass()])])])"},
    {"while x:\n    break\nelse:\n    pass", RT_MODE_FILE, "Module( s1=[While( a=Name(x) s1=[Break()] s2=[Pass()])])"},
    {"for i, *j in k:\n    pass\nelse:\n    pass", RT_MODE_FILE, "Module( s1=[For( a=Tuple( s1=[Name(i), Starred( a=Name(j))]) b=Name(k) s1=[Pass()] s2=[Pass()])])"},
    {"async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await z", RT_MODE_FILE, "Module( s1=[FunctionDef(f fl=1 s1=[For( fl=1 a=Name(x) b=Name(y) s1=[Pass()]), With( fl=1 s1=[withitem( a=Name(a) b=Name(b)), withitem( a=Name(c))] s2=[Pass()]), Expr( a=Await( a=Name(z)))] args=())])"},
    {"with a as (b, c), d: pass", RT_MODE_FILE, "Module( s1=[With( s1=[withitem( a=Name(a) b=Tuple( fl=2 s1=[Name(b), Name(c)])), withitem( a=Name(d))] s2=[Pass()])])"},
    {"with (a as b, c,): pass", RT_MODE_FILE, "Module( s1=[With( s1=[withitem( a=Name(a) b=Name(b)), withitem( a=Name(c))] s2=[Pass()])])"},
    {"with (a, b): pass", RT_MODE_FILE, "Module( s1=[With( s1=[withitem( a=Name(a)), withitem( a=Name(b))] s2=[Pass()])])"},
    {"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass", RT_MODE_FILE, "Module( s1=[Try( s1=[Pass()] s2=[ExceptHandler(e a=Name(E) s1=[Pass()]), ExceptHandler( a=Tuple( fl=2 s1=[Name(A), Name(B)]) s1=[Pass()]), ExceptHandler( s1=[Pass()])] s3=[Pass()] s4=[Pass()])])"},
    {"@d\n@e.f(1)\ndef g(a, b=1, /, c=2, *d, e, f=3, **g) -> r:\n    pass", RT_MODE_FILE, "Module( s1=[FunctionDef(g a=Name(r) s1=[Pass()] s2=[Name(d), Call( a=Attribute(f a=Name(e)) s1=[Const(1)])] args=( pos=[arg(a), arg(b b=Const(1)), arg(c b=Const(2))] posonly=2 *arg(d) kwonly=[arg(e), arg(f b=Const(3))] **arg(g)))])"},
    {"def h(a: int, *, b): pass", RT_MODE_FILE, "Module( s1=[FunctionDef(h s1=[Pass()] args=( pos=[arg(a a=Name(int))] kwonly=[arg(b)]))])"},
    {"class C(B, *bs, metaclass=M, **kw):\n    x = 1", RT_MODE_FILE, "Module( s1=[ClassDef(C s1=[Assign( a=Const(1) s1=[Name(x)])] s3=[Name(B), Starred( a=Name(bs))] s4=[keyword(metaclass a=Name(M)), keyword( a=Name(kw))])])"},
    {"lambda: 0", RT_MODE_EVAL, "Module( s1=[Expr( a=Lambda( a=Const(0) args=()))])"},
    {"lambda a, /, b=1, *c, d, **e: a", RT_MODE_EVAL, "Module( s1=[Expr( a=Lambda( a=Name(a) args=( pos=[arg(a), arg(b b=Const(1))] posonly=1 *arg(c) kwonly=[arg(d)] **arg(e))))])"},
    {"a if b else c", RT_MODE_EVAL, "Module( s1=[Expr( a=IfExp( a=Name(b) b=Name(a) c=Name(c)))])"},
    {"not a and b or c and d or e", RT_MODE_EVAL, "Module( s1=[Expr( a=BoolOp( op=1 s1=[BoolOp( s1=[UnaryOp( op=3 a=Name(a)), Name(b)]), BoolOp( s1=[Name(c), Name(d)]), Name(e)]))])"},
    {"a < b <= c != d in e not in f is g is not h", RT_MODE_EVAL, "Module( s1=[Expr( a=Compare( a=Name(a) s1=[cmpop( op=26 a=Name(b)), cmpop( op=29 a=Name(c)), cmpop( op=31 a=Name(d)), cmpop( op=35 a=Name(e)), cmpop( op=36 a=Name(f)), cmpop( op=33 a=Name(g)), cmpop( op=34 a=Name(h))]))])"},
    {"a | b ^ c & d << e >> f + g - h * i @ j / k // l % m", RT_MODE_EVAL, "Module( s1=[Expr( a=BinOp( op=13 a=Name(a) b=BinOp( op=14 a=Name(b) b=BinOp( op=15 a=Name(c) b=BinOp( op=17 a=BinOp( op=16 a=Name(d) b=Name(e)) b=BinOp( op=19 a=BinOp( op=18 a=Name(f) b=Name(g)) b=BinOp( op=24 a=BinOp( op=22 a=BinOp( op=23 a=BinOp( op=21 a=BinOp( op=20 a=Name(h) b=Name(i)) b=Name(j)) b=Name(k)) b=Name(l)) b=Name(m))))))))])"},
    {"-2 ** -3 ** 4", RT_MODE_EVAL, "Module( s1=[Expr( a=UnaryOp( op=1 a=BinOp( op=25 a=Const(2) b=UnaryOp( op=1 a=BinOp( op=25 a=Const(3) b=Const(4))))))])"},
    {"~+-x", RT_MODE_EVAL, "Module( s1=[Expr( a=UnaryOp( op=2 a=UnaryOp( a=UnaryOp( op=1 a=Name(x)))))])"},
    {"await x ** 2", RT_MODE_EVAL, "Module( s1=[Expr( a=BinOp( op=25 a=Await( a=Name(x)) b=Const(2)))])"},
    {"f(a, *b, c=1, **d)(e)", RT_MODE_EVAL, "Module( s1=[Expr( a=Call( a=Call( a=Name(f) s1=[Name(a), Starred( a=Name(b))] s2=[keyword(c a=Const(1)), keyword( a=Name(d))]) s1=[Name(e)]))])"},
    {"f(x for x in y)", RT_MODE_EVAL, "Module( s1=[Expr( a=Call( a=Name(f) s1=[GenExp( a=Name(x) s1=[comprehension( a=Name(x) b=Name(y))])]))])"},
    {"a.b[c][d:e, ::f, ...]", RT_MODE_EVAL, "Module( s1=[Expr( a=Subscript( a=Subscript( a=Attribute(b a=Name(a)) b=Name(c)) b=Tuple( s1=[Slice( a=Name(d) b=Name(e)), Slice( c=Name(f)), Const(...)])))])"},
    {"a[1:2]", RT_MODE_EVAL, "Module( s1=[Expr( a=Subscript( a=Name(a) b=Slice( a=Const(1) b=Const(2))))])"},
    {"a[:]", RT_MODE_EVAL, "Module( s1=[Expr( a=Subscript( a=Name(a) b=Slice()))])"},
    {"a[*b]", RT_MODE_EVAL, "Module( s1=[Expr( a=Subscript( a=Name(a) b=Tuple( s1=[Starred( a=Name(b))])))])"},
    {"(), (1,), (1, 2), [], [1, *a], {1, *b}, {}, {1: 2, **d}", RT_MODE_EVAL, "Module( s1=[Expr( a=Tuple( s1=[Tuple( fl=2), Tuple( fl=2 s1=[Const(1)]), Tuple( fl=2 s1=[Const(1), Const(2)]), List(), List( s1=[Const(1), Starred( a=Name(a))]), Set( s1=[Const(1), Starred( a=Name(b))]), Dict(), Dict( s1=[DictItem( a=Const(1) b=Const(2)), DictItem( b=Name(d))])]))])"},
    {"[x for x in y if x for z in w]", RT_MODE_EVAL, "Module( s1=[Expr( a=ListComp( a=Name(x) s1=[comprehension( a=Name(x) b=Name(y) s1=[Name(x)]), comprehension( a=Name(z) b=Name(w))]))])"},
    {"{x for x in y}", RT_MODE_EVAL, "Module( s1=[Expr( a=SetComp( a=Name(x) s1=[comprehension( a=Name(x) b=Name(y))]))])"},
    {"{k: v for k, v in d}", RT_MODE_EVAL, "Module( s1=[Expr( a=DictComp( a=Name(k) b=Name(v) s1=[comprehension( a=Tuple( s1=[Name(k), Name(v)]) b=Name(d))]))])"},
    {"(x async for x in y)", RT_MODE_EVAL, "Module( s1=[Expr( a=GenExp( a=Name(x) s1=[comprehension( fl=1 a=Name(x) b=Name(y))]))])"},
    {"(y := 10)", RT_MODE_EVAL, "Module( s1=[Expr( a=NamedExpr( a=Name(y) b=Const(10)))])"},
    {"[y := 1, y]", RT_MODE_EVAL, "Module( s1=[Expr( a=List( s1=[NamedExpr( a=Name(y) b=Const(1)), Name(y)]))])"},
    {"(yield)", RT_MODE_EVAL, "Module( s1=[Expr( a=Yield())])"},
    {"(yield from a)", RT_MODE_EVAL, "Module( s1=[Expr( a=YieldFrom( a=Name(a)))])"},
    {"(yield 1, 2)", RT_MODE_EVAL, "Module( s1=[Expr( a=Yield( a=Tuple( s1=[Const(1), Const(2)])))])"},
    {"None, True, False, ...", RT_MODE_EVAL, "Module( s1=[Expr( a=Tuple( s1=[Const(None), Const(True), Const(False), Const(...)]))])"},
    {"1, 1.5, 2j, 0x10, 0o10, 0b10, 1_000", RT_MODE_EVAL, "Module( s1=[Expr( a=Tuple( s1=[Const(1), Const(float), Const(complex), Const(16), Const(8), Const(2), Const(1000)]))])"},
    {"'a' \"b\" '''c'''", RT_MODE_EVAL, "Module( s1=[Expr( a=Const('abc'))])"},
    {"b'x' rb'\\y'", RT_MODE_EVAL, "Module( s1=[Expr( a=Const(b'x\\\\y'))])"},
    {"'\\n\\t\\x41\\u00e9\\101'", RT_MODE_EVAL, "Module( s1=[Expr( a=Const('\\x0a\\x09A\\xc3\\xa9A'))])"},
    {"r'\\n'", RT_MODE_EVAL, "Module( s1=[Expr( a=Const('\\\\n'))])"},
    {"f'a{b!r:>{c}}d{e=}'", RT_MODE_EVAL, "Module( s1=[Expr( a=JoinedStr( s1=[Const('a'), Formatted( op=114 a=Name(b) b=JoinedStr( s1=[Const('>'), Formatted( a=Name(c))])), Const('de='), Formatted( op=114 a=Name(e))]))])"},
    {"f'{{}}'", RT_MODE_EVAL, "Module( s1=[Expr( a=Const('{}'))])"},
    {"f'{x:}'", RT_MODE_EVAL, "Module( s1=[Expr( a=JoinedStr( s1=[Formatted( a=Name(x) b=JoinedStr())]))])"},
    {"f'{a}' 'b' f'{c}'", RT_MODE_EVAL, "Module( s1=[Expr( a=JoinedStr( s1=[Formatted( a=Name(a)), Const('b'), Formatted( a=Name(c))]))])"},
    {"x = 1; y = 2\n", RT_MODE_SINGLE, "Module( s1=[Assign( a=Const(1) s1=[Name(x)]), Assign( a=Const(2) s1=[Name(y)])])"},
    {"if x:\n    y\n", RT_MODE_SINGLE, "Module( s1=[If( a=Name(x) s1=[Expr( a=Name(y))])])"},
    {"   1 + 2", RT_MODE_EVAL, "Module( s1=[Expr( a=BinOp( op=18 a=Const(1) b=Const(2)))])"},
    {"\303\251t\303\251 = 1", RT_MODE_FILE, "Module( s1=[Assign( a=Const(1) s1=[Name(\303\251t\303\251)])])"},
    {"x = 1 + \\\n    2", RT_MODE_FILE, "Module( s1=[Assign( a=BinOp( op=18 a=Const(1) b=Const(2)) s1=[Name(x)])])"},
    {"x = (1 +\n     2)", RT_MODE_FILE, "Module( s1=[Assign( a=BinOp( op=18 a=Const(1) b=Const(2)) s1=[Name(x)])])"},
};
static const error_case_t error_cases[] = {
    {"x = (1,", RT_MODE_FILE, "SyntaxError", "'(' was never closed", 1, 5},
    {"x = )", RT_MODE_FILE, "SyntaxError", "unmatched ')'", 1, 5},
    {"x = (1]", RT_MODE_FILE, "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7},
    {"x = 'abc", RT_MODE_FILE, "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5},
    {"x = \"\"\"\n\n", RT_MODE_FILE, "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5},
    {"if x:\npass", RT_MODE_FILE, "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1},
    {"  x = 1", RT_MODE_FILE, "IndentationError", "unexpected indent", 1, 2},
    {"if x:\n    a\n  b", RT_MODE_FILE, "IndentationError", "unindent does not match any outer indentation level", 3, 4},
    {"if x:\n\tpass\n        pass", RT_MODE_FILE, "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1},
    {"012", RT_MODE_FILE, "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1},
    {"1__0", RT_MODE_FILE, "SyntaxError", "invalid decimal literal", 1, 2},
    {"0b2", RT_MODE_FILE, "SyntaxError", "invalid digit '2' in binary literal", 1, 3},
    {"1abc", RT_MODE_FILE, "SyntaxError", "invalid decimal literal", 1, 1},
    {"f() = 1", RT_MODE_FILE, "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='\077", 1, 1},
    {"for 1 in x: pass", RT_MODE_FILE, "SyntaxError", "cannot assign to literal", 1, 5},
    {"del f()", RT_MODE_FILE, "SyntaxError", "cannot delete function call", 1, 5},
    {"1 += 1", RT_MODE_FILE, "SyntaxError", "'literal' is an illegal expression for augmented assignment", 1, 1},
    {"def f(x, x): pass", RT_MODE_FILE, "SyntaxError", "duplicate argument 'x' in function definition", 1, 10},
    {"def f(a=1, b): pass", RT_MODE_FILE, "SyntaxError", "non-default argument follows default argument", 1, 12},
    {"f(a=1, b)", RT_MODE_FILE, "SyntaxError", "positional argument follows keyword argument", 1, 9},
    {"f(**a, *b)", RT_MODE_FILE, "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
    {"x = 'a' b'c'", RT_MODE_FILE, "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13},
    {"x = b'\303\251'", RT_MODE_FILE, "SyntaxError", "bytes can only contain ASCII literal characters", 1, 5},
    {"x = f'{}'", RT_MODE_FILE, "SyntaxError", "f-string: empty expression not allowed", 1, 10},
    {"x = f'{x!z}'", RT_MODE_FILE, "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 13},
    {"x = f'}'", RT_MODE_FILE, "SyntaxError", "f-string: single '}' is not allowed", 1, 9},
    {"x = f'{a b}'", RT_MODE_FILE, "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma\077", 1, 2},
    {"a = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", RT_MODE_FILE, "SyntaxError", "too many nested parentheses", 1, 205},
    {"x = 1\n$", RT_MODE_FILE, "SyntaxError", "invalid syntax", 2, 1},
    {"x = [1, 2 3]", RT_MODE_FILE, "SyntaxError", "invalid syntax. Perhaps you forgot a comma\077", 1, 9},
    {"1 2", RT_MODE_EVAL, "SyntaxError", "invalid syntax", 1, 3},
    {"x = 1", RT_MODE_EVAL, "SyntaxError", "invalid syntax", 1, 3},
    {"a = 1\nb = 2\n", RT_MODE_SINGLE, "SyntaxError", "multiple statements found while compiling a single statement", 1, 6},
    {"\342\202\254 = 1", RT_MODE_FILE, "SyntaxError", "invalid character '\342\202\254' (U+20AC)", 1, 1},
    {"x = '\\N{DASH}'", RT_MODE_FILE, "SyntaxError", "(unicode error) \\N escapes not supported", 1, 0},
    {"while x:\n    pass\n  else: pass", RT_MODE_FILE, "IndentationError", "unindent does not match any outer indentation level", 3, 13},
    {"try:\n    pass\n", RT_MODE_FILE, "SyntaxError", "expected 'except' or 'finally' block", 2, 9},
    {"def f(:\n    pass", RT_MODE_FILE, "SyntaxError", "invalid syntax", 1, 7},
};

// ---------------------------------------------------------------------------
// Tree dumping, in the notation of the tables above.
// ---------------------------------------------------------------------------

static char out[1 << 16];
static size_t out_len;

static void put(const char *s, size_t n) {
    if (out_len + n < sizeof(out)) {
        memcpy(out + out_len, s, n);
        out_len += n;
        out[out_len] = 0;
    }
}

static void put_str(const char *s) {
    put(s, strlen(s));
}

static void put_long(const char *fmt, long v) {
    char b[64];
    snprintf(b, sizeof(b), fmt, v);
    put_str(b);
}

static void put_quoted(const char *d, size_t n) {
    put("'", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (c == '\'' || c == '\\') {
            char e[2] = {'\\', (char)c};
            put(e, 2);
        } else if (c < 32 || c >= 127) {
            put_long("\\x%02lx", c);
        } else {
            put((const char *)&c, 1);
        }
    }
    put("'", 1);
}

static void put_qstr(qstr q) {
    size_t n;
    const char *s = qstr_data(q, &n);
    put(s, n);
}

static void put_value(obj_t v) {
    if (v == OBJ_NONE) {
        put_str("None");
    } else if (v == OBJ_TRUE) {
        put_str("True");
    } else if (v == OBJ_FALSE) {
        put_str("False");
    } else if (v == OBJ_ELLIPSIS) {
        put_str("...");
    } else if (OBJ_IS_SMALL_INT(v) && OBJ_SMALL_INT_VALUE(v) >= -(1L << 30) &&
               OBJ_SMALL_INT_VALUE(v) < (1L << 30)) {
        put_long("%ld", (long)OBJ_SMALL_INT_VALUE(v));
    } else if (obj_type_of(v) == &type_int) {
        put_str("int(?)");
    } else if (obj_type_of(v) == &type_float) {
        put_str("float");
    } else if (obj_type_of(v) == &type_complex) {
        put_str("complex");
    } else if (obj_type_of(v) == &type_str || obj_type_of(v) == &type_bytes) {
        size_t n;
        const char *d = str_data(v, &n);
        if (obj_type_of(v) == &type_bytes) {
            put_str("b");
        }
        put_quoted(d, n);
    } else {
        put_str("?");
    }
}

static const char *const kind_names[] = {"Module", "Expr", "Assign", "AugAssign", "AnnAssign",
    "Delete", "Pass", "Break", "Continue", "Return", "Raise", "Global", "Nonlocal", "Assert",
    "Import", "ImportFrom", "alias", "If", "While", "For", "With", "withitem", "Try",
    "ExceptHandler", "FunctionDef", "ClassDef", "Name", "Const", "JoinedStr", "Formatted",
    "BinOp", "UnaryOp", "BoolOp", "Compare", "cmpop", "Call", "keyword", "Attribute",
    "Subscript", "Slice", "Starred", "Tuple", "List", "Set", "Dict", "DictItem", "Lambda",
    "IfExp", "ListComp", "SetComp", "GenExp", "DictComp", "comprehension", "Await", "Yield",
    "YieldFrom", "NamedExpr", "arg"};

static void dump(const ast_node_t *n);

static void dump_seq(const char *name, const ast_seq_t *s) {
    if (!s) {
        return;
    }
    put_str(" ");
    put_str(name);
    put_str("=[");
    for (size_t i = 0; i < s->len; i++) {
        if (i) {
            put_str(", ");
        }
        dump(s->items[i]);
    }
    put_str("]");
}

static void dump(const ast_node_t *n) {
    if (n->kind >= ARRAY_SIZE(kind_names)) {
        put_str("BAD");
        return;
    }
    put_str(kind_names[n->kind]);
    put_str("(");
    if (n->name) {
        put_qstr(n->name);
    }
    if (n->name2) {
        put_str(" as ");
        put_qstr(n->name2);
    }
    if (n->kind == AST_CONST) {
        put_value(n->value);
    }
    if (n->op) {
        put_long(" op=%ld", n->op);
    }
    if (n->flags) {
        put_long(" fl=%ld", n->flags);
    }
    const ast_node_t *abc[3] = {n->a, n->b, n->c};
    for (int i = 0; i < 3; i++) {
        if (abc[i]) {
            char label[4] = {' ', (char)('a' + i), '=', 0};
            put_str(label);
            dump(abc[i]);
        }
    }
    dump_seq("s1", n->s1);
    dump_seq("s2", n->s2);
    dump_seq("s3", n->s3);
    dump_seq("s4", n->s4);
    if (n->args) {
        put_str(" args=(");
        dump_seq("pos", n->args->pos);
        if (n->args->n_posonly) {
            put_long(" posonly=%ld", (long)n->args->n_posonly);
        }
        if (n->args->vararg) {
            put_str(" *");
            dump(n->args->vararg);
        }
        dump_seq("kwonly", n->args->kwonly);
        if (n->args->kwarg) {
            put_str(" **");
            dump(n->args->kwarg);
        }
        put_str(")");
    }
    put_str(")");
}

// ---------------------------------------------------------------------------
// Running the parser
// ---------------------------------------------------------------------------

// Parses [src]; returns the tree, or NULL with the exception in *exc.
static ast_node_t *try_parse(const char *src, size_t len, int mode, obj_t *exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        ast_node_t *t = parse_source(src, len, qstr_from_str("<test>"), mode);
        nlr_pop();
        *exc = OBJ_NULL;
        return t;
    }
    *exc = nlr.value;
    return NULL;
}

static const char *type_name(obj_t exc) {
    return qstr_str(obj_type_of(exc)->name);
}

static const char *attr_str(obj_t exc, const char *name) {
    size_t n;
    obj_t v = rt_load_attr(exc, qstr_from_str(name));
    return obj_is_str(v) ? str_data(v, &n) : "?";
}

static long attr_int(obj_t exc, const char *name) {
    obj_t v = rt_load_attr(exc, qstr_from_str(name));
    return OBJ_IS_SMALL_INT(v) ? (long)OBJ_SMALL_INT_VALUE(v) : -999;
}

static void test_trees(void) {
    for (size_t i = 0; i < ARRAY_SIZE(tree_cases); i++) {
        const parse_case_t *c = &tree_cases[i];
        obj_t exc;
        ast_node_t *t = try_parse(c->src, strlen(c->src), c->mode, &exc);
        if (!UNIT_CHECK(t != NULL)) {
            printf("    source: %s\n    raised %s: %s\n", c->src, type_name(exc),
                attr_str(exc, "msg"));
            continue;
        }
        out_len = 0;
        out[0] = 0;
        dump(t);
        if (!UNIT_CHECK_EQ_STR(out, c->tree)) {
            printf("    source: %s\n", c->src);
        }
    }
}

static void test_errors(void) {
    for (size_t i = 0; i < ARRAY_SIZE(error_cases); i++) {
        const error_case_t *c = &error_cases[i];
        obj_t exc;
        ast_node_t *t = try_parse(c->src, strlen(c->src), c->mode, &exc);
        if (!UNIT_CHECK(t == NULL)) {
            printf("    source: %s (parsed, expected %s)\n", c->src, c->msg);
            continue;
        }
        bool ok = UNIT_CHECK_EQ_STR(type_name(exc), c->type);
        ok &= UNIT_CHECK_EQ_STR(attr_str(exc, "msg"), c->msg);
        ok &= UNIT_CHECK_EQ_INT(attr_int(exc, "lineno"), c->line);
        if (c->offset) {
            ok &= UNIT_CHECK_EQ_INT(attr_int(exc, "offset"), c->offset);
        }
        if (!ok) {
            printf("    source: %s\n", c->src);
        }
    }
}

// Line numbers of nodes after continuations, in blocks and inside f-strings.
static void test_positions(void) {
    const char *src = "a = 1 + \\\n    2\n@d\ndef f():\n    x = f'''\n{y}\n{z +\n w}'''\n";
    obj_t exc;
    ast_node_t *m = try_parse(src, strlen(src), RT_MODE_FILE, &exc);
    if (!UNIT_CHECK(m != NULL && m->s1 && m->s1->len == 2)) {
        return;
    }
    ast_node_t *assign = m->s1->items[0];
    UNIT_CHECK_EQ_INT(assign->line, 1);
    UNIT_CHECK_EQ_INT(assign->a->b->line, 2); // the 2 after the backslash
    ast_node_t *def = m->s1->items[1];
    UNIT_CHECK_EQ_INT(def->kind, AST_FUNCDEF);
    UNIT_CHECK_EQ_INT(def->line, 4);
    UNIT_CHECK_EQ_INT(def->s2->items[0]->line, 3);
    ast_node_t *js = def->s1->items[0]->a;
    if (UNIT_CHECK(js->kind == AST_JOINEDSTR && js->s1 && js->s1->len == 4)) {
        UNIT_CHECK_EQ_INT(js->s1->items[1]->a->line, 6); // y
        UNIT_CHECK_EQ_INT(js->s1->items[3]->a->line, 7); // z + w starts on line 7
        UNIT_CHECK_EQ_INT(js->s1->items[3]->a->b->line, 8);
        UNIT_CHECK_EQ_INT(js->s1->items[3]->a->b->col, 1);
    }
}

// Inputs that must give an exception, never a crash.
static void test_robustness(void) {
    static const struct {
        const char *src;
        size_t len;
        const char *type;
    } cases[] = {
        {"x = 1\0", 6, "SyntaxError"},
        {"x = '\xff'", 7, "SyntaxError"},
        {"\xc3", 1, "SyntaxError"},
        {"\xed\xa0\x80", 3, "SyntaxError"},
        {"f'{", 3, "SyntaxError"},
        {"f'{x:{", 6, "SyntaxError"},
        {"'''", 3, "SyntaxError"},
        {"\\", 1, "SyntaxError"},
        {"(", 1, "SyntaxError"},
        {"@", 1, "SyntaxError"},
        {"lambda", 6, "SyntaxError"},
        {"if", 2, "SyntaxError"},
        {"\t\t x", 4, "IndentationError"},
    };
    for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
        obj_t exc;
        ast_node_t *t = try_parse(cases[i].src, cases[i].len, RT_MODE_FILE, &exc);
        if (UNIT_CHECK(t == NULL)) {
            UNIT_CHECK_EQ_STR(type_name(exc), cases[i].type);
        }
    }
    // A BOM is skipped; 200 nested brackets are fine, a long unary chain
    // ends in RecursionError or parses, never in a crash.
    obj_t exc;
    UNIT_CHECK(try_parse("\xef\xbb\xbfx = 1", 8, RT_MODE_FILE, &exc) != NULL);
    static char deep[100000];
    size_t n = 0;
    for (int i = 0; i < 200; i++) {
        deep[n++] = '(';
    }
    deep[n++] = '1';
    for (int i = 0; i < 200; i++) {
        deep[n++] = ')';
    }
    UNIT_CHECK(try_parse(deep, n, RT_MODE_EVAL, &exc) != NULL);
    memset(deep, '-', sizeof(deep) - 1);
    deep[sizeof(deep) - 2] = '1';
    ast_node_t *t = try_parse(deep, sizeof(deep) - 1, RT_MODE_EVAL, &exc);
    if (t == NULL) {
        UNIT_CHECK_EQ_STR(type_name(exc), "RecursionError");
    }
    UNIT_CHECK(try_parse("", 0, RT_MODE_FILE, &exc) != NULL);
    // Comments may hold any bytes (CPython does not decode them).
    UNIT_CHECK(try_parse("x = 1 # \xfe\xfe\n# \xff", 14, RT_MODE_FILE, &exc) != NULL);
    // A decimal literal over the int/str digit limit is a SyntaxError.
    memcpy(deep, "x = 1", 5);
    n = 5;
    while (n < 4400) {
        deep[n++] = '0';
    }
    t = try_parse(deep, n, RT_MODE_FILE, &exc);
    if (UNIT_CHECK(t == NULL)) {
        UNIT_CHECK_EQ_STR(type_name(exc), "SyntaxError");
        UNIT_CHECK(strncmp(attr_str(exc, "msg"), "Exceeds the limit (4300 digits)", 31) == 0);
    }
    UNIT_CHECK(try_parse("\n\n# c\n", 6, RT_MODE_FILE, &exc) != NULL);
}

static void test_needs_more(void) {
    static const struct {
        const char *src;
        bool more;
    } cases[] = {
        {"x = 1", false},
        {"x = (1,", true},
        {"x = [1,\n2", true},
        {"x = (1,\n2)", false},
        {"x = 1 \\", true},
        {"x = '''abc", true},
        {"x = '''abc\ndef'''", false},
        {"x = 'abc", false},
        {"if x:", true},
        {"if x:  # comment", true},
        {"if x:\n    y = 1", true},
        {"if x:\n    y = 1\n", true},
        {"if x:\n    y = 1\n\n", false},
        {"if x:\n    y = 1\n    \n", false},
        {"for i in range(3): print(i)", true},
        {"for i in range(3): print(i)\n\n", false},
        {"@dec", true},
        {"@dec\ndef f(): pass\n\n", false},
        {"class A:\n  pass\n", true},
        {"x = {'a': 1,", true},
        {"print('(')", false},
        {"print(')'", true},
        {"x = ')'", false},
        {"d = {\n", true},
        {"x = )", false},
        {"s = 'a#'  # (", false},
        {"", false},
    };
    for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
        if (!UNIT_CHECK_EQ_INT(parse_needs_more_input(cases[i].src, strlen(cases[i].src)),
                cases[i].more)) {
            printf("    source: %s\n", cases[i].src);
        }
    }
    // Arbitrary bytes never trouble it.
    char junk[64];
    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof(junk); i++) {
            junk[i] = (char)((round * 131 + i * 71) ^ (i * i));
        }
        (void)parse_needs_more_input(junk, sizeof(junk) - (size_t)(round % 17));
    }
}

int main(void) {
    gc_init(heap, sizeof(heap));
    int top;
    rt_init(&top, 512 * 1024);
    test_trees();
    test_errors();
    test_positions();
    test_robustness();
    test_needs_more();
    return unit_report();
}
