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
// Character properties: sorted tables of inclusive ranges, binary searched.
// ---------------------------------------------------------------------------

typedef struct range {
    uint32_t lo, hi;
} range_t;

static bool in_ranges(uint32_t c, const range_t *r, size_t n) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid].lo) {
            hi = mid;
        } else if (c > r[mid].hi) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

#define IN(c, table) in_ranges((c), (table), sizeof(table) / sizeof((table)[0]))

static const range_t space_ranges[] = {
    {0x09, 0x0d}, {0x1c, 0x20}, {0x85, 0x85}, {0xa0, 0xa0}, {0x1680, 0x1680},
    {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000},
};

static const range_t alpha_ranges[] = {
    {0x41, 0x5a}, {0x61, 0x7a}, {0xaa, 0xaa}, {0xb5, 0xb5}, {0xba, 0xba}, {0xc0, 0xd6},
    {0xd8, 0xf6}, {0xf8, 0x2c1}, {0x2c6, 0x2d1}, {0x2e0, 0x2e4}, {0x2ec, 0x2ec},
    {0x2ee, 0x2ee}, {0x345, 0x345}, {0x370, 0x374}, {0x376, 0x377}, {0x37a, 0x37d},
    {0x37f, 0x37f}, {0x386, 0x386}, {0x388, 0x38a}, {0x38c, 0x38c}, {0x38e, 0x3a1},
    {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f}, {0x531, 0x556}, {0x559, 0x559},
    {0x560, 0x588}, {0x5d0, 0x5ea}, {0x5ef, 0x5f2}, {0x620, 0x64a}, {0x66e, 0x66f},
    {0x671, 0x6d3}, {0x6d5, 0x6d5}, {0x904, 0x939}, {0xe01, 0xe30}, {0x10a0, 0x10c5},
    {0x10d0, 0x10fa}, {0x1100, 0x11ff}, {0x1e00, 0x1f15}, {0x1f18, 0x1f1d}, {0x1f20, 0x1f45},
    {0x1f48, 0x1f4d}, {0x1f50, 0x1f57}, {0x1f59, 0x1f59}, {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d},
    {0x1f5f, 0x1f7d}, {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc}, {0x1fbe, 0x1fbe}, {0x1fc2, 0x1fc4},
    {0x1fc6, 0x1fcc}, {0x1fd0, 0x1fd3}, {0x1fd6, 0x1fdb}, {0x1fe0, 0x1fec}, {0x1ff2, 0x1ff4},
    {0x1ff6, 0x1ffc}, {0x2071, 0x2071}, {0x207f, 0x207f}, {0x2090, 0x209c}, {0x2102, 0x2102},
    {0x2107, 0x2107}, {0x210a, 0x2113}, {0x2115, 0x2115}, {0x2119, 0x211d}, {0x2124, 0x2124},
    {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212a, 0x212d}, {0x212f, 0x2139}, {0x3041, 0x3096}, {0x309d, 0x309f}, {0x30a1, 0x30fa}, {0x30fc, 0x30ff},
    {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xac00, 0xd7a3}, {0xf900, 0xfa6d}, {0xfb00, 0xfb06},
    {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0xff66, 0xffbe}, {0x20000, 0x2a6df},
};

// Ranges of decimal digits: each starts at a zero.
static const range_t decimal_ranges[] = {
    {0x30, 0x39}, {0x660, 0x669}, {0x6f0, 0x6f9}, {0x7c0, 0x7c9}, {0x966, 0x96f},
    {0x9e6, 0x9ef}, {0xa66, 0xa6f}, {0xae6, 0xaef}, {0xb66, 0xb6f}, {0xbe6, 0xbef},
    {0xc66, 0xc6f}, {0xce6, 0xcef}, {0xd66, 0xd6f}, {0xe50, 0xe59}, {0xed0, 0xed9},
    {0xf20, 0xf29}, {0x1040, 0x1049}, {0xff10, 0xff19}, {0x1d7ce, 0x1d7ff},
};

