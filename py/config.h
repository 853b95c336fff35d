// Feature flags and tunables of the core, with defaults a port may override.
// SPDX-License-Identifier: MIT
#ifndef PY_CONFIG_H
#define PY_CONFIG_H

// The port's own settings come first; every flag below is only a default.
#include "config_port.h"

// Flags are (0)/(1) and tested with #if. Each has a sentence saying what it buys.

// Use GCC's labels-as-values for VM dispatch; the switch loop is the fallback.
#ifndef CONFIG_COMPUTED_GOTO
#if defined(__GNUC__)
#define CONFIG_COMPUTED_GOTO (1)
#else
#define CONFIG_COMPUTED_GOTO (0)
#endif
#endif

// Collect before every allocation, to find objects the C code forgot to keep reachable.
#ifndef CONFIG_GC_STRESS
#define CONFIG_GC_STRESS (0)
#endif

// Bytes of C stack kept in reserve below the recursion limit, so that raising
// RecursionError and printing it still has room.
#ifndef CONFIG_STACK_MARGIN
#define CONFIG_STACK_MARGIN (16 * 1024)
#endif

// Default heap size when the port does not say otherwise.
#ifndef CONFIG_DEFAULT_HEAP_SIZE
#define CONFIG_DEFAULT_HEAP_SIZE (8 * 1024 * 1024)
#endif

// Complex numbers (imaginary literals, complex()).
#ifndef CONFIG_COMPLEX
#define CONFIG_COMPLEX (1)
#endif

// Name of the platform reported by sys.platform.
#ifndef CONFIG_PLATFORM
#define CONFIG_PLATFORM "unknown"
#endif

// Version string shown in the banner and sys.version.
#define CONFIG_VERSION "0.1.0"

// Marks functions that never return (they raise or jump).
#define NORETURN __attribute__((noreturn))

// Number of elements of a static array.
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
