# The emulated Raspberry Pi as a test target: QEMU boards driven over their serial REPL.
# SPDX-License-Identifier: MIT
"""The `rpi` target of tests/run.py, and the QEMU board driver the board tests use.

QemuBoard boots build/rpi/kernel.elf in `qemu-system-arm -M raspi0` with the
PL011 serial line on QEMU's stdin/stdout (pipes: a Ctrl-C byte is just a
byte), and talks to the REPL the way host tools (pyboard.py, mpremote) do:
Ctrl-C twice, Ctrl-A into the raw REPL, programs sent in raw-paste mode with
its flow control (plain raw mode as the fallback), output split at the
"\\x04" markers into stdout and the exception text, Ctrl-D soft resets.

RpiTarget runs each test file that way, one QEMU per worker thread, with a
soft reset before every test; a test that hangs gets a Ctrl-C, and if the
board does not come back, a fresh QEMU.
"""

import os
import re
import select
import subprocess
import threading
import time

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS_DIR)
DEFAULT_KERNEL = os.path.join(ROOT, "build", "rpi", "kernel.elf")
QEMU = os.environ.get("RPI_QEMU", "qemu-system-arm")

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"
SOFT_REBOOT = b"MPY: soft reboot\r\n"


class BoardError(Exception):
    """The board did not answer as the protocol says."""


class BoardTimeout(BoardError):
    pass


