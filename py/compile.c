// The compiler: walks the AST of each scope (after py/scope.c resolved the
// names) and emits the bytecode of py/opcodes.h into code objects.
// SPDX-License-Identifier: MIT
#include <string.h>

#include "py/code.h"
#include "py/compile.h"
#include "py/objexcept.h"
#include "py/objfun.h"
#include "py/objseq.h"
#include "py/objset.h"
#include "py/objstr.h"
#include "py/opcodes.h"
#include "py/runtime.h"
#include "py/scope.h"
#include "py/vstr.h"

#define NO_LABEL (0xffffffffu)

// Kinds of blocks that statements like break, continue and return must
// leave in order.
typedef enum {
    FB_WHILE,           // a while loop
    FB_FOR,             // a for loop: its iterator is on the stack
    FB_TRY_EXCEPT,      // the body of a try with except clauses
    FB_FINALLY_TRY,     // the body of a try with a finally clause
    FB_FINALLY_END,     // a finally body running for an exception: [prev exc] on the stack
    FB_HANDLER,         // matching except clauses: [prev exc] on the stack
    FB_HANDLER_CLEANUP, // an except body: [prev] on the stack, maybe a bound name
    FB_WITH,            // a with body: [exit mgr] on the stack
    FB_POP_VALUE,       // a return value kept on the stack while a finally body runs
    FB_EXCEPT_STAR,     // an except* body (no break, continue or return may leave it)
} fb_kind_t;

typedef struct fblock {
    uint8_t kind;
    uint32_t handler;       // label of the exception handler active inside, or NO_LABEL
    uint32_t handler_depth; // stack depth for that handler
    uint32_t break_label, continue_label;
    ast_seq_t *finally_body;
    qstr name;
    bool is_async; // FB_WITH of `async with`: the exit call is awaited
} fblock_t;

typedef struct label_fix {
    uint32_t pos;
    uint32_t label;
    bool whole_word; // the target fills the word at pos (else the arg of the instruction at pos)
} label_fix_t;

typedef struct comp {
    qstr filename;
    int mode;
} comp_t;

// The state of one code object being compiled.
typedef struct unit {
    comp_t *comp;
    scope_t *scope;
    uint32_t *code;
    size_t n_code, alloc_code;
    obj_t *consts;
    size_t n_consts, alloc_consts;
    uint32_t *labels;
    size_t n_labels, alloc_labels;
    label_fix_t *fixes;
    size_t n_fixes, alloc_fixes;
    uint8_t *lines;
    size_t n_lines, alloc_lines;
    uint32_t last_line_offset, last_line;
    code_exc_entry_t *exc;
    size_t n_exc, alloc_exc;
    fblock_t *fb;
    size_t n_fb, alloc_fb;
    uint32_t cur_handler, cur_handler_depth;
    int depth, max_depth;
    uint32_t n_caches;
    uint32_t line;
    bool interactive;
    // For merging instruction pairs: where the last instruction starts, the
    // handler it ran under, and where the last label was placed.
    size_t last_instr;
    uint32_t last_handler;
    size_t last_label;
} unit_t;

static void grow(void **p, size_t *alloc, size_t need, size_t elem) {
    if (need > *alloc) {
        size_t n = *alloc ? *alloc * 2 : 16;
        while (n < need) {
            n *= 2;
        }
        *p = rt_realloc(*p, n * elem);
        *alloc = n;
    }
}

NORETURN static void error_at(unit_t *u, ast_node_t *n, const char *msg) {
    scope_syntax_error(u->comp->filename, n ? n->line : u->line, n ? n->col : 0, msg);
}

NORETURN static void error_fmt(unit_t *u, ast_node_t *n, const char *fmt, qstr q) {
    size_t len;
    const char *s = str_data(str_fmt(fmt, q), &len);
    error_at(u, n, s);
}

// ---------------------------------------------------------------------------
// Emitting
// ---------------------------------------------------------------------------

static int stack_effect(int op, uint32_t arg) {
    uint32_t a = arg & 0xfff, b = arg >> 12;
    switch (op) {
        case OP_NOP:
        case OP_SWAP:
        case OP_ROT_THREE:
        case OP_DELETE_FAST:
        case OP_DELETE_DEREF:
        case OP_DELETE_NAME:
        case OP_DELETE_GLOBAL:
        case OP_LOAD_ATTR:
        case OP_UNARY_OP:
        case OP_UNARY_NOT:
        case OP_JUMP:
        case OP_JUMP_BACK:
        case OP_GET_ITER:
        case OP_LIST_TO_TUPLE:
        case OP_CHECK_EXC_MATCH:
        case OP_YIELD_VALUE:
        case OP_GET_YIELD_FROM_ITER:
        case OP_GET_AWAITABLE:
        case OP_GET_AITER:
        case OP_RETURN_FAST:
        case OP_RETURN_NONE:
        case OP_JUMP_IF_NOT_LT_LI:
        case OP_STORE_FAST_LOAD_FAST:
        case OP_INCR_FAST:
        case OP_DECR_FAST:
        case OP_BINARY_OP_I:
            return 0;
        case OP_LOAD_CONST:
        case OP_LOAD_SMALL_INT:
        case OP_LOAD_NONE:
        case OP_LOAD_TRUE:
        case OP_LOAD_FALSE:
        case OP_LOAD_NULL:
        case OP_COPY:
        case OP_LOAD_FAST:
        case OP_LOAD_FAST_SHARE:
        case OP_LOAD_DEREF:
        case OP_LOAD_CLASSDEREF:
        case OP_LOAD_CLOSURE:
        case OP_LOAD_NAME:
        case OP_LOAD_GLOBAL:
        case OP_LOAD_METHOD:
        case OP_ADD_LI:
        case OP_SUB_LI:
        case OP_LOAD_BUILD_CLASS:
        case OP_PUSH_EXC_INFO:
        case OP_LOAD_ASSERTION_ERROR:
        case OP_WITH_EXCEPT_START:
        case OP_IMPORT_FROM:
        case OP_GET_ANEXT:
            return 1;
        case OP_GET_LEN:
        case OP_MATCH_MAPPING:
        case OP_MATCH_SEQUENCE:
        case OP_MATCH_KEYS:
            return 1;
        case OP_MATCH_CLASS:
            return -2;
        case OP_PREP_RERAISE_STAR:
            return -1;
        case OP_DUP_TOP_TWO:
        case OP_LOAD_FAST_LOAD_FAST:
        case OP_BEFORE_WITH:
        case OP_BEFORE_ASYNC_WITH:
            return 2;
        case OP_POP_TOP:
        case OP_STORE_FAST:
        case OP_STORE_DEREF:
        case OP_STORE_NAME:
        case OP_STORE_GLOBAL:
        case OP_DELETE_ATTR:
        case OP_SUBSCR:
        case OP_BINARY_OP:
        case OP_BINARY_ADD:
        case OP_BINARY_SUB:
        case OP_BINARY_MUL:
        case OP_INPLACE_ADD:
        case OP_INPLACE_SUB:
        case OP_COMPARE_LT:
        case OP_COMPARE_LE:
        case OP_COMPARE_GT:
        case OP_COMPARE_GE:
        case OP_COMPARE_EQ:
        case OP_COMPARE_NE:
        case OP_COMPARE_OP:
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP:
        case OP_FOR_ITER:
        case OP_FOR_ITER_STORE:
        case OP_RETURN_VALUE:
        case OP_LIST_APPEND:
        case OP_SET_ADD:
        case OP_LIST_EXTEND:
        case OP_SET_UPDATE:
        case OP_DICT_UPDATE:
        case OP_DICT_MERGE:
        case OP_RERAISE:
        case OP_POP_EXCEPT:
        case OP_IMPORT_NAME:
        case OP_IMPORT_STAR:
        case OP_PRINT_EXPR:
        case OP_SEND:
            return -1;
        case OP_STORE_ATTR:
        case OP_DELETE_SUBSCR:
        case OP_END_ASYNC_FOR:
        case OP_MAP_ADD:
        case OP_JUMP_IF_LT:
        case OP_JUMP_IF_LE:
        case OP_JUMP_IF_GT:
        case OP_JUMP_IF_GE:
        case OP_JUMP_IF_EQ:
        case OP_JUMP_IF_NE:
        case OP_JUMP_IF_NOT_LT:
        case OP_JUMP_IF_NOT_LE:
        case OP_JUMP_IF_NOT_GT:
        case OP_JUMP_IF_NOT_GE:
        case OP_JUMP_IF_NOT_EQ:
        case OP_JUMP_IF_NOT_NE:
        case OP_INPLACE_ADD_FAST:
            return -2;
        case OP_STORE_SUBSCR:
            return -3;
        case OP_BUILD_SLICE:
            return 1 - (int)arg;
        case OP_MAKE_FUNCTION:
            return -(int)(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0));
        case OP_CALL:
            return -(int)arg;
        case OP_CALL_KW:
            return -(int)(a + 2 * b);
        case OP_CALL_METHOD:
            return -(int)arg - 1;
        case OP_CALL_METHOD_KW:
            return -(int)(a + 2 * b) - 1;
        case OP_CALL_EX:
            return -1 - (int)arg;
        case OP_BUILD_TUPLE:
        case OP_BUILD_LIST:
        case OP_BUILD_SET:
        case OP_BUILD_STRING:
            return 1 - (int)arg;
        case OP_BUILD_MAP:
            return 1 - 2 * (int)arg;
        case OP_UNPACK_SEQUENCE:
            return (int)arg - 1;
        case OP_UNPACK_EX:
            return (int)(a + b);
        case OP_FORMAT_VALUE:
            return (arg & FORMAT_HAS_SPEC) ? -1 : 0;
        case OP_RAISE:
            return -(int)arg;
        default:
            return 0;
    }
}

int compile_stack_effect(int op, uint32_t arg) {
    // Two-operand forms: OPARG of the word is already A | B << 12.
    return stack_effect(op, arg);
}

static void emit_word(unit_t *u, uint32_t w) {
    grow((void **)&u->code, &u->alloc_code, u->n_code + 1, sizeof(uint32_t));
    u->code[u->n_code++] = w;
}

static void add_line_record(unit_t *u, uint32_t offset, uint32_t line) {
    uint32_t d = offset - u->last_line_offset;
    int32_t dl = (int32_t)line - (int32_t)u->last_line;
    uint32_t z = dl >= 0 ? (uint32_t)dl << 1 : (((uint32_t)(-dl)) << 1) - 1;
    grow((void **)&u->lines, &u->alloc_lines, u->n_lines + 10, 1);
    do {
        u->lines[u->n_lines++] = (uint8_t)((d & 0x7f) | (d >= 0x80 ? 0x80 : 0));
        d >>= 7;
    } while (d);
    do {
        u->lines[u->n_lines++] = (uint8_t)((z & 0x7f) | (z >= 0x80 ? 0x80 : 0));
        z >>= 7;
    } while (z);
    u->last_line_offset = offset;
    u->last_line = line;
}

// Records the line and the exception handler of the instruction about to be emitted.
static void begin_instr(unit_t *u, int words) {
    uint32_t off = (uint32_t)u->n_code;
    if (u->line != u->last_line) {
        add_line_record(u, off, u->line);
    }
    if (u->cur_handler != NO_LABEL) {
        code_exc_entry_t *last = u->n_exc ? &u->exc[u->n_exc - 1] : NULL;
        if (last != NULL && last->end == off && last->target == u->cur_handler
            && last->depth == u->cur_handler_depth) {
            last->end = off + (uint32_t)words;
        } else {
            grow((void **)&u->exc, &u->alloc_exc, u->n_exc + 1, sizeof(code_exc_entry_t));
            code_exc_entry_t *e = &u->exc[u->n_exc++];
            e->start = off;
            e->end = off + (uint32_t)words;
            e->target = u->cur_handler;
            e->depth = u->cur_handler_depth;
        }
    }
}

static void adjust_depth(unit_t *u, int delta) {
    u->depth += delta;
    if (u->depth > u->max_depth) {
        u->max_depth = u->depth;
    }
}

// Merges LOAD_FAST after LOAD_FAST or STORE_FAST into one instruction when
// nothing can jump between them; returns whether it did.
static bool merge_load_fast(unit_t *u, uint32_t slot) {
    if (u->n_code == 0 || u->last_instr != u->n_code - 1 || u->last_label == u->n_code
        || u->last_handler != u->cur_handler || u->line != u->last_line || slot > OP_AB_MAX) {
        return false;
    }
    uint32_t prev = u->code[u->last_instr];
    int pop = (int)OPCODE_OF(prev);
    if ((pop != OP_LOAD_FAST && pop != OP_STORE_FAST) || OPARG(prev) > OP_AB_MAX) {
        return false;
    }
    int merged = pop == OP_LOAD_FAST ? OP_LOAD_FAST_LOAD_FAST : OP_STORE_FAST_LOAD_FAST;
    u->code[u->last_instr] = OP_MAKE_AB(merged, OPARG(prev), slot);
    adjust_depth(u, 1);
    return true;
}

static void emit(unit_t *u, int op, uint32_t arg) {
    if (arg > OP_ARG_MAX) {
        error_at(u, NULL, "too many items in an expression");
    }
    if (op == OP_LOAD_FAST && merge_load_fast(u, arg)) {
        return;
    }
    u->last_instr = u->n_code;
    u->last_handler = u->cur_handler;
    begin_instr(u, 1 + op_extra_words(op));
    emit_word(u, OP_MAKE(op, arg));
    adjust_depth(u, stack_effect(op, arg));
}

static void emit_ab(unit_t *u, int op, uint32_t a, uint32_t b) {
    u->last_instr = u->n_code;
    u->last_handler = u->cur_handler;
    begin_instr(u, 1 + op_extra_words(op));
    emit_word(u, OP_MAKE_AB(op, a, b));
    adjust_depth(u, stack_effect(op, a | (b << 12)));
}

static uint32_t new_label(unit_t *u) {
    grow((void **)&u->labels, &u->alloc_labels, u->n_labels + 1, sizeof(uint32_t));
    u->labels[u->n_labels] = NO_LABEL;
    return (uint32_t)u->n_labels++;
}

