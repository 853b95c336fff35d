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

// Seconds to add to UTC for local time at [secs] since the epoch (the host's
// time zone; 0 on the Pi, which has no clock but UTC).
long hal_utc_offset(int64_t secs);

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

// ---------------------------------------------------------------------------
// Files and directories, for open() (py/modio.c) and the os module
// (py/modos.c). Every call returns 0 on success or an errno value (Linux
// numbers, as the errno module lists them); the core turns that into OSError.
// A port without a filesystem returns ENODEV (19) from all of them.
// ---------------------------------------------------------------------------

// Flags of hal_file_open, combined with |.
#define HAL_FILE_READ (1)    // open for reading
#define HAL_FILE_WRITE (2)   // open for writing
#define HAL_FILE_CREATE (4)  // create the file if missing
#define HAL_FILE_TRUNC (8)   // empty the file on opening
#define HAL_FILE_APPEND (16) // every write goes to the end
#define HAL_FILE_EXCL (32)   // fail with EEXIST if the file exists

// Opens the file at [path] with HAL_FILE_* [flags]; stores a handle (>= 0) in *fd.
int hal_file_open(const char *path, int flags, int *fd);

// Reads up to [len] bytes into [buf]; *got is 0 at the end of the file.
int hal_file_read(int fd, void *buf, size_t len, size_t *got);

// Writes all [len] bytes of [buf].
int hal_file_write(int fd, const void *buf, size_t len);

// Moves the position to [offset] from the start (0), the current position (1)
// or the end (2) as [whence]; stores the new position in *pos.
int hal_file_seek(int fd, int64_t offset, int whence, int64_t *pos);

// Cuts or extends the file to [size] bytes.
int hal_file_truncate(int fd, int64_t size);

// Pushes written data to the storage device.
int hal_file_sync(int fd);

// Releases the handle [fd].
int hal_file_close(int fd);

// What hal_stat reports about a path (the fields of os.stat_result).
typedef struct hal_stat {
    uint32_t mode; // file type and permission bits as POSIX st_mode
    uint64_t ino, dev, nlink;
    uint32_t uid, gid;
    int64_t size;
    int64_t atime, mtime, ctime; // seconds since the epoch
} hal_stat_t;

// Fills *st for [path] (following symbolic links).
int hal_stat(const char *path, hal_stat_t *st);

// One entry of a directory: [name] stays valid until the next hal_dir_read.
typedef struct hal_dirent {
    const char *name;
    uint32_t type; // 0x4000 directory, 0x8000 regular file, 0 anything else
    uint64_t ino;
} hal_dirent_t;

// Opens the directory [path] for listing; stores a handle in *dir.
int hal_dir_open(const char *path, void **dir);

// The next entry of [dir] other than "." and ".."; *end is true when there is none.
int hal_dir_read(void *dir, hal_dirent_t *ent, bool *end);

// Ends a listing started with hal_dir_open.
void hal_dir_close(void *dir);

// Directory and name operations, as their POSIX namesakes.
int hal_mkdir(const char *path);
int hal_rmdir(const char *path);
int hal_remove(const char *path);
int hal_rename(const char *from, const char *to);
int hal_chdir(const char *path);

// Writes the current directory, NUL-terminated, into [buf] of [len] bytes
// (ERANGE if it does not fit).
int hal_getcwd(char *buf, size_t len);

// Fills [buf] with [len] random bytes for os.urandom (the OS's generator on
// the host; on the Pi a PRNG seeded from the timer: not for cryptography).
void hal_urandom(uint8_t *buf, size_t len);

// Stops everything after an unrecoverable internal error, printing [msg].
NORETURN void hal_fatal(const char *msg);

#endif
