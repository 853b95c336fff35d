// Settings of the host (unix) port: overrides of the core's defaults in py/config.h.
// SPDX-License-Identifier: MIT
#ifndef PORTS_UNIX_CONFIG_PORT_H
#define PORTS_UNIX_CONFIG_PORT_H

#define CONFIG_PLATFORM "linux"

#endif
