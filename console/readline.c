// The console's line editor: cursor keys, Emacs-style control keys, history,
// auto-indent pre-fill and Tab completion of names and attributes.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "console/console.h"
#include "py/hal.h"
#include "py/nlr.h"
#include "py/objseq.h"
#include "py/objstr.h"
#include "py/runtime.h"

// Control bytes handled here.
#define KEY_CTRL_A (0x01)
#define KEY_CTRL_B (0x02)
#define KEY_CTRL_C (0x03)
#define KEY_CTRL_D (0x04)
#define KEY_CTRL_E (0x05)
#define KEY_CTRL_F (0x06)
#define KEY_BS (0x08)
#define KEY_TAB (0x09)
#define KEY_LF (0x0a)
#define KEY_CTRL_K (0x0b)
#define KEY_CR (0x0d)
#define KEY_CTRL_N (0x0e)
#define KEY_CTRL_P (0x10)
#define KEY_CTRL_U (0x15)
#define KEY_CTRL_W (0x17)
#define KEY_ESC (0x1b)
#define KEY_DEL (0x7f)
// Keys decoded from escape sequences (outside the byte range).
#define KEY_UP (0x100)
#define KEY_DOWN (0x101)
#define KEY_RIGHT (0x102)
#define KEY_LEFT (0x103)

// Completion lists are laid out in slots of this many columns, at most
// COMPLETE_LINE_WIDTH columns per line (four slots, as MicroPython shows them).
#define COMPLETE_SLOT (16)
#define COMPLETE_LINE_WIDTH (64)
// Namespaces searched for one completion (an object's dict and its type's MRO).
#define COMPLETE_MAX_SOURCES (16)

// ---------------------------------------------------------------------------
// Output helpers
// ---------------------------------------------------------------------------

void console_write(const char *s, size_t len) {
    if (len > 0) {
        hal_stdout_tx_strn(s, len);
    }
}

void console_puts(const char *s) {
    console_write(s, strlen(s));
}

// Writes ESC [ n <final>.
static void put_csi(unsigned n, char final) {
    char tmp[16];
    size_t i = sizeof(tmp);
    tmp[--i] = final;
    do {
        tmp[--i] = (char)('0' + n % 10);
        n /= 10;
    } while (n > 0);
    tmp[--i] = '[';
    tmp[--i] = KEY_ESC;
    console_write(tmp + i, sizeof(tmp) - i);
}

static void cursor_left(size_t cols) {
    if (cols == 1) {
        console_write("\b", 1);
    } else if (cols > 1) {
        put_csi((unsigned)cols, 'D');
    }
}

static void cursor_right(size_t cols) {
    if (cols > 0) {
        put_csi((unsigned)cols, 'C');
    }
}

static void erase_to_eol(void) {
    console_write("\x1b[K", 3);
}

// ---------------------------------------------------------------------------
// History: a ring of fixed-size lines in static memory (no GC, survives soft
// resets).
// ---------------------------------------------------------------------------

static char hist_text[CONSOLE_HISTORY_LEN][CONSOLE_HISTORY_LINE_MAX];
static uint16_t hist_size[CONSOLE_HISTORY_LEN];
static size_t hist_count; // entries in use
static size_t hist_newest; // slot of the newest entry

// The entry [age] steps back (0 = newest).
static size_t hist_slot(size_t age) {
    return (hist_newest + CONSOLE_HISTORY_LEN - age) % CONSOLE_HISTORY_LEN;
}

void console_history_add(const char *line, size_t len) {
    size_t i;
    for (i = 0; i < len && line[i] == ' '; i++) {
    }
    if (i == len || len >= CONSOLE_HISTORY_LINE_MAX) {
        return;
    }
    if (hist_count > 0 && hist_size[hist_newest] == len
        && memcmp(hist_text[hist_newest], line, len) == 0) {
        return;
    }
    hist_newest = (hist_newest + 1) % CONSOLE_HISTORY_LEN;
    memcpy(hist_text[hist_newest], line, len);
    hist_size[hist_newest] = (uint16_t)len;
    if (hist_count < CONSOLE_HISTORY_LEN) {
        hist_count++;
    }
}

void console_history_clear(void) {
    hist_count = 0;
    hist_newest = 0;
}

// ---------------------------------------------------------------------------
// The edited line. Positions are byte offsets; the cursor always sits on the
// first byte of a UTF-8 sequence, and screen columns count code points.
// ---------------------------------------------------------------------------

