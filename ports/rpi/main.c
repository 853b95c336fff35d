// The Pi port's main loop: bring the board up, then run the interpreter
// with its REPL, starting afresh (a soft reset) whenever the REPL exits.
// SPDX-License-Identifier: MIT

#include "board.h"
#include "console/console.h"
#include "py/gc.h"
#include "py/hal.h"
#include "py/runtime.h"

// hal_rpi.c
void hal_rpi_console_init(void);
// boot/start.S jumps here.
void rpi_main(void);

// The heap: from the end of the kernel (after its stacks) to the end of the
// ARM's RAM, as the mailbox reports it.
static void heap_region(char **start, size_t *size) {
    uintptr_t lo = (uintptr_t)__heap_start;
    uintptr_t hi = board_info.arm_mem_base + board_info.arm_mem_size;
    if (board_info.arm_mem_size == 0 || hi <= lo) {
        hi = 0x0C000000u; // 192 MiB: every supported board has at least that for the ARM
    }
    size_t n = hi - lo;
    if (CONFIG_RPI_HEAP_MAX != 0 && n > (size_t)CONFIG_RPI_HEAP_MAX) {
        n = CONFIG_RPI_HEAP_MAX;
    }
    *start = (char *)lo;
    *size = n;
}

void rpi_main(void) {
    board_init();
    hal_rpi_console_init();
    console_set_board(board_banner_name());

    char *heap;
    size_t heap_size;
    heap_region(&heap, &heap_size);
    size_t stack_size = (size_t)(__svc_stack_top - __svc_stack_bottom);

    // The heap is set up once: a soft reset drops every root (rt_init
    // clears them), so the old objects are garbage for the next collection,
    // while roots that C code registered once with gc_add_root stay valid
    // (the host port does the same).
    gc_init(heap, heap_size);
    for (;;) {
        rt_init(__svc_stack_top, stack_size);
        // boot.py and main.py run here once there is a filesystem.
        console_repl();
        rt_deinit();
        hal_console_mode(HAL_CONSOLE_RAW);
        hal_stdout_tx_strn("MPY: soft reboot\r\n", 18);
    }
}
