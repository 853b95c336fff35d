# Builds the host interpreter and runs every test suite; the Pi port adds its targets from ports/rpi/rpi.mk.
# SPDX-License-Identifier: MIT
#
# Targets:
#   unix (= all)   build/unix/framboise, the host interpreter
#   test           install missing packages, build, run every suite, print the totals
#   test-unit      C unit tests: each tests/unit/test_*.c linked with build/unix/libcore.a
#   test-unix      the Python suite (tests/run.py) on build/unix/framboise
#   test-asan      the same Python suite on an ASan+UBSan build in build/asan
#   test-gcstress  part of the suite on a build that collects before every allocation
#   test-cmdline   the host command line (tests/cmdline_test.py)
#   test-repl      the REPL tests: keystrokes to build/unix/framboise through a pty
#   deps           install the Debian packages the build needs (tools/install-deps.sh)
#   clean          remove build/
#
# Contract for the other makefiles included below (ports/rpi/rpi.mk):
#   - a suite target named test-NAME writes one line `N passed, N failed, N skipped`
#     to $(RESULTS_DIR)/NAME.txt (tests/run.py --results does this);
#   - appending its targets to RPI_TESTS (e.g. `RPI_TESTS := test-rpi`) makes
#     `make test` run them; a suite that writes no results file counts as failed.
#   - CORE_SRCS, CORE_HDRS, QSTR_DEFS, GEN_QSTR and HOST_INCLUDES may be reused.

.DEFAULT_GOAL := all
MAKEFLAGS += --no-print-directory
.DELETE_ON_ERROR:
.SUFFIXES:

PYTHON ?= python3
AR ?= ar
# Jobs for the builds that `make test` starts itself (the machine has 2 cores).
TEST_JOBS ?= -j2

