"""A library of 1,500 documents: the list fills lazily and still behaves as a whole list.

The index is a stand-in (no files are parsed): ``open_library`` returns an
object with the entries a real index would list. Its refresh can be held
(an Event), which keeps the screen indexing: then only the first screens are
in the table (the rest follows once indexing is done).
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from parsers.library.scan import DocEntry
from tui.app import create_app
from tui.screens.library import LibraryScreen
from tui.screens.library_table import FIRST_MARGIN

N = 1500
SIZE = (120, 40)


def entry(folder: Path, i: int) -> DocEntry:
    """Document ``i``: file doc-0000.txt …, titles in the opposite order (doc-1499 has ``… 0000``)."""
    rel = f"doc-{i:04d}.txt"
    return DocEntry(path=folder / rel, rel=rel, state="ok", kind="nota-naar-aanleiding-van-verslag",
                    house="Tweede Kamer", dossier=str(36000 + i % 50), letter=str(i % 9 + 1),
                    date=f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}", title=f"Vragen over punt {N - 1 - i:04d}",
                    factions=i % 7, questions=i % 97, cited_by=0)


class FakeLibrary:
    """What the library screen asks of an index, for ``N`` documents."""

    warning = None

    def __init__(self, folder: Path, hold: threading.Event | None = None) -> None:
        self.folder = folder
        self.hold = hold
        self.stats = SimpleNamespace(unreadable_note=lambda folder: None, skipped=[])
        self._entries = [entry(folder, i) for i in range(N)]

    def entries(self) -> list[DocEntry]:
        return list(self._entries)

    def list_token(self) -> tuple[int, int]:
        return (0, 0)  # never changes: the list is the same after the refresh

    def refresh(self, progress=None, cancel=None, *, listing=True) -> list[DocEntry]:
        if self.hold is not None:
            self.hold.wait(30)
        if progress is not None:
            progress(N, N, "")
        return self.entries() if listing else []


def make(tmp_path: Path, monkeypatch, hold: threading.Event | None = None):
    folder = tmp_path / "rounds"
    folder.mkdir()
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    app = create_app(folder)
    app.animation_level = "none"
    fake = FakeLibrary(folder, hold)
    monkeypatch.setattr(app, "open_library", lambda folder: fake, raising=False)
    return app


async def until(pilot, condition, what: str, tries: int = 400) -> None:
    """Let the app run until ``condition()`` holds (at most ``tries`` pauses)."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError(f"never happened: {what}")


def files(screen: LibraryScreen) -> list[str]:
    """The file column of every row in the table, in order."""
    table = screen.table
    return [table.get_row_at(i)[-1].plain for i in range(table.row_count)]


def detail(screen: LibraryScreen) -> str:
    return str(screen.query_one("#library-detail").render())


def library(app) -> LibraryScreen:
    return next(s for s in app.screen_stack if isinstance(s, LibraryScreen))


async def test_first_screen_only_then_end_and_keys_reach_every_document(tmp_path, monkeypatch):
    """While indexing, the table holds the first screens only; End, PageDown
    and Home still go to the real last, next and first documents."""
    hold = threading.Event()
    app = make(tmp_path, monkeypatch, hold)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: len(library(app).shown) == N, "the entries are shown")
            screen = library(app)
            table = screen.table
            assert screen.indexing
            page = table.page_rows()
            assert 20 < page < 40
            # the visible rows and a margin, not all 1,500
            assert table.row_count == (1 + FIRST_MARGIN) * page < N
            assert files(screen)[:3] == ["doc-0000.txt", "doc-0001.txt", "doc-0002.txt"]
            assert table.cursor_row == 0 and detail(screen).startswith("doc-0000.txt · Vragen over punt 1499")
            status = str(screen.query_one("#library-status").render())
            assert status.startswith("1500 documenten · gesorteerd op Bestand ▲")
            for _ in range(5):  # no fill in the background while indexing
                await pilot.pause()
            assert table.row_count == (1 + FIRST_MARGIN) * page

            await pilot.press("pagedown")
            assert screen.current_entry().rel == f"doc-{table.cursor_row:04d}.txt"
            assert table.cursor_row >= page - 2
            await pilot.press("end")
            assert table.row_count == N
            assert table.cursor_row == N - 1
            assert screen.current_entry().rel == "doc-1499.txt"
            assert files(screen)[-1] == "doc-1499.txt"
            assert detail(screen).startswith("doc-1499.txt · Vragen over punt 0000")
            await pilot.press("up")
            assert screen.current_entry().rel == "doc-1498.txt"
            await pilot.press("home")
            assert table.cursor_row == 0 and screen.current_entry().rel == "doc-0000.txt"
            hold.set()
            await until(pilot, lambda: not screen.indexing, "indexing finished")
    finally:
        hold.set()


