// Unit tests for interned strings (py/qstr.c), growable buffers and formatted
// printing (py/vstr.c, py/print.c) and the UTF-8 helpers (py/unicode.c).
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "py/gc.h"
#include "py/objstr.h"
#include "py/objstrimpl.h"
#include "py/qstr.h"
#include "py/runtime.h"
#include "py/unicode.h"
#include "py/vstr.h"
#include "tests/unit/unit.h"

static char heap[4 << 20];

// FNV-1a as tools/gen_qstr.py computes it, written independently.
static uint32_t fnv(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 16777619u;
    }
    h &= 0x3fffffffu;
    return h ? h : 1;
}

static void test_rom(void) {
    // Every ROM entry is found by its text, and hashes as str_hash_bytes does.
    for (size_t q = 1; q < QSTR_ROM_COUNT; q++) {
        size_t len;
        const char *s = qstr_data(q, &len);
        if (!UNIT_CHECK_EQ_INT(qstr_find_strn(s, len), q)) {
            break;
        }
        if (!UNIT_CHECK_EQ_INT(qstr_hash(q), str_hash_bytes(s, len))) {
            break;
        }
    }
    UNIT_CHECK_EQ_STR(qstr_str(QSTR___init__), "__init__");
    UNIT_CHECK_EQ_INT(qstr_len(QSTR___init__), 8);
    UNIT_CHECK_EQ_INT(qstr_from_str("__init__"), QSTR___init__);
    UNIT_CHECK_EQ_INT(qstr_len(QSTR__empty), 0);
    UNIT_CHECK_EQ_INT(qstr_from_strn("", 0), QSTR__empty);
    UNIT_CHECK_EQ_STR(qstr_str(QSTR__lt_module_gt), "<module>");
}

static void test_hash(void) {
    // The FNV-1a reference values, with the top two bits cleared.
    UNIT_CHECK_EQ_INT(str_hash_bytes("", 0), 2166136261u & 0x3fffffffu);
    UNIT_CHECK_EQ_INT(str_hash_bytes("a", 1), 0xe40c292cu & 0x3fffffffu);
    UNIT_CHECK_EQ_INT(str_hash_bytes("foobar", 6), 0xbf9cf968u & 0x3fffffffu);
    UNIT_CHECK_EQ_INT(str_hash_bytes("hello world", 11), fnv("hello world", 11));
}

static void test_runtime(void) {
    size_t n0, b0;
    qstr_stats(&n0, &b0);
    UNIT_CHECK_EQ_INT(qstr_find_strn("not_interned_yet_xyz", 20), QSTR_NULL);
    qstr a = qstr_from_str("not_interned_yet_xyz");
    UNIT_CHECK(a >= QSTR_ROM_COUNT);
    UNIT_CHECK_EQ_INT(qstr_from_str("not_interned_yet_xyz"), a);
    UNIT_CHECK_EQ_INT(qstr_find_strn("not_interned_yet_xyz", 20), a);
    UNIT_CHECK_EQ_INT(qstr_hash(a), fnv("not_interned_yet_xyz", 20));
    // Embedded NULs and prefixes are distinct strings.
    qstr z1 = qstr_from_strn("a\0b", 3);
    qstr z2 = qstr_from_strn("a\0", 2);
    UNIT_CHECK(z1 != z2);
    UNIT_CHECK_EQ_INT(qstr_len(z1), 3);
    UNIT_CHECK(memcmp(qstr_str(z1), "a\0b", 4) == 0);

    // Many strings: the table and pools grow; nothing is lost, including
    // across collections (the pools hang off vm_state).
    enum { N = 20000 };
    static qstr ids[N];
    char buf[32];
    for (int i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof(buf), "name_%d", i * 7919);
        ids[i] = qstr_from_strn(buf, (size_t)n);
        if (i % 5000 == 0) {
            gc_collect();
        }
    }
    gc_collect();
    // Churn the heap so freed blocks would be reused and overwritten.
    for (int i = 0; i < 2000; i++) {
        char *p = gc_alloc(64, 0);
        if (p != NULL) {
            memset(p, 0x5a, 64);
        }
    }
    int bad = 0;
    for (int i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof(buf), "name_%d", i * 7919);
        if (qstr_find_strn(buf, (size_t)n) != ids[i] || strcmp(qstr_str(ids[i]), buf) != 0) {
            bad++;
        }
    }
    UNIT_CHECK_EQ_INT(bad, 0);
    for (int i = 1; i < N; i++) {
        if (ids[i] != ids[i - 1] + 1) {
            bad++;
        }
    }
    UNIT_CHECK_EQ_INT(bad, 0);
    size_t n1, b1;
    qstr_stats(&n1, &b1);
    UNIT_CHECK_EQ_INT(n1 - n0, N + 3);

    // A long string gets a pool of its own.
    static char big[100000];
    memset(big, 'q', sizeof(big));
    qstr qb = qstr_from_strn(big, sizeof(big));
    UNIT_CHECK_EQ_INT(qstr_len(qb), sizeof(big));
    UNIT_CHECK_EQ_INT(qstr_find_strn(big, sizeof(big)), qb);
}

