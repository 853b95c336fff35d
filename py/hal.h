// The port's side of the contract: everything the core needs from the outside
// world. Each port implements these in ports/<port>/hal_<port>.c.
// SPDX-License-Identifier: MIT
#ifndef PY_HAL_H
#define PY_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/config.h"

// Reads one byte from the console, waiting for it; -1 at end of input (host only).
int hal_stdin_rx_chr(void);

// Whether a console byte can be read without waiting.
bool hal_stdin_rx_any(void);

// Console modes: RAW while the REPL reads a line (bytes arrive one at a time,
// unechoed, Ctrl-C as 0x03), NORMAL while code runs (on the host, Ctrl-C then
// raises SIGINT and the port calls rt_keyboard_interrupt). A no-op on the Pi.
#define HAL_CONSOLE_NORMAL (0)
#define HAL_CONSOLE_RAW (1)
void hal_console_mode(int mode);

// Whether the console is an interactive terminal (a tty on the host; always on
// the Pi): input() then reads with the console's line editor.
bool hal_console_is_terminal(void);

// Writes [len] bytes to the console (stdout).
void hal_stdout_tx_strn(const char *str, size_t len);

// Writes [len] bytes to the error stream (stderr on the host, the console on the Pi).
void hal_stderr_tx_strn(const char *str, size_t len);

// Milliseconds and microseconds since an arbitrary start, wrapping.
uint32_t hal_ticks_ms(void);
uint32_t hal_ticks_us(void);

// Seconds since the Unix epoch (host) or since boot (Pi), as a float value.
double hal_time(void);

// Waits [ms] milliseconds / [us] microseconds; a pending interrupt may end
// the wait early (the caller then sees it via rt_handle_pending).
void hal_delay_ms(uint32_t ms);
void hal_delay_us(uint32_t us);

// Sets the console byte that raises KeyboardInterrupt (-1: none). The port
// calls rt_keyboard_interrupt() when it receives it.
void hal_set_interrupt_char(int c);

// Reads a whole file into a block from gc_alloc (NUL-terminated); returns
// NULL and sets *err to an errno value if it cannot.
char *hal_read_file(const char *path, size_t *len, int *err);

// What is at [path]: 0 nothing, 1 a file, 2 a directory.
int hal_stat_kind(const char *path);

// Stops everything after an unrecoverable internal error, printing [msg].
NORETURN void hal_fatal(const char *msg);

#endif
