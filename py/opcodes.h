// The instruction set of the VM: one list that defines the opcode enum, the
// dispatch table of py/vm.c and the disassembler.
// SPDX-License-Identifier: MIT
#ifndef PY_OPCODES_H
#define PY_OPCODES_H

#include <stdint.h>

// Encoding. Every instruction is one 32-bit word:
//
//     31                      8 7        0
//     +------------------------+----------+
//     |          arg           |  opcode  |
//     +------------------------+----------+
//     31          20 19      8
//     +-------------+----------+
//     |      B      |    A     |            two-operand forms split arg in two
//     +-------------+----------+
//
// `arg` is unsigned (counts, slot and constant numbers, qstrs, jump targets)
// or signed (small-int immediates, sign-extended from 24 bits). A and B are
// 12 bits each; B is signed where it is an immediate. Jump targets are
// absolute word offsets in the code. LOAD_GLOBAL and LOAD_NAME are followed
// by one extra word: the number of their inline cache entry. Fixed-width words decode with
// one load, a mask and a shift, and keep jump patching trivial; see docs/vm.md.
//
// Stack notation in the comments: [a b] -> [c] pops b (the top) and a, then
// pushes c. L[i] is fast local slot i, K[i] constant i, q the qstr in arg.

#define OPCODE_OF(ins) ((ins) & 0xffu)
#define OPARG(ins) ((ins) >> 8)
#define OPARG_SIGNED(ins) ((int32_t)(ins) >> 8)
#define OPARG_A(ins) (((ins) >> 8) & 0xfffu)
#define OPARG_B(ins) ((ins) >> 20)
#define OPARG_B_SIGNED(ins) ((int32_t)(ins) >> 20)
#define OP_ARG_MAX (0xffffffu)
#define OP_AB_MAX (0xfffu)
#define OP_B_IMM_MIN (-2048)
#define OP_B_IMM_MAX (2047)
#define OP_IMM_MIN (-(1 << 23))
#define OP_IMM_MAX ((1 << 23) - 1)
#define OP_MAKE(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define OP_MAKE_AB(op, a, b) ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(b) << 20))

// How the disassembler shows an operand.
typedef enum {
    OPF_NONE,   // no operand
    OPF_U,      // unsigned number
    OPF_S,      // signed immediate
    OPF_LOCAL,  // fast local slot
    OPF_CONST,  // constant number
    OPF_QSTR,   // name
    OPF_JUMP,   // jump target
    OPF_OP,     // binary_op_t / unary_op_t
    OPF_AB,     // two unsigned numbers
    OPF_LL,     // two fast local slots
    OPF_LI,     // fast local slot, signed immediate
    OPF_QCACHE, // name, then a cache word
} op_format_t;

