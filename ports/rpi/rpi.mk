# The bare-metal Raspberry Pi port's targets, included by the top-level Makefile.
# SPDX-License-Identifier: MIT
#
# Targets:
#   rpi         build/rpi/kernel.elf (for QEMU -kernel) and build/rpi/kernel.img
#               (raw, linked at 0x8000, for a real Pi's SD card)
#   run         boot the kernel in QEMU (raspi0) with the REPL on this terminal
#   test-rpi    the Python suite on the emulated Pi, over its raw REPL
#   test-board  the board tests (boot, REPL protocol, timer, faults) in QEMU
#
# Options (make rpi VAR=value):
#   RPI_CONSOLE=aux     console on the mini UART instead of the PL011
#   RPI_BAUD=115200     console speed on real hardware
#   RPI_HEAP_MAX=bytes  cap the GC heap (default: all ARM RAM after the kernel)
#   RPI_CROSS=prefix    cross toolchain prefix (default arm-none-eabi-)
#   RPI_BUILD=dir       build directory (default build/rpi), e.g. to keep an
#                       RPI_CONSOLE=aux kernel beside the default one

RPI_CROSS ?= arm-none-eabi-
RPI_CC := $(RPI_CROSS)gcc
RPI_OBJCOPY := $(RPI_CROSS)objcopy
RPI_BUILD ?= build/rpi
RPI_QEMU ?= qemu-system-arm

RPI_DEFS :=
ifeq ($(RPI_CONSOLE),aux)
RPI_DEFS += -DCONFIG_RPI_CONSOLE_AUX=1
endif
ifneq ($(RPI_BAUD),)
RPI_DEFS += -DCONFIG_RPI_BAUD=$(RPI_BAUD)
endif
ifneq ($(RPI_HEAP_MAX),)
RPI_DEFS += -DCONFIG_RPI_HEAP_MAX=$(RPI_HEAP_MAX)
endif

# ARM1176JZF-S with its VFPv2 double-precision unit, ARM (not Thumb) code.
RPI_ARCH := -mcpu=arm1176jzf-s -mfpu=vfp -mfloat-abi=hard -marm
# No -ffreestanding: the port links newlib, and GCC's builtin memcpy/strlen
# inlining matters for speed.
RPI_CFLAGS := $(RPI_ARCH) -std=c11 -Wall -Wextra -O2 -g -fno-strict-aliasing -fno-common \
	-ffunction-sections -fdata-sections $(RPI_DEFS)
RPI_INCLUDES := -I. -Iports/rpi -I$(RPI_BUILD)
# nano.specs: newlib-nano's small printf; _printf_float: its %f/%g support.
RPI_LDFLAGS := $(RPI_ARCH) --specs=nano.specs -nostartfiles -T ports/rpi/boot/kernel.ld \
	-Wl,--gc-sections -Wl,-Map=$(RPI_BUILD)/kernel.map -u _printf_float
RPI_LDLIBS := -lc -lm -lgcc

