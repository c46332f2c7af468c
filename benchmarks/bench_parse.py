"""Parse time versus cached-load time for one document (default: the seed).

    .venv/bin/python benchmarks/bench_parse.py [PATH] [-n RUNS]

Each round parses the document once, loads it once from a warm cache (a
temporary cache folder, removed afterwards) as the validated model
(``Cache.load``, what ``parse_path`` with a cache does) and once through the
pydantic-free light path (``Cache.load_light``, what ``show``, ``dump`` and
the reader do), in that order, so that a slow spell of the machine hits all
three alike. Prints the medians and the median of the per-round ratios
parse / load. The target is a cached load at least 10x faster than a
parse. The light path builds its objects in Python, so here, right after a
parse has left garbage behind, the collector runs during it (about 5 ms for
the seed against 2 ms with the collector paused, as the reader has it at
start-up). A figure, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import figure  # noqa: E402
from parsers import parse_path  # noqa: E402
from parsers.cache import Cache  # noqa: E402

SEED = ROOT.parent / "shared" / "corpus" / "eerstekamer-36800-K-F.txt"
FALLBACK = ROOT / "samples" / "nota-ek-defensie.md"
TARGET = 10.0


def timed_ms(fn) -> float:
    """Wall time of one call of ``fn()``, in milliseconds."""
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=SEED if SEED.exists() else FALLBACK)
    ap.add_argument("-n", "--runs", type=int, default=15)
    args = ap.parse_args(argv)

    doc = parse_path(args.path)  # warm-up: imports, regex compilation
    times: dict[str, list[float]] = {"parse": [], "cached load": [], "light load": []}
    with tempfile.TemporaryDirectory() as tmp:
        cache = Cache(Path(tmp))
        assert parse_path(args.path, cache=cache) == doc  # fills the cache
        assert cache.load_light(args.path) is not None  # and warms the light path's imports
        for _ in range(args.runs):
            times["parse"].append(timed_ms(lambda: parse_path(args.path)))
            times["cached load"].append(timed_ms(lambda: parse_path(args.path, cache=cache)))
            times["light load"].append(timed_ms(lambda: cache.load_light(args.path)))
        assert cache.warning is None
        size = next(Path(tmp).rglob("*.json")).stat().st_size
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"document       {args.path.name} ({len(doc.questions())} questions, "
          f"cache entry {size / 1024:.0f} KiB), {args.runs} rounds, interleaved")
    for name, value in med.items():
        print(f"{name:<14} {value:8.2f} ms  (median)")
    for name in ("cached load", "light load"):
        ratio = statistics.median(p / c for p, c in zip(times["parse"], times[name]))
        figure(f"{name} of {args.path.name}", med[name], "ms", baseline=("a parse", med["parse"]),
               ratio=ratio, goal=f">= {TARGET:.0f}x faster", met=ratio >= TARGET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
