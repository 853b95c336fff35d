// A backtracking regular expression engine for Python's `re` syntax, over
// UTF-8 text or plain bytes, independent of the interpreter.
// SPDX-License-Identifier: MIT
//
// A pattern is parsed into a tree, then compiled into a small program for a
// backtracking machine. The machine keeps its choice points and the undo log
// of its registers (group bounds, repeat counters) on an explicit stack that
// grows through the caller's allocator up to a bound, so neither a deep
// pattern nor a long subject can overflow the C stack. Every few thousand
// steps it calls the caller's poll hook, which may abort the match (or, in
// the interpreter, raise KeyboardInterrupt and never return).
//
// Positions are byte offsets. In UTF-8 mode (str patterns) one "character"
// is one code point; in bytes mode it is one byte. Character properties and
// case mapping beyond ASCII come from the caller's hooks, so the engine
// needs no Unicode tables of its own.
#ifndef LIB_RE_RE_H
#define LIB_RE_RE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Flags, with CPython's values so that they pass through unchanged.
#define RE_FLAG_TEMPLATE (1)
#define RE_FLAG_IGNORECASE (2)
#define RE_FLAG_LOCALE (4)
#define RE_FLAG_MULTILINE (8)
#define RE_FLAG_DOTALL (16)
#define RE_FLAG_UNICODE (32)
#define RE_FLAG_VERBOSE (64)
#define RE_FLAG_DEBUG (128)
#define RE_FLAG_ASCII (256)

// A position that is not set (an unmatched group).
#define RE_NOPOS ((size_t)-1)

// Results of re_match besides 1 (a match) and 0 (no match).
#define RE_ERR_STACK (-1) // the backtrack stack reached env->max_stack entries
#define RE_ERR_ABORT (-2) // the poll hook asked to stop
#define RE_ERR_NOMEM (-3) // the allocator returned NULL

// Match modes for re_match.
#define RE_MODE_MATCH (0)  // anchored at the start position
#define RE_MODE_SEARCH (1) // the first match at or after the start position
#define RE_MODE_FULL (2)   // anchored at both ends
// Or-ed into the mode: an empty match exactly at the start position is
// rejected (how findall/sub/split step past an empty match).
#define RE_MODE_NOT_EMPTY_AT_START (8)

// What the engine needs from its user. Any hook may be NULL.
typedef struct re_env {
    void *ctx; // passed to alloc and poll
    // A zeroed block of [n] bytes, or NULL; never freed by the engine (the
    // interpreter's GC reclaims it). It may also not return (raise).
    void *(*alloc)(void *ctx, size_t n);
    // Called every few thousand steps; a nonzero result aborts the match.
    int (*poll)(void *ctx);
    // Case mapping and classes for code points >= 128 (str patterns without
    // re.ASCII); ASCII is handled inside.
    uint32_t (*to_lower)(uint32_t c);
    uint32_t (*to_upper)(uint32_t c);
    bool (*is_digit)(uint32_t c);
    bool (*is_alnum)(uint32_t c);
    bool (*is_space)(uint32_t c);
    // Most backtrack entries a match may use (0: 1 << 22).
    size_t max_stack;
    // Called at each level of nesting while compiling (the parser recurses
    // on groups); it may stop compiling by not returning when the C stack
    // runs low (the interpreter raises RecursionError).
    void (*check_stack)(void *ctx);
} re_env_t;

// A compile error: a message (CPython's wording) and the byte offset in the
// pattern (RE_NOPOS when the message names no position).
typedef struct re_error {
    size_t pos;
    char msg[112];
    bool overflow; // a repeat count too large (CPython raises OverflowError)
    bool nomem;    // the allocator returned NULL
} re_error_t;

// A compiled pattern (opaque; allocated with the env's allocator).
typedef struct re_prog re_prog_t;

// Compiles [len] bytes of [pat] with [flags]; [bytes] selects bytes mode
// (else the pattern and subjects are UTF-8). Returns NULL and fills [err] on
// a bad pattern.
re_prog_t *re_compile(const char *pat, size_t len, int flags, bool bytes, const re_env_t *env,
    re_error_t *err);

// The flags in effect: the given ones, inline ones such as (?i), and
// RE_FLAG_UNICODE for str patterns without RE_FLAG_ASCII.
int re_prog_flags(const re_prog_t *prog);

// The number of capturing groups.
size_t re_prog_groups(const re_prog_t *prog);

// The name of group [group] (1-based) and its length, or NULL if unnamed.
const char *re_prog_group_name(const re_prog_t *prog, size_t group, size_t *len);

// The number of the group named by [len] bytes at [name], or -1.
int re_prog_group_index(const re_prog_t *prog, const char *name, size_t len);

// How many size_t slots re_match fills: start and end of each group (group
// 0 first), then the number of the last group closed (RE_NOPOS if none).
size_t re_prog_slots(const re_prog_t *prog);

// Runs [prog] on the subject [s] of [len] bytes from byte [start] with
// [mode]; on a match fills [slots] (re_prog_slots entries, RE_NOPOS for
// unset groups) and returns 1; returns 0 for no match or an RE_ERR_ code.
int re_match(const re_prog_t *prog, const re_env_t *env, const char *s, size_t len, size_t start,
    int mode, size_t *slots);

// Writes [len] bytes of [s] to [out] (room for [cap] bytes, NUL included)
// quoted as Python's repr() would, for error messages naming a group.
void re_quote_name(char *out, size_t cap, const char *s, size_t len);

#endif