static void test_vstr(void) {
    vstr_t v;
    vstr_init(&v, 0);
    for (int i = 0; i < 1000; i++) {
        vstr_add_byte(&v, (char)('a' + i % 26));
    }
    UNIT_CHECK_EQ_INT(v.len, 1000);
    UNIT_CHECK(v.buf[999] == 'a' + 999 % 26);
    vstr_truncate(&v, 3);
    vstr_add_str(&v, "xyz");
    vstr_add_char(&v, 0xe9);
    vstr_add_char(&v, 0x1f600);
    UNIT_CHECK_EQ_INT(v.len, 6 + 2 + 4);
    UNIT_CHECK(memcmp(v.buf, "abcxyz\xc3\xa9\xf0\x9f\x98\x80", 12) == 0);
    obj_t s = vstr_to_str(&v);
    size_t len;
    const char *d = str_data(s, &len);
    UNIT_CHECK_EQ_INT(len, 12);
    UNIT_CHECK(memcmp(d, "abcxyz\xc3\xa9\xf0\x9f\x98\x80", 12) == 0);
}

static const char *fmt(const char *f, ...) {
    static char out[256];
    vstr_t v;
    vstr_init(&v, 16);
    print_t p;
    vstr_print(&v, &p);
    va_list ap;
    va_start(ap, f);
    print_vfmt(&p, f, ap);
    va_end(ap);
    size_t n = v.len < sizeof(out) - 1 ? v.len : sizeof(out) - 1;
    memcpy(out, v.buf, n);
    out[n] = 0;
    return out;
}

static void test_print_fmt(void) {
    UNIT_CHECK_EQ_STR(fmt("%d|%5d|%-5d|%05d", -42, 7, 7, -7), "-42|    7|7    |-0007");
    UNIT_CHECK_EQ_STR(fmt("%u %x %X %o", 42u, 255u, 255u, 8u), "42 ff FF 10");
    UNIT_CHECK_EQ_STR(fmt("%zu %ld %lu", (size_t)123, -5L, 6UL), "123 -5 6");
    UNIT_CHECK_EQ_STR(fmt("%s|%.2s|%c|%%", "abc", "xyz", 'q'), "abc|xy|q|%");
    UNIT_CHECK_EQ_STR(fmt("%q", QSTR___init__), "__init__");
    UNIT_CHECK_EQ_STR(fmt("%02x", 10u), "0a");
    UNIT_CHECK_EQ_STR(fmt("%d", (int)-2147483647 - 1), "-2147483648");
    UNIT_CHECK_EQ_STR(fmt("%.*s", 2, "hello"), "he");
}

