// Unit tests of the regular expression engine (lib/re) on its own, with a
// bump allocator over a static arena: matching, groups, errors, limits.
// SPDX-License-Identifier: MIT

#include <stdio.h>
#include <string.h>

#include "lib/re/re.h"
#include "tests/unit/unit.h"

static char arena[16 << 20];
static size_t arena_used;
static int polls;

// Zeroed blocks from the arena; NULL when it is full (the engine must cope).
static void *arena_alloc(void *ctx, size_t n) {
    (void)ctx;
    n = (n + 15) & ~(size_t)15;
    if (n > sizeof(arena) - arena_used) {
        return NULL;
    }
    void *p = arena + arena_used;
    arena_used += n;
    memset(p, 0, n);
    return p;
}

static int count_poll(void *ctx) {
    (void)ctx;
    polls++;
    return 0;
}

static int abort_poll(void *ctx) {
    (void)ctx;
    return 1;
}

static re_env_t env = {.alloc = arena_alloc, .poll = count_poll};

static re_prog_t *compile(const char *pat, int flags) {
    re_error_t err;
    re_prog_t *p = re_compile(pat, strlen(pat), flags, false, &env, &err);
    if (p == NULL) {
        printf("    compile %s: %s at %zu\n", pat, err.msg, err.pos);
    }
    return p;
}

// Searches [s] with [pat]; returns the span as "start,end" (or "none"/"error").
static const char *search(const char *pat, int flags, const char *s) {
    static char out[64];
    arena_used = 0;
    re_prog_t *p = compile(pat, flags);
    if (p == NULL) {
        return "error";
    }
    size_t slots[64];
    int r = re_match(p, &env, s, strlen(s), 0, RE_MODE_SEARCH, slots);
    if (r != 1) {
        return r == 0 ? "none" : "fail";
    }
    snprintf(out, sizeof(out), "%zu,%zu", slots[0], slots[1]);
    return out;
}

// The text of group [g] of the first match of [pat] in [s] ("-" if unset).
static const char *group(const char *pat, const char *s, size_t g) {
    static char out[128];
    arena_used = 0;
    re_prog_t *p = compile(pat, 0);
    size_t slots[64];
    if (p == NULL || re_match(p, &env, s, strlen(s), 0, RE_MODE_SEARCH, slots) != 1) {
        return "no match";
    }
    if (slots[2 * g] == RE_NOPOS) {
        return "-";
    }
    snprintf(out, sizeof(out), "%.*s", (int)(slots[2 * g + 1] - slots[2 * g]), s + slots[2 * g]);
    return out;
}

// The compile error for [pat] as "message@pos".
static const char *error_of(const char *pat) {
    static char out[160];
    arena_used = 0;
    re_error_t err;
    if (re_compile(pat, strlen(pat), 0, false, &env, &err) != NULL) {
        return "compiled";
    }
    snprintf(out, sizeof(out), "%s@%ld", err.msg, err.pos == RE_NOPOS ? -1L : (long)err.pos);
    return out;
}

static void test_basics(void) {
    UNIT_CHECK_EQ_STR(search("abc", 0, "xxabcxx"), "2,5");
    UNIT_CHECK_EQ_STR(search("a.c", 0, "a\nc abc"), "4,7");
    UNIT_CHECK_EQ_STR(search("a.c", RE_FLAG_DOTALL, "a\nc"), "0,3");
    UNIT_CHECK_EQ_STR(search("[0-9]+", 0, "ab1234c"), "2,6");
    UNIT_CHECK_EQ_STR(search("[^a-c]", 0, "abcd"), "3,4");
    UNIT_CHECK_EQ_STR(search("\\d\\s\\w", 0, "x1 yz"), "1,4");
    UNIT_CHECK_EQ_STR(search("^b", RE_FLAG_MULTILINE, "a\nb"), "2,3");
    UNIT_CHECK_EQ_STR(search("^b", 0, "a\nb"), "none");
    UNIT_CHECK_EQ_STR(search("a$", 0, "a\n"), "0,1");
    UNIT_CHECK_EQ_STR(search("\\bfoo\\b", 0, "afoo foo"), "5,8");
    UNIT_CHECK_EQ_STR(search("ABC", RE_FLAG_IGNORECASE, "xabc"), "1,4");
    UNIT_CHECK_EQ_STR(search("a b c", RE_FLAG_VERBOSE, "abc"), "0,3");
    UNIT_CHECK_EQ_STR(search("x*", 0, "abc"), "0,0");
    UNIT_CHECK_EQ_STR(search("a{2,3}", 0, "aaaa"), "0,3");
    UNIT_CHECK_EQ_STR(search("a{2,3}?", 0, "aaaa"), "0,2");
    UNIT_CHECK_EQ_STR(search("<.*?>", 0, "<a><b>"), "0,3");
    UNIT_CHECK_EQ_STR(search("(?<=a)b", 0, "cbab"), "3,4");
    UNIT_CHECK_EQ_STR(search("a(?!b)", 0, "abac"), "2,3");
    UNIT_CHECK_EQ_STR(search("(a)\\1", 0, "abaa"), "2,4");
    UNIT_CHECK_EQ_STR(search("\xc3\xa9.", 0, "x\xc3\xa9\xe2\x82\xac"), "1,6");
}

