// The BCM2835 interrupt controller: enabling the 64 GPU interrupts and
// dispatching them to their handlers (ARM Peripherals, section 7).
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_IRQ_H
#define RPI_HW_IRQ_H

#include <stdbool.h>
#include <stdint.h>

// Number of GPU interrupt lines (0-63).
#define IRQ_GPU_COUNT (64u)

// An interrupt handler; it must acknowledge its device.
typedef void (*irq_handler_t)(void);

// Disables every interrupt at the controller and forgets all handlers.
void irq_init(void);

// Installs [fn] for GPU interrupt [irq] and enables the line.
void irq_register(unsigned irq, irq_handler_t fn);

// Disables GPU interrupt [irq].
void irq_disable(unsigned irq);

// Called by the IRQ vector: runs the handler of every pending GPU interrupt.
void irq_dispatch(void);

// Unmasks / masks IRQs at the CPU (CPSR.I); irq_save returns whether they
// were enabled, for irq_restore.
void irq_cpu_enable(void);
bool irq_save(void);
void irq_restore(bool enabled);

// Sleeps until an interrupt is pending (ARMv6 wait-for-interrupt). Call it
// with IRQs masked after checking the condition to wait for, then unmask:
// the interrupt wakes the CPU even while masked, so none is missed.
void irq_wait(void);

#endif
