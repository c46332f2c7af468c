"""Time to the first full screen: the reader (warm cache) next to a minimal Textual app.

    .venv/bin/python benchmarks/bench_startup.py [PATH] [-n RUNS]

Each run is a fresh ``python`` process started with ``subprocess``; the
time is measured in the parent from just before the process starts until
the child prints ``READY``, which it does once its first screen is fully
rendered (headless driver, 120x40): for the reader, after the document is
shown (state ``ready``) and the next refresh has happened; for the minimal
app (one ``Static`` in a screen), after ``on_ready`` and the next refresh;
for the library, once the index's list is drawn (the folder is checked for
changes after that; with ``VRAGENRONDE_BENCH_SETTLED=1`` in the environment,
after the check too).
The cache is warmed by one untimed run first (a temporary cache folder);
the cold reader gets a new, empty cache folder in every run (so it parses).
Runs are interleaved (minimal, reader, cold reader, library, minimal, ...);
prints the medians of N runs and the median of the per-round ratios to the
minimal app (goals, issue 14: warm within 1.2x, cold within 1.8x, library
within 1.5x), and of the CPU time used until the first screen, including
that of the child process that parses a file not yet in the cache
(``tui/prefetch.py``; the reader starts it as ``vragenronde FILE`` does).
A figure, not a test.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "eerstekamer-36800-K-F.txt"
FALLBACK = ROOT / "samples" / "nota-ek-defensie.md"
GOALS = {"reader": 1.2, "cold reader": 1.8, "library": 1.5}
#: Under this folder each cold run makes its own empty cache folder.
COLD_BASE = "VRAGENRONDE_BENCH_COLD_BASE"
#: Set (to anything): the library is ready once the folder check is done too.
SETTLED = "VRAGENRONDE_BENCH_SETTLED"
SIZE = (120, 40)


# -- child side -------------------------------------------------------------

def _ready(app) -> None:
    # and the CPU time used so far (all threads, and the reader's parse child), in ms
    print(f"READY {(time.process_time() + _child_cpu()) * 1000:.1f}", flush=True)
    app.exit()


def _child_cpu() -> float:
    """CPU seconds of the child that parses the start document (tui/prefetch.py),
    if one was started: from its rusage once reaped, else from /proc."""
    from tui import prefetch

    child = prefetch._started
    if child is None:
        return 0.0
    if child.rusage:
        return child.rusage.ru_utime + child.rusage.ru_stime
    try:
        with open(f"/proc/{child.pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def child_minimal() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Hello, minimal Textual app")

        def on_ready(self) -> None:
            self.call_after_refresh(_ready, self)

    Minimal().run(headless=True, size=SIZE)


def child_reader(path: str) -> None:
    """The reader (or the library, for a folder), READY as the minimal app:
    after its Ready event and the next refresh, once the document (or the
    list) is shown; if it is not shown yet at Ready, as soon as it is."""
    sys.path.insert(0, str(ROOT))
    # what `vragenronde FILE` loads and runs before the app (tui.cli.cmd_open)
    import tui.cli  # noqa: F401
    from tui import prefetch, startup
    from tui.terminal import locale_is_utf8

    locale_is_utf8()
    prefetch.start(path, False)  # a file: parsed by a child meanwhile if not cached
    startup.pause()
    from tui.app import ReaderApp

    settled = bool(os.environ.get(SETTLED))

    def shown(app) -> bool:
        screen = app.screen
        if not getattr(screen, "is_library", False):
            return getattr(screen, "state", "") == "ready"
        return screen.indexing is False or (not settled and screen.listed)

    class BenchReader(ReaderApp):
        CSS_PATH = [str(ROOT / "tui" / "app.tcss")]  # relative paths resolve from here

        def on_ready(self) -> None:
            if shown(self):
                self.call_after_refresh(_ready, self)
                return
            timer = None

            def poll() -> None:
                if shown(self):
                    timer.stop()
                    self.call_after_refresh(_ready, self)

            timer = self.set_interval(0.002, poll)

    BenchReader(path).run(headless=True, size=SIZE)
    prefetch.finish()


# -- parent side ------------------------------------------------------------

def run_once(args: list[str], env: dict) -> tuple[float, float]:
    """(seconds from process start until it printed READY, CPU seconds it had used)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    word, _, cpu = line.strip().partition(" ")
    if word != "READY":
        raise RuntimeError(f"child {args} did not get ready (exit {proc.returncode})")
    return elapsed, float(cpu) / 1000


