// Host-port additions to the HAL (py/hal.h) that only ports/unix/main.c uses.
// SPDX-License-Identifier: MIT
#ifndef PORTS_UNIX_HAL_UNIX_H
#define PORTS_UNIX_HAL_UNIX_H

#include <stdbool.h>

// Installs the SIGINT handler and notes whether stdin/stdout are terminals.
void hal_unix_init(void);

// Writes out buffered stdout bytes (stdout is buffered when it is not a terminal).
void hal_unix_flush(void);

// Restores the terminal settings changed by hal_console_mode.
void hal_unix_deinit(void);

// Whether stdin is a terminal (the REPL starts only then).
bool hal_unix_stdin_is_tty(void);

#endif
