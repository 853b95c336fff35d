#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, only those that are missing.
# SPDX-License-Identifier: MIT
#
# Idempotent and quiet when everything is there. Uses sudo when not root.
# Set FRAMBOISE_APT_UPDATED=1 when `apt-get update` has just run (.ci/run does).
set -euo pipefail

# thonny: its back-end for bare-metal boards drives the emulated Pi in a board
# test (tests/board/run_board.py), as the IDE drives a real one.
packages=(build-essential python3 gcc-arm-none-eabi binutils-arm-none-eabi
          libnewlib-arm-none-eabi qemu-system-arm mtools dosfstools clang
          libclang-rt-14-dev thonny)

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q ' installed$'
}

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: not a Debian system; install by hand: ${packages[*]}" >&2
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    # gcc and make are all the build uses from build-essential.
    if [ "$p" = build-essential ] && installed gcc && installed make; then
        continue
    fi
    installed "$p" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
if [ "${FRAMBOISE_APT_UPDATED:-0}" != 1 ]; then
    "${sudo[@]}" apt-get update -qq
fi
# No recommends: qemu-system-arm would otherwise pull in a GUI stack, and the
# list above names everything the build needs.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
