// Resetting the board through the power manager's watchdog (PM_RSTC/PM_WDOG).
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_POWER_H
#define RPI_HW_POWER_H

// Resets the whole SoC at once; the firmware then boots the kernel again.
__attribute__((noreturn)) void power_reset(void);

#endif
