// Unit tests for the runtime glue (py/runtime.c), exceptions and tracebacks
// (py/objexcept.c) and class machinery (py/objtype.c), driven from C.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "py/gc.h"
#include "py/objexcept.h"
#include "py/objint.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/objtype.h"
#include "py/runtime.h"
#include "py/vstr.h"
#include "tests/unit/unit.h"

static char heap[4 << 20];

// Names the tests use: interned at run time (the qstr generator does not scan tests).
static qstr q_foo, q_a, q_b, q_c, q_f, q_zz, q_g, q_C;

static void intern_names(void) {
    q_foo = qstr_from_str("foo");
    q_a = qstr_from_str("a");
    q_b = qstr_from_str("b");
    q_c = qstr_from_str("c");
    q_f = qstr_from_str("f");
    q_zz = qstr_from_str("zz");
    q_g = qstr_from_str("g");
    q_C = qstr_from_str("C");
}

// The message of the exception [exc] ("" when it has no argument).
static const char *message(obj_t exc) {
    obj_t s = rt_str(exc);
    size_t len;
    return str_data(s, &len);
}

// Runs [f] and returns the exception it raised (OBJ_NULL if none).
static obj_t catch(void (*f)(void)) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        f();
        nlr_pop();
        return OBJ_NULL;
    }
    return nlr.value;
}

static intptr_t small(obj_t o) {
    return OBJ_SMALL_INT_VALUE(o);
}

static void test_small_int_ops(void) {
    obj_t a = OBJ_NEW_SMALL_INT(-7), b = OBJ_NEW_SMALL_INT(2);
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_ADD, a, b)), -5);
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_INPLACE_SUBTRACT, a, b)), -9);
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_MULTIPLY, a, b)), -14);
    // Floor division and modulo round toward negative infinity.
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_FLOOR_DIVIDE, a, b)), -4);
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_MODULO, a, b)), 1);
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_MODULO, OBJ_NEW_SMALL_INT(7),
                          OBJ_NEW_SMALL_INT(-2))), -1);
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_RSHIFT, a, OBJ_NEW_SMALL_INT(1))), -4);
    UNIT_CHECK_EQ_INT(small(rt_binary_op(BINARY_OP_LSHIFT, b, OBJ_NEW_SMALL_INT(10))), 2048);
    UNIT_CHECK(rt_binary_op(BINARY_OP_LESS, a, b) == OBJ_TRUE);
    UNIT_CHECK(rt_binary_op(BINARY_OP_MORE_EQUAL, a, b) == OBJ_FALSE);
    UNIT_CHECK(rt_binary_op(BINARY_OP_IS, a, a) == OBJ_TRUE);
    // Results that leave the small-int range become big ints of the same value.
    obj_t max = OBJ_NEW_SMALL_INT(SMALL_INT_MAX);
    obj_t over = rt_binary_op(BINARY_OP_ADD, max, OBJ_NEW_SMALL_INT(1));
    UNIT_CHECK(!OBJ_IS_SMALL_INT(over) && obj_is_int(over));
    UNIT_CHECK(int_compare(over, max) > 0);
    obj_t back = rt_binary_op(BINARY_OP_SUBTRACT, over, OBJ_NEW_SMALL_INT(1));
    UNIT_CHECK(back == max);
    obj_t sq = rt_binary_op(BINARY_OP_MULTIPLY, max, max);
    UNIT_CHECK(!OBJ_IS_SMALL_INT(sq));
    UNIT_CHECK(rt_equal(rt_binary_op(BINARY_OP_FLOOR_DIVIDE, sq, max), max));
}

static void test_truth_hash(void) {
    UNIT_CHECK(!rt_is_true(OBJ_NONE));
    UNIT_CHECK(!rt_is_true(OBJ_NEW_SMALL_INT(0)));
    UNIT_CHECK(rt_is_true(OBJ_NEW_SMALL_INT(-1)));
    UNIT_CHECK(!rt_is_true(OBJ_NEW_QSTR(QSTR__empty)));
    UNIT_CHECK(rt_is_true(OBJ_NEW_QSTR(QSTR___init__)));
    UNIT_CHECK(!rt_is_true(list_new(0, NULL)));
    UNIT_CHECK_EQ_INT(rt_hash(OBJ_NEW_SMALL_INT(-1)), -2);
    UNIT_CHECK_EQ_INT(rt_hash(OBJ_NEW_SMALL_INT(12345)), 12345);
    obj_t heap_str = str_new("__init__", 8);
    UNIT_CHECK_EQ_INT(rt_hash(heap_str), rt_hash(OBJ_NEW_QSTR(QSTR___init__)));
    UNIT_CHECK(rt_equal(heap_str, OBJ_NEW_QSTR(QSTR___init__)));
}

static void hash_list(void) {
    rt_hash(list_new(0, NULL));
}

static void add_int_str(void) {
    rt_binary_op(BINARY_OP_ADD, OBJ_NEW_SMALL_INT(1), OBJ_NEW_QSTR(QSTR___init__));
}

