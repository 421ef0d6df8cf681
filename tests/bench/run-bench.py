#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-bench.py BUILDDIR [--check]: the table build-aux/sdk bench prints.
#
# Runs inside the SDK on a virtual display and a private session bus (the
# caller sets both up). Whole-process figures (start-up, memory, the
# command-line export) are measured here; the rest comes from the
# benchmark programs, which print "RESULT name value unit" lines. Every
# figure is a median; every ratio is the median of ratios taken pair by
# pair, the two runs of a pair back to back and in alternating order, so a
# change in the machine's load between pairs cancels out.
#
# With --check, the exit status is 1 when a budget is missed by more than
# half again (the machines are shared and noisy; a small miss is printed,
# not failed).

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

CHECK_MARGIN = 1.5
# Issue 22's targets, as the budgets: start-up within 1.10× the bare
# window, peak memory within 1.10×, a median keystroke of 2 ms CPU and no
# keystroke over one frame. Start-up misses its budget while the first
# window shows the career map: a window of stock widgets showing the same
# first screen costs 1.30× the bare one (row 9, docs/performance.md).
STARTUP_BUDGET = 1.1
MEMORY_BUDGET = 1.1
SEARCH_MEDIAN_BUDGET = 2.0
# The worst keystroke of each search run: one frame.
SEARCH_WORST_BUDGET = {"catalog": 16.0, "plan-10000": 16.0}


def run_process(argv, env):
    """Wall time (ms) and peak RSS (MiB) of one process, exec to exit."""
    wall, rss, _ = run_process_cpu(argv, env)
    return wall, rss


def run_process_cpu(argv, env):
    """Wall time (ms), peak RSS (MiB) and CPU time (ms, every thread, user
    and system) of one process, exec to exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000


def results_of(argv, env):
    """Runs a benchmark program; its RESULT lines as a dict, the rest echoed."""
    out = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if out.returncode != 0:
        sys.exit(f"bench: {argv[0]} failed ({out.returncode}):\n{out.stdout}{out.stderr}")
    results = {}
    for line in out.stdout.splitlines():
        # Programs that drive the window use gtk_test_init (), which turns
        # what they print into TAP comments.
        if line.startswith("# "):
            line = line[2:]
        if line.startswith("RESULT "):
            _, name, value, _unit = line.split()
            results[name] = float(value)
        elif not line.startswith(("TAP version", "GLib-GIO-DEBUG", "Adwaita-DEBUG", "random seed")):
            print("  " + line, file=sys.stderr)
    return results


def paired(first, second, runs, warmup=2):
    """Runs first() and second() in pairs, alternating which goes first.
    Returns the lists of their results, warm-up pairs dropped."""
    a, b = [], []
    for i in range(runs + warmup):
        if i % 2 == 0:
            ra, rb = first(), second()
        else:
            rb, ra = second(), first()
        if i >= warmup:
            a.append(ra)
            b.append(rb)
    return a, b


def first_frame_env(env, benchdir, renderer=None):
    """The environment that ends a GTK program at its first painted frame
    (tests/bench/first-frame.c), for OpsLadder and its peers alike."""
    quit_env = dict(env, LD_PRELOAD=os.path.join(benchdir, "libops-first-frame.so"))
    if renderer is not None:
        quit_env["GSK_RENDERER"] = renderer
    return quit_env


def startup(rows, verdict, opsladder, benchdir, env):
    """1, 2: start-up to the first frame, and peak memory, against the floor.

    Once with GTK's default renderer, which on Xvfb is GL on Mesa's
    software rasteriser, and once with the cairo renderer: compiling
    shaders in software weighs the same in both processes and so flatters
    the ratio, which the cairo figures show without."""
    print("bench: start-up and memory (whole processes)…", file=sys.stderr)
    for renderer, runs in (("default", 15), ("cairo", 11)):
        quit_env = first_frame_env(env, benchdir, None if renderer == "default" else renderer)
        label = "" if renderer == "default" else f", {renderer} renderer"
        app, bare = paired(lambda: run_process_cpu([opsladder], quit_env),
                           lambda: run_process_cpu([os.path.join(benchdir, "bare-window")], quit_env),
                           runs=runs)
        app_ms = statistics.median(c for _, _, c in app)
        bare_ms = statistics.median(c for _, _, c in bare)
        app_wall = statistics.median(w for w, _, _ in app)
        bare_wall = statistics.median(w for w, _, _ in bare)
        ratio = statistics.median(a[2] / b[2] for a, b in zip(app, bare))
        wall_ratio = statistics.median(a[0] / b[0] for a, b in zip(app, bare))
        rows.append(("1", f"Start-up to first frame{label}", f"{app_ms:.0f} ms CPU ({app_wall:.0f} wall)",
                     f"{bare_ms:.0f} ms CPU ({bare_wall:.0f} wall, bare window)",
                     f"{ratio:.2f}× CPU; {wall_ratio:.2f}× wall", f"≤ {STARTUP_BUDGET}×",
                     verdict(ratio, STARTUP_BUDGET, f"start-up{label}")))
        app_mb = statistics.median(m for _, m, _ in app)
        bare_mb = statistics.median(m for _, m, _ in bare)
        ratio = statistics.median(a[1] / b[1] for a, b in zip(app, bare))
        rows.append(("2", f"Peak memory (max RSS){label}", f"{app_mb:.1f} MiB", f"{bare_mb:.1f} MiB (bare window)",
                     f"{ratio:.2f}×", f"≤ {MEMORY_BUDGET}×", verdict(ratio, MEMORY_BUDGET, f"memory{label}")))


def package_version(package):
    """The Debian package's version, upstream part, or "" outside Debian."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    except OSError:
        return ""
    return out.split(":")[-1].split("-")[0]


