// The REPL: the friendly `>>> ` prompt with paste mode, and the raw REPL
// with raw-paste mode that host tools (pyboard.py, mpremote) drive.
// SPDX-License-Identifier: MIT
//
// The protocol, as MicroPython documents it (docs/reference/repl.rst):
//
// Friendly REPL. Banner, then `>>> `; a statement that needs more lines gets
// `... ` prompts (auto-indented) until it is complete. On an empty line:
// Ctrl-A -> "\r\n" and the raw REPL; Ctrl-B -> "\r\n" and the banner again;
// Ctrl-D -> "\r\n" and exit (soft reset); Ctrl-E -> paste mode. Ctrl-C on any
// line discards the input: "\r\n" and a new prompt.
//
// Paste mode. "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ";
// bytes are echoed, each line end gives "\r\n=== "; Ctrl-C -> "\r\n" and back
// to `>>> `; Ctrl-D -> "\r\n", then the text runs as a file.
//
// Raw REPL. "raw REPL; CTRL-B to exit\r\n", then ">" before each program.
// Bytes are stored unechoed until Ctrl-D, answered by "OK"; the program runs
// and its output is followed by "\x04", the uncaught exception if any, and
// "\x04". Ctrl-D with no program -> "OK\r\n" and a soft reset; Ctrl-C clears
// the program; Ctrl-B -> "\r\n" and the friendly REPL; Ctrl-A restarts.
//
// Raw-paste mode. In the raw REPL, "\x05A\x01" asks for it: the answer is
// "R\x01", the window-size increment W (16 bits, little endian) and "\x01"
// (so two windows are granted at the start). The host sends at most W bytes
// per "\x01" received; the device sends "\x01" whenever it has consumed W
// more bytes. The host ends with "\x04", which is answered with "\x04"; the
// program then runs and its output is framed as in the raw REPL, followed by
// ">". If the device must stop early it sends "\x04" and waits for the
// host's "\x04".

#include <string.h>

#include "console/console.h"
#include "py/hal.h"
#include "py/nlr.h"
#include "py/objexcept.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "py/vstr.h"

#define CHAR_CTRL_A (0x01)
#define CHAR_CTRL_B (0x02)
#define CHAR_CTRL_C (0x03)
#define CHAR_CTRL_D (0x04)
#define CHAR_CTRL_E (0x05)

// console_repl's internal result: switch between the friendly and raw REPLs.
#define REPL_SWITCH (-100)

// Which REPL runs; kept across soft resets as host tools expect.
static bool raw_mode;

static const char *board_name = CONFIG_PLATFORM;

void console_set_board(const char *board) {
    board_name = board;
}

bool console_is_raw(void) {
    return raw_mode;
}

// The build date as YYYY-MM-DD, from __DATE__ ("Mmm dd yyyy").
static const char *build_date(void) {
    static char out[11];
    static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char *d = __DATE__;
    int m = 1;
    for (int i = 0; i < 12; i++) {
        if (memcmp(d, months + 3 * i, 3) == 0) {
            m = i + 1;
        }
    }
    memcpy(out, d + 7, 4);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = d[4] == ' ' ? '0' : d[4];
    out[9] = d[5];
    out[10] = '\0';
    return out;
}

void console_print_banner(void) {
    console_puts("Framboise " CONFIG_VERSION " on ");
    console_puts(build_date());
    console_puts("; ");
    console_puts(board_name);
    console_puts("\r\nType \"help()\" for more information.\r\n");
}

// ---------------------------------------------------------------------------
// Program text: a growable GC block that fails softly (a MemoryError while
// receiving must not abandon the protocol half way).
// ---------------------------------------------------------------------------

typedef struct text {
    char *buf;
    size_t len;
    size_t alloc;
    bool failed; // out of memory: the text is incomplete
} text_t;

