// Memory-mapped register access for the drivers, with the barriers the
// BCM2835 needs (ARM Peripherals section 1.3).
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_MMIO_H
#define RPI_HW_MMIO_H

#include <stdint.h>

// The BCM2835's peripheral bus may return read data out of order when
// accesses move from one peripheral to another. Each accessor here is a
// complete ordered access: a barrier before every write (earlier accesses
// land first) and after every read (later accesses wait for it). That costs
// a few cycles per access and makes every driver safe without thinking.
//
// Built with MMIO_FAKE (host unit tests), the accessors are functions the
// test provides over a fake register file.

#if defined(MMIO_FAKE)

uint32_t mmio_read(uintptr_t addr);
void mmio_write(uintptr_t addr, uint32_t value);
static inline void mmio_barrier(void) {
}

#else

// Data Memory Barrier, ARMv6 encoding (CP15 c7, c10, 5).
static inline void mmio_barrier(void) {
    __asm__ volatile("mcr p15, 0, %0, c7, c10, 5" : : "r"(0) : "memory");
}

// Reads the 32-bit register at [addr].
static inline uint32_t mmio_read(uintptr_t addr) {
    uint32_t value = *(volatile uint32_t *)addr;
    mmio_barrier();
    return value;
}

// Writes [value] to the 32-bit register at [addr].
static inline void mmio_write(uintptr_t addr, uint32_t value) {
    mmio_barrier();
    *(volatile uint32_t *)addr = value;
}

#endif

// Busy-waits about [n] CPU cycles (for the GPIO pull-up/down sequence,
// which the datasheet times in cycles).
static inline void mmio_delay_cycles(uint32_t n) {
    while (n-- > 0) {
        __asm__ volatile("" ::: "memory");
    }
}

#endif
