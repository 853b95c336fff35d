# Drives the host REPL through a pseudo-terminal and checks what appears against tests/repl/*.exp.
# SPDX-License-Identifier: MIT
"""REPL tests for the host port.

    python3 tests/repl_test.py [--interp PATH] [--results FILE] [-v] [--update-got] [NAME...]

Each test is a pair in tests/repl/:

  NAME.in   keystrokes, one send per line. A line's text is decoded like a
            Python string literal body (\\r, \\x03, \\t, \\\\ ...); its own
            newline is NOT sent (write \\r for Enter). Lines starting with
            `#` are comments, except the directives:
              #mode screen   (default) compare the rendered screen
              #mode bytes    compare the exact byte stream (escaped)
              #args A B ...  extra command-line arguments
              #env NAME=VAL  environment for the interpreter
  NAME.exp  the expected result.

In screen mode the output is replayed on a small terminal model (CR, LF,
BS, ESC[K, ESC[nC, ESC[nD) and compared line by line with trailing spaces
removed. The banner line `Framboise <version> on <date>; <board>` is
compared as `<banner>`. In bytes mode the expected file holds the byte
stream written with escapes: `\\r`, `\\xNN` for other control bytes, `\\\\`,
and `\\n` followed by a real newline.

The expected files follow MicroPython's documented REPL behaviour
(docs/reference/repl.rst): prompts, auto-indent, paste mode, the raw REPL
replies; they are not copies of our own output.

After each send the runner waits until the output ends with a prompt
(`>>> `, `... `, `=== `, `>`) and then stays quiet briefly, or until it has
been quiet for a second, so typed-ahead input never races the interpreter.
"""

import argparse
import fcntl
import os
import pty
import re
import select
import signal
import subprocess
import sys
import termios
import time

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS_DIR)
REPL_DIR = os.path.join(TESTS_DIR, "repl")
DEFAULT_INTERP = os.path.join(ROOT, "build", "unix", "framboise")

PROMPT_RE = re.compile(rb"(>>> |\.\.\. *|=== |>)$")
BANNER_RE = re.compile(r"^Framboise \S+ on \S+; .*$")
PROMPT_SETTLE = 0.08   # quiet time after a prompt
IDLE_SETTLE = 1.0      # quiet time without a prompt
SEND_TIMEOUT = 15.0    # longest wait for one send


def parse_in(path):
    sends, mode, args, env = [], "screen", [], {}
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            if raw.startswith("#mode "):
                mode = raw.split(None, 1)[1].strip()
            elif raw.startswith("#args "):
                args = raw.split()[1:]
            elif raw.startswith("#env "):
                k, _, v = raw[5:].strip().partition("=")
                env[k] = v
            elif raw.startswith("#") or raw == "":
                continue
            else:
                sends.append(raw.encode("utf-8").decode("unicode_escape").encode("latin-1"))
    return sends, mode, args, env


