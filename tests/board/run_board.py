# Board tests: boot the Pi kernel in QEMU and check the serial console byte for byte.
# SPDX-License-Identifier: MIT
"""Board tests for the emulated Raspberry Pi Zero.

    python3 tests/board/run_board.py [--kernel build/rpi/kernel.elf] [--results FILE] [-v] [NAME...]

Each test boots its own QEMU (tests/rpi_target.py's QemuBoard, console on
pipes) and checks what the board sends. The expected bytes come from
MicroPython's documentation of the REPL (docs/reference/repl.rst: prompts,
paste mode, the raw REPL and raw-paste replies, soft reset) and from
CPython's exception messages, not from our own output.
"""

import argparse
import os
import re
import select
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import rpi_target  # noqa: E402
from rpi_target import QemuBoard  # noqa: E402

BANNER_RE = (rb"Framboise 0\.1\.0 on \d{4}-\d\d-\d\d; Raspberry Pi Zero with BCM2835\r\n"
             rb"Type \"help\(\)\" for more information\.\r\n")
RAW_ENTER = b"\r\nraw REPL; CTRL-B to exit\r\n>"

KERNEL = rpi_target.DEFAULT_KERNEL
TESTS = []


def board_test(fn):
    TESTS.append(fn)
    return fn


def expect_eq(got, want, what):
    if got != want:
        raise AssertionError("%s:\n  expected %r\n  got      %r" % (what, want, got))


def boot(**kw):
    board = QemuBoard(KERNEL, **kw)
    board.wait_banner()
    return board


@board_test
def boot_to_prompt(_):
    t0 = time.monotonic()
    board = QemuBoard(KERNEL)
    try:
        text = board.wait_banner(timeout=20)
        elapsed = time.monotonic() - t0
        if not re.fullmatch(BANNER_RE + rb">>> ", text):
            raise AssertionError("boot text %r" % text)
        if elapsed > 10:
            raise AssertionError("boot took %.1f s" % elapsed)
    finally:
        board.close()


@board_test
def friendly_expression(board):
    board.write(b"1+2\r")
    expect_eq(board.read_until(b">>> ", 10), b"1+2\r\n3\r\n>>> ", "1+2 at the prompt")


@board_test
def friendly_ctrl_c_discards_line(board):
    board.write(b"print('no')\x03")
    expect_eq(board.read_until(b">>> ", 10), b"print('no')\r\n>>> ", "Ctrl-C on a typed line")


@board_test
def friendly_compound_statement(board):
    # Auto-indent, then RETURN on the indented line, BACKSPACE, RETURN: the
    # sequence MicroPython's documentation walks through.
    board.write(b"for i in range(3):\r")
    expect_eq(board.read_until(b"... ", 10), b"for i in range(3):\r\n... ", "first line")
    expect_eq(board.read_available(0.3), b"    ", "auto-indent")
    board.write(b"print(i)\r")
    board.read_until(b"... ", 10)
    expect_eq(board.read_available(0.3), b"    ", "auto-indent kept")
    board.write(b"\x08")
    board.read_available(0.3)
    board.write(b"\r")
    out = board.read_until(b">>> ", 10)
    if not out.endswith(b"\r\n0\r\n1\r\n2\r\n>>> "):
        raise AssertionError("loop output %r" % out)