typedef struct line_edit {
    char *buf;
    size_t size; // capacity including the NUL
    size_t len;
    size_t cur;
    const char *prompt;
} line_edit_t;

static bool is_cont_byte(char c) {
    return ((unsigned char)c & 0xc0) == 0x80;
}

// Screen columns of buf[a..b).
static size_t cols(const line_edit_t *le, size_t a, size_t b) {
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        n += !is_cont_byte(le->buf[i]);
    }
    return n;
}

static size_t prev_char(const line_edit_t *le, size_t pos) {
    if (pos == 0) {
        return 0;
    }
    pos--;
    while (pos > 0 && is_cont_byte(le->buf[pos])) {
        pos--;
    }
    return pos;
}

static size_t next_char(const line_edit_t *le, size_t pos) {
    if (pos >= le->len) {
        return le->len;
    }
    pos++;
    while (pos < le->len && is_cont_byte(le->buf[pos])) {
        pos++;
    }
    return pos;
}

// Rewrites the screen from the cursor to the end of the line and puts the
// cursor back.
static void redraw_tail(const line_edit_t *le) {
    console_write(le->buf + le->cur, le->len - le->cur);
    erase_to_eol();
    cursor_left(cols(le, le->cur, le->len));
}

static void move_to(line_edit_t *le, size_t pos) {
    if (pos < le->cur) {
        cursor_left(cols(le, pos, le->cur));
    } else if (pos > le->cur) {
        cursor_right(cols(le, le->cur, pos));
    }
    le->cur = pos;
}

static void insert_bytes(line_edit_t *le, const char *s, size_t n) {
    if (n == 0) {
        return;
    }
    if (le->len + n >= le->size) {
        console_write("\a", 1); // full: the keystroke is dropped, with a bell
        return;
    }
    memmove(le->buf + le->cur + n, le->buf + le->cur, le->len - le->cur);
    memcpy(le->buf + le->cur, s, n);
    le->len += n;
    le->buf[le->len] = '\0';
    console_write(s, n);
    le->cur += n;
    if (le->cur < le->len) {
        redraw_tail(le);
    }
}

// Deletes buf[from..to) and redraws; the cursor ends at [from].
static void delete_range(line_edit_t *le, size_t from, size_t to) {
    if (from >= to) {
        return;
    }
    move_to(le, from);
    memmove(le->buf + from, le->buf + to, le->len - to);
    le->len -= to - from;
    le->buf[le->len] = '\0';
    redraw_tail(le);
}

static void replace_line(line_edit_t *le, const char *s, size_t n) {
    if (n >= le->size) {
        n = le->size - 1;
    }
    move_to(le, 0);
    memcpy(le->buf, s, n);
    le->len = n;
    le->buf[n] = '\0';
    console_write(s, n);
    erase_to_eol();
    le->cur = n;
}

static bool only_spaces(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ') {
            return false;
        }
    }
    return true;
}

static void backspace(line_edit_t *le) {
    if (le->cur == 0) {
        return;
    }
    size_t from = prev_char(le, le->cur);
    if (only_spaces(le->buf, le->cur)) {
        // Undo one level of indentation, as MicroPython's REPL does.
        size_t n = le->cur % 4 == 0 ? 4 : le->cur % 4;
        from = le->cur - n;
    }
    delete_range(le, from, le->cur);
}

static bool is_space(char c) {
    return c == ' ' || c == '\t';
}

static void delete_word(line_edit_t *le) {
    size_t from = le->cur;
    while (from > 0 && is_space(le->buf[from - 1])) {
        from--;
    }
    while (from > 0 && !is_space(le->buf[from - 1])) {
        from--;
    }
    delete_range(le, from, le->cur);
}

// ---------------------------------------------------------------------------
// Tab completion
// ---------------------------------------------------------------------------

static bool is_name_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || (unsigned char)c >= 0x80;
}

typedef struct completion {
    obj_dict_t *src[COMPLETE_MAX_SOURCES];
    size_t n_src;
    const char *prefix;
    size_t prefix_len;
} completion_t;

static void add_source(completion_t *cp, obj_dict_t *d) {
    if (d == NULL || cp->n_src == COMPLETE_MAX_SOURCES) {
        return;
    }
    for (size_t i = 0; i < cp->n_src; i++) {
        if (cp->src[i] == d) {
            return;
        }
    }
    cp->src[cp->n_src++] = d;
}