def take_terminal():
    """In the child: a new session whose controlling terminal is the pty on
    stdin, so that Ctrl-C typed there sends SIGINT as in a real terminal."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Session:
    """One interpreter on a pseudo-terminal."""

    def __init__(self, argv, env):
        self.master, slave = pty.openpty()
        # A plain cooked terminal, as a user's would be, except that the
        # kernel does not echo Ctrl-C as "^C" (that echo is the terminal's,
        # not the REPL's, and varies between systems).
        attrs = termios.tcgetattr(slave)
        attrs[3] &= ~termios.ECHOCTL
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
        full_env = dict(os.environ)
        full_env.update(env)
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave,
                                     env=full_env, preexec_fn=take_terminal, cwd=REPL_DIR)
        os.close(slave)
        self.out = bytearray()

    def read_some(self, timeout):
        r, _, _ = select.select([self.master], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.master, 4096)
        except OSError:
            data = b""
        if not data:
            raise EOFError
        self.out += data
        return True

    def settle(self):
        """Reads until a prompt ends the output and stays, or the output idles."""
        start = time.monotonic()
        last = time.monotonic()
        while time.monotonic() - start < SEND_TIMEOUT:
            quiet = PROMPT_SETTLE if PROMPT_RE.search(bytes(self.out[-16:])) else IDLE_SETTLE
            wait = quiet - (time.monotonic() - last)
            if wait <= 0:
                return
            try:
                if self.read_some(wait):
                    last = time.monotonic()
            except EOFError:
                return

    def send(self, data):
        os.write(self.master, data)

    def close(self):
        try:
            self.settle()
        except OSError:
            pass
        status = None
        try:
            status = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        # Drain what is left.
        try:
            while self.read_some(0.05):
                pass
        except (EOFError, OSError):
            pass
        os.close(self.master)
        return status


def render_screen(data):
    """Replays terminal output on a simple screen model and returns its lines."""
    text = data.decode("utf-8", "replace")
    lines = [[]]
    row = col = 0
    i = 0
    while i < len(text):
        ch = text[i]
        i += 1
        if ch == "\r":
            col = 0
        elif ch == "\n":
            row += 1
            while len(lines) <= row:
                lines.append([])
        elif ch == "\b":
            col = max(0, col - 1)
        elif ch == "\t":
            col = (col // 8 + 1) * 8
        elif ch == "\x1b":
            m = re.match(r"\[(\d*)([A-Za-z])", text[i:])
            if not m:
                continue
            i += m.end()
            n = int(m.group(1) or "1")
            if m.group(2) == "K":
                del lines[row][col:]
            elif m.group(2) == "D":
                col = max(0, col - n)
            elif m.group(2) == "C":
                col += n
        elif ord(ch) < 0x20 or ch == "\x7f":
            continue
        else:
            line = lines[row]
            while len(line) < col:
                line.append(" ")
            if col < len(line):
                line[col] = ch
            else:
                line.append(ch)
            col += 1
    out = ["".join(l).rstrip() for l in lines]
    out = ["<banner>" if BANNER_RE.match(l) else l for l in out]
    while out and out[-1] == "":
        out.pop()
    return out


def escape_bytes(data):
    out = []
    for b in data:
        if b == 0x0A:
            out.append("\\n\n")
        elif b == 0x0D:
            out.append("\\r")
        elif b == 0x5C:
            out.append("\\\\")
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def normalize_banner_bytes(text):
    return re.sub(r"Framboise \S+ on \S+; [^\\]*", "<banner>", text)


def run_one(interp, name, verbose, update_got):
    sends, mode, args, env = parse_in(os.path.join(REPL_DIR, name + ".in"))
    session = Session([interp] + args, env)
    try:
        session.settle()
        for data in sends:
            session.send(data)
            session.settle()
    finally:
        session.close()
    exp_path = os.path.join(REPL_DIR, name + ".exp")
    with open(exp_path, encoding="utf-8") as f:
        expected = f.read()
    if mode == "bytes":
        got = normalize_banner_bytes(escape_bytes(bytes(session.out)))
        want = expected
        ok = got.rstrip("\n") == want.rstrip("\n")
        got_lines, want_lines = got.rstrip("\n").split("\n"), want.rstrip("\n").split("\n")
    else:
        got_lines = render_screen(bytes(session.out))
        want_lines = expected.rstrip("\n").split("\n")
        ok = got_lines == want_lines
    if not ok and update_got:
        with open(os.path.join(REPL_DIR, name + ".got"), "w", encoding="utf-8") as f:
            f.write("\n".join(got_lines) + "\n")
    details = []
    if not ok:
        import difflib
        details = list(difflib.unified_diff(want_lines, got_lines, "expected", "got", lineterm=""))[:60]
    return ok, details


def main():
    ap = argparse.ArgumentParser(description="Run the REPL tests on the host port.")
    ap.add_argument("--interp", default=DEFAULT_INTERP)
    ap.add_argument("--results", help="write the counts line to this file")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--update-got", action="store_true", help="write NAME.got beside failing tests")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    names = args.names or sorted(f[:-3] for f in os.listdir(REPL_DIR) if f.endswith(".in"))
    passed = failed = skipped = 0
    failures = []
    if not os.access(args.interp, os.X_OK):
        print(f"repl_test.py: interpreter not found: {args.interp}")
        failed = len(names)
    else:
        for name in names:
            ok, details = run_one(os.path.abspath(args.interp), name, args.verbose, args.update_got)
            if ok:
                passed += 1
                if args.verbose:
                    print(f"pass repl/{name}")
            else:
                failed += 1
                failures.append(name)
                print(f"FAIL repl/{name}")
                for line in details:
                    print("    " + line)
            sys.stdout.flush()
    line = f"{passed} passed, {failed} failed, {skipped} skipped"
    if failures:
        print("failed: " + " ".join("repl/" + n for n in failures))
    print(line)
    if args.results:
        os.makedirs(os.path.dirname(os.path.abspath(args.results)), exist_ok=True)
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(line + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
