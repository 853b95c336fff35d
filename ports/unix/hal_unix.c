// The host port's HAL: console I/O on file descriptors 0/1/2 (raw terminal
// mode for the REPL), monotonic ticks, delays, SIGINT as KeyboardInterrupt,
// and file access for imports.
// SPDX-License-Identifier: MIT
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "hal_unix.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/runtime.h"

// Output to a pipe or file is buffered (one write per 4 KB); to a terminal it
// goes out at the end of every call, so prompts and progress show at once.
// The buffer is also emptied before any read of stdin, any write to stderr,
// any sleep and at exit, so output order (stdout vs stderr, and the raw
// REPL's markers vs its input) is the same as unbuffered.
static char out_buf[4096];
static size_t out_len;
static bool stdout_tty, stdin_tty;

static struct termios saved_termios;
static bool termios_saved, termios_raw;

// Writes all [len] bytes to [fd], retrying after signals and short writes.
static void write_all(int fd, const char *s, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, s, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return; // a closed pipe: drop the output as CPython would after EPIPE
        }
        s += n;
        len -= (size_t)n;
    }
}

void hal_unix_flush(void) {
    if (out_len > 0) {
        size_t n = out_len;
        out_len = 0;
        write_all(STDOUT_FILENO, out_buf, n);
    }
}

// Ctrl-C raises KeyboardInterrupt while code runs (the console sets the
// interrupt character then); at other times it is ignored.
static void on_sigint(int sig) {
    (void)sig;
    if (vm_state.interrupt_char >= 0) {
        rt_keyboard_interrupt();
    }
}

void hal_unix_init(void) {
    stdin_tty = isatty(STDIN_FILENO) == 1;
    stdout_tty = isatty(STDOUT_FILENO) == 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    // No SA_RESTART: a blocking read returns EINTR so that input() can raise.
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
    // Writing to a closed pipe ends the program quietly, as CPython's does.
    signal(SIGPIPE, SIG_DFL);
}

void hal_unix_deinit(void) {
    hal_unix_flush();
    hal_console_mode(HAL_CONSOLE_NORMAL);
}

bool hal_unix_stdin_is_tty(void) {
    return stdin_tty;
}

bool hal_console_is_terminal(void) {
    return stdin_tty;
}

int hal_stdin_rx_chr(void) {
    hal_unix_flush();
    for (;;) {
        unsigned char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n == 1) {
            return c;
        }
        if (n == 0) {
            return -1;
        }
        if (errno != EINTR) {
            return -1;
        }
        // Ctrl-C while waiting in normal mode: raise KeyboardInterrupt now.
        if (vm_state.pending && vm_state.pending_exception != OBJ_NULL) {
            hal_console_mode(HAL_CONSOLE_NORMAL);
            rt_handle_pending();
        }
    }
}

bool hal_stdin_rx_any(void) {
    hal_unix_flush();
    struct pollfd p = {STDIN_FILENO, POLLIN, 0};
    return poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP)) != 0;
}

void hal_console_mode(int mode) {
    if (!stdin_tty) {
        return;
    }
    hal_unix_flush();
    if (mode == HAL_CONSOLE_RAW) {
        if (termios_raw) {
            return;
        }
        if (!termios_saved) {
            if (tcgetattr(STDIN_FILENO, &saved_termios) != 0) {
                return;
            }
            termios_saved = true;
        }
        struct termios t = saved_termios;
        // Bytes one at a time, unechoed; Ctrl-C arrives as 0x03; output
        // untranslated (the console writes "\r\n" itself).
        t.c_iflag &= ~(tcflag_t)(ICRNL | INLCR | IGNCR | IXON | ISTRIP | BRKINT | INPCK);
        t.c_oflag &= ~(tcflag_t)OPOST;
        t.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
        t.c_cflag |= CS8;
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
        tcsetattr(STDIN_FILENO, TCSADRAIN, &t);
        termios_raw = true;
    } else if (termios_raw && termios_saved) {
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved_termios);
        termios_raw = false;
    }
}

void hal_stdout_tx_strn(const char *str, size_t len) {
    if (len >= sizeof(out_buf)) {
        hal_unix_flush();
        write_all(STDOUT_FILENO, str, len);
        return;
    }
    if (out_len + len > sizeof(out_buf)) {
        hal_unix_flush();
    }
    memcpy(out_buf + out_len, str, len);
    out_len += len;
    if (stdout_tty) {
        hal_unix_flush();
    }
}

void hal_stderr_tx_strn(const char *str, size_t len) {
    // Keep the order of stdout and stderr text when both go to one place.
    hal_unix_flush();
    write_all(STDERR_FILENO, str, len);
}

static uint64_t monotonic_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint32_t hal_ticks_ms(void) {
    return (uint32_t)(monotonic_us() / 1000u);
}

uint32_t hal_ticks_us(void) {
    return (uint32_t)monotonic_us();
}

double hal_time(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Sleeps [us] microseconds; a signal (Ctrl-C) ends the wait early.
static void sleep_us(uint64_t us) {
    hal_unix_flush();
    struct timespec req = {(time_t)(us / 1000000u), (long)(us % 1000000u) * 1000};
    struct timespec rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
        if (vm_state.pending) {
            return;
        }
        req = rem;
    }
}

void hal_delay_ms(uint32_t ms) {
    sleep_us((uint64_t)ms * 1000u);
}

void hal_delay_us(uint32_t us) {
    sleep_us(us);
}

void hal_set_interrupt_char(int c) {
    vm_state.interrupt_char = c;
}

char *hal_read_file(const char *path, size_t *len, int *err) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        *err = errno;
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        *err = errno;
        close(fd);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        *err = EISDIR;
        close(fd);
        return NULL;
    }
    // Regular files report their size; pipes and devices grow the buffer as they go.
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 2 : 4096;
    char *buf = gc_alloc(cap, GC_ALLOC_NOSCAN);
    size_t n = 0;
    for (;;) {
        if (buf == NULL) {
            *err = ENOMEM;
            close(fd);
            return NULL;
        }
        if (n + 1 >= cap) {
            cap *= 2;
            buf = gc_realloc(buf, cap);
            continue;
        }
        ssize_t r = read(fd, buf + n, cap - 1 - n);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            *err = errno;
            close(fd);
            return NULL;
        }
        if (r == 0) {
            break;
        }
        n += (size_t)r;
    }
    close(fd);
    buf[n] = '\0';
    *len = n;
    return buf;
}

int hal_stat_kind(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return 0;
    }
    if (S_ISDIR(st.st_mode)) {
        return 2;
    }
    return S_ISREG(st.st_mode) ? 1 : 0;
}

NORETURN void hal_fatal(const char *msg) {
    hal_unix_deinit();
    write_all(STDERR_FILENO, "FATAL: ", 7);
    write_all(STDERR_FILENO, msg, strlen(msg));
    write_all(STDERR_FILENO, "\n", 1);
    exit(1);
}
