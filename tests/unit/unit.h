// Tiny header-only helpers for the C unit tests: checks that count, and one report line.
// SPDX-License-Identifier: MIT
//
// A test is a program: main() calls the checks, then `return unit_report();`.
// Each failed check prints where it failed and why; unit_report() prints
// `N passed, N failed` (tests/run_unit.py adds these lines up) and returns the
// exit status. Include this header in exactly one file per test binary.
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <string.h>

// Number of checks that held and that failed so far.
static int unit_passed;
static int unit_failed;

// Count one check; on failure print `file:line: what` so the log points at it.
static inline int unit_record(int ok, const char *file, int line, const char *what) {
    if (ok) {
        unit_passed++;
    } else {
        unit_failed++;
        printf("%s:%d: check failed: %s\n", file, line, what);
    }
    return ok;
}

// Compare two integers (widened to long long) and print both values on mismatch.
static inline int unit_check_eq_int(long long a, long long b, const char *a_text,
                                    const char *b_text, const char *file, int line) {
    if (!unit_record(a == b, file, line, "equal integers")) {
        printf("    %s == %lld\n    %s == %lld\n", a_text, a, b_text, b);
        return 0;
    }
    return 1;
}

// Compare two C strings (NULL equals only NULL) and print both on mismatch.
static inline int unit_check_eq_str(const char *a, const char *b, const char *a_text,
                                    const char *b_text, const char *file, int line) {
    int same = (a == NULL || b == NULL) ? a == b : strcmp(a, b) == 0;
    if (!unit_record(same, file, line, "equal strings")) {
        printf("    %s == %s%s%s\n", a_text, a ? "\"" : "", a ? a : "NULL", a ? "\"" : "");
        printf("    %s == %s%s%s\n", b_text, b ? "\"" : "", b ? b : "NULL", b ? "\"" : "");
        return 0;
    }
    return 1;
}

// Print the counts line and return the exit status for main(): 0 when all held.
static inline int unit_report(void) {
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    fflush(stdout);
    return unit_failed == 0 ? 0 : 1;
}

// Check that [cond] is true; evaluates to 1 when it is, so a test can bail out early.
#define UNIT_CHECK(cond) unit_record((cond) ? 1 : 0, __FILE__, __LINE__, #cond)

// Check that integers [a] and [b] are equal.
#define UNIT_CHECK_EQ_INT(a, b) \
    unit_check_eq_int((long long)(a), (long long)(b), #a, #b, __FILE__, __LINE__)

// Check that C strings [a] and [b] are equal.
#define UNIT_CHECK_EQ_STR(a, b) unit_check_eq_str((a), (b), #a, #b, __FILE__, __LINE__)

#endif // UNIT_H
