// The Pi's side of py/hal.h: the console over the UART (interrupt-driven
// receive into a ring buffer, Ctrl-C as KeyboardInterrupt), time from the
// system timer, and no files yet.
// SPDX-License-Identifier: MIT

#include <errno.h>

#include "board.h"
#include "hw/irq.h"
#include "hw/power.h"
#include "hw/systimer.h"
#include "hw/uart_aux.h"
#include "hw/uart_pl011.h"
#include "py/hal.h"
#include "py/runtime.h"

// ---------------------------------------------------------------------------
// Console input: the receive interrupt fills a ring that the interpreter
// drains. One producer (the IRQ handler), one consumer (everything else).
// ---------------------------------------------------------------------------

#define RX_MASK (CONFIG_RPI_RX_BUFFER - 1u)
_Static_assert((CONFIG_RPI_RX_BUFFER & RX_MASK) == 0, "the receive buffer must be a power of two");

static volatile uint8_t rx_buf[CONFIG_RPI_RX_BUFFER];
static volatile uint32_t rx_head; // written by the IRQ handler
static volatile uint32_t rx_tail; // written by the reader

// Called in the IRQ handler for every received byte.
static void console_rx(uint8_t c) {
    if ((int)c == vm_state.interrupt_char) {
        // Never queued: it interrupts whatever Python code runs.
        rt_keyboard_interrupt();
        return;
    }
    uint32_t head = rx_head;
    if (head - rx_tail < CONFIG_RPI_RX_BUFFER) {
        rx_buf[head & RX_MASK] = c;
        rx_head = head + 1u;
    }
    // A full buffer drops the byte: flow control (raw-paste windows) keeps
    // host tools from getting there.
}

void hal_rpi_console_init(void) {
    rx_head = rx_tail = 0;
#if CONFIG_RPI_CONSOLE_AUX
    uart_aux_enable_rx_irq(console_rx);
    irq_register(UART_AUX_IRQ, uart_aux_irq);
#else
    uart_pl011_enable_rx_irq(console_rx);
    irq_register(UART_PL011_IRQ, uart_pl011_irq);
#endif
}

bool hal_stdin_rx_any(void) {
    return rx_head != rx_tail;
}

int hal_stdin_rx_chr(void) {
    for (;;) {
        bool enabled = irq_save();
        if (rx_head != rx_tail) {
            uint8_t c = rx_buf[rx_tail & RX_MASK];
            rx_tail = rx_tail + 1u;
            irq_restore(enabled);
            return c;
        }
        if (vm_state.pending && vm_state.pending_exception != OBJ_NULL) {
            // Ctrl-C while a program waits for input (input()).
            irq_restore(enabled);
            rt_handle_pending();
            continue;
        }
        irq_wait(); // masked, so an interrupt between the test and here still wakes us
        irq_restore(enabled);
    }
}

// ---------------------------------------------------------------------------
// Console output. In NORMAL mode (code running) "\n" goes out as "\r\n",
// as a serial terminal needs; the console's own output (RAW mode) already
// has its "\r\n" and goes out as it is.
// ---------------------------------------------------------------------------

static int console_mode = HAL_CONSOLE_NORMAL;

void hal_console_mode(int mode) {
    console_mode = mode;
}

// The serial console is always a terminal: input() uses the line editor.
bool hal_console_is_terminal(void) {
    return true;
}

static void tx_cooked(const char *s, size_t len) {
    if (console_mode != HAL_CONSOLE_NORMAL) {
        board_console_write(s, len);
        return;
    }
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '\n') {
            board_console_write(s + start, i - start);
            board_console_write("\r\n", 2);
            start = i + 1;
        }
    }
    board_console_write(s + start, len - start);
}

void hal_stdout_tx_strn(const char *str, size_t len) {
    tx_cooked(str, len);
}

void hal_stderr_tx_strn(const char *str, size_t len) {
    tx_cooked(str, len);
}

void hal_set_interrupt_char(int c) {
    vm_state.interrupt_char = c;
}

// ---------------------------------------------------------------------------
// Time: the system timer counts microseconds since power-on.
// ---------------------------------------------------------------------------

uint32_t hal_ticks_ms(void) {
    return (uint32_t)(systimer_now64() / 1000u);
}

uint32_t hal_ticks_us(void) {
    return systimer_now32();
}

double hal_time(void) {
    return (double)systimer_now64() / 1e6;
}

long hal_utc_offset(int64_t secs) {
    (void)secs;
    return 0;
}

// Below this many microseconds a delay spins; above, it sleeps until the C3
// compare (or any other interrupt) wakes the CPU.
#define SPIN_US (20u)

