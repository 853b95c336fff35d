// libFuzzer target: arbitrary bytes compiled and run as a module, time-bounded.
// SPDX-License-Identifier: MIT
//
// Infinite loops: an interval timer queues KeyboardInterrupt (rt_keyboard_interrupt,
// the same path as Ctrl-C) every FUZZ_TICK_MS once the input has run for
// FUZZ_TICK_MS; the VM raises it at its next backward jump or call. Only a loop
// that swallows the interrupt itself can outlive that, so inputs that contain both
// `while` and a handler (`except`/`finally`) are skipped; the rest is left to
// libFuzzer's -timeout.
#include "tests/fuzz/fuzz_common.h"

#include <signal.h>
#include <string.h>
#include <sys/time.h>

#define FUZZ_TICK_MS 100

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void on_alarm(int sig) {
    (void)sig;
    rt_keyboard_interrupt();
}

static void set_timer(long ms) {
    struct itimerval it;
    memset(&it, 0, sizeof(it));
    it.it_value.tv_sec = ms / 1000;
    it.it_value.tv_usec = (ms % 1000) * 1000;
    it.it_interval = it.it_value;
    setitimer(ITIMER_REAL, &it, NULL);
}

static bool contains(const uint8_t *data, size_t size, const char *word) {
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= size; i++) {
        if (memcmp(data + i, word, n) == 0) {
            return true;
        }
    }
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static bool handler_set;
    if (!handler_set) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = on_alarm;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGALRM, &sa, NULL);
        handler_set = true;
    }
    if (contains(data, size, "while") &&
        (contains(data, size, "except") || contains(data, size, "finally"))) {
        return 0;
    }
    int stack_marker;
    fuzz_begin(&stack_marker);
    char *src = malloc(size != 0 ? size : 1);
    if (src == NULL) {
        return 0;
    }
    memcpy(src, data, size);
    set_timer(FUZZ_TICK_MS);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        obj_t code = rt_compile(src, size, QSTR__lt_string_gt, RT_MODE_FILE);
        rt_exec_code(code, vm_state.dict_main, NULL);
        nlr_pop();
    }
    // Exceptions (including the timer's KeyboardInterrupt) are expected.
    set_timer(0);
    vm_state.pending_exception = OBJ_NULL;
    vm_state.pending = false;
    free(src);
    return 0;
}
