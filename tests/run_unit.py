# Runs the C unit test binaries and adds up the `N passed, N failed` line each one prints.
# SPDX-License-Identifier: MIT
#
# Usage: python3 tests/run_unit.py [--results FILE] [--timeout S] BINARY...
# A binary that crashes, times out, exits non-zero or prints no counts line
# counts as (at least) one failure, so a broken test can never pass silently.

import argparse
import os
import subprocess
import sys

from summary import format_counts, parse_counts


def run_one(path, timeout):
    """Run one binary; return (passed, failed, output text, problem or None)."""
    try:
        proc = subprocess.run([path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return 0, 1, out, f"timed out after {timeout} s"
    except OSError as e:
        return 0, 1, "", f"cannot run: {e}"
    out = proc.stdout.decode("utf-8", "replace")
    counts = parse_counts(out)
    if counts is None:
        return 0, 1, out, f"printed no counts line (exit status {proc.returncode})"
    passed, failed, _ = counts
    if proc.returncode != 0 and failed == 0:
        return passed, 1, out, f"exit status {proc.returncode} with no failed check"
    return passed, failed, out, None


def main():
    ap = argparse.ArgumentParser(description="Run the C unit test binaries.")
    ap.add_argument("--results", help="write the totals line to this file")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("binaries", nargs="*")
    args = ap.parse_args()

    total_passed = total_failed = 0
    for path in args.binaries:
        passed, failed, out, problem = run_one(path, args.timeout)
        total_passed += passed
        total_failed += failed
        name = os.path.basename(path)
        print(f"{name}: {format_counts(passed, failed, 0)}" + (f" ({problem})" if problem else ""))
        if failed:
            for line in out.rstrip("\n").splitlines()[-60:]:
                print("    " + line)

    line = format_counts(total_passed, total_failed, 0)
    print(line)
    if args.results:
        with open(args.results, "w", encoding="utf-8") as f:
            f.write(line + "\n")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
