// UTF-8 helpers and a compact subset of the Unicode character database.
// SPDX-License-Identifier: MIT

#include "py/unicode.h"

#include <string.h>

// ---------------------------------------------------------------------------
// UTF-8
// ---------------------------------------------------------------------------

size_t utf8_charlen(const char *s, size_t len) {
    // Count the bytes that start a character, eight at a time: a
    // continuation byte has bit 7 set and bit 6 clear.
    const uint8_t *p = (const uint8_t *)s;
    size_t n = 0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        // One bit per continuation byte, moved to bit 0 and summed by a multiply.
        uint64_t cont = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
        n += 8 - (size_t)((cont * 0x0101010101010101ull) >> 56);
    }
    for (; i < len; i++) {
        n += (p[i] & 0xc0) != 0x80;
    }
    return n;
}

bool utf8_is_ascii(const char *s, size_t len) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    // Word at a time: any high bit set means non-ASCII.
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ull) {
            return false;
        }
    }
    for (; i < len; i++) {
        if (p[i] & 0x80) {
            return false;
        }
    }
    return true;
}

uint32_t utf8_decode(const char **pp) {
    const uint8_t *p = (const uint8_t *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c < 0xe0) {
        *pp += 2;
        return ((c & 0x1f) << 6) | (p[1] & 0x3f);
    }
    if (c < 0xf0) {
        *pp += 3;
        return ((c & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
    }
    *pp += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3f) << 12) | ((uint32_t)(p[2] & 0x3f) << 6) |
           (p[3] & 0x3f);
}

uint32_t utf8_decode_back(const char **pp) {
    const char *p = *pp;
    do {
        p--;
    } while (utf8_is_cont((uint8_t)*p));
    *pp = p;
    const char *q = p;
    return utf8_decode(&q);
}

size_t utf8_encode(uint32_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

bool utf8_validate(const char *s, size_t len, size_t *bad, size_t *bad_end, const char **reason) {
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
    while (i < len) {
        uint8_t b = p[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint8_t lo = 0x80, hi = 0xbf; // allowed range of the second byte
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b == 0xe0) {
                lo = 0xa0; // no overlongs
            } else if (b == 0xed) {
                hi = 0x9f; // no surrogates
            }
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b == 0xf0) {
                lo = 0x90;
            } else if (b == 0xf4) {
                hi = 0x8f; // <= U+10FFFF
            }
        } else {
            *bad = i;
            *bad_end = i + 1;
            *reason = "invalid start byte";
            return false;
        }
        // CPython reports the longest valid prefix of a broken sequence.
        for (size_t k = 1; k <= need; k++) {
            if (i + k >= len) {
                *bad = i;
                *bad_end = len;
                *reason = "unexpected end of data";
                return false;
            }
            uint8_t c = p[i + k];
            bool ok = k == 1 ? (c >= lo && c <= hi) : utf8_is_cont(c);
            if (!ok) {
                *bad = i;
                *bad_end = i + k;
                *reason = "invalid continuation byte";
                return false;
            }
        }
        i += need + 1;
    }
    return true;
}

const char *utf8_at(const char *s, size_t len, size_t charlen, size_t index) {
    if (charlen == len) {
        return s + index;
    }
    if (index <= charlen / 2) {
        const char *p = s;
        const uint8_t *u = (const uint8_t *)s;
        size_t i = 0;
        while (index > 0) {
            i++;
            while (i < len && utf8_is_cont(u[i])) {
                i++;
            }
            index--;
        }
        return p + i;
    }
    size_t back = charlen - index;
    const uint8_t *u = (const uint8_t *)s;
    size_t i = len;
    while (back > 0) {
        i--;
        while (i > 0 && utf8_is_cont(u[i])) {
            i--;
        }
        back--;
    }
    return s + i;
}

// ---------------------------------------------------------------------------
// Character properties and case mapping: tables generated at build time by
// tools/gen_unicode.py from python3's own str methods, so that every answer
// matches CPython's. Each table is a sorted list of runs, binary searched.
// ---------------------------------------------------------------------------

// A run of decimal digits with consecutive values, the first one [value].
typedef struct unicode_decimal_run {
    uint32_t lo, hi;
    uint8_t value;
} unicode_decimal_run_t;

// A run of code points whose one-character case mapping adds [delta].
typedef struct unicode_case_run {
    uint32_t run; // packed like the property runs
    int32_t delta;
} unicode_case_run_t;

// A mapping to two or three characters; [kind] is 'u', 'l', 't' or 'f'.
typedef struct unicode_case_multi {
    uint32_t from;
    char kind;
    uint32_t to[3];
} unicode_case_multi_t;

