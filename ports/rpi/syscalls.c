// The system calls newlib expects: console output for stray printf/puts,
// a small arena for newlib's own mallocs, refusals for everything else.
// SPDX-License-Identifier: MIT

#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "board.h"
#include "hw/power.h"

// Prototypes for newlib's hooks (it declares none of them itself).
int _write(int fd, const char *buf, int len);
int _read(int fd, char *buf, int len);
void *_sbrk(ptrdiff_t incr);
int _close(int fd);
int _fstat(int fd, struct stat *st);
int _isatty(int fd);
int _lseek(int fd, int offset, int whence);
void _exit(int status);
int _kill(int pid, int sig);
int _getpid(void);

int _write(int fd, const char *buf, int len) {
    if (fd != 1 && fd != 2) {
        errno = EBADF;
        return -1;
    }
    board_console_write(buf, (size_t)len);
    return len;
}

int _read(int fd, char *buf, int len) {
    (void)fd;
    (void)buf;
    (void)len;
    return 0; // end of file: console input goes through the HAL
}

// The interpreter's memory comes from the GC heap only, but newlib itself
// mallocs inside a few functions (dtoa's big-number cache behind printf's
// %f/%g and strtod; the reentrancy structures). Those get a small fixed
// arena; past it, malloc fails with ENOMEM.
#define LIBC_ARENA_SIZE (32 * 1024)
static char libc_arena[LIBC_ARENA_SIZE] __attribute__((aligned(8)));
static size_t libc_arena_used;

void *_sbrk(ptrdiff_t incr) {
    if (incr < 0 || (size_t)incr > LIBC_ARENA_SIZE - libc_arena_used) {
        errno = ENOMEM;
        return (void *)-1;
    }
    void *p = libc_arena + libc_arena_used;
    libc_arena_used += (size_t)incr;
    return p;
}

int _close(int fd) {
    (void)fd;
    errno = EBADF;
    return -1;
}

int _fstat(int fd, struct stat *st) {
    (void)fd;
    st->st_mode = S_IFCHR;
    return 0;
}

int _isatty(int fd) {
    return fd >= 0 && fd <= 2;
}

int _lseek(int fd, int offset, int whence) {
    (void)fd;
    (void)offset;
    (void)whence;
    errno = ESPIPE;
    return -1;
}

void _exit(int status) {
    (void)status;
    board_console_flush();
    power_reset();
}

int _kill(int pid, int sig) {
    (void)pid;
    (void)sig;
    errno = EINVAL;
    return -1;
}

int _getpid(void) {
    return 1;
}
