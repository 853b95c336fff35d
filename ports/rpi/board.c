// Board bring-up: the console UART and its receive interrupt, the system
// timer tick, and the board identity from the mailbox.
// SPDX-License-Identifier: MIT

#include "board.h"

#include "config_port.h"
#include "hw/irq.h"
#include "hw/mailbox.h"
#include "hw/systimer.h"
#include "hw/uart_aux.h"
#include "hw/uart_pl011.h"

board_info_t board_info;

void board_console_write(const char *s, size_t len) {
#if CONFIG_RPI_CONSOLE_AUX
    uart_aux_write(s, len);
#else
    uart_pl011_write(s, len);
#endif
}

void board_console_flush(void) {
#if CONFIG_RPI_CONSOLE_AUX
    uart_aux_flush();
#else
    uart_pl011_flush();
#endif
}

// Model names by the "type" field of new-style revision codes (bit 23 set).
static const char *model_from_type(uint32_t type) {
    switch (type) {
        case 0x00: return "Raspberry Pi Model A";
        case 0x01: return "Raspberry Pi Model B";
        case 0x02: return "Raspberry Pi Model A+";
        case 0x03: return "Raspberry Pi Model B+";
        case 0x04: return "Raspberry Pi 2 Model B";
        case 0x06: return "Raspberry Pi Compute Module";
        case 0x08: return "Raspberry Pi 3 Model B";
        case 0x09: return "Raspberry Pi Zero";
        case 0x0a: return "Raspberry Pi Compute Module 3";
        case 0x0c: return "Raspberry Pi Zero W";
        case 0x0d: return "Raspberry Pi 3 Model B+";
        case 0x0e: return "Raspberry Pi 3 Model A+";
        case 0x10: return "Raspberry Pi Compute Module 3+";
        case 0x11: return "Raspberry Pi 4 Model B";
        case 0x12: return "Raspberry Pi Zero 2 W";
        default: return "Raspberry Pi";
    }
}

// Old-style revision codes (Pi 1 boards before the new scheme).
static const char *model_from_old_revision(uint32_t rev) {
    rev &= 0xFFFFu;
    if ((rev >= 0x2 && rev <= 0x6) || (rev >= 0xd && rev <= 0xf)) {
        return "Raspberry Pi Model B";
    }
    if (rev >= 0x7 && rev <= 0x9) {
        return "Raspberry Pi Model A";
    }
    if (rev == 0x10 || rev == 0x13) {
        return "Raspberry Pi Model B+";
    }
    if (rev == 0x12 || rev == 0x15) {
        return "Raspberry Pi Model A+";
    }
    if (rev == 0x11 || rev == 0x14) {
        return "Raspberry Pi Compute Module";
    }
    return "Raspberry Pi";
}

static void identify(void) {
    board_info.revision = mailbox_board_revision();
    board_info.serial = mailbox_board_serial();
    if (!mailbox_arm_memory(&board_info.arm_mem_base, &board_info.arm_mem_size)) {
        board_info.arm_mem_base = 0;
        board_info.arm_mem_size = 0;
    }
    board_info.uart_clock = mailbox_clock_rate(MAILBOX_CLOCK_UART);
    board_info.arm_clock = mailbox_clock_rate(MAILBOX_CLOCK_ARM);
    uint32_t rev = board_info.revision;
    board_info.soc = "BCM2835";
    if (rev & (1u << 23)) {
        board_info.model = model_from_type((rev >> 4) & 0xFFu);
        static const char *const socs[] = {"BCM2835", "BCM2836", "BCM2837", "BCM2711"};
        uint32_t proc = (rev >> 12) & 0xFu;
        if (proc < 4) {
            board_info.soc = socs[proc];
        }
    } else {
        board_info.model = model_from_old_revision(rev);
    }
}

const char *board_banner_name(void) {
    static char name[64];
    if (name[0] == '\0') {
        size_t n = 0;
        const char *parts[] = {board_info.model, " with ", board_info.soc};
        for (unsigned p = 0; p < 3; p++) {
            for (const char *s = parts[p]; *s != '\0' && n + 1 < sizeof(name); s++) {
                name[n++] = *s;
            }
        }
        name[n] = '\0';
    }
    return name;
}

bool board_is_emulated(void) {
    return board_info.serial == 0;
}

static volatile uint32_t tick_count;

static void on_tick(void) {
    tick_count++;
}

void board_init(void) {
    irq_init();
    identify();
#if CONFIG_RPI_CONSOLE_AUX
    uart_aux_init(mailbox_clock_rate(MAILBOX_CLOCK_CORE), CONFIG_RPI_BAUD);
#else
    uart_pl011_init(board_info.uart_clock, CONFIG_RPI_BAUD);
#endif
    systimer_start_tick(CONFIG_RPI_TICK_US, on_tick);
    irq_register(SYSTIMER_IRQ_C1, systimer_irq_c1);
    irq_register(SYSTIMER_IRQ_C3, systimer_irq_c3);
    irq_cpu_enable();
}
