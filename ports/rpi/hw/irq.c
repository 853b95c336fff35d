// The BCM2835 interrupt controller: enabling the 64 GPU interrupts and
// dispatching them to their handlers (ARM Peripherals, section 7).
// SPDX-License-Identifier: MIT

#include "irq.h"

#include "bcm2835.h"
#include "mmio.h"

#define IRQ_BASIC_PENDING (BCM_IRQ_BASE + 0x00u) // ARM-side pending bits and shortcuts
#define IRQ_PENDING_1 (BCM_IRQ_BASE + 0x04u)     // GPU interrupts 0-31 pending
#define IRQ_PENDING_2 (BCM_IRQ_BASE + 0x08u)     // GPU interrupts 32-63 pending
#define FIQ_CONTROL (BCM_IRQ_BASE + 0x0Cu)       // bit 7 enables the FIQ, bits 6:0 pick its source
#define ENABLE_IRQS_1 (BCM_IRQ_BASE + 0x10u)     // write 1: enable GPU interrupt 0-31
#define ENABLE_IRQS_2 (BCM_IRQ_BASE + 0x14u)     // write 1: enable GPU interrupt 32-63
#define ENABLE_BASIC_IRQS (BCM_IRQ_BASE + 0x18u) // write 1: enable an ARM-side interrupt
#define DISABLE_IRQS_1 (BCM_IRQ_BASE + 0x1Cu)    // write 1: disable GPU interrupt 0-31
#define DISABLE_IRQS_2 (BCM_IRQ_BASE + 0x20u)    // write 1: disable GPU interrupt 32-63
#define DISABLE_BASIC_IRQS (BCM_IRQ_BASE + 0x24u)

static irq_handler_t handlers[IRQ_GPU_COUNT];

void irq_init(void) {
    mmio_write(FIQ_CONTROL, 0);
    mmio_write(DISABLE_IRQS_1, 0xFFFFFFFFu);
    mmio_write(DISABLE_IRQS_2, 0xFFFFFFFFu);
    mmio_write(DISABLE_BASIC_IRQS, 0xFFu);
    for (unsigned i = 0; i < IRQ_GPU_COUNT; i++) {
        handlers[i] = 0;
    }
}

void irq_register(unsigned irq, irq_handler_t fn) {
    if (irq >= IRQ_GPU_COUNT) {
        return;
    }
    handlers[irq] = fn;
    mmio_write(irq < 32u ? ENABLE_IRQS_1 : ENABLE_IRQS_2, 1u << (irq % 32u));
}

void irq_disable(unsigned irq) {
    if (irq >= IRQ_GPU_COUNT) {
        return;
    }
    mmio_write(irq < 32u ? DISABLE_IRQS_1 : DISABLE_IRQS_2, 1u << (irq % 32u));
}

static void dispatch_bits(uint32_t pending, unsigned base) {
    while (pending != 0) {
        unsigned bit = (unsigned)__builtin_ctz(pending);
        pending &= pending - 1u;
        irq_handler_t fn = handlers[base + bit];
        if (fn != 0) {
            fn();
        } else {
            irq_disable(base + bit); // nobody owns it: keep it from firing forever
        }
    }
}

void irq_dispatch(void) {
    // Both GPU registers are read every time: the basic register's "pending
    // 1/2 has bits" summaries leave out the interrupts it shows as shortcuts
    // (the UART's 57 among them).
    dispatch_bits(mmio_read(IRQ_PENDING_1), 0);
    dispatch_bits(mmio_read(IRQ_PENDING_2), 32);
}

void irq_cpu_enable(void) {
    __asm__ volatile("cpsie i" ::: "memory");
}

bool irq_save(void) {
    uint32_t cpsr;
    __asm__ volatile("mrs %0, cpsr" : "=r"(cpsr));
    __asm__ volatile("cpsid i" ::: "memory");
    return (cpsr & (1u << 7)) == 0; // CPSR.I clear: IRQs were enabled
}

void irq_restore(bool enabled) {
    if (enabled) {
        __asm__ volatile("cpsie i" ::: "memory");
    }
}

void irq_wait(void) {
    __asm__ volatile("mcr p15, 0, %0, c7, c0, 4" : : "r"(0) : "memory");
}
