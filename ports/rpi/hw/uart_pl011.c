// The PL011 UART (UART0): polled transmit, interrupt-driven receive
// (BCM2835 ARM Peripherals, section 13).
// SPDX-License-Identifier: MIT

#include "uart_pl011.h"

#include "bcm2835.h"
#include "gpio.h"
#include "mmio.h"

#define UART_DR (BCM_UART0_BASE + 0x00u)   // data register: bits 7:0 data, 11:8 OE BE PE FE errors
#define UART_FR (BCM_UART0_BASE + 0x18u)   // flag register
#define UART_IBRD (BCM_UART0_BASE + 0x24u) // integer part of the baud divisor (16 bits)
#define UART_FBRD (BCM_UART0_BASE + 0x28u) // fractional part of the baud divisor (6 bits)
#define UART_LCRH (BCM_UART0_BASE + 0x2Cu) // line control
#define UART_CR (BCM_UART0_BASE + 0x30u)   // control
#define UART_IFLS (BCM_UART0_BASE + 0x34u) // interrupt FIFO level select
#define UART_IMSC (BCM_UART0_BASE + 0x38u) // interrupt mask set/clear (1 = enabled)
#define UART_MIS (BCM_UART0_BASE + 0x40u)  // masked interrupt status
#define UART_ICR (BCM_UART0_BASE + 0x44u)  // interrupt clear (write 1 to clear)

#define FR_TXFE (1u << 7) // transmit FIFO empty
#define FR_RXFF (1u << 6) // receive FIFO full
#define FR_TXFF (1u << 5) // transmit FIFO full
#define FR_RXFE (1u << 4) // receive FIFO empty
#define FR_BUSY (1u << 3) // transmitting (until the stop bits of the last byte are out)

#define LCRH_WLEN_8 (3u << 5) // word length 8 bits
#define LCRH_FEN (1u << 4)    // FIFOs enabled

#define CR_RXE (1u << 9)    // receive enable
#define CR_TXE (1u << 8)    // transmit enable
#define CR_UARTEN (1u << 0) // UART enable

#define IFLS_RX_1_8 (0u << 3) // receive interrupt at FIFO >= 1/8 full
#define IFLS_TX_1_8 (0u << 0) // transmit interrupt at FIFO <= 1/8 full

#define INT_OE (1u << 10) // overrun error
#define INT_BE (1u << 9)  // break error
#define INT_PE (1u << 8)  // parity error
#define INT_FE (1u << 7)  // framing error
#define INT_RT (1u << 6)  // receive timeout: bytes below the trigger level sat idle
#define INT_TX (1u << 5)  // transmit
#define INT_RX (1u << 4)  // receive
#define INT_ALL (0x7FFu)

#define UART_TXD0_PIN (14u)
#define UART_RXD0_PIN (15u)

static uart_rx_fn_t pl011_rx_fn;

void uart_pl011_init(uint32_t clock_hz, uint32_t baud) {
    // Disable, let the last byte out, flush the FIFOs by turning them off.
    mmio_write(UART_CR, 0);
    while (mmio_read(UART_FR) & FR_BUSY) {
    }
    mmio_write(UART_LCRH, 0);

    gpio_set_function(UART_TXD0_PIN, GPIO_FUNC_ALT0);
    gpio_set_function(UART_RXD0_PIN, GPIO_FUNC_ALT0);
    gpio_set_pull(UART_TXD0_PIN, GPIO_PULL_NONE);
    gpio_set_pull(UART_RXD0_PIN, GPIO_PULL_NONE);

    mmio_write(UART_ICR, INT_ALL);
    if (clock_hz != 0 && baud != 0) {
        // Divisor = clock / (16 * baud), as 16.6 fixed point, rounded.
        uint32_t div64 = (uint32_t)(((uint64_t)clock_hz * 4u + baud / 2u) / baud);
        mmio_write(UART_IBRD, div64 >> 6);
        mmio_write(UART_FBRD, div64 & 0x3Fu);
    }
    mmio_write(UART_LCRH, LCRH_WLEN_8 | LCRH_FEN);
    mmio_write(UART_IFLS, IFLS_RX_1_8 | IFLS_TX_1_8);
    mmio_write(UART_IMSC, 0);
    mmio_write(UART_CR, CR_UARTEN | CR_TXE | CR_RXE);
}

void uart_pl011_putc(uint8_t c) {
    while (mmio_read(UART_FR) & FR_TXFF) {
    }
    mmio_write(UART_DR, c);
}

void uart_pl011_write(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        uart_pl011_putc((uint8_t)s[i]);
    }
}

void uart_pl011_flush(void) {
    while ((mmio_read(UART_FR) & (FR_TXFE | FR_BUSY)) != FR_TXFE) {
    }
}

int uart_pl011_getc_nowait(void) {
    if (mmio_read(UART_FR) & FR_RXFE) {
        return -1;
    }
    return (int)(mmio_read(UART_DR) & 0xFFu);
}

void uart_pl011_enable_rx_irq(uart_rx_fn_t fn) {
    pl011_rx_fn = fn;
    mmio_write(UART_ICR, INT_ALL);
    // RX fires at the FIFO trigger level; RT catches the bytes below it.
    mmio_write(UART_IMSC, INT_RX | INT_RT);
}

void uart_pl011_irq(void) {
    // Clear first, then drain: a byte arriving during the drain raises the
    // interrupt again instead of being left behind unsignalled.
    mmio_write(UART_ICR, INT_RX | INT_RT | INT_OE | INT_BE | INT_PE | INT_FE);
    while (!(mmio_read(UART_FR) & FR_RXFE)) {
        uint8_t c = (uint8_t)(mmio_read(UART_DR) & 0xFFu);
        if (pl011_rx_fn != 0) {
            pl011_rx_fn(c);
        }
    }
}
