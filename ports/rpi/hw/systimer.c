// The BCM2835 system timer: a free-running 1 MHz counter with four compare
// channels, of which C1 and C3 belong to the ARM (ARM Peripherals, section 12).
// SPDX-License-Identifier: MIT

#include "systimer.h"

#include "bcm2835.h"
#include "mmio.h"

#define ST_CS (BCM_SYSTIMER_BASE + 0x00u)  // control/status: bit n = channel n matched; write 1 to clear
#define ST_CLO (BCM_SYSTIMER_BASE + 0x04u) // counter, low 32 bits
#define ST_CHI (BCM_SYSTIMER_BASE + 0x08u) // counter, high 32 bits
#define ST_C1 (BCM_SYSTIMER_BASE + 0x10u)  // compare 1: matches when CLO equals it
#define ST_C3 (BCM_SYSTIMER_BASE + 0x18u)  // compare 3

#define CS_M1 (1u << 1) // channel 1 matched
#define CS_M3 (1u << 3) // channel 3 matched

static uint32_t tick_period;
static void (*tick_fn)(void);

uint32_t systimer_now32(void) {
    return mmio_read(ST_CLO);
}

uint64_t systimer_now64(void) {
    uint32_t hi, lo;
    do {
        hi = mmio_read(ST_CHI);
        lo = mmio_read(ST_CLO);
    } while (mmio_read(ST_CHI) != hi);
    return ((uint64_t)hi << 32) | lo;
}

void systimer_start_tick(uint32_t period_us, void (*fn)(void)) {
    tick_period = period_us;
    tick_fn = fn;
    mmio_write(ST_CS, CS_M1);
    mmio_write(ST_C1, mmio_read(ST_CLO) + period_us);
}

void systimer_irq_c1(void) {
    mmio_write(ST_CS, CS_M1);
    // From the counter's present value, not the last compare value: a late
    // handler must not set a compare time already in the past (the counter
    // would wrap round before the next match).
    mmio_write(ST_C1, mmio_read(ST_CLO) + tick_period);
    if (tick_fn != 0) {
        tick_fn();
    }
}

void systimer_arm_wakeup(uint32_t when) {
    mmio_write(ST_CS, CS_M3);
    mmio_write(ST_C3, when);
}

void systimer_irq_c3(void) {
    mmio_write(ST_CS, CS_M3);
}