static void test_groups(void) {
    UNIT_CHECK_EQ_STR(group("(a)(b)?c", "ac", 1), "a");
    UNIT_CHECK_EQ_STR(group("(a)(b)?c", "ac", 2), "-");
    UNIT_CHECK_EQ_STR(group("(?:(a)|b)+", "ab", 1), "a");
    UNIT_CHECK_EQ_STR(group("(a|ab)(c|bcd)", "abcd", 2), "bcd");
    UNIT_CHECK_EQ_STR(group("(?P<x>\\w+) (?P=x)", "hi hi", 1), "hi");
    arena_used = 0;
    re_prog_t *p = compile("(?P<first>a)(b)(?P<third>c)", 0);
    UNIT_CHECK(p != NULL);
    if (p != NULL) {
        size_t len = 0;
        UNIT_CHECK_EQ_INT(re_prog_groups(p), 3);
        UNIT_CHECK_EQ_INT(re_prog_group_index(p, "third", 5), 3);
        UNIT_CHECK_EQ_INT(re_prog_group_index(p, "nope", 4), -1);
        UNIT_CHECK(re_prog_group_name(p, 2, &len) == NULL);
        UNIT_CHECK(re_prog_group_name(p, 1, &len) != NULL && len == 5);
        UNIT_CHECK_EQ_INT(re_prog_slots(p), 9);
        size_t slots[9];
        UNIT_CHECK_EQ_INT(re_match(p, &env, "abc", 3, 0, RE_MODE_MATCH, slots), 1);
        UNIT_CHECK_EQ_INT(slots[8], 3); // lastindex
    }
}

static void test_modes(void) {
    arena_used = 0;
    re_prog_t *p = compile("a|ab", 0);
    size_t slots[8];
    UNIT_CHECK_EQ_INT(re_match(p, &env, "ab", 2, 0, RE_MODE_MATCH, slots), 1);
    UNIT_CHECK_EQ_INT(slots[1], 1);
    UNIT_CHECK_EQ_INT(re_match(p, &env, "ab", 2, 0, RE_MODE_FULL, slots), 1);
    UNIT_CHECK_EQ_INT(slots[1], 2);
    UNIT_CHECK_EQ_INT(re_match(p, &env, "xab", 3, 0, RE_MODE_MATCH, slots), 0);
    UNIT_CHECK_EQ_INT(re_match(p, &env, "xab", 3, 0, RE_MODE_SEARCH, slots), 1);
    UNIT_CHECK_EQ_INT(slots[0], 1);
    p = compile("x*", 0);
    UNIT_CHECK_EQ_INT(re_match(p, &env, "ab", 2, 0, RE_MODE_SEARCH | RE_MODE_NOT_EMPTY_AT_START, slots), 1);
    UNIT_CHECK_EQ_INT(slots[0], 1);
    // A start past the end never matches; bytes mode treats bytes as characters.
    UNIT_CHECK_EQ_INT(re_match(p, &env, "ab", 2, 3, RE_MODE_SEARCH, slots), 0);
    re_error_t err;
    re_prog_t *b = re_compile(".", 1, 0, true, &env, &err);
    UNIT_CHECK_EQ_INT(re_match(b, &env, "\xc3\xa9", 2, 0, RE_MODE_MATCH, slots), 1);
    UNIT_CHECK_EQ_INT(slots[1], 1);
    UNIT_CHECK((re_prog_flags(b) & RE_FLAG_UNICODE) == 0);
    UNIT_CHECK((re_prog_flags(compile("(?i)a", 0)) & (RE_FLAG_UNICODE | RE_FLAG_IGNORECASE)) ==
               (RE_FLAG_UNICODE | RE_FLAG_IGNORECASE));
}

