# Tests of the host program's command line (DESIGN.md contract): options, argv, exit status, streams.
# SPDX-License-Identifier: MIT
"""Runs build/unix/framboise with various command lines and checks what it
prints and its exit status. Where CPython behaves the same way (exit codes,
-c, -m, argv, SystemExit, the traceback's frame lines) the expected result is
taken from running python3 the same way; the rest (-X heapsize, MICROPYPATH)
follows MicroPython's documentation of its unix port.

    python3 tests/cmdline_test.py [--interp PATH] [--results FILE]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(argv, stdin=b"", env=None, cwd=None, timeout=30):
    full_env = dict(os.environ)
    full_env.pop("MICROPYPATH", None)
    if env:
        full_env.update(env)
    p = subprocess.run(argv, input=stdin, capture_output=True, env=full_env, cwd=cwd,
                       timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def frames(stderr):
    """The traceback's frame lines and final line, as both interpreters print them."""
    out = []
    for line in stderr.splitlines():
        m = re.match(r'\s*File "([^"]*)", line (\d+), in (.*)$', line)
        if m:
            out.append((os.path.basename(m.group(1)), int(m.group(2)), m.group(3)))
        elif line.startswith("Traceback"):
            out.append(line)
    lines = [l for l in stderr.splitlines() if l.strip()]
    if lines:
        out.append(lines[-1])
    return out


class Suite:
    def __init__(self, interp):
        self.interp = interp
        self.passed = 0
        self.failed = 0
        self.tmp = tempfile.mkdtemp(prefix="framboise-cmdline-")

    def file(self, name, text):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("PASS", name)
        else:
            self.failed += 1
            print("FAIL", name)
            if detail:
                print("    " + detail.replace("\n", "\n    "))

    def same_as_cpython(self, name, args, stdin=b"", compare_frames=False, cwd=None):
        """Runs framboise and python3 with the same arguments; compares status and stdout."""
        ours = run([self.interp] + args, stdin, cwd=cwd)
        theirs = run([sys.executable] + args, stdin, cwd=cwd)
        ok = ours[0] == theirs[0] and ours[1] == theirs[1]
        if compare_frames:
            ok = ok and frames(ours[2]) == frames(theirs[2])
        self.check(name, ok, "ours: %r\ncpython: %r" % (ours, theirs))

    def run_all(self):
        py = self.file("prog.py", "import sys\nprint(sys.argv[1:])\nprint(__name__)\n")
        self.same_as_cpython("file with arguments", [py, "a", "-b", "c d"])
        self.same_as_cpython("-c command", ["-c", "print(2**100 // 3, 7/2, 'é'*2)"])
        self.same_as_cpython("-c argv", ["-c", "import sys; print(sys.argv)", "x", "y"])
        self.same_as_cpython("SystemExit(3)", ["-c", "raise SystemExit(3)"])
        self.same_as_cpython("sys.exit() is 0", ["-c", "import sys; print(1); sys.exit()"])
        self.same_as_cpython("SystemExit with text", ["-c", "raise SystemExit('bye')"])
        self.same_as_cpython("SystemExit(None)", ["-c", "raise SystemExit(None)"])
        self.same_as_cpython("uncaught exception: status 1, traceback", [self.file("tb.py", (
            "def inner(x):\n"
            "    return 10 // x\n"
            "def outer():\n"
            "    return inner(0)\n"
            "print('before')\n"
            "outer()\n"))], compare_frames=True)
        self.same_as_cpython("SyntaxError in the file: status 1",
                             [self.file("bad.py", "x = (1,\nprint(x)\n")])
        self.same_as_cpython("script from stdin", [], stdin=b"print(6 * 7)\n")
        self.same_as_cpython("script from stdin with '-'", ["-"], stdin=b"import sys\nprint(sys.argv)\n")

        mod_dir = os.path.dirname(self.file("pkgdir/mymod.py",
                                            "import sys\nprint('mymod', __name__, sys.argv[1:])\n"))
        self.same_as_cpython("-m module", ["-m", "mymod", "q"], cwd=mod_dir)
        missing = run([self.interp, os.path.join(self.tmp, "nope.py")])
        self.check("missing file: status 2", missing[0] == 2 and missing[1] == "", repr(missing))

        # MicroPython's unix port: MICROPYPATH replaces the default search path.
        lib = os.path.dirname(self.file("lib/helpermod.py", "VALUE = 41 + 1\n"))
        r = run([self.interp, "-c", "import helpermod; print(helpermod.VALUE)"],
                env={"MICROPYPATH": lib})
        self.check("MICROPYPATH adds a directory", r[:2] == (0, "42\n"), repr(r))
        r = run([self.interp, "-c", "import helpermod"], env={"MICROPYPATH": "/nonexistent"})
        self.check("module not found: ModuleNotFoundError",
                   r[0] == 1 and r[2].splitlines()[-1] ==
                   "ModuleNotFoundError: No module named 'helpermod'", repr(r))

        # -X heapsize: a small heap runs out, the program catches MemoryError and goes on.
        prog = ("try:\n    x = [0] * (4 * 1024 * 1024)\nexcept MemoryError:\n    print('caught')\n"
                "y = [i for i in range(1000)]\nprint(sum(y))\n")
        r = run([self.interp, "-X", "heapsize=512k", "-c", prog])
        self.check("-X heapsize=512k: MemoryError is catchable", r[:2] == (0, "caught\n499500\n"),
                   repr(r))
        r = run([self.interp, "-X", "heapsize=64M", "-c", prog])
        self.check("-X heapsize=64M: the same list fits", r[:2] == (0, "499500\n"), repr(r))
        r = run([self.interp, "-X", "heapsize=2M", "-X", "unknownoption", "-c", "print('ok')"])
        self.check("unknown -X option ignored", r[:2] == (0, "ok\n"), repr(r))
        r = run([self.interp, "-X", "heapsize=1k", "-c", "print('x' * 100000)"])
        self.check("tiny heap: no crash", r[0] in (0, 1) and "Segmentation" not in r[2], repr(r))

        # An uncaught MemoryError with the heap locked (MicroPython's micropython.heap_lock)
        # is reported like any uncaught exception: status 1, the error on stderr.
        r = run([self.interp, "-c", "import micropython\nmicropython.heap_lock()\nprint('locked')\nx = [1] * 100\n"])
        self.check("uncaught MemoryError with the heap locked",
                   r[0] == 1 and r[1] == "locked\n" and r[2].splitlines()[-1] == "MemoryError", repr(r))

        # Runaway recursion is a RecursionError, then the program goes on.
        r = run([self.interp, "-c",
                 "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n"
                 "    print('recursion')\nprint('alive')\n"])
        self.check("RecursionError is catchable", r[:2] == (0, "recursion\nalive\n"), repr(r))

        # -i runs the REPL after the script (stdin is not a terminal here: it reads lines).
        r = run([self.interp, "-i", "-c", "a = 5"], stdin=b"print(a * 2)\n")
        self.check("-i keeps the namespace for the REPL", "10" in r[1] and r[0] == 0, repr(r))

    def report(self, results):
        line = "%d passed, %d failed, 0 skipped" % (self.passed, self.failed)
        print(line)
        if results:
            with open(results, "w") as f:
                f.write(line + "\n")
        return 1 if self.failed else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=os.path.join(ROOT, "build", "unix", "framboise"))
    ap.add_argument("--results")
    args = ap.parse_args()
    suite = Suite(os.path.abspath(args.interp))
    suite.run_all()
    sys.exit(suite.report(args.results))


if __name__ == "__main__":
    main()
