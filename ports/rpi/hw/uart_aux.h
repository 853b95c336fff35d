// The AUX mini UART (UART1): polled transmit, interrupt-driven receive
// (BCM2835 ARM Peripherals, section 2.2).
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_UART_AUX_H
#define RPI_HW_UART_AUX_H

#include <stddef.h>
#include <stdint.h>

#include "uart_pl011.h" // uart_rx_fn_t

// GPU interrupt number of the AUX block (aux_int: mini UART, SPI1, SPI2).
#define UART_AUX_IRQ (29u)

// Sets up 8N1 at [baud], GPIO14/15 switched to TXD1/RXD1. [clock_hz] is the
// VPU core clock (mailbox clock id 4) the mini UART's baud rate derives
// from; 0 keeps the current divisor.
void uart_aux_init(uint32_t clock_hz, uint32_t baud);

// Sends one byte, waiting while the transmit FIFO is full.
void uart_aux_putc(uint8_t c);

// Sends [len] bytes.
void uart_aux_write(const char *s, size_t len);

// Waits until the transmitter is idle.
void uart_aux_flush(void);

// A received byte, or -1 if none is waiting.
int uart_aux_getc_nowait(void);

// Routes received bytes to [fn] from the interrupt handler and enables the
// receive interrupt (the caller enables UART_AUX_IRQ at the controller).
void uart_aux_enable_rx_irq(uart_rx_fn_t fn);

// The interrupt handler (registered with irq_register for UART_AUX_IRQ).
void uart_aux_irq(void);

#endif