static const range_t digit_extra_ranges[] = {
    {0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490}, {0x24ea, 0x24ea},
    {0x24f5, 0x24fd}, {0x2776, 0x277e}, {0x2780, 0x2788}, {0x278a, 0x2792},
};

static const range_t numeric_extra_ranges[] = {
    {0xbc, 0xbe}, {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2469, 0x2473}, {0x247d, 0x2487},
    {0x2491, 0x249b}, {0x24eb, 0x24f4}, {0x24fe, 0x24ff}, {0x277f, 0x277f}, {0x2789, 0x2789},
    {0x2793, 0x2793}, {0x3007, 0x3007}, {0x3021, 0x3029}, {0x3038, 0x303a}, {0x4e00, 0x4e00},
    {0x4e03, 0x4e03}, {0x4e07, 0x4e07}, {0x4e09, 0x4e09}, {0x4e5d, 0x4e5d}, {0x4e8c, 0x4e8c},
    {0x4e94, 0x4e94}, {0x5104, 0x5104}, {0x5146, 0x5146}, {0x516b, 0x516b}, {0x516d, 0x516d},
    {0x5341, 0x5341}, {0x5343, 0x5343}, {0x56db, 0x56db}, {0x767e, 0x767e}, {0x96f6, 0x96f6},
};

// Code points that are not printable: controls, format characters,
// separators other than ' ', surrogates, private use, unassigned in the
// blocks we know, and the planes past the assigned ones.
static const range_t unprintable_ranges[] = {
    {0x00, 0x1f}, {0x7f, 0xa0}, {0xad, 0xad}, {0x378, 0x379}, {0x380, 0x383},
    {0x38b, 0x38b}, {0x38d, 0x38d}, {0x3a2, 0x3a2}, {0x530, 0x530}, {0x557, 0x558},
    {0x58b, 0x58c}, {0x590, 0x590}, {0x5c8, 0x5cf}, {0x5eb, 0x5ee}, {0x5f5, 0x605},
    {0x61c, 0x61c}, {0x6dd, 0x6dd}, {0x70e, 0x70f}, {0x180e, 0x180e}, {0x1680, 0x1680},
    {0x2000, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x206f}, {0x2072, 0x2073}, {0x208f, 0x208f},
    {0x3000, 0x3000}, {0xd7a4, 0xd7af}, {0xd7c7, 0xd7ca}, {0xd7fc, 0xf8ff}, {0xfdd0, 0xfdef}, {0xfeff, 0xfeff}, {0xfff0, 0xfffb},
    {0xfffe, 0xffff}, {0x1fffe, 0x1ffff}, {0x2fffe, 0x2ffff}, {0x3134b, 0xe00ff},
    {0xe01f0, 0x10ffff},
};

// Combining marks and other characters that may continue an identifier.
static const range_t idcontinue_extra_ranges[] = {
    {0xb7, 0xb7}, {0x300, 0x36f}, {0x387, 0x387}, {0x483, 0x487}, {0x591, 0x5bd},
    {0x5bf, 0x5bf}, {0x5c1, 0x5c2}, {0x5c4, 0x5c5}, {0x5c7, 0x5c7}, {0x610, 0x61a},
    {0x64b, 0x669}, {0x670, 0x670}, {0x6d6, 0x6dc}, {0x6df, 0x6e4}, {0x6e7, 0x6e8},
    {0x6ea, 0x6ed}, {0x6f0, 0x6f9}, {0x900, 0x903}, {0x93a, 0x94f}, {0x966, 0x96f},
    {0xe31, 0xe3a}, {0xe47, 0xe4e}, {0xe50, 0xe59}, {0x203f, 0x2040}, {0x20d0, 0x20dc},
    {0x20e1, 0x20e1}, {0x20e5, 0x20f0}, {0x3099, 0x309a}, {0xfe00, 0xfe0f}, {0xfe33, 0xfe34},
    {0xfe4d, 0xfe4f}, {0xff10, 0xff19}, {0xff3f, 0xff3f},
};

