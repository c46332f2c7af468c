"""The library index under concurrent use, with real processes (issue 17, rows 1 and 10).

Several processes indexing the same fresh library all succeed and together
parse every file once; a reader never waits for a writer; a second indexer
waits for the first and then finds the work done; a damaged index file is
moved aside and rebuilt on disk once, with one warning.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from parsers.library import Library, index_path
from tests.corpus import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
TEXT_SAMPLES = sorted(SAMPLES.glob("*.txt"))
CLI = [sys.executable, "-m", "tui.cli"]


def make_folder(root: Path, copies: int = 2) -> Path:
    folder = root / "lib"
    folder.mkdir(parents=True)
    for i in range(copies):
        for sample in TEXT_SAMPLES:
            shutil.copy(sample, folder / f"{i}-{sample.name}")
    return folder


INDEXER = textwrap.dedent("""
    import json, sys
    from parsers.library import Library
    lib = Library(sys.argv[1], sys.argv[2])
    entries = lib.refresh()
    print(json.dumps({"entries": len(entries), "parsed": lib.stats.parsed,
                      "failed": lib.stats.failed, "warning": lib.warning,
                      "hits": len(lib.search("regering", limit=1000))}))
""")


def run_parallel(argvs: list[list[str]], env: dict | None = None, timeout: float = 240):
    procs = [subprocess.Popen(a, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for a in argvs]
    return [(p.wait(timeout), *p.communicate()) for p in procs]


@pytest.mark.parametrize("n", [2, 10])
def test_processes_index_the_same_fresh_library(tmp_path, n):
    folder = make_folder(tmp_path)
    cache = tmp_path / "cache"
    results = run_parallel([[sys.executable, "-c", INDEXER, str(folder), str(cache)]] * n)
    for code, out, err in results:
        assert code == 0 and err == "", err
    data = [json.loads(out) for _code, out, _err in results]
    files = len(TEXT_SAMPLES) * 2
    assert all(d["entries"] == files and d["failed"] == 0 and d["warning"] is None for d in data)
    assert len({d["hits"] for d in data}) == 1 and data[0]["hits"] > 0
    # one indexer at a time: the others waited and found every file done
    assert sum(d["parsed"] for d in data) == files
    lib = Library(folder, cache)
    assert len(lib.entries()) == files and lib.refresh() and lib.stats.parsed == 0


def test_cli_searches_in_parallel_on_a_fresh_cache(tmp_path):
    folder = make_folder(tmp_path)
    env = dict(os.environ, VRAGENRONDE_CACHE_DIR=str(tmp_path / "cache"))
    results = run_parallel([[*CLI, "search", str(folder), "regering", "--limit", "3"]] * 6, env)
    assert {(code, err) for code, _out, err in results} == {(0, "")}
    outs = {out for _code, out, _err in results}
    assert len(outs) == 1 and len(outs.pop().splitlines()) == 3


HOLD_WRITE = textwrap.dedent("""
    import sqlite3, sys, time
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("DELETE FROM qfts")
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
    con.execute("ROLLBACK")
""")


def test_readers_never_wait_for_a_writer_in_another_process(tmp_path):
    folder = make_folder(tmp_path, copies=1)
    lib = Library(folder, tmp_path / "cache")
    lib.refresh()
    before = len(lib.search("regering", limit=1000))
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(lib.db_path), "5"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        reader = Library(folder, tmp_path / "cache")  # opening needs no write either
        assert len(reader.search("regering", limit=1000)) == before > 0
        assert len(reader.entries()) == len(TEXT_SAMPLES)
        assert time.monotonic() - started < 3
    finally:
        holder.wait(30)


HOLD_REFRESH = textwrap.dedent("""
    import sys, time
    from parsers.library import Library
    def slow(path, cache=None):
        from parsers import parse_path
        time.sleep(0.4)
        return parse_path(path, cache=cache)
    lib = Library(sys.argv[1], sys.argv[2], parse=slow)
    print("indexing", flush=True)
    lib.refresh(progress=lambda done, total, rel: print(done, flush=True))