static bool is_dict(obj_t o) {
    return OBJ_IS_PTR(o) && obj_type_of(o) == &type_dict;
}

// The namespaces of a type: its own and those of its bases, in lookup order.
static void add_type_sources(completion_t *cp, const obj_type_t *t) {
    size_t n;
    obj_t *items;
    if (t->mro != NULL && t->mro != OBJ_NULL && seq_get_items(t->mro, &n, &items)) {
        for (size_t i = 0; i < n; i++) {
            if (OBJ_IS_PTR(items[i]) && obj_type_of(items[i]) == &type_type) {
                add_source(cp, ((const obj_type_t *)items[i])->locals_dict);
            }
        }
        return;
    }
    for (; t != NULL; t = t->parent) {
        add_source(cp, t->locals_dict);
    }
}

static void add_object_sources(completion_t *cp, obj_t o) {
    const obj_type_t *t = obj_type_of(o);
    if (t == &type_module) {
        add_source(cp, ((obj_module_t *)o)->globals);
        return;
    }
    if (t == &type_type) {
        add_type_sources(cp, (const obj_type_t *)o);
        return;
    }
    obj_t d = rt_load_attr_maybe(o, QSTR___dict__);
    if (d != OBJ_NULL && is_dict(d)) {
        add_source(cp, (obj_dict_t *)d);
    }
    add_type_sources(cp, t);
}

// Looks up one name for the start of a dotted expression.
static obj_t lookup_global(const char *name, size_t len) {
    qstr q = qstr_find_strn(name, len);
    if (q == QSTR_NULL) {
        return OBJ_NULL;
    }
    obj_t o = OBJ_NULL;
    if (vm_state.dict_main != NULL) {
        o = dict_get_qstr(vm_state.dict_main, q);
    }
    if (o == OBJ_NULL && rt_builtins_dict() != NULL) {
        o = dict_get_qstr(rt_builtins_dict(), q);
    }
    return o;
}

// Whether the entry's key is a candidate: a str with the prefix, not
// private unless asked for, and not shadowed by an earlier namespace.
static bool candidate(const completion_t *cp, size_t src_i, const dict_entry_t *e,
    const char **name, size_t *name_len) {
    if (!obj_is_str(e->key)) {
        return false;
    }
    *name = str_data(e->key, name_len);
    if (*name_len < cp->prefix_len || memcmp(*name, cp->prefix, cp->prefix_len) != 0) {
        return false;
    }
    if (cp->prefix_len == 0 && (*name)[0] == '_') {
        return false;
    }
    for (size_t j = 0; j < src_i; j++) {
        if (dict_get(cp->src[j], e->key) != OBJ_NULL) {
            return false;
        }
    }
    return true;
}

// Prints the candidates in columns after the current line.
static void list_candidates(const completion_t *cp) {
    size_t col = 0;
    console_puts("\r\n");
    for (size_t i = 0; i < cp->n_src; i++) {
        size_t pos = 0;
        dict_entry_t *e;
        while ((e = dict_next(cp->src[i], &pos)) != NULL) {
            const char *name;
            size_t n;
            if (!candidate(cp, i, e, &name, &n)) {
                continue;
            }
            if (col > 0) {
                size_t pad = COMPLETE_SLOT - col % COMPLETE_SLOT;
                if (col + pad + n > COMPLETE_LINE_WIDTH) {
                    console_puts("\r\n");
                    col = 0;
                } else {
                    for (size_t k = 0; k < pad; k++) {
                        console_write(" ", 1);
                    }
                    col += pad;
                }
            }
            console_write(name, n);
            col += n;
        }
    }
    console_puts("\r\n");
}