static void test_errors(void) {
    UNIT_CHECK_EQ_STR(error_of("*a"), "nothing to repeat@0");
    UNIT_CHECK_EQ_STR(error_of("a**"), "multiple repeat@2");
    UNIT_CHECK_EQ_STR(error_of("(ab"), "missing ), unterminated subpattern@0");
    UNIT_CHECK_EQ_STR(error_of("ab)"), "unbalanced parenthesis@2");
    UNIT_CHECK_EQ_STR(error_of("[ab"), "unterminated character set@0");
    UNIT_CHECK_EQ_STR(error_of("[z-a]"), "bad character range z-a@1");
    UNIT_CHECK_EQ_STR(error_of("\\q"), "bad escape \\q@0");
    UNIT_CHECK_EQ_STR(error_of("(a)\\2"), "invalid group reference 2@4");
    UNIT_CHECK_EQ_STR(error_of("(?<=a*)b"), "look-behind requires fixed-width pattern@-1");
    UNIT_CHECK_EQ_STR(error_of("(?P<a>x)(?P<a>y)"), "redefinition of group name 'a' as group 2; was group 1@12");
    UNIT_CHECK_EQ_STR(error_of("a{3,2}"), "min repeat greater than max repeat@2");
    UNIT_CHECK_EQ_STR(error_of("(?i"), "missing -, : or )@3");
    UNIT_CHECK_EQ_STR(error_of("(?P<a\\b>x)"), "bad character in group name 'a\\\\b'@4");
    char q[16];
    re_quote_name(q, sizeof(q), "it's", 4);
    UNIT_CHECK_EQ_STR(q, "\"it's\"");
    re_quote_name(q, sizeof(q), "a\nb", 3);
    UNIT_CHECK_EQ_STR(q, "'a\\nb'");
    // Nesting deeper than the parser allows is an error, not a crash.
    char deep[2000];
    memset(deep, '(', 1000);
    memset(deep + 1000, ')', 999);
    deep[1999] = '\0';
    UNIT_CHECK_EQ_STR(error_of(deep), "too many nested parentheses@201");
}

static void test_limits(void) {
    // A long subject: the backtrack stack grows on the heap, not the C stack.
    static char big[50001];
    memset(big, 'a', 50000);
    big[50000] = '\0';
    UNIT_CHECK_EQ_STR(search("^(?:a|b)*c", 0, big), "none");
    UNIT_CHECK_EQ_STR(search("(a)*$", 0, big), "0,50000");
    // Alternatives of single characters repeat as a class: one entry in all.
    env.max_stack = 1000;
    UNIT_CHECK_EQ_STR(search("^(?:a|b)*$", 0, big), "0,50000");
    env.max_stack = 0;
    // A bounded stack reports exhaustion instead of growing further.
    env.max_stack = 1000;
    UNIT_CHECK_EQ_STR(search("^(a|bc)*", 0, big), "fail");
    env.max_stack = 0;
    // Catastrophic backtracking polls, and the poll hook can stop it.
    polls = 0;
    UNIT_CHECK_EQ_STR(search("(a*)*b", 0, "aaaaaaaaaaaaaaac"), "none");
    UNIT_CHECK(polls > 0);
    env.poll = abort_poll;
    arena_used = 0;
    re_prog_t *p = compile("(a*)*b", 0);
    size_t slots[8];
    UNIT_CHECK_EQ_INT(re_match(p, &env, "aaaaaaaaaaaaaaaaaaaaaaaac", 25, 0, RE_MODE_SEARCH, slots), RE_ERR_ABORT);
    env.poll = count_poll;
    // Out of memory while compiling is reported, not a crash.
    arena_used = sizeof(arena) - 64;
    re_error_t err;
    UNIT_CHECK(re_compile("(a)(b)(c)[x-z]+", 15, 0, false, &env, &err) == NULL);
    UNIT_CHECK(err.nomem);
}

int main(void) {
    test_basics();
    test_groups();
    test_modes();
    test_errors();
    test_limits();
    return unit_report();
}