static void place(unit_t *u, uint32_t label) {
    u->labels[label] = (uint32_t)u->n_code;
    u->last_label = u->n_code;
}

static void add_fix(unit_t *u, uint32_t pos, uint32_t label, bool whole) {
    grow((void **)&u->fixes, &u->alloc_fixes, u->n_fixes + 1, sizeof(label_fix_t));
    u->fixes[u->n_fixes].pos = pos;
    u->fixes[u->n_fixes].label = label;
    u->fixes[u->n_fixes].whole_word = whole;
    u->n_fixes++;
}

static void emit_jump(unit_t *u, int op, uint32_t label) {
    emit(u, op, 0);
    add_fix(u, (uint32_t)u->n_code - 1, label, false);
}

// An instruction with an A/B operand pair followed by a jump target word.
static void emit_ab_jump(unit_t *u, int op, uint32_t a, uint32_t b, uint32_t label) {
    emit_ab(u, op, a, b);
    emit_word(u, 0);
    add_fix(u, (uint32_t)u->n_code - 1, label, true);
}

static uint32_t add_const(unit_t *u, obj_t value) {
    for (size_t i = 0; i < u->n_consts; i++) {
        if (u->consts[i] == value) {
            return (uint32_t)i;
        }
    }
    grow((void **)&u->consts, &u->alloc_consts, u->n_consts + 1, sizeof(obj_t));
    u->consts[u->n_consts] = value;
    return (uint32_t)u->n_consts++;
}

static void emit_load_const(unit_t *u, obj_t value) {
    if (value == OBJ_NONE) {
        emit(u, OP_LOAD_NONE, 0);
    } else if (value == OBJ_TRUE) {
        emit(u, OP_LOAD_TRUE, 0);
    } else if (value == OBJ_FALSE) {
        emit(u, OP_LOAD_FALSE, 0);
    } else if (OBJ_IS_SMALL_INT(value) && OBJ_SMALL_INT_VALUE(value) >= OP_IMM_MIN
        && OBJ_SMALL_INT_VALUE(value) <= OP_IMM_MAX) {
        emit(u, OP_LOAD_SMALL_INT, (uint32_t)OBJ_SMALL_INT_VALUE(value) & OP_ARG_MAX);
    } else {
        emit(u, OP_LOAD_CONST, add_const(u, value));
    }
}

static void emit_load_qstr(unit_t *u, qstr q) {
    emit(u, OP_LOAD_CONST, add_const(u, OBJ_NEW_QSTR(q)));
}

static void emit_load_global(unit_t *u, qstr q) {
    emit(u, OP_LOAD_GLOBAL, (uint32_t)q);
    emit_word(u, u->n_caches++);
}

// ---------------------------------------------------------------------------
// Blocks and handlers
// ---------------------------------------------------------------------------

static void refresh_handler(unit_t *u) {
    u->cur_handler = NO_LABEL;
    u->cur_handler_depth = 0;
    for (size_t i = u->n_fb; i > 0; i--) {
        if (u->fb[i - 1].handler != NO_LABEL) {
            u->cur_handler = u->fb[i - 1].handler;
            u->cur_handler_depth = u->fb[i - 1].handler_depth;
            break;
        }
    }
}

static fblock_t *push_fb(unit_t *u, fb_kind_t kind, uint32_t handler, int handler_depth) {
    grow((void **)&u->fb, &u->alloc_fb, u->n_fb + 1, sizeof(fblock_t));
    fblock_t *f = &u->fb[u->n_fb++];
    memset(f, 0, sizeof(*f));
    f->kind = kind;
    f->handler = handler;
    f->handler_depth = (uint32_t)handler_depth;
    f->break_label = f->continue_label = NO_LABEL;
    refresh_handler(u);
    return f;
}

static void pop_fb(unit_t *u) {
    u->n_fb--;
    refresh_handler(u);
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL } ctx_t;

// Whether [sym] is a local that `x += s` may grow in place when it holds a
// str: every read of it other than that statement's is then LOAD_FAST_SHARE,
// which marks the str shared, so the VM knows when the slot holds the only
// reference. Parameters are left out: zero-argument super() reads the first.
static bool is_appended_local(const symbol_t *sym) {
    return sym->kind == SYM_KIND_LOCAL && (sym->flags & SYM_APPENDED) && !(sym->flags & SYM_PARAM);
}

static void name_op(unit_t *u, qstr name, ctx_t ctx) {
    scope_t *s = u->scope;
    name = scope_mangle(s, name);
    symbol_t *sym = scope_find(s, name);
    int kind;
    if (sym != NULL) {
        kind = sym->kind;
    } else {
        kind = (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) ? SYM_KIND_NAME : SYM_KIND_GLOBAL_IMPLICIT;
    }
    switch (kind) {
        case SYM_KIND_LOCAL:
            if (ctx == CTX_LOAD && is_appended_local(sym)) {
                emit(u, OP_LOAD_FAST_SHARE, sym->slot);
                break;
            }
            emit(u, ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, sym->slot);
            break;
        case SYM_KIND_CELL:
        case SYM_KIND_FREE:
            if (ctx == CTX_LOAD && s->kind == SCOPE_CLASS) {
                emit(u, OP_LOAD_CLASSDEREF, sym->slot);
            } else {
                emit(u, ctx == CTX_LOAD ? OP_LOAD_DEREF : ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, sym->slot);
            }
            break;
        case SYM_KIND_GLOBAL_EXPLICIT:
        case SYM_KIND_GLOBAL_IMPLICIT:
            if (ctx == CTX_LOAD) {
                emit_load_global(u, name);
            } else {
                emit(u, ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, (uint32_t)name);
            }
            break;
        default:
            if (ctx == CTX_LOAD) {
                emit(u, OP_LOAD_NAME, (uint32_t)name);
                emit_word(u, u->n_caches++);
            } else {
                emit(u, ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME, (uint32_t)name);
            }
            break;
    }
}

// `except E as name` unbinds name when the clause ends, as CPython does.
static void unbind_name(unit_t *u, qstr name) {
    emit(u, OP_LOAD_NONE, 0);
    name_op(u, name, CTX_STORE);
    name_op(u, name, CTX_DEL);
}

// The fast slot of [name] if it is a plain local of the current function, else -1.
static int fast_slot(unit_t *u, ast_node_t *n) {
    if (n == NULL || n->kind != AST_NAME) {
        return -1;
    }
    symbol_t *sym = scope_find(u->scope, scope_mangle(u->scope, n->name));
    if (sym != NULL && sym->kind == SYM_KIND_LOCAL && sym->slot <= OP_AB_MAX && !is_appended_local(sym)) {
        return sym->slot;
    }
    return -1;
}

// Whether [n] is a small int constant that fits a B immediate.
static obj_t const_value(ast_node_t *n);

