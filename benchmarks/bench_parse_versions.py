"""Parse speed of this tree against an earlier revision, on the same files.

    .venv/bin/python benchmarks/bench_parse_versions.py [--against REV] [-r ROUNDS]

The earlier revision (default: the parent of the first commit of the
parser-fidelity work, ``830313c``) is checked out into a temporary git
worktree. Each round parses every sample and every document of
``../shared/corpus`` (when it is beside the checkout) once with each tree,
in two child processes started alternately, so a slow spell of the machine
hits both. Printed: the total parse time per tree (median over rounds),
throughput in KB/s, and the ratio new/old (below 1 means faster). A
figure, not a test; the goal is a ratio of at most 1.1 (not slower), with
the work the new parser does (more checks, accounting) included.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import figure  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_REV = "830313c"
GOAL = 1.1

#: Run inside each tree: parse every file once, print the seconds as JSON.
CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from parsers import parse_path
from parsers.errors import ParseError
files = [Path(p) for p in json.loads(sys.argv[2])]
for f in files[:3]:
    try: parse_path(f)
    except ParseError: pass
t0, c0 = time.perf_counter(), time.process_time()
for f in files:
    try: parse_path(f)
    except ParseError: pass
print(json.dumps([time.perf_counter() - t0, time.process_time() - c0]))
"""


def corpus_files() -> list[Path]:
    """Every sample and corpus document the parser reads."""
    files = sorted(p for p in (ROOT / "samples").iterdir() if p.is_file())
    if SHARED.is_dir():
        files += sorted(p for p in SHARED.rglob("*")
                        if p.is_file() and p.suffix in (".txt", ".pdf", ".docx") and "expected" not in p.name)
    return files


def run(tree: Path, files: list[Path]) -> tuple[float, float]:
    """(wall, CPU) seconds of one parse of ``files`` with ``tree``."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), json.dumps([str(f) for f in files])],
                         capture_output=True, text=True, check=True)
    wall, cpu = json.loads(out.stdout.strip().splitlines()[-1])
    return float(wall), float(cpu)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default=DEFAULT_REV, help="git revision to compare with")
    ap.add_argument("-r", "--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    files = corpus_files()
    size_kb = sum(f.stat().st_size for f in files) / 1024
    with tempfile.TemporaryDirectory() as tmp:
        old_tree = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(old_tree), args.against],
                       check=True)
        try:
            new_t: list[tuple[float, float]] = []
            old_t: list[tuple[float, float]] = []
            for i in range(args.rounds):
                order = [(ROOT, new_t), (old_tree, old_t)]
                for tree, acc in (order if i % 2 == 0 else order[::-1]):
                    acc.append(run(tree, files))
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old_tree)], check=False)
    new, old = statistics.median(w for w, _ in new_t), statistics.median(w for w, _ in old_t)
    new_cpu, old_cpu = statistics.median(c for _, c in new_t), statistics.median(c for _, c in old_t)
    ratio = new / old if old else float("inf")
    cpu_ratio = new_cpu / old_cpu if old_cpu else float("inf")
    print(f"files          {len(files)} ({size_kb:.0f} KB: samples"
          f"{' and ../shared/corpus' if SHARED.is_dir() else ''})")
    print(f"this tree      {new:7.2f} s   {size_kb / new:7.0f} KB/s  CPU {new_cpu:6.2f} s  (median of {args.rounds})")
    print(f"{args.against:<14} {old:7.2f} s   {size_kb / old:7.0f} KB/s  CPU {old_cpu:6.2f} s")
    verdict = "meets" if ratio <= GOAL else "MISSES"
    print(f"ratio new/old  {ratio:7.2f} x   ({verdict} the goal of at most {GOAL:.1f}x); CPU {cpu_ratio:.2f}x")
    figure(f"parse of {len(files)} files ({size_kb:.0f} KB), this tree (CPU {cpu_ratio:.2f}x)", new, "s",
           baseline=(args.against, old), ratio=ratio, goal=f"<= {GOAL:.1f}x", met=ratio <= GOAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