// Completes the dotted name before the cursor. Runs under an exception
// handler: looking attributes up may run Python code.
static void complete_expr(line_edit_t *le, size_t start) {
    completion_t cp;
    cp.n_src = 0;
    const char *expr = le->buf + start;
    size_t elen = le->cur - start;
    size_t last_dot = elen;
    for (size_t i = 0; i < elen; i++) {
        if (expr[i] == '.') {
            last_dot = i;
        }
    }
    if (last_dot == elen) {
        cp.prefix = expr;
        cp.prefix_len = elen;
        add_source(&cp, vm_state.dict_main);
        add_source(&cp, rt_builtins_dict());
    } else {
        cp.prefix = expr + last_dot + 1;
        cp.prefix_len = elen - last_dot - 1;
        // Walk the dotted chain a.b.c before the last dot.
        obj_t o = OBJ_NULL;
        size_t i = 0;
        while (i < last_dot) {
            size_t j = i;
            while (j < last_dot && expr[j] != '.') {
                j++;
            }
            if (j == i) {
                return; // "a..b" or a leading dot
            }
            if (o == OBJ_NULL) {
                o = lookup_global(expr, j);
            } else {
                qstr q = qstr_find_strn(expr + i, j - i);
                o = q == QSTR_NULL ? OBJ_NULL : rt_load_attr_maybe(o, q);
            }
            if (o == OBJ_NULL) {
                return;
            }
            i = j + 1;
        }
        if (o == OBJ_NULL) {
            return; // ".name": what precedes the dot is not a name ("[].app")
        }
        add_object_sources(&cp, o);
    }

    // First pass: count the matches and find their common prefix.
    size_t n_match = 0;
    const char *first = NULL;
    size_t common = 0;
    for (size_t i = 0; i < cp.n_src; i++) {
        size_t pos = 0;
        dict_entry_t *e;
        while ((e = dict_next(cp.src[i], &pos)) != NULL) {
            const char *name;
            size_t n;
            if (!candidate(&cp, i, e, &name, &n)) {
                continue;
            }
            if (n_match++ == 0) {
                first = name;
                common = n;
            } else {
                size_t k = cp.prefix_len;
                while (k < common && k < n && name[k] == first[k]) {
                    k++;
                }
                common = k;
            }
        }
    }
    if (n_match == 0) {
        return;
    }
    if (common > cp.prefix_len) {
        insert_bytes(le, first + cp.prefix_len, common - cp.prefix_len);
        return;
    }
    if (n_match == 1) {
        return; // already complete
    }
    list_candidates(&cp);
    console_puts(le->prompt);
    console_write(le->buf, le->len);
    cursor_left(cols(le, le->cur, le->len));
}

static void complete(line_edit_t *le) {
    size_t start = le->cur;
    while (start > 0 && (is_name_byte(le->buf[start - 1]) || le->buf[start - 1] == '.')) {
        start--;
    }
    if (start == le->cur) {
        // Nothing to complete: Tab indents when only spaces precede the cursor.
        if (only_spaces(le->buf, le->cur)) {
            insert_bytes(le, "    ", 4 - le->cur % 4);
        }
        return;
    }
    if (le->buf[start] >= '0' && le->buf[start] <= '9') {
        return; // a number, not a name
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        complete_expr(le, start);
        nlr_pop();
    }
}

// ---------------------------------------------------------------------------
// The editing loop
// ---------------------------------------------------------------------------

// Set when the last line ended with CR, so that the LF of a CR LF pair is
// not taken for a second, empty line.
static bool last_was_cr;

static size_t utf8_seq_len(unsigned char c) {
    if (c >= 0xf0) {
        return 4;
    }
    if (c >= 0xe0) {
        return 3;
    }
    if (c >= 0xc0) {
        return 2;
    }
    return 1;
}

