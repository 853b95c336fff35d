# Runs the Python tests on a target and compares their output with CPython's (or a committed .exp file).
# SPDX-License-Identifier: MIT
"""Framboise Python test runner.

    python3 tests/run.py [--target unix|rpi] [--interp PATH] [-j N]
                         [--timeout S] [--results FILE] [-v] [PATH...]

PATH may be test files or directories; by default every tests/<dir>/**/*.py
is collected except tests/unit, tests/board and tests/repl (suites with
their own runners), files and directories whose name starts with `_` or
`.`, and data directories (`data`, `*_data`).

Expected output: `<test>.exp` beside the test when it exists (features that
are ours alone), otherwise the stdout of `python3 <test>` run from the test's
directory, cached in build/cpython-cache under a hash of the file's content
and CPython's version. Our stdout must match byte for byte and our exit
status must match CPython's (0, or 1 for an expected `.exp` tb_ test).

A test whose output starts with `SKIP` is skipped (the rest of that line is
the reason). Tests in tests/errors/ named `tb_*` also compare the traceback
on stderr, normalized by normalize_traceback().

The last line printed is `N passed, N failed, N skipped`; the exit status is
1 when anything failed.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import threading

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TESTS_DIR)
CACHE_DIR = os.path.join(ROOT, "build", "cpython-cache")
DEFAULT_INTERP = os.path.join(ROOT, "build", "unix", "framboise")

# Directories directly under tests/ that hold other suites, with runners of their own.
OTHER_SUITES = {"unit", "board", "repl"}
DIFF_LINES = 40
STDERR_LINES = 10


# ---------------------------------------------------------------- targets

class Target:
    """Where the tests run.

    run(path) executes one test file and returns (stdout bytes, stderr bytes,
    exit status), with status None when the test timed out. A target that
    reports tracebacks with another file name (the raw REPL says "<stdin>")
    should put the test's basename in their place, so tb_ tests can compare.
    """

    name = "target"
    # At most this many tests at once (None: as many as -j asks).
    max_jobs = None
    # When set to a reason, no test runs and every one is reported as skipped.
    unavailable = None

    def start(self):
        """Called once before the first test (boot an emulator, ...)."""

    def run(self, path):
        raise NotImplementedError

    def close(self):
        """Called once after the last test, also after an error."""


class UnixTarget(Target):
    """The host port: one interpreter process per test, run from the test's directory."""

    name = "unix"

    def __init__(self, interp, timeout):
        self.interp = os.path.abspath(interp)
        self.timeout = timeout

    def run(self, path):
        return run_process([self.interp, os.path.basename(path)], path, self.timeout)


class UnavailableTarget(Target):
    """Stands in for a target whose implementation is not there yet."""

    def __init__(self, name, reason):
        self.name = name
        self.unavailable = reason

    def run(self, path):
        raise AssertionError("an unavailable target never runs tests")


def make_target(args):
    if args.target == "unix":
        return UnixTarget(args.interp, args.timeout)
    # The emulated Pi lives in tests/rpi_target.py (owned by the Pi port); it
    # receives the parsed options (timeout, jobs, verbose, interp).
    if os.path.exists(os.path.join(TESTS_DIR, "rpi_target.py")):
        import rpi_target
        return rpi_target.RpiTarget(args)
    return UnavailableTarget("rpi", "rpi target not available")


def run_process(argv, path, timeout):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        proc = subprocess.run(argv, cwd=os.path.dirname(os.path.abspath(path)),
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout, env=env)
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", e.stderr or b"", None
    except OSError as e:
        return b"", f"cannot run {argv[0]}: {e}\n".encode(), 127
    return proc.stdout, proc.stderr, proc.returncode


# ---------------------------------------------------------------- expected output

class Expected:
    def __init__(self, stdout, stderr, status, source):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.source = source


