// The BCM2835 physical address map as the ARM sees it (BCM2835 ARM
// Peripherals, section 1.2.3): one place for every block's base address.
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_BCM2835_H
#define RPI_HW_BCM2835_H

// Peripherals appear at bus address 0x7E000000, which the ARM sees at
// 0x20000000 on the BCM2835 (Pi 1, Zero) and at 0x3F000000 on the
// BCM2836/7 (Pi 2, 3). A Pi 2 build defines RPI_PERIPHERAL_BASE.
#ifndef RPI_PERIPHERAL_BASE
#define RPI_PERIPHERAL_BASE (0x20000000u)
#endif

#define BCM_SYSTIMER_BASE (RPI_PERIPHERAL_BASE + 0x003000u) // system timer (section 12)
#define BCM_IRQ_BASE (RPI_PERIPHERAL_BASE + 0x00B200u)      // interrupt controller (section 7)
#define BCM_MAILBOX_BASE (RPI_PERIPHERAL_BASE + 0x00B880u)  // VideoCore mailboxes
#define BCM_PM_BASE (RPI_PERIPHERAL_BASE + 0x100000u)       // power management, watchdog
#define BCM_RNG_BASE (RPI_PERIPHERAL_BASE + 0x104000u)      // hardware random numbers
#define BCM_GPIO_BASE (RPI_PERIPHERAL_BASE + 0x200000u)     // GPIO (section 6)
#define BCM_UART0_BASE (RPI_PERIPHERAL_BASE + 0x201000u)    // PL011 UART (section 13)
#define BCM_AUX_BASE (RPI_PERIPHERAL_BASE + 0x215000u)      // mini UART, SPI1/2 (section 2)
#define BCM_EMMC_BASE (RPI_PERIPHERAL_BASE + 0x300000u)     // SD host controller (section 5)

// The ARM's physical RAM as the VideoCore (DMA, mailbox) addresses it: with
// the L2 cache enabled by the firmware (Pi 1/Zero default) through the
// 0x40000000 alias, which keeps the GPU coherent with the L2.
#define BCM_BUS_RAM_ALIAS (0x40000000u)

#endif
