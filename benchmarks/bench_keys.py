"""Per-keypress time in the reader on a lijst with 1,000 questions (headless Pilot).

    .venv/bin/python benchmarks/bench_keys.py [-n PRESSES]

Writes a lijst van vragen en antwoorden with 1,000 questions
(``benchmarks/synth.py``), opens it headless (``run_test``, 120x40,
animations off), waits for the document, then times each ``pilot.press``
of j, k, G, g and pagedown (N presses each), an unbound key (f12), and,
as the baseline, ``pilot.pause()`` with no key at all: Pilot waits for the
app to go idle and for the screen after every press, and that wait is the
fixed part of each figure. (The baseline used to be the unbound key, but a
key nobody handles travels through every widget up to the app, and cost as
much as the keys measured; it is now just one more row.) Presses are
interleaved key by key. Prints the median and p95 wall time, the median CPU
time of this process during the press, and the median net of the baseline.
A figure, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import figure  # noqa: E402
from benchmarks.synth import write_big_lijst  # noqa: E402

KEYS = ["j", "k", "G", "g", "pagedown", "f12"]
PAUSE = "(no key)"
GOAL_MS = 100.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def measure(path: Path, presses: int) -> tuple[dict, dict, int]:
    """Wall and CPU milliseconds of each press (and of the no-key baseline)."""
    from tui.app import create_app

    app = create_app(path, no_cache=True)
    app.animation_level = "none"
    wall: dict[str, list[float]] = {k: [] for k in [PAUSE, *KEYS]}
    cpu: dict[str, list[float]] = {k: [] for k in wall}
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if getattr(app.screen, "state", "loading") != "loading":
                break
        count = len(app.screen.nav.questions)
        for _ in range(presses):
            for key in wall:
                start, used = time.perf_counter(), time.process_time()
                await (pilot.pause() if key == PAUSE else pilot.press(key))
                wall[key].append((time.perf_counter() - start) * 1000)
                cpu[key].append((time.process_time() - used) * 1000)
            # keep j/k in the middle of the document: G and g jump to the ends
            app.screen.goto(count // 2)
            await pilot.pause()
    return wall, cpu, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--presses", type=int, default=30)
    opts = parser.parse_args()
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    with tempfile.TemporaryDirectory(prefix="vr-bench-keys-") as tmp:
        path = write_big_lijst(Path(tmp), 1000)
        wall, cpu, count = asyncio.run(measure(path, opts.presses))
    base = statistics.median(wall[PAUSE])
    print(f"{path.name}: {count} questions, {opts.presses} presses per key, 120x40 headless")
    print(f"{'key':<12}{'median ms':>10}{'p95 ms':>10}{'CPU ms':>10}{'net ms':>10}")
    for key in wall:
        med = statistics.median(wall[key])
        print(f"{key:<12}{med:>10.1f}{p95(wall[key]):>10.1f}{statistics.median(cpu[key]):>10.1f}"
              f"{med - base:>10.1f}")
    for key in KEYS[:5]:
        net = statistics.median(wall[key]) - base
        figure(f"key {key} on a 1,000-question lijst, net of Pilot's wait", net, "ms",
               baseline=("pilot.pause() alone", base), goal=f"<= {GOAL_MS:.0f} ms (no visible lag)",
               met=net <= GOAL_MS, note=f"p95 {p95(wall[key]):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