static void text_add(text_t *t, const char *s, size_t n) {
    if (t->failed) {
        return;
    }
    if (t->len + n + 1 > t->alloc) {
        size_t alloc = t->alloc ? t->alloc : 128;
        while (alloc < t->len + n + 1) {
            alloc *= 2;
        }
        char *buf = t->buf ? gc_realloc(t->buf, alloc) : gc_alloc(alloc, GC_ALLOC_NOSCAN);
        if (buf == NULL) {
            t->failed = true;
            return;
        }
        t->buf = buf;
        t->alloc = alloc;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

static void text_add_byte(text_t *t, int c) {
    char ch = (char)c;
    text_add(t, &ch, 1);
}

// ---------------------------------------------------------------------------
// Running code
// ---------------------------------------------------------------------------

// A KeyboardInterrupt that arrived after the code finished must not hit the
// next program.
static void drop_stale_interrupt(void) {
    if (vm_state.pending_exception != OBJ_NULL
        && vm_state.pending_exception == vm_state.keyboard_interrupt) {
        vm_state.pending_exception = OBJ_NULL;
        vm_state.pending = vm_state.sched_len != 0;
    }
}

static void enter_run_mode(void) {
    hal_console_mode(HAL_CONSOLE_NORMAL);
    hal_set_interrupt_char(CHAR_CTRL_C);
}

static void leave_run_mode(void) {
    hal_set_interrupt_char(-1);
    drop_stale_interrupt();
    hal_console_mode(HAL_CONSOLE_RAW);
}

// Friendly REPL and paste mode: rt_run_source prints results and tracebacks.
static int run_friendly(const text_t *src, int mode, bool *exited) {
    *exited = false;
    if (src->failed) {
        console_puts("MemoryError: out of memory reading the input\r\n");
        return 1;
    }
    if (src->len == 0) {
        return 0;
    }
    enter_run_mode();
    int status = rt_run_source(src->buf, src->len, QSTR__lt_stdin_gt, mode, exited);
    leave_run_mode();
    return status;
}

// Prints an exception for the raw REPL, never letting a second exception
// (a KeyboardInterrupt, an error in __str__) escape.
static void print_exception(obj_t exc) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        exc_print(&print_stderr, exc);
        nlr_pop();
    } else {
        console_puts("(exception while printing an exception)\r\n");
    }
}

// Raw REPL: compile and run [src], framing the output with the EOF markers.
// Returns 0, or CONSOLE_EXIT_SOFT_RESET after a SystemExit.
static int run_raw(text_t *src) {
    volatile int result = 0;
    enter_run_mode();
    if (src->failed) {
        hal_set_interrupt_char(-1);
        console_write("\x04", 1);
        print_exception(vm_state.memory_error);
        console_write("\x04", 1);
        leave_run_mode();
        return 0;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t code = rt_compile(src->buf, src->len, QSTR__lt_stdin_gt, RT_MODE_FILE);
        src->buf = NULL; // the text is garbage from here on
        rt_exec_code(code, vm_state.dict_main, NULL);
        nlr_pop();
        hal_set_interrupt_char(-1);
        console_write("\x04\x04", 2);
    } else {
        obj_t exc = nlr.value;
        hal_set_interrupt_char(-1);
        console_write("\x04", 1);
        if (exc_is_instance(exc) && rt_isinstance(exc, &type_SystemExit)) {
            result = CONSOLE_EXIT_SOFT_RESET;
        } else {
            print_exception(exc);
        }
        console_write("\x04", 1);
    }
    leave_run_mode();
    return result;
}

// ---------------------------------------------------------------------------
// Friendly REPL
// ---------------------------------------------------------------------------

static char line_buf[CONSOLE_LINE_MAX];

static size_t leading_spaces(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && s[i] == ' ') {
        i++;
    }
    return i;
}

// The indentation for the next `... ` line, from the last two lines of
// [src] (which ends with a newline): one level more after a line ending in
// ':', none after two all-space lines, else the same as the last line.
static size_t auto_indent(const char *src, size_t len) {
    size_t end = len - 1; // the final newline
    size_t start = end;
    while (start > 0 && src[start - 1] != '\n') {
        start--;
    }
    const char *last = src + start;
    size_t last_len = end - start;
    size_t ind = leading_spaces(last, last_len);
    size_t trimmed = last_len;
    while (trimmed > 0 && (last[trimmed - 1] == ' ' || last[trimmed - 1] == '\t')) {
        trimmed--;
    }
    if (trimmed > 0 && last[trimmed - 1] == ':') {
        return ind + 4;
    }
    if (ind == last_len && start > 0) {
        size_t pend = start - 1;
        size_t pstart = pend;
        while (pstart > 0 && src[pstart - 1] != '\n') {
            pstart--;
        }
        if (leading_spaces(src + pstart, pend - pstart) == pend - pstart) {
            return 0;
        }
    }
    return ind;
}

