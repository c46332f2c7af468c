"""A cold index parsed by worker processes is the index one core makes, and
an interrupted one is whole and completes on the next refresh."""

from __future__ import annotations

import multiprocessing
import re
import shutil
import sqlite3

import pytest

from parsers.library import Library
from parsers.library import pool

from .corpus import SAMPLES

FILES = sorted(p for p in SAMPLES.iterdir() if p.is_file())


@pytest.fixture(autouse=True)
def small_pool(monkeypatch):
    """The samples folder is far below the pool's threshold: lower it."""
    monkeypatch.setattr(pool, "MIN_FILES", 8)


def make_folder(root, copies: int = 1):
    folder = root / "lib"
    folder.mkdir()
    for i in range(copies):
        for sample in FILES:
            shutil.copy(sample, folder / f"{i}-{sample.name}")
    return folder


#: FTS5's segment b-trees: their layout depends on how the rows were
#: batched into transactions, not on what the rows are.
_SEGMENTS = re.compile(r'^INSERT INTO "\w+_(?:data|idx)" ')


def dump(lib: Library) -> list[str]:
    """Every row of the index (the database's SQL dump, full-text segments
    aside) in a stable order, and the hits of a few searches."""
    lib.entries()  # flushes what is pending
    rows = sorted(r for r in lib.conn.iterdump()
                  if not r.startswith(("BEGIN", "COMMIT")) and not _SEGMENTS.match(r))
    for query in ("kamer", "antwoord", "minister", "vraag 3", "defensie"):
        rows += [repr((h.rel, h.question_id)) for h in lib.search(query, limit=1000)]
    return rows


@pytest.fixture
def counted(monkeypatch):
    """Counts the files that came back from worker processes (a fallback to
    parsing in this process would leave some uncounted)."""
    seen = {"files": 0}
    real = pool.parse_all

    def parse_all(*args, **kwargs):
        for item in real(*args, **kwargs):
            seen["files"] += 1
            yield item

    monkeypatch.setattr(pool, "parse_all", parse_all)
    return seen


def test_pool_index_equals_one_core_index(tmp_path, counted):
    folder = make_folder(tmp_path)
    assert len(FILES) >= pool.MIN_FILES == 8
    one = Library(folder, tmp_path / "one", workers=1)  # never reaches the pool
    many = Library(folder, tmp_path / "many", workers=2)
    assert [e.rel for e in many.refresh()] == [e.rel for e in one.refresh()]
    assert counted["files"] == len(FILES)
    assert many.stats.parsed == one.stats.parsed == len(FILES)
    assert many.stats.failures == one.stats.failures
    assert dump(many) == dump(one)
    assert not multiprocessing.active_children()


def test_pool_without_cache_equals_one_core(tmp_path, counted):
    folder = make_folder(tmp_path)
    one = Library(folder, no_cache=True, workers=1)
    many = Library(folder, no_cache=True, workers=2)
    one.refresh()
    many.refresh()
    assert counted["files"] == len(FILES)
    assert dump(many) == dump(one)


def test_ctrl_c_leaves_a_whole_index_that_the_next_refresh_completes(tmp_path):
    folder = make_folder(tmp_path, copies=2)
    lib = Library(folder, tmp_path / "cache", workers=2)
    shown: list[tuple[int, int, str]] = []

    def progress(done, total, rel):
        shown.append((done, total, rel))
        if done == 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        lib.refresh(progress)
    assert [d for d, _t, _r in shown] == list(range(11))
    assert {t for _d, t, _r in shown} == {2 * len(FILES)}
    assert not multiprocessing.active_children()
    lib.close()

    db = sqlite3.connect(str(lib.db_path))
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    db.close()
    assert stored == 10  # the files parsed before the interrupt, no half-written one

    again = Library(folder, tmp_path / "cache", workers=2)
    assert len(again.refresh()) == 2 * len(FILES)
    assert again.stats.parsed == 2 * len(FILES) - 10
    whole = Library(folder, tmp_path / "other", workers=1)
    whole.refresh()
    assert dump(again) == dump(whole)


def test_cancel_stops_the_pool_between_files(tmp_path):
    folder = make_folder(tmp_path, copies=2)
    parsed = []
    for workers in (1, 2):  # the same files, on one core or many
        lib = Library(folder, tmp_path / f"cache{workers}", workers=workers)
        shown = []
        lib.refresh(lambda done, total, rel: shown.append(done), cancel=lambda: len(shown) > 5)
        parsed.append((lib.stats.parsed, [e.rel for e in lib.entries()]))
        assert not multiprocessing.active_children()
    assert parsed[0] == parsed[1]
    assert parsed[1][0] == 6 == len(parsed[1][1])


def test_a_parse_of_ones_own_runs_in_this_process(tmp_path, monkeypatch):
    folder = make_folder(tmp_path)
    calls = []

    def never(*_a, **_k):
        raise AssertionError("no pool for a parse of one's own")

    monkeypatch.setattr(pool, "parse_all", never)
    from parsers import parse_path

    lib = Library(folder, no_cache=True, workers=2,
                  parse=lambda path, cache=None: calls.append(path) or parse_path(path))
    lib.refresh()
    assert len(calls) == len(FILES)


def test_a_pool_that_cannot_start_leaves_the_work_to_this_process(tmp_path, monkeypatch):
    folder = make_folder(tmp_path)

    def broken(*_a, **_k):
        raise OSError("no processes here")
        yield  # a generator, like parse_all

    monkeypatch.setattr(pool, "parse_all", broken)
    lib = Library(folder, no_cache=True, workers=2)
    lib.refresh()
    one = Library(folder, no_cache=True, workers=1)
    one.refresh()
    assert dump(lib) == dump(one)


INDEXER = """
import sys
from parsers.library import Library, pool
pool.MIN_FILES = 8
lib = Library(sys.argv[1], sys.argv[2], workers=2)
try:
    lib.refresh(lambda done, total, rel: print(done, flush=True))
except KeyboardInterrupt:
    print("interrupted", flush=True)
    sys.exit(130)
"""


def test_real_ctrl_c_to_the_process_group(tmp_path):
    """ctrl+c in a terminal signals the refresh and its workers at once."""
    import os
    import signal
    import subprocess
    import sys

    folder = make_folder(tmp_path, copies=4)
    proc = subprocess.Popen([sys.executable, "-c", INDEXER, str(folder), str(tmp_path / "cache")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        for line in proc.stdout:
            if line.strip() == "8":
                break
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, (out, err)
    assert out.strip().endswith("interrupted")
    assert "Traceback" not in err, err  # the workers ignored the signal

    lib = Library(folder, tmp_path / "cache", workers=1)
    db = sqlite3.connect(str(lib.db_path))
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    stored = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    db.close()
    assert 8 <= stored < 4 * len(FILES)
    assert len(lib.refresh()) == 4 * len(FILES)
    assert lib.stats.parsed == 4 * len(FILES) - stored
