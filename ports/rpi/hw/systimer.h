// The BCM2835 system timer: a free-running 1 MHz counter with four compare
// channels, of which C1 and C3 belong to the ARM (ARM Peripherals, section 12).
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_SYSTIMER_H
#define RPI_HW_SYSTIMER_H

#include <stdint.h>

// GPU interrupt numbers of the ARM's compare channels.
#define SYSTIMER_IRQ_C1 (1u)
#define SYSTIMER_IRQ_C3 (3u)

// The low 32 bits of the counter (microseconds, wrapping every ~71 minutes).
uint32_t systimer_now32(void);

// The whole 64-bit counter, read consistently across a carry.
uint64_t systimer_now64(void);

// Calls [fn] every [period_us] from the C1 interrupt (the caller enables
// SYSTIMER_IRQ_C1 at the controller and registers systimer_irq_c1).
void systimer_start_tick(uint32_t period_us, void (*fn)(void));

// The C1 interrupt handler.
void systimer_irq_c1(void);

// Arms C3 to interrupt once when the counter's low word reaches [when]
// (used to wake a sleeping CPU); the handler only acknowledges it.
void systimer_arm_wakeup(uint32_t when);

// The C3 interrupt handler.
void systimer_irq_c3(void);

#endif
