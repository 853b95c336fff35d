// The AUX mini UART (UART1): polled transmit, interrupt-driven receive
// (BCM2835 ARM Peripherals, section 2.2).
// SPDX-License-Identifier: MIT

#include "uart_aux.h"

#include "bcm2835.h"
#include "gpio.h"
#include "mmio.h"

#define AUX_ENABLES (BCM_AUX_BASE + 0x04u)    // bit 0: mini UART enable (its registers work only then)
#define AUX_MU_IO_REG (BCM_AUX_BASE + 0x40u)  // data: bits 7:0 read from the RX FIFO / write to the TX FIFO
#define AUX_MU_IER_REG (BCM_AUX_BASE + 0x44u) // interrupt enable
#define AUX_MU_IIR_REG (BCM_AUX_BASE + 0x48u) // interrupt identify; writes clear the FIFOs
#define AUX_MU_LCR_REG (BCM_AUX_BASE + 0x4Cu) // line control
#define AUX_MU_MCR_REG (BCM_AUX_BASE + 0x50u) // modem control: bit 1 RTS
#define AUX_MU_LSR_REG (BCM_AUX_BASE + 0x54u) // line status
#define AUX_MU_CNTL_REG (BCM_AUX_BASE + 0x60u) // extra control
#define AUX_MU_BAUD_REG (BCM_AUX_BASE + 0x68u) // baud divisor: baud = clock / (8 * (reg + 1))

#define ENABLES_MINI_UART (1u << 0)

// The datasheet swaps the two enable bits; the hardware (and QEMU) use
// bit 0 for receive. Bits 3:2 are documented as unused, but the receive
// interrupt only fires on hardware when they are set too (errata).
#define IER_RX (1u << 0)    // interrupt while the receive FIFO holds data
#define IER_TX (1u << 1)    // interrupt while the transmit FIFO is empty (left off)
#define IER_RX_ERRATA (3u << 2)

#define IIR_CLEAR_FIFOS (3u << 1) // on write: bit 1 clears RX, bit 2 clears TX

#define LCR_8BIT (3u << 0) // 8-bit mode (the datasheet names only bit 0; both are needed)

#define LSR_TX_IDLE (1u << 6)  // transmit FIFO empty and the transmitter idle
#define LSR_TX_EMPTY (1u << 5) // transmit FIFO can accept at least one byte
#define LSR_DATA_READY (1u << 0) // receive FIFO holds at least one byte

#define CNTL_TX_ENABLE (1u << 1)
#define CNTL_RX_ENABLE (1u << 0)

#define UART_TXD1_PIN (14u)
#define UART_RXD1_PIN (15u)

static uart_rx_fn_t aux_rx_fn;

void uart_aux_init(uint32_t clock_hz, uint32_t baud) {
    mmio_write(AUX_ENABLES, mmio_read(AUX_ENABLES) | ENABLES_MINI_UART);
    mmio_write(AUX_MU_CNTL_REG, 0);
    mmio_write(AUX_MU_IER_REG, 0);
    mmio_write(AUX_MU_LCR_REG, LCR_8BIT);
    mmio_write(AUX_MU_MCR_REG, 0);
    mmio_write(AUX_MU_IIR_REG, IIR_CLEAR_FIFOS);
    if (clock_hz != 0 && baud != 0) {
        mmio_write(AUX_MU_BAUD_REG, (clock_hz + 4u * baud) / (8u * baud) - 1u);
    }
    gpio_set_function(UART_TXD1_PIN, GPIO_FUNC_ALT5);
    gpio_set_function(UART_RXD1_PIN, GPIO_FUNC_ALT5);
    gpio_set_pull(UART_TXD1_PIN, GPIO_PULL_NONE);
    gpio_set_pull(UART_RXD1_PIN, GPIO_PULL_NONE);
    mmio_write(AUX_MU_CNTL_REG, CNTL_TX_ENABLE | CNTL_RX_ENABLE);
}

void uart_aux_putc(uint8_t c) {
    while (!(mmio_read(AUX_MU_LSR_REG) & LSR_TX_EMPTY)) {
    }
    mmio_write(AUX_MU_IO_REG, c);
}

void uart_aux_write(const char *s, size_t len) {
    for (size_t i = 0; i < len; i++) {
        uart_aux_putc((uint8_t)s[i]);
    }
}

void uart_aux_flush(void) {
    while (!(mmio_read(AUX_MU_LSR_REG) & LSR_TX_IDLE)) {
    }
}

int uart_aux_getc_nowait(void) {
    if (!(mmio_read(AUX_MU_LSR_REG) & LSR_DATA_READY)) {
        return -1;
    }
    return (int)(mmio_read(AUX_MU_IO_REG) & 0xFFu);
}

void uart_aux_enable_rx_irq(uart_rx_fn_t fn) {
    aux_rx_fn = fn;
    mmio_write(AUX_MU_IER_REG, IER_RX | IER_RX_ERRATA);
}

void uart_aux_irq(void) {
    // The interrupt stays raised while the FIFO holds data: draining it is
    // the acknowledgement.
    while (mmio_read(AUX_MU_LSR_REG) & LSR_DATA_READY) {
        uint8_t c = (uint8_t)(mmio_read(AUX_MU_IO_REG) & 0xFFu);
        if (aux_rx_fn != 0) {
            aux_rx_fn(c);
        }
    }
}