static void less_int_str(void) {
    rt_binary_op(BINARY_OP_LESS, OBJ_NEW_SMALL_INT(1), OBJ_NEW_QSTR(QSTR___init__));
}

static void call_int(void) {
    rt_call0(OBJ_NEW_SMALL_INT(3));
}

static void load_missing(void) {
    rt_load_attr(OBJ_NEW_SMALL_INT(3), q_foo);
}

static void test_errors(void) {
    obj_t e = catch(hash_list);
    UNIT_CHECK(e != OBJ_NULL && rt_isinstance(e, &type_TypeError));
    UNIT_CHECK_EQ_STR(message(e), "unhashable type: 'list'");
    e = catch(add_int_str);
    UNIT_CHECK_EQ_STR(message(e), "unsupported operand type(s) for +: 'int' and 'str'");
    e = catch(less_int_str);
    UNIT_CHECK_EQ_STR(message(e), "'<' not supported between instances of 'int' and 'str'");
    e = catch(call_int);
    UNIT_CHECK_EQ_STR(message(e), "'int' object is not callable");
    e = catch(load_missing);
    UNIT_CHECK(rt_isinstance(e, &type_AttributeError));
    UNIT_CHECK_EQ_STR(message(e), "'int' object has no attribute 'foo'");
}

// rt_parse_args with spec (a, b=5, *, c=None).
static arg_spec_t spec[3];
static obj_t parse_args[8];
static size_t parse_n_args, parse_n_kw;
static obj_t parse_out[3];

static void run_parse(void) {
    rt_parse_args(parse_n_args, parse_args, parse_n_kw, parse_args + parse_n_args, 3, spec,
        parse_out, q_f);
}

static void test_parse_args(void) {
    spec[0] = (arg_spec_t){q_a, ARG_REQUIRED, OBJ_NULL};
    spec[1] = (arg_spec_t){q_b, 0, OBJ_NEW_SMALL_INT(5)};
    spec[2] = (arg_spec_t){q_c, ARG_KW_ONLY, OBJ_NONE};
    parse_args[0] = OBJ_NEW_SMALL_INT(1);
    parse_n_args = 1;
    parse_n_kw = 0;
    UNIT_CHECK(catch(run_parse) == OBJ_NULL);
    UNIT_CHECK_EQ_INT(small(parse_out[0]), 1);
    UNIT_CHECK_EQ_INT(small(parse_out[1]), 5);
    UNIT_CHECK(parse_out[2] == OBJ_NONE);

    // Keywords given as qstrs and as heap strs.
    parse_args[1] = OBJ_NEW_QSTR(q_c);
    parse_args[2] = OBJ_NEW_SMALL_INT(9);
    parse_args[3] = str_new("b", 1);
    parse_args[4] = OBJ_NEW_SMALL_INT(8);
    parse_n_kw = 2;
    UNIT_CHECK(catch(run_parse) == OBJ_NULL);
    UNIT_CHECK_EQ_INT(small(parse_out[1]), 8);
    UNIT_CHECK_EQ_INT(small(parse_out[2]), 9);

    parse_n_args = 0;
    parse_n_kw = 0;
    UNIT_CHECK_EQ_STR(message(catch(run_parse)), "f() missing required argument 'a' (pos 1)");
    parse_args[0] = parse_args[1] = parse_args[2] = OBJ_NEW_SMALL_INT(0);
    parse_n_args = 3;
    UNIT_CHECK_EQ_STR(message(catch(run_parse)), "f() takes at most 2 arguments (3 given)");
    parse_n_args = 1;
    parse_args[1] = OBJ_NEW_QSTR(q_zz);
    parse_n_kw = 1;
    UNIT_CHECK_EQ_STR(message(catch(run_parse)), "'zz' is an invalid keyword argument for f()");
    parse_args[1] = OBJ_NEW_QSTR(q_a);
    UNIT_CHECK_EQ_STR(message(catch(run_parse)),
        "argument for f() given by name ('a') and position (1)");
}

static obj_t unpack_src;
static obj_t unpack_out[4];

static void run_unpack3(void) {
    rt_unpack_sequence(unpack_src, 3, unpack_out);
}

static void run_seq_index(void) {
    rt_seq_index(OBJ_NEW_SMALL_INT(-4), 3, "list");
}

