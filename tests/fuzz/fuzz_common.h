// Shared set-up for the libFuzzer targets: one heap and runtime per process.
// SPDX-License-Identifier: MIT
#ifndef TESTS_FUZZ_FUZZ_COMMON_H
#define TESTS_FUZZ_FUZZ_COMMON_H

// dup2, chdir, mkdtemp: included first by every target, before any system header.
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <fcntl.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "hal_unix.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/runtime.h"

// A small heap, so that runaway allocations end in MemoryError quickly.
#define FUZZ_HEAP_SIZE ((size_t)8 * 1024 * 1024)
// The C stack the interpreter may use; well under the 8 MB main-thread stack,
// since ASan's frames are large and libFuzzer sits below us.
#define FUZZ_STACK_SIZE ((size_t)2 * 1024 * 1024)

// Creates the heap once; resets the runtime (fresh modules and globals, as a
// soft reset does) before each input with the caller's frame as the stack top.
// Program output goes to /dev/null: only crashes matter.
static inline void fuzz_begin(void *stack_top) {
    static bool ready;
    if (!ready) {
        void *heap = malloc(FUZZ_HEAP_SIZE);
        if (heap == NULL) {
            abort();
        }
        gc_init(heap, FUZZ_HEAP_SIZE);
        int null_fd = open("/dev/null", O_RDWR);
        if (null_fd >= 0) {
            dup2(null_fd, STDIN_FILENO);
            dup2(null_fd, STDOUT_FILENO);
            close(null_fd);
        }
        hal_unix_init();
        // The inputs are programs that may open, write and remove files:
        // they get a scratch directory of their own, not the checkout.
        char dir[] = "/tmp/framboise-fuzz-XXXXXX";
        if (mkdtemp(dir) == NULL || chdir(dir) != 0) {
            abort();
        }
        ready = true;
    } else {
        rt_deinit();
    }
    rt_init(stack_top, FUZZ_STACK_SIZE);
}

#endif
