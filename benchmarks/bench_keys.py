"""Per-keypress time in the reader on a lijst with 1,000 questions (headless Pilot).

    .venv/bin/python benchmarks/bench_keys.py [-n PRESSES]

Writes a lijst van vragen en antwoorden with 1,000 questions
(``benchmarks/synth.py``), opens it headless (``run_test``, 120x40,
animations off), waits for the document, then times each ``pilot.press``
of j, k, G, g and pagedown (N presses each) next to a key with no binding
(``f12``) as the baseline: Pilot waits for the app to go idle after each
key, so the baseline is that fixed cost. Prints median and p95 in ms, and
the median net of the baseline. A figure, not a test.
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

from benchmarks.synth import write_big_lijst  # noqa: E402

KEYS = ["f12", "j", "k", "G", "g", "pagedown"]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def measure(path: Path, presses: int) -> tuple[dict[str, list[float]], int]:
    from tui.app import create_app

    app = create_app(path, no_cache=True)
    app.animation_level = "none"
    times: dict[str, list[float]] = {k: [] for k in KEYS}
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if getattr(app.screen, "state", "loading") != "loading":
                break
        count = len(app.screen.nav.questions)
        for _ in range(presses):
            for key in KEYS:
                start = time.perf_counter()
                await pilot.press(key)
                times[key].append((time.perf_counter() - start) * 1000)
            # keep j/k in the middle of the document: G and g jump to the ends
            app.screen.goto(count // 2)
            await pilot.pause()
    return times, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--presses", type=int, default=30)
    opts = parser.parse_args()
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    with tempfile.TemporaryDirectory(prefix="vr-bench-keys-") as tmp:
        path = write_big_lijst(Path(tmp), 1000)
        times, count = asyncio.run(measure(path, opts.presses))
    base = statistics.median(times["f12"])
    print(f"{path.name}: {count} questions, {opts.presses} presses per key, 120x40 headless")
    print(f"{'key':<12}{'median ms':>10}{'p95 ms':>10}{'net ms':>10}")
    for key in KEYS:
        med = statistics.median(times[key])
        label = "f12 (none)" if key == "f12" else key
        print(f"{label:<12}{med:>10.1f}{p95(times[key]):>10.1f}{med - base:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