void hal_delay_us(uint32_t us) {
    uint64_t end = systimer_now64() + us;
    for (;;) {
        uint64_t now = systimer_now64();
        if (now >= end || vm_state.pending) {
            return;
        }
        uint64_t left = end - now;
        if (left <= SPIN_US) {
            continue;
        }
        // The compare only sees the low word: wake at least every 2^31 us.
        uint32_t step = left > 0x7FFFFFFFu ? 0x7FFFFFFFu : (uint32_t)left;
        systimer_arm_wakeup((uint32_t)now + step);
        bool enabled = irq_save();
        if (systimer_now64() < end && !vm_state.pending) {
            irq_wait();
        }
        irq_restore(enabled);
    }
}

void hal_delay_ms(uint32_t ms) {
    // In chunks, so that the microsecond count cannot overflow.
    while (ms > 0 && !vm_state.pending) {
        uint32_t chunk = ms > 1000000u ? 1000000u : ms;
        hal_delay_us(chunk * 1000u);
        ms -= chunk;
    }
}

// ---------------------------------------------------------------------------
// Files: none until the SD card driver exists.
// ---------------------------------------------------------------------------

char *hal_read_file(const char *path, size_t *len, int *err) {
    (void)path;
    *len = 0;
    *err = ENOENT;
    return NULL;
}

int hal_stat_kind(const char *path) {
    (void)path;
    return 0;
}

// open() and the os module: every call fails with ENODEV until the SD card
// driver and a FAT filesystem exist; the os module turns that into OSError.
int hal_file_open(const char *path, int flags, int *fd) {
    (void)path;
    (void)flags;
    (void)fd;
    return ENODEV;
}

int hal_file_read(int fd, void *buf, size_t len, size_t *got) {
    (void)fd;
    (void)buf;
    (void)len;
    *got = 0;
    return ENODEV;
}

int hal_file_write(int fd, const void *buf, size_t len) {
    (void)fd;
    (void)buf;
    (void)len;
    return ENODEV;
}

int hal_file_seek(int fd, int64_t offset, int whence, int64_t *pos) {
    (void)fd;
    (void)offset;
    (void)whence;
    (void)pos;
    return ENODEV;
}

int hal_file_truncate(int fd, int64_t size) {
    (void)fd;
    (void)size;
    return ENODEV;
}

int hal_file_sync(int fd) {
    (void)fd;
    return ENODEV;
}

int hal_file_close(int fd) {
    (void)fd;
    return ENODEV;
}

int hal_stat(const char *path, hal_stat_t *st) {
    (void)path;
    (void)st;
    return ENODEV;
}

int hal_dir_open(const char *path, void **dir) {
    (void)path;
    (void)dir;
    return ENODEV;
}

int hal_dir_read(void *dir, hal_dirent_t *ent, bool *end) {
    (void)dir;
    (void)ent;
    *end = true;
    return ENODEV;
}

void hal_dir_close(void *dir) {
    (void)dir;
}

int hal_mkdir(const char *path) {
    (void)path;
    return ENODEV;
}

int hal_rmdir(const char *path) {
    (void)path;
    return ENODEV;
}

int hal_remove(const char *path) {
    (void)path;
    return ENODEV;
}

int hal_rename(const char *from, const char *to) {
    (void)from;
    (void)to;
    return ENODEV;
}

int hal_chdir(const char *path) {
    (void)path;
    return ENODEV;
}

// Without a filesystem there is one directory, the root (Thonny asks for it).
int hal_getcwd(char *buf, size_t len) {
    if (len < 2) {
        return ERANGE;
    }
    buf[0] = '/';
    buf[1] = '\0';
    return 0;
}

// The BCM2835's hardware RNG has no driver in hw/ yet: xorshift64* seeded
// from the free-running system timer at first use. Not for cryptography.
void hal_urandom(uint8_t *buf, size_t len) {
    static uint64_t state;
    if (state == 0) {
        state = ((uint64_t)hal_ticks_us() << 32) ^ hal_ticks_us() ^ 0x9e3779b97f4a7c15u;
    }
    for (size_t i = 0; i < len; i++) {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        buf[i] = (uint8_t)((state * 0x2545f4914f6cdd1du) >> 56);
    }
}

void hal_fatal(const char *msg) {
    board_console_write("\r\nFATAL: ", 9);
    size_t n = 0;
    while (msg[n] != '\0') {
        n++;
    }
    board_console_write(msg, n);
    board_console_write("\r\n*** resetting\r\n", 17);
    board_console_flush();
    power_reset();
}
