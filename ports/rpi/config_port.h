// Settings of the bare-metal Raspberry Pi port: overrides of the core's
// defaults in py/config.h, and the board options of ports/rpi.
// SPDX-License-Identifier: MIT
#ifndef PORTS_RPI_CONFIG_PORT_H
#define PORTS_RPI_CONFIG_PORT_H

#define CONFIG_PLATFORM "rpi"

// The console UART: (0) the PL011 (UART0, QEMU's first -serial, the header
// pins of a Pi 1 / Zero by default), (1) the AUX mini UART (UART1, QEMU's
// second -serial; the header pins on a Zero W / Pi 3 unless config.txt
// says otherwise). Set with `make rpi RPI_CONSOLE=aux`.
#ifndef CONFIG_RPI_CONSOLE_AUX
#define CONFIG_RPI_CONSOLE_AUX (0)
#endif

// Console speed in baud.
#ifndef CONFIG_RPI_BAUD
#define CONFIG_RPI_BAUD (115200)
#endif

// Upper bound of the GC heap in bytes (0: all ARM RAM after the kernel).
// The collector only sweeps below its high-water mark, so a heap of all the
// RAM costs no more per collection than a small one (measured under QEMU:
// 200,000 small allocations took 529M instructions with a 16 MB heap and
// 534M with 440 MB).
#ifndef CONFIG_RPI_HEAP_MAX
#define CONFIG_RPI_HEAP_MAX (0)
#endif

// Period of the system-timer tick (C1) in microseconds.
#ifndef CONFIG_RPI_TICK_US
#define CONFIG_RPI_TICK_US (10000)
#endif

// Bytes of console input buffered by the receive interrupt (a power of two,
// at least two raw-paste windows).
#ifndef CONFIG_RPI_RX_BUFFER
#define CONFIG_RPI_RX_BUFFER (2048)
#endif

#endif
