"""One way for every benchmark to print a figure: value, baseline, ratio, goal.

    from benchmarks.figures import figure
    figure("show, warm cache", 31.0, "ms", baseline=("python -c pass", 18.0),
           ratio=1.72, goal="<= 2x", met=True)

prints ``show, warm cache: 31.0 ms vs python -c pass 18.0 ms = 1.72x (goal <= 2x: met)``
and, when ``$VRAGENRONDE_BENCH_FIGURES`` names a file, appends the figure to
it as one JSON line; ``benchmarks/run_all.py`` (``make bench``) sets it and
prints every figure of every script in one table at the end, the table the
README's performance section is copied from.

``ratio`` is given by the caller (typically the median of ratios taken
within each round of interleaved runs, which is steadier than the ratio of
two medians on a shared machine). ``met`` None means there is no goal.
"""

from __future__ import annotations

import json
import os

__all__ = ["ENV", "figure", "fmt"]

ENV = "VRAGENRONDE_BENCH_FIGURES"


def fmt(value: float, unit: str) -> str:
    """``value`` with its unit, with digits to suit its size."""
    if unit == "s" and value < 1:
        return f"{value * 1000:.0f} ms"
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0
    return f"{value:.{digits}f} {unit}"


def figure(what: str, value: float, unit: str, *, baseline: tuple[str, float] | None = None,
           ratio: float | None = None, goal: str = "", met: bool | None = None,
           note: str = "") -> None:
    """Print one figure (and record it for ``run_all.py``)."""
    parts = [f"{what}: {fmt(value, unit)}"]
    if baseline is not None:
        parts.append(f"vs {baseline[0]} {fmt(baseline[1], unit)}")
    if ratio is not None:
        parts.append(f"= {ratio:.2f}x")
    if goal:
        verdict = "" if met is None else (": met" if met else ": NOT MET")
        parts.append(f"(goal {goal}{verdict})")
    if note:
        parts.append(f"[{note}]")
    print("  " + " ".join(parts), flush=True)
    target = os.environ.get(ENV)
    if target:
        row = {"what": what, "value": fmt(value, unit), "ratio": ratio, "goal": goal, "met": met,
               "baseline": None if baseline is None else f"{baseline[0]} {fmt(baseline[1], unit)}",
               "note": note}
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