bool unicode_isspace(uint32_t c) {
    if (c < 0x80) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return IN(c, space_ranges);
}

bool unicode_isalpha(uint32_t c) {
    if (c < 0x80) {
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return IN(c, alpha_ranges);
}

int unicode_decimal_value(uint32_t c) {
    if (c >= '0' && c <= '9') {
        return (int)(c - '0');
    }
    if (c < 0x80) {
        return -1;
    }
    const range_t *r = decimal_ranges;
    size_t n = sizeof(decimal_ranges) / sizeof(decimal_ranges[0]);
    for (size_t i = 0; i < n; i++) {
        if (c >= r[i].lo && c <= r[i].hi) {
            return (int)((c - r[i].lo) % 10);
        }
    }
    return -1;
}

bool unicode_isdecimal(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return IN(c, decimal_ranges);
}

bool unicode_isdigit(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return IN(c, decimal_ranges) || IN(c, digit_extra_ranges);
}

bool unicode_isnumeric(uint32_t c) {
    if (c < 0x80) {
        return c >= '0' && c <= '9';
    }
    return unicode_isdigit(c) || IN(c, numeric_extra_ranges);
}

bool unicode_isprintable(uint32_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7f;
    }
    return !IN(c, unprintable_ranges);
}

bool unicode_isidstart(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    if (c == 0x345) {
        return false; // alphabetic but not XID_Start
    }
    // Letter numbers (Nl) start identifiers without being alphabetic.
    if ((c >= 0x2160 && c <= 0x2188) || c == 0x3007 || (c >= 0x3021 && c <= 0x3029)) {
        return true;
    }
    return unicode_isalpha(c);
}

