// The host port's HAL: console I/O on file descriptors 0/1/2 (raw terminal
// mode for the REPL), monotonic ticks, delays, SIGINT as KeyboardInterrupt,
// and file access for imports, open() and the os module.
// SPDX-License-Identifier: MIT
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
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

long hal_utc_offset(int64_t secs) {
    // The difference of the two broken-down times (tm_gmtoff is not POSIX).
    time_t t = (time_t)secs;
    struct tm lt, gt;
    if (localtime_r(&t, &lt) == NULL || gmtime_r(&t, &gt) == NULL) {
        return 0;
    }
    long days = lt.tm_year != gt.tm_year ? (lt.tm_year > gt.tm_year ? 1 : -1)
                                         : lt.tm_yday - gt.tm_yday;
    return ((days * 24 + lt.tm_hour - gt.tm_hour) * 60 + lt.tm_min - gt.tm_min) * 60 +
           lt.tm_sec - gt.tm_sec;
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

// ---------------------------------------------------------------------------
// Files and directories for open() and the os module: thin POSIX wrappers.
// ---------------------------------------------------------------------------

int hal_file_open(const char *path, int flags, int *fd) {
    int oflags = 0;
    bool rd = (flags & HAL_FILE_READ) != 0, wr = (flags & HAL_FILE_WRITE) != 0;
    oflags = rd && wr ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
    if (flags & HAL_FILE_CREATE) {
        oflags |= O_CREAT;
    }
    if (flags & HAL_FILE_TRUNC) {
        oflags |= O_TRUNC;
    }
    if (flags & HAL_FILE_APPEND) {
        oflags |= O_APPEND;
    }
    if (flags & HAL_FILE_EXCL) {
        oflags |= O_EXCL;
    }
    int f;
    do {
        f = open(path, oflags | O_CLOEXEC, 0666);
    } while (f < 0 && errno == EINTR);
    if (f < 0) {
        return errno;
    }
    // open() succeeds on a directory for reading; CPython reports EISDIR.
    struct stat st;
    if (fstat(f, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(f);
        return EISDIR;
    }
    *fd = f;
    return 0;
}

int hal_file_read(int fd, void *buf, size_t len, size_t *got) {
    for (;;) {
        ssize_t n = read(fd, buf, len);
        if (n >= 0) {
            *got = (size_t)n;
            return 0;
        }
        if (errno != EINTR) {
            return errno;
        }
    }
}

int hal_file_write(int fd, const void *buf, size_t len) {
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

int hal_file_seek(int fd, int64_t offset, int whence, int64_t *pos) {
    int w = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : whence == 2 ? SEEK_END : -1;
    if (w < 0) {
        return EINVAL;
    }
    off_t r = lseek(fd, (off_t)offset, w);
    if (r < 0) {
        return errno;
    }
    *pos = (int64_t)r;
    return 0;
}

int hal_file_truncate(int fd, int64_t size) {
    return ftruncate(fd, (off_t)size) == 0 ? 0 : errno;
}

int hal_file_sync(int fd) {
    (void)fd; // writes go straight to the OS; durability is its business
    return 0;
}

int hal_file_close(int fd) {
    return close(fd) == 0 ? 0 : errno;
}

int hal_stat(const char *path, hal_stat_t *out) {
    struct stat st;
    if (stat(path, &st) != 0) {
        return errno;
    }
    out->mode = (uint32_t)st.st_mode;
    out->ino = (uint64_t)st.st_ino;
    out->dev = (uint64_t)st.st_dev;
    out->nlink = (uint64_t)st.st_nlink;
    out->uid = (uint32_t)st.st_uid;
    out->gid = (uint32_t)st.st_gid;
    out->size = (int64_t)st.st_size;
    out->atime = (int64_t)st.st_atime;
    out->mtime = (int64_t)st.st_mtime;
    out->ctime = (int64_t)st.st_ctime;
    return 0;
}

// A listing: the open DIR and its path, to stat entries of unknown type.
typedef struct unix_dir {
    DIR *d;
    char path[4096];
} unix_dir_t;

int hal_dir_open(const char *path, void **dir) {
    size_t n = strlen(path);
    if (n >= sizeof(((unix_dir_t *)0)->path) - 256) {
        return ENAMETOOLONG;
    }
    DIR *d = opendir(path);
    if (d == NULL) {
        return errno;
    }
    unix_dir_t *u = malloc(sizeof(unix_dir_t));
    if (u == NULL) {
        closedir(d);
        return ENOMEM;
    }
    u->d = d;
    memcpy(u->path, path, n + 1);
    *dir = u;
    return 0;
}

int hal_dir_read(void *dir, hal_dirent_t *ent, bool *end) {
    unix_dir_t *u = dir;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(u->d);
        if (e == NULL) {
            *end = true;
            return errno;
        }
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        *end = false;
        ent->name = e->d_name;
        ent->ino = (uint64_t)e->d_ino;
        struct stat st;
        char full[4096 + 256];
        snprintf(full, sizeof(full), "%s/%s", u->path, e->d_name);
        ent->type = 0;
        if (stat(full, &st) == 0) {
            ent->type = S_ISDIR(st.st_mode) ? 0x4000u : S_ISREG(st.st_mode) ? 0x8000u : 0u;
        }
        return 0;
    }
}

void hal_dir_close(void *dir) {
    unix_dir_t *u = dir;
    closedir(u->d);
    free(u);
}

int hal_mkdir(const char *path) {
    return mkdir(path, 0777) == 0 ? 0 : errno;
}

int hal_rmdir(const char *path) {
    return rmdir(path) == 0 ? 0 : errno;
}

int hal_remove(const char *path) {
    // os.remove only removes files: unlink gives EISDIR (Linux) or EPERM for directories.
    return unlink(path) == 0 ? 0 : errno;
}

int hal_rename(const char *from, const char *to) {
    return rename(from, to) == 0 ? 0 : errno;
}

int hal_chdir(const char *path) {
    return chdir(path) == 0 ? 0 : errno;
}

int hal_getcwd(char *buf, size_t len) {
    return getcwd(buf, len) != NULL ? 0 : errno;
}

void hal_urandom(uint8_t *buf, size_t len) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t done = 0;
    while (fd >= 0 && done < len) {
        ssize_t n = read(fd, buf + done, len - done);
        if (n <= 0) {
            if (n < 0 && errno == EINTR) {
                continue;
            }
            break;
        }
        done += (size_t)n;
    }
    if (fd >= 0) {
        close(fd);
    }
    // Without /dev/urandom (a chroot): a time-seeded xorshift rather than zeros.
    uint64_t x = (uint64_t)time(NULL) * 0x9e3779b97f4a7c15u + (uint64_t)getpid() + 1u;
    for (; done < len; done++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        buf[done] = (uint8_t)x;
    }
}

NORETURN void hal_fatal(const char *msg) {
    hal_unix_deinit();
    write_all(STDERR_FILENO, "FATAL: ", 7);
    write_all(STDERR_FILENO, msg, strlen(msg));
    write_all(STDERR_FILENO, "\n", 1);
    exit(1);
}