int console_readline(char *buf, size_t size, size_t *len, const char *prompt, size_t indent,
    bool first) {
    line_edit_t le = {buf, size, 0, 0, prompt};
    buf[0] = '\0';
    console_puts(prompt);
    while (indent > 0 && le.len + 1 < size) {
        insert_bytes(&le, " ", 1);
        indent--;
    }
    size_t hist_pos = 0; // 0: the line being edited; k: history entry k-1 steps back
    int esc_state = 0;   // 0 none, 1 after ESC, 2 inside ESC [ / ESC O
    unsigned esc_param = 0;
    char utf8[4];
    size_t utf8_have = 0, utf8_need = 0;

    for (;;) {
        int c = hal_stdin_rx_chr();
        if (c < 0) {
            *len = le.len;
            return CONSOLE_LINE_EOF;
        }
        if (c == KEY_LF && last_was_cr) {
            last_was_cr = false;
            continue;
        }
        last_was_cr = false;

        if (esc_state == 1) {
            esc_state = (c == '[' || c == 'O') ? 2 : 0;
            esc_param = 0;
            continue;
        }
        if (esc_state == 2) {
            if (c >= '0' && c <= '9') {
                esc_param = esc_param * 10 + (unsigned)(c - '0');
                continue;
            }
            if (c == ';') {
                esc_param = 0; // modifiers (ESC[1;5C) are ignored: the last number counts
                continue;
            }
            esc_state = 0;
            if (c == '~') {
                c = esc_param == 1 || esc_param == 7 ? 'H'
                    : esc_param == 4 || esc_param == 8 ? 'F'
                    : esc_param == 3 ? 'X' : 0;
            }
            switch (c) {
                case 'A':
                    c = KEY_UP;
                    break;
                case 'B':
                    c = KEY_DOWN;
                    break;
                case 'C':
                    c = KEY_RIGHT;
                    break;
                case 'D':
                    c = KEY_LEFT;
                    break;
                case 'H':
                    move_to(&le, 0);
                    continue;
                case 'F':
                    move_to(&le, le.len);
                    continue;
                case 'X':
                    delete_range(&le, le.cur, next_char(&le, le.cur));
                    continue;
                default:
                    continue;
            }
        }

        if (utf8_need > 0) {
            if (is_cont_byte((char)c)) {
                utf8[utf8_have++] = (char)c;
                if (utf8_have == utf8_need) {
                    insert_bytes(&le, utf8, utf8_have);
                    utf8_need = 0;
                }
                continue;
            }
            utf8_need = 0; // a broken sequence is dropped
        }

        bool empty = le.len == 0;
        switch (c) {
            case KEY_CR:
            case KEY_LF:
                last_was_cr = c == KEY_CR;
                console_history_add(le.buf, le.len);
                console_puts("\r\n");
                *len = le.len;
                return CONSOLE_LINE_DONE;
            case KEY_CTRL_C:
                *len = le.len;
                return CONSOLE_CHAR_CTRL_C;
            case KEY_CTRL_A:
                if (first && empty) {
                    *len = 0;
                    return CONSOLE_CHAR_CTRL_A;
                }
                move_to(&le, 0);
                break;
            case KEY_CTRL_E:
                if (first && empty) {
                    *len = 0;
                    return CONSOLE_CHAR_CTRL_E;
                }
                move_to(&le, le.len);
                break;
            case KEY_CTRL_B:
                if (first && empty) {
                    *len = 0;
                    return CONSOLE_CHAR_CTRL_B;
                }
                move_to(&le, prev_char(&le, le.cur));
                break;
            case KEY_LEFT:
                move_to(&le, prev_char(&le, le.cur));
                break;
            case KEY_RIGHT:
            case KEY_CTRL_F:
                move_to(&le, next_char(&le, le.cur));
                break;
            case KEY_CTRL_D:
                if (only_spaces(le.buf, le.len)) {
                    *len = le.len;
                    return CONSOLE_CHAR_CTRL_D;
                }
                delete_range(&le, le.cur, next_char(&le, le.cur));
                break;
            case KEY_CTRL_K:
                le.len = le.cur;
                le.buf[le.len] = '\0';
                erase_to_eol();
                break;
            case KEY_CTRL_U:
                delete_range(&le, 0, le.cur);
                break;
            case KEY_CTRL_W:
                delete_word(&le);
                break;
            case KEY_BS:
            case KEY_DEL:
                backspace(&le);
                break;
            case KEY_TAB:
                complete(&le);
                break;
            case KEY_UP:
            case KEY_CTRL_P:
                if (hist_pos < hist_count) {
                    hist_pos++;
                    size_t s = hist_slot(hist_pos - 1);
                    replace_line(&le, hist_text[s], hist_size[s]);
                }
                break;
            case KEY_DOWN:
            case KEY_CTRL_N:
                if (hist_pos > 1) {
                    hist_pos--;
                    size_t s = hist_slot(hist_pos - 1);
                    replace_line(&le, hist_text[s], hist_size[s]);
                } else if (hist_pos == 1) {
                    hist_pos = 0;
                    replace_line(&le, "", 0);
                }
                break;
            case KEY_ESC:
                esc_state = 1;
                break;
            default:
                if (c >= 0x80) {
                    utf8_need = utf8_seq_len((unsigned char)c);
                    if (utf8_need > 1) {
                        utf8[0] = (char)c;
                        utf8_have = 1;
                    } else {
                        utf8_need = 0; // a stray continuation byte
                    }
                } else if (c >= 0x20) {
                    char ch = (char)c;
                    insert_bytes(&le, &ch, 1);
                }
                break;
        }
    }
}