bool unicode_isidcontinue(uint32_t c) {
    if (c < 0x80) {
        return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    return unicode_isidstart(c) || c == 0x345 || IN(c, idcontinue_extra_ranges);
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

// Upper- and lowercase pairs that sit next to each other (upper at even or
// odd code points alternately) across a block.
typedef struct pair_block {
    uint32_t lo, hi; // inclusive range of both cases
    uint8_t upper_odd; // 1 when uppercase letters sit at odd code points
} pair_block_t;

static const pair_block_t pair_blocks[] = {
    {0x100, 0x12f, 0}, {0x132, 0x137, 0}, {0x139, 0x148, 1}, {0x14a, 0x177, 0},
    {0x179, 0x17e, 1}, {0x1cd, 0x1dc, 1}, {0x1de, 0x1ef, 0}, {0x1f8, 0x21f, 0},
    {0x222, 0x233, 0}, {0x246, 0x24f, 0}, {0x3d8, 0x3ef, 0}, {0x460, 0x481, 0}, {0x48a, 0x4bf, 0},
    {0x4c1, 0x4ce, 1}, {0x4d0, 0x52f, 0}, {0x1e00, 0x1e95, 0}, {0x1ea0, 0x1eff, 0},
};

// Blocks where lowercase = uppercase + delta.
typedef struct delta_block {
    uint32_t lo, hi; // the uppercase range
    uint32_t delta;
} delta_block_t;

static const delta_block_t delta_blocks[] = {
    {0x41, 0x5a, 32}, {0xc0, 0xd6, 32}, {0xd8, 0xde, 32}, {0x388, 0x38a, 37},
    {0x38e, 0x38f, 63}, {0x391, 0x3a1, 32}, {0x3a3, 0x3ab, 32}, {0x400, 0x40f, 80},
    {0x410, 0x42f, 32}, {0x531, 0x556, 48}, {0x2160, 0x216f, 16}, {0x24b6, 0x24cf, 26},
    {0xff21, 0xff3a, 32},
};

// Single upper -> lower mappings outside the regular blocks.
typedef struct map1 {
    uint32_t from, to;
} map1_t;

static const map1_t upper_to_lower[] = {
    {0x130, 0x69}, {0x178, 0xff}, {0x1c4, 0x1c6}, {0x1c5, 0x1c6}, {0x1c7, 0x1c9},
    {0x1c8, 0x1c9}, {0x1ca, 0x1cc}, {0x1cb, 0x1cc}, {0x1f1, 0x1f3}, {0x1f2, 0x1f3}, {0x37f, 0x3f3}, {0x386, 0x3ac}, {0x38c, 0x3cc},
    {0x3cf, 0x3d7}, {0x3f4, 0x3b8}, {0x3f7, 0x3f8}, {0x3f9, 0x3f2}, {0x3fa, 0x3fb},
    {0x3fd, 0x37b}, {0x3fe, 0x37c}, {0x3ff, 0x37d}, {0x4c0, 0x4cf}, {0x1e9e, 0xdf},
};

static const map1_t lower_to_upper[] = {
    {0xb5, 0x39c}, {0xff, 0x178}, {0x131, 0x49}, {0x17f, 0x53}, {0x1c5, 0x1c4},
    {0x1c6, 0x1c4}, {0x1c8, 0x1c7}, {0x1c9, 0x1c7}, {0x1cb, 0x1ca}, {0x1cc, 0x1ca},
    {0x1f2, 0x1f1}, {0x1f3, 0x1f1}, {0x37b, 0x3fd},
    {0x37c, 0x3fe}, {0x37d, 0x3ff}, {0x3ac, 0x386}, {0x3c2, 0x3a3}, {0x3cc, 0x38c},
    {0x3d0, 0x392}, {0x3d1, 0x398}, {0x3d5, 0x3a6}, {0x3d6, 0x3a0}, {0x3d7, 0x3cf},
    {0x3f0, 0x39a}, {0x3f1, 0x3a1}, {0x3f2, 0x3f9}, {0x3f3, 0x37f}, {0x3f5, 0x395},
    {0x3f8, 0x3f7}, {0x3fb, 0x3fa}, {0x4cf, 0x4c0}, {0x1e9b, 0x1e60},
};

static uint32_t map1_find(const map1_t *m, size_t n, uint32_t c) {
    for (size_t i = 0; i < n; i++) {
        if (m[i].from == c) {
            return m[i].to;
        }
    }
    return c;
}

uint32_t unicode_tolower(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    for (size_t i = 0; i < sizeof(delta_blocks) / sizeof(delta_blocks[0]); i++) {
        if (c >= delta_blocks[i].lo && c <= delta_blocks[i].hi) {
            return c + delta_blocks[i].delta;
        }
    }
    for (size_t i = 0; i < sizeof(pair_blocks) / sizeof(pair_blocks[0]); i++) {
        if (c >= pair_blocks[i].lo && c <= pair_blocks[i].hi) {
            return ((c & 1) == pair_blocks[i].upper_odd) ? c + 1 : c;
        }
    }
    return map1_find(upper_to_lower, sizeof(upper_to_lower) / sizeof(upper_to_lower[0]), c);
}

uint32_t unicode_toupper(uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    for (size_t i = 0; i < sizeof(delta_blocks) / sizeof(delta_blocks[0]); i++) {
        uint32_t d = delta_blocks[i].delta;
        if (c >= delta_blocks[i].lo + d && c <= delta_blocks[i].hi + d) {
            return c - d;
        }
    }
    for (size_t i = 0; i < sizeof(pair_blocks) / sizeof(pair_blocks[0]); i++) {
        if (c >= pair_blocks[i].lo && c <= pair_blocks[i].hi) {
            return ((c & 1) != pair_blocks[i].upper_odd) ? c - 1 : c;
        }
    }
    return map1_find(lower_to_upper, sizeof(lower_to_upper) / sizeof(lower_to_upper[0]), c);
}

bool unicode_isupper(uint32_t c) {
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    if (unicode_istitle(c)) {
        return false;
    }
    return unicode_tolower(c) != c || (c >= 0x3d2 && c <= 0x3d4);
}

bool unicode_islower(uint32_t c) {
    if (c < 0x80) {
        return c >= 'a' && c <= 'z';
    }
    if (unicode_toupper(c) != c) {
        return !unicode_istitle(c);
    }
    switch (c) {
        case 0xaa: case 0xba: case 0xdf: case 0x138: case 0x149: case 0x390: case 0x3b0:
        case 0x587: case 0x1f0: case 0x345:
            return true;
        default:
            break;
    }
    return (c >= 0x2b0 && c <= 0x2b8) || (c >= 0x1e96 && c <= 0x1e9d) || c == 0x1e9f ||
           (c >= 0xfb00 && c <= 0xfb06) || (c >= 0x2170 && c <= 0x217f) ||
           (c >= 0x24d0 && c <= 0x24e9);
}

bool unicode_istitle(uint32_t c) {
    // The titlecase digraphs (Lt) of Latin Extended-B.
    return c == 0x1c5 || c == 0x1c8 || c == 0x1cb || c == 0x1f2;
}

bool unicode_iscased(uint32_t c) {
    return unicode_isupper(c) || unicode_islower(c) || unicode_istitle(c);
}

// One full (multi-character) mapping: [kind] 'u', 't', 'l' or 'f'.
typedef struct full_map {
    uint32_t from;
    char kind;
    uint32_t to[3];
} full_map_t;

static const full_map_t full_maps[] = {
    {0xdf, 'u', {0x53, 0x53, 0}}, {0xdf, 't', {0x53, 0x73, 0}}, {0xdf, 'f', {0x73, 0x73, 0}},
    {0x130, 'l', {0x69, 0x307, 0}}, {0x130, 'f', {0x69, 0x307, 0}},
    {0x149, 'u', {0x2bc, 0x4e, 0}}, {0x149, 't', {0x2bc, 0x4e, 0}},
    {0x149, 'f', {0x2bc, 0x6e, 0}}, {0x1f0, 'u', {0x4a, 0x30c, 0}},
    {0x1f0, 't', {0x4a, 0x30c, 0}}, {0x1f0, 'f', {0x6a, 0x30c, 0}},
    {0x390, 'u', {0x399, 0x308, 0x301}}, {0x390, 't', {0x399, 0x308, 0x301}},
    {0x390, 'f', {0x3b9, 0x308, 0x301}}, {0x3b0, 'u', {0x3a5, 0x308, 0x301}},
    {0x3b0, 't', {0x3a5, 0x308, 0x301}}, {0x3b0, 'f', {0x3c5, 0x308, 0x301}},
    {0x587, 'u', {0x535, 0x552, 0}}, {0x587, 't', {0x535, 0x582, 0}},
    {0x587, 'f', {0x565, 0x582, 0}}, {0x1e96, 'u', {0x48, 0x331, 0}},
    {0x1e97, 'u', {0x54, 0x308, 0}}, {0x1e98, 'u', {0x57, 0x30a, 0}},
    {0x1e99, 'u', {0x59, 0x30a, 0}}, {0x1e9a, 'u', {0x41, 0x2be, 0}},
    {0x1e96, 't', {0x48, 0x331, 0}}, {0x1e97, 't', {0x54, 0x308, 0}},
    {0x1e98, 't', {0x57, 0x30a, 0}}, {0x1e99, 't', {0x59, 0x30a, 0}},
    {0x1e9a, 't', {0x41, 0x2be, 0}}, {0x1e96, 'f', {0x68, 0x331, 0}},
    {0x1e97, 'f', {0x74, 0x308, 0}}, {0x1e98, 'f', {0x77, 0x30a, 0}},
    {0x1e99, 'f', {0x79, 0x30a, 0}}, {0x1e9a, 'f', {0x61, 0x2be, 0}},
    {0x1e9e, 'f', {0x73, 0x73, 0}}, {0xfb00, 'u', {0x46, 0x46, 0}},
    {0xfb01, 'u', {0x46, 0x49, 0}}, {0xfb02, 'u', {0x46, 0x4c, 0}},
    {0xfb03, 'u', {0x46, 0x46, 0x49}}, {0xfb04, 'u', {0x46, 0x46, 0x4c}},
    {0xfb05, 'u', {0x53, 0x54, 0}}, {0xfb06, 'u', {0x53, 0x54, 0}},
    {0xfb00, 't', {0x46, 0x66, 0}}, {0xfb01, 't', {0x46, 0x69, 0}},
    {0xfb02, 't', {0x46, 0x6c, 0}}, {0xfb03, 't', {0x46, 0x66, 0x69}},
    {0xfb04, 't', {0x46, 0x66, 0x6c}}, {0xfb05, 't', {0x53, 0x74, 0}},
    {0xfb06, 't', {0x53, 0x74, 0}}, {0xfb00, 'f', {0x66, 0x66, 0}},
    {0xfb01, 'f', {0x66, 0x69, 0}}, {0xfb02, 'f', {0x66, 0x6c, 0}},
    {0xfb03, 'f', {0x66, 0x66, 0x69}}, {0xfb04, 'f', {0x66, 0x66, 0x6c}},
    {0xfb05, 'f', {0x73, 0x74, 0}}, {0xfb06, 'f', {0x73, 0x74, 0}},
    {0xb5, 'f', {0x3bc, 0, 0}}, {0x17f, 'f', {0x73, 0, 0}}, {0x3c2, 'f', {0x3c3, 0, 0}},
    {0x3d0, 'f', {0x3b2, 0, 0}}, {0x3d1, 'f', {0x3b8, 0, 0}}, {0x3d5, 'f', {0x3c6, 0, 0}},
    {0x3d6, 'f', {0x3c0, 0, 0}}, {0x3f0, 'f', {0x3ba, 0, 0}}, {0x3f1, 'f', {0x3c1, 0, 0}},
    {0x3f5, 'f', {0x3b5, 0, 0}}, {0x1e9b, 'f', {0x1e61, 0, 0}}, {0x345, 'u', {0x399, 0, 0}},
    {0x345, 't', {0x399, 0, 0}}, {0x345, 'f', {0x3b9, 0, 0}},
};

int unicode_full_case(uint32_t c, int kind, uint32_t *out) {
    if (c < 0x80) {
        if (kind == 'u' || kind == 't') {
            out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        } else {
            out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
        return 1;
    }
    if (c == 0xdf || c == 0x130 || c == 0x149 || c == 0x1f0 || c == 0x390 || c == 0x3b0 ||
        c == 0x587 || c == 0xb5 || c == 0x17f || c == 0x345 || (c >= 0x3c2 && c <= 0x3f5) ||
        (c >= 0x1e96 && c <= 0x1e9e) || (c >= 0xfb00 && c <= 0xfb06)) {
        for (size_t i = 0; i < sizeof(full_maps) / sizeof(full_maps[0]); i++) {
            if (full_maps[i].from == c && full_maps[i].kind == kind) {
                int n = 0;
                while (n < 3 && full_maps[i].to[n] != 0) {
                    out[n] = full_maps[i].to[n];
                    n++;
                }
                return n;
            }
        }
    }
    if (kind == 't' && ((c >= 0x1c4 && c <= 0x1cc) || (c >= 0x1f1 && c <= 0x1f3))) {
        // The digraphs have a titlecase form between upper and lower.
        out[0] = unicode_toupper(c) + 1;
        return 1;
    }
    out[0] = (kind == 'u' || kind == 't') ? unicode_toupper(c) : unicode_tolower(c);
    return 1;
}