// The list: OP(name, operand format, "stack effect and meaning").
#define OPCODE_LIST(OP) \
    /* Stack and constants */ \
    OP(NOP,                OPF_NONE,  "no effect") \
    OP(LOAD_CONST,         OPF_CONST, "[] -> [K[arg]]") \
    OP(LOAD_SMALL_INT,     OPF_S,     "[] -> [arg as a small int]") \
    OP(LOAD_NONE,          OPF_NONE,  "[] -> [None]") \
    OP(LOAD_TRUE,          OPF_NONE,  "[] -> [True]") \
    OP(LOAD_FALSE,         OPF_NONE,  "[] -> [False]") \
    OP(LOAD_NULL,          OPF_NONE,  "[] -> [NULL] (no self for a method call)") \
    OP(POP_TOP,            OPF_NONE,  "[a] -> []") \
    OP(COPY,               OPF_U,     "push a copy of the item arg deep (1 = top)") \
    OP(SWAP,               OPF_U,     "swap the top with the item arg deep (arg >= 2)") \
    OP(ROT_THREE,          OPF_NONE,  "[a b c] -> [c a b]") \
    OP(DUP_TOP_TWO,        OPF_NONE,  "[a b] -> [a b a b]") \
    OP(ROT_DOWN,           OPF_U,     "move the top item arg - 1 places down: [a1..an-1 x] -> [x a1..an-1]") \
    OP(ROT_UP,             OPF_U,     "bring the item arg deep to the top: [x a1..an-1] -> [a1..an-1 x]") \
    /* Fast locals and cells */ \
    OP(LOAD_FAST,          OPF_LOCAL, "[] -> [L[arg]]; UnboundLocalError if unset") \
    OP(LOAD_FAST_LOAD_FAST, OPF_LL,   "[] -> [L[A] L[B]]") \
    OP(LOAD_FAST_SHARE,    OPF_LOCAL, "[] -> [L[arg]]; a str that INPLACE_ADD_FAST may grow in place stops being so") \
    OP(INPLACE_ADD_FAST,   OPF_LOCAL, "[a b] -> []; L[arg] := a += b (a str only L[arg] holds grows in place)") \
    OP(STORE_FAST,         OPF_LOCAL, "[a] -> []; L[arg] := a") \
    OP(STORE_FAST_LOAD_FAST, OPF_LL,  "[a] -> [L[B]]; L[A] := a") \
    OP(DELETE_FAST,        OPF_LOCAL, "L[arg] := unset (UnboundLocalError if already)") \
    OP(LOAD_DEREF,         OPF_LOCAL, "[] -> [contents of the cell in L[arg]]") \
    OP(STORE_DEREF,        OPF_LOCAL, "[a] -> []; cell L[arg] := a") \
    OP(DELETE_DEREF,       OPF_LOCAL, "empty the cell in L[arg]") \
    OP(LOAD_CLASSDEREF,    OPF_LOCAL, "[] -> [locals[name] if present, else the cell's contents]") \
    OP(LOAD_CLOSURE,       OPF_LOCAL, "[] -> [the cell object in L[arg]]") \
    /* Names in dicts */ \
    OP(LOAD_NAME,          OPF_QCACHE, "[] -> [q in locals, globals or builtins]; next word: cache entry") \
    OP(STORE_NAME,         OPF_QSTR,  "[a] -> []; locals[q] := a") \
    OP(DELETE_NAME,        OPF_QSTR,  "del locals[q]") \
    OP(LOAD_GLOBAL,        OPF_QCACHE, "[] -> [q in globals or builtins]; next word: cache entry") \
    OP(STORE_GLOBAL,       OPF_QSTR,  "[a] -> []; globals[q] := a") \
    OP(DELETE_GLOBAL,      OPF_QSTR,  "del globals[q]") \
    /* Attributes and items */ \
    OP(LOAD_ATTR,          OPF_QSTR,  "[o] -> [o.q]") \
    OP(STORE_ATTR,         OPF_QSTR,  "[v o] -> []; o.q := v") \
    OP(DELETE_ATTR,        OPF_QSTR,  "[o] -> []; del o.q") \
    OP(LOAD_METHOD,        OPF_QSTR,  "[o] -> [f self] (self NULL when o.q is a plain value f)") \
    OP(SUBSCR,             OPF_NONE,  "[o i] -> [o[i]]") \
    OP(STORE_SUBSCR,       OPF_NONE,  "[v o i] -> []; o[i] := v") \
    OP(DELETE_SUBSCR,      OPF_NONE,  "[o i] -> []; del o[i]") \
    OP(BUILD_SLICE,        OPF_U,     "[a b] or [a b c] (arg = 2 or 3) -> [slice]") \
    /* Operators */ \
    OP(UNARY_OP,           OPF_OP,    "[a] -> [op a] (unary_op_t)") \
    OP(UNARY_NOT,          OPF_NONE,  "[a] -> [not a]") \
    OP(BINARY_OP,          OPF_OP,    "[a b] -> [a op b] (binary_op_t, in-place forms included)") \
    OP(BINARY_ADD,         OPF_NONE,  "[a b] -> [a + b]") \
    OP(BINARY_SUB,         OPF_NONE,  "[a b] -> [a - b]") \
    OP(BINARY_MUL,         OPF_NONE,  "[a b] -> [a * b]") \
    OP(INPLACE_ADD,        OPF_NONE,  "[a b] -> [a += b]") \
    OP(INPLACE_SUB,        OPF_NONE,  "[a b] -> [a -= b]") \
    OP(ADD_LI,             OPF_LI,    "[] -> [L[A] + B]") \
    OP(SUB_LI,             OPF_LI,    "[] -> [L[A] - B]") \
    OP(BINARY_OP_I,        OPF_AB,    "[a] -> [a op B] (A = binary_op_t, B a signed immediate)") \
    OP(INCR_FAST,          OPF_LI,    "L[A] += B") \
    OP(DECR_FAST,          OPF_LI,    "L[A] -= B") \
    OP(COMPARE_LT,         OPF_NONE,  "[a b] -> [a < b]") \
    OP(COMPARE_LE,         OPF_NONE,  "[a b] -> [a <= b]") \
    OP(COMPARE_GT,         OPF_NONE,  "[a b] -> [a > b]") \
    OP(COMPARE_GE,         OPF_NONE,  "[a b] -> [a >= b]") \
    OP(COMPARE_EQ,         OPF_NONE,  "[a b] -> [a == b]") \
    OP(COMPARE_NE,         OPF_NONE,  "[a b] -> [a != b]") \
    OP(COMPARE_OP,         OPF_OP,    "[a b] -> [a op b] (is, is not, in, not in)") \
    /* Jumps (targets are absolute); backward ones check for pending interrupts */ \
    OP(JUMP,               OPF_JUMP,  "goto arg") \
    OP(JUMP_BACK,          OPF_JUMP,  "goto arg (a loop edge: handles pending interrupts)") \
    OP(POP_JUMP_IF_FALSE,  OPF_JUMP,  "[a] -> []; goto arg if not a") \
    OP(POP_JUMP_IF_TRUE,   OPF_JUMP,  "[a] -> []; goto arg if a") \
    OP(JUMP_IF_FALSE_OR_POP, OPF_JUMP, "[a] -> [a] and goto arg if not a, else [a] -> []") \
    OP(JUMP_IF_TRUE_OR_POP, OPF_JUMP, "[a] -> [a] and goto arg if a, else [a] -> []") \
    OP(JUMP_IF_LT,         OPF_JUMP,  "[a b] -> []; goto arg if a < b") \
    OP(JUMP_IF_LE,         OPF_JUMP,  "[a b] -> []; goto arg if a <= b") \
    OP(JUMP_IF_GT,         OPF_JUMP,  "[a b] -> []; goto arg if a > b") \
    OP(JUMP_IF_GE,         OPF_JUMP,  "[a b] -> []; goto arg if a >= b") \
    OP(JUMP_IF_EQ,         OPF_JUMP,  "[a b] -> []; goto arg if a == b") \
    OP(JUMP_IF_NE,         OPF_JUMP,  "[a b] -> []; goto arg if a != b") \
    OP(JUMP_IF_NOT_LT,     OPF_JUMP,  "[a b] -> []; goto arg unless a < b") \
    OP(JUMP_IF_NOT_LE,     OPF_JUMP,  "[a b] -> []; goto arg unless a <= b") \
    OP(JUMP_IF_NOT_GT,     OPF_JUMP,  "[a b] -> []; goto arg unless a > b") \
    OP(JUMP_IF_NOT_GE,     OPF_JUMP,  "[a b] -> []; goto arg unless a >= b") \
    OP(JUMP_IF_NOT_EQ,     OPF_JUMP,  "[a b] -> []; goto arg unless a == b") \
    OP(JUMP_IF_NOT_NE,     OPF_JUMP,  "[a b] -> []; goto arg unless a != b") \
    /* Iteration */ \
    OP(GET_ITER,           OPF_NONE,  "[o] -> [iter(o)] (ranges, lists and tuples get VM iterators)") \
    OP(FOR_ITER,           OPF_JUMP,  "[it] -> [it x] and goto arg (loop edge); at the end [it] -> []") \
    /* Functions and calls */ \
    OP(MAKE_FUNCTION,      OPF_U,     "[defaults? kwdefaults? closure? code] -> [function]; arg = MAKE_FN_* flags") \
    OP(CALL,               OPF_U,     "[f a1..an] -> [f(a1..an)], n = arg") \
    OP(CALL_KW,            OPF_AB,    "[f a1..aA k1 v1..kB vB] -> [f(a1..aA, k1=v1..kB=vB)]") \
    OP(CALL_METHOD,        OPF_U,     "[f self a1..an] -> [f(self, a1..an)] (self NULL: f(a1..an))") \
    OP(CALL_METHOD_KW,     OPF_AB,    "[f self a1..aA k1 v1..kB vB] -> [result]") \
    OP(CALL_EX,            OPF_U,     "[f args kwargs] (arg 1) or [f args] (arg 0) -> [f(*args, **kwargs)]") \
    OP(RETURN_VALUE,       OPF_NONE,  "[a] -> return a") \
    OP(LOAD_BUILD_CLASS,   OPF_NONE,  "[] -> [builtins.__build_class__]") \
    /* Building values */ \
    OP(BUILD_TUPLE,        OPF_U,     "[a1..an] -> [(a1..an)]") \
    OP(BUILD_LIST,         OPF_U,     "[a1..an] -> [[a1..an]]") \
    OP(BUILD_SET,          OPF_U,     "[a1..an] -> [{a1..an}]") \
    OP(BUILD_MAP,          OPF_U,     "[k1 v1..kn vn] -> [{k1: v1..kn: vn}]") \
    OP(LIST_APPEND,        OPF_U,     "[list ... a] -> [list ...]; list (arg deep after the pop) .append(a)") \
    OP(SET_ADD,            OPF_U,     "[set ... a] -> [set ...]; set.add(a)") \
    OP(MAP_ADD,            OPF_U,     "[map ... k v] -> [map ...]; map[k] := v") \
    OP(LIST_EXTEND,        OPF_U,     "[list ... it] -> [list ...]; list.extend(it)") \
    OP(SET_UPDATE,         OPF_U,     "[set ... it] -> [set ...]; set.update(it)") \
    OP(DICT_UPDATE,        OPF_U,     "[map ... m] -> [map ...]; map.update(m)") \
    OP(DICT_MERGE,         OPF_U,     "[f args map m] -> [f args map] (arg 1); duplicate keys are errors") \
    OP(LIST_TO_TUPLE,      OPF_NONE,  "[list] -> [tuple(list)]") \
    OP(UNPACK_SEQUENCE,    OPF_U,     "[seq] -> [a_n..a_1] (a_1 on top)") \
    OP(UNPACK_EX,          OPF_AB,    "[seq] -> [after..., list, before...] (first item on top)") \
    OP(FORMAT_VALUE,       OPF_U,     "[v] or [v spec] -> [str]; arg = conversion char | FORMAT_HAS_SPEC") \
    OP(BUILD_STRING,       OPF_U,     "[s1..sn] -> [s1 + .. + sn]") \
    /* Exceptions */ \
    OP(RAISE,              OPF_U,     "arg 0: re-raise the handled exception; 1: [e] raise e; 2: [e c] raise e from c") \
    OP(RERAISE,            OPF_NONE,  "[e] -> raise e again, adding no traceback entry") \
    OP(PUSH_EXC_INFO,      OPF_NONE,  "[e] -> [prev e]; prev := the handled exception, which becomes e") \
    OP(POP_EXCEPT,         OPF_NONE,  "[prev] -> []; the handled exception := prev") \
    OP(CHECK_EXC_MATCH,    OPF_NONE,  "[e t] -> [e matches(e, t)]") \
    OP(CHECK_EG_MATCH,     OPF_NONE,  "[e t] -> [rest match] (except*: each None when empty)") \
    OP(PREP_RERAISE_STAR,  OPF_NONE,  "[orig excs] -> [what the except* statement raises, or None]") \
    OP(LOAD_ASSERTION_ERROR, OPF_NONE, "[] -> [AssertionError]") \
    OP(BEFORE_WITH,        OPF_NONE,  "[m] -> [exit m enter()] (exit, m: the bound __exit__ as for CALL_METHOD)") \
    OP(WITH_EXCEPT_START,  OPF_NONE,  "[exit m prev e] -> [exit m prev e exit(m, type(e), e, None)]") \
    /* Pattern matching (match statements) */ \
    OP(GET_LEN,            OPF_NONE,  "[o] -> [o len(o)]") \
    OP(MATCH_SEQUENCE,     OPF_NONE,  "[o] -> [o is-a-sequence(o)] (not str, bytes, bytearray)") \
    OP(MATCH_MAPPING,      OPF_NONE,  "[o] -> [o is-a-mapping(o)]") \
    OP(MATCH_KEYS,         OPF_NONE,  "[o keys] -> [o keys values] (a tuple, or None if a key is missing)") \
    OP(COPY_DICT_WITHOUT_KEYS, OPF_NONE, "[o keys] -> [o dict(o) without keys]") \
    OP(MATCH_CLASS,        OPF_U,     "[o cls names] -> [tuple of arg positional then named attributes, or None]") \
    /* Modules */ \
    OP(IMPORT_NAME,        OPF_QSTR,  "[level fromlist] -> [module]") \
    OP(IMPORT_FROM,        OPF_QSTR,  "[m] -> [m m.q]") \
    OP(IMPORT_STAR,        OPF_NONE,  "[m] -> []; copies the public names of m into locals") \
    /* Interactive input */ \
    OP(PRINT_EXPR,         OPF_NONE,  "[a] -> []; prints repr(a) unless None") \
    /* Generators and coroutines */ \
    OP(YIELD_VALUE,        OPF_NONE,  "[a] -> [sent]: suspends the frame, giving a to the caller") \
    OP(GET_YIELD_FROM_ITER, OPF_NONE, "[o] -> [iter(o)] (a generator or coroutine stays itself)") \
    OP(GET_AWAITABLE,      OPF_NONE,  "[o] -> [the iterator of o.__await__()]") \
    OP(SEND,               OPF_NONE,  "[it v] -> [it r] and repeats (yield from): r = the final value, it dropped at the end") \
    OP(BEFORE_ASYNC_WITH,  OPF_NONE,  "[m] -> [aexit m awaitable of aenter()]") \
    OP(GET_AITER,          OPF_NONE,  "[o] -> [o.__aiter__()]") \
    OP(GET_ANEXT,          OPF_NONE,  "[ait] -> [ait awaitable of ait.__anext__()]") \
    OP(END_ASYNC_FOR,      OPF_NONE,  "[ait e] -> [] if e is StopAsyncIteration, else raise e again") \
    /* Fused forms (superinstructions) */ \
    OP(RETURN_FAST,        OPF_LOCAL, "return L[arg]") \
    OP(RETURN_NONE,        OPF_NONE,  "return None") \
    OP(JUMP_IF_NOT_LT_LI,  OPF_LI,    "goto next word unless L[A] < B") \
    OP(FOR_ITER_STORE,     OPF_LOCAL, "[it] -> [it], L[arg] := next(it) and goto next word; at the end [it] -> []")

// The opcodes, numbered in list order.
typedef enum {
#define OP_ENUM(name, fmt, doc) OP_##name,
    OPCODE_LIST(OP_ENUM)
#undef OP_ENUM
    OP_NUM
} opcode_t;

// MAKE_FUNCTION flags: which optional values are on the stack under the code.
#define MAKE_FN_DEFAULTS (1)   // a tuple of positional defaults
#define MAKE_FN_KWDEFAULTS (2) // a dict of keyword-only defaults
#define MAKE_FN_CLOSURE (4)    // a tuple of cells

// FORMAT_VALUE arg: the conversion character ('r', 's', 'a' or 0) in the low
// bits, and this flag when a format spec string is on the stack.
#define FORMAT_HAS_SPEC (0x100)

// Number of extra words that follow the instruction word.
static inline int op_extra_words(int op) {
    return op == OP_LOAD_GLOBAL || op == OP_LOAD_NAME || op == OP_JUMP_IF_NOT_LT_LI || op == OP_FOR_ITER_STORE;
}

#endif
