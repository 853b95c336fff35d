// Resetting the board through the power manager's watchdog (PM_RSTC/PM_WDOG).
// SPDX-License-Identifier: MIT
//
// The power manager is not in the ARM Peripherals manual; these registers
// are the ones the firmware and Linux's bcm2835 watchdog driver use.

#include "power.h"

#include <stdint.h>

#include "bcm2835.h"
#include "mmio.h"

#define PM_RSTC (BCM_PM_BASE + 0x1Cu) // reset control
#define PM_WDOG (BCM_PM_BASE + 0x24u) // watchdog countdown, in 16 us ticks (bits 19:0)

#define PM_PASSWORD (0x5A000000u)           // required in bits 31:24 of every write
#define PM_RSTC_WRCFG_MASK (0x00000030u)    // bits 5:4: what the watchdog does when it expires
#define PM_RSTC_WRCFG_FULL_RESET (0x00000020u) // full reset

void power_reset(void) {
    // Expire the watchdog almost at once with "full reset" configured. QEMU
    // resets on the PM_RSTC write itself (it does not count PM_WDOG down).
    mmio_write(PM_WDOG, PM_PASSWORD | 10u);
    uint32_t rstc = mmio_read(PM_RSTC) & ~PM_RSTC_WRCFG_MASK;
    mmio_write(PM_RSTC, PM_PASSWORD | rstc | PM_RSTC_WRCFG_FULL_RESET);
    for (;;) {
        __asm__ volatile("mcr p15, 0, %0, c7, c0, 4" : : "r"(0) : "memory");
    }
}
