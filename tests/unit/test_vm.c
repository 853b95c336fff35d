// Unit tests of the compiler and VM (py/compile.c, py/vm.c): a bytecode
// verifier over many compiled snippets, line tables, the disassembler, eval.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "py/code.h"
#include "py/compile.h"
#include "py/gc.h"
#include "py/objexcept.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/opcodes.h"
#include "py/runtime.h"
#include "py/vm.h"
#include "py/vstr.h"
#include "tests/unit/unit.h"

static char heap[8 << 20];

// Code objects are compiled by rt_compile, which raises SyntaxError.
static obj_t compile_src(const char *src, int mode) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t code = rt_compile(src, strlen(src), qstr_from_str("t.py"), mode);
        nlr_pop();
        return code;
    }
    return OBJ_NULL;
}

// Successors of the instruction at [pc]: fills targets/depth deltas, returns the count.
typedef struct succ {
    uint32_t pc;
    int depth;
} succ_t;

static int successors(const obj_code_t *c, uint32_t pc, int depth, succ_t *out) {
    uint32_t ins = c->code[pc];
    int op = (int)OPCODE_OF(ins);
    uint32_t next = pc + 1 + (uint32_t)op_extra_words(op);
    int fall = depth + compile_stack_effect(op, OPARG(ins));
    switch (op) {
        case OP_RETURN_VALUE:
        case OP_RETURN_FAST:
        case OP_RETURN_NONE:
        case OP_RAISE:
        case OP_RERAISE:
            return 0;
        case OP_JUMP:
        case OP_JUMP_BACK:
            out[0].pc = OPARG(ins);
            out[0].depth = depth;
            return 1;
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
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
            out[0].pc = OPARG(ins);
            out[0].depth = fall;
            out[1].pc = next;
            out[1].depth = fall;
            return 2;
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP:
            out[0].pc = OPARG(ins);
            out[0].depth = depth;
            out[1].pc = next;
            out[1].depth = fall;
            return 2;
        case OP_JUMP_IF_NOT_LT_LI:
            out[0].pc = c->code[pc + 1];
            out[0].depth = depth;
            out[1].pc = next;
            out[1].depth = depth;
            return 2;
        case OP_FOR_ITER:
            out[0].pc = OPARG(ins);
            out[0].depth = depth + 1;
            out[1].pc = next;
            out[1].depth = fall;
            return 2;
        case OP_FOR_ITER_STORE:
            out[0].pc = c->code[pc + 1];
            out[0].depth = depth;
            out[1].pc = next;
            out[1].depth = fall;
            return 2;
        default:
            out[0].pc = next;
            out[0].depth = fall;
            return 1;
    }
}