def peers(rows, verdict, opsladder, benchdir, env, top):
    """9: OpsLadder among GNOME's own apps: start-up to the first frame
    and peak memory of each, as ratios to the bare window in the same round.

    Every program runs under the same shim and from a fresh, empty
    configuration; the programs take turns in a rotating order, and each
    round's ratios are taken against that round's bare window. The
    content window (tests/bench/content-window.c) is the floor for what
    OpsLadder's first frame shows: the same sidebar rows and role cards
    in stock widgets, built the plainest way."""
    print("bench: peers (GNOME Text Editor, GNOME Calculator)…", file=sys.stderr)
    programs = [("bare window", [os.path.join(benchdir, "bare-window")], None),
                ("content window", [os.path.join(benchdir, "content-window")], None),
                ("OpsLadder", [opsladder], None),
                ("GNOME Text Editor", ["gnome-text-editor"], "gnome-text-editor"),
                ("GNOME Calculator", ["gnome-calculator"], "gnome-calculator")]
    missing = [name for name, argv, _ in programs if shutil.which(argv[0]) is None]
    if missing:
        sys.exit(f"bench: {', '.join(missing)} not installed (the SDK's package list has them)")
    quit_env = dict(first_frame_env(env, benchdir),
                    OPS_CONTENT_CATALOG=os.path.join(top, "data", "catalog", "catalog.xml"))
    runs, warmup = 11, 1
    results = {name: [] for name, _, _ in programs}
    for i in range(runs + warmup):
        k = i % len(programs)
        for name, argv, _ in programs[k:] + programs[:k]:
            result = run_process_cpu(argv, quit_env)
            if i >= warmup:
                results[name].append(result)
    bare = results["bare window"]
    for name, _, package in programs:
        runs_of = results[name]
        version = f" {package_version(package)}" if package else ""
        cpu = statistics.median(c for _, _, c in runs_of)
        wall = statistics.median(w for w, _, _ in runs_of)
        rss = statistics.median(m for _, m, _ in runs_of)
        if runs_of is bare:
            rows.append(("9", "Peers: bare window (the floor)", f"{cpu:.0f} ms CPU ({wall:.0f} wall)", "-",
                         f"1.00×; {rss:.1f} MiB", "-", "-"))
            continue
        ratio = statistics.median(a[2] / b[2] for a, b in zip(runs_of, bare))
        wall_ratio = statistics.median(a[0] / b[0] for a, b in zip(runs_of, bare))
        rss_ratio = statistics.median(a[1] / b[1] for a, b in zip(runs_of, bare))
        rows.append(("9", f"Peers: start-up, {name}{version}", f"{cpu:.0f} ms CPU ({wall:.0f} wall)",
                     "bare window", f"{ratio:.2f}× CPU; {wall_ratio:.2f}× wall", "-", "-"))
        rows.append(("9", f"Peers: peak memory, {name}{version}", f"{rss:.1f} MiB", "bare window",
                     f"{rss_ratio:.2f}×", "-", "-"))
    # What OpsLadder adds to its first frame's content, round by round.
    app, content = results["OpsLadder"], results["content window"]
    rows.append(("9", "Peers: start-up, OpsLadder against the content window", "-", "content window",
                 f"{statistics.median(a[2] / b[2] for a, b in zip(app, content)):.2f}× CPU; "
                 f"{statistics.median(a[0] / b[0] for a, b in zip(app, content)):.2f}× wall", "-", "-"))
    rows.append(("9", "Peers: peak memory, OpsLadder against the content window", "-", "content window",
                 f"{statistics.median(a[1] / b[1] for a, b in zip(app, content)):.2f}×", "-", "-"))


