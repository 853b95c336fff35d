// GPIO pin functions, pulls and levels (BCM2835 ARM Peripherals, section 6).
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_GPIO_H
#define RPI_HW_GPIO_H

#include <stdbool.h>
#include <stdint.h>

// Function select values for GPFSELn (3 bits per pin).
#define GPIO_FUNC_INPUT (0u)
#define GPIO_FUNC_OUTPUT (1u)
#define GPIO_FUNC_ALT0 (4u)
#define GPIO_FUNC_ALT1 (5u)
#define GPIO_FUNC_ALT2 (6u)
#define GPIO_FUNC_ALT3 (7u)
#define GPIO_FUNC_ALT4 (3u)
#define GPIO_FUNC_ALT5 (2u)

// Pull settings for GPPUD.
#define GPIO_PULL_NONE (0u)
#define GPIO_PULL_DOWN (1u)
#define GPIO_PULL_UP (2u)

// Number of GPIO lines on the BCM2835.
#define GPIO_PIN_COUNT (54u)

// Selects function [func] (GPIO_FUNC_*) for [pin].
void gpio_set_function(unsigned pin, uint32_t func);

// The function currently selected for [pin].
uint32_t gpio_get_function(unsigned pin);

// Sets the pull-up/down of [pin] with the GPPUD/GPPUDCLK sequence.
void gpio_set_pull(unsigned pin, uint32_t pull);

// Drives an output [pin] high or low.
void gpio_write(unsigned pin, bool high);

// Reads the level of [pin].
bool gpio_read(unsigned pin);

#endif
