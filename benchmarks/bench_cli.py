"""The command line on a warm cache, whole process: show, dump and search.

    .venv/bin/python benchmarks/bench_cli.py [-n ROUNDS] [--docs N] [--work DIR]

Each run is a new process, timed from start to exit (wall time, and the CPU
time the process used, from ``os.wait4``), the way a user or a script runs
the command. Measured, interleaved run by run (the order rotates each round,
so a slow spell of this shared machine hits every command alike):

* ``python -c pass`` with the same interpreter: the floor of any command;
* ``vragenronde show SEED ID``, ``show SEED`` (the id list) and
  ``dump SEED``, the cache warm;
* ``vragenronde search FOLDER WORD`` over a folder of N synthetic documents
  (``benchmarks/synth.py``, default 2,000) whose index is up to date;
* ``grep -ril WORD FOLDER`` on the same folder, with the same word (the
  words rotate: munitie, huurtoeslag, stikstof, drones).

Printed: each command's median and p95 wall time, its median CPU time, and
its ratio to ``python -c pass`` (and search's to ``grep``), the median of
the ratios within each round. Goals (issue 14): show, dump and search
within 2x ``python -c pass``, search within 2x ``grep -ril``. The modules
each command may import are checked by ``tests/test_import_budget.py``.

``--work DIR`` keeps the folder, cache and index in DIR between runs (the
cold index of 2,000 documents takes minutes on a busy machine). A figure,
not a test.
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
sys.path.insert(0, str(ROOT))

from benchmarks.figures import figure  # noqa: E402
from benchmarks.synth import write_corpus  # noqa: E402

SEED = ROOT.parent / "shared" / "corpus" / "eerstekamer-36800-K-F.txt"
FALLBACK = ROOT / "samples" / "nota-ek-defensie.md"
WORDS = ["munitie", "huurtoeslag", "stikstof", "drones"]
GOAL = 2.0


def command() -> list[str]:
    """How a user starts vragenronde: the console script beside this Python."""
    script = Path(sys.executable).with_name("vragenronde")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui.cli"]


def run(argv: list[str], env: dict) -> tuple[float, float, int]:
    """(wall ms, CPU ms, exit status) of one process, output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, proc.returncode


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def prepare(work: Path, docs: int, env: dict, vr: list[str], seed: Path) -> Path:
    """The folder of ``docs`` documents with an up-to-date index, and a warm parse cache."""
    folder, marker = work / "rounds", work / f"ready-{docs}"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(folder, docs)
        print(f"indexing {docs} documents once (untimed) ...", flush=True)
        subprocess.run([*vr, "search", str(folder), "munitie"], env=env, stdout=subprocess.DEVNULL,
                       check=False)
        marker.touch()
    for args in (["search", str(folder), "munitie"], ["dump", str(seed)]):
        subprocess.run([*vr, *args], env=env, stdout=subprocess.DEVNULL, check=False)
    return folder


def first_id(seed: Path, env: dict, vr: list[str]) -> str:
    out = subprocess.run([*vr, "show", str(seed)], env=env, capture_output=True, text=True,
                         check=True).stdout
    return out.split("\t", 1)[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--rounds", type=int, default=21)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--work", type=Path, help="keep folder, cache and index here between runs")
    ap.add_argument("--seed", type=Path, default=SEED if SEED.exists() else FALLBACK)
    opts = ap.parse_args()
    for package in ("parsers", "tui"):  # bytecode, as an installed package has it
        compileall.compile_dir(ROOT / package, quiet=1)
    work = opts.work or Path(tempfile.mkdtemp(prefix="vr-bench-cli-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, VRAGENRONDE_CACHE_DIR=str(work / "cache"))
    vr = command()
    try:
        folder = prepare(work, opts.docs, env, vr, opts.seed)
        qid = first_id(opts.seed, env, vr)
        grep = shutil.which("grep")
        kinds = {
            "python -c pass": lambda r: [sys.executable, "-c", "pass"],
            f"show SEED {qid}": lambda r: [*vr, "show", str(opts.seed), qid],
            "show SEED (id list)": lambda r: [*vr, "show", str(opts.seed)],
            "dump SEED": lambda r: [*vr, "dump", str(opts.seed)],
            "search": lambda r: [*vr, "search", str(folder), WORDS[r % len(WORDS)]],
        }
        if grep:
            kinds["grep -ril"] = lambda r: [grep, "-ril", WORDS[r % len(WORDS)], str(folder)]
        wall = {k: [] for k in kinds}
        cpu = {k: [] for k in kinds}
        names = list(kinds)
        for r in range(opts.rounds):
            shift = r % len(names)
            for name in names[shift:] + names[:shift]:
                w, c, code = run(kinds[name](r), env)
                if code not in (0, 1) or (code == 1 and name != "search"):
                    raise SystemExit(f"{name} exited with status {code}")
                wall[name].append(w)
                cpu[name].append(c)
    finally:
        if opts.work is None:
            shutil.rmtree(work, ignore_errors=True)

    def ratio(name: str, base: str, times: dict) -> float:
        return statistics.median(a / b for a, b in zip(times[name], times[base]))

    print(f"{opts.docs} documents; seed {opts.seed.name}; {opts.rounds} rounds, interleaved; "
          f"{' '.join(vr[-1:])}")
    print(f"{'command':<24}{'median ms':>10}{'p95 ms':>9}{'CPU ms':>9}{'x pass':>8}{'x pass CPU':>11}")
    for name in names:
        print(f"{name:<24}{statistics.median(wall[name]):>10.1f}{p95(wall[name]):>9.1f}"
              f"{statistics.median(cpu[name]):>9.1f}{ratio(name, names[0], wall):>8.2f}"
              f"{ratio(name, names[0], cpu):>11.2f}")
    base = statistics.median(wall[names[0]])
    for name in names[1:5]:
        r = ratio(name, names[0], wall)
        figure(f"{name.replace('SEED', opts.seed.name)}, warm cache, whole process",
               statistics.median(wall[name]), "ms", baseline=("python -c pass", base),
               ratio=r, goal=f"<= {GOAL:g}x", met=r <= GOAL,
               note=f"CPU {ratio(name, names[0], cpu):.2f}x")
    if grep:
        r = ratio("search", "grep -ril", wall)
        figure(f"search over {opts.docs} documents, p50 (p95 {p95(wall['search']):.0f} ms)",
               statistics.median(wall["search"]), "ms",
               baseline=(f"grep -ril (p95 {p95(wall['grep -ril']):.0f} ms)",
                         statistics.median(wall["grep -ril"])),
               ratio=r, goal=f"<= {GOAL:g}x", met=r <= GOAL,
               note=f"CPU {ratio('search', 'grep -ril', cpu):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
