// Unit tests of the Pi's register-level drivers (ports/rpi/hw) against a fake register file.
// SPDX-License-Identifier: MIT
//
// The drivers are compiled here for the host with MMIO_FAKE, which turns
// their register accesses into calls of mmio_read/mmio_write below. The fake
// keeps a value per address, logs every access in order, and models the few
// registers whose reads have side effects (UART data and flags, the timer's
// high word). Expected register values come from the BCM2835 ARM Peripherals
// manual's bit layouts and formulas.

#define MMIO_FAKE 1

#include <stdbool.h>
#include <stdint.h>

#include "ports/rpi/hw/gpio.c"
#include "ports/rpi/hw/systimer.c"
#include "ports/rpi/hw/uart_aux.c"
#include "ports/rpi/hw/uart_pl011.c"
#include "tests/unit/unit.h"

// ---------------------------------------------------------------- the fake

#define MAX_REGS (128)
#define MAX_LOG (256)

static struct {
    uintptr_t addr;
    uint32_t value;
} regs[MAX_REGS];
static int n_regs;

typedef struct access {
    bool write;
    uintptr_t addr;
    uint32_t value;
} access_t;
static access_t access_log[MAX_LOG];
static int n_log;

// Bytes waiting in the fake UARTs' receive FIFOs.
static const char *pl011_rx = "";
static const char *aux_rx = "";

// Values the timer's CHI returns on successive reads (0 when exhausted).
static uint32_t chi_script[4];
static int chi_next, chi_len;

static uint32_t *reg(uintptr_t addr) {
    for (int i = 0; i < n_regs; i++) {
        if (regs[i].addr == addr) {
            return &regs[i].value;
        }
    }
    regs[n_regs].addr = addr;
    regs[n_regs].value = 0;
    return &regs[n_regs++].value;
}

static void log_access(bool write, uintptr_t addr, uint32_t value) {
    if (n_log < MAX_LOG) {
        access_log[n_log++] = (access_t){write, addr, value};
    }
}

uint32_t mmio_read(uintptr_t addr) {
    uint32_t v;
    if (addr == UART_FR) {
        v = *pl011_rx ? 0 : FR_RXFE;
    } else if (addr == UART_DR) {
        v = *pl011_rx ? (uint8_t)*pl011_rx++ : 0;
    } else if (addr == AUX_MU_LSR_REG) {
        v = LSR_TX_EMPTY | LSR_TX_IDLE | (*aux_rx ? LSR_DATA_READY : 0);
    } else if (addr == AUX_MU_IO_REG) {
        v = *aux_rx ? (uint8_t)*aux_rx++ : 0;
    } else if (addr == ST_CHI && chi_next < chi_len) {
        v = chi_script[chi_next++];
    } else {
        v = *reg(addr);
    }
    log_access(false, addr, v);
    return v;
}

void mmio_write(uintptr_t addr, uint32_t value) {
    *reg(addr) = value;
    log_access(true, addr, value);
}

static void fake_reset(void) {
    n_regs = 0;
    n_log = 0;
    pl011_rx = "";
    aux_rx = "";
    chi_next = chi_len = 0;
}

// Index of the first logged access to [addr] of the given kind at or after [from], or -1.
static int find_access(bool write, uintptr_t addr, int from) {
    for (int i = from; i < n_log; i++) {
        if (access_log[i].write == write && access_log[i].addr == addr) {
            return i;
        }
    }
    return -1;
}

// ---------------------------------------------------------------- GPIO

