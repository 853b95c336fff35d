// UTF-8 helpers (decode, encode, validate, count, index) and simple Unicode
// character properties and case mapping. Owner: py/unicode.c.
// SPDX-License-Identifier: MIT
//
// Strings are stored as UTF-8. Every str the interpreter builds is valid
// UTF-8 (invalid bytes can only arrive through bytes.decode, which validates),
// so the decoding helpers here trust their input and never read past a
// multi-byte sequence's declared length.
//
// Character properties and case mapping cover all of Unicode, as the python3
// that builds the interpreter knows it: tools/gen_unicode.py generates the
// tables (genhdr/unicode_data.h) from that CPython's own str methods.
#ifndef PY_UNICODE_H
#define PY_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Whether byte [b] continues a multi-byte sequence (10xxxxxx).
static inline bool utf8_is_cont(uint8_t b) { return (b & 0xc0) == 0x80; }

// The number of code points in [len] bytes of valid UTF-8.
size_t utf8_charlen(const char *s, size_t len);

// Whether all [len] bytes are ASCII.
bool utf8_is_ascii(const char *s, size_t len);

// Decodes the code point at *[p] and advances *[p] past it (valid UTF-8 only).
uint32_t utf8_decode(const char **p);

// Decodes the code point that ends just before [p], moving *[p] back to its start.
uint32_t utf8_decode_back(const char **p);

// Writes the UTF-8 encoding of [c] (at most 4 bytes) to [out]; returns the byte count.
size_t utf8_encode(uint32_t c, char *out);

// The number of bytes the encoding of [c] takes.
static inline size_t utf8_len_of(uint32_t c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

// Checks [len] bytes for strict UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
// Returns true when valid; otherwise stores the offset of the first bad byte
// in *[bad] and the offset just after the bad sequence in *[bad_end] and
// a CPython-style reason ("invalid start byte", "invalid continuation byte",
// "unexpected end of data") in *[reason].
bool utf8_validate(const char *s, size_t len, size_t *bad, size_t *bad_end, const char **reason);

// A pointer to the code point number [index] of a string of [len] bytes and
// [charlen] code points; [index] may equal charlen (the end). Walks from the
// nearer end.
const char *utf8_at(const char *s, size_t len, size_t charlen, size_t index);

// The number of code points in [s, p).
static inline size_t utf8_index_of(const char *s, const char *p) {
    return utf8_charlen(s, (size_t)(p - s));
}

// Character properties (as str.isalpha() etc. define them for one character).
bool unicode_isspace(uint32_t c);
bool unicode_isalpha(uint32_t c);
bool unicode_isdecimal(uint32_t c);
bool unicode_isdigit(uint32_t c);
bool unicode_isnumeric(uint32_t c);
bool unicode_isupper(uint32_t c);
bool unicode_islower(uint32_t c);
bool unicode_istitle(uint32_t c);
bool unicode_isprintable(uint32_t c);

// Whether the character is cased (has an upper/lower/title form or is one).
bool unicode_iscased(uint32_t c);

// Whether the character is case-ignorable (skipped around a final sigma).
bool unicode_iscaseignorable(uint32_t c);

// Whether [c] may start / continue an identifier (XID_Start plus '_' / XID_Continue).
bool unicode_isidstart(uint32_t c);
bool unicode_isidcontinue(uint32_t c);

// The decimal value of a decimal digit character, or -1.
int unicode_decimal_value(uint32_t c);

// Simple (one to one) case mapping.
uint32_t unicode_toupper(uint32_t c);
uint32_t unicode_tolower(uint32_t c);

// Full case mapping: writes up to 3 code points to [out] and returns how
// many (most characters map to one; 'ß'.upper() is "SS").
// [kind] is 'u' upper, 'l' lower, 't' title, 'f' casefold.
int unicode_full_case(uint32_t c, int kind, uint32_t *out);

#endif