""")


def test_a_second_indexer_waits_and_reads_what_is_there(tmp_path):
    folder = make_folder(tmp_path, copies=1)
    cache = tmp_path / "cache"
    first = subprocess.Popen([sys.executable, "-c", HOLD_REFRESH, str(folder), str(cache)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "indexing"
        assert first.stdout.readline().strip() == "0"
        second = Library(folder, cache)
        waits: list[int] = []
        shown = second.refresh(on_wait=lambda: waits.append(len(second.entries())))
        assert waits and waits[0] < len(TEXT_SAMPLES)  # it waited, seeing a part
        assert len(shown) == len(TEXT_SAMPLES)
        assert second.stats.parsed == 0  # the first one did the work
        assert first.wait(60) == 0
    finally:
        first.kill()


def test_cancel_while_waiting_for_another_indexer(tmp_path):
    folder = make_folder(tmp_path, copies=1)
    cache = tmp_path / "cache"
    holder = Library(folder, cache)
    assert holder._refresh_lock.acquire()
    try:
        other = Library(folder, cache)
        started = time.monotonic()
        calls = []
        assert other.refresh(cancel=lambda: time.monotonic() - started > 1,
                             progress=lambda *a: calls.append(a),
                             on_wait=lambda: calls.append("wait")) == []
        assert calls == ["wait"] and 1 < time.monotonic() - started < 5
    finally:
        holder.close()


def test_a_damaged_index_is_moved_aside_and_rebuilt_once(tmp_path):
    folder = make_folder(tmp_path, copies=1)
    cache = tmp_path / "cache"
    path = index_path(cache, folder)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    lib = Library(folder, cache)
    assert lib.db_path == path  # on disk, not in memory
    damaged = sorted(path.parent.glob(path.name + ".damaged-*"))
    assert len(damaged) == 1 and damaged[0].read_bytes() == b"this is not a database" * 100
    assert lib.warning == (f"de bibliotheekindex was beschadigd; hij is verplaatst naar {damaged[0]} "
                           "en wordt opnieuw opgebouwd")
    assert len(lib.refresh()) == len(TEXT_SAMPLES)
    lib.close()
    again = Library(folder, cache)
    assert again.warning is None
    assert len(again.entries()) == len(TEXT_SAMPLES)  # rebuilt on disk, before any refresh
    assert again.refresh() and again.stats.parsed == 0


def test_damage_found_only_while_refreshing_is_repaired_too(tmp_path):
    folder = make_folder(tmp_path, copies=1)
    cache = tmp_path / "cache"
    lib = Library(folder, cache)
    lib.refresh()
    lib.close()
    con = sqlite3.connect(lib.db_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='docs'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(lib.db_path, "r+b") as fh:  # garble the docs table's first page
        fh.seek((root - 1) * page)
        fh.write(b"\xff" * page)
    again = Library(folder, cache)
    assert len(again.refresh()) == len(TEXT_SAMPLES)
    assert again.warning.startswith("de bibliotheekindex was beschadigd; hij is verplaatst naar ")
    assert len(list(lib.db_path.parent.glob("*.damaged-*"))) == 1


def test_processes_meeting_a_damaged_index_repair_it_once(tmp_path):
    folder = make_folder(tmp_path, copies=1)
    cache = tmp_path / "cache"
    path = index_path(cache, folder)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage " * 1000)
    results = run_parallel([[sys.executable, "-c", INDEXER, str(folder), str(cache)]] * 5)
    assert all(code == 0 and err == "" for code, _o, err in results), results
    data = [json.loads(out) for _code, out, _err in results]
    assert all(d["entries"] == len(TEXT_SAMPLES) for d in data)
    assert sum(d["warning"] is not None for d in data) == 1
    assert len(list(path.parent.glob(path.name + ".damaged-*"))) == 1


LIBRARY_SCREEN = textwrap.dedent("""
    import asyncio, sys
    from tui.app import create_app
    from tui.screens.library import LibraryScreen

    async def main():
        app = create_app(sys.argv[1])
        app.animation_level = "none"
        async with app.run_test(size=(120, 30)) as pilot:
            for _ in range(600):
                await app.workers.wait_for_complete()
                await pilot.pause(0.05)
                screen = next(s for s in app.screen_stack if isinstance(s, LibraryScreen))
                if not screen.indexing:
                    break
            print(len(screen.shown), screen.error)

    asyncio.run(main())
""")


def test_two_library_screens_in_two_processes(tmp_path):
    folder = make_folder(tmp_path)
    env = dict(os.environ, VRAGENRONDE_CACHE_DIR=str(tmp_path / "cache"))
    results = run_parallel([[sys.executable, "-c", LIBRARY_SCREEN, str(folder)]] * 2, env)
    assert [(code, out.strip()) for code, out, _err in results] == \
        [(0, f"{len(TEXT_SAMPLES) * 2} None")] * 2, results
