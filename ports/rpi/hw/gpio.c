// GPIO pin functions, pulls and levels (BCM2835 ARM Peripherals, section 6).
// SPDX-License-Identifier: MIT

#include "gpio.h"

#include "bcm2835.h"
#include "mmio.h"

#define GPFSEL0 (BCM_GPIO_BASE + 0x00u)   // function select, 10 pins per register, 3 bits each
#define GPSET0 (BCM_GPIO_BASE + 0x1Cu)    // write 1: output high (pins 0-31; GPSET1 +4)
#define GPCLR0 (BCM_GPIO_BASE + 0x28u)    // write 1: output low
#define GPLEV0 (BCM_GPIO_BASE + 0x34u)    // pin levels
#define GPPUD (BCM_GPIO_BASE + 0x94u)     // pull-up/down control: bits 1:0 = 00 off, 01 down, 10 up
#define GPPUDCLK0 (BCM_GPIO_BASE + 0x98u) // write 1: clock the GPPUD setting into that pin

// The datasheet asks for 150 cycles of set-up and hold around the pull clock.
#define GPPUD_SETTLE_CYCLES (150u)

void gpio_set_function(unsigned pin, uint32_t func) {
    if (pin >= GPIO_PIN_COUNT) {
        return;
    }
    uintptr_t reg = GPFSEL0 + 4u * (pin / 10u);
    unsigned shift = 3u * (pin % 10u);
    uint32_t v = mmio_read(reg);
    v &= ~(7u << shift);
    v |= (func & 7u) << shift;
    mmio_write(reg, v);
}

uint32_t gpio_get_function(unsigned pin) {
    if (pin >= GPIO_PIN_COUNT) {
        return GPIO_FUNC_INPUT;
    }
    return (mmio_read(GPFSEL0 + 4u * (pin / 10u)) >> (3u * (pin % 10u))) & 7u;
}

void gpio_set_pull(unsigned pin, uint32_t pull) {
    if (pin >= GPIO_PIN_COUNT) {
        return;
    }
    uintptr_t clk = GPPUDCLK0 + 4u * (pin / 32u);
    mmio_write(GPPUD, pull & 3u);
    mmio_delay_cycles(GPPUD_SETTLE_CYCLES);
    mmio_write(clk, 1u << (pin % 32u));
    mmio_delay_cycles(GPPUD_SETTLE_CYCLES);
    mmio_write(GPPUD, 0);
    mmio_write(clk, 0);
}

void gpio_write(unsigned pin, bool high) {
    if (pin >= GPIO_PIN_COUNT) {
        return;
    }
    mmio_write((high ? GPSET0 : GPCLR0) + 4u * (pin / 32u), 1u << (pin % 32u));
}

bool gpio_read(unsigned pin) {
    if (pin >= GPIO_PIN_COUNT) {
        return false;
    }
    return (mmio_read(GPLEV0 + 4u * (pin / 32u)) >> (pin % 32u)) & 1u;
}
