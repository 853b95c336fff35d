// The PL011 UART (UART0): polled transmit, interrupt-driven receive
// (BCM2835 ARM Peripherals, section 13).
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_UART_PL011_H
#define RPI_HW_UART_PL011_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// GPU interrupt number of the PL011 (uart_int).
#define UART_PL011_IRQ (57u)

// Called from the interrupt handler with each received byte.
typedef void (*uart_rx_fn_t)(uint8_t byte);

// Sets up 8N1 at [baud] with FIFOs on, GPIO14/15 switched to TXD0/RXD0.
// [clock_hz] is the UART reference clock (mailbox clock id 2); 0 keeps the
// current divisor (the firmware's, or QEMU's which needs none).
void uart_pl011_init(uint32_t clock_hz, uint32_t baud);

// Sends one byte, waiting while the transmit FIFO is full.
void uart_pl011_putc(uint8_t c);

// Sends [len] bytes.
void uart_pl011_write(const char *s, size_t len);

// Waits until every byte has left the shift register.
void uart_pl011_flush(void);

// A received byte, or -1 if none is waiting (polled mode).
int uart_pl011_getc_nowait(void);

// Routes received bytes to [fn] from the interrupt handler and enables the
// receive and receive-timeout interrupts (the caller enables UART_PL011_IRQ
// at the interrupt controller).
void uart_pl011_enable_rx_irq(uart_rx_fn_t fn);

// The interrupt handler (registered with irq_register for UART_PL011_IRQ).
void uart_pl011_irq(void);

#endif
