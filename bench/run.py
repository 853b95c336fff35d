# Runs the benchmark programs on Framboise, CPython (and MicroPython), and counts instructions on the emulated Pi.
# SPDX-License-Identifier: MIT
"""The benchmark runner behind `make bench` (method: docs/performance.md).

Host part: every bench/*.py runs N times (default 3, --quick 1) on each
interpreter, the interpreters alternating (their order rotates each round so
none always runs first on a warm or cold machine). Each run is timed with
time.perf_counter() around the whole subprocess (start-up included); the CPU
time of the child (user + system, from getrusage) is recorded too. Per
benchmark the median of each interpreter is printed with the ratio
python3 / framboise: above 1 means Framboise is faster. Output is compared with
CPython's: a difference is a CHECKSUM MISMATCH, a non-zero exit or a timeout is
FAILED; neither counts in the geometric mean of the ratios.

Pi part (optional, skipped with a message when anything is missing): the size
of build/rpi/kernel.img, and guest instruction counts under QEMU (raspi0) with
the counting plugin from ../shared/tools: boot to the first prompt, then each
program with its small "pi:" size sent through the raw REPL, one fresh QEMU per
program, minus the cost of an empty program sent the same way.
"""

import argparse
import glob
import json
import math
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
OUT_DIR = os.path.join(ROOT, "build", "bench")
DEFAULT_INTERP = os.path.join(ROOT, "build", "unix", "framboise")
RPI_KERNEL_ELF = os.path.join(ROOT, "build", "rpi", "kernel.elf")
RPI_KERNEL_IMG = os.path.join(ROOT, "build", "rpi", "kernel.img")
PLUGIN_SRC_CANDIDATES = [
    os.path.join(ROOT, "..", "shared", "tools", "qemu-insn-count.c"),
    "/work/shared/tools/qemu-insn-count.c",
]

# Each benchmark declares its sizes on one line: `N = 29  # pi: 15`.
SIZE_RE = re.compile(rb"^N = (\d+)  # pi: (\d+)[ \t]*$", re.M)
ARGV_LINE = b"if len(sys.argv) > 1:"


# ---------------------------------------------------------------- helpers

def log(*args):
    print(*args, flush=True)


def rel(path):
    """[path] relative to the current directory when it is below it."""
    r = os.path.relpath(path, os.getcwd())
    return path if r.startswith("..") else r


