"""Parse time versus cached-load time for one document (default: the seed).

    .venv/bin/python benchmarks/bench_parse.py [PATH] [-n RUNS]

Prints the median of N full parses, the median of N loads from a warm cache
(a temporary cache folder, removed afterwards) and their ratio. The target is
a cached load at least 10x faster than a parse. A figure, not a test.
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

from parsers import parse_path  # noqa: E402
from parsers.cache import Cache  # noqa: E402

SEED = ROOT.parent / "shared" / "corpus" / "eerstekamer-36800-K-F.txt"
TARGET = 10.0


def median_ms(fn, runs: int) -> float:
    """Median wall time of ``fn()`` over ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=SEED)
    ap.add_argument("-n", "--runs", type=int, default=15)
    args = ap.parse_args(argv)

    doc = parse_path(args.path)  # warm-up: imports, regex compilation
    parse = median_ms(lambda: parse_path(args.path), args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Cache(Path(tmp))
        assert parse_path(args.path, cache=cache) == doc  # fills the cache
        cached = median_ms(lambda: parse_path(args.path, cache=cache), args.runs)
        assert cache.hits == args.runs and cache.warning is None
        size = next(Path(tmp).rglob("*.json")).stat().st_size
    ratio = parse / cached if cached else float("inf")
    print(f"document       {args.path.name} ({len(doc.questions())} questions, "
          f"cache entry {size / 1024:.0f} KiB)")
    print(f"parse          {parse:8.2f} ms  (median of {args.runs})")
    print(f"cached load    {cached:8.2f} ms  (median of {args.runs})")
    verdict = "meets" if ratio >= TARGET else "MISSES"
    print(f"ratio          {ratio:8.1f} x   ({verdict} the {TARGET:.0f}x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