async def test_fill_completes_and_sort_and_filter_work_on_the_whole_list(tmp_path, monkeypatch):
    app = make(tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: not library(app).indexing, "indexing finished")
        screen = library(app)
        table = screen.table
        # the rest arrives in chunks after the first paint, in list order
        await until(pilot, lambda: table.row_count == N, "the table holds every document")
        assert files(screen) == [f"doc-{i:04d}.txt" for i in range(N)]

        await pilot.press("s")  # by title: doc-1499 ("… 0000") comes first
        assert screen.sort_key == "title"
        assert files(screen)[0] == "doc-1499.txt"
        assert screen.current_entry().rel == "doc-0000.txt"  # the cursor kept its document …
        assert table.cursor_row == N - 1  # … which is now the last
        await until(pilot, lambda: table.row_count == N, "the sorted table holds every document")
        assert files(screen) == [f"doc-{i:04d}.txt" for i in reversed(range(N))]
        await pilot.press("home")
        assert detail(screen).startswith("doc-1499.txt · Vragen over punt 0000")

        await pilot.press("S")  # reversed: doc-0000 first again
        assert files(screen)[0] == "doc-0000.txt"
        await pilot.press("end")
        assert screen.current_entry().rel == "doc-1499.txt" and table.cursor_row == N - 1

        await pilot.press("slash", *"punt 0140")  # the title "… 0140" and the file doc-0140.txt
        assert table.row_count == 2 and not table.filling
        assert files(screen) == ["doc-0140.txt", "doc-1359.txt"]
        assert str(screen.query_one("#library-status").render()).endswith("filter “punt 0140”: 2 getoond")
        await pilot.press("escape")
        assert len(screen.shown) == N
        await until(pilot, lambda: table.row_count == N, "the unfiltered table holds every document")


@pytest.mark.parametrize("key", ["down", "pagedown"])
async def test_moving_down_never_runs_out_of_rows(tmp_path, monkeypatch, key):
    """Held indexing (no background fill): moving down past the first screens
    fills the rows it needs as it goes."""
    hold = threading.Event()
    app = make(tmp_path, monkeypatch, hold)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: len(library(app).shown) == N, "the entries are shown")
            screen = library(app)
            table = screen.table
            first = table.row_count
            presses = first + 5 if key == "down" else first // table.page_rows() + 3
            for _ in range(presses):
                await pilot.press(key)
            assert table.cursor_row >= first + 4
            assert table.row_count > table.cursor_row
            assert screen.current_entry().rel == f"doc-{table.cursor_row:04d}.txt"
            assert files(screen)[table.cursor_row] == screen.current_entry().rel
    finally:
        hold.set()


async def test_scrolling_to_the_end_of_the_rows_so_far_fills_on(tmp_path, monkeypatch):
    """The wheel or the scroll bar (no cursor move) also brings the next rows."""
    hold = threading.Event()
    app = make(tmp_path, monkeypatch, hold)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: len(library(app).shown) == N, "the entries are shown")
            table = library(app).table
            first = table.row_count
            for _ in range(3):
                table.scroll_to(y=table.max_scroll_y, animate=False, immediate=True)
                await pilot.pause()
            assert table.row_count >= first + 2 * table.page_rows()
            assert table.cursor_row == 0
            assert files(library(app))[-1] == f"doc-{table.row_count - 1:04d}.txt"
    finally:
        hold.set()