def plan(rows, verdict, benchdir, env):
    """3: loading and saving plans of 100 to 100,000 items."""
    print("bench: plan load and save…", file=sys.stderr)
    r = results_of([os.path.join(benchdir, "bench-plan")], env)
    sizes = (100, 10000, 100000)
    # Issue 22's target, 1.5x at every size, is met since the reader's
    # cuts of 2026-12-03 (docs/performance.md), so it is the budget.
    load_budget = {100: 1.5, 10000: 1.5, 100000: 1.5}
    for n in sizes:
        load, parse, ratio = r[f"plan.{n}.load"], r[f"plan.{n}.parse"], r[f"plan.{n}.load-ratio"]
        rows.append(("3", f"Plan load, {n:,} items ({r[f'plan.{n}.bytes'] / 1e6:.2f} MB)",
                     f"{load:.2f} ms", f"{parse:.2f} ms (json-glib parse)",
                     f"{ratio:.2f}×; {1000 * load / n:.1f} µs/item", f"≤ {load_budget[n]:g}×",
                     verdict(ratio, load_budget[n], f"load {n}")))
    for n in sizes:
        save, serialise = r[f"plan.{n}.save"], r[f"plan.{n}.serialise"]
        rows.append(("3", f"Plan save, {n:,} items", f"{save:.2f} ms", "-",
                     f"{1000 * save / n:.1f} µs/item (serialising {serialise:.2f} ms)", "linear", "-"))
    # A plan of 100,000 items is 26 MB: past the processor's caches, any
    # walk over it costs more per item than one over 2.6 MB, json-glib's
    # own parse too (1.82x on one machine, 1.1x on another). Growth beyond
    # that is the loader's; the save has no floor, so its serialising's
    # own growth is shown beside it.
    def growth(key):
        return (r[f"plan.100000.{key}"] / 100000) / (r[f"plan.10000.{key}"] / 10000)

    load_growth, parse_growth = growth("load"), growth("parse")
    rows.append(("3", "Plan load: cost per item, 100,000 vs 10,000 items", "-",
                 f"{parse_growth:.2f}× (json-glib parse)",
                 f"{load_growth:.2f}×; {load_growth / parse_growth:.2f}× the parse's growth",
                 "≈ 1× the parse's (linear)", verdict(load_growth / parse_growth, 1.3, "load growth")))
    rows.append(("3", "Plan save: cost per item, 100,000 vs 10,000 items", "-", "-",
                 f"{growth('save'):.2f}× (serialising {growth('serialise'):.2f}×)",
                 "≈ 1× (linear)", verdict(growth("save"), 1.3, "save growth")))


