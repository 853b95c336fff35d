# Prints one line per test suite from build/results and the totals as the last line.
# SPDX-License-Identifier: MIT
#
# Usage: python3 tests/summary.py RESULTS_DIR SUITE...
# Each suite wrote RESULTS_DIR/SUITE.txt holding `N passed, N failed[, N skipped]`.
# A suite without a readable results file (its build or its runner broke before
# the end) counts as one failure. The totals line is also written to
# RESULTS_DIR/summary.txt. Exit status 0 only when nothing failed and at least
# one test passed.

import os
import re
import sys

COUNTS_RE = re.compile(r"(\d+) passed, (\d+) failed(?:, (\d+) skipped)?")


def parse_counts(text):
    """Return (passed, failed, skipped) from the last counts line in text, or None."""
    found = None
    for line in text.splitlines():
        m = COUNTS_RE.search(line)
        if m:
            found = (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))
    return found


def format_counts(passed, failed, skipped):
    return f"{passed} passed, {failed} failed, {skipped} skipped"


def main(argv):
    if len(argv) < 2:
        print("usage: summary.py RESULTS_DIR SUITE...", file=sys.stderr)
        return 2
    results_dir, suites = argv[0], argv[1:]
    totals = [0, 0, 0]
    width = max(len(s) for s in suites) + 1
    for suite in suites:
        path = os.path.join(results_dir, suite + ".txt")
        counts = None
        try:
            with open(path, encoding="utf-8") as f:
                counts = parse_counts(f.read())
        except OSError:
            pass
        label = (suite + ":").ljust(width)
        if counts is None:
            print(f"{label} no results (the suite did not build or did not finish): 1 failure")
            counts = (0, 1, 0)
        else:
            print(f"{label} {format_counts(*counts)}")
        for i in range(3):
            totals[i] += counts[i]
    line = format_counts(*totals)
    print(line)
    # .ci/run repeats this line after make's own error report, so it stays the last one.
    with open(os.path.join(results_dir, "summary.txt"), "w", encoding="utf-8") as f:
        f.write(line + "\n")
    return 0 if totals[1] == 0 and totals[0] > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