static void test_gpio(void) {
    fake_reset();
    *reg(GPFSEL0 + 4) = 0xFFFFFFFFu; // GPFSEL1: pins 10-19
    gpio_set_function(14, GPIO_FUNC_ALT0);
    UNIT_CHECK_EQ_INT(*reg(GPFSEL0 + 4), (0xFFFFFFFFu & ~(7u << 12)) | (4u << 12));
    gpio_set_function(15, GPIO_FUNC_ALT5);
    UNIT_CHECK_EQ_INT(gpio_get_function(15), GPIO_FUNC_ALT5);
    UNIT_CHECK_EQ_INT(gpio_get_function(14), GPIO_FUNC_ALT0);
    gpio_set_function(60, GPIO_FUNC_OUTPUT); // no such pin: ignored
    UNIT_CHECK_EQ_INT(n_regs, 1);

    // Pull-up: GPPUD, clock the pin, then both back to 0 (datasheet 6.1).
    fake_reset();
    gpio_set_pull(15, GPIO_PULL_UP);
    UNIT_CHECK_EQ_INT(n_log, 4);
    UNIT_CHECK(access_log[0].write && access_log[0].addr == GPPUD && access_log[0].value == 2);
    UNIT_CHECK(access_log[1].write && access_log[1].addr == GPPUDCLK0 && access_log[1].value == 1u << 15);
    UNIT_CHECK(access_log[2].write && access_log[2].addr == GPPUD && access_log[2].value == 0);
    UNIT_CHECK(access_log[3].write && access_log[3].addr == GPPUDCLK0 && access_log[3].value == 0);

    fake_reset();
    gpio_set_pull(40, GPIO_PULL_DOWN); // second clock register
    UNIT_CHECK(access_log[1].addr == GPPUDCLK0 + 4 && access_log[1].value == 1u << 8);

    fake_reset();
    gpio_write(47, true);
    UNIT_CHECK_EQ_INT(*reg(GPSET0 + 4), 1u << 15);
    gpio_write(3, false);
    UNIT_CHECK_EQ_INT(*reg(GPCLR0), 1u << 3);
    *reg(GPLEV0 + 4) = 1u << 3;
    UNIT_CHECK(gpio_read(35));
    UNIT_CHECK(!gpio_read(34));
}

// ---------------------------------------------------------------- PL011

static char received[16];
static int n_received;

static void on_rx(uint8_t c) {
    if (n_received < (int)sizeof(received)) {
        received[n_received++] = (char)c;
    }
}

static void test_pl011(void) {
    // 48 MHz / (16 * 115200) = 26.042: IBRD 26, FBRD round(0.042 * 64) = 3.
    fake_reset();
    uart_pl011_init(48000000u, 115200u);
    UNIT_CHECK_EQ_INT(*reg(UART_IBRD), 26);
    UNIT_CHECK_EQ_INT(*reg(UART_FBRD), 3);
    UNIT_CHECK_EQ_INT(*reg(UART_LCRH), (3u << 5) | (1u << 4)); // 8 bits, FIFOs on
    UNIT_CHECK_EQ_INT(*reg(UART_CR), (1u << 9) | (1u << 8) | 1u); // RXE TXE UARTEN
    UNIT_CHECK_EQ_INT(*reg(UART_IMSC), 0);
    UNIT_CHECK_EQ_INT(gpio_get_function(14), GPIO_FUNC_ALT0);
    UNIT_CHECK_EQ_INT(gpio_get_function(15), GPIO_FUNC_ALT0);
    // The UART is disabled before the divisor changes, enabled last.
    int cr_off = find_access(true, UART_CR, 0);
    UNIT_CHECK(cr_off >= 0 && access_log[cr_off].value == 0);
    UNIT_CHECK(find_access(true, UART_IBRD, 0) > cr_off);
    UNIT_CHECK(find_access(true, UART_CR, cr_off + 1) > find_access(true, UART_LCRH, cr_off + 1));

    // QEMU's UART clock: 3 MHz / (16 * 115200) = 1.628: IBRD 1, FBRD 40.
    fake_reset();
    uart_pl011_init(3000000u, 115200u);
    UNIT_CHECK_EQ_INT(*reg(UART_IBRD), 1);
    UNIT_CHECK_EQ_INT(*reg(UART_FBRD), 40);

    // Clock 0 leaves the divisor alone.
    fake_reset();
    uart_pl011_init(0, 115200u);
    UNIT_CHECK_EQ_INT(find_access(true, UART_IBRD, 0), -1);

    // Receive interrupt: RX and RT enabled; the handler clears before it
    // drains, and drains everything.
    fake_reset();
    uart_pl011_enable_rx_irq(on_rx);
    UNIT_CHECK_EQ_INT(*reg(UART_IMSC), INT_RX | INT_RT);
    n_log = 0;
    n_received = 0;
    pl011_rx = "ab\x03";
    uart_pl011_irq();
    UNIT_CHECK_EQ_INT(n_received, 3);
    UNIT_CHECK(memcmp(received, "ab\x03", 3) == 0);
    int icr = find_access(true, UART_ICR, 0);
    int dr = find_access(false, UART_DR, 0);
    UNIT_CHECK(icr >= 0 && dr >= 0 && icr < dr);
    UNIT_CHECK((access_log[icr].value & (INT_RX | INT_RT)) == (INT_RX | INT_RT));

    // Transmit writes the byte to DR.
    fake_reset();
    uart_pl011_putc('Z');
    UNIT_CHECK_EQ_INT(*reg(UART_DR), 'Z');
    UNIT_CHECK_EQ_INT(uart_pl011_getc_nowait(), -1);
    pl011_rx = "q";
    UNIT_CHECK_EQ_INT(uart_pl011_getc_nowait(), 'q');
}

