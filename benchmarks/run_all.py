"""Run every benchmark script in turn, then print all their figures in one table (``make bench``).

Each script is a separate process so that one's imports and caches do not
colour another's numbers. Every figure a script prints through
:func:`benchmarks.figures.figure` (value, baseline, ratio, goal) is also
collected, and the table at the end lists them all: the README's
performance table is copied from it. Figures, not tests: nothing here fails
a build, but a script that crashes is reported and the exit status is 1.

    .venv/bin/python benchmarks/run_all.py [SCRIPT ...]     (default: all)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.figures import ENV  # noqa: E402

SCRIPTS = ["bench_cli.py", "bench_parse.py", "bench_linear.py", "bench_parse_versions.py",
           "bench_pdf.py", "bench_startup.py", "bench_keys.py", "bench_library.py",
           "bench_report.py", "eval_audit.py", "bench_bounded.py"]


def table(rows: list[dict]) -> str:
    """The figures as a Markdown table."""
    out = ["| figure | now | baseline (same run) | ratio | goal | met |",
           "| --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        met = {True: "yes", False: "**no**", None: ""}[r["met"]]
        what = r["what"] + (f" ({r['note']})" if r["note"] else "")
        out.append(f"| {what} | {r['value']} | {r['baseline'] or ''} | {ratio} | {r['goal']} | {met} |")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    scripts = argv or SCRIPTS
    failed = []
    with tempfile.TemporaryDirectory(prefix="vr-bench-") as tmp:
        record = Path(tmp) / "figures.jsonl"
        record.touch()
        env = dict(os.environ, **{ENV: str(record)})
        for name in scripts:
            print(f"\n== {name}", flush=True)
            code = subprocess.call([sys.executable, str(HERE / name)], env=env)
            if code:
                print(f"{name} exited with status {code}")
                failed.append(name)
        rows = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    print(f"\n== every figure ({len(rows)}), with its goal\n")
    print(table(rows))
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