def list_benchmarks(only):
    names = []
    for path in sorted(glob.glob(os.path.join(BENCH_DIR, "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        if name == "run" or name.startswith("_"):
            continue
        names.append(name)
    if only:
        wanted = set()
        for item in only:
            wanted.update(x for x in item.split(",") if x)
        unknown = wanted - set(names)
        if unknown:
            sys.exit("run.py: no such benchmark: " + ", ".join(sorted(unknown)))
        names = [n for n in names if n in wanted]
    return names


def resolve_python(name):
    """The real CPython executable behind [name].

    A launcher such as a pyenv shim is a shell script that costs seconds per
    start: timing it would measure the launcher, so ask the interpreter where
    it really lives and time that."""
    found = shutil.which(name)
    if found is None:
        return None
    try:
        out = subprocess.run([found, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, timeout=60)
        real = out.stdout.decode().strip()
        if out.returncode == 0 and real and os.path.exists(real):
            return real
    except (OSError, subprocess.TimeoutExpired):
        pass
    return found


def default_heap(interp):
    """Framboise's default heap size from its -h text ("none" if it does not say).

    MicroPython then gets the same heap, so neither wins by having more memory;
    Framboise gets it explicitly too, which changes nothing for it."""
    try:
        out = subprocess.run([interp, "-h"], capture_output=True, timeout=10)
        m = re.search(r"heapsize.*default (\d+) ?([kKmM])B", (out.stdout + out.stderr).decode("utf-8", "replace"))
        if m:
            return m.group(1) + m.group(2).upper()
    except (OSError, subprocess.TimeoutExpired):
        pass
    return "none"


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(argv, timeout, cwd):
    """Runs [argv]: (wall seconds, cpu seconds, exit status or None on timeout, stdout, stderr)."""
    # A binary being relinked (by a build running meanwhile) cannot be started
    # for a moment: wait for it rather than report a failure.
    for attempt in range(6):
        cpu0 = child_cpu()
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, cwd=cwd)
            break
        except OSError as e:
            if attempt == 5 or not os.path.exists(argv[0]) and attempt >= 2:
                return 0.0, 0.0, -1, b"", str(e).encode()
            time.sleep(2.0)
    try:
        out, err = proc.communicate(timeout=timeout)
        status = proc.returncode
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        status = None
    wall = time.perf_counter() - t0
    return wall, child_cpu() - cpu0, status, out, err


def last_line(data):
    lines = [ln.strip() for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def first_difference(ref, got):
    a = ref.decode("utf-8", "replace").splitlines()
    b = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<missing>"
        y = b[i] if i < len(b) else "<missing>"
        if x != y:
            return "line %d: expected %r, got %r" % (i + 1, x[:80], y[:80])
    return "outputs differ"


def geomean(values):
    values = [v for v in values if v and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_time(t):
    return "-" if t is None else "%.3f" % t


def fmt_ratio(r):
    return "-" if r is None else "%.2fx" % r


def machine_info():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        load = "%.1f" % os.getloadavg()[0]
    except OSError:
        load = "?"
    return {
        "arch": platform.machine(),
        "cpu": cpu or platform.processor() or "unknown",
        "cores": os.cpu_count(),
        "load": load,
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
    }


# ---------------------------------------------------------------- host benchmarks

class Interp:
    def __init__(self, label, argv):
        self.label = label
        self.argv = argv


class Result:
    """One interpreter on one benchmark."""

    def __init__(self):
        self.walls = []
        self.cpus = []
        self.status = "ok"  # ok | FAILED | CHECKSUM MISMATCH | TIMEOUT | REFERENCE FAILED
        self.detail = ""
        self.output = None

    @property
    def ok(self):
        return self.status == "ok" and bool(self.walls)

    @property
    def wall(self):
        return statistics.median(self.walls) if self.walls else None

    @property
    def cpu(self):
        return statistics.median(self.cpus) if self.cpus else None


def run_host(names, interps, reps, timeout, budget, started):
    """Runs every benchmark on every interpreter; returns {name: {label: Result}}."""
    results = {}
    reference = interps[0].label  # CPython: whose output is right
    for bi, name in enumerate(names):
        path = os.path.join(BENCH_DIR, name + ".py")
        per = {it.label: Result() for it in interps}
        results[name] = per
        # Keep within the time budget: when the benchmarks so far say the rest
        # will not fit, the rest run once each.
        elapsed = time.perf_counter() - started
        if bi > 0 and reps > 1:
            projected = elapsed + (elapsed / bi) * (len(names) - bi)
            if projected > budget:
                log("  (time budget of %.0f s: the remaining benchmarks run once each)" % budget)
                reps = 1
        for rep in range(reps):
            # Round 0 runs CPython first, so its time is known when the others start.
            order = interps if rep % 2 == 0 else list(reversed(interps))
            for it in order:
                res = per[it.label]
                if res.status != "ok":
                    continue  # a failed interpreter is not run again on this benchmark
                limit = timeout
                if it.label != reference and per[reference].walls:
                    # A run 20 times slower than CPython's has failed: no need to wait longer.
                    limit = min(timeout, max(15.0, 20.0 * per[reference].walls[0]))
                wall, cpu, status, out, err = run_once(it.argv + [path], limit, BENCH_DIR)
                if status is None:
                    res.status = "TIMEOUT"
                    res.detail = "no result after %.0f s" % limit
                    continue
                if status != 0:
                    res.status = "FAILED"
                    res.detail = "exit %d: %s" % (status, last_line(err) or last_line(out))
                    continue
                res.walls.append(wall)
                res.cpus.append(cpu)
                if res.output is None:
                    res.output = out
        ref = per[reference]
        if ref.status != "ok":
            for it in interps[1:]:
                if per[it.label].status == "ok":
                    per[it.label].status = "REFERENCE FAILED"
                    per[it.label].detail = "%s %s" % (reference, ref.status)
        else:
            for it in interps[1:]:
                res = per[it.label]
                if res.status == "ok" and res.output != ref.output:
                    res.status = "CHECKSUM MISMATCH"
                    res.detail = first_difference(ref.output, res.output)
        print_row(name, per, interps)
    return results


def ratio(ref, res):
    if ref.ok and res.ok and res.wall > 0:
        return ref.wall / res.wall
    return None


def cpu_ratio(ref, res):
    if ref.ok and res.ok and res.cpu and res.cpu > 0:
        return ref.cpu / res.cpu
    return None


def header(interps):
    cols = ["%-12s" % "benchmark", "%9s" % interps[0].label]
    for it in interps[1:]:
        cols += ["%10s" % it.label, "%7s" % "ratio", "%7s" % "cpu"]
    cols.append("status")
    return " ".join(cols)


def print_row(name, per, interps):
    ref = per[interps[0].label]
    cols = ["%-12s" % name, "%9s" % fmt_time(ref.wall)]
    notes = []
    for it in interps[1:]:
        res = per[it.label]
        cols += ["%10s" % fmt_time(res.wall), "%7s" % fmt_ratio(ratio(ref, res)),
                 "%7s" % fmt_ratio(cpu_ratio(ref, res))]
        if res.status != "ok":
            notes.append("%s %s (%s)" % (it.label, res.status, res.detail))
    if ref.status != "ok":
        notes.insert(0, "%s %s (%s)" % (interps[0].label, ref.status, ref.detail))
    cols.append("; ".join(notes) if notes else "ok")
    log(" ".join(cols))


def summarize(results, interps):
    """Geometric means and failure counts, per compared interpreter."""
    ref_label = interps[0].label
    summary = {}
    for it in interps[1:]:
        ratios, cpu_ratios, failed = [], [], []
        for name, per in results.items():
            res = per[it.label]
            r = ratio(per[ref_label], res)
            if r is None:
                failed.append(name)
            else:
                ratios.append(r)
                cpu_ratios.append(cpu_ratio(per[ref_label], res))
        summary[it.label] = {
            "geomean": geomean(ratios),
            "geomean_cpu": geomean(cpu_ratios),
            "correct": len(ratios),
            "failed": failed,
            "min": min(ratios) if ratios else None,
        }
    if len(interps) > 2:
        # Framboise against the other interpreters directly, where both ran correctly.
        for it in interps[2:]:
            direct = [ratio(per[it.label], per[interps[1].label]) for per in results.values()]
            direct = [r for r in direct if r is not None]
            summary[it.label]["vs_" + interps[1].label] = geomean(direct)
            summary[it.label]["vs_count"] = len(direct)
    return summary


# ---------------------------------------------------------------- the emulated Pi

def pi_source(name, size=None):
    """The benchmark's source with its size fixed (no sys.argv on the board), and that size."""
    with open(os.path.join(BENCH_DIR, name + ".py"), "rb") as f:
        src = f.read()
    m = SIZE_RE.search(src)
    if m is None or ARGV_LINE not in src:
        return None, None
    n = int(m.group(2)) if size is None else size
    src = src[:m.start()] + b"N = %d" % n + src[m.end():]
    return src.replace(ARGV_LINE, b"if False:"), n


class PiCounter:
    """Boots the kernel under QEMU with the instruction-counting plugin."""

    def __init__(self, qemu, plugin, kernel, timeout):
        sys.path.insert(0, os.path.join(ROOT, "tests"))
        import rpi_target  # the project's QEMU board driver (tests/rpi_target.py)
        self.rt = rpi_target
        self.qemu = qemu
        self.plugin = plugin
        self.kernel = kernel
        self.timeout = timeout
        self.count_dir = os.path.join(OUT_DIR, "qemu")
        os.makedirs(self.count_dir, exist_ok=True)

    def _boot(self, tag):
        logfile = os.path.join(self.count_dir, tag + ".log")
        if os.path.exists(logfile):
            os.remove(logfile)
        self.rt.QEMU = self.qemu  # the driver's module-level choice of binary
        board = self.rt.QemuBoard(self.kernel, extra_args=["-plugin", self.plugin, "-d", "plugin",
                                                          "-D", logfile])
        return board, logfile

    def _finish(self, board, logfile):
        """Ends QEMU with SIGTERM (a clean exit, so the plugin prints) and reads the count."""
        if board.proc.poll() is None:
            board.proc.send_signal(signal.SIGTERM)
            try:
                board.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        board.close()
        try:
            with open(logfile) as f:
                m = re.search(r"insns: (\d+)", f.read())
        except OSError:
            m = None
        if m is None:
            raise RuntimeError("no instruction count in %s" % rel(logfile))
        return int(m.group(1))

    def boot_count(self):
        board, logfile = self._boot("boot")
        try:
            board.wait_banner(timeout=self.timeout)
            # Let the first prompt settle: the guest then sleeps (wfi) until input.
            board.read_available(0.2)
        except Exception:
            board.close()
            raise
        return self._finish(board, logfile)

    def program_count(self, tag, source):
        """Instructions from boot to the end of [source] run at the raw REPL, and its output."""
        board, logfile = self._boot(tag)
        try:
            board.wait_banner(timeout=self.timeout)
            board.enter_raw(timeout=self.timeout)
            out, err = board.exec_raw(source, timeout=self.timeout)
        except Exception:
            board.close()
            raise
        return self._finish(board, logfile), out, err


def build_plugin(log_skip):
    src = next((p for p in PLUGIN_SRC_CANDIDATES if os.path.exists(p)), None)
    if src is None:
        log_skip("the plugin source qemu-insn-count.c is not in ../shared/tools")
        return None
    so = os.path.join(OUT_DIR, "libinsncount.so")
    if os.path.exists(so) and os.path.getmtime(so) >= os.path.getmtime(src):
        return so
    cc = shutil.which(os.environ.get("CC", "gcc")) or shutil.which("gcc")
    if cc is None:
        log_skip("no gcc to build the plugin")
        return None
    os.makedirs(OUT_DIR, exist_ok=True)
    proc = subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", so, src], capture_output=True)
    if proc.returncode != 0:
        log_skip("the plugin did not build: " + last_line(proc.stderr))
        return None
    return so


def run_pi(names, python, timeout, deadline):
    """The Pi section: returns a dict for the report (sizes, counts), printing as it goes."""
    info = {"kernel_img": None, "boot_insns": None, "counts": {}, "skipped": None}
    log("")
    log("== Raspberry Pi build")
    if os.path.exists(RPI_KERNEL_IMG):
        size = os.path.getsize(RPI_KERNEL_IMG)
        info["kernel_img"] = size
        log("%s: %d bytes (%.0f KB)" % (rel(RPI_KERNEL_IMG), size, size / 1024))
    else:
        log("%s: not built (make rpi)" % rel(RPI_KERNEL_IMG))

    def skip(why):
        info["skipped"] = why
        log("instruction counts skipped: " + why)

    qemu = shutil.which(os.environ.get("RPI_QEMU", "qemu-system-arm"))
    if not os.path.exists(RPI_KERNEL_ELF):
        skip("no %s (make rpi)" % rel(RPI_KERNEL_ELF))
        return info
    if qemu is None:
        skip("qemu-system-arm is not installed")
        return info
    if not os.path.exists(os.path.join(ROOT, "tests", "rpi_target.py")):
        skip("tests/rpi_target.py (the board driver) is missing")
        return info
    plugin = build_plugin(skip)
    if plugin is None:
        return info
    try:
        counter = PiCounter(qemu, plugin, RPI_KERNEL_ELF, timeout)
        boot = counter.boot_count()
        base, _, base_err = counter.program_count("empty", b"pass\n")
        if base_err:
            raise RuntimeError("an empty program failed: " + last_line(base_err))
    except Exception as e:  # any failure of the board here means: no Pi numbers
        why = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
        skip("the emulated Pi did not work: " + why)
        return info
    info["boot_insns"] = boot
    info["empty_insns"] = base
    log("boot to first prompt: %d instructions" % boot)
    log("%-12s %6s %14s  %s" % ("benchmark", "size", "instructions", "status"))
    for name in names:
        if time.perf_counter() > deadline:
            log("(time budget reached: the remaining benchmarks are not counted)")
            break
        source, size = pi_source(name)
        if source is None:
            log("%-12s %6s %14s  %s" % (name, "-", "-", "no `N = ...  # pi: ...` line"))
            continue
        entry = {"size": size, "insns": None, "status": "ok"}
        info["counts"][name] = entry
        try:
            total, out, err = counter.program_count(name, source)
        except Exception as e:
            entry["status"] = "FAILED (board: %s)" % (str(e).splitlines()[0][:120] if str(e) else type(e).__name__)
            log("%-12s %6d %14s  %s" % (name, size, "-", entry["status"]))
            continue
        out = out.replace(b"\r\n", b"\n")
        ref = subprocess.run([python, os.path.join(BENCH_DIR, name + ".py"), str(size)],
                             capture_output=True, timeout=120).stdout
        if err:
            entry["status"] = "FAILED (%s)" % last_line(err.replace(b"\r\n", b"\n"))
        elif out != ref:
            entry["status"] = "CHECKSUM MISMATCH (%s)" % first_difference(ref, out)
        entry["insns"] = total - base
        log("%-12s %6d %14d  %s" % (name, size, entry["insns"], entry["status"]))
    counted = [c["insns"] for c in info["counts"].values() if c["insns"] is not None and c["status"] == "ok"]
    if counted:
        log("sum over the %d benchmark(s) that ran correctly: %d instructions" % (len(counted), sum(counted)))
    return info


# ---------------------------------------------------------------- report

def write_reports(machine, interps, results, summary, pi, reps):
    os.makedirs(OUT_DIR, exist_ok=True)
    data = {"machine": machine, "runs": reps,
            "interpreters": {it.label: it.argv for it in interps},
            "benchmarks": {}, "summary": summary, "pi": pi}
    for name, per in results.items():
        data["benchmarks"][name] = {
            label: {"median_wall": r.wall, "median_cpu": r.cpu, "walls": r.walls,
                    "status": r.status, "detail": r.detail}
            for label, r in per.items()}
    with open(os.path.join(OUT_DIR, "results.json"), "w") as f:
        json.dump(data, f, indent=1)

    ref_label = interps[0].label
    lines = []
    lines.append("Machine: `%s`, %s (%s cores, load %s when started), %s; %d run(s) per interpreter, medians." % (
        machine["arch"], machine["cpu"], machine["cores"], machine["load"], machine["date"], reps))
    lines.append("")
    head = ["benchmark", "%s (s)" % ref_label]
    for it in interps[1:]:
        head += ["%s (s)" % it.label, "ratio", "cpu ratio"]
    if pi and pi.get("counts"):
        head += ["Pi size", "Pi instructions"]
    head.append("status")
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 2) + ["---"]) + "|")
    for name, per in results.items():
        ref = per[ref_label]
        row = [name, fmt_time(ref.wall)]
        notes = []
        for it in interps[1:]:
            res = per[it.label]
            row += [fmt_time(res.wall), fmt_ratio(ratio(ref, res)), fmt_ratio(cpu_ratio(ref, res))]
            if res.status != "ok":
                notes.append("%s %s: %s" % (it.label, res.status, res.detail.replace("|", "\\|")))
        if pi and pi.get("counts"):
            c = pi["counts"].get(name)
            row += [str(c["size"]) if c else "-",
                    ("{:,}".format(c["insns"]) if c and c["insns"] is not None else "-")]
            if c and c["status"] != "ok":
                notes.append("Pi " + c["status"].replace("|", "\\|"))
        row.append("; ".join(notes) if notes else "ok")
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    for label, s in summary.items():
        lines.append("Geometric mean of %s / %s: **%s** (cpu time: %s) over %d correct benchmark(s); "
                     "%d failed%s." % (ref_label, label, fmt_ratio(s["geomean"]), fmt_ratio(s["geomean_cpu"]),
                                       s["correct"], len(s["failed"]),
                                       (" (" + ", ".join(s["failed"]) + ")") if s["failed"] else ""))
        if s.get("vs_framboise") is not None:
            lines.append("%s time / framboise time: **%s** (geometric mean over %d benchmark(s)). " % (
                label, fmt_ratio(s["vs_framboise"]), s["vs_count"]))
    if pi:
        if pi.get("kernel_img"):
            lines.append("")
            lines.append("build/rpi/kernel.img: %d bytes." % pi["kernel_img"])
        if pi.get("boot_insns"):
            lines.append("Boot to the first prompt under QEMU: %s guest instructions." % "{:,}".format(pi["boot_insns"]))
        counted = [c["insns"] for c in pi.get("counts", {}).values() if c["insns"] is not None and c["status"] == "ok"]
        if counted:
            lines.append("Sum of the Pi instruction counts: %s (%d benchmark(s) that ran correctly)." % (
                "{:,}".format(sum(counted)), len(counted)))
        if pi.get("skipped"):
            lines.append("Pi instruction counts skipped: %s." % pi["skipped"])
    with open(os.path.join(OUT_DIR, "results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description="Framboise benchmarks (see docs/performance.md)")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all bench/*.py)")
    ap.add_argument("-n", "--runs", type=int, default=3, help="runs per interpreter (default 3)")
    ap.add_argument("--quick", action="store_true", help="one run per interpreter")
    ap.add_argument("--interp", default=DEFAULT_INTERP, help="the Framboise binary")
    ap.add_argument("--python", default="python3", help="the CPython to compare with")
    ap.add_argument("--heap", default=None,
                    help="-X heapsize given to Framboise and MicroPython (default: Framboise's own "
                         "default heap, as its -h says; 'none' to give none)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run before it counts as failed")
    ap.add_argument("--budget", type=float, default=270.0,
                    help="seconds for the whole run; past it benchmarks run once and Pi counts stop")
    ap.add_argument("--no-pi", action="store_true", help="skip the kernel size and QEMU instruction counts")
    ap.add_argument("--pi-only", action="store_true", help="only the kernel size and QEMU instruction counts")
    args = ap.parse_args()
    started = time.perf_counter()
    reps = 1 if args.quick else max(1, args.runs)
    names = list_benchmarks(args.names)

    python = resolve_python(args.python)
    if python is None:
        sys.exit("run.py: %s not found" % args.python)
    # A build running meanwhile may be relinking the binary: give it a minute.
    for _ in range(30):
        if os.path.exists(args.interp):
            break
        time.sleep(2.0)
    else:
        sys.exit("run.py: %s does not exist (make unix)" % rel(args.interp))
    if args.heap is None:
        args.heap = default_heap(args.interp)
    heap = [] if args.heap == "none" else ["-X", "heapsize=" + args.heap]
    interps = [Interp("python3", [python]), Interp("framboise", [os.path.abspath(args.interp)] + heap)]
    mpy = os.environ.get("MICROPYTHON")
    if mpy:
        found = shutil.which(mpy)
        if found:
            interps.append(Interp("micropython", [os.path.abspath(found)] + heap))
        else:
            log("MICROPYTHON=%s is not an executable: not compared" % mpy)

    machine = machine_info()
    if args.pi_only:
        run_pi(names, python, timeout=30.0, deadline=started + args.budget)
        return 0
    log("== Framboise benchmarks: %d programs, %d run(s) each, wall-time medians" % (len(names), reps))
    log("machine: %s, %s, %s cores, load %s, %s" % (machine["arch"], machine["cpu"], machine["cores"],
                                                     machine["load"], machine["date"]))
    for it in interps:
        log("%-11s %s" % (it.label + ":", " ".join(rel(a) if os.path.isabs(a) else a for a in it.argv)))
    log("ratio = python3 time / interpreter time (> 1: faster than CPython); cpu = the same on CPU time")
    log("")
    log(header(interps))

    qemu = shutil.which(os.environ.get("RPI_QEMU", "qemu-system-arm"))
    pi_wanted = not args.no_pi and os.path.exists(RPI_KERNEL_ELF) and qemu
    # Leave the Pi part a share of the budget when it can run.
    host_budget = args.budget * (0.7 if pi_wanted else 0.95)
    results = run_host(names, interps, reps, args.timeout, host_budget, started)
    summary = summarize(results, interps)
    log("")
    for label, s in summary.items():
        log("geometric mean python3/%s: %s (cpu time: %s) over %d benchmark(s) that ran correctly; %d failed%s" % (
            label, fmt_ratio(s["geomean"]), fmt_ratio(s["geomean_cpu"]), s["correct"], len(s["failed"]),
            (": " + ", ".join(s["failed"])) if s["failed"] else ""))
        if s["min"] is not None:
            log("  slowest ratio: %s" % fmt_ratio(s["min"]))
        if s.get("vs_framboise") is not None:
            log("  %s time / framboise time: %s (geometric mean over %d benchmark(s) both ran correctly)" % (
                label, fmt_ratio(s["vs_framboise"]), s["vs_count"]))

    pi = None
    if args.no_pi:
        log("")
        log("Pi part skipped (--no-pi)")
    else:
        pi = run_pi(names, python, timeout=30.0, deadline=started + args.budget)
    write_reports(machine, interps, results, summary, pi, reps)
    log("")
    log("results: %s, %s (%.0f s in all)" % (rel(os.path.join(OUT_DIR, "results.md")),
                                            rel(os.path.join(OUT_DIR, "results.json")),
                                            time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
