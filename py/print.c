// Formatted output into any print_t, and the console streams.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "py/hal.h"
#include "py/runtime.h"
#include "py/state.h"
#include "py/vstr.h"

// A large write goes out in pieces, so that Ctrl-C can stop printing a
// huge string (a KeyboardInterrupt from the print).
#define STDOUT_PIECE (512)

static void stdout_write(void *data, const char *s, size_t len) {
    (void)data;
    while (len > STDOUT_PIECE) {
        hal_stdout_tx_strn(s, STDOUT_PIECE);
        s += STDOUT_PIECE;
        len -= STDOUT_PIECE;
        if (vm_state.pending) {
            rt_raise_pending_exception();
        }
    }
    hal_stdout_tx_strn(s, len);
}

static void stderr_write(void *data, const char *s, size_t len) {
    (void)data;
    hal_stderr_tx_strn(s, len);
}

const print_t print_stdout = {NULL, stdout_write};
const print_t print_stderr = {NULL, stderr_write};

void print_strn(const print_t *p, const char *s, size_t len) {
    if (len > 0) {
        p->write(p->data, s, len);
    }
}

void print_str(const print_t *p, const char *s) {
    print_strn(p, s, strlen(s));
}

// Writes [len] bytes of [s] right-aligned in [width] columns padded with [pad].
static void print_padded(const print_t *p, const char *s, size_t len, int width, char pad,
    bool left) {
    char fill[16];
    size_t n = width > 0 && (size_t)width > len ? (size_t)width - len : 0;
    memset(fill, pad, sizeof(fill));
    if (left) {
        print_strn(p, s, len);
    }
    // Zero padding goes after a sign.
    if (!left && pad == '0' && len > 0 && s[0] == '-' && n > 0) {
        print_strn(p, s, 1);
        s++;
        len--;
    }
    while (n > 0) {
        size_t k = n < sizeof(fill) ? n : sizeof(fill);
        print_strn(p, fill, k);
        n -= k;
    }
    if (!left) {
        print_strn(p, s, len);
    }
}

// Formats an unsigned value in [base] into the end of [buf]; returns the start.
static char *fmt_unsigned(char *end, unsigned long long v, unsigned base, bool upper) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *s = end;
    do {
        *--s = digits[v % base];
        v /= base;
    } while (v != 0);
    return s;
}

void print_vfmt(const print_t *p, const char *fmt, va_list ap) {
    while (*fmt) {
        const char *start = fmt;
        while (*fmt && *fmt != '%') {
            fmt++;
        }
        print_strn(p, start, (size_t)(fmt - start));
        if (*fmt == 0) {
            break;
        }
        fmt++; // '%'
        bool left = false;
        char pad = ' ';
        int width = 0;
        int prec = -1;
        for (;; fmt++) {
            if (*fmt == '-') {
                left = true;
            } else if (*fmt == '0') {
                pad = '0';
            } else {
                break;
            }
        }
        if (*fmt == '*') {
            width = va_arg(ap, int);
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') {
                width = width * 10 + (*fmt++ - '0');
            }
        }
        if (*fmt == '.') {
            fmt++;
            if (*fmt == '*') {
                prec = va_arg(ap, int);
                fmt++;
            } else {
                prec = 0;
                while (*fmt >= '0' && *fmt <= '9') {
                    prec = prec * 10 + (*fmt++ - '0');
                }
            }
        }
        // Length modifiers: l, ll, z.
        int size = 0; // 0 int, 1 long, 2 long long, 3 size_t
        if (*fmt == 'l') {
            fmt++;
            size = 1;
            if (*fmt == 'l') {
                fmt++;
                size = 2;
            }
        } else if (*fmt == 'z') {
            fmt++;
            size = 3;
        }
        char buf[32];
        char *end = buf + sizeof(buf);
        char conv = *fmt;
        if (conv == 0) {
            break;
        }
        fmt++;
        switch (conv) {
            case 's': {
                const char *s = va_arg(ap, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t len = 0;
                while (s[len] != 0 && (prec < 0 || len < (size_t)prec)) {
                    len++;
                }
                print_padded(p, s, len, width, ' ', left);
                break;
            }
            case 'c': {
                char c = (char)va_arg(ap, int);
                print_padded(p, &c, 1, width, ' ', left);
                break;
            }
            case 'd':
            case 'i': {
                long long v;
                if (size == 0) {
                    v = va_arg(ap, int);
                } else if (size == 1) {
                    v = va_arg(ap, long);
                } else if (size == 2) {
                    v = va_arg(ap, long long);
                } else {
                    v = (long long)va_arg(ap, ptrdiff_t);
                }
                unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
                char *s = fmt_unsigned(end, u, 10, false);
                if (v < 0) {
                    *--s = '-';
                }
                print_padded(p, s, (size_t)(end - s), width, pad, left);
                break;
            }
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                unsigned long long v;
                if (size == 0) {
                    v = va_arg(ap, unsigned int);
                } else if (size == 1) {
                    v = va_arg(ap, unsigned long);
                } else if (size == 2) {
                    v = va_arg(ap, unsigned long long);
                } else {
                    v = va_arg(ap, size_t);
                }
                unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
                char *s = fmt_unsigned(end, v, base, conv == 'X');
                print_padded(p, s, (size_t)(end - s), width, pad, left);
                break;
            }
            case 'p': {
                void *ptr = va_arg(ap, void *);
                char *s = fmt_unsigned(end, (uintptr_t)ptr, 16, false);
                *--s = 'x';
                *--s = '0';
                print_padded(p, s, (size_t)(end - s), width, ' ', left);
                break;
            }
            case 'q': {
                qstr q = va_arg(ap, qstr);
                size_t len;
                const char *s = qstr_data(q, &len);
                if (prec >= 0 && (size_t)prec < len) {
                    len = (size_t)prec;
                }
                print_padded(p, s, len, width, ' ', left);
                break;
            }
            case 'T': {
                obj_t o = va_arg(ap, obj_t);
                size_t len;
                const char *s = qstr_data(rt_type_name(o), &len);
                print_padded(p, s, len, width, ' ', left);
                break;
            }
            case 'R':
            case 'S': {
                obj_t o = va_arg(ap, obj_t);
                rt_print_obj(p, o, conv == 'R' ? PRINT_REPR : PRINT_STR);
                break;
            }
            case '%':
                print_strn(p, "%", 1);
                break;
            default:
                // Unknown conversion: show it, so the mistake is visible.
                print_strn(p, fmt - 2, 2);
                break;
        }
    }
}

void print_fmt(const print_t *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(p, fmt, ap);
    va_end(ap);
}

obj_t str_fmt(const char *fmt, ...) {
    vstr_t v;
    vstr_init(&v, 64);
    print_t p;
    vstr_print(&v, &p);
    va_list ap;
    va_start(ap, fmt);
    print_vfmt(&p, fmt, ap);
    va_end(ap);
    return vstr_to_str(&v);
}

obj_t str_of_printer(void (*print_obj)(const print_t *p, obj_t o, print_kind_t kind), obj_t o,
    print_kind_t kind) {
    vstr_t v;
    vstr_init(&v, 16);
    print_t p;
    vstr_print(&v, &p);
    print_obj(&p, o, kind);
    return vstr_to_str(&v);
}