// Checks that every reachable instruction is entered with one stack depth,
// within [0, stack_size], and that handler targets agree with their table
// entries. Recurses into nested code objects.
static void verify(const obj_code_t *c, const char *src) {
    int *depth_at = rt_alloc_flags((c->n_code + 1) * sizeof(int), GC_ALLOC_NOSCAN);
    uint32_t *work = rt_alloc_flags((c->n_code + c->n_exc + 2) * 4 * sizeof(uint32_t), GC_ALLOC_NOSCAN);
    for (uint32_t i = 0; i <= c->n_code; i++) {
        depth_at[i] = -1;
    }
    size_t n_work = 0;
    depth_at[0] = 0;
    work[n_work++] = 0;
    for (uint32_t i = 0; i < c->n_exc; i++) {
        const code_exc_entry_t *e = &c->exc[i];
        int d = (int)e->depth + 1;
        if (!UNIT_CHECK(e->target < c->n_code && e->start < e->end && e->end <= c->n_code)) {
            printf("    bad handler entry in %s\n", src);
            return;
        }
        if (depth_at[e->target] == -1) {
            depth_at[e->target] = d;
            work[n_work++] = e->target;
        } else if (!UNIT_CHECK_EQ_INT(depth_at[e->target], d)) {
            printf("    handler depth mismatch at %u in %s\n", (unsigned)e->target, src);
        }
    }
    bool ok = true;
    while (n_work > 0 && ok) {
        uint32_t pc = work[--n_work];
        int d = depth_at[pc];
        if (pc >= c->n_code) {
            continue;
        }
        succ_t s[2];
        int n = successors(c, pc, d, s);
        for (int i = 0; i < n; i++) {
            if (s[i].depth < 0 || s[i].depth > c->stack_size || s[i].pc > c->n_code) {
                printf("    depth %d (stack %u) after %s at %u in: %s\n", s[i].depth, (unsigned)c->stack_size,
                    vm_opcode_name((int)OPCODE_OF(c->code[pc])), (unsigned)pc, src);
                UNIT_CHECK(0);
                ok = false;
                break;
            }
            if (depth_at[s[i].pc] == -1) {
                depth_at[s[i].pc] = s[i].depth;
                work[n_work++] = s[i].pc;
            } else if (depth_at[s[i].pc] != s[i].depth) {
                printf("    depth %d vs %d at %u in: %s\n", depth_at[s[i].pc], s[i].depth, (unsigned)s[i].pc, src);
                UNIT_CHECK(0);
                ok = false;
                break;
            }
        }
    }
    if (ok) {
        UNIT_CHECK(1);
    }
    for (uint32_t i = 0; i < c->n_consts; i++) {
        obj_t k = c->consts[i];
        if (OBJ_IS_PTR(k) && ((obj_base_t *)k)->type == &type_code) {
            verify(k, src);
        }
    }
}

static const char *const snippets[] = {
    "x = 1\ny = x + 2\n",
    "def f(a, b=2, *c, d, e=5, **f):\n    return a + b\n",
    "for i in range(3):\n    if i: continue\n    else: break\nelse:\n    pass\n",
    "while x < 3:\n    x += 1\n    if x == 2: break\nelse:\n    y = 1\n",
    "try:\n    a()\nexcept ValueError as e:\n    b(e)\nexcept (KeyError, IndexError):\n    pass\nexcept:\n    raise\nelse:\n    c()\nfinally:\n    d()\n",
    "def g():\n    for x in y:\n        try:\n            return x\n        finally:\n            continue\n",
    "def g():\n    with a() as b, c() as d:\n        for i in d:\n            if i: return i\n            break\n",
    "def g():\n    try:\n        pass\n    finally:\n        with m():\n            return 1\n",
    "def g():\n    while 1:\n        try:\n            x()\n        except E as e:\n            try:\n                return e\n            finally:\n                break\n",
    "a, *b, c = d\n(x, y), z = w\nq[1], r.s = 1, 2\na, b = b, a\na, b, c = c, a, b\n",
    "f(*a, **b)\nf(1, *a, 2, k=3, **b, m=4)\no.m(1, k=2)\nf(**m)\n",
    "x = [i * j for i in a if i for j in b]\ny = {k: v for k, v in d.items()}\nz = {s for s in t}\ng = (p for p in q)\n",
    "x = a if b else c\ny = a and b or c\nz = not (a < b < c)\nw = 1 < a <= 3\n",
    "def gen():\n    x = yield 1\n    y = yield from other()\n    return x + y\n",
    "class A(B, metaclass=M):\n    'doc'\n    x = 1\n    def m(self):\n        return super().m() + __class__.x\n",
    "s = f'{a!r:>{w}} {b:.2f} {c}'\n",
    "import a.b.c\nimport a.b as d\nfrom .e import f as g, h\nfrom i import *\n",
    "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n",
    "assert x, 'msg'\ndel a, b[1], c.d\nglobal q\nx[i] += 1\ny.z *= 2\n",
    "async def co():\n    await x\n    return 1\n",
    "async def co():\n    async with a as b, c:\n        for i in b:\n            return i\n    async for x in y:\n        if x: break\n        continue\n    else:\n        pass\n",
    "if (n := len(a)) > 10:\n    print(n)\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "lambda x, *y, z=1, **w: (x, y, z, w)\n",
    "async def co():\n    a = [x async for x in y if await x for z in x]\n    b = {k: await k for k in q}\n",
    "for i in range(10):\n    try:\n        if i: raise E\n    except E:\n        continue\n    finally:\n        print(i)\n",
    "match x:\n    case [a, *b, (c, d)] if a: pass\n    case {'k': v, **r}: pass\n    case C(1, y=[z]) | D(z): pass\n    case (1 | 2) as w: pass\n    case _: pass\n",
    "def f(x):\n    for i in x:\n        match i:\n            case [p, q] | (q, p, _):\n                continue\n            case {'a': (1 | 2) as n, 'b': [*_, m]}:\n                return n\n            case str() as s if s:\n                break\n",
    "match a, b:\n    case (x, [y, {1: z} | (z, _)]) | (_, [x, y, z]) if z: pass\n    case e.f | -1 | 2+3j | 'a' | None: pass\n",
    "try:\n    a()\nexcept* (E, F) as e:\n    raise\nexcept* G:\n    h()\nelse:\n    b()\nfinally:\n    c()\n",
};