def window(rows, verdict, benchdir, env):
    """4, 5: the window with big plans, on the virtual display."""
    print("bench: the window (plan page, search, notes)…", file=sys.stderr)
    r = results_of([os.path.join(benchdir, "bench-window")], env)
    small, big = r["open-plan.100"], r["open-plan.10000"]
    rows.append(("4", "Open the plan page, 100 items", f"{small:.1f} ms CPU",
                 "-", f"{r['open-plan.100.wall']:.1f} ms wall", "-", "-"))
    rows.append(("4", "Open the plan page, 10,000 items", f"{big:.1f} ms CPU", f"{small:.1f} ms (100 items)",
                 f"{big / small:.2f}×; {r['open-plan.10000.wall']:.1f} ms wall", "≈ 1× (visible rows only)",
                 verdict(big / small, 1.2, "open plan")))
    for name, label in (("catalog", "catalog"), ("plan-10000", "catalog, 10,000-item plan shown")):
        value, worst = r[f"search.{name}"], r[f"search.{name}.worst"]
        # The floor: the same keystrokes in a bare window with only a
        # search entry, typed in the same process right after these.
        floor, ratio = r[f"search.{name}.floor"], r[f"search.{name}.ratio"]
        rows.append(("5", f"Search as you type, {label}", f"{value:.2f} ms CPU",
                     f"{floor:.2f} ms (bare window's search entry)",
                     f"{ratio:.2f}× the floor; per keystroke; worst {worst:.2f} ms",
                     f"≤ {SEARCH_MEDIAN_BUDGET:g} ms",
                     verdict(value, SEARCH_MEDIAN_BUDGET, f"search {name}")))
        # Issue 22: no keystroke over one frame.
        if name in SEARCH_WORST_BUDGET:
            rows.append(("5", f"Search as you type, {label}: worst keystroke", f"{worst:.2f} ms CPU", "-",
                         "the dearest of the run's keystrokes", f"≤ {SEARCH_WORST_BUDGET[name]:g} ms (one frame)",
                         verdict(worst, SEARCH_WORST_BUDGET[name], f"search {name} worst")))
    for n in (100, 10000):
        value = r[f"notes.{n}"]
        rows.append(("5", f"Typing in a note, {n:,}-item plan", f"{value:.2f} ms CPU", "-", "per keystroke",
                     "< 4 ms", verdict(value, 4.0, f"notes {n}")))


def export(rows, verdict, opsladder, benchdir, env, tmp):
    """6: opsladder --export-pdf, whole processes."""
    print("bench: PDF export from the command line…", file=sys.stderr)
    for n in (100, 1000):
        plan = os.path.join(tmp, f"plan-{n}.json")
        pdf = os.path.join(tmp, f"plan-{n}.pdf")
        subprocess.run([os.path.join(benchdir, "bench-plan"), "--write", str(n), plan], check=True)
        runs = [run_process_cpu([opsladder, "--export-pdf", pdf, plan], env) for _ in range(7)]
        wall = statistics.median(w for w, _, _ in runs)
        rss = statistics.median(m for _, m, _ in runs)
        cpu = statistics.median(c for _, _, c in runs)
        # The budget is on wall time, which on a shared machine also counts
        # the other jobs' turns; the CPU time beside it does not.
        budget = 1000.0 if n == 1000 else None
        rows.append(("6", f"PDF export, {n:,} items ({os.path.getsize(pdf) // 1024} kB)", f"{wall:.0f} ms",
                     "-", f"{cpu:.0f} ms CPU; {rss:.0f} MiB peak", "< 1 s" if budget else "-",
                     verdict(wall, budget, f"export {n}")))


def catalog(rows, verdict, benchdir, env):
    """7: the catalog, shipped and 100 times as large."""
    print("bench: catalog load…", file=sys.stderr)
    r = results_of([os.path.join(benchdir, "bench-catalog")], env)
    x1, x100 = r["catalog.x1"], r["catalog.x100"]
    n1, n100 = r["catalog.x1.entries"], r["catalog.x100.entries"]
    rows.append(("7", f"Catalog load, shipped ({n1:.0f} entries)", f"{x1:.2f} ms", "-",
                 f"{1000 * x1 / n1:.1f} µs/entry", "-", "-"))
    rows.append(("7", f"Catalog load, 100× ({n100:.0f} entries)", f"{x100:.1f} ms", "-",
                 f"{1000 * x100 / n100:.1f} µs/entry, {(x100 / n100) / (x1 / n1):.2f}× per entry",
                 "≈ 1× per entry (linear)", "-"))


def career_map(rows, verdict, benchdir, env):
    """8: the career map, with the shipped catalog and ten times its roles."""
    print("bench: the career map…", file=sys.stderr)
    r = results_of([os.path.join(benchdir, "bench-map")], env)
    for name, label in (("x1", "shipped"), ("x10", "10×")):
        roles = r[f"map.{name}.roles"]
        rows.append(("8", f"Map open, {label} catalog ({roles:.0f} roles)", f"{r[f'map.open.{name}']:.1f} ms CPU",
                     "-", "until its first frame", "-", "-"))
        # The floor: the same map right after the step, moved a pixel so
        # that all in view is snapshotted and rendered again, at the new
        # zoom, its glyphs already rasterised; nothing measured, allocated
        # or laid out (tests/bench/bench-map.c). The ratio is the median
        # of each run's step over its floor, as the other ratios are.
        redraw = r[f"map.redraw.{name}"]
        rows.append(("8", f"Map re-layout (a zoom step), {label} catalog", f"{r[f'map.relayout.{name}']:.1f} ms CPU",
                     f"{redraw:.1f} ms (the map redrawn, glyphs cached)",
                     f"{r[f'map.relayout-ratio.{name}']:.2f}× the redraw, per run; "
                     f"layout alone {r[f'map.layout.{name}']:.2f} ms",
                     "< 16 ms (one frame)", verdict(r[f"map.relayout.{name}"], 16.0, f"map re-layout {name}")))