class Oracle:
    """CPython's output for a test, cached by content and CPython version."""

    def __init__(self, python, timeout):
        self.python = python
        self.timeout = timeout
        self._version = None

    def version(self):
        if self._version is None:
            out = subprocess.run([self.python, "-c", "import sys; print(sys.version)"],
                                 stdout=subprocess.PIPE, check=True).stdout
            self._version = out.decode().strip()
        return self._version

    def expected(self, path):
        with open(path, "rb") as f:
            content = f.read()
        key = hashlib.sha256(self.version().encode() + b"\0" + content).hexdigest()
        cache = os.path.join(CACHE_DIR, key + ".json")
        try:
            with open(cache, encoding="utf-8") as f:
                d = json.load(f)
            return Expected(d["stdout"].encode("latin-1"), d["stderr"].encode("latin-1"),
                            d["status"], "CPython")
        except (OSError, ValueError, KeyError):
            pass
        out, err, status = run_process([self.python, os.path.basename(path)], path, self.timeout)
        if status is None:
            raise RuntimeError(f"CPython timed out after {self.timeout} s on this test")
        os.makedirs(CACHE_DIR, exist_ok=True)
        tmp = f"{cache}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"stdout": out.decode("latin-1"), "stderr": err.decode("latin-1"),
                       "status": status}, f)
        os.replace(tmp, cache)
        return Expected(out, err, status, "CPython")


def is_traceback_test(path):
    return (os.path.basename(os.path.dirname(os.path.abspath(path))) == "errors"
            and os.path.basename(path).startswith("tb_"))


def expected_for(path, oracle):
    exp_path = path[:-3] + ".exp" if path.endswith(".py") else path + ".exp"
    if os.path.exists(exp_path):
        with open(exp_path, "rb") as f:
            return Expected(f.read(), None, 1 if is_traceback_test(path) else 0, ".exp")
    return oracle.expected(path)


FILE_LINE_RE = re.compile(r'^  File "([^"]*)", line (\d+), in (.+)$')


def normalize_traceback(stderr):
    """Keep what both implementations must agree on in a traceback.

    The `Traceback (most recent call last):` header, each `  File "...", line N,
    in NAME` line with the path reduced to its basename, and the final
    `ExcType: message` line. CPython's source echo and caret lines go.
    """
    lines = stderr.decode("utf-8", "replace").splitlines()
    kept = []
    for line in lines:
        if line == "Traceback (most recent call last):":
            kept.append(line)
            continue
        m = FILE_LINE_RE.match(line)
        if m:
            name = m.group(1).replace("\\", "/").rsplit("/", 1)[-1]
            kept.append(f'  File "{name}", line {m.group(2)}, in {m.group(3)}')
    last = [line for line in lines if line.strip()]
    if last and not last[-1].startswith(" "):
        kept.append(last[-1])
    return kept


# ---------------------------------------------------------------- running

class Result:
    def __init__(self, name, verdict, details=()):
        self.name = name
        self.verdict = verdict  # "pass", "fail" or "skip"
        self.details = list(details)


def text_lines(data):
    return data.decode("utf-8", "replace").splitlines()


def diff_lines(expected, got, what, source=None):
    label = f"expected {what}" + (f" ({source})" if source else "")
    diff = list(difflib.unified_diff(expected, got, label, f"got {what}", lineterm=""))
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + [f"... ({len(diff) - DIFF_LINES} more diff lines)"]
    return diff


def run_test(path, name, target, oracle, timeout):
    try:
        exp = expected_for(path, oracle)
    except Exception as e:  # the oracle failing is a broken test, not a crash of the runner
        return Result(name, "fail", [f"no expected output: {e}"])

    try:
        out, err, status = target.run(path)
    except Exception as e:  # a target that breaks fails this test, not the whole run
        return Result(name, "fail", [f"target error: {type(e).__name__}: {e}"])
    if out.startswith(b"SKIP"):
        reason = out[4:].split(b"\n", 1)[0].decode("utf-8", "replace").strip(" :-\t\r")
        return Result(name, "skip", [reason] if reason else [])

    details = []
    if status is None:
        details.append(f"timed out after {timeout} s")
    elif status != exp.status:
        details.append(f"exit status {status}, expected {exp.status}")
    if out != exp.stdout:
        diff = diff_lines(text_lines(exp.stdout), text_lines(out), "stdout", exp.source)
        if len(diff) <= 2:  # same lines: the difference is in line ends or the final newline
            diff = [f"stdout differs in line endings: expected ...{exp.stdout[-40:]!r}",
                    f"                                    got ...{out[-40:]!r}"]
        details += diff
    if is_traceback_test(path) and exp.stderr is not None and status is not None:
        want, have = normalize_traceback(exp.stderr), normalize_traceback(err)
        if want != have:
            details += diff_lines(want, have, "traceback (normalized)")
    if not details:
        return Result(name, "pass")
    if err:
        head = text_lines(err)
        details.append("stderr:" + ("" if len(head) <= STDERR_LINES else f" (first {STDERR_LINES} lines)"))
        details += ["  " + line for line in head[:STDERR_LINES]]
    return Result(name, "fail", details)