// ---------------------------------------------------------------- mini UART

static void test_aux(void) {
    // baud = 250 MHz / (8 * (reg + 1)): reg 270 gives 115313 baud (0.1%).
    fake_reset();
    uart_aux_init(250000000u, 115200u);
    UNIT_CHECK_EQ_INT(*reg(AUX_MU_BAUD_REG), 270);
    UNIT_CHECK((*reg(AUX_ENABLES) & 1u) == 1u);
    UNIT_CHECK_EQ_INT(*reg(AUX_MU_LCR_REG), 3);
    UNIT_CHECK_EQ_INT(*reg(AUX_MU_CNTL_REG), 3);
    UNIT_CHECK_EQ_INT(gpio_get_function(14), GPIO_FUNC_ALT5);
    UNIT_CHECK_EQ_INT(gpio_get_function(15), GPIO_FUNC_ALT5);
    // The enable bit goes on before the other registers are touched.
    UNIT_CHECK(find_access(true, AUX_ENABLES, 0) < find_access(true, AUX_MU_CNTL_REG, 0));

    uart_aux_enable_rx_irq(on_rx);
    UNIT_CHECK((*reg(AUX_MU_IER_REG) & 1u) == 1u);
    UNIT_CHECK((*reg(AUX_MU_IER_REG) & 2u) == 0); // no TX interrupt
    n_received = 0;
    aux_rx = "xyz";
    uart_aux_irq();
    UNIT_CHECK_EQ_INT(n_received, 3);
    UNIT_CHECK(memcmp(received, "xyz", 3) == 0);
}

// ---------------------------------------------------------------- system timer

static int ticks;

static void on_tick(void) {
    ticks++;
}

static void test_systimer(void) {
    fake_reset();
    *reg(ST_CLO) = 1000;
    systimer_start_tick(10000, on_tick);
    UNIT_CHECK_EQ_INT(*reg(ST_C1), 11000);
    // A late interrupt sets the next compare from the present count.
    *reg(ST_CLO) = 25000;
    ticks = 0;
    n_log = 0;
    systimer_irq_c1();
    UNIT_CHECK_EQ_INT(ticks, 1);
    UNIT_CHECK_EQ_INT(*reg(ST_C1), 35000);
    int cs = find_access(true, ST_CS, 0);
    UNIT_CHECK(cs >= 0 && access_log[cs].value == CS_M1);

    // The 64-bit read retries when CHI changes between its two reads.
    fake_reset();
    *reg(ST_CLO) = 5;
    chi_script[0] = 1;
    chi_script[1] = 2;
    chi_script[2] = 2;
    chi_script[3] = 2;
    chi_len = 4;
    UNIT_CHECK(systimer_now64() == (((uint64_t)2 << 32) | 5));

    fake_reset();
    systimer_arm_wakeup(0xFFFFFFF0u);
    UNIT_CHECK_EQ_INT(*reg(ST_C3), 0xFFFFFFF0u);
    systimer_irq_c3();
    UNIT_CHECK_EQ_INT(*reg(ST_CS), CS_M3);
}

int main(void) {
    test_gpio();
    test_pl011();
    test_aux();
    test_systimer();
    return unit_report();
}