def measure(kinds: dict[str, list[str]], env: dict, runs: int) -> tuple[dict, dict]:
    """Milliseconds per run of each kind. The kinds are interleaved run by run
    so that a slow spell of the machine hits all of them alike, and the order
    rotates every round (on this shared machine, the position in a round
    alone moved a figure by up to 10 %)."""
    times: dict[str, list[float]] = {name: [] for name in kinds}
    cpu: dict[str, list[float]] = {name: [] for name in kinds}
    names = list(kinds)
    for round_no in range(runs):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            wall, used = run_once(kinds[name], env)
            times[name].append(wall * 1000)
            cpu[name].append(used * 1000)
    return times, cpu


def quartiles(values: list[float]) -> tuple[float, float]:
    """The first and third quartile of ``values``."""
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind = sys.argv[2]
        if kind == "reader-cold":
            os.environ["VRAGENRONDE_CACHE_DIR"] = tempfile.mkdtemp(dir=os.environ[COLD_BASE])
        child_minimal() if kind == "minimal" else child_reader(sys.argv[3])
        return 0
    sys.path.insert(0, str(ROOT))  # the parent only: a child imports nothing it need not
    from benchmarks.figures import figure

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(SEED if SEED.exists() else FALLBACK))
    parser.add_argument("-n", "--runs", type=int, default=21)
    opts = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="vr-bench-cache-")
    folder = tempfile.mkdtemp(prefix="vr-bench-lib-")
    for sample in sorted((ROOT / "samples").glob("*.*")):
        shutil.copy(sample, folder)
    cold = tempfile.mkdtemp(prefix="vr-bench-cold-")
    env = dict(os.environ, VRAGENRONDE_CACHE_DIR=cache, TEXTUAL_ANIMATIONS="none", **{COLD_BASE: cold})
    # Bytecode as an installed package has it: without this, a machine with
    # PYTHONDONTWRITEBYTECODE=1 compiles the project's modules in every run.
    for package in ("parsers", "tui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    try:
        run_once(["reader", opts.path], env)  # warm the parse cache
        run_once(["reader", folder], env)  # warm the library index
        times, cpu = measure({"minimal": ["minimal"], "reader": ["reader", opts.path],
                              "cold reader": ["reader-cold", opts.path],
                              "library": ["reader", folder]}, env, opts.runs)
    finally:
        for tmp in (cache, folder, cold):
            shutil.rmtree(tmp, ignore_errors=True)
    med = {name: statistics.median(values) for name, values in times.items()}
    top = {name: max(values) for name, values in times.items()}
    print(f"first full screen, {SIZE[0]}x{SIZE[1]} headless, median (max) of {opts.runs} processes")
    print(f"  minimal Textual app (Static):      {med['minimal']:7.1f} ms ({top['minimal']:.1f})")
    print(f"  reader, warm cache ({Path(opts.path).name}): {med['reader']:7.1f} ms ({top['reader']:.1f})")
    print(f"  reader, cold cache:                {med['cold reader']:7.1f} ms ({top['cold reader']:.1f})")
    print(f"  library, warm index (samples folder):   {med['library']:7.1f} ms ({top['library']:.1f})")
    # the ratio within each round, so machine noise cancels out
    for name, goal in GOALS.items():
        ratios = [r / m for r, m in zip(times[name], times["minimal"])]
        ratio = statistics.median(ratios)
        low, high = quartiles(ratios)
        cpu_ratio = statistics.median(r / m for r, m in zip(cpu[name], cpu["minimal"]))
        what = {"reader": "reader first screen, warm cache",
                "cold reader": "reader first screen, cold cache",
                "library": "library first screen, samples folder, warm index"}[name]
        figure(what, med[name] / 1000, "s", baseline=("minimal Textual app", med["minimal"] / 1000),
               ratio=ratio, goal=f"<= {goal}x", met=ratio <= goal,
               note=f"middle half {low:.2f}-{high:.2f}x; CPU {cpu_ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
