// The fault handler: reports data aborts, prefetch aborts and undefined
// instructions on the console with the registers, then resets the board.
// SPDX-License-Identifier: MIT

#include <string.h>

#include "board.h"
#include "hw/power.h"

static void put(const char *s) {
    board_console_write(s, strlen(s));
}

static void put_hex(uint32_t v) {
    char buf[10] = {'0', 'x'};
    for (int i = 0; i < 8; i++) {
        buf[2 + i] = "0123456789abcdef"[(v >> (28 - 4 * i)) & 0xFu];
    }
    board_console_write(buf, sizeof(buf));
}

static void put_reg(const char *name, uint32_t v) {
    put(name);
    put_hex(v);
}

static uint32_t read_dfsr(void) {
    uint32_t v;
    __asm__ volatile("mrc p15, 0, %0, c5, c0, 0" : "=r"(v));
    return v;
}

static uint32_t read_dfar(void) {
    uint32_t v;
    __asm__ volatile("mrc p15, 0, %0, c6, c0, 0" : "=r"(v));
    return v;
}

static uint32_t read_ifsr(void) {
    uint32_t v;
    __asm__ volatile("mrc p15, 0, %0, c5, c0, 1" : "=r"(v));
    return v;
}

static uint32_t read_ifar(void) {
    uint32_t v;
    __asm__ volatile("mrc p15, 0, %0, c6, c0, 2" : "=r"(v));
    return v;
}

void fault_handler(unsigned kind, fault_frame_t *frame) {
    static const char *const names[] = {
        "undefined instruction", "SVC call", "prefetch abort", "data abort", "FIQ", "reserved vector",
    };
    put("\r\n*** FATAL: ");
    put(kind < sizeof(names) / sizeof(names[0]) ? names[kind] : "exception");
    put(" at pc=");
    put_hex(frame->pc);
    if (kind == FAULT_DATA_ABORT) {
        put_reg(" address=", read_dfar());
        put_reg(" DFSR=", read_dfsr());
    } else if (kind == FAULT_PREFETCH_ABORT) {
        put_reg(" address=", read_ifar());
        put_reg(" IFSR=", read_ifsr());
    }
    put("\r\n");
    static const char *const rnames[] = {
        " r0=", " r1=", " r2=", " r3=", " r4=", " r5=", " r6=", " r7=",
        " r8=", " r9=", "r10=", "r11=", "r12=",
    };
    for (int i = 0; i < 13; i++) {
        put_reg(rnames[i], frame->r[i]);
        put((i % 4 == 3) ? "\r\n" : " ");
    }
    put_reg(" sp=", frame->sp);
    put_reg("  lr=", frame->lr);
    put_reg("  pc=", frame->pc);
    put_reg("\r\ncpsr=", frame->cpsr);
    put("\r\n*** resetting\r\n");
    board_console_flush();
    power_reset();
}

void fault_trigger(unsigned kind) {
    switch (kind) {
        case FAULT_DATA_ABORT: {
            // LDM needs a word-aligned address whatever SCTLR.U says.
            uintptr_t addr = (uintptr_t)__heap_start + 1u;
            __asm__ volatile("ldm %0, {r2, r3}" : : "r"(addr) : "r2", "r3", "memory");
            break;
        }
        case FAULT_PREFETCH_ABORT:
            __asm__ volatile("bkpt #0" ::: "memory");
            break;
        case FAULT_UNDEF:
            __asm__ volatile(".word 0xe7f000f0" ::: "memory"); // UDF #0
            break;
        default:
            break;
    }
}