static void test_verify_snippets(void) {
    for (size_t i = 0; i < ARRAY_SIZE(snippets); i++) {
        obj_t code = compile_src(snippets[i], RT_MODE_FILE);
        if (code != OBJ_NULL) {
            verify(code, snippets[i]);
        }
    }
}

static void test_line_table(void) {
    obj_t code = compile_src("a = 1\n\nb = 2\nc = (3 +\n     4)\n", RT_MODE_FILE);
    if (!UNIT_CHECK(code != OBJ_NULL)) {
        return;
    }
    const obj_code_t *c = code;
    UNIT_CHECK_EQ_INT((long long)code_line_of(c, 0), 1);
    // The last instructions (the store of c, return) are on lines 4 or 5.
    size_t last = code_line_of(c, c->n_code - 1);
    UNIT_CHECK(last >= 4 && last <= 5);
    bool saw3 = false;
    for (size_t i = 0; i < c->n_code; i++) {
        if (code_line_of(c, i) == 3) {
            saw3 = true;
        }
    }
    UNIT_CHECK(saw3);
}

static void test_eval_and_disassemble(void) {
    obj_t code = compile_src("[x * x for x in range(5) if x % 2][-1] + 1", RT_MODE_EVAL);
    if (!UNIT_CHECK(code != OBJ_NULL)) {
        return;
    }
    obj_t r = vm_run_code(code, vm_state.dict_main, NULL);
    UNIT_CHECK(OBJ_IS_SMALL_INT(r) && OBJ_SMALL_INT_VALUE(r) == 10);
    vstr_t v;
    vstr_init(&v, 256);
    print_t p;
    vstr_print(&v, &p);
    vm_disassemble(code, &p);
    vstr_add_byte(&v, 0);
    UNIT_CHECK(strstr(v.buf, "MAKE_FUNCTION") != NULL);
    UNIT_CHECK(strstr(v.buf, "FOR_ITER_STORE") != NULL);
    UNIT_CHECK(strstr(v.buf, "<listcomp>") != NULL);
}

static void test_syntax_errors(void) {
    static const char *const bad[] = {"return 1", "break", "def f():\n  nonlocal q", "continue"};
    for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
        nlr_buf_t nlr;
        obj_t volatile exc = OBJ_NULL;
        if (nlr_push(&nlr) == 0) {
            rt_compile(bad[i], strlen(bad[i]), qstr_from_str("t.py"), RT_MODE_FILE);
            nlr_pop();
        } else {
            exc = nlr.value;
        }
        UNIT_CHECK(exc != OBJ_NULL && rt_isinstance(exc, &type_SyntaxError));
    }
}

int main(void) {
    gc_init(heap, sizeof(heap));
    char top;
    rt_init(&top, 256 * 1024);
    test_verify_snippets();
    test_line_table();
    test_eval_and_disassemble();
    test_syntax_errors();
    return unit_report();
}
