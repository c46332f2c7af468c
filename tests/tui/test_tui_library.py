"""The library view: rows, failed files, progress, sorting, filtering, open and return."""

from __future__ import annotations

import asyncio
import shutil
import threading
from pathlib import Path

import pytest

from parsers.errors import ParseError
from tui.app import create_app
from tui.screens import library as library_mod
from tui.screens.library import LibraryScreen
from tui.screens.library_model import row_plain

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_FILES = [
    "kamervragen-antwoordbrief.txt", "lijst-van-vragen-en-antwoorden-tk.txt",
    "memorie-van-antwoord-ek.txt", "nota-ek-defensie.md", "nota-tk.xml",
    "verslag-schriftelijk-overleg-tk.txt",
]
BROKEN_ERROR = "broken.pdf: geen PDF-bestand (de naam eindigt op .pdf, maar de PDF-kop ontbreekt)"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    """Keep the parse cache and the library index in the test's folder."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(folder))
    return folder


def sample_folder(tmp_path: Path) -> Path:
    """Samples (one in a sub-folder) plus a broken PDF."""
    folder = tmp_path / "rounds"
    (folder / "ek").mkdir(parents=True)
    for name in SAMPLE_FILES:
        target = folder / ("ek" if name.endswith("-ek.txt") else "") / name
        shutil.copy(SAMPLES / name, target)
    (folder / "broken.pdf").write_bytes(b"this is no pdf")
    (folder / "notes.csv").write_text("not listed", encoding="utf-8")
    return folder


async def wait_indexed(pilot) -> LibraryScreen:
    """Wait for the indexing worker; returns the library screen."""
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = next(s for s in app.screen_stack if isinstance(s, LibraryScreen))
        if not screen.indexing:
            return screen
    raise AssertionError("indexing never finished")


def table_rows(screen: LibraryScreen) -> list[list[str]]:
    table = screen.table
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def headers(screen) -> list[str]:
    return [column.label.plain for column in screen.table.columns.values()]


def make(folder, **kw):
    app = create_app(folder, **kw)
    app.animation_level = "none"
    return app


async def test_rows_failed_file_and_progress(tmp_path, ui):
    folder = sample_folder(tmp_path)
    app = make(folder)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await wait_indexed(pilot)
        assert [e.rel for e in screen.shown] == [
            "broken.pdf", "ek/memorie-van-antwoord-ek.txt", "kamervragen-antwoordbrief.txt",
            "lijst-van-vragen-en-antwoorden-tk.txt", "nota-ek-defensie.md", "nota-tk.xml",
            "verslag-schriftelijk-overleg-tk.txt",
        ]
        rows = table_rows(screen)
        assert headers(screen) == ["Titel", "Soort", "Kamer", "Dossier", "Datum", "Fr", "Vr", "Verw/Uitg",
                                   "Status", "Bestand"]
        # a document without a title is listed by its file name
        assert rows[0] == ["broken.pdf", "onbekend", "", "", "", "0", "0", "0/0", "mislukt:…", "broken.pdf"]
        assert rows[1] == ["Wijziging van de Wet op de huurtoeslag…", "memorie van antwoord", "EK", "36512 C",
                           "2026-03-12", "3", "4", "0/1", "ok", "…morie-van-antwoord-ek.txt"]
        assert rows[3] == ["Vaststelling van de begrotingsstaten va…", "lijst vragen/antw.", "TK",
                           "36600-XIII 12", "2025-11-14", "0", "4", "1/1", "ok", "…agen-en-antwoorden-tk.txt"]
        assert row_plain(screen.shown[1])[0].startswith("Wijziging van de Wet op de huurtoeslag in verband met")
        assert row_plain(screen.shown[0])[-2] == f"mislukt: {BROKEN_ERROR}"
        # the failed file's full error is in the detail line under the cursor
        assert ui.shown(screen, "#library-detail") == f"broken.pdf · fout: {BROKEN_ERROR}"
        assert ui.shown(screen, "#library-status") == "7 documenten · 1 mislukt · gesorteerd op Bestand ▲"
        bar = screen.query_one("#library-bar")
        assert (bar.progress, bar.total) == (7, 7)
        assert screen.library.stats.parsed == 7 and screen.library.stats.failed == 1
        assert screen.has_class("-indexed")

    # a second start reuses the index and the parse cache: nothing is parsed
    app = make(folder)
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await wait_indexed(pilot)
        assert len(screen.shown) == 7
        assert screen.library.stats.parsed == 0 and screen.library.stats.unchanged == 7


async def test_sort_and_filter_keys(tmp_path, ui):
    app = make(sample_folder(tmp_path))
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await wait_indexed(pilot)
        await pilot.press("s", "s")  # title, kind
        assert [e.kind for e in screen.shown] == [
            "kamervragen", "lijst-van-vragen-en-antwoorden", "memorie-van-antwoord",
            "nota-naar-aanleiding-van-verslag", "nota-naar-aanleiding-van-verslag",
            "unknown", "verslag-schriftelijk-overleg"]
        await pilot.press("s", "s", "s")  # house, dossier, date
        assert screen.sort_key == "date"
        assert [e.date for e in screen.shown] == [
            None, "2024-05-14", "2024-11-20", "2025-11-14", "2025-12-04", "2026-03-12", "2026-06-02"]
        await pilot.press("S")
        assert [e.date for e in screen.shown][:2] == ["2026-06-02", "2026-03-12"]
        assert ui.shown(screen, "#library-status") == "7 documenten · 1 mislukt · gesorteerd op Datum ▼"
        await pilot.press("s", "s")  # factions, questions
        assert screen.sort_key == "questions" and not screen.sort_reverse
        assert [e.questions for e in screen.shown] == [0, 3, 3, 4, 4, 4, 4]
        # the cursor stays on its document while the order changes
        await pilot.press("down", "down")
        here = screen.current_entry().rel
        await pilot.press("S")
        assert screen.current_entry().rel == here

        await pilot.press("slash", *"36512", "enter")
        assert sorted(e.rel for e in screen.shown) == ["ek/memorie-van-antwoord-ek.txt", "nota-tk.xml"]
        assert screen.table.row_count == 2
        assert ui.shown(screen, "#library-status").endswith("· filter “36512”: 2 getoond")
        assert app.focused is screen.table
        # f also filters; the old text is selected, so typing replaces it
        await pilot.press("f", *"eerste kamer", "enter")
        assert screen.filter_text == "eerste kamer"
        assert [e.rel for e in screen.shown] == ["ek/memorie-van-antwoord-ek.txt", "nota-ek-defensie.md"]
        await pilot.press("f", *"kamer zzz", "enter")  # every word must occur
        assert screen.shown == []
        assert ui.shown(screen, "#library-detail") == (
            "Geen document past bij “kamer zzz” (Escape wist het filter)")
        await pilot.press("escape")
        assert screen.filter_text == "" and len(screen.shown) == 7
        assert not screen.has_class("-filtering")
        await pilot.press("slash", *"mislukt", "enter")
        assert [e.rel for e in screen.shown] == ["broken.pdf"]


async def test_enter_opens_and_escape_returns_to_same_row(tmp_path):
    app = make(sample_folder(tmp_path))
    async with app.run_test(size=(160, 30)) as pilot:
        screen = await wait_indexed(pilot)
        await pilot.press("down", "down", "down", "enter")
        reader = app.screen
        assert reader.path == screen.folder / "lijst-van-vragen-en-antwoorden-tk.txt"
        assert reader.library is screen.library and reader.library_rel == "lijst-van-vragen-en-antwoorden-tk.txt"
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert reader.state == "ready" and reader.nav.current.id == "1"
        await pilot.press("escape")
        assert app.screen is screen and screen.table.cursor_row == 3
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.path.name == "nota-ek-defensie.md"
        await pilot.press("backspace")
        assert app.screen is screen and screen.table.cursor_row == 4
        # the failed file opens as an error message, and comes back too
        await pilot.press("up", "up", "up", "up", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.state == "error"
        assert app.screen.message_text == f"Kan broken.pdf niet openen:\n{BROKEN_ERROR}"
        await pilot.press("escape")
        assert app.screen is screen and screen.table.cursor_row == 0


async def test_list_fills_while_indexing(tmp_path, doc, monkeypatch, ui):
    """Rows appear as documents are parsed; the bar shows done/total and the file."""
    monkeypatch.setattr(library_mod, "REFILL_SECONDS", 0.0)
    monkeypatch.setattr(library_mod, "PROGRESS_SECONDS", 0.0)
    folder = tmp_path / "hand"
    folder.mkdir()
    for name in ["a.txt", "b.txt", "c.txt", "d.txt"]:
        (folder / name).write_text(name, encoding="utf-8")
    reached, release = threading.Event(), threading.Event()

    def parser(path):
        if path.name == "c.txt":
            reached.set()
            release.wait(10)
        if path.name == "d.txt":
            raise ParseError("d.txt: no questions recognised")
        return doc

    app = make(folder, parser=parser)
    async with app.run_test(size=(120, 30)) as pilot:
        assert await asyncio.to_thread(reached.wait, 10)
        await pilot.pause()
        screen = app.screen
        assert screen.indexing
        assert [e.rel for e in screen.shown] == ["a.txt", "b.txt"]
        bar = screen.query_one("#library-bar")
        assert (bar.progress, bar.total) == (2, 4)
        assert ui.shown(screen, "#library-current") == "Indexeren 2/4: c.txt"
        assert ui.shown(screen, "#library-status").endswith("· indexeren 2/4")
        await pilot.press("down")  # the UI answers while the worker is busy
        assert screen.table.cursor_row == 1
        release.set()
        screen = await wait_indexed(pilot)
        assert [(e.rel, e.state) for e in screen.shown] == [
            ("a.txt", "ok"), ("b.txt", "ok"), ("c.txt", "ok"), ("d.txt", "failed")]
        assert screen.shown[3].error == "d.txt: no questions recognised"
        assert (bar.progress, bar.total) == (4, 4)
        assert screen.table.cursor_row == 1


async def test_empty_folder_and_help(tmp_path, ui):
    folder = tmp_path / "empty"
    folder.mkdir()
    app = make(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_indexed(pilot)
        assert ui.shown(screen, "#library-detail") == (
            "Geen leesbare documenten (.txt, .md, .pdf, .xml, .html, .docx) in deze map")
        await pilot.press("question_mark")
        text = ui.shown(app.screen, "#help-text")
        assert "ctrl+f" in text and "Zoek overal" in text
        assert "/, f" in text and "Filter" in text
        assert "Sorteren (s) gaat de kolommen langs: titel, soort, Kamer, dossier, datum, fracties, " in text
        await pilot.press("escape")
        assert app.screen is screen


async def test_at_80x24_the_columns_fit_title_first_and_home_end_move_in_the_list(tmp_path, ui):
    app = make(sample_folder(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_indexed(pilot)
        table = screen.table
        # what fits: the title first, the file last, nothing scrolls sideways
        assert headers(screen) == ["Titel", "Datum", "Status", "Bestand"]
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= table.scrollable_content_region.width
        assert table.max_scroll_x == 0
        rows = table_rows(screen)
        assert rows[1] == ["Wijziging van de Wet op de huur…", "2026-03-12", "ok", "…n-antwoord-ek.txt"]
        assert rows[6] == ["Landbouw- en Visserijraad", "2025-12-04", "ok", "…jk-overleg-tk.txt"]
        # a path is shortened from the left; the detail line shows it whole
        await pilot.press("down")
        assert ui.shown(screen, "#library-detail").startswith("ek/memorie-van-antwoord-ek.txt · kst-36512-C · ")
        text = ui.screen_text(app)
        assert "│" not in text.splitlines()[1]  # the header row is not wrapped or boxed
        assert text.splitlines()[-2].strip() == "7 documenten · 1 mislukt · gesorteerd op Bestand ▲"
        await pilot.press("end")
        assert table.cursor_row == 6 and table.scroll_x == 0
        await pilot.press("home")
        assert table.cursor_row == 0 and table.scroll_x == 0


async def test_wider_screens_get_more_columns_and_english(tmp_path, english):
    app = make(sample_folder(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await wait_indexed(pilot)
        assert headers(screen) == ["Title", "Kind", "Dossier", "Date", "Fr", "Q", "Ref/Def", "State", "File"]
        assert table_rows(screen)[0][-2:] == ["failed: b…", "broken.pdf"]
        assert table_rows(screen)[0][1] == "unknown"
        await pilot.resize_terminal(160, 30)
        await pilot.pause()
        assert headers(screen) == ["Title", "Kind", "House", "Dossier", "Date", "Fr", "Q", "Ref/Def", "State",
                                   "File"]
