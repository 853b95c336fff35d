// The interactive console shared by both ports: a line editor (readline.c)
// and MicroPython's REPL protocol with its paste, raw and raw-paste modes (repl.c).
// SPDX-License-Identifier: MIT
#ifndef CONSOLE_CONSOLE_H
#define CONSOLE_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>

// ---------------------------------------------------------------------------
// The REPL
//
// console_repl() runs the REPL until the user leaves it, and returns why:
//   CONSOLE_EXIT_EOF        Ctrl-D at an empty `>>> ` prompt (or the end of
//                           the host's input): the host exits, the Pi
//                           soft-resets.
//   CONSOLE_EXIT_SOFT_RESET Ctrl-D on an empty raw REPL program, or a
//                           SystemExit inside the raw REPL: both ports
//                           soft-reset and call console_repl() again, which
//                           resumes in the raw REPL (host tools such as
//                           pyboard.py and mpremote expect that).
//   n >= 0                  SystemExit(n) at the friendly prompt: the host
//                           exits with status n, the Pi soft-resets.
// The port prints "MPY: soft reboot\r\n" when it soft-resets.
//
// Console bytes are read with hal_stdin_rx_chr(); the console switches the
// HAL to HAL_CONSOLE_RAW while it reads and to HAL_CONSOLE_NORMAL (with the
// interrupt character set to Ctrl-C) while code runs. Its own output uses
// explicit "\r\n" line ends and goes out while the HAL is in RAW mode.
// ---------------------------------------------------------------------------

#define CONSOLE_EXIT_EOF (-1)
#define CONSOLE_EXIT_SOFT_RESET (-2)

// Runs the REPL (friendly or raw, whichever was active last) until it exits.
int console_repl(void);

// Sets the board text of the banner, "Framboise <version> on <date>; <board>"
// (default: CONFIG_PLATFORM). [board] must stay valid.
void console_set_board(const char *board);

// Prints the two banner lines (also printed by the friendly REPL when it
// starts and on Ctrl-B).
void console_print_banner(void);

// Whether the next console_repl() starts in the raw REPL.
bool console_is_raw(void);

// The raw-paste flow-control window: the host may send this many bytes per
// window grant, and two windows are granted at the start, so the port's
// receive buffer must hold 2 * CONSOLE_RAW_PASTE_WINDOW bytes.
#define CONSOLE_RAW_PASTE_WINDOW (128)

// ---------------------------------------------------------------------------
// The line editor
//
// Keys: printable bytes insert; Backspace (0x08/0x7f) deletes left (a whole
// indentation level when only spaces precede the cursor); Left/Right,
// Home/End (also Ctrl-B/Ctrl-F, Ctrl-A/Ctrl-E); Delete and Ctrl-D delete
// right; Ctrl-K kills to the end, Ctrl-U to the start, Ctrl-W the word
// before the cursor; Up/Down walk a history of the last CONSOLE_HISTORY_LEN
// lines; Tab completes names of __main__ and builtins, and attributes after
// a dot. The editor echoes everything itself and uses only "\b", "\r\n" and
// the ANSI sequences ESC[K, ESC[nC, ESC[nD.
// ---------------------------------------------------------------------------

// The longest line the editor takes (keys beyond it are dropped with a bell);
// longer code goes through paste mode or the raw REPL, which have no limit.
#define CONSOLE_LINE_MAX (16384)
#define CONSOLE_HISTORY_LEN (16)
#define CONSOLE_HISTORY_LINE_MAX (256)

// What console_readline() returns besides a finished line.
#define CONSOLE_LINE_DONE (0)   // Enter: the line is in the buffer
#define CONSOLE_LINE_EOF (-1)   // the input ended (host only)
#define CONSOLE_CHAR_CTRL_A (1) // on an empty first line: raw REPL
#define CONSOLE_CHAR_CTRL_B (2) // on an empty first line: friendly REPL reset
#define CONSOLE_CHAR_CTRL_C (3) // at any time: the line is discarded
#define CONSOLE_CHAR_CTRL_D (4) // on an empty line: end of input
#define CONSOLE_CHAR_CTRL_E (5) // on an empty first line: paste mode

// Reads one line into [buf] (of [size] bytes, NUL-terminated, *len bytes
// long, no newline) after writing [prompt]. The line starts pre-filled with
// [indent] spaces (auto-indent). On a [first] line, Ctrl-A/B/E on an empty
// line end the edit and are returned; otherwise they edit. Ctrl-C always
// ends the edit (returning CONSOLE_CHAR_CTRL_C, nothing echoed), Ctrl-D ends
// it on an empty (or all-space) line. Enter echoes "\r\n"; other results echo
// nothing, the caller writes what it needs.
int console_readline(char *buf, size_t size, size_t *len, const char *prompt, size_t indent,
    bool first);

// Adds [line] to the history (ignored if empty, too long, or equal to the
// newest entry). console_readline() calls it for each line entered.
void console_history_add(const char *line, size_t len);

// Empties the history.
void console_history_clear(void);

// Writes [len] bytes / a C string to the console (raw: no newline conversion).
void console_write(const char *s, size_t len);
void console_puts(const char *s);

#endif