static bool small_imm(ast_node_t *n, int32_t *out) {
    if (n == NULL || (n->kind != AST_CONST && n->kind != AST_UNARYOP)) {
        return false;
    }
    obj_t c = const_value(n);
    if (c != OBJ_NULL && OBJ_IS_SMALL_INT(c)) {
        intptr_t v = OBJ_SMALL_INT_VALUE(c);
        if (v >= OP_B_IMM_MIN && v <= OP_B_IMM_MAX) {
            *out = (int32_t)v;
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

static void expr(unit_t *u, ast_node_t *n);
static void stmts(unit_t *u, ast_seq_t *seq);
static void store_target(unit_t *u, ast_node_t *t);
static obj_code_t *compile_scope(comp_t *comp, scope_t *s);
static void emit_await(unit_t *u);

static size_t seq_len(ast_seq_t *s) {
    return s ? s->len : 0;
}

static bool has_starred(ast_seq_t *s) {
    for (size_t i = 0; i < seq_len(s); i++) {
        if (s->items[i]->kind == AST_STARRED) {
            return true;
        }
    }
    return false;
}

static void set_line(unit_t *u, ast_node_t *n) {
    if (n != NULL && n->line != 0) {
        u->line = n->line;
    }
}

// The value of [n] if it is a constant or a tuple display of constants
// (folded as CPython does), else OBJ_NULL.
static obj_t const_value(ast_node_t *n) {
    if (n->kind == AST_CONST) {
        return n->value;
    }
    if (n->kind == AST_UNARYOP && n->a->kind == AST_CONST
        && (n->op == UNARY_OP_NEGATIVE || n->op == UNARY_OP_POSITIVE || n->op == UNARY_OP_INVERT)) {
        // -1, +2.5, ~3: folded as CPython's AST optimizer does (numbers only).
        obj_t v = n->a->value;
        const obj_type_t *t = obj_type_of(v);
        if (t == &type_int || (t == &type_float && n->op != UNARY_OP_INVERT)
            || (t == &type_complex && n->op != UNARY_OP_INVERT)) {
            return rt_unary_op((unary_op_t)n->op, v);
        }
    }
    if (n->kind != AST_TUPLE || has_starred(n->s1)) {
        return OBJ_NULL;
    }
    size_t len = seq_len(n->s1);
    obj_t t = len ? tuple_new(len, NULL) : OBJ_EMPTY_TUPLE;
    for (size_t i = 0; i < len; i++) {
        obj_t v = const_value(n->s1->items[i]);
        if (v == OBJ_NULL) {
            return OBJ_NULL;
        }
        ((obj_tuple_t *)t)->items[i] = v;
    }
    return t;
}

// Displays and calls with more items than this are built incrementally.
#define MAX_STACK_ITEMS (256)

// Builds a tuple, list or set display; elements may be starred.
static void build_seq(unit_t *u, ast_seq_t *elts, int kind, ast_node_t *at) {
    size_t n = seq_len(elts);
    if ((kind == AST_TUPLE || n > 2) && !has_starred(elts)) {
        // All constants: a tuple is one constant; a list or set is filled
        // from one (which also gives sets CPython's iteration order).
        obj_t t = at != NULL ? const_value(at) : OBJ_NULL;
        if (at != NULL && kind != AST_TUPLE) {
            ast_node_t tmp = *at;
            tmp.kind = AST_TUPLE;
            t = const_value(&tmp);
        }
        if (t != OBJ_NULL) {
            set_line(u, at);
            if (kind == AST_TUPLE) {
                emit(u, OP_LOAD_CONST, add_const(u, t));
            } else if (kind == AST_LIST) {
                emit(u, OP_BUILD_LIST, 0);
                emit(u, OP_LOAD_CONST, add_const(u, t));
                emit(u, OP_LIST_EXTEND, 1);
            } else {
                obj_t fs = set_fold_const(n, ((obj_tuple_t *)t)->items);
                emit(u, OP_BUILD_SET, 0);
                emit(u, OP_LOAD_CONST, add_const(u, fs));
                emit(u, OP_SET_UPDATE, 1);
            }
            return;
        }
    }
    if (!has_starred(elts) && n <= MAX_STACK_ITEMS) {
        for (size_t i = 0; i < n; i++) {
            expr(u, elts->items[i]);
        }
        set_line(u, at);
        emit(u, kind == AST_TUPLE ? OP_BUILD_TUPLE : kind == AST_LIST ? OP_BUILD_LIST : OP_BUILD_SET, (uint32_t)n);
        return;
    }
    // Leading plain items go into the initial build; the rest are added one
    // by one (so that huge displays do not need a huge stack).
    size_t lead = 0;
    while (lead < n && lead < MAX_STACK_ITEMS && elts->items[lead]->kind != AST_STARRED) {
        expr(u, elts->items[lead]);
        lead++;
    }
    bool is_set = kind == AST_SET;
    emit(u, is_set ? OP_BUILD_SET : OP_BUILD_LIST, (uint32_t)lead);
    for (size_t i = lead; i < n; i++) {
        ast_node_t *e = elts->items[i];
        if (e->kind == AST_STARRED) {
            expr(u, e->a);
            set_line(u, e);
            emit(u, is_set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            expr(u, e);
            emit(u, is_set ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == AST_TUPLE) {
        emit(u, OP_LIST_TO_TUPLE, 0);
    }
}

static void build_dict(unit_t *u, ast_node_t *n) {
    size_t len = seq_len(n->s1);
    size_t lead = 0;
    while (lead < len && lead < MAX_STACK_ITEMS && n->s1->items[lead]->a != NULL) {
        lead++;
    }
    for (size_t i = 0; i < lead; i++) {
        expr(u, n->s1->items[i]->a);
        expr(u, n->s1->items[i]->b);
    }
    set_line(u, n);
    emit(u, OP_BUILD_MAP, (uint32_t)lead);
    for (size_t i = lead; i < len; i++) {
        ast_node_t *item = n->s1->items[i];
        if (item->a == NULL) {
            expr(u, item->b);
            set_line(u, item);
            emit(u, OP_DICT_UPDATE, 1);
        } else {
            expr(u, item->a);
            expr(u, item->b);
            emit(u, OP_MAP_ADD, 1);
        }
    }
}

// Flag in LIST_EXTEND's and DICT_MERGE's arg: building call arguments (the
// callable is right below the list), for the error messages.
#define EXTEND_FOR_CALL (0x800000)

// Emits the arguments and the call for a call whose callable (and self slot
// when [method]) is already on the stack. [extra] positional arguments are
// already pushed above it (class definitions push the body and the name).
static void call_args(unit_t *u, ast_seq_t *args, ast_seq_t *kws, bool method, size_t extra, ast_node_t *at) {
    size_t n_args = seq_len(args), n_kw = seq_len(kws);
    bool dstar = false;
    for (size_t i = 0; i < n_kw; i++) {
        if (kws->items[i]->name == QSTR_NULL) {
            dstar = true;
        }
    }
    if (!has_starred(args) && !dstar && n_args + extra <= MAX_STACK_ITEMS && n_kw <= MAX_STACK_ITEMS) {
        for (size_t i = 0; i < n_args; i++) {
            expr(u, args->items[i]);
        }
        for (size_t i = 0; i < n_kw; i++) {
            emit_load_qstr(u, kws->items[i]->name);
            expr(u, kws->items[i]->a);
        }
        set_line(u, at);
        uint32_t np = (uint32_t)(n_args + extra);
        if (n_kw == 0) {
            emit(u, method ? OP_CALL_METHOD : OP_CALL, np);
        } else {
            emit_ab(u, method ? OP_CALL_METHOD_KW : OP_CALL_KW, np, (uint32_t)n_kw);
        }
        return;
    }
    // The general form: a positional sequence and a keyword dict.
    if (method) {
        error_at(u, at, "internal error: method call with star arguments");
    }
    if (extra == 0 && n_args == 1 && args->items[0]->kind == AST_STARRED) {
        // f(*a): CALL_EX takes the iterable itself.
        expr(u, args->items[0]->a);
    } else {
        size_t lead = 0;
        while (lead < n_args && lead < MAX_STACK_ITEMS && args->items[lead]->kind != AST_STARRED) {
            expr(u, args->items[lead]);
            lead++;
        }
        emit(u, OP_BUILD_LIST, (uint32_t)(lead + extra));
        for (size_t i = lead; i < n_args; i++) {
            ast_node_t *e = args->items[i];
            if (e->kind == AST_STARRED) {
                expr(u, e->a);
                set_line(u, at);
                emit(u, OP_LIST_EXTEND, 1 | EXTEND_FOR_CALL);
            } else {
                expr(u, e);
                emit(u, OP_LIST_APPEND, 1);
            }
        }
    }
    if (n_kw == 0) {
        set_line(u, at);
        emit(u, OP_CALL_EX, 0);
        return;
    }
    if (n_kw == 1 && kws->items[0]->name == QSTR_NULL) {
        // f(..., **m): CALL_EX checks and copies the mapping itself.
        expr(u, kws->items[0]->a);
    } else {
        size_t i = 0;
        size_t lead = 0;
        while (lead < n_kw && lead < MAX_STACK_ITEMS && kws->items[lead]->name != QSTR_NULL) {
            emit_load_qstr(u, kws->items[lead]->name);
            expr(u, kws->items[lead]->a);
            lead++;
        }
        emit(u, OP_BUILD_MAP, (uint32_t)lead);
        i = lead;
        while (i < n_kw) {
            ast_node_t *k = kws->items[i];
            if (k->name == QSTR_NULL) {
                expr(u, k->a);
                set_line(u, at);
                emit(u, OP_DICT_MERGE, 1);
                i++;
            } else {
                size_t j = i;
                while (j < n_kw && j - i < MAX_STACK_ITEMS && kws->items[j]->name != QSTR_NULL) {
                    emit_load_qstr(u, kws->items[j]->name);
                    expr(u, kws->items[j]->a);
                    j++;
                }
                emit(u, OP_BUILD_MAP, (uint32_t)(j - i));
                set_line(u, at);
                emit(u, OP_DICT_MERGE, 1);
                i = j;
            }
        }
    }
    set_line(u, at);
    emit(u, OP_CALL_EX, 1);
}

static void compile_call(unit_t *u, ast_node_t *n) {
    ast_node_t *f = n->a;
    bool simple = !has_starred(n->s1);
    for (size_t i = 0; i < seq_len(n->s2); i++) {
        if (n->s2->items[i]->name == QSTR_NULL) {
            simple = false;
        }
    }
    if (f->kind == AST_ATTRIBUTE && simple && seq_len(n->s1) <= OP_AB_MAX && seq_len(n->s2) <= OP_AB_MAX) {
        expr(u, f->a);
        set_line(u, f);
        emit(u, OP_LOAD_METHOD, (uint32_t)scope_mangle(u->scope, f->name));
        call_args(u, n->s1, n->s2, true, 0, n);
    } else {
        expr(u, f);
        call_args(u, n->s1, n->s2, false, 0, n);
    }
}

// Jumps to [label] if the truth of [n] equals [cond]; otherwise falls through.
static void jump_if(unit_t *u, ast_node_t *n, bool cond, uint32_t label) {
    switch (n->kind) {
        case AST_UNARYOP:
            if (n->op == UNARY_OP_NOT) {
                jump_if(u, n->a, !cond, label);
                return;
            }
            break;
        case AST_BOOLOP: {
            bool is_and = n->op == AST_BOOL_AND;
            size_t len = seq_len(n->s1);
            if (is_and != cond) {
                // and-chain jumping on false, or or-chain jumping on true:
                // each operand can jump directly.
                for (size_t i = 0; i < len; i++) {
                    jump_if(u, n->s1->items[i], cond, label);
                }
            } else {
                uint32_t skip = new_label(u);
                for (size_t i = 0; i + 1 < len; i++) {
                    jump_if(u, n->s1->items[i], !cond, skip);
                }
                jump_if(u, n->s1->items[len - 1], cond, label);
                place(u, skip);
            }
            return;
        }
        case AST_CONST: {
            obj_t v = n->value;
            int truth = -1;
            if (v == OBJ_NONE || v == OBJ_FALSE) {
                truth = 0;
            } else if (v == OBJ_TRUE) {
                truth = 1;
            } else if (OBJ_IS_SMALL_INT(v)) {
                truth = OBJ_SMALL_INT_VALUE(v) != 0;
            }
            if (truth >= 0) {
                if ((truth != 0) == cond) {
                    emit_jump(u, OP_JUMP, label);
                }
                return;
            }
            break;
        }
        case AST_COMPARE:
            if (seq_len(n->s1) == 1) {
                ast_node_t *cmp = n->s1->items[0];
                int op = cmp->op;
                if (op >= BINARY_OP_LESS && op <= BINARY_OP_NOT_EQUAL) {
                    int32_t imm;
                    int slot = fast_slot(u, n->a);
                    if (!cond && op == BINARY_OP_LESS && slot >= 0 && small_imm(cmp->a, &imm)) {
                        set_line(u, n);
                        emit_ab_jump(u, OP_JUMP_IF_NOT_LT_LI, (uint32_t)slot, (uint32_t)imm & 0xfff, label);
                        return;
                    }
                    static const uint8_t jt[] = {OP_JUMP_IF_LT, OP_JUMP_IF_GT, OP_JUMP_IF_EQ,
                        OP_JUMP_IF_LE, OP_JUMP_IF_GE, OP_JUMP_IF_NE};
                    static const uint8_t jf[] = {OP_JUMP_IF_NOT_LT, OP_JUMP_IF_NOT_GT, OP_JUMP_IF_NOT_EQ,
                        OP_JUMP_IF_NOT_LE, OP_JUMP_IF_NOT_GE, OP_JUMP_IF_NOT_NE};
                    expr(u, n->a);
                    expr(u, cmp->a);
                    set_line(u, n);
                    emit_jump(u, cond ? jt[op - BINARY_OP_LESS] : jf[op - BINARY_OP_LESS], label);
                    return;
                }
            }
            break;
        default:
            break;
    }
    expr(u, n);
    emit_jump(u, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void emit_compare(unit_t *u, int op) {
    switch (op) {
        case BINARY_OP_LESS:
            emit(u, OP_COMPARE_LT, 0);
            break;
        case BINARY_OP_MORE:
            emit(u, OP_COMPARE_GT, 0);
            break;
        case BINARY_OP_EQUAL:
            emit(u, OP_COMPARE_EQ, 0);
            break;
        case BINARY_OP_LESS_EQUAL:
            emit(u, OP_COMPARE_LE, 0);
            break;
        case BINARY_OP_MORE_EQUAL:
            emit(u, OP_COMPARE_GE, 0);
            break;
        case BINARY_OP_NOT_EQUAL:
            emit(u, OP_COMPARE_NE, 0);
            break;
        default:
            emit(u, OP_COMPARE_OP, (uint32_t)op);
            break;
    }
}

static void compile_compare(unit_t *u, ast_node_t *n) {
    size_t len = seq_len(n->s1);
    expr(u, n->a);
    if (len == 1) {
        expr(u, n->s1->items[0]->a);
        set_line(u, n);
        emit_compare(u, n->s1->items[0]->op);
        return;
    }
    uint32_t cleanup = new_label(u), end = new_label(u);
    for (size_t i = 0; i < len; i++) {
        ast_node_t *cmp = n->s1->items[i];
        expr(u, cmp->a);
        set_line(u, n);
        if (i + 1 < len) {
            // [a b] -> [b a b] -> [b result]
            emit(u, OP_COPY, 1);
            emit(u, OP_ROT_THREE, 0);
            emit_compare(u, cmp->op);
            emit_jump(u, OP_JUMP_IF_FALSE_OR_POP, cleanup);
        } else {
            emit_compare(u, cmp->op);
        }
    }
    emit_jump(u, OP_JUMP, end);
    place(u, cleanup);
    // [b result]: drop b under the result.
    adjust_depth(u, 1);
    emit(u, OP_SWAP, 2);
    emit(u, OP_POP_TOP, 0);
    place(u, end);
}

static void compile_binop(unit_t *u, ast_node_t *n) {
    int op = n->op;
    int32_t imm;
    int slot = fast_slot(u, n->a);
    if ((op == BINARY_OP_ADD || op == BINARY_OP_SUBTRACT) && slot >= 0 && small_imm(n->b, &imm)) {
        set_line(u, n);
        emit_ab(u, op == BINARY_OP_ADD ? OP_ADD_LI : OP_SUB_LI, (uint32_t)slot, (uint32_t)imm & 0xfff);
        return;
    }
    expr(u, n->a);
    if (small_imm(n->b, &imm) && op != BINARY_OP_POWER && op != BINARY_OP_MAT_MULTIPLY) {
        // x % 7, n * 3 + 1, i & 1: the operand rides in the instruction.
        set_line(u, n);
        emit_ab(u, OP_BINARY_OP_I, (uint32_t)op, (uint32_t)imm & 0xfff);
        return;
    }
    expr(u, n->b);
    set_line(u, n);
    switch (op) {
        case BINARY_OP_ADD:
            emit(u, OP_BINARY_ADD, 0);
            break;
        case BINARY_OP_SUBTRACT:
            emit(u, OP_BINARY_SUB, 0);
            break;
        case BINARY_OP_MULTIPLY:
            emit(u, OP_BINARY_MUL, 0);
            break;
        default:
            emit(u, OP_BINARY_OP, (uint32_t)op);
            break;
    }
}

// Loads the cells a new function or class body for [child] closes over.
static int load_closure(unit_t *u, scope_t *child) {
    if (child->n_free == 0) {
        return 0;
    }
    for (uint16_t i = child->first_free; i < child->n_slots; i++) {
        qstr name = child->slot_names[i];
        symbol_t *sym = scope_find(u->scope, name);
        if (sym == NULL) {
            error_fmt(u, NULL, "internal error: no cell for '%q'", name);
        }
        emit(u, OP_LOAD_CLOSURE, sym->slot);
    }
    emit(u, OP_BUILD_TUPLE, child->n_free);
    return MAKE_FN_CLOSURE;
}

// Emits the defaults and the function object for a def or lambda [n].
static void make_function(unit_t *u, ast_node_t *n) {
    ast_args_t *args = n->args;
    int flags = 0;
    if (args != NULL) {
        size_t n_def = 0;
        for (size_t i = 0; i < seq_len(args->pos); i++) {
            if (args->pos->items[i]->b != NULL) {
                expr(u, args->pos->items[i]->b);
                n_def++;
            }
        }
        if (n_def) {
            emit(u, OP_BUILD_TUPLE, (uint32_t)n_def);
            flags |= MAKE_FN_DEFAULTS;
        }
        size_t n_kwdef = 0;
        for (size_t i = 0; i < seq_len(args->kwonly); i++) {
            ast_node_t *a = args->kwonly->items[i];
            if (a->b != NULL) {
                // Keyed by the parameter's slot name (mangled in classes).
                emit_load_qstr(u, scope_mangle(scope_child(u->scope, n), a->name));
                expr(u, a->b);
                n_kwdef++;
            }
        }
        if (n_kwdef) {
            emit(u, OP_BUILD_MAP, (uint32_t)n_kwdef);
            flags |= MAKE_FN_KWDEFAULTS;
        }
        // Annotations are evaluated at definition time and then dropped.
        if (n->kind == AST_FUNCDEF) {
            for (size_t i = 0; i < seq_len(args->pos); i++) {
                if (args->pos->items[i]->a != NULL) {
                    expr(u, args->pos->items[i]->a);
                    emit(u, OP_POP_TOP, 0);
                }
            }
            if (args->vararg != NULL && args->vararg->a != NULL) {
                expr(u, args->vararg->a);
                emit(u, OP_POP_TOP, 0);
            }
            for (size_t i = 0; i < seq_len(args->kwonly); i++) {
                if (args->kwonly->items[i]->a != NULL) {
                    expr(u, args->kwonly->items[i]->a);
                    emit(u, OP_POP_TOP, 0);
                }
            }
            if (args->kwarg != NULL && args->kwarg->a != NULL) {
                expr(u, args->kwarg->a);
                emit(u, OP_POP_TOP, 0);
            }
        }
    }
    if (n->kind == AST_FUNCDEF && n->a != NULL) {
        expr(u, n->a);
        emit(u, OP_POP_TOP, 0);
    }
    scope_t *child = scope_child(u->scope, n);
    obj_code_t *code = compile_scope(u->comp, child);
    flags |= load_closure(u, child);
    set_line(u, n);
    emit(u, OP_LOAD_CONST, add_const(u, code));
    emit(u, OP_MAKE_FUNCTION, (uint32_t)flags);
}

static void compile_comprehension(unit_t *u, ast_node_t *n) {
    scope_t *child = scope_child(u->scope, n);
    obj_code_t *code = compile_scope(u->comp, child);
    int flags = load_closure(u, child);
    set_line(u, n);
    emit(u, OP_LOAD_CONST, add_const(u, code));
    emit(u, OP_MAKE_FUNCTION, (uint32_t)flags);
    expr(u, n->s1->items[0]->b);
    set_line(u, n);
    emit(u, (n->s1->items[0]->flags & AST_FLAG_ASYNC) ? OP_GET_AITER : OP_GET_ITER, 0);
    emit(u, OP_CALL, 1);
    if (child->is_coroutine && !child->is_generator) {
        emit_await(u);
    }
}

static void compile_fstring(unit_t *u, ast_node_t *n) {
    size_t len = seq_len(n->s1);
    if (len == 0) {
        emit_load_qstr(u, QSTR__empty);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        ast_node_t *part = n->s1->items[i];
        if (part->kind == AST_FORMATTED) {
            expr(u, part->a);
            uint32_t arg = part->op;
            if (part->b != NULL) {
                expr(u, part->b);
                arg |= FORMAT_HAS_SPEC;
            }
            set_line(u, part);
            emit(u, OP_FORMAT_VALUE, arg);
        } else {
            expr(u, part);
        }
    }
    if (len > 1) {
        emit(u, OP_BUILD_STRING, (uint32_t)len);
    } else if (n->s1->items[0]->kind != AST_FORMATTED) {
        // A lone constant part is already a str.
    }
}

static void expr(unit_t *u, ast_node_t *n) {
    rt_check_stack();
    switch (n->kind) {
        case AST_NAME:
            set_line(u, n);
            if (n->name == QSTR___debug__) {
                // A constant, as in CPython (no -O mode here).
                emit(u, OP_LOAD_TRUE, 0);
                break;
            }
            name_op(u, n->name, CTX_LOAD);
            break;
        case AST_CONST:
            set_line(u, n);
            emit_load_const(u, n->value);
            break;
        case AST_JOINEDSTR:
            compile_fstring(u, n);
            break;
        case AST_FORMATTED: {
            // A format spec's nested field alone.
            ast_node_t tmp = *n;
            ast_seq_t *one = rt_alloc(sizeof(ast_seq_t) + sizeof(ast_node_t *));
            one->len = 1;
            one->items[0] = n;
            tmp.kind = AST_JOINEDSTR;
            tmp.s1 = one;
            compile_fstring(u, &tmp);
            break;
        }
        case AST_BINOP:
            compile_binop(u, n);
            break;
        case AST_UNARYOP:
            if (n->op != UNARY_OP_NOT) {
                obj_t folded = const_value(n);
                if (folded != OBJ_NULL) {
                    set_line(u, n);
                    emit_load_const(u, folded);
                    break;
                }
            }
            expr(u, n->a);
            set_line(u, n);
            if (n->op == UNARY_OP_NOT) {
                emit(u, OP_UNARY_NOT, 0);
            } else {
                emit(u, OP_UNARY_OP, n->op);
            }
            break;
        case AST_BOOLOP: {
            uint32_t end = new_label(u);
            size_t len = seq_len(n->s1);
            for (size_t i = 0; i < len; i++) {
                expr(u, n->s1->items[i]);
                if (i + 1 < len) {
                    emit_jump(u, n->op == AST_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
                }
            }
            place(u, end);
            break;
        }
        case AST_COMPARE:
            compile_compare(u, n);
            break;
        case AST_CALL:
            compile_call(u, n);
            break;
        case AST_ATTRIBUTE:
            expr(u, n->a);
            set_line(u, n);
            emit(u, OP_LOAD_ATTR, (uint32_t)scope_mangle(u->scope, n->name));
            break;
        case AST_SUBSCRIPT:
            expr(u, n->a);
            expr(u, n->b);
            set_line(u, n);
            emit(u, OP_SUBSCR, 0);
            break;
        case AST_SLICE:
            if (n->a) {
                expr(u, n->a);
            } else {
                emit(u, OP_LOAD_NONE, 0);
            }
            if (n->b) {
                expr(u, n->b);
            } else {
                emit(u, OP_LOAD_NONE, 0);
            }
            if (n->c) {
                expr(u, n->c);
                emit(u, OP_BUILD_SLICE, 3);
            } else {
                emit(u, OP_BUILD_SLICE, 2);
            }
            break;
        case AST_STARRED:
            error_at(u, n, "can't use starred expression here");
        case AST_TUPLE:
        case AST_LIST:
        case AST_SET:
            build_seq(u, n->s1, n->kind, n);
            break;
        case AST_DICT:
            build_dict(u, n);
            break;
        case AST_LAMBDA:
            make_function(u, n);
            break;
        case AST_IFEXP: {
            uint32_t other = new_label(u), end = new_label(u);
            jump_if(u, n->a, false, other);
            expr(u, n->b);
            emit_jump(u, OP_JUMP, end);
            place(u, other);
            adjust_depth(u, -1);
            expr(u, n->c);
            place(u, end);
            break;
        }
        case AST_LISTCOMP:
        case AST_SETCOMP:
        case AST_GENEXP:
        case AST_DICTCOMP:
            compile_comprehension(u, n);
            break;
        case AST_AWAIT:
            expr(u, n->a);
            set_line(u, n);
            emit(u, OP_GET_AWAITABLE, 0);
            emit(u, OP_LOAD_NONE, 0);
            emit(u, OP_SEND, 0);
            break;
        case AST_YIELD:
            if (n->a) {
                expr(u, n->a);
            } else {
                emit(u, OP_LOAD_NONE, 0);
            }
            set_line(u, n);
            emit(u, OP_YIELD_VALUE, 0);
            break;
        case AST_YIELDFROM:
            expr(u, n->a);
            set_line(u, n);
            emit(u, OP_GET_YIELD_FROM_ITER, 0);
            emit(u, OP_LOAD_NONE, 0);
            emit(u, OP_SEND, 0);
            break;
        case AST_NAMEDEXPR:
            expr(u, n->b);
            emit(u, OP_COPY, 1);
            store_target(u, n->a);
            break;
        default:
            error_at(u, n, "invalid syntax");
    }
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

static const char *target_desc(ast_node_t *t) {
    switch (t->kind) {
        case AST_CALL:
            return "function call";
        case AST_CONST:
            return t->value == OBJ_NONE || t->value == OBJ_TRUE || t->value == OBJ_FALSE ? "keyword" : "literal";
        case AST_COMPARE:
            return "comparison";
        case AST_LAMBDA:
            return "lambda";
        case AST_IFEXP:
            return "conditional expression";
        case AST_NAMEDEXPR:
            return "named expression";
        case AST_JOINEDSTR:
            return "f-string expression";
        case AST_DICT:
            return "dict literal";
        case AST_SET:
            return "set display";
        case AST_LISTCOMP:
            return "list comprehension";
        case AST_GENEXP:
            return "generator expression";
        case AST_YIELD:
        case AST_YIELDFROM:
            return "yield expression";
        case AST_AWAIT:
            return "await expression";
        default:
            return "expression";
    }
}

static void store_target(unit_t *u, ast_node_t *t) {
    switch (t->kind) {
        case AST_NAME:
            set_line(u, t);
            name_op(u, t->name, CTX_STORE);
            break;
        case AST_ATTRIBUTE:
            expr(u, t->a);
            set_line(u, t);
            emit(u, OP_STORE_ATTR, (uint32_t)scope_mangle(u->scope, t->name));
            break;
        case AST_SUBSCRIPT:
            expr(u, t->a);
            expr(u, t->b);
            set_line(u, t);
            emit(u, OP_STORE_SUBSCR, 0);
            break;
        case AST_TUPLE:
        case AST_LIST: {
            size_t n = seq_len(t->s1);
            size_t star = (size_t)-1;
            for (size_t i = 0; i < n; i++) {
                if (t->s1->items[i]->kind == AST_STARRED) {
                    if (star != (size_t)-1) {
                        error_at(u, t->s1->items[i], "multiple starred expressions in assignment");
                    }
                    star = i;
                }
            }
            set_line(u, t);
            if (star == (size_t)-1) {
                emit(u, OP_UNPACK_SEQUENCE, (uint32_t)n);
            } else {
                if (star > OP_AB_MAX || n - star - 1 > OP_AB_MAX) {
                    error_at(u, t, "too many expressions in star-unpacking assignment");
                }
                emit_ab(u, OP_UNPACK_EX, (uint32_t)star, (uint32_t)(n - star - 1));
            }
            for (size_t i = 0; i < n; i++) {
                ast_node_t *e = t->s1->items[i];
                store_target(u, e->kind == AST_STARRED ? e->a : e);
            }
            break;
        }
        case AST_STARRED:
            error_at(u, t, "starred assignment target must be in a list or tuple");
        case AST_YIELD:
        case AST_YIELDFROM:
            error_at(u, t, "assignment to yield expression not possible");
        default: {
            size_t len;
            const char *s = str_data(str_fmt("cannot assign to %s", target_desc(t)), &len);
            error_at(u, t, s);
        }
    }
}

static void delete_target(unit_t *u, ast_node_t *t) {
    switch (t->kind) {
        case AST_NAME:
            set_line(u, t);
            name_op(u, t->name, CTX_DEL);
            break;
        case AST_ATTRIBUTE:
            expr(u, t->a);
            set_line(u, t);
            emit(u, OP_DELETE_ATTR, (uint32_t)scope_mangle(u->scope, t->name));
            break;
        case AST_SUBSCRIPT:
            expr(u, t->a);
            expr(u, t->b);
            set_line(u, t);
            emit(u, OP_DELETE_SUBSCR, 0);
            break;
        case AST_TUPLE:
        case AST_LIST:
            for (size_t i = 0; i < seq_len(t->s1); i++) {
                delete_target(u, t->s1->items[i]);
            }
            break;
        default: {
            size_t len;
            const char *s = str_data(str_fmt("cannot delete %s", target_desc(t)), &len);
            error_at(u, t, s);
        }
    }
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

// The value and the in-place operation of an augmented assignment whose
// target value is on the stack.
static void emit_inplace(unit_t *u, ast_node_t *n, int opcode, int iop) {
    int32_t imm;
    if (small_imm(n->b, &imm) && iop != BINARY_OP_INPLACE_POWER && iop != BINARY_OP_INPLACE_MAT_MULTIPLY) {
        set_line(u, n);
        emit_ab(u, OP_BINARY_OP_I, (uint32_t)iop, (uint32_t)imm & 0xfff);
        return;
    }
    expr(u, n->b);
    set_line(u, n);
    emit(u, opcode, opcode == OP_BINARY_OP ? (uint32_t)iop : 0);
}

static void compile_augassign(unit_t *u, ast_node_t *n) {
    ast_node_t *t = n->a;
    int op = n->op;
    int iop = op - BINARY_OP_INPLACE_DELTA;
    int opcode = op == BINARY_OP_ADD ? OP_INPLACE_ADD : op == BINARY_OP_SUBTRACT ? OP_INPLACE_SUB : OP_BINARY_OP;
    switch (t->kind) {
        case AST_NAME: {
            int slot = fast_slot(u, t);
            int32_t imm;
            symbol_t *sym = scope_find(u->scope, scope_mangle(u->scope, t->name));
            if (op == BINARY_OP_ADD && sym != NULL && is_appended_local(sym)) {
                // The plain load keeps a str the slot owns growable; the
                // fused add reads the slot again and appends in place.
                set_line(u, t);
                emit(u, OP_LOAD_FAST, sym->slot);
                expr(u, n->b);
                set_line(u, n);
                emit(u, OP_INPLACE_ADD_FAST, sym->slot);
                break;
            }
            if (slot >= 0 && (op == BINARY_OP_ADD || op == BINARY_OP_SUBTRACT) && small_imm(n->b, &imm)) {
                // x += 1 on an int local: the fused add (ints have no in-place form).
                set_line(u, n);
                emit_ab(u, op == BINARY_OP_ADD ? OP_INCR_FAST : OP_DECR_FAST, (uint32_t)slot, (uint32_t)imm & 0xfff);
                break;
            }
            set_line(u, t);
            name_op(u, t->name, CTX_LOAD);
            emit_inplace(u, n, opcode, iop);
            name_op(u, t->name, CTX_STORE);
            break;
        }
        case AST_ATTRIBUTE: {
            qstr attr = scope_mangle(u->scope, t->name);
            expr(u, t->a);
            emit(u, OP_COPY, 1);
            set_line(u, t);
            emit(u, OP_LOAD_ATTR, (uint32_t)attr);
            emit_inplace(u, n, opcode, iop);
            emit(u, OP_SWAP, 2);
            emit(u, OP_STORE_ATTR, (uint32_t)attr);
            break;
        }
        case AST_SUBSCRIPT:
            expr(u, t->a);
            expr(u, t->b);
            emit(u, OP_DUP_TOP_TWO, 0);
            set_line(u, t);
            emit(u, OP_SUBSCR, 0);
            emit_inplace(u, n, opcode, iop);
            emit(u, OP_ROT_THREE, 0);
            emit(u, OP_STORE_SUBSCR, 0);
            break;
        default: {
            size_t len;
            const char *what = t->kind == AST_TUPLE ? "tuple" : t->kind == AST_LIST ? "list" : target_desc(t);
            const char *s = str_data(str_fmt("'%s' is an illegal expression for augmented assignment", what), &len);
            error_at(u, t, s);
        }
    }
}

// Awaits the awaitable on top of the stack: [a] -> [result].
static void emit_await(unit_t *u) {
    emit(u, OP_GET_AWAITABLE, 0);
    emit(u, OP_LOAD_NONE, 0);
    emit(u, OP_SEND, 0);
}

// Leaves block [f] on the way out of break/continue/return. [preserve]:
// a value on top of the stack must stay there.
static void unwind_block(unit_t *u, fblock_t *f, bool preserve) {
    switch (f->kind) {
        case FB_WHILE:
        case FB_TRY_EXCEPT:
        case FB_HANDLER:
        case FB_EXCEPT_STAR: // (nothing leaves it: see except_star_exit)
            break;
        case FB_FOR:
        case FB_POP_VALUE:
            if (preserve) {
                emit(u, OP_SWAP, 2);
            }
            emit(u, OP_POP_TOP, 0);
            break;
        case FB_FINALLY_TRY:
            if (preserve) {
                push_fb(u, FB_POP_VALUE, NO_LABEL, 0);
            }
            stmts(u, f->finally_body);
            if (preserve) {
                pop_fb(u);
            }
            break;
        case FB_FINALLY_END:
            if (preserve) {
                emit(u, OP_SWAP, 2);
            }
            emit(u, OP_POP_TOP, 0);
            if (preserve) {
                emit(u, OP_SWAP, 2);
            }
            emit(u, OP_POP_EXCEPT, 0);
            break;
        case FB_HANDLER_CLEANUP:
            if (preserve) {
                emit(u, OP_SWAP, 2);
            }
            emit(u, OP_POP_EXCEPT, 0);
            if (f->name != QSTR_NULL) {
                unbind_name(u, f->name);
            }
            break;
        case FB_WITH:
            if (preserve) {
                emit(u, OP_SWAP, 3);
                emit(u, OP_SWAP, 2);
            }
            emit(u, OP_LOAD_NONE, 0);
            emit(u, OP_LOAD_NONE, 0);
            emit(u, OP_LOAD_NONE, 0);
            emit(u, OP_CALL_METHOD, 3);
            if (f->is_async) {
                emit_await(u);
            }
            emit(u, OP_POP_TOP, 0);
            break;
    }
}

// Unwinds the blocks above index [stop] (exclusive), innermost first.
// Each block's cleanup code runs under the handlers outside that block.
static void unwind_to(unit_t *u, size_t stop, bool preserve) {
    size_t n = u->n_fb;
    if (n == stop) {
        return;
    }
    fblock_t *saved = rt_alloc((n - stop) * sizeof(fblock_t));
    memcpy(saved, &u->fb[stop], (n - stop) * sizeof(fblock_t));
    for (size_t i = n; i > stop; i--) {
        u->n_fb = i - 1;
        refresh_handler(u);
        unwind_block(u, &saved[i - 1 - stop], preserve);
    }
    memcpy(&u->fb[stop], saved, (n - stop) * sizeof(fblock_t));
    u->n_fb = n;
    refresh_handler(u);
}

// break/continue (leaving the blocks above [stop]) and return cannot leave an except* body.
static void except_star_exit(unit_t *u, size_t stop, ast_node_t *at) {
    for (size_t i = u->n_fb; i > stop; i--) {
        if (u->fb[i - 1].kind == FB_EXCEPT_STAR) {
            error_at(u, at, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
    }
}

static void compile_return(unit_t *u, ast_node_t *n) {
    scope_t *s = u->scope;
    if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) {
        error_at(u, n, "'return' outside function");
    }
    except_star_exit(u, 0, n->a != NULL ? n->a : n);
    if (n->a != NULL && s->is_coroutine && s->is_generator) {
        error_at(u, n, "'return' with value in async generator");
    }
    int slot = fast_slot(u, n->a);
    if (u->n_fb == 0) {
        if (n->a == NULL) {
            set_line(u, n);
            emit(u, OP_RETURN_NONE, 0);
            return;
        }
        if (slot >= 0) {
            set_line(u, n);
            emit(u, OP_RETURN_FAST, (uint32_t)slot);
            return;
        }
    }
    if (n->a != NULL) {
        expr(u, n->a);
    } else {
        emit(u, OP_LOAD_NONE, 0);
    }
    int depth = u->depth;
    unwind_to(u, 0, true);
    set_line(u, n);
    emit(u, OP_RETURN_VALUE, 0);
    u->depth = depth - 1;
}

static void compile_break_continue(unit_t *u, ast_node_t *n) {
    bool brk = n->kind == AST_BREAK;
    size_t i = u->n_fb;
    while (i > 0 && u->fb[i - 1].kind != FB_WHILE && u->fb[i - 1].kind != FB_FOR) {
        i--;
    }
    except_star_exit(u, i, n);
    if (i == 0) {
        error_at(u, n, brk ? "'break' outside loop" : "'continue' not properly in loop");
    }
    int depth = u->depth;
    set_line(u, n);
    unwind_to(u, i, false);
    fblock_t *loop = &u->fb[i - 1];
    if (brk) {
        uint32_t target = loop->break_label;
        if (loop->kind == FB_FOR) {
            emit(u, OP_POP_TOP, 0);
        }
        emit_jump(u, OP_JUMP, target);
    } else {
        emit_jump(u, OP_JUMP_BACK, loop->continue_label);
    }
    u->depth = depth;
}

static bool const_truth(ast_node_t *n, bool *truth) {
    if (n->kind != AST_CONST) {
        return false;
    }
    obj_t v = n->value;
    if (v == OBJ_TRUE || v == OBJ_FALSE || v == OBJ_NONE) {
        *truth = v == OBJ_TRUE;
        return true;
    }
    if (OBJ_IS_SMALL_INT(v)) {
        *truth = OBJ_SMALL_INT_VALUE(v) != 0;
        return true;
    }
    return false;
}

static void compile_while(unit_t *u, ast_node_t *n) {
    uint32_t body = new_label(u), cond = new_label(u), end = new_label(u);
    bool truth;
    bool forever = const_truth(n->a, &truth) && truth;
    if (!forever) {
        emit_jump(u, OP_JUMP, cond);
    }
    place(u, body);
    fblock_t *f = push_fb(u, FB_WHILE, NO_LABEL, 0);
    f->break_label = end;
    f->continue_label = forever ? body : cond;
    stmts(u, n->s1);
    pop_fb(u);
    if (forever) {
        set_line(u, n);
        emit_jump(u, OP_JUMP_BACK, body);
    } else {
        place(u, cond);
        set_line(u, n);
        jump_if(u, n->a, true, body);
        stmts(u, n->s2);
    }
    place(u, end);
}

// async for: each step awaits __anext__(); StopAsyncIteration ends the loop.
static void compile_async_for(unit_t *u, ast_node_t *n) {
    if (!u->scope->is_coroutine) {
        error_at(u, n, "'async for' outside async function");
    }
    uint32_t top = new_label(u), done = new_label(u), end = new_label(u);
    expr(u, n->b);
    set_line(u, n);
    emit(u, OP_GET_AITER, 0);
    int d = u->depth; // the async iterator is on the stack
    place(u, top);
    push_fb(u, FB_TRY_EXCEPT, done, d);
    emit(u, OP_GET_ANEXT, 0);
    emit_await(u);
    pop_fb(u);
    fblock_t *f = push_fb(u, FB_FOR, NO_LABEL, 0);
    f->break_label = end;
    f->continue_label = top;
    store_target(u, n->a);
    stmts(u, n->s1);
    pop_fb(u);
    set_line(u, n);
    emit_jump(u, OP_JUMP_BACK, top);
    // [ait exc]
    place(u, done);
    u->depth = d + 1;
    set_line(u, n);
    emit(u, OP_END_ASYNC_FOR, 0);
    stmts(u, n->s2);
    place(u, end);
}

static void compile_for(unit_t *u, ast_node_t *n) {
    if (n->flags & AST_FLAG_ASYNC) {
        compile_async_for(u, n);
        return;
    }
    uint32_t body = new_label(u), next = new_label(u), end = new_label(u);
    expr(u, n->b);
    set_line(u, n);
    emit(u, OP_GET_ITER, 0);
    emit_jump(u, OP_JUMP, next);
    place(u, body);
    int slot = fast_slot(u, n->a);
    fblock_t *f = push_fb(u, FB_FOR, NO_LABEL, 0);
    f->break_label = end;
    f->continue_label = next;
    if (slot < 0) {
        adjust_depth(u, 1);
        store_target(u, n->a);
    }
    stmts(u, n->s1);
    pop_fb(u);
    place(u, next);
    set_line(u, n);
    if (slot >= 0) {
        emit(u, OP_FOR_ITER_STORE, (uint32_t)slot);
        emit_word(u, 0);
        add_fix(u, (uint32_t)u->n_code - 1, body, true);
    } else {
        emit_jump(u, OP_FOR_ITER, body);
    }
    stmts(u, n->s2);
    place(u, end);
}

static void compile_if(unit_t *u, ast_node_t *n) {
    uint32_t other = new_label(u);
    bool truth;
    if (const_truth(n->a, &truth)) {
        // `if 0:` / `if True:` bodies: only one branch is compiled.
        stmts(u, truth ? n->s1 : n->s2);
        return;
    }
    set_line(u, n);
    jump_if(u, n->a, false, other);
    stmts(u, n->s1);
    if (seq_len(n->s2) > 0) {
        uint32_t end = new_label(u);
        emit_jump(u, OP_JUMP, end);
        place(u, other);
        stmts(u, n->s2);
        place(u, end);
    } else {
        place(u, other);
    }
}

// The try body with [handler] catching, the else clause, then the handler's
// start: the exception arrives on the stack and becomes the handled one,
// [prev exc], with [cleanup] catching what the except clauses raise.
static void try_body_and_handler(unit_t *u, ast_node_t *n, int d, uint32_t handler,
    uint32_t end, uint32_t cleanup) {
    push_fb(u, FB_TRY_EXCEPT, handler, d);
    stmts(u, n->s1);
    pop_fb(u);
    stmts(u, n->s3);
    emit_jump(u, OP_JUMP, end);
    place(u, handler);
    u->depth = d + 1;
    adjust_depth(u, 0);
    emit(u, OP_PUSH_EXC_INFO, 0);
    push_fb(u, FB_HANDLER, cleanup, d + 1);
}

// An exception raised by an except clause: [prev exc2] -> restore prev, raise
// exc2; then the end label, where the try statement is done.
static void try_cleanup_and_end(unit_t *u, int d, uint32_t cleanup, uint32_t end) {
    place(u, cleanup);
    u->depth = d + 2;
    emit(u, OP_SWAP, 2);
    emit(u, OP_POP_EXCEPT, 0);
    emit(u, OP_RERAISE, 0);
    place(u, end);
    u->depth = d;
}

static void compile_try_except(unit_t *u, ast_node_t *n) {
    int d = u->depth;
    uint32_t handler = new_label(u), end = new_label(u), cleanup = new_label(u);
    try_body_and_handler(u, n, d, handler, end, cleanup);
    size_t nh = seq_len(n->s2);
    for (size_t i = 0; i < nh; i++) {
        ast_node_t *h = n->s2->items[i];
        u->depth = d + 2;
        set_line(u, h);
        uint32_t next = new_label(u);
        if (h->a == NULL && i + 1 < nh) {
            error_at(u, h, "default 'except:' must be last");
        }
        if (h->a != NULL) {
            expr(u, h->a);
            set_line(u, h);
            emit(u, OP_CHECK_EXC_MATCH, 0);
            emit_jump(u, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name != QSTR_NULL) {
            name_op(u, h->name, CTX_STORE);
            uint32_t name_cleanup = new_label(u);
            fblock_t *f = push_fb(u, FB_HANDLER_CLEANUP, name_cleanup, d + 1);
            f->name = h->name;
            stmts(u, h->s1);
            pop_fb(u);
            emit(u, OP_POP_EXCEPT, 0);
            unbind_name(u, h->name);
            emit_jump(u, OP_JUMP, end);
            // An exception inside the body: unbind the name, then the outer cleanup.
            place(u, name_cleanup);
            u->depth = d + 2;
            unbind_name(u, h->name);
            emit(u, OP_RERAISE, 0);
        } else {
            emit(u, OP_POP_TOP, 0);
            push_fb(u, FB_HANDLER_CLEANUP, NO_LABEL, 0);
            stmts(u, h->s1);
            pop_fb(u);
            emit(u, OP_POP_EXCEPT, 0);
            emit_jump(u, OP_JUMP, end);
        }
        place(u, next);
    }
    // No clause matched: [prev exc].
    u->depth = d + 2;
    emit(u, OP_RERAISE, 0);
    pop_fb(u);
    try_cleanup_and_end(u, d, cleanup, end);
}

// try ... except* (PEP 654). The stack while clauses match is
// [prev orig list rest]: the exception caught, the list collecting what the
// clauses raise, and the part of orig no clause matched yet.
static void compile_try_except_star(unit_t *u, ast_node_t *n) {
    int d = u->depth;
    uint32_t handler = new_label(u), end = new_label(u), cleanup = new_label(u);
    try_body_and_handler(u, n, d, handler, end, cleanup);
    emit(u, OP_BUILD_LIST, 0);
    emit(u, OP_COPY, 2);
    // [prev orig list rest]
    size_t nh = seq_len(n->s2);
    for (size_t i = 0; i < nh; i++) {
        ast_node_t *h = n->s2->items[i];
        uint32_t no_match = new_label(u), after = new_label(u), body_cleanup = new_label(u);
        u->depth = d + 4;
        set_line(u, h);
        expr(u, h->a);
        set_line(u, h);
        emit(u, OP_CHECK_EG_MATCH, 0);
        // [prev orig list rest match]
        emit(u, OP_COPY, 1);
        emit(u, OP_LOAD_NONE, 0);
        emit(u, OP_COMPARE_OP, BINARY_OP_IS);
        emit_jump(u, OP_POP_JUMP_IF_TRUE, no_match);
        // The handler runs with the matched part as the handled exception.
        emit(u, OP_PUSH_EXC_INFO, 0);
        // [prev orig list rest prev2 match]
        if (h->name != QSTR_NULL) {
            name_op(u, h->name, CTX_STORE);
        } else {
            emit(u, OP_POP_TOP, 0);
        }
        push_fb(u, FB_EXCEPT_STAR, body_cleanup, d + 5);
        stmts(u, h->s1);
        pop_fb(u);
        emit(u, OP_POP_EXCEPT, 0);
        if (h->name != QSTR_NULL) {
            unbind_name(u, h->name);
        }
        emit_jump(u, OP_JUMP, after);
        // Raised in the body: [prev orig list rest prev2 raised] -> collected.
        place(u, body_cleanup);
        u->depth = d + 6;
        emit(u, OP_SWAP, 2);
        emit(u, OP_POP_EXCEPT, 0);
        emit(u, OP_LIST_APPEND, 2);
        if (h->name != QSTR_NULL) {
            unbind_name(u, h->name);
        }
        emit_jump(u, OP_JUMP, after);
        // [prev orig list rest None]
        place(u, no_match);
        u->depth = d + 5;
        emit(u, OP_POP_TOP, 0);
        place(u, after);
    }
    // [prev orig list rest]: what is left is raised again with the rest.
    u->depth = d + 4;
    emit(u, OP_LIST_APPEND, 1);
    emit(u, OP_PREP_RERAISE_STAR, 0);
    // [prev result]
    uint32_t handled = new_label(u);
    emit(u, OP_COPY, 1);
    emit(u, OP_LOAD_NONE, 0);
    emit(u, OP_COMPARE_OP, BINARY_OP_IS);
    emit_jump(u, OP_POP_JUMP_IF_TRUE, handled);
    pop_fb(u);
    emit(u, OP_SWAP, 2);
    emit(u, OP_POP_EXCEPT, 0);
    emit(u, OP_RERAISE, 0);
    place(u, handled);
    u->depth = d + 2;
    emit(u, OP_POP_TOP, 0);
    emit(u, OP_POP_EXCEPT, 0);
    emit_jump(u, OP_JUMP, end);
    // An error while matching too.
    try_cleanup_and_end(u, d, cleanup, end);
}

static void compile_try(unit_t *u, ast_node_t *n) {
    bool star = seq_len(n->s2) > 0 && (n->s2->items[0]->flags & AST_FLAG_STAR);
    if (seq_len(n->s4) == 0) {
        if (star) {
            compile_try_except_star(u, n);
        } else {
            compile_try_except(u, n);
        }
        return;
    }
    int d = u->depth;
    uint32_t handler = new_label(u), end = new_label(u), cleanup = new_label(u);
    fblock_t *f = push_fb(u, FB_FINALLY_TRY, handler, d);
    f->finally_body = n->s4;
    if (star) {
        compile_try_except_star(u, n);
    } else if (seq_len(n->s2) > 0) {
        compile_try_except(u, n);
    } else {
        stmts(u, n->s1);
    }
    pop_fb(u);
    stmts(u, n->s4);
    emit_jump(u, OP_JUMP, end);

    place(u, handler);
    u->depth = d + 1;
    adjust_depth(u, 0);
    emit(u, OP_PUSH_EXC_INFO, 0);
    push_fb(u, FB_FINALLY_END, cleanup, d + 1);
    stmts(u, n->s4);
    pop_fb(u);
    emit(u, OP_SWAP, 2);
    emit(u, OP_POP_EXCEPT, 0);
    emit(u, OP_RERAISE, 0);

    place(u, cleanup);
    u->depth = d + 2;
    emit(u, OP_SWAP, 2);
    emit(u, OP_POP_EXCEPT, 0);
    emit(u, OP_RERAISE, 0);
    place(u, end);
    u->depth = d;
}

static void compile_with_item(unit_t *u, ast_node_t *n, size_t index) {
    ast_node_t *item = n->s1->items[index];
    bool is_async = (n->flags & AST_FLAG_ASYNC) != 0;
    int d = u->depth;
    uint32_t handler = new_label(u), end = new_label(u), cleanup = new_label(u), suppress = new_label(u);
    expr(u, item->a);
    set_line(u, item);
    if (is_async) {
        emit(u, OP_BEFORE_ASYNC_WITH, 0);
        emit_await(u);
    } else {
        emit(u, OP_BEFORE_WITH, 0);
    }
    fblock_t *wf = push_fb(u, FB_WITH, handler, d + 2);
    wf->is_async = is_async;
    if (item->b != NULL) {
        store_target(u, item->b);
    } else {
        emit(u, OP_POP_TOP, 0);
    }
    if (index + 1 < seq_len(n->s1)) {
        compile_with_item(u, n, index + 1);
    } else {
        stmts(u, n->s2);
    }
    pop_fb(u);
    set_line(u, n);
    emit(u, OP_LOAD_NONE, 0);
    emit(u, OP_LOAD_NONE, 0);
    emit(u, OP_LOAD_NONE, 0);
    emit(u, OP_CALL_METHOD, 3);
    if (is_async) {
        emit_await(u);
    }
    emit(u, OP_POP_TOP, 0);
    emit_jump(u, OP_JUMP, end);

    // [exit mgr exc]
    place(u, handler);
    u->depth = d + 3;
    emit(u, OP_PUSH_EXC_INFO, 0);
    push_fb(u, FB_HANDLER, cleanup, d + 3);
    emit(u, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        emit_await(u);
    }
    emit_jump(u, OP_POP_JUMP_IF_TRUE, suppress);
    emit(u, OP_RERAISE, 0);
    pop_fb(u);

    // Suppressed: [exit mgr prev exc].
    place(u, suppress);
    u->depth = d + 4;
    emit(u, OP_POP_TOP, 0);
    emit(u, OP_POP_EXCEPT, 0);
    emit(u, OP_POP_TOP, 0);
    emit(u, OP_POP_TOP, 0);
    emit_jump(u, OP_JUMP, end);

    // [exit mgr prev exc2]
    place(u, cleanup);
    u->depth = d + 4;
    emit(u, OP_SWAP, 2);
    emit(u, OP_POP_EXCEPT, 0);
    emit(u, OP_RERAISE, 0);
    place(u, end);
    u->depth = d;
}

// ---------------------------------------------------------------------------
// match statements (PEP 634)
// ---------------------------------------------------------------------------
//
// A pattern is compiled with the value it matches (the subject) on top of
// the stack; it consumes it. A captured value is not stored at once: it is
// rotated down under everything the pattern still works on, and the names
// are stored only when the whole pattern matched (as CPython). So while a
// pattern runs the stack is [... captures working-items subject], the
// captures in reverse order of pc->stores (the first capture on top of
// them). A failing test jumps to fail_pop[k], where k = the number of items
// (captures and working items) to drop; those labels pop one item each and
// fall through to fail_pop[0]: the next case, or the next alternative.

typedef struct pattern_ctx {
    qstr *stores;         // captured names, in capture order
    size_t n_stores, alloc_stores;
    uint32_t *fail_pop;   // fail_pop[k]: pop k items, then fail
    size_t n_fail_pop, alloc_fail_pop;
    int on_top;           // working items above the captures (not counting the subject)
    int base_depth;       // stack depth at fail_pop[0]
    bool allow_irrefutable;
    ast_node_t *last;     // the pattern compiled last (where CPython reports errors)
} pattern_ctx_t;

static void compile_pattern(unit_t *u, ast_node_t *p, pattern_ctx_t *pc);

// Makes the failure labels fail_pop[0..pops] exist.
static void ensure_fail_pop(unit_t *u, pattern_ctx_t *pc, size_t pops) {
    while (pc->n_fail_pop <= pops) {
        grow((void **)&pc->fail_pop, &pc->alloc_fail_pop, pc->n_fail_pop + 1, sizeof(uint32_t));
        pc->fail_pop[pc->n_fail_pop++] = new_label(u);
    }
}

// Emits [op] (a conditional jump) to the failure label for the current state.
static void jump_to_fail_pop(unit_t *u, pattern_ctx_t *pc, int op) {
    size_t pops = (size_t)pc->on_top + pc->n_stores;
    ensure_fail_pop(u, pc, pops);
    emit_jump(u, op, pc->fail_pop[pops]);
}

// Places the failure labels: each pops one item, down to fail_pop[0].
static void emit_fail_pops(unit_t *u, pattern_ctx_t *pc) {
    if (pc->n_fail_pop == 0) {
        return;
    }
    u->depth = pc->base_depth + (int)pc->n_fail_pop - 1;
    for (size_t i = pc->n_fail_pop - 1; i > 0; i--) {
        place(u, pc->fail_pop[i]);
        emit(u, OP_POP_TOP, 0);
    }
    place(u, pc->fail_pop[0]);
    u->depth = pc->base_depth;
    pc->n_fail_pop = 0;
}

// Moves the top item [n] places down (n = 1: no change).
static void emit_rot_down(unit_t *u, int n) {
    if (n == 2) {
        emit(u, OP_SWAP, 2);
    } else if (n > 2) {
        emit(u, OP_ROT_DOWN, (uint32_t)n);
    }
}

// Brings the item [n] deep (1 = the top) to the top.
static void emit_rot_up(unit_t *u, int n) {
    if (n == 2) {
        emit(u, OP_SWAP, 2);
    } else if (n > 2) {
        emit(u, OP_ROT_UP, (uint32_t)n);
    }
}

// Whether [p] is the wildcard `_` (or `*_` inside a sequence).
static bool pattern_is_wildcard(ast_node_t *p) {
    return (p->kind == AST_PAT_AS && p->a == NULL && p->name == QSTR_NULL)
        || (p->kind == AST_PAT_STAR && p->name == QSTR_NULL);
}

// Captures the subject on top into [name].
static void pattern_store_name(unit_t *u, ast_node_t *at, qstr name, pattern_ctx_t *pc) {
    if (name == QSTR_NULL) {
        emit(u, OP_POP_TOP, 0);
        return;
    }
    for (size_t i = 0; i < pc->n_stores; i++) {
        if (pc->stores[i] == name) {
            error_fmt(u, pc->last ? pc->last : at, "multiple assignments to name '%q' in pattern",
                name);
        }
    }
    emit_rot_down(u, pc->on_top + (int)pc->n_stores + 1);
    grow((void **)&pc->stores, &pc->alloc_stores, pc->n_stores + 1, sizeof(qstr));
    pc->stores[pc->n_stores++] = name;
}

// A subpattern of a sequence, mapping or class pattern: always allowed to
// be irrefutable; the wildcard only drops its subject.
static void compile_subpattern(unit_t *u, ast_node_t *p, pattern_ctx_t *pc) {
    if (pattern_is_wildcard(p)) {
        emit(u, OP_POP_TOP, 0);
        return;
    }
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    compile_pattern(u, p, pc);
    pc->allow_irrefutable = allow;
}

static void compile_pattern_as(unit_t *u, ast_node_t *p, pattern_ctx_t *pc) {
    if (p->a == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->name != QSTR_NULL) {
                error_fmt(u, p, "name capture '%q' makes remaining patterns unreachable", p->name);
            }
            error_at(u, p, "wildcard makes remaining patterns unreachable");
        }
        pattern_store_name(u, p, p->name, pc);
        return;
    }
    // The inner pattern gets a copy; the subject itself is captured.
    pc->on_top++;
    emit(u, OP_COPY, 1);
    compile_pattern(u, p->a, pc);
    pc->on_top--;
    pattern_store_name(u, p, p->name, pc);
}

static void compile_pattern_sequence(unit_t *u, ast_node_t *p, pattern_ctx_t *pc) {
    size_t n = seq_len(p->s1);
    size_t star = n;
    bool only_wildcards = true;
    for (size_t i = 0; i < n; i++) {
        ast_node_t *sub = p->s1->items[i];
        if (sub->kind == AST_PAT_STAR) {
            if (star != n) {
                error_at(u, p, "multiple starred names in sequence pattern");
            }
            star = i;
        }
        only_wildcards = only_wildcards && pattern_is_wildcard(sub);
    }
    // The subject stays on top through the type and length tests.
    pc->on_top++;
    emit(u, OP_MATCH_SEQUENCE, 0);
    jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    if (star == n) {
        emit(u, OP_GET_LEN, 0);
        emit_load_const(u, OBJ_NEW_SMALL_INT(n));
        emit(u, OP_COMPARE_EQ, 0);
        jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    } else if (n > 1) {
        emit(u, OP_GET_LEN, 0);
        emit_load_const(u, OBJ_NEW_SMALL_INT(n - 1));
        emit(u, OP_COMPARE_GE, 0);
        jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    }
    pc->on_top--;
    if (only_wildcards) {
        emit(u, OP_POP_TOP, 0);
        return;
    }
    if (n - (star < n) > OP_AB_MAX) {
        error_at(u, p, "too many expressions in star-unpacking sequence pattern");
    }
    if (star < n) {
        emit_ab(u, OP_UNPACK_EX, (uint32_t)star, (uint32_t)(n - star - 1));
    } else {
        emit(u, OP_UNPACK_SEQUENCE, (uint32_t)n);
    }
    pc->on_top += (int)n;
    for (size_t i = 0; i < n; i++) {
        ast_node_t *sub = p->s1->items[i];
        pc->on_top--;
        if (sub->kind == AST_PAT_STAR) {
            pc->last = sub;
            pattern_store_name(u, sub, sub->name, pc);
        } else {
            compile_subpattern(u, sub, pc);
        }
    }
}

static void compile_pattern_mapping(unit_t *u, ast_node_t *p, pattern_ctx_t *pc) {
    size_t n = seq_len(p->s1);
    pc->on_top++;
    emit(u, OP_MATCH_MAPPING, 0);
    jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    if (n == 0 && p->name == QSTR_NULL) {
        pc->on_top--;
        emit(u, OP_POP_TOP, 0);
        return;
    }
    if (n > 0) {
        emit(u, OP_GET_LEN, 0);
        emit_load_const(u, OBJ_NEW_SMALL_INT(n));
        emit(u, OP_COMPARE_GE, 0);
        jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    }
    // Literal keys must differ (checked here); value patterns at run time.
    obj_dict_t *seen = dict_new(0);
    for (size_t i = 0; i < n; i++) {
        ast_node_t *key = p->s1->items[i];
        if (key->kind == AST_CONST) {
            if (dict_get(seen, key->value) != OBJ_NULL) {
                size_t len;
                error_at(u, p, str_data(str_fmt("mapping pattern checks duplicate key (%R)",
                    key->value), &len));
            }
            dict_set(seen, key->value, OBJ_NONE);
        }
        expr(u, key);
    }
    set_line(u, p);
    emit(u, OP_BUILD_TUPLE, (uint32_t)n);
    // [subject keys]
    pc->on_top++;
    if (n > 0) {
        emit(u, OP_MATCH_KEYS, 0);
        // [subject keys values-or-None]
        pc->on_top++;
        emit(u, OP_COPY, 1);
        emit(u, OP_LOAD_NONE, 0);
        emit(u, OP_COMPARE_OP, BINARY_OP_IS_NOT);
        jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
        emit(u, OP_UNPACK_SEQUENCE, (uint32_t)n);
        pc->on_top += (int)n - 1;
        for (size_t i = 0; i < n; i++) {
            pc->on_top--;
            compile_subpattern(u, p->s2->items[i], pc);
        }
    }
    // [subject keys]
    if (p->name != QSTR_NULL) {
        emit(u, OP_COPY_DICT_WITHOUT_KEYS, 0);
        pc->on_top--;
        // [subject rest]: capture rest under the subject.
        pattern_store_name(u, p, p->name, pc);
    } else {
        emit(u, OP_POP_TOP, 0);
        pc->on_top--;
    }
    emit(u, OP_POP_TOP, 0);
    pc->on_top--;
}

static void compile_pattern_class(unit_t *u, ast_node_t *p, pattern_ctx_t *pc) {
    size_t n_pos = seq_len(p->s1), n_kw = seq_len(p->s2);
    if (n_pos + n_kw > OP_ARG_MAX) {
        error_at(u, p, "too many sub-patterns in class pattern");
    }
    obj_t names = tuple_new(n_kw, NULL);
    obj_t *items;
    size_t len;
    seq_get_items(names, &len, &items);
    for (size_t i = 0; i < n_kw; i++) {
        items[i] = OBJ_NEW_QSTR(p->s3->items[i]->name);
    }
    expr(u, p->a);
    emit(u, OP_LOAD_CONST, add_const(u, names));
    set_line(u, p);
    emit(u, OP_MATCH_CLASS, (uint32_t)n_pos);
    // [attributes-or-None]
    pc->on_top++;
    emit(u, OP_COPY, 1);
    emit(u, OP_LOAD_NONE, 0);
    emit(u, OP_COMPARE_OP, BINARY_OP_IS_NOT);
    jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
    pc->on_top--;
    if (n_pos + n_kw == 0) {
        emit(u, OP_POP_TOP, 0);
        return;
    }
    emit(u, OP_UNPACK_SEQUENCE, (uint32_t)(n_pos + n_kw));
    pc->on_top += (int)(n_pos + n_kw);
    for (size_t i = 0; i < n_pos + n_kw; i++) {
        pc->on_top--;
        compile_subpattern(u, i < n_pos ? p->s1->items[i] : p->s2->items[i - n_pos], pc);
    }
}

static void compile_pattern_or(unit_t *u, ast_node_t *p, pattern_ctx_t *pc) {
    size_t n = seq_len(p->s1);
    uint32_t end = new_label(u);
    int d = u->depth; // [... subject]
    qstr *control = NULL;
    size_t n_control = 0;
    for (size_t i = 0; i < n; i++) {
        ast_node_t *alt = p->s1->items[i];
        pattern_ctx_t sub = {NULL, 0, 0, NULL, 0, 0, 0, d,
            i + 1 == n && pc->allow_irrefutable, alt};
        u->depth = d;
        emit(u, OP_COPY, 1);
        compile_pattern(u, alt, &sub);
        // [... subject captures]: check the names, put them in control order.
        if (i == 0) {
            control = sub.stores;
            n_control = sub.n_stores;
        } else {
            bool same = sub.n_stores == n_control;
            for (size_t j = 0; same && j < n_control; j++) {
                bool found = false;
                for (size_t k = 0; k < sub.n_stores; k++) {
                    found = found || sub.stores[k] == control[j];
                }
                same = found;
            }
            if (!same) {
                error_at(u, sub.last, "alternative patterns bind different names");
            }
        }
        // The captures, bottom to top, are sub.stores reversed; bring each
        // name of control to the top in turn so they end as control, bottom
        // to top.
        qstr *order = rt_alloc((n_control + 1) * sizeof(qstr));
        for (size_t j = 0; j < n_control; j++) {
            order[j] = sub.stores[n_control - 1 - j];
        }
        for (size_t j = 0; j < n_control; j++) {
            size_t idx = 0;
            while (order[idx] != control[j]) {
                idx++;
            }
            emit_rot_up(u, (int)(n_control - idx));
            memmove(&order[idx], &order[idx + 1], (n_control - idx - 1) * sizeof(qstr));
            order[n_control - 1] = control[j];
        }
        emit_jump(u, OP_JUMP, end);
        emit_fail_pops(u, &sub);
        pc->last = sub.last;
    }
    // No alternative matched: [... subject].
    u->depth = d;
    emit(u, OP_POP_TOP, 0);
    jump_to_fail_pop(u, pc, OP_JUMP);
    // [... captures working subject control[0] .. control[k-1]]
    place(u, end);
    u->depth = d + (int)n_control;
    adjust_depth(u, 0);
    emit_rot_up(u, (int)n_control + 1);
    emit(u, OP_POP_TOP, 0);
    // Each capture goes under the working items and the earlier captures,
    // the deepest first, so that the stores end in control order.
    for (size_t j = 0; j < n_control; j++) {
        qstr name = control[n_control - 1 - j];
        for (size_t i = 0; i < pc->n_stores; i++) {
            if (pc->stores[i] == name) {
                error_fmt(u, pc->last, "multiple assignments to name '%q' in pattern", name);
            }
        }
        emit_rot_down(u, pc->on_top + (int)pc->n_stores + (int)(n_control - j));
    }
    for (size_t j = 0; j < n_control; j++) {
        grow((void **)&pc->stores, &pc->alloc_stores, pc->n_stores + 1, sizeof(qstr));
        pc->stores[pc->n_stores++] = control[j];
    }
}

static void compile_pattern(unit_t *u, ast_node_t *p, pattern_ctx_t *pc) {
    rt_check_stack();
    set_line(u, p);
    pc->last = p;
    switch (p->kind) {
        case AST_PAT_VALUE:
            expr(u, p->a);
            emit(u, OP_COMPARE_EQ, 0);
            jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
            break;
        case AST_PAT_SINGLETON:
            emit_load_const(u, p->value);
            emit(u, OP_COMPARE_OP, BINARY_OP_IS);
            jump_to_fail_pop(u, pc, OP_POP_JUMP_IF_FALSE);
            break;
        case AST_PAT_AS:
            compile_pattern_as(u, p, pc);
            break;
        case AST_PAT_SEQUENCE:
            compile_pattern_sequence(u, p, pc);
            break;
        case AST_PAT_MAPPING:
            compile_pattern_mapping(u, p, pc);
            break;
        case AST_PAT_CLASS:
            compile_pattern_class(u, p, pc);
            break;
        case AST_PAT_OR:
            compile_pattern_or(u, p, pc);
            break;
        default:
            error_at(u, p, "invalid syntax"); // AST_PAT_STAR outside a sequence
    }
}

static void compile_match(unit_t *u, ast_node_t *n) {
    set_line(u, n);
    expr(u, n->a);
    int d = u->depth; // [subject]
    uint32_t end = new_label(u);
    size_t n_cases = seq_len(n->s1);
    for (size_t i = 0; i < n_cases; i++) {
        ast_node_t *c = n->s1->items[i];
        pattern_ctx_t pc = {NULL, 0, 0, NULL, 0, 0, 0, d, c->b != NULL || i + 1 == n_cases, c->a};
        u->depth = d;
        set_line(u, c->a);
        emit(u, OP_COPY, 1);
        compile_pattern(u, c->a, &pc);
        // Matched: store the captures (the first one is on top).
        for (size_t j = 0; j < pc.n_stores; j++) {
            name_op(u, pc.stores[j], CTX_STORE);
        }
        if (c->b != NULL) {
            ensure_fail_pop(u, &pc, 0);
            jump_if(u, c->b, false, pc.fail_pop[0]);
        }
        emit(u, OP_POP_TOP, 0); // the subject
        stmts(u, c->s1);
        emit_jump(u, OP_JUMP, end);
        emit_fail_pops(u, &pc);
    }
    u->depth = d;
    emit(u, OP_POP_TOP, 0);
    place(u, end);
    u->depth = d - 1;
}

static void compile_import(unit_t *u, ast_node_t *n) {
    for (size_t i = 0; i < seq_len(n->s1); i++) {
        ast_node_t *al = n->s1->items[i];
        set_line(u, n);
        emit(u, OP_LOAD_SMALL_INT, 0);
        emit(u, OP_LOAD_NONE, 0);
        emit(u, OP_IMPORT_NAME, (uint32_t)al->name);
        const char *full = qstr_str(al->name);
        const char *dot = strchr(full, '.');
        if (al->name2 != QSTR_NULL) {
            while (dot != NULL) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                size_t len = dot ? (size_t)(dot - start) : strlen(start);
                emit(u, OP_IMPORT_FROM, (uint32_t)qstr_from_strn(start, len));
                emit(u, OP_SWAP, 2);
                emit(u, OP_POP_TOP, 0);
            }
            name_op(u, al->name2, CTX_STORE);
        } else {
            qstr top = dot ? qstr_from_strn(full, (size_t)(dot - full)) : al->name;
            name_op(u, top, CTX_STORE);
        }
    }
}

static void compile_import_from(unit_t *u, ast_node_t *n) {
    size_t len = seq_len(n->s1);
    obj_t names = tuple_new(len, NULL);
    bool star = false;
    for (size_t i = 0; i < len; i++) {
        ((obj_tuple_t *)names)->items[i] = OBJ_NEW_QSTR(n->s1->items[i]->name);
        if (n->s1->items[i]->name == QSTR__star) {
            star = true;
        }
    }
    set_line(u, n);
    emit(u, OP_LOAD_SMALL_INT, n->op);
    emit(u, OP_LOAD_CONST, add_const(u, names));
    emit(u, OP_IMPORT_NAME, (uint32_t)(n->name != QSTR_NULL ? n->name : QSTR__empty));
    if (star) {
        emit(u, OP_IMPORT_STAR, 0);
        return;
    }
    for (size_t i = 0; i < len; i++) {
        ast_node_t *al = n->s1->items[i];
        emit(u, OP_IMPORT_FROM, (uint32_t)al->name);
        name_op(u, al->name2 != QSTR_NULL ? al->name2 : al->name, CTX_STORE);
    }
    emit(u, OP_POP_TOP, 0);
}

static void compile_funcdef(unit_t *u, ast_node_t *n) {
    for (size_t i = 0; i < seq_len(n->s2); i++) {
        expr(u, n->s2->items[i]);
    }
    make_function(u, n);
    set_line(u, n);
    for (size_t i = 0; i < seq_len(n->s2); i++) {
        emit(u, OP_CALL, 1);
    }
    name_op(u, n->name, CTX_STORE);
}

static void compile_classdef(unit_t *u, ast_node_t *n) {
    for (size_t i = 0; i < seq_len(n->s2); i++) {
        expr(u, n->s2->items[i]);
    }
    set_line(u, n);
    emit(u, OP_LOAD_BUILD_CLASS, 0);
    scope_t *child = scope_child(u->scope, n);
    obj_code_t *code = compile_scope(u->comp, child);
    int flags = load_closure(u, child);
    set_line(u, n);
    emit(u, OP_LOAD_CONST, add_const(u, code));
    emit(u, OP_MAKE_FUNCTION, (uint32_t)flags);
    emit_load_qstr(u, n->name);
    call_args(u, n->s3, n->s4, false, 2, n);
    set_line(u, n);
    for (size_t i = 0; i < seq_len(n->s2); i++) {
        emit(u, OP_CALL, 1);
    }
    name_op(u, n->name, CTX_STORE);
}

static void stmt(unit_t *u, ast_node_t *n) {
    rt_check_stack();
    set_line(u, n);
    switch (n->kind) {
        case AST_EXPR_STMT:
            if (u->interactive) {
                expr(u, n->a);
                set_line(u, n);
                emit(u, OP_PRINT_EXPR, 0);
            } else if (n->a->kind == AST_CONST) {
                // A constant statement (a docstring elsewhere) has no effect.
            } else {
                expr(u, n->a);
                emit(u, OP_POP_TOP, 0);
            }
            break;
        case AST_ASSIGN: {
            size_t nt = seq_len(n->s1);
            ast_node_t *t0 = nt == 1 ? n->s1->items[0] : NULL;
            // a, b = b, a with the same number of plain items: no tuple.
            if (t0 != NULL && (t0->kind == AST_TUPLE || t0->kind == AST_LIST) && n->a->kind == AST_TUPLE
                && seq_len(t0->s1) == seq_len(n->a->s1) && seq_len(t0->s1) <= 3 && !has_starred(t0->s1)
                && !has_starred(n->a->s1)) {
                size_t k = seq_len(t0->s1);
                for (size_t i = 0; i < k; i++) {
                    expr(u, n->a->s1->items[i]);
                }
                if (k == 2) {
                    emit(u, OP_SWAP, 2);
                } else if (k == 3) {
                    emit(u, OP_SWAP, 3);
                }
                for (size_t i = 0; i < k; i++) {
                    store_target(u, t0->s1->items[i]);
                }
                break;
            }
            expr(u, n->a);
            for (size_t i = 0; i < nt; i++) {
                if (i + 1 < nt) {
                    emit(u, OP_COPY, 1);
                }
                store_target(u, n->s1->items[i]);
            }
            break;
        }
        case AST_AUGASSIGN:
            compile_augassign(u, n);
            break;
        case AST_ANNASSIGN:
            if (n->c != NULL) {
                expr(u, n->c);
                store_target(u, n->a);
            }
            if (u->scope->kind == SCOPE_MODULE || u->scope->kind == SCOPE_CLASS) {
                // Module and class level: __annotations__[name] = annotation.
                expr(u, n->b);
                if (n->a->kind == AST_NAME && n->flags) {
                    name_op(u, QSTR___annotations__, CTX_LOAD);
                    emit_load_qstr(u, scope_mangle(u->scope, n->a->name));
                    set_line(u, n);
                    emit(u, OP_STORE_SUBSCR, 0);
                } else {
                    emit(u, OP_POP_TOP, 0);
                }
            }
            break;
        case AST_DELETE:
            for (size_t i = 0; i < seq_len(n->s1); i++) {
                delete_target(u, n->s1->items[i]);
            }
            break;
        case AST_PASS:
        case AST_GLOBAL:
        case AST_NONLOCAL:
            break;
        case AST_BREAK:
        case AST_CONTINUE:
            compile_break_continue(u, n);
            break;
        case AST_RETURN:
            compile_return(u, n);
            break;
        case AST_RAISE:
            if (n->a != NULL) {
                expr(u, n->a);
                if (n->b != NULL) {
                    expr(u, n->b);
                }
                set_line(u, n);
                emit(u, OP_RAISE, n->b != NULL ? 2 : 1);
            } else {
                emit(u, OP_RAISE, 0);
            }
            break;
        case AST_ASSERT: {
            uint32_t ok = new_label(u);
            jump_if(u, n->a, true, ok);
            set_line(u, n);
            emit(u, OP_LOAD_ASSERTION_ERROR, 0);
            if (n->b != NULL) {
                expr(u, n->b);
                set_line(u, n);
                emit(u, OP_CALL, 1);
            }
            emit(u, OP_RAISE, 1);
            place(u, ok);
            break;
        }
        case AST_IMPORT:
            compile_import(u, n);
            break;
        case AST_IMPORTFROM:
            compile_import_from(u, n);
            break;
        case AST_IF:
            compile_if(u, n);
            break;
        case AST_WHILE:
            compile_while(u, n);
            break;
        case AST_FOR:
            compile_for(u, n);
            break;
        case AST_WITH:
            if ((n->flags & AST_FLAG_ASYNC) && !u->scope->is_coroutine) {
                error_at(u, n, "'async with' outside async function");
            }
            compile_with_item(u, n, 0);
            break;
        case AST_TRY:
            compile_try(u, n);
            break;
        case AST_MATCH:
            compile_match(u, n);
            break;
        case AST_FUNCDEF:
            compile_funcdef(u, n);
            break;
        case AST_CLASSDEF:
            compile_classdef(u, n);
            break;
        default:
            // A bare expression node used as a statement.
            expr(u, n);
            emit(u, OP_POP_TOP, 0);
            break;
    }
}

static void stmts(unit_t *u, ast_seq_t *seq) {
    for (size_t i = 0; i < seq_len(seq); i++) {
        stmt(u, seq->items[i]);
    }
}

// ---------------------------------------------------------------------------
// Code objects
// ---------------------------------------------------------------------------

static void *copy_block(const void *src, size_t n, unsigned flags) {
    void *p = rt_alloc_flags(n ? n : 1, flags);
    if (n) {
        memcpy(p, src, n);
    }
    return p;
}

static obj_code_t *finish(unit_t *u, uint32_t first_line) {
    scope_t *s = u->scope;
    for (size_t i = 0; i < u->n_fixes; i++) {
        label_fix_t *f = &u->fixes[i];
        uint32_t target = u->labels[f->label];
        if (f->whole_word) {
            u->code[f->pos] = target;
        } else {
            u->code[f->pos] = (u->code[f->pos] & 0xffu) | (target << 8);
        }
    }
    for (size_t i = 0; i < u->n_exc; i++) {
        u->exc[i].target = u->labels[u->exc[i].target];
    }
    obj_code_t *c = rt_new_obj(&type_code, sizeof(obj_code_t));
    c->code = copy_block(u->code, u->n_code * sizeof(uint32_t), GC_ALLOC_NOSCAN);
    c->n_code = (uint32_t)u->n_code;
    c->consts = copy_block(u->consts, u->n_consts * sizeof(obj_t), 0);
    c->n_consts = (uint32_t)u->n_consts;
    c->exc = copy_block(u->exc, u->n_exc * sizeof(code_exc_entry_t), GC_ALLOC_NOSCAN);
    c->n_exc = (uint32_t)u->n_exc;
    c->lines = copy_block(u->lines, u->n_lines, GC_ALLOC_NOSCAN);
    c->n_lines = (uint32_t)u->n_lines;
    c->n_caches = u->n_caches;
    c->caches = rt_alloc((u->n_caches ? u->n_caches : 1) * sizeof(code_global_cache_t));
    c->first_line = first_line;
    c->filename = u->comp->filename;
    c->name = s->name;
    c->qualname = s->qualname;
    c->doc = OBJ_NONE;
    c->stack_size = (uint16_t)(u->max_depth + 1);
    if (u->max_depth + 1 > 0xffff) {
        error_at(u, NULL, "expression too complex");
    }
    c->n_slots = s->n_slots;
    c->n_cells = s->n_cells;
    c->n_free = s->n_free;
    c->slot_names = s->slot_names;
    c->cell_slots = s->cell_slots;
    uint16_t flags = 0;
    if (s->kind == SCOPE_MODULE || s->kind == SCOPE_CLASS) {
        flags |= CODE_FLAG_NAMES;
    }
    ast_node_t *n = s->node;
    if ((s->kind == SCOPE_FUNCTION) && n->args != NULL) {
        ast_args_t *a = n->args;
        c->n_pos = (uint16_t)seq_len(a->pos);
        c->n_posonly = (uint16_t)a->n_posonly;
        c->n_kwonly = (uint16_t)seq_len(a->kwonly);
        if (a->vararg != NULL) {
            flags |= CODE_FLAG_VARARGS;
        }
        if (a->kwarg != NULL) {
            flags |= CODE_FLAG_VARKW;
        }
    } else if (s->kind == SCOPE_COMP) {
        c->n_pos = 1;
    }
    if (s->is_generator) {
        flags |= s->is_coroutine ? CODE_FLAG_ASYNC_GEN : CODE_FLAG_GENERATOR;
    } else if (s->is_coroutine) {
        flags |= CODE_FLAG_COROUTINE;
    }
    if (!(flags & (CODE_FLAG_VARARGS | CODE_FLAG_VARKW | CODE_FLAG_GENERATOR | CODE_FLAG_COROUTINE
                   | CODE_FLAG_ASYNC_GEN | CODE_FLAG_NAMES))
        && c->n_kwonly == 0) {
        flags |= CODE_FLAG_SIMPLE;
    }
    c->flags = flags;
    return c;
}

static void init_unit(unit_t *u, comp_t *comp, scope_t *s) {
    memset(u, 0, sizeof(*u));
    u->comp = comp;
    u->scope = s;
    u->cur_handler = NO_LABEL;
    u->last_instr = (size_t)-1;
    u->last_label = (size_t)-1;
    u->line = s->node != NULL && s->node->line ? s->node->line : 1;
}

// The docstring of a body, or OBJ_NULL.
static obj_t docstring(ast_seq_t *body) {
    if (seq_len(body) > 0) {
        ast_node_t *first = body->items[0];
        if (first->kind == AST_EXPR_STMT && first->a->kind == AST_CONST && obj_is_str(first->a->value)) {
            return first->a->value;
        }
    }
    return OBJ_NULL;
}

// Whether [body] (not counting nested functions and classes) annotates a name.
static bool has_annotations(ast_seq_t *body) {
    for (size_t i = 0; i < seq_len(body); i++) {
        ast_node_t *n = body->items[i];
        switch (n->kind) {
            case AST_ANNASSIGN:
                return true;
            case AST_IF:
            case AST_WHILE:
            case AST_FOR:
                if (has_annotations(n->s1) || has_annotations(n->s2)) {
                    return true;
                }
                break;
            case AST_WITH:
                if (has_annotations(n->s2)) {
                    return true;
                }
                break;
            case AST_MATCH:
                for (size_t j = 0; j < seq_len(n->s1); j++) {
                    if (has_annotations(n->s1->items[j]->s1)) {
                        return true;
                    }
                }
                break;
            case AST_TRY:
                if (has_annotations(n->s1) || has_annotations(n->s3) || has_annotations(n->s4)) {
                    return true;
                }
                for (size_t j = 0; j < seq_len(n->s2); j++) {
                    if (has_annotations(n->s2->items[j]->s1)) {
                        return true;
                    }
                }
                break;
            default:
                break;
        }
    }
    return false;
}

static void setup_annotations(unit_t *u, ast_seq_t *body) {
    if (has_annotations(body)) {
        emit(u, OP_BUILD_MAP, 0);
        name_op(u, QSTR___annotations__, CTX_STORE);
    }
}

static void compile_comp_body(unit_t *u, ast_node_t *n, size_t gi);

// The innermost part of a comprehension: add the element to the result.
static void compile_comp_element(unit_t *u, ast_node_t *n) {
    uint32_t deep = (uint32_t)n->s1->len + 1;
    switch (n->kind) {
        case AST_LISTCOMP:
            expr(u, n->a);
            emit(u, OP_LIST_APPEND, deep);
            break;
        case AST_SETCOMP:
            expr(u, n->a);
            emit(u, OP_SET_ADD, deep);
            break;
        case AST_DICTCOMP:
            expr(u, n->a);
            expr(u, n->b);
            emit(u, OP_MAP_ADD, deep);
            break;
        default:
            expr(u, n->a);
            emit(u, OP_YIELD_VALUE, 0);
            emit(u, OP_POP_TOP, 0);
            break;
    }
}

// One `async for` level of a comprehension (the shape of compile_async_for).
static void compile_comp_async_loop(unit_t *u, ast_node_t *n, size_t gi) {
    ast_node_t *g = n->s1->items[gi];
    uint32_t top = new_label(u), done = new_label(u);
    if (gi == 0) {
        emit(u, OP_LOAD_FAST, 0);
    } else {
        expr(u, g->b);
        set_line(u, g);
        emit(u, OP_GET_AITER, 0);
    }
    int d = u->depth;
    place(u, top);
    push_fb(u, FB_TRY_EXCEPT, done, d);
    emit(u, OP_GET_ANEXT, 0);
    emit_await(u);
    pop_fb(u);
    store_target(u, g->a);
    for (size_t i = 0; i < seq_len(g->s1); i++) {
        jump_if(u, g->s1->items[i], false, top);
    }
    if (gi + 1 < n->s1->len) {
        compile_comp_body(u, n, gi + 1);
    } else {
        compile_comp_element(u, n);
    }
    emit_jump(u, OP_JUMP_BACK, top);
    place(u, done);
    u->depth = d + 1;
    emit(u, OP_END_ASYNC_FOR, 0);
}

static void compile_comp_body(unit_t *u, ast_node_t *n, size_t gi) {
    ast_seq_t *gens = n->s1;
    ast_node_t *g = gens->items[gi];
    uint32_t body = new_label(u), next = new_label(u);
    if (g->flags & AST_FLAG_ASYNC) {
        compile_comp_async_loop(u, n, gi);
        return;
    }
    if (gi == 0) {
        emit(u, OP_LOAD_FAST, 0);
    } else {
        expr(u, g->b);
        set_line(u, g);
        emit(u, OP_GET_ITER, 0);
    }
    emit_jump(u, OP_JUMP, next);
    place(u, body);
    int slot = fast_slot(u, g->a);
    if (slot < 0) {
        adjust_depth(u, 1);
        store_target(u, g->a);
    }
    for (size_t i = 0; i < seq_len(g->s1); i++) {
        jump_if(u, g->s1->items[i], false, next);
    }
    if (gi + 1 < gens->len) {
        compile_comp_body(u, n, gi + 1);
    } else {
        compile_comp_element(u, n);
    }
    place(u, next);
    set_line(u, g);
    if (slot >= 0) {
        emit(u, OP_FOR_ITER_STORE, (uint32_t)slot);
        emit_word(u, 0);
        add_fix(u, (uint32_t)u->n_code - 1, body, true);
    } else {
        emit_jump(u, OP_FOR_ITER, body);
    }
}

static obj_code_t *compile_scope(comp_t *comp, scope_t *s) {
    rt_check_stack();
    unit_t unit;
    unit_t *u = &unit;
    init_unit(u, comp, s);
    ast_node_t *n = s->node;
    uint32_t first_line = u->line;
    obj_t doc = OBJ_NULL;
    switch (s->kind) {
        case SCOPE_MODULE:
            if (n->kind != AST_MODULE) {
                // RT_MODE_EVAL with a bare expression.
                expr(u, n);
                emit(u, OP_RETURN_VALUE, 0);
                break;
            }
            if (comp->mode == RT_MODE_EVAL) {
                if (seq_len(n->s1) != 1 || n->s1->items[0]->kind != AST_EXPR_STMT) {
                    error_at(u, seq_len(n->s1) ? n->s1->items[0] : n, "invalid syntax");
                }
                expr(u, n->s1->items[0]->a);
                emit(u, OP_RETURN_VALUE, 0);
                break;
            }
            u->interactive = comp->mode == RT_MODE_SINGLE;
            doc = u->interactive ? OBJ_NULL : docstring(n->s1);
            if (doc != OBJ_NULL) {
                emit_load_const(u, doc);
                name_op(u, QSTR___doc__, CTX_STORE);
            }
            setup_annotations(u, n->s1);
            stmts(u, n->s1);
            emit(u, OP_RETURN_NONE, 0);
            break;
        case SCOPE_CLASS:
            name_op(u, QSTR___name__, CTX_LOAD);
            name_op(u, QSTR___module__, CTX_STORE);
            emit_load_qstr(u, s->qualname);
            name_op(u, QSTR___qualname__, CTX_STORE);
            doc = docstring(n->s1);
            if (doc != OBJ_NULL) {
                emit_load_const(u, doc);
                name_op(u, QSTR___doc__, CTX_STORE);
            }
            setup_annotations(u, n->s1);
            stmts(u, n->s1);
            if (s->needs_class_cell) {
                symbol_t *sym = scope_find(s, QSTR___class__);
                emit(u, OP_LOAD_CLOSURE, sym->slot);
                name_op(u, QSTR___classcell__, CTX_STORE);
            }
            emit(u, OP_RETURN_NONE, 0);
            break;
        case SCOPE_FUNCTION:
            if (n->kind == AST_LAMBDA) {
                expr(u, n->a);
                if (s->is_generator) {
                    emit(u, OP_POP_TOP, 0);
                    emit(u, OP_RETURN_NONE, 0);
                } else {
                    emit(u, OP_RETURN_VALUE, 0);
                }
            } else {
                doc = docstring(n->s1);
                stmts(u, n->s1);
                emit(u, OP_RETURN_NONE, 0);
            }
            break;
        case SCOPE_COMP:
            switch (n->kind) {
                case AST_LISTCOMP:
                    emit(u, OP_BUILD_LIST, 0);
                    break;
                case AST_SETCOMP:
                    emit(u, OP_BUILD_SET, 0);
                    break;
                case AST_DICTCOMP:
                    emit(u, OP_BUILD_MAP, 0);
                    break;
                default:
                    break;
            }
            compile_comp_body(u, n, 0);
            if (n->kind == AST_GENEXP) {
                emit(u, OP_RETURN_NONE, 0);
            } else {
                emit(u, OP_RETURN_VALUE, 0);
            }
            break;
    }
    obj_code_t *code = finish(u, first_line);
    if (doc != OBJ_NULL && s->kind == SCOPE_FUNCTION) {
        code->doc = doc;
    }
    return code;
}

obj_t compile_ast(ast_node_t *module, qstr filename, int mode) {
    scope_t *top = scope_analyze(module, filename, mode);
    comp_t comp;
    comp.filename = filename;
    comp.mode = mode;
    return compile_scope(&comp, top);
}
