// The VideoCore mailbox's property channel (8): asking the firmware for the
// board revision and serial, the memory split and clock rates.
// SPDX-License-Identifier: MIT
#ifndef RPI_HW_MAILBOX_H
#define RPI_HW_MAILBOX_H

#include <stdbool.h>
#include <stdint.h>

// Clock ids of the "get clock rate" tag.
#define MAILBOX_CLOCK_EMMC (1u)
#define MAILBOX_CLOCK_UART (2u)
#define MAILBOX_CLOCK_ARM (3u)
#define MAILBOX_CLOCK_CORE (4u)

// Sends one property tag [tag] with [n_in] request words from [in] and
// copies up to [n_out] response words to [out]. Returns the number of
// response bytes the firmware wrote, or -1 if the call failed or the tag
// was not answered (QEMU answers unknown tags with length 0).
int mailbox_property(uint32_t tag, const uint32_t *in, unsigned n_in, uint32_t *out,
    unsigned n_out);

// The board revision code (0 if unknown).
uint32_t mailbox_board_revision(void);

// The 64-bit board serial number (0 if unknown; QEMU does not implement it).
uint64_t mailbox_board_serial(void);

// The ARM's share of RAM: base and size in bytes; false if unknown.
bool mailbox_arm_memory(uint32_t *base, uint32_t *size);

// The rate of clock [clock_id] in Hz (0 if unknown).
uint32_t mailbox_clock_rate(uint32_t clock_id);

// The SoC temperature in thousandths of a degree Celsius (0 if unknown).
uint32_t mailbox_temperature(void);

#endif
