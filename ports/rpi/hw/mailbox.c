// The VideoCore mailbox's property channel (8): asking the firmware for the
// board revision and serial, the memory split and clock rates.
// SPDX-License-Identifier: MIT
//
// A property call is a 16-byte aligned buffer of words:
//   [0] total size in bytes   [1] 0 = request (0x80000000 = success on return)
//   then tags: [id] [value buffer size] [request length; on return
//   0x80000000 | response length] [value buffer ...], and a 0 end tag.
// Its address (as the VideoCore sees it) ORed with the channel number goes
// to MBOX0 write; the same word comes back on MBOX0 read when done.

#include "mailbox.h"

#include "bcm2835.h"
#include "mmio.h"

#define MBOX0_READ (BCM_MAILBOX_BASE + 0x00u)   // mailbox 0 (VC -> ARM): read pops a word
#define MBOX0_STATUS (BCM_MAILBOX_BASE + 0x18u) // mailbox 0 status
#define MBOX1_WRITE (BCM_MAILBOX_BASE + 0x20u)  // mailbox 1 (ARM -> VC): write pushes a word
#define MBOX1_STATUS (BCM_MAILBOX_BASE + 0x38u) // mailbox 1 status

#define STATUS_FULL (1u << 31)  // no room to write
#define STATUS_EMPTY (1u << 30) // nothing to read

#define CHANNEL_PROPERTY (8u)
#define CODE_REQUEST (0u)
#define CODE_SUCCESS (0x80000000u)
#define TAG_RESPONSE (0x80000000u) // set in a tag's length word when answered

#define TAG_GET_BOARD_REVISION (0x00010002u)
#define TAG_GET_BOARD_SERIAL (0x00010004u)
#define TAG_GET_ARM_MEMORY (0x00010005u)
#define TAG_GET_CLOCK_RATE (0x00030002u)
#define TAG_GET_TEMPERATURE (0x00030006u)

#define MAX_VALUE_WORDS (8u)

static volatile uint32_t buffer[6 + MAX_VALUE_WORDS] __attribute__((aligned(16)));

static uint32_t call(uint32_t addr) {
    while (mmio_read(MBOX1_STATUS) & STATUS_FULL) {
    }
    mmio_write(MBOX1_WRITE, addr | CHANNEL_PROPERTY);
    for (;;) {
        while (mmio_read(MBOX0_STATUS) & STATUS_EMPTY) {
        }
        uint32_t reply = mmio_read(MBOX0_READ);
        if ((reply & 0xFu) == CHANNEL_PROPERTY) {
            return reply & ~0xFu;
        }
    }
}

int mailbox_property(uint32_t tag, const uint32_t *in, unsigned n_in, uint32_t *out,
    unsigned n_out) {
    unsigned n_value = n_in > n_out ? n_in : n_out;
    if (n_value > MAX_VALUE_WORDS) {
        return -1;
    }
    if (n_value == 0) {
        n_value = 1;
    }
    unsigned n = 0;
    buffer[n++] = (uint32_t)((5u + n_value + 1u) * 4u);
    buffer[n++] = CODE_REQUEST;
    buffer[n++] = tag;
    buffer[n++] = n_value * 4u;
    buffer[n++] = n_in * 4u;
    for (unsigned i = 0; i < n_value; i++) {
        buffer[n++] = i < n_in ? in[i] : 0u;
    }
    buffer[n++] = 0; // end tag

    // The ARM runs with caches off here, so the buffer is in RAM already;
    // the barrier orders the stores before the mailbox write.
    mmio_barrier();
    call((uint32_t)(uintptr_t)buffer | BCM_BUS_RAM_ALIAS);
    mmio_barrier();

    uint32_t length = buffer[4];
    if (buffer[1] != CODE_SUCCESS || !(length & TAG_RESPONSE)) {
        return -1;
    }
    length &= ~TAG_RESPONSE;
    if (length == 0) {
        return -1;
    }
    for (unsigned i = 0; i < n_out && i * 4u < length; i++) {
        out[i] = buffer[5 + i];
    }
    return (int)length;
}

uint32_t mailbox_board_revision(void) {
    uint32_t rev = 0;
    if (mailbox_property(TAG_GET_BOARD_REVISION, 0, 0, &rev, 1) < 4) {
        return 0;
    }
    return rev;
}

uint64_t mailbox_board_serial(void) {
    uint32_t v[2] = {0, 0};
    if (mailbox_property(TAG_GET_BOARD_SERIAL, 0, 0, v, 2) < 8) {
        return 0;
    }
    return ((uint64_t)v[1] << 32) | v[0];
}

bool mailbox_arm_memory(uint32_t *base, uint32_t *size) {
    uint32_t v[2] = {0, 0};
    if (mailbox_property(TAG_GET_ARM_MEMORY, 0, 0, v, 2) < 8 || v[1] == 0) {
        return false;
    }
    *base = v[0];
    *size = v[1];
    return true;
}

uint32_t mailbox_clock_rate(uint32_t clock_id) {
    uint32_t v[2] = {0, 0};
    if (mailbox_property(TAG_GET_CLOCK_RATE, &clock_id, 1, v, 2) < 8) {
        return 0;
    }
    return v[1];
}

uint32_t mailbox_temperature(void) {
    uint32_t id = 0;
    uint32_t v[2] = {0, 0};
    if (mailbox_property(TAG_GET_TEMPERATURE, &id, 1, v, 2) < 8) {
        return 0;
    }
    return v[1];
}
