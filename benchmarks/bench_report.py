"""The library overview (``vragenronde report``) against a plain search, same folder.

    .venv/bin/python benchmarks/bench_report.py [--synthetic N] [FOLDER]

For the folder (default ``../shared/corpus``; with ``--synthetic N`` a fresh
folder of N synthetic documents from ``benchmarks/synth.py`` plus a
1,000-question lijst) the index is built once in a fresh cache folder (the
cold time is printed), then each of these runs seven times on the warm index,
median taken, as the command line does it (a new ``Library``, ``refresh()``
finding nothing to do, then the work, then ``close()``):

* search: one word query (``brief``), 50 hits;
* report: the audit rows, the counts per faction and the terminal table;
* register: every commitment, as a terminal list.

It prints the times and the ratio of report (and register) to search. The
report reads three small tables and counts in Python: it should take about
as long as a search.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synth import write_big_lijst, write_corpus  # noqa: E402
from parsers.library import Library  # noqa: E402
from parsers.library.register import CommitmentFilter  # noqa: E402
from parsers.library.report import build_report  # noqa: E402
from tui.report_text import commitments_text, report_table  # noqa: E402

ROUNDS = 7
TODAY = dt.date(2026, 7, 1)


def _timed(folder: Path, cache: Path, work) -> float:
    times = []
    for _ in range(ROUNDS):
        t = time.perf_counter()
        lib = Library(folder, cache)
        lib.refresh()
        work(lib)
        lib.close()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _search(lib: Library) -> None:
    lib.search("brief", limit=50)


def _report(lib: Library) -> None:
    questions, commitments = lib.audit_rows()
    rows, total = build_report(questions, commitments, "faction", TODAY)
    report_table(rows, total, by="faction", today=TODAY)


def _register(lib: Library) -> None:
    commitments_text(lib.commitments(CommitmentFilter(today=TODAY)))


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        if argv[:1] == ["--synthetic"]:
            folder = tmp_path / "library"
            n = int(argv[1]) if len(argv) > 1 else 2000
            write_corpus(folder, n)
            write_big_lijst(folder)
        else:
            folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "shared" / "corpus"
        cache = tmp_path / "cache"
        t = time.perf_counter()
        lib = Library(folder, cache)
        entries = lib.refresh()
        cold = time.perf_counter() - t
        questions, commitments = lib.audit_rows()
        lib.close()
        print(f"folder      {folder}")
        print(f"documents   {len(entries)}; questions {len(questions)}; commitments {len(commitments)}")
        print(f"index cold  {cold:8.2f} s (parse, audit and index every document)")
        search = _timed(folder, cache, _search)
        report = _timed(folder, cache, _report)
        register = _timed(folder, cache, _register)
        print(f"search      {search * 1000:8.1f} ms  (open warm index + one query; median of {ROUNDS})")
        print(f"report      {report * 1000:8.1f} ms  ratio to search {report / search:5.2f}x")
        print(f"register    {register * 1000:8.1f} ms  ratio to search {register / search:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