@board_test
def paste_mode(board):
    board.write(b"\x05")
    expect_eq(board.read_until(b"=== ", 10),
              b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ", "entering paste mode")
    board.write(b"def foo():\r    print('This is a test to show paste mode')\r"
                b"    print('Here is a second line')\rfoo()\r")
    text = board.read_until(b"=== foo()\r\n=== ", 10)
    expect_eq(text, b"def foo():\r\n===     print('This is a test to show paste mode')\r\n"
              b"===     print('Here is a second line')\r\n=== foo()\r\n=== ", "paste echo")
    board.write(b"\x04")
    expect_eq(board.read_until(b">>> ", 10),
              b"\r\nThis is a test to show paste mode\r\nHere is a second line\r\n>>> ", "paste run")


@board_test
def paste_mode_cancel(board):
    board.write(b"\x05")
    board.read_until(b"=== ", 10)
    board.write(b"print('no')\x03")
    expect_eq(board.read_until(b">>> ", 10), b"print('no')\r\n>>> ", "Ctrl-C in paste mode")


@board_test
def raw_repl(board):
    board.write(b"\x01")
    expect_eq(board.read_until(b">", 10), RAW_ENTER, "entering the raw REPL")
    board.write(b"print(123)\x04")
    expect_eq(board.read_until(b"\x04>", 10), b"OK123\r\n\x04\x04>", "a program")
    board.write(b"1/0\x04")
    expect_eq(board.read_until(b"\x04>", 10),
              b"OK\x04Traceback (most recent call last):\r\n"
              b"  File \"<stdin>\", line 1, in <module>\r\n"
              b"ZeroDivisionError: division by zero\r\n\x04>", "an exception")
    board.write(b"x = 1\x03print(2)\x04")
    expect_eq(board.read_until(b"\x04>", 10), b"OK2\r\n\x04\x04>", "Ctrl-C clears the program")
    board.write(b"\x02")
    text = board.read_until(b">>> ", 10)
    if not re.fullmatch(rb"\r\n" + BANNER_RE + rb">>> ", text):
        raise AssertionError("Ctrl-B back to the friendly REPL: %r" % text)


@board_test
def raw_paste_documented_example(board):
    # The exchange given in MicroPython's docs, sent in one write.
    board.write(b"\x01\x05A\x01print(123)\x04")
    want = b"\r\nraw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x04123\r\n\x04\x04>"
    got = board.read_until(b"\x04\x04>", 10)
    expect_eq(got, want, "raw-paste example")


@board_test
def raw_paste_flow_control(board):
    board.enter_raw()
    lines = ["total = 0"] + ["total += %d  # padding padding padding padding" % i for i in range(400)]
    lines.append("print(total)")
    source = ("\n".join(lines) + "\n").encode()
    out, err = board.exec_raw(source, timeout=30)
    expect_eq((out, err), (b"79800\r\n", b""), "a 20 KB program in raw-paste mode")
    out, err = board.exec_raw(source, timeout=30, paste=False)
    expect_eq((out, err), (b"79800\r\n", b""), "the same in plain raw mode")


@board_test
def soft_reset_friendly(board):
    board.write(b"x = 5\r")
    board.read_until(b">>> ", 10)
    board.write(b"\x04")
    text = board.read_until(b">>> ", 10)
    if not re.fullmatch(rb"\r\nMPY: soft reboot\r\n" + BANNER_RE + rb">>> ", text):
        raise AssertionError("Ctrl-D at the prompt: %r" % text)
    board.write(b"x\r")
    text = board.read_until(b">>> ", 10)
    if b"NameError: name 'x' is not defined\r\n" not in text:
        raise AssertionError("x survived the soft reset: %r" % text)


@board_test
def soft_reset_raw(board):
    board.enter_raw()
    board.write(b"y = 7\x04")
    board.read_until(b">", 10)
    board.write(b"\x04")
    expect_eq(board.read_until(b">", 10),
              b"OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>", "Ctrl-D in the raw REPL")
    out, err = board.exec_raw(b"print('y' in globals())")
    expect_eq(out, b"False\r\n", "globals after the soft reset")


@board_test
def ctrl_c_interrupts_loop(board):
    board.write(b"while True: pass\r")
    board.read_until(b"... ", 10)
    board.write(b"\r")
    board.read_until(b"\r\n", 10)
    time.sleep(0.5)
    board.write(b"\x03")
    text = board.read_until(b">>> ", 10)
    if not re.search(rb"Traceback \(most recent call last\):\r\n  File \"<stdin>\", line 1, in <module>\r\n"
                     rb"KeyboardInterrupt:? ?\r\n>>> $", text):
        raise AssertionError("Ctrl-C into a busy loop: %r" % text)
    board.write(b"print('alive')\r")
    expect_eq(board.read_until(b">>> ", 10), b"print('alive')\r\nalive\r\n>>> ", "REPL after Ctrl-C")


@board_test
def ctrl_c_interrupts_c_code(board):
    # Long loops in C (sum over a range, sorting with a Python key, printing
    # a huge string) must also stop at Ctrl-C with KeyboardInterrupt.
    for src in [b"sum(range(10**12))", b"max(range(10**12))",
                b"sorted(range(10**7), key=lambda x: -x)", b"print('ab' * 10**8)"]:
        board.write(src + b"\r")
        board.read_until(src + b"\r\n", 10)
        time.sleep(0.5)
        board.write(b"\x03")
        text = board.read_until(b">>> ", 20)
        if not re.search(rb"\r\nKeyboardInterrupt:? ?\r\n>>> $", text):
            raise AssertionError("Ctrl-C into %r: %r" % (src, text[-300:]))
    board.write(b"print('alive')\r")
    expect_eq(board.read_until(b">>> ", 10), b"print('alive')\r\nalive\r\n>>> ", "REPL after Ctrl-C")


@board_test
def console_survives_garbage(board):
    # Random bytes at the prompt: escape sequences, invalid UTF-8, NUL, DEL,
    # tabs, lines that do not parse. Only the mode keys (Ctrl-A to Ctrl-E)
    # are left out. Afterwards the REPL still answers.
    import random
    rng = random.Random(2026)
    keep = bytes(b for b in range(256) if b not in (1, 2, 3, 4, 5))
    for round_ in range(8):
        junk = bytes(rng.choice(keep) for _ in range(600))
        if round_ % 2 == 0:
            # One long line of junk, cancelled with Ctrl-C.
            junk = junk.replace(b"\r", b"").replace(b"\n", b"")
        board.write(junk)
        board.read_available(0.5)
        board.write(b"\x03")
        board.read_available(0.5)
    board.write(b"\x03\x03print(6 * 7)\r")
    text = board.read_until(b"42\r\n>>> ", 20)
    if not text.endswith(b"print(6 * 7)\r\n42\r\n>>> "):
        raise AssertionError("after the junk: %r" % text[-200:])


@board_test
def long_line_at_prompt(board):
    # A line of 6,000 characters typed at the prompt (longer than any buffer
    # that is not grown): it is echoed, run and the REPL goes on. Sent at
    # about the pace of a 115200-baud line: QEMU's UART has no baud rate, and
    # a real line never outruns the line editor (host tools paste through
    # the raw REPL's flow control instead).
    body = b"".join(b"%d" % (i % 10) for i in range(6000))
    line = b"s = '" + body + b"'\r"
    for i in range(0, len(line), 256):
        board.write(line[i:i + 256])
        time.sleep(0.02)
    board.read_until(b">>> ", 30)
    board.write(b"print(len(s), s[:12], s[-3:])\r")
    text = board.read_until(b">>> ", 10)
    want = b"6000 " + body[:12] + b" " + body[-3:] + b"\r\n>>> "
    if not text.endswith(want):
        raise AssertionError("long line: %r" % text[-200:])


@board_test
def ctrl_c_raw_repl(board):
    board.enter_raw()
    board.write(b"\x05A\x01")
    board.read_exactly(5, 10)
    board.write(b"import time\nwhile True:\n    time.sleep_ms(10)\n\x04")
    board.read_until(b"\x04", 10)
    time.sleep(0.5)
    out, err = board.interrupt()
    expect_eq(out, b"", "stdout of the interrupted program")
    if not err.endswith(b"KeyboardInterrupt\r\n") and not err.endswith(b"KeyboardInterrupt: \r\n"):
        raise AssertionError("exception text %r" % err)


@board_test
def timer_against_host_clock(board):
    board.enter_raw()
    t0 = time.monotonic()
    out, err = board.exec_raw(b"import time\nt = time.ticks_ms()\nu = time.ticks_us()\n"
                              b"time.sleep_ms(400)\n"
                              b"print(time.ticks_diff(time.ticks_ms(), t), time.ticks_diff(time.ticks_us(), u))\n")
    host = time.monotonic() - t0
    expect_eq(err, b"", "exception text")
    ms, us = (int(v) for v in out.split())
    if not (400 <= ms < 800 and 400000 <= us < 800000 and abs(us / 1000 - ms) < 20):
        raise AssertionError("slept 400 ms, board measured %d ms / %d us" % (ms, us))
    if host < 0.39:
        raise AssertionError("the host measured only %.3f s" % host)


@board_test
def fault_handler_data_abort(_):
    fault_and_reboot(b"3", b"data abort")


@board_test
def fault_handler_undefined(_):
    fault_and_reboot(b"0", b"undefined instruction")


@board_test
def fault_handler_prefetch_abort(_):
    fault_and_reboot(b"2", b"prefetch abort")


def fault_and_reboot(kind, name):
    board = QemuBoard(KERNEL, no_reboot=False)
    try:
        board.wait_banner()
        board.write(b"import _board; _board.fault(" + kind + b")\r")
        text = board.read_until(b"*** resetting\r\n", 10)
        if not re.search(rb"\*\*\* FATAL: " + name + rb" at pc=0x[0-9a-f]{8}.*\r\n"
                         rb" r0=0x[0-9a-f]{8}  r1=.*\r\n r4=.*\r\n r8=.*\r\n"
                         rb"r12=0x[0-9a-f]{8}  sp=0x[0-9a-f]{8}  lr=0x[0-9a-f]{8}  pc=0x[0-9a-f]{8}\r\n"
                         rb"cpsr=0x[0-9a-f]{8}\r\n"
                         rb"\*\*\* resetting\r\n$", text):
            raise AssertionError("fault report %r" % text)
        # The board resets and boots to the prompt again.
        text = board.wait_banner(timeout=20)
        if not re.fullmatch(BANNER_RE + rb">>> ", text):
            raise AssertionError("after the reset: %r" % text)
    finally:
        board.close()


# ---------------------------------------------------------------- Thonny

# Debian's thonny package holds Thonny's back-end for bare-metal MicroPython
# boards: the very code its IDE runs to drive a board over a serial port (raw
# REPL, raw-paste mode, helper code, interrupts). It runs under Debian's own
# python3, which has thonny and pyserial in its dist-packages.
THONNY_PYTHON = os.environ.get("THONNY_PYTHON", "/usr/bin/python3")


class Skip(Exception):
    """The test cannot run on this machine; the message says why."""


class ThonnyRecords(dict):
    """Names for eval() of Thonny's messages: each Record class becomes a dict maker."""

    def __missing__(self, name):
        return lambda **kw: dict(kw, _type=name)


class ThonnySession:
    """Thonny's bare-metal back-end connected to the emulated Pi over a pty."""

    def __init__(self, workdir):
        self.qemu = subprocess.Popen(
            [rpi_target.QEMU, "-M", "raspi0", "-kernel", KERNEL, "-display", "none",
             "-monitor", "none", "-serial", "pty", "-no-reboot"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        line = self.qemu.stdout.readline().decode("utf-8", "replace")
        m = re.search(r"(/dev/pts/\d+)", line)
        if not m:
            self.close()
            raise AssertionError("QEMU did not report its pty: %r" % line)
        args = {"port": m.group(1), "clean": False, "interrupt_on_connect": True,
                "sync_time": False, "local_rtc": False, "validate_time": False, "cwd": ""}
        env = dict(os.environ, THONNY_USER_DIR=workdir)
        self.backend = subprocess.Popen(
            [THONNY_PYTHON, "-m", "thonny.plugins.micropython.bare_metal_backend", repr(args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, cwd=workdir)
        self.events = []

    def send(self, kind, **fields):
        text = "%s(%s)" % (kind, ", ".join("%s=%r" % kv for kv in fields.items()))
        self.backend.stdin.write(("\x02" + "1 " + text + "\n").encode("ascii"))
        self.backend.stdin.flush()

    def next_message(self, deadline):
        while True:
            left = deadline - time.monotonic()
            r, _, _ = select.select([self.backend.stdout], [], [], max(0.0, left))
            if not r:
                raise AssertionError("Thonny's back-end went silent; events: %r" % self.events[-5:])
            line = self.backend.stdout.readline().decode("ascii", "replace")
            if not line:
                raise AssertionError("Thonny's back-end exited: %s" % self.backend.stderr.read()
                                     .decode("utf-8", "replace")[-1500:])
            if line.startswith("\x02"):
                msg = eval(line[line.index(" ") + 1:], {"__builtins__": {}}, ThonnyRecords())
                self.events.append(msg)
                return msg

    def until_response(self, timeout=30):
        """Output events up to the next ToplevelResponse, joined per stream."""
        out = {"stdout": "", "stderr": ""}
        deadline = time.monotonic() + timeout
        while True:
            msg = self.next_message(deadline)
            if msg["_type"] == "BackendEvent" and msg.get("event_type") == "ProgramOutput":
                out[msg["stream_name"]] += msg["data"]
            elif msg["_type"] == "ToplevelResponse":
                if "error" in msg:
                    raise AssertionError("Thonny reports an error: %r" % msg["error"])
                return out

    def close(self):
        for proc in (getattr(self, "backend", None), self.qemu):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()


@board_test
def thonny_drives_the_board(_):
    probe = subprocess.run([THONNY_PYTHON, "-c", "import thonny.plugins.micropython.bare_metal_backend"],
                           capture_output=True)
    if probe.returncode != 0:
        raise Skip("Debian's thonny is not installed (tools/install-deps.sh installs it)")
    with tempfile.TemporaryDirectory() as workdir:
        session = ThonnySession(workdir)
        try:
            session.until_response(timeout=60)  # connected: helpers loaded, ready
            session.send("ToplevelCommand", name="execute_source", id="c1",
                         source="print(2**100)\nfor i in range(3):\n    print(i * i)\n")
            out = session.until_response()
            expect_eq(out["stdout"].replace("\r\n", "\n"), "1267650600228229401496703205376\n0\n1\n4\n",
                      "program output through Thonny")
            session.send("ToplevelCommand", name="execute_source", id="c2", source="1/0\n")
            out = session.until_response()
            if "ZeroDivisionError: division by zero" not in out["stderr"]:
                raise AssertionError("the error through Thonny: %r" % (out,))
            # The IDE's Stop button during a busy loop: KeyboardInterrupt, then the board still answers.
            session.send("ToplevelCommand", name="execute_source", id="c3",
                         source="while True:\n    pass\n")
            time.sleep(1.0)
            session.send("ImmediateCommand", name="interrupt")
            out = session.until_response()
            if "KeyboardInterrupt" not in out["stderr"]:
                raise AssertionError("the interrupt through Thonny: %r" % (out,))
            session.send("ToplevelCommand", name="execute_source", id="c4", source="print('still here')\n")
            out = session.until_response()
            expect_eq(out["stdout"].replace("\r\n", "\n"), "still here\n", "after the interrupt")
        finally:
            session.close()


def main():
    global KERNEL
    ap = argparse.ArgumentParser(description="Run the board tests in QEMU.")
    ap.add_argument("--kernel", default=KERNEL)
    ap.add_argument("--results")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    KERNEL = os.path.abspath(args.kernel)

    tests = [t for t in TESTS if not args.names or t.__name__ in args.names]
    passed = failed = skipped = 0
    failures = []
    if not os.path.exists(KERNEL):
        print("run_board.py: no kernel at %s (make rpi)" % KERNEL)
        failed = len(tests)
    for t in tests if not failed else []:
        board = None
        t0 = time.monotonic()
        try:
            if t.__code__.co_varnames[:1] == ("board",):
                board = boot()
            t(board)
            passed += 1
            if args.verbose:
                print("pass board/%s (%.1f s)" % (t.__name__, time.monotonic() - t0))
        except Skip as e:
            skipped += 1
            print("SKIP board/%s: %s" % (t.__name__, e))
        except Exception as e:  # noqa: BLE001 - any failure is a test failure
            failed += 1
            failures.append(t.__name__)
            print("FAIL board/%s: %s: %s" % (t.__name__, type(e).__name__, e))
            if board is not None:
                print("    console: %r" % bytes(board.log[-400:]))
        finally:
            if board is not None:
                board.close()
        sys.stdout.flush()
    line = "%d passed, %d failed, %d skipped" % (passed, failed, skipped)
    if failures:
        print("failed: " + " ".join("board/" + n for n in failures))
    print(line)
    if args.results:
        os.makedirs(os.path.dirname(os.path.abspath(args.results)), exist_ok=True)
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(line + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
