"""Time per KB of each parse stage at 1,000 and at 8,000 questions.

    .venv/bin/python benchmarks/bench_linear.py [-r ROUNDS]

The companion of ``tests/test_linear.py``, which counts the lines of parser
code each stage executes (exact, but blind to work done inside C: a regular
expression, ``x in list``). This script times the same two parses
(``benchmarks/synth.py``'s ``numbered_lijst``) stage by stage: the reader,
the recogniser, the annotators, the text accounting, the checks and the
whole parse, CPU time of this process with the garbage collector paused,
the two sizes alternating round by round, best of the rounds. Printed: ms
per KB at each size and their ratio (goal: at most 1.10, linear time).
A figure, not a test.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import figure  # noqa: E402
from benchmarks.synth import numbered_lijst  # noqa: E402
from parsers import pipeline  # noqa: E402

STAGES = ("read_text_string", "recognise", "annotate", "account", "check")
SIZES = (1000, 8000)
GOAL = 1.10


def timed_parse(text: str) -> dict[str, float]:
    """CPU seconds of each stage and of the whole parse of ``text``."""
    spent: dict[str, float] = {}
    originals = {name: getattr(pipeline, name) for name in STAGES}

    def wrap(name, inner):
        def stage(*args, **kwargs):
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[name] = time.process_time() - start
        return stage

    for name, inner in originals.items():
        setattr(pipeline, name, wrap(name, inner))
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        pipeline.parse_text(text)
        spent["whole parse"] = time.process_time() - start
    finally:
        gc.enable()
        for name, inner in originals.items():
            setattr(pipeline, name, inner)
    return spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-r", "--rounds", type=int, default=3)
    opts = ap.parse_args()
    texts = {n: numbered_lijst(n) for n in SIZES}
    kb = {n: len(t.encode("utf-8")) / 1024 for n, t in texts.items()}
    timed_parse(texts[SIZES[0]])  # warm-up: imports, compiled patterns
    best: dict[int, dict[str, float]] = {n: {} for n in SIZES}
    for _ in range(opts.rounds):
        for n in SIZES:
            for stage, seconds in timed_parse(texts[n]).items():
                best[n][stage] = min(seconds, best[n].get(stage, seconds))
    small, large = SIZES
    print(f"lijst of {small} questions ({kb[small]:.0f} KB) and {large} ({kb[large]:.0f} KB), "
          f"best of {opts.rounds} rounds, CPU time")
    for stage in (*STAGES, "whole parse"):
        a, b = 1000 * best[small][stage] / kb[small], 1000 * best[large][stage] / kb[large]
        figure(f"{stage}, ms per KB at {large} questions", b, "ms",
               baseline=(f"at {small}", a), ratio=b / a, goal=f"<= {GOAL:.2f}x (linear)",
               met=b / a <= GOAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