static void test_sequences(void) {
    UNIT_CHECK_EQ_INT(rt_seq_index(OBJ_NEW_SMALL_INT(-1), 3, "list"), 2);
    UNIT_CHECK_EQ_INT(rt_seq_index(OBJ_TRUE, 3, "list"), 1);
    UNIT_CHECK_EQ_STR(message(catch(run_seq_index)), "list index out of range");
    obj_t items[2] = {OBJ_NEW_SMALL_INT(1), OBJ_NEW_SMALL_INT(2)};
    unpack_src = tuple_new(2, items);
    UNIT_CHECK_EQ_STR(message(catch(run_unpack3)),
        "not enough values to unpack (expected 3, got 2)");
    unpack_src = OBJ_NEW_SMALL_INT(4);
    UNIT_CHECK_EQ_STR(message(catch(run_unpack3)), "cannot unpack non-iterable int object");
    obj_t four[4] = {OBJ_NEW_SMALL_INT(1), OBJ_NEW_SMALL_INT(2), OBJ_NEW_SMALL_INT(3),
        OBJ_NEW_SMALL_INT(4)};
    obj_t out[3];
    rt_unpack_ex(list_new(4, four), 1, 1, out);
    UNIT_CHECK_EQ_INT(small(out[0]), 1);
    UNIT_CHECK_EQ_INT(rt_len(out[1]), 2);
    UNIT_CHECK_EQ_INT(small(out[2]), 4);
}

// Text written by exc_print for [exc].
static const char *printed(obj_t exc) {
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print(&v, &p);
    exc_print(&p, exc);
    vstr_add_byte(&v, '\0');
    return v.buf;
}

static void test_tracebacks(void) {
    obj_t e = exc_new_msg(&type_ValueError, "bad");
    UNIT_CHECK_EQ_STR(printed(e), "ValueError: bad\n");
    // Frames are recorded innermost first and printed outermost first.
    exc_add_traceback(e, q_f, 3, q_g);
    exc_add_traceback(e, q_f, 9, QSTR__lt_module_gt);
    UNIT_CHECK_EQ_STR(printed(e), "Traceback (most recent call last):\n"
                                  "  File \"f\", line 9, in <module>\n"
                                  "  File \"f\", line 3, in g\n"
                                  "ValueError: bad\n");
    obj_t cause = exc_new(&type_KeyError, 0, NULL);
    ((obj_exception_t *)e)->cause = cause;
    ((obj_exception_t *)e)->suppress_context = true;
    exc_clear_traceback(e);
    UNIT_CHECK_EQ_STR(printed(e),
        "KeyError\n\nThe above exception was the direct cause of the following exception:\n\n"
        "ValueError: bad\n");
    obj_t se = exc_new_syntax_error(&type_SyntaxError, "invalid syntax", q_f, 2, 4, "x y", 3);
    UNIT_CHECK_EQ_STR(printed(se), "  File \"f\", line 2\nSyntaxError: invalid syntax\n");
    UNIT_CHECK_EQ_STR(message(se), "invalid syntax (f, line 2)");
    UNIT_CHECK(exc_matches(se, (obj_t)&type_Exception));
    UNIT_CHECK(!exc_matches(se, (obj_t)&type_ValueError));
    // Deep recursion: repeated frames are cut after three lines.
    obj_t r = exc_new(&type_RecursionError, 0, NULL);
    for (int i = 0; i < 50; i++) {
        exc_add_traceback(r, q_f, 2, q_g);
    }
    exc_add_traceback(r, q_f, 5, QSTR__lt_module_gt);
    UNIT_CHECK_EQ_STR(printed(r), "Traceback (most recent call last):\n"
                                  "  File \"f\", line 5, in <module>\n"
                                  "  File \"f\", line 2, in g\n"
                                  "  File \"f\", line 2, in g\n"
                                  "  File \"f\", line 2, in g\n"
                                  "  [Previous line repeated 47 more times]\n"
                                  "RecursionError\n");
}

static void test_classes(void) {
    // class C(list) with one method-less namespace: instances wrap a real list.
    obj_t base = (obj_t)&type_list;
    obj_dict_t *ns = dict_new(2);
    dict_set_qstr(ns, QSTR___module__, OBJ_NEW_QSTR(QSTR___main__));
    obj_t cls = type_new_class(q_C, tuple_new(1, &base), ns);
    UNIT_CHECK(type_is_type(cls));
    UNIT_CHECK(rt_is_subclass(cls, &type_list));
    UNIT_CHECK(rt_is_subclass(cls, &type_object));
    obj_t inst = rt_call0(cls);
    UNIT_CHECK(rt_isinstance(inst, &type_list));
    UNIT_CHECK(obj_type_of(type_native_of(inst)) == &type_list);
    obj_t dest[2];
    rt_load_method(inst, QSTR_append, dest);
    obj_t call[3] = {dest[0], dest[1], OBJ_NEW_SMALL_INT(7)};
    rt_call_method(1, 0, call);
    UNIT_CHECK_EQ_INT(rt_len(inst), 1);
    UNIT_CHECK_EQ_STR(message(rt_repr(inst)), "[7]");
    obj_tuple_t *mro = rt_load_attr(cls, QSTR___mro__);
    UNIT_CHECK_EQ_INT(mro->len, 3);
}

int main(void) {
    gc_init(heap, sizeof(heap));
    int top;
    rt_init(&top, 256 * 1024);
    intern_names();
    test_small_int_ops();
    test_truth_hash();
    test_errors();
    test_parse_args();
    test_sequences();
    test_tracebacks();
    test_classes();
    return unit_report();
}
