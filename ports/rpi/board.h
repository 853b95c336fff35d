// The Pi port's own interfaces between main.c, hal_rpi.c, fault.c and the
// Python bindings: console hardware, board identity and the fault handler.
// SPDX-License-Identifier: MIT
#ifndef PORTS_RPI_BOARD_H
#define PORTS_RPI_BOARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Linker-script symbols (boot/kernel.ld).
extern char __heap_start[];
extern char __svc_stack_bottom[];
extern char __svc_stack_top[];
extern char __image_end[];

// Sets up the console UART with its receive interrupt and the system-timer
// tick; IRQs are enabled when it returns.
void board_init(void);

// Writes [len] bytes to the console UART as they are (polled, usable from
// fault handlers), and waits until they are sent.
void board_console_write(const char *s, size_t len);
void board_console_flush(void);

// What the mailbox said about the board (filled in by board_init).
typedef struct board_info {
    uint32_t revision;   // 0 if unknown
    uint64_t serial;     // 0 if unknown (QEMU)
    uint32_t arm_mem_base;
    uint32_t arm_mem_size;
    uint32_t uart_clock; // Hz, 0 if unknown
    uint32_t arm_clock;  // Hz, 0 if unknown
    const char *model;   // "Raspberry Pi Zero", ...
    const char *soc;     // "BCM2835", ...
} board_info_t;
extern board_info_t board_info;

// "Raspberry Pi Zero with BCM2835": the banner's board text.
const char *board_banner_name(void);

// Whether we run under QEMU (no board serial number).
bool board_is_emulated(void);

// Fault kinds (also used by boot/start.S).
#define FAULT_UNDEF (0)
#define FAULT_SVC (1)
#define FAULT_PREFETCH_ABORT (2)
#define FAULT_DATA_ABORT (3)
#define FAULT_FIQ (4)
#define FAULT_UNUSED (5)

// Registers saved by the exception entry in boot/start.S.
typedef struct fault_frame {
    uint32_t r[13];
    uint32_t sp, lr, pc, cpsr;
} fault_frame_t;

// Reports the fault on the console (kind, registers, fault address and
// status) and resets the board.
__attribute__((noreturn)) void fault_handler(unsigned kind, fault_frame_t *frame);

// Deliberately causes a fault of [kind] (FAULT_DATA_ABORT: an unaligned
// LDM; FAULT_PREFETCH_ABORT: BKPT; FAULT_UNDEF: an undefined instruction),
// to test the handler.
void fault_trigger(unsigned kind);

#endif