// Whether the input so far needs another line. Lines made only of
// auto-indent spaces do not end a block (only an empty line does), so the
// parser is asked about the text without them: RETURN twice on auto-indented
// lines and a third time on the then empty line runs the block, as
// MicroPython documents.
static bool needs_more(const char *src, size_t len) {
    size_t keep = len;
    while (keep > 0) {
        size_t end = keep - 1; // the newline ending the last kept line
        size_t start = end;
        while (start > 0 && src[start - 1] != '\n') {
            start--;
        }
        if (end == start || leading_spaces(src + start, end - start) != end - start) {
            break; // an empty line, or one with text
        }
        keep = start;
    }
    if (keep == 0) {
        keep = len;
    }
    return parse_needs_more_input(src, keep);
}

static bool is_blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != ' ' && s[i] != '\t') {
            return false;
        }
    }
    return true;
}

// Paste mode: returns a console_repl result, or 0 to go on.
static int paste_mode(void) {
    console_puts("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
    text_t src = {NULL, 0, 0, false};
    bool after_cr = false;
    bool eof = false;
    for (;;) {
        int c = hal_stdin_rx_chr();
        if (c < 0) {
            eof = true;
            break;
        }
        if (c == CHAR_CTRL_C) {
            console_puts("\r\n");
            return 0;
        }
        if (c == CHAR_CTRL_D) {
            console_puts("\r\n");
            break;
        }
        if (c == '\n' && after_cr) {
            after_cr = false;
            continue;
        }
        after_cr = c == '\r';
        if (c == '\r' || c == '\n') {
            text_add_byte(&src, '\n');
            console_puts("\r\n=== ");
        } else if (c == 0x08 || c == 0x7f) {
            if (src.len > 0 && src.buf[src.len - 1] != '\n') {
                src.len--;
                console_puts("\b \b");
            }
        } else {
            text_add_byte(&src, c);
            char ch = (char)c;
            console_write(&ch, 1);
        }
    }
    bool exited;
    int status = run_friendly(&src, RT_MODE_FILE, &exited);
    if (exited) {
        return status;
    }
    return eof ? CONSOLE_EXIT_EOF : 0;
}

static int friendly_repl(void) {
    console_print_banner();
    for (;;) {
        hal_console_mode(HAL_CONSOLE_RAW);
        size_t len;
        int r = console_readline(line_buf, sizeof(line_buf), &len, ">>> ", 0, true);
        switch (r) {
            case CONSOLE_LINE_DONE:
                break;
            case CONSOLE_CHAR_CTRL_A:
                console_puts("\r\n");
                raw_mode = true;
                return REPL_SWITCH;
            case CONSOLE_CHAR_CTRL_B:
                console_puts("\r\n");
                console_print_banner();
                continue;
            case CONSOLE_CHAR_CTRL_C:
                console_puts("\r\n");
                continue;
            case CONSOLE_CHAR_CTRL_D:
                console_puts("\r\n");
                return CONSOLE_EXIT_EOF;
            case CONSOLE_CHAR_CTRL_E: {
                int pr = paste_mode();
                if (pr != 0) {
                    return pr;
                }
                continue;
            }
            default:
                return CONSOLE_EXIT_EOF;
        }
        if (is_blank(line_buf, len)) {
            continue;
        }

        text_t src = {NULL, 0, 0, false};
        text_add(&src, line_buf, len);
        text_add_byte(&src, '\n');
        bool cancelled = false;
        bool eof = false;
        while (!src.failed && needs_more(src.buf, src.len)) {
            size_t indent = auto_indent(src.buf, src.len);
            r = console_readline(line_buf, sizeof(line_buf), &len, "... ", indent, false);
            if (r == CONSOLE_CHAR_CTRL_C) {
                console_puts("\r\n");
                cancelled = true;
                break;
            }
            if (r == CONSOLE_CHAR_CTRL_D) {
                console_puts("\r\n");
                break;
            }
            if (r == CONSOLE_LINE_EOF) {
                eof = true;
                break;
            }
            text_add(&src, line_buf, len);
            text_add_byte(&src, '\n');
        }
        if (cancelled) {
            continue;
        }
        bool exited;
        int status = run_friendly(&src, RT_MODE_SINGLE, &exited);
        if (exited) {
            return status < 0 ? 1 : status;
        }
        if (eof) {
            return CONSOLE_EXIT_EOF;
        }
    }
}

// ---------------------------------------------------------------------------
// Raw REPL
// ---------------------------------------------------------------------------

// Receives a program in raw-paste mode and runs it; returns 0 to go on, or
// a console_repl result.
static int raw_paste(void) {
    static const char header[] = {'R', 0x01, CONSOLE_RAW_PASTE_WINDOW & 0xff,
                                  CONSOLE_RAW_PASTE_WINDOW >> 8, 0x01};
    console_write(header, sizeof(header));
    text_t src = {NULL, 0, 0, false};
    size_t consumed = 0; // bytes taken since the last window grant
    for (;;) {
        int c = hal_stdin_rx_chr();
        if (c < 0) {
            return CONSOLE_EXIT_EOF;
        }
        if (c == CHAR_CTRL_D) {
            console_write("\x04", 1); // end of data acknowledged
            break;
        }
        text_add_byte(&src, c);
        if (src.failed) {
            // Out of memory: ask the host to stop, then wait for its Ctrl-D.
            console_write("\x04", 1);
            do {
                c = hal_stdin_rx_chr();
            } while (c >= 0 && c != CHAR_CTRL_D);
            if (c < 0) {
                return CONSOLE_EXIT_EOF;
            }
            break;
        }
        if (++consumed == CONSOLE_RAW_PASTE_WINDOW) {
            consumed = 0;
            console_write("\x01", 1);
        }
    }
    return run_raw(&src);
}

static int raw_repl(void) {
    console_puts("raw REPL; CTRL-B to exit\r\n");
    for (;;) {
        hal_console_mode(HAL_CONSOLE_RAW);
        console_puts(">");
        text_t src = {NULL, 0, 0, false};
        for (;;) {
            int c = hal_stdin_rx_chr();
            if (c < 0) {
                return CONSOLE_EXIT_EOF;
            }
            if (c == CHAR_CTRL_A) {
                if (src.len == 2 && src.buf[0] == CHAR_CTRL_E) {
                    if (src.buf[1] == 'A') {
                        int r = raw_paste();
                        if (r != 0) {
                            return r;
                        }
                        console_puts(">");
                    } else {
                        console_write("R\x00", 2); // a variant we do not know
                    }
                    src.len = 0;
                    src.failed = false;
                    continue;
                }
                console_puts("raw REPL; CTRL-B to exit\r\n>");
                src.len = 0;
                src.failed = false;
            } else if (c == CHAR_CTRL_B) {
                console_puts("\r\n");
                raw_mode = false;
                return REPL_SWITCH;
            } else if (c == CHAR_CTRL_C) {
                src.len = 0;
                src.failed = false;
            } else if (c == CHAR_CTRL_D) {
                break;
            } else {
                text_add_byte(&src, c);
            }
        }
        console_puts("OK");
        if (src.len == 0 && !src.failed) {
            console_puts("\r\n");
            return CONSOLE_EXIT_SOFT_RESET;
        }
        int r = run_raw(&src);
        if (r != 0) {
            return r;
        }
    }
}

int console_repl(void) {
    for (;;) {
        hal_console_mode(HAL_CONSOLE_RAW);
        int r = raw_mode ? raw_repl() : friendly_repl();
        if (r != REPL_SWITCH) {
            hal_console_mode(HAL_CONSOLE_NORMAL);
            return r;
        }
    }
}
