// Settings of the host (unix) port: overrides of the core's defaults in py/config.h.
// SPDX-License-Identifier: MIT
#ifndef PORTS_UNIX_CONFIG_PORT_H
#define PORTS_UNIX_CONFIG_PORT_H

#define CONFIG_PLATFORM "linux"

// The host heap: 64 MB by default (-X heapsize= changes it). Memory the
// program never reaches costs nothing: the collector works below its
// high-water mark and Linux commits pages only when touched.
#define CONFIG_DEFAULT_HEAP_SIZE (64 * 1024 * 1024)

#endif
