"""The library's first screen on a warm start: the index's list is drawn at
once and read once; the folder is checked after that (no progress row, the
status says so), and what the check finds still shows."""

from __future__ import annotations

import asyncio
import shutil
import threading

import pytest

from parsers.library import Library
from tests.tui.test_tui_library import SAMPLES, make, sample_folder, wait_indexed


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    """The parse cache and the index in the test's folder."""
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))


class Held(Library):
    """A real index whose refresh waits for ``go`` (after telling ``started``);
    counts the reads of the whole list."""

    def __init__(self, *args, started, go, **kw) -> None:
        super().__init__(*args, **kw)
        self.started, self.go, self.reads = started, go, 0

    def entries(self):
        self.reads += 1
        return super().entries()

    def refresh(self, *args, **kw):
        self.started.set()
        self.go.wait(10)
        return super().refresh(*args, **kw)


def held_app(folder, monkeypatch):
    started, go = threading.Event(), threading.Event()
    app = make(folder)
    libs = []

    def open_library(path):
        libs.append(Held(path, started=started, go=go, workers=1))
        return libs[0]

    monkeypatch.setattr(app, "open_library", open_library)
    return app, started, go, libs


async def test_warm_start_draws_the_list_then_checks_the_folder(tmp_path, monkeypatch, ui):
    folder = sample_folder(tmp_path)
    Library(folder, workers=1).refresh()  # a warm index
    app, started, go, libs = held_app(folder, monkeypatch)
    try:
        async with app.run_test(size=(160, 30)) as pilot:
            assert await asyncio.to_thread(started.wait, 10)
            await pilot.pause()
            screen = app.screen
            # the check only starts once the list is drawn
            assert screen.listed and screen.indexing and len(screen.shown) == 7
            assert ui.shown(screen, "#library-status") == (
                "7 documenten · 1 mislukt · gesorteerd op Bestand ▲ · map nakijken …")
            assert not screen.query_one("#library-progress").display  # the screen keeps its layout
            rows = screen.table.row_count
            go.set()
            screen = await wait_indexed(pilot)
            assert libs[0].reads == 1  # nothing changed: the list was not read again
            assert ui.shown(screen, "#library-status") == "7 documenten · 1 mislukt · gesorteerd op Bestand ▲"
            assert screen.table.row_count == rows and not screen.query_one("#library-progress").display
    finally:
        go.set()


async def test_what_the_check_finds_replaces_the_list(tmp_path, monkeypatch, ui):
    folder = sample_folder(tmp_path)
    Library(folder, workers=1).refresh()
    (folder / "nota-tk.xml").unlink()
    shutil.copy(SAMPLES / "nota-tk.xml", folder / "nieuw.xml")
    (folder / "broken.pdf").write_bytes(b"still no pdf, but other bytes")
    app, started, go, libs = held_app(folder, monkeypatch)
    try:
        async with app.run_test(size=(160, 30)) as pilot:
            assert await asyncio.to_thread(started.wait, 10)
            await pilot.pause()
            screen = app.screen
            assert "nota-tk.xml" in [e.rel for e in screen.shown]  # the index's list, as it was
            go.set()
            screen = await wait_indexed(pilot)
            rels = [e.rel for e in screen.shown]
            assert "nieuw.xml" in rels and "nota-tk.xml" not in rels and len(rels) == 7
            # read again after the check; while files are parsed the list is also
            # replaced every half second, so a slow machine may read it once more
            assert libs[0].reads >= 2 and libs[0].stats.parsed == 2
            assert ui.shown(screen, "#library-status") == "7 documenten · 1 mislukt · gesorteerd op Bestand ▲"
    finally:
        go.set()
