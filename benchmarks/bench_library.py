"""Benchmark the library: parse, cache, index, open and search at 10, 100 and 2,000 documents.

    .venv/bin/python benchmarks/bench_library.py [SIZES...]

For each size a fresh temporary folder gets that many synthetic documents
(``benchmarks/synth.py``) plus one lijst with 1,000 questions, and a fresh
cache folder. Measured, in this order:

* parse: ``parse_path`` without cache on (up to 200 of) the files, documents/s;
* index cold: ``Library.refresh()`` on an empty cache (parses and fills the
  parse cache and the index);
* cached load: ``parse_path`` of every file from the warm parse cache, documents/s;
* index from cache: the index deleted and rebuilt from the parse cache;
* open warm: a new ``Library`` + ``refresh()`` + list, nothing changed
  (target < 2 s at 2,000 documents);
* first screen: ``vragenronde FOLDER`` headless in a new process with the warm
  index, until the index's list is drawn, and a minimal Textual app, 5 runs
  each, interleaved: medians, and the median ratio (goal within 1.5x); and
  "settled": the same until the folder check after it has finished too;
* search: 24 queries (words, phrases, prefixes, boolean, filters) x 5 runs,
  median and p95 in ms (target p95 < 100 ms);
* peak RSS of the process so far (``resource.getrusage``), MB.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_startup import SETTLED, run_once  # noqa: E402
from benchmarks.figures import figure  # noqa: E402
from benchmarks.synth import write_big_lijst, write_corpus  # noqa: E402
from parsers import parse_path  # noqa: E402
from parsers.cache import Cache  # noqa: E402
from parsers.library import Library  # noqa: E402

QUERIES = [
    "munitie", "drones", "huurtoeslag", "separate brief", '"separate brief"', "defensie*",
    "munitie OR drones", "budget NOT munitie", "(stikstof OR natuur) AND boeren",
    "faction:SP", "faction:SP munitie", "in:answers schema", "in:questions evaluatie",
    "kind:lijst drones", "kind:nota", "dossier:36800-X", "status:by-reference",
    "status:deferred faction:VVD", "year:2024 stikstof", "year:2026", "regering",
    "uitvoering*", "kosten NOT belastingdienst", "motie volledig uitvoeren",
]
PARSE_SAMPLE = 200
SCREEN_RUNS = 5


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(n: int) -> dict:
    """Run every measurement for ``n`` documents; return the row."""
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache_dir = Path(tmp) / "rounds", Path(tmp) / "cache"
        files = write_corpus(folder, n) + [write_big_lijst(folder)]
        row: dict = {"docs": len(files)}

        sample = files[:PARSE_SAMPLE] if len(files) > PARSE_SAMPLE else files
        t = time.perf_counter()
        for p in sample:
            parse_path(p)
        row["parse/s"] = len(sample) / (time.perf_counter() - t)

        lib = Library(folder, cache_dir)
        t = time.perf_counter()
        entries = lib.refresh()
        row["index cold s"] = time.perf_counter() - t
        row["questions"] = sum(e.questions for e in entries)
        row["failed"] = sum(e.state == "failed" for e in entries)
        lib.close()

        cache = Cache(cache_dir)
        t = time.perf_counter()
        for p in files:
            parse_path(p, cache=cache)
        row["cached/s"] = len(files) / (time.perf_counter() - t)

        lib.db_path.unlink()
        for extra in ("-wal", "-shm"):
            Path(str(lib.db_path) + extra).unlink(missing_ok=True)
        lib = Library(folder, cache_dir)
        t = time.perf_counter()
        lib.refresh()
        row["index from cache s"] = time.perf_counter() - t
        lib.close()

        t = time.perf_counter()
        lib = Library(folder, cache_dir)
        entries = lib.refresh()
        row["open warm s"] = time.perf_counter() - t
        assert lib.stats.parsed == 0 and len(entries) == len(files)

        # the library view in a new process, headless, warm index: until its
        # list is filled and indexing has finished, next to a minimal Textual
        # app, interleaved (run_once gives (wall, CPU) seconds)
        env = dict(os.environ, VRAGENRONDE_CACHE_DIR=str(cache_dir), TEXTUAL_ANIMATIONS="none")
        screens, settled, minimal = [], [], []
        for _ in range(SCREEN_RUNS):
            minimal.append(run_once(["minimal"], env)[0])
            screens.append(run_once(["reader", str(folder)], env)[0])
            settled.append(run_once(["reader", str(folder)], dict(env, **{SETTLED: "1"}))[0])
        row["first screen s"] = statistics.median(screens)
        row["settled s"] = statistics.median(settled)
        row["minimal app s"] = statistics.median(minimal)
        row["screen ratio"] = statistics.median(s / m for s, m in zip(screens, minimal))
        row["settled ratio"] = statistics.median(s / m for s, m in zip(settled, minimal))

        times = []
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                lib.search(q, limit=50)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        row["search med ms"] = statistics.median(times)
        row["search p95 ms"] = times[int(len(times) * 0.95) - 1]
        lib.close()
        row["peak MB"] = _peak_mb()
    return row


def main(sizes: list[int]) -> None:
    """Print one table row per size, then every figure with its goal."""
    cols = ["docs", "questions", "failed", "parse/s", "index cold s", "cached/s",
            "index from cache s", "open warm s", "first screen s", "settled s", "minimal app s", "search med ms",
            "search p95 ms", "peak MB"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---:|" * len(cols))
    rows = []
    for n in sizes:
        row = bench(n)
        rows.append(row)
        cells = [f"{row[c]:.3f}" if isinstance(row[c], float) and row[c] < 10 else
                 (f"{row[c]:.0f}" if isinstance(row[c], float) else str(row[c])) for c in cols]
        print("| " + " | ".join(cells) + " |", flush=True)
    print()
    for row in rows:
        n = row["docs"]
        figure(f"library first full screen, {n} documents, warm index", row["first screen s"], "s",
               baseline=("minimal Textual app", row["minimal app s"]), ratio=row["screen ratio"],
               goal="<= 1.5x", met=row["screen ratio"] <= 1.5)
        figure(f"library screen settled (folder checked), {n} documents, warm index", row["settled s"], "s",
               baseline=("minimal Textual app", row["minimal app s"]), ratio=row["settled ratio"])
    big = rows[-1]
    n = big["docs"]
    figure(f"library open warm, {n} documents (index up to date, list ready)", big["open warm s"],
           "s", goal="< 2 s", met=big["open warm s"] < 2)
    figure(f"search in-process over {n} documents, p95 (median {big['search med ms']:.1f} ms)",
           big["search p95 ms"], "ms", goal="< 100 ms", met=big["search p95 ms"] < 100)
    figure(f"cold index of {n} documents ({big['questions']} questions), one core",
           big["index cold s"], "s", note="goal against pdftotext + cat: later phase")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10, 100, 2000])
