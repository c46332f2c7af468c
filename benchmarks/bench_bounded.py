"""Time and peak memory per MB of the bounded-work inputs at 1x, 4x and 16x.

    .venv/bin/python benchmarks/bench_bounded.py [--base BYTES] [--only html,xml,...]

For each input of :mod:`benchmarks.hostile_inputs` (OB HTML with many short
paragraphs, OB XML with many ``<al>``, Kamervragen with one answer of very
many lines, a long lijst van vragen) the file is built at 1x, 4x and 16x the
base size and parsed, as ``vragenronde dump`` does (parse, then the JSON),
in a fresh child process, which reports its wall time and its own peak
resident memory (``resource.getrusage``). Printed per size: seconds per MB,
peak memory, peak memory above the interpreter's fixed base per MB of input,
and the growth of seconds per MB from one size to the next (the goal: at
most 1.2x per step, i.e. linear time). A figure, not a test: nothing here
asserts on wall time.

Also printed: the refusal path, a document with more paragraphs than any
real round (it must be refused quickly, in small memory).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.hostile_inputs import BUILDERS, SUFFIX  # noqa: E402

#: Run in the child: parse, dump, report (seconds, peak KiB, outcome).
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from parsers import ParseError, parse_path
from tui.cli import dump_bytes
start = time.perf_counter()
cpu = time.process_time()
try:
    doc = parse_path(sys.argv[1])
    size = len(dump_bytes(doc))
    outcome = f"{len(doc.questions())} questions, dump {size // 1024} KiB"
except ParseError as exc:
    outcome = f"refused: {exc}"
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_kib": peak, "outcome": outcome}))
"""

#: The interpreter with the parser imported, before any document.
BASE_CHILD = r"""
import json, resource, sys
sys.path.insert(0, sys.argv[1])
import parsers, parsers.pipeline, tui.cli  # noqa: F401
from parsers import parse_text
parse_text("Vraag 1\n\nKan dat?\n\nAntwoord 1\n\nJa.\n")
print(json.dumps({"peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

STEPS = (1, 4, 16)


def run_child(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def base_kib() -> int:
    out = subprocess.run([sys.executable, "-c", BASE_CHILD, str(ROOT)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["peak_kib"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=256 * 1024, help="size of the 1x input in bytes")
    ap.add_argument("--only", default=",".join(BUILDERS), help="comma-separated inputs to run")
    ap.add_argument("--no-refusal", action="store_true", help="skip the refusal figures")
    args = ap.parse_args(argv)
    base = base_kib()
    print(f"fixed base (interpreter + parser, tiny document): {base / 1024:.0f} MiB peak")
    print(f"{'input':<12} {'size':>7} {'wall s/MB':>9} {'cpu s/MB':>8} {'growth':>6} {'peak MiB':>8} "
          f"{'MiB/MB':>6} {'growth':>6}  outcome")
    worst = worst_mem = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.only.split(","):
            prev = None
            for step in STEPS:
                path = BUILDERS[kind](Path(tmp, f"{kind}-{step}{SUFFIX[kind]}"), args.base * step)
                mb = path.stat().st_size / 1e6
                r = run_child(path)
                cpm = r["cpu"] / mb
                mpm = max(r["peak_kib"] - base, 0) / 1024 / mb  # above the fixed base
                growth = mgrowth = ""
                if prev:
                    worst = max(worst, cpm / prev[0])
                    growth = f"{cpm / prev[0]:.2f}x"
                    if prev[1]:
                        worst_mem = max(worst_mem, mpm / prev[1])
                        mgrowth = f"{mpm / prev[1]:.2f}x"
                print(f"{kind:<12} {mb:6.2f}M {r['seconds'] / mb:9.2f} {cpm:8.2f} {growth:>6} "
                      f"{r['peak_kib'] / 1024:8.0f} {mpm:6.1f} {mgrowth:>6}  {r['outcome'][:50]}", flush=True)
                prev = (cpm, mpm)
                path.unlink()
        if not args.no_refusal:
            print("\nrefusals (more paragraphs than any real round):")
            for kind, size, para in (("html", 48_000_000, 12), ("xml", 50_000_000, 14)):
                path = BUILDERS[kind](Path(tmp, f"refuse{SUFFIX[kind]}"), size, para)
                r = run_child(path)
                mb = path.stat().st_size / 1e6
                print(f"{kind:<12} {mb:6.1f}M {r['seconds']:6.2f} s wall {r['cpu']:6.2f} s cpu "
                      f"{r['peak_kib'] / 1024:6.0f} MiB peak  {r['outcome'][:100]}", flush=True)
                path.unlink()
    print(f"\nworst growth per 4x size step: cpu time per MB {worst:.2f}x, "
          f"memory per MB {worst_mem:.2f}x (goal: at most 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