class QemuBoard:
    """One emulated Pi Zero with its console on pipes."""

    def __init__(self, kernel=DEFAULT_KERNEL, extra_args=(), no_reboot=True, console=None):
        self.kernel = kernel
        # A kernel built with RPI_CONSOLE=aux talks on QEMU's second serial port.
        console = console or os.environ.get("RPI_CONSOLE", "pl011")
        serial = ["-serial", "null", "-serial", "stdio"] if console == "aux" else ["-serial", "stdio"]
        argv = [QEMU, "-M", "raspi0", "-kernel", kernel, "-display", "none",
                "-monitor", "none"] + serial
        if no_reboot:
            argv.append("-no-reboot")
        argv += list(extra_args)
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, bufsize=0)
        self.buf = bytearray()  # received, not yet consumed
        self.log = bytearray()  # everything received

    # ------------------------------------------------------------ raw I/O

    def _fill(self, timeout):
        fds = [self.proc.stdout]
        r, _, _ = select.select(fds, [], [], max(0.0, timeout))
        if not r:
            return False
        data = os.read(self.proc.stdout.fileno(), 65536)
        if not data:
            raise BoardError("QEMU exited (status %s): %s" % (
                self.proc.poll(), self.proc.stderr.read().decode("utf-8", "replace").strip()))
        self.buf += data
        self.log += data
        return True

    def write(self, data):
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as e:
            raise BoardError("cannot write to QEMU: %s" % e)

    def read_until(self, marker, timeout):
        """Consumes and returns everything up to and including [marker]."""
        deadline = time.monotonic() + timeout
        while True:
            i = self.buf.find(marker)
            if i >= 0:
                out = bytes(self.buf[:i + len(marker)])
                del self.buf[:i + len(marker)]
                return out
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardTimeout("waiting for %r, got %r" % (marker, bytes(self.buf[-200:])))
            self._fill(left)

    def read_exactly(self, n, timeout):
        deadline = time.monotonic() + timeout
        while len(self.buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BoardTimeout("waiting for %d bytes, got %r" % (n, bytes(self.buf)))
            self._fill(left)
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

    def read_available(self, wait=0.0):
        """Whatever arrives within [wait] seconds."""
        deadline = time.monotonic() + wait
        while self._fill(deadline - time.monotonic()):
            pass
        out = bytes(self.buf)
        self.buf.clear()
        return out

    def byte_waiting(self):
        if self.buf:
            return True
        return self._fill(0)

    # ------------------------------------------------------------ protocol

    def wait_banner(self, timeout=20):
        """Waits for the first friendly prompt after boot; returns the boot text."""
        return self.read_until(b">>> ", timeout)

    def enter_raw(self, timeout=10):
        """From anywhere in the friendly REPL (or a running program) to the raw REPL."""
        self.write(b"\r\x03\x03")
        time.sleep(0.05)
        self.read_available(0.05)
        self.write(b"\r\x01")
        self.read_until(RAW_BANNER + b">", timeout)

    def soft_reset_raw(self, timeout=10):
        """Ctrl-D at the raw REPL's prompt: a soft reset that comes back raw."""
        self.write(b"\x04")
        self.read_until(SOFT_REBOOT, timeout)
        self.read_until(RAW_BANNER + b">", timeout)

    def raw_paste_send(self, source, timeout=10):
        """Sends [source] in raw-paste mode; False if the board declines it."""
        self.write(b"\x05A\x01")
        reply = self.read_exactly(2, timeout)
        if reply == b"R\x00":
            return False
        if reply != b"R\x01":
            # A board without raw-paste support re-enters the raw REPL.
            self.read_until(b"w REPL; CTRL-B to exit\r\n>", timeout)
            return False
        window = int.from_bytes(self.read_exactly(2, timeout), "little")
        remaining = window
        i = 0
        deadline = time.monotonic() + timeout
        while i < len(source):
            while remaining == 0 or self.byte_waiting():
                if time.monotonic() > deadline:
                    raise BoardTimeout("raw-paste flow control stalled")
                c = self.read_exactly(1, max(0.01, deadline - time.monotonic()))
                if c == b"\x01":
                    remaining += window
                elif c == b"\x04":
                    self.write(b"\x04")  # the board ended the transfer early
                    return True
                else:
                    raise BoardError("unexpected byte during raw paste: %r" % c)
            chunk = source[i:i + remaining]
            self.write(chunk)
            remaining -= len(chunk)
            i += len(chunk)
        self.write(b"\x04")
        # Grants still in flight come before the acknowledgement.
        ack = self.read_until(b"\x04", timeout)
        if ack.replace(b"\x01", b"") != b"\x04":
            raise BoardError("unexpected reply ending raw paste: %r" % ack)
        return True

    def raw_send(self, source, timeout=10):
        """Sends [source] in plain raw mode (chunks with pauses, as pyboard.py)."""
        for i in range(0, len(source), 256):
            self.write(source[i:i + 256])
            time.sleep(0.01)
        self.write(b"\x04")
        ok = self.read_exactly(2, timeout)
        if ok != b"OK":
            raise BoardError("raw REPL did not acknowledge: %r" % ok)

    def follow(self, timeout):
        """Reads a program's output: (stdout, exception text), each up to its \\x04."""
        out = self.read_until(b"\x04", timeout)[:-1]
        err = self.read_until(b"\x04", timeout)[:-1]
        return out, err

    def exec_raw(self, source, timeout=20, paste=True):
        """Runs [source] at the raw REPL prompt and returns (stdout, exception text)."""
        if isinstance(source, str):
            source = source.encode("utf-8")
        if not (paste and self.raw_paste_send(source)):
            self.raw_send(source)
        out, err = self.follow(timeout)
        self.read_until(b">", 5)
        return out, err

    def interrupt(self, timeout=5):
        """Ctrl-C to a running program; returns its output until the raw prompt."""
        self.write(b"\x03")
        out, err = self.follow(timeout)
        self.read_until(b">", timeout)
        return out, err

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass


# ---------------------------------------------------------------- the runner's target

# Tests that cannot run on the board: they need files next to them.
NEEDS_FILES_RE = re.compile(rb"\bopen\(|__file__|\bos\.(listdir|stat|remove|mkdir|chdir|getcwd)")
IMPORT_RE = re.compile(rb"^\s*(?:from\s+(\.?[A-Za-z_][\w.]*)\s+import|import\s+([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*))", re.M)


def skip_reason(path, source):
    if NEEDS_FILES_RE.search(source):
        return "needs files (no filesystem on the board yet)"
    here = os.path.dirname(os.path.abspath(path))
    for m in IMPORT_RE.finditer(source):
        names = (m.group(1) or m.group(2)).decode()
        for name in names.split(","):
            top = name.strip().lstrip(".").split(".")[0]
            if name.strip().startswith(".") or (top and (
                    os.path.exists(os.path.join(here, top + ".py")) or
                    os.path.isdir(os.path.join(here, top)))):
                return "imports a module file next to it (no filesystem on the board yet)"
    return None


def crlf_to_lf(data):
    return data.replace(b"\r\n", b"\n")


class RpiTarget:
    """tests/run.py's `rpi` target."""

    name = "rpi"
    unavailable = None

    def __init__(self, args):
        self.timeout = getattr(args, "timeout", 20.0)
        self.verbose = getattr(args, "verbose", False)
        self.kernel = os.environ.get("RPI_KERNEL", DEFAULT_KERNEL)
        # Each QEMU is one emulated core; more than two would only share the
        # host's cores.
        self.max_jobs = min(2, max(1, getattr(args, "jobs", 1)))
        self._local = threading.local()
        self._boards = []
        self._lock = threading.Lock()
        if not os.path.exists(self.kernel):
            self.unavailable = "no kernel at %s (make rpi)" % os.path.relpath(self.kernel, ROOT)
        elif subprocess.run(["sh", "-c", "command -v " + QEMU], stdout=subprocess.DEVNULL).returncode:
            self.unavailable = QEMU + " not installed"

    def start(self):
        pass

    def _board(self):
        board = getattr(self._local, "board", None)
        if board is None:
            board = QemuBoard(self.kernel)
            with self._lock:
                self._boards.append(board)
            board.wait_banner()
            board.enter_raw()
            self._local.board = board
        return board

    def _drop_board(self):
        board = getattr(self._local, "board", None)
        if board is not None:
            board.close()
            self._local.board = None

    def run(self, path):
        with open(path, "rb") as f:
            source = f.read()
        reason = skip_reason(path, source)
        if reason:
            return b"SKIP " + reason.encode() + b"\n", b"", 0
        try:
            return self._run(path, source)
        except BoardError as e:
            self._drop_board()
            return b"", ("board error: %s\n" % e).encode(), 125

    def _run(self, path, source):
        board = self._board()
        board.soft_reset_raw()
        try:
            out, err = board.exec_raw(source, timeout=self.timeout)
        except BoardTimeout:
            # Interrupt the program; if the board does not recover, replace it.
            partial = bytes(board.buf)
            try:
                board.interrupt()
            except BoardError:
                self._drop_board()
            return crlf_to_lf(partial.split(b"\x04")[0]), b"", None
        name = os.path.basename(path).encode()
        err = crlf_to_lf(err).replace(b'"<stdin>"', b'"' + name + b'"')
        return crlf_to_lf(out), err, 1 if err else 0

    def close(self):
        with self._lock:
            for board in self._boards:
                board.close()
            self._boards = []