#include "genhdr/unicode_data.h"

#define RUN_LO(r) ((r) >> 11)
#define RUN_STRIDE(r) ((((r) >> 10) & 1) + 1)
#define RUN_COUNT(r) (((r) & 0x3ff) + 1)

// Whether [c] is a member of packed run [r].
static bool run_has(uint32_t r, uint32_t c) {
    uint32_t lo = RUN_LO(r), stride = RUN_STRIDE(r);
    return c >= lo && c <= lo + (RUN_COUNT(r) - 1) * stride && (c - lo) % stride == 0;
}

// The index of the last run starting at or before [c] in the [n] runs
// reached through [at], or -1.
static int run_find(uint32_t c, size_t n, uint32_t (*at)(const void *, size_t), const void *t) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (RUN_LO(at(t, mid)) <= c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return (int)lo - 1;
}

static uint32_t prop_at(const void *t, size_t i) { return ((const uint32_t *)t)[i]; }
static uint32_t case_at(const void *t, size_t i) { return ((const unicode_case_run_t *)t)[i].run; }

static bool prop_has(const uint32_t *t, size_t n, uint32_t c) {
    int i = run_find(c, n, prop_at, t);
    return i >= 0 && run_has(t[i], c);
}

#define PROP(table, c) prop_has((table), sizeof(table) / sizeof((table)[0]), (c))

bool unicode_isspace(uint32_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return PROP(prop_space, c);
}

bool unicode_isalpha(uint32_t c) {
    if (c < 0x80) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return PROP(prop_alpha, c);
}

int unicode_decimal_value(uint32_t c) {
    if (c < 0x80) {
        return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
    }
    size_t lo = 0, hi = sizeof(decimal_runs) / sizeof(decimal_runs[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < decimal_runs[mid].lo) {
            hi = mid;
        } else if (c > decimal_runs[mid].hi) {
            lo = mid + 1;
        } else {
            return decimal_runs[mid].value + (int)(c - decimal_runs[mid].lo);
        }
    }
    return -1;
}

bool unicode_isdecimal(uint32_t c) {
    return unicode_decimal_value(c) >= 0;
}

bool unicode_isdigit(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return PROP(prop_digit, c);
}

bool unicode_isnumeric(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return PROP(prop_numeric, c);
}

bool unicode_isprintable(uint32_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7f;
    }
    return PROP(prop_printable, c);
}

bool unicode_isidstart(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return PROP(prop_idstart, c);
}

bool unicode_isidcontinue(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return PROP(prop_idcontinue, c);
}

bool unicode_isupper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    return PROP(prop_upper, c);
}

bool unicode_islower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    return PROP(prop_lower, c);
}

bool unicode_istitle(uint32_t c) {
    return c >= 0x80 && PROP(prop_title, c);
}

bool unicode_iscased(uint32_t c) {
    if (c < 0x80) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return PROP(prop_cased, c);
}

bool unicode_iscaseignorable(uint32_t c) {
    return PROP(prop_ignorable, c);
}

// The one-character mapping of [c] in the [n] runs of [t] ([c] itself when none).
static uint32_t case_single(const unicode_case_run_t *t, size_t n, uint32_t c) {
    int i = run_find(c, n, case_at, t);
    if (i >= 0 && run_has(t[i].run, c)) {
        return (uint32_t)((int32_t)c + t[i].delta);
    }
    return c;
}

#define CASE(table, c) case_single((table), sizeof(table) / sizeof((table)[0]), (c))

uint32_t unicode_tolower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    return CASE(case_lower, c);
}

uint32_t unicode_toupper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    return CASE(case_upper, c);
}

int unicode_full_case(uint32_t c, int kind, uint32_t *out) {
    if (c < 0x80) {
        if (kind == 'u' || kind == 't') {
            out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        } else {
            out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
        return 1;
    }
    // Multi-character mappings first (sorted by code point, then kind).
    size_t lo = 0, hi = sizeof(case_multi) / sizeof(case_multi[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (case_multi[mid].from < c) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    for (; lo < sizeof(case_multi) / sizeof(case_multi[0]) && case_multi[lo].from == c; lo++) {
        if (case_multi[lo].kind == kind) {
            int n = 0;
            while (n < 3 && case_multi[lo].to[n] != 0) {
                out[n] = case_multi[lo].to[n];
                n++;
            }
            return n;
        }
    }
    switch (kind) {
        case 'u': out[0] = CASE(case_upper, c); break;
        case 't': out[0] = CASE(case_title, c); break;
        case 'f': out[0] = CASE(case_fold, c); break;
        default: out[0] = CASE(case_lower, c); break;
    }
    return 1;
}