# Sources. Wildcards, so files appear in the build as soon as they are written.
CORE_SRCS := $(wildcard py/*.c console/*.c lib/*/*.c)
CORE_HDRS := $(wildcard py/*.h console/*.h lib/*/*.h)
HOST_MAIN := ports/unix/main.c
HOST_SRCS := $(CORE_SRCS) $(wildcard ports/unix/*.c)
HOST_HDRS := $(CORE_HDRS) $(wildcard ports/unix/*.h)
QSTR_DEFS := py/qstrdefs.txt
GEN_QSTR := tools/gen_qstr.py
# Python modules built into the binary (tools/freeze.py makes genhdr/frozen.h).
FROZEN_SRCS := $(wildcard frozen/*.py)
FREEZE := tools/freeze.py
GEN_UNICODE := tools/gen_unicode.py
UNIT_SRCS := $(wildcard tests/unit/test_*.c)

HOST_INCLUDES := -I. -Iports/unix
HOST_CFLAGS := -std=c11 -Wall -Wextra -O2 -g -fno-strict-aliasing
ASAN_CFLAGS := -std=c11 -Wall -Wextra -O1 -g -fno-strict-aliasing \
	-fsanitize=address,undefined -fno-omit-frame-pointer
DEPFLAGS := -MMD -MP
HOST_LDLIBS := -lm

RESULTS_DIR := build/results
# Leaks are the GC's business, not LeakSanitizer's; any UB report must fail the test.
# Locals moved to ASan's heap "fake stack" would hide from the collector's stack scan.
ASAN_ENV := ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# One host build variant: $(1) is its name (everything goes to build/$(1)),
# $(2) its compiler flags, also used to link.
define host_variant
$(1)_CORE_OBJS := $$(patsubst %.c,build/$(1)/%.o,$$(filter-out $$(HOST_MAIN),$$(HOST_SRCS)))
$(1)_MAIN_OBJ := build/$(1)/$$(HOST_MAIN:.c=.o)

# The generator rewrites its output only when the content changes, and make
# re-reads the header's mtime after running its rule, so a source edit
# recompiles only that file. The stamp records when the scan last ran, so an
# up-to-date tree does not rescan on every make.
build/$(1)/genhdr/qstrdefs.h: build/$(1)/genhdr/qstrdefs.stamp ;
build/$(1)/genhdr/qstrdefs.stamp: $$(HOST_SRCS) $$(HOST_HDRS) $$(wildcard $$(QSTR_DEFS)) $$(GEN_QSTR)
	@mkdir -p $$(@D)
	$$(PYTHON) $$(GEN_QSTR) build/$(1)/genhdr/qstrdefs.h $$(QSTR_DEFS) $$(HOST_SRCS) $$(HOST_HDRS)
	@touch $$@

# The frozen modules' sources, compiled into the importer (same stamp scheme).
build/$(1)/genhdr/frozen.h: build/$(1)/genhdr/frozen.stamp ;
build/$(1)/genhdr/frozen.stamp: $$(FROZEN_SRCS) $$(FREEZE)
	@mkdir -p $$(@D)
	$$(PYTHON) $$(FREEZE) build/$(1)/genhdr/frozen.h $$(FROZEN_SRCS)
	@touch $$@
build/$(1)/py/import.o: build/$(1)/genhdr/frozen.h

# The Unicode property and case tables, from python3's own str methods.
build/$(1)/genhdr/unicode_data.h: $$(GEN_UNICODE)
	@mkdir -p $$(@D)
	$$(PYTHON) $$(GEN_UNICODE) $$@
build/$(1)/py/unicode.o: build/$(1)/genhdr/unicode_data.h

build/$(1)/%.o: %.c build/$(1)/genhdr/qstrdefs.h
	@mkdir -p $$(@D)
	$$(CC) $(2) $$(DEPFLAGS) $$(HOST_INCLUDES) -Ibuild/$(1) -c -o $$@ $$<

build/$(1)/libcore.a: $$($(1)_CORE_OBJS)
	@mkdir -p $$(@D)
	rm -f $$@
	$$(AR) rcs $$@ $$^

build/$(1)/framboise: $$($(1)_MAIN_OBJ) build/$(1)/libcore.a
	$$(CC) $(2) -o $$@ $$^ $$(HOST_LDLIBS)

-include $$($(1)_CORE_OBJS:.o=.d) $$($(1)_MAIN_OBJ:.o=.d)
endef

$(eval $(call host_variant,unix,$(HOST_CFLAGS)))
$(eval $(call host_variant,asan,$(ASAN_CFLAGS)))
# Collects before every allocation, to catch objects the C code forgot to keep reachable.
$(eval $(call host_variant,gcstress,$(HOST_CFLAGS) -DCONFIG_GC_STRESS=1))

UNIT_BINS := $(patsubst tests/unit/%.c,build/unix/unit/%,$(UNIT_SRCS))

build/unix/unit/%: tests/unit/%.c build/unix/libcore.a build/unix/genhdr/qstrdefs.h
	@mkdir -p $(@D)
	$(CC) $(HOST_CFLAGS) $(DEPFLAGS) $(HOST_INCLUDES) -Ibuild/unix -o $@ $< build/unix/libcore.a $(HOST_LDLIBS)

-include $(UNIT_BINS:=.d)

.PHONY: all unix asan deps clean test test-unit test-unix test-asan test-gcstress test-repl test-cmdline

all: unix
unix: build/unix/framboise
asan: build/asan/framboise

deps:
	@bash tools/install-deps.sh

test-unit: $(UNIT_BINS)
	@mkdir -p $(RESULTS_DIR)
	$(PYTHON) tests/run_unit.py --results $(RESULTS_DIR)/unit.txt $(UNIT_BINS)

test-unix: build/unix/framboise
	@mkdir -p $(RESULTS_DIR)
	$(PYTHON) tests/run.py --target unix --interp build/unix/framboise -j 2 --results $(RESULTS_DIR)/unix.txt

test-asan: build/asan/framboise
	@mkdir -p $(RESULTS_DIR)
	$(ASAN_ENV) $(PYTHON) tests/run.py --target unix --interp build/asan/framboise -j 2 --results $(RESULTS_DIR)/asan.txt

test-repl: build/unix/framboise
	@mkdir -p $(RESULTS_DIR)
	$(PYTHON) tests/repl_test.py --interp build/unix/framboise --results $(RESULTS_DIR)/repl.txt

# libFuzzer targets (tests/fuzz/fuzz_*.c) built with clang and ASan+UBSan in
# build/fuzz; each runs FUZZ_SECONDS from a seed corpus of the suite's .py files.
# Inputs that crash are written to build/fuzz/crash-<target>-*.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(patsubst tests/fuzz/%.c,build/fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
# UBSan reports are recoverable in the binary; FUZZ_UBSAN decides at run time
# (halt_on_error=0 keeps a long run going and logs each report once).
FUZZ_UBSAN ?= halt_on_error=1:print_stacktrace=1
FUZZ_SAN := -fsanitize=address,undefined -fno-omit-frame-pointer
build/fuzz/%: CC := $(FUZZ_CC)
$(eval $(call host_variant,fuzz,-std=c11 -O1 -g -fno-strict-aliasing $(FUZZ_SAN) -fsanitize=fuzzer-no-link))

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h build/fuzz/libcore.a
	$(FUZZ_CC) -std=c11 -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer $(HOST_INCLUDES) -Ibuild/fuzz \
	  -o $@ $< build/fuzz/libcore.a $(HOST_LDLIBS)

build/fuzz/seed.stamp: $(wildcard tests/*/*.py)
	@mkdir -p build/fuzz/seed
	cp $(wildcard tests/lang/*.py tests/types/*.py tests/builtins/*.py tests/errors/*.py tests/hostile/*.py) build/fuzz/seed/
	@touch $@

.PHONY: fuzz
fuzz: $(FUZZ_TARGETS) build/fuzz/seed.stamp
	@for t in $(FUZZ_TARGETS); do \
	  name=$$(basename $$t); mkdir -p build/fuzz/corpus-$$name; \
	  echo "== $$name for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 UBSAN_OPTIONS=$(FUZZ_UBSAN) $$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
	    -artifact_prefix=$(CURDIR)/build/fuzz/crash-$$name- \
	    $(CURDIR)/build/fuzz/corpus-$$name $(CURDIR)/build/fuzz/seed || exit 1; \
	done

# The benchmarks: bench/*.py timed on build/unix/framboise against python3, plus the
# Pi kernel's size and QEMU instruction counts when it is built (docs/performance.md).
.PHONY: bench
bench: build/unix/framboise
	$(PYTHON) bench/run.py $(BENCH_ARGS)

# The host program's command line: options, argv, exit status, -X heapsize.
test-cmdline: build/unix/framboise
	@mkdir -p $(RESULTS_DIR)
	$(PYTHON) tests/cmdline_test.py --interp build/unix/framboise --results $(RESULTS_DIR)/cmdline.txt

# The collector stress run (a collection before every allocation) on a
# subset of the suite that fits CI's time.
GCSTRESS_TESTS ?= tests/lang tests/builtins tests/errors
test-gcstress: build/gcstress/framboise
	@mkdir -p $(RESULTS_DIR)
	$(PYTHON) tests/run.py --target unix --interp build/gcstress/framboise -j 2 --timeout 120 --results $(RESULTS_DIR)/gcstress.txt $(GCSTRESS_TESTS)

# The Pi port's targets (rpi, run, test-rpi, ...); absent until that port lands.
RPI_TESTS ?=
-include ports/rpi/rpi.mk

# Every suite runs even when an earlier one fails (or fails to build); the
# summary then prints one line per suite and the totals as the last line, and
# decides the exit status. A suite's results file is written by the suite itself,
# so a stale one from an earlier run must not survive.
TEST_SUITES = test-unit test-unix test-cmdline test-asan test-gcstress test-repl $(RPI_TESTS)

test: deps
	@rm -rf $(RESULTS_DIR)
	@mkdir -p $(RESULTS_DIR)
	@for suite in $(TEST_SUITES); do \
	  echo "== $$suite"; \
	  $(MAKE) $(TEST_JOBS) $$suite || echo "== $$suite did not complete"; \
	done; \
	$(PYTHON) tests/summary.py $(RESULTS_DIR) $(patsubst test-%,%,$(TEST_SUITES))

clean:
	rm -rf build