def pace(rows, verdict, benchdir, env):
    """10: the pace projection at 100, 10,000 and 100,000 items."""
    print("bench: the pace projection…", file=sys.stderr)
    r = results_of([os.path.join(benchdir, "bench-pace")], env)
    per_100 = r["pace.compute.100"] / 100
    for n in (100, 10000, 100000):
        ms = r[f"pace.compute.{n}"]
        rows.append(("10", f"Pace projection, {n:,} items", f"{ms:.3f} ms CPU", "-",
                     f"{1000 * ms / n:.2f} µs/item, {(ms / n) / per_100:.2f}× per item; "
                     f"from the plan {r[f'pace.plan.{n}']:.2f} ms",
                     "≈ 1× per item (n log n)", "-"))


def main():
    builddir = os.path.abspath(sys.argv[1])
    check = "--check" in sys.argv[2:]
    parts = ["startup", "peers", "plan", "window", "export", "catalog", "map", "pace"]
    if "--only" in sys.argv[2:]:
        parts = sys.argv[sys.argv.index("--only") + 1].split(",")
    started = time.monotonic()

    opsladder = os.path.join(builddir, "src", "opsladder")
    benchdir = os.path.join(builddir, "tests", "bench")
    top = os.environ.get("OPS_TOP", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    tmp = tempfile.mkdtemp(prefix="opsladder-bench-")

    env = dict(os.environ)
    env.update({
        "GSETTINGS_SCHEMA_DIR": os.path.join(builddir, "data"),
        "GSETTINGS_BACKEND": "memory",
        "GTK_A11Y": "none",
        "NO_AT_BRIDGE": "1",
        "LC_ALL": "C.UTF-8",
        "XDG_DATA_HOME": os.path.join(tmp, "data"),
        "XDG_CONFIG_HOME": os.path.join(tmp, "config"),
        "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
    })
    # The default plan: the realistic one the screenshots show.
    os.makedirs(os.path.join(tmp, "data", "opsladder"))
    shutil.copy(os.path.join(top, "build-aux", "screenshot-plan.json"),
                os.path.join(tmp, "data", "opsladder", "plan.json"))

    rows = []      # (number, what, opsladder, floor, figure, budget, result)
    failed = []

    def verdict(value, budget, name):
        if budget is None:
            return "-"
        if value <= budget:
            return "met"
        if value > budget * CHECK_MARGIN:
            failed.append(name)
            return "MISSED"
        return "missed, within the noise margin"

    for part in parts:
        if part == "startup":
            startup(rows, verdict, opsladder, benchdir, env)
        elif part == "peers":
            peers(rows, verdict, opsladder, benchdir, env, top)
        elif part == "plan":
            plan(rows, verdict, benchdir, env)
        elif part == "window":
            window(rows, verdict, benchdir, env)
        elif part == "export":
            export(rows, verdict, opsladder, benchdir, env, tmp)
        elif part == "catalog":
            catalog(rows, verdict, benchdir, env)
        elif part == "map":
            career_map(rows, verdict, benchdir, env)
        elif part == "pace":
            pace(rows, verdict, benchdir, env)
        else:
            sys.exit(f"bench: unknown part {part}")

    shutil.rmtree(tmp, ignore_errors=True)

    # The table, in Markdown so that docs/performance.md can hold it as is.
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print()
    print(f"Machine: {os.cpu_count()} CPUs, {cpu}, load average {os.getloadavg()[0]:.1f}; "
          f"release build on Xvfb; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print()
    header = ("#", "What", "OpsLadder", "Floor", "Figure", "Budget", "Result")
    table = [header] + rows
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for k, row in enumerate(table):
        print("| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(row)) + " |")
        if k == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    print()
    print(f"bench: done in {time.monotonic() - started:.0f} s")
    if failed:
        print(f"bench: missed by more than {CHECK_MARGIN}× the budget: {', '.join(failed)}")
        if check:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