RPI_PORT_SRCS := $(wildcard ports/rpi/*.c ports/rpi/hw/*.c)
RPI_PORT_HDRS := $(wildcard ports/rpi/*.h ports/rpi/hw/*.h)
RPI_ASM_SRCS := $(wildcard ports/rpi/boot/*.S)
RPI_C_SRCS := $(CORE_SRCS) $(RPI_PORT_SRCS)
RPI_OBJS := $(patsubst %.c,$(RPI_BUILD)/obj/%.o,$(RPI_C_SRCS)) \
	$(patsubst %.S,$(RPI_BUILD)/obj/%.o,$(RPI_ASM_SRCS))

# The compiler flags in a file that changes only when they do, so that a
# different RPI_CONSOLE (say) rebuilds everything.
RPI_FLAGS_FILE := $(RPI_BUILD)/cflags.txt
$(shell mkdir -p $(RPI_BUILD) && echo '$(RPI_CFLAGS)' | cmp -s - $(RPI_FLAGS_FILE) || echo '$(RPI_CFLAGS)' > $(RPI_FLAGS_FILE))

# The port's own interned strings (ports/rpi adds some, ports/unix is not scanned).
$(RPI_BUILD)/genhdr/qstrdefs.h: $(RPI_BUILD)/genhdr/qstrdefs.stamp ;
$(RPI_BUILD)/genhdr/qstrdefs.stamp: $(RPI_C_SRCS) $(CORE_HDRS) $(RPI_PORT_HDRS) $(wildcard $(QSTR_DEFS)) $(GEN_QSTR)
	@mkdir -p $(@D)
	$(PYTHON) $(GEN_QSTR) $(RPI_BUILD)/genhdr/qstrdefs.h $(QSTR_DEFS) $(RPI_C_SRCS) $(CORE_HDRS) $(RPI_PORT_HDRS)
	@touch $@

# The frozen modules (FROZEN_SRCS and FREEZE come from the top-level Makefile).
$(RPI_BUILD)/genhdr/frozen.h: $(RPI_BUILD)/genhdr/frozen.stamp ;
$(RPI_BUILD)/genhdr/frozen.stamp: $(FROZEN_SRCS) $(FREEZE)
	@mkdir -p $(@D)
	$(PYTHON) $(FREEZE) $(RPI_BUILD)/genhdr/frozen.h $(FROZEN_SRCS)
	@touch $@
$(RPI_BUILD)/obj/py/import.o: $(RPI_BUILD)/genhdr/frozen.h
$(RPI_BUILD)/genhdr/unicode_data.h: $(GEN_UNICODE)
	@mkdir -p $(@D)
	$(PYTHON) $(GEN_UNICODE) $@
$(RPI_BUILD)/obj/py/unicode.o: $(RPI_BUILD)/genhdr/unicode_data.h

$(RPI_BUILD)/obj/%.o: %.c $(RPI_BUILD)/genhdr/qstrdefs.h $(RPI_FLAGS_FILE)
	@mkdir -p $(@D)
	$(RPI_CC) $(RPI_CFLAGS) $(DEPFLAGS) $(RPI_INCLUDES) -c -o $@ $<

$(RPI_BUILD)/obj/%.o: %.S $(RPI_FLAGS_FILE)
	@mkdir -p $(@D)
	$(RPI_CC) $(RPI_ARCH) $(DEPFLAGS) -c -o $@ $<

$(RPI_BUILD)/kernel.elf: $(RPI_OBJS) ports/rpi/boot/kernel.ld
	$(RPI_CC) $(RPI_LDFLAGS) -o $@ $(RPI_OBJS) $(RPI_LDLIBS)

$(RPI_BUILD)/kernel.img: $(RPI_BUILD)/kernel.elf
	$(RPI_OBJCOPY) -O binary $< $@
	@echo "kernel.img: $$(stat -c %s $@) bytes"

-include $(RPI_OBJS:.o=.d)

.PHONY: rpi run test-rpi test-board

rpi: $(RPI_BUILD)/kernel.elf $(RPI_BUILD)/kernel.img

# The console multiplexes the guest's serial line and QEMU's monitor on this
# terminal: Ctrl-C goes to the guest (signal=off), Ctrl-A X quits QEMU.
# The mini UART is QEMU's second serial port.
RPI_QEMU_SERIAL := $(if $(filter aux,$(RPI_CONSOLE)),-serial null )-serial chardev:con
run: deps rpi
	@echo "Framboise on an emulated Raspberry Pi Zero (QEMU raspi0)."
	@echo "Quit QEMU with Ctrl-A then X; Ctrl-A H lists the other keys."
	$(RPI_QEMU) -M raspi0 -kernel $(RPI_BUILD)/kernel.elf -display none \
		-chardev stdio,id=con,mux=on,signal=off $(RPI_QEMU_SERIAL) \
		-mon chardev=con,mode=readline

test-rpi: rpi
	@mkdir -p $(RESULTS_DIR)
	$(PYTHON) tests/run.py --target rpi -j 2 --timeout 60 --known-failures tests/rpi_known_failures.txt --results $(RESULTS_DIR)/rpi.txt

test-board: rpi
	@mkdir -p $(RESULTS_DIR)
	RPI_CONSOLE=$(or $(RPI_CONSOLE),pl011) $(PYTHON) tests/board/run_board.py --kernel $(RPI_BUILD)/kernel.elf --results $(RESULTS_DIR)/board.txt

# `make test` runs both Pi suites.
RPI_TESTS := test-rpi test-board