def prune_dirs(dirpath, dirnames):
    keep = []
    for d in dirnames:
        if d.startswith(("_", ".")) or d == "data" or d.endswith("_data"):
            continue
        if os.path.abspath(dirpath) == TESTS_DIR and d in OTHER_SUITES:
            continue
        keep.append(d)
    dirnames[:] = sorted(keep)


def collect(paths):
    """The test files named by paths (files are taken as given, directories walked)."""
    found = []
    for p in paths or [TESTS_DIR]:
        if os.path.isfile(p):
            if not p.endswith(".exp"):  # a shell glob also names expected outputs
                found.append(p)
            continue
        if not os.path.isdir(p):
            raise SystemExit(f"run.py: no such test or directory: {p}")
        for dirpath, dirnames, filenames in os.walk(p):
            prune_dirs(dirpath, dirnames)
            if os.path.abspath(dirpath) == TESTS_DIR:
                continue  # the runner and its helpers live here, not tests
            for f in sorted(filenames):
                if f.endswith(".py") and not f.startswith(("_", ".")):
                    found.append(os.path.join(dirpath, f))
    return found


def display_name(path):
    full = os.path.abspath(path)
    if full.startswith(TESTS_DIR + os.sep):
        return os.path.relpath(full, TESTS_DIR)
    return path


def report(result, verbose):
    if result.verdict == "fail":
        print(f"FAIL {result.name}")
        for line in result.details:
            print("    " + line)
    elif result.verdict == "skip":
        print(f"skip {result.name}" + (f": {result.details[0]}" if result.details else ""))
    elif verbose:
        print(f"pass {result.name}")
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description="Run Framboise's Python tests.")
    ap.add_argument("--target", choices=["unix", "rpi"], default="unix")
    ap.add_argument("--interp", default=DEFAULT_INTERP, help="interpreter for the unix target")
    ap.add_argument("--cpython", default=sys.executable,
                    help="the oracle (default: the python3 running this script)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per test")
    ap.add_argument("--results", help="write the counts line to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing tests")
    ap.add_argument("--known-failures", help="file of `test reason` lines: tests that still fail on "
                    "this target; a failure of one counts as skipped with its reason, a pass as a pass")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    known = {}
    if args.known_failures:
        with open(args.known_failures) as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    name, _, reason = line.partition(" ")
                    known[name] = reason.strip()

    tests = sorted((display_name(p), p) for p in collect(args.paths))
    target = make_target(args)
    oracle = Oracle(args.cpython, args.timeout)
    results = []

    if target.unavailable:
        results = [Result(name, "skip", [target.unavailable]) for name, _ in tests]
        print(f"skip {len(results)} tests: {target.unavailable}")
    elif isinstance(target, UnixTarget) and not os.access(target.interp, os.X_OK):
        print(f"run.py: interpreter not found: {target.interp} (build it with `make unix`)")
        results = [Result(name, "fail") for name, _ in tests]
    else:
        jobs = max(1, min(args.jobs, target.max_jobs or args.jobs))
        target.start()
        try:
            with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
                for result in pool.map(lambda t: run_test(t[1], t[0], target, oracle, args.timeout), tests):
                    if result.name in known:
                        if result.verdict == "fail":
                            # Still run and shown, but counted apart: a listed bug of this target.
                            result = Result(result.name, "skip",
                                            [f"known failure on this target: {known[result.name]}"])
                        elif result.verdict == "pass":
                            print(f"note: {result.name} passes now: remove it from {args.known_failures}")
                    report(result, args.verbose)
                    results.append(result)
        finally:
            target.close()

    counts = {v: sum(1 for r in results if r.verdict == v) for v in ("pass", "fail", "skip")}
    line = f"{counts['pass']} passed, {counts['fail']} failed, {counts['skip']} skipped"
    if counts["fail"]:
        print("failed: " + " ".join(r.name for r in results if r.verdict == "fail"))
    print(line)
    if args.results:
        os.makedirs(os.path.dirname(os.path.abspath(args.results)), exist_ok=True)
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(line + "\n")
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