static void test_utf8(void) {
    const char *s = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z"; // a é € 😀 z
    size_t len = strlen(s);
    UNIT_CHECK_EQ_INT(utf8_charlen(s, len), 5);
    UNIT_CHECK(!utf8_is_ascii(s, len));
    UNIT_CHECK(utf8_is_ascii("hello world, ascii only", 23));
    const char *p = s;
    UNIT_CHECK_EQ_INT(utf8_decode(&p), 'a');
    UNIT_CHECK_EQ_INT(utf8_decode(&p), 0xe9);
    UNIT_CHECK_EQ_INT(utf8_decode(&p), 0x20ac);
    UNIT_CHECK_EQ_INT(utf8_decode(&p), 0x1f600);
    UNIT_CHECK_EQ_INT(utf8_decode_back(&p), 0x1f600);
    UNIT_CHECK_EQ_INT(utf8_at(s, len, 5, 3) - s, 6);
    UNIT_CHECK_EQ_INT(utf8_at(s, len, 5, 4) - s, 10);
    UNIT_CHECK_EQ_INT(utf8_at(s, len, 5, 5) - s, 11);
    char buf[4];
    UNIT_CHECK_EQ_INT(utf8_encode(0x20ac, buf), 3);
    UNIT_CHECK(memcmp(buf, "\xe2\x82\xac", 3) == 0);
    size_t bad, bad_end;
    const char *reason;
    UNIT_CHECK(utf8_validate(s, len, &bad, &bad_end, &reason));
    UNIT_CHECK(!utf8_validate("ab\xff", 3, &bad, &bad_end, &reason));
    UNIT_CHECK_EQ_INT(bad, 2);
    UNIT_CHECK_EQ_STR(reason, "invalid start byte");
    UNIT_CHECK(!utf8_validate("\xed\xa0\x80", 3, &bad, &bad_end, &reason)); // surrogate
    UNIT_CHECK(!utf8_validate("\xc0\x80", 2, &bad, &bad_end, &reason));     // overlong
    UNIT_CHECK(!utf8_validate("\xe2\x82", 2, &bad, &bad_end, &reason));
    UNIT_CHECK_EQ_STR(reason, "unexpected end of data");
    UNIT_CHECK_EQ_INT(bad_end, 2);
    UNIT_CHECK_EQ_INT(unicode_toupper(0xe9), 0xc9);
    UNIT_CHECK_EQ_INT(unicode_tolower(0x3a3), 0x3c3);
    UNIT_CHECK_EQ_INT(unicode_toupper(0x44f), 0x42f);
    UNIT_CHECK(unicode_isspace(0x3000) && !unicode_isspace('x'));
}

// The in-place append INPLACE_ADD_FAST uses for `x += y` on a str local.
static void test_append_owned(void) {
    size_t len;
    // A str made elsewhere is not owned: the result is new and [shared] intact.
    obj_t shared = str_from_cstr("xy");
    obj_t t = str_append_owned(shared, str_from_cstr("z"));
    UNIT_CHECK(t != shared);
    UNIT_CHECK(memcmp(str_data(shared, &len), "xy", 2) == 0 && len == 2);
    UNIT_CHECK(memcmp(str_data(t, &len), "xyz", 3) == 0 && len == 3);
    // The result is owned: appending to it again grows it in place.
    obj_t t2 = str_append_owned(t, str_from_cstr("w"));
    UNIT_CHECK(memcmp(str_data(t2, &len), "xyzw", 4) == 0 && len == 4);
    for (int i = 0; i < 5000; i++) {
        t2 = str_append_owned(t2, str_from_cstr(i % 2 ? "\xc3\xa9" : "q"));
    }
    str_data(t2, &len);
    UNIT_CHECK_EQ_INT(len, 4 + 2500 * 2 + 2500);
    UNIT_CHECK_EQ_INT(str_charlen(t2), 4 + 5000);
    // Hashing forgets the mark and gives the hash of the bytes.
    UNIT_CHECK_EQ_INT(str_hash(t2), str_hash_bytes(str_data(t2, &len), len));
    obj_t t3 = str_append_owned(t2, str_from_cstr("!"));
    UNIT_CHECK(t3 != t2);
    str_data(t2, &len);
    UNIT_CHECK_EQ_INT(len, 4 + 7500);
    // A shared mark also stops in-place growth.
    obj_t t4 = str_append_owned(t3, str_from_cstr("?"));
    str_mark_shared(t4);
    obj_t t5 = str_append_owned(t4, t4); // s += s
    UNIT_CHECK(t5 != t4);
    const char *d = str_data(t5, &len);
    UNIT_CHECK_EQ_INT(len, 2 * (4 + 7500 + 2));
    UNIT_CHECK(memcmp(d, d + len / 2, len / 2) == 0 && d[len] == 0);
    // The ROM one-character strs and qstrs are never written to.
    obj_t one = str_from_cstr("k");
    obj_t r = str_append_owned(one, str_from_cstr("l"));
    UNIT_CHECK(memcmp(str_data(one, &len), "k", 1) == 0 && len == 1);
    UNIT_CHECK(memcmp(str_data(r, &len), "kl", 2) == 0 && len == 2);
    UNIT_CHECK(str_append_owned(OBJ_NEW_SMALL_INT(1), one) == OBJ_NULL);
}

int main(void) {
    char top;
    gc_init(heap, sizeof(heap));
    gc_set_stack_top(&top);
    vm_state.stack_top = &top;
    vm_state.stack_limit = (char *)((uintptr_t)&top - 256 * 1024);
    qstr_init();
    test_rom();
    test_hash();
    test_runtime();
    test_vstr();
    test_print_fmt();
    test_utf8();
    test_append_owned();
    return unit_report();
}
