"""The library's register of commitments (``t``)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
from pathlib import Path

import pytest

from tests.tui.test_tui_library import SAMPLES, wait_indexed
from tui.app import create_app
from tui.screens import register_model
from tui.screens.register_model import parse_filter, with_overdue

#: Five samples with one commitment each (see ``vragenronde commitments samples``).
FILES = ["kamervragen-gezamenlijke-antwoorden.txt", "nota-ek-defensie.md", "verslag-schriftelijk-overleg-tk.txt",
         "memorie-van-antwoord-ek.txt", "verslag-schriftelijk-overleg-ek.txt"]
TODAY = dt.date(2026, 6, 30)
SIZE = (120, 36)


@pytest.fixture(autouse=True)
def setting(tmp_path, monkeypatch):
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(register_model, "today", lambda: TODAY)


def commitments_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "toezeggingen"
    folder.mkdir()
    for name in FILES:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_register(pilot):
    await wait_indexed(pilot)
    await pilot.press("t")
    await settle(pilot)
    return pilot.app.screen


def due_lines(text: str) -> list[str]:
    """The first line of every register row (they start with a date or "geen datum")."""
    out = []
    for line in text.splitlines():
        cell = line.strip("▊▎ ")
        if cell[:4].isdigit() and cell[4:5] == "-" or cell.startswith("geen datum"):
            out.append(cell.rstrip())
    return out


# -- the filter line ------------------------------------------------------------

def test_parse_filter_reads_names_values_and_words():
    q = parse_filter('ministry:"Volksgezondheid, Welzijn" fractie:SP voor:2026-07-01 overdue zomer')
    assert q.fields == {"ministry": "Volksgezondheid, Welzijn", "faction": "SP",
                        "due_before": dt.date(2026, 7, 1), "overdue": True}
    assert q.words == ["zomer"] and q.problems == []
    f = q.commitment_filter(TODAY)
    assert (f.ministry, f.faction, f.due_before, f.overdue, f.today) == (
        "Volksgezondheid, Welzijn", "SP", dt.date(2026, 7, 1), True, TODAY)
    bad = parse_filter("due-before:1-7-2026 http://x.nl/a answerer:Kuipers")
    assert bad.problems == ["geen datum (JJJJ-MM-DD): '1-7-2026'"]
    assert "due_before" not in bad.fields and bad.fields["answerer"] == "Kuipers"
    assert bad.words == ["http://x.nl/a"]  # an unknown name:value is a word


def test_with_overdue_adds_and_removes_the_word():
    assert with_overdue("faction:SP", True) == "faction:SP overdue"
    assert with_overdue("faction:SP te-laat zomer", False) == "faction:SP zomer"


# -- the register ---------------------------------------------------------------------

async def test_register_lists_every_commitment_earliest_deadline_first(tmp_path, ui):
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_register(pilot)
        text = ui.screen_text(app)
        assert text.splitlines()[0].strip() == f"Toezeggingen in {tmp_path / 'toezeggingen'}"
        assert due_lines(text) == [
            "2024-07-01 (voor de zomer)  TE LAAT  Volksgezondheid, Welzijn en Sport  [SP]",
            "2026-06-23 (op 23 juni 2026)  TE LAAT  Defensie  [Van der Berg]",
            "2026-07-01 (voor de zomer)  lopend  Landbouw, Visserij, Voedselzekerheid en Natuur  [PVV]",
            "2027-07-01 (voor 1 juli 2027)  lopend  Financiën  [VVD]",
            "geen datum  Volksgezondheid, Welzijn en Sport  [GroenLinks-PvdA]",
        ]
        # a joint answer: the commitment answers questions 4, 6 and 7
        assert "…rvragen-gezamenlijke-antwoorden.txt · vragen 4, 6 en 7 · Minister Kuipers" in text
        assert "Ik informeer uw Kamer voor de zomer over de voortgang." in text
        assert ui.shown(screen, "#register-status") == (
            "5 toezeggingen: 2 te laat, 2 lopend, 1 zonder datum · te laat ten opzichte van 2026-06-30")


async def test_register_filters_by_ministry_faction_date_and_words(tmp_path, ui):
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_register(pilot)

        async def filtered(line: str) -> list[str]:
            await pilot.press("slash")
            field = screen.query_one("#register-filter")
            field.value = line
            await pilot.press("enter")
            await settle(pilot)
            return due_lines(ui.screen_text(app))

        assert await filtered("ministry:volksgezondheid") == [
            "2024-07-01 (voor de zomer)  TE LAAT  Volksgezondheid, Welzijn en Sport  [SP]",
            "geen datum  Volksgezondheid, Welzijn en Sport  [GroenLinks-PvdA]"]
        assert await filtered("faction:PVV") == [
            "2026-07-01 (voor de zomer)  lopend  Landbouw, Visserij, Voedselzekerheid en Natuur  [PVV]"]
        assert await filtered("answerer:Vries") == ["2027-07-01 (voor 1 juli 2027)  lopend  Financiën  [VVD]"]
        assert len(await filtered("due-before:2026-07-01")) == 2
        assert await filtered("voor:2027-01-01 zomer") == [
            "2024-07-01 (voor de zomer)  TE LAAT  Volksgezondheid, Welzijn en Sport  [SP]",
            "2026-07-01 (voor de zomer)  lopend  Landbouw, Visserij, Voedselzekerheid en Natuur  [PVV]"]
        assert await filtered("faction:D66") == []
        assert ui.shown(screen, "#register-detail") == "Geen toezeggingen die bij het filter passen."
        await filtered("due-before:morgen")
        assert ui.shown(screen, "#register-status").startswith("geen datum (JJJJ-MM-DD): 'morgen' · 5 toezeggingen")


async def test_o_shows_only_the_overdue_and_back(tmp_path, ui):
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_register(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert [line.split("  ")[1] for line in due_lines(ui.screen_text(app))] == ["TE LAAT", "TE LAAT"]
        assert screen.query_one("#register-filter").value == "overdue"
        await pilot.press("o")
        await settle(pilot)
        assert len(due_lines(ui.screen_text(app))) == 5


async def test_overdue_is_relative_to_today(tmp_path, ui, monkeypatch):
    monkeypatch.setattr(register_model, "today", lambda: dt.date(2027, 8, 1))
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_register(pilot)
        assert ui.shown(screen, "#register-status").startswith("5 toezeggingen: 4 te laat, 0 lopend, 1 zonder datum")


async def test_enter_opens_the_reader_at_the_commitment_and_escape_returns(tmp_path, ui):
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        register = await open_register(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        reader = app.screen
        assert type(reader).__name__ == "ReaderScreen"
        assert reader.nav.current.id == "PVV-2"
        assert "Ik kom hier voor de zomer op terug." in ui.shown(reader, "#answer-pane")
        await pilot.press("escape")
        assert app.screen is register
        await pilot.press("escape")
        assert type(app.screen).__name__ == "LibraryScreen"


async def test_the_register_is_read_on_a_worker_thread(tmp_path, monkeypatch):
    from parsers.library.index import Library

    threads = []
    original = Library.commitments

    def recording(self, filters=None):
        threads.append(threading.current_thread())
        return original(self, filters)

    monkeypatch.setattr(Library, "commitments", recording)
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await open_register(pilot)
        await pilot.press("o")
        await settle(pilot)
    assert len(threads) == 2 and threading.main_thread() not in threads


# -- keys ---------------------------------------------------------------------------------

async def test_library_keys_help_and_remapping(tmp_path, ui, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"library-commitments": "T", "register-overdue": "x"}), encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        library = await wait_indexed(pilot)
        await pilot.press("question_mark")
        help_text = " ".join(ui.shown(app.screen, "#help-text").split())
        assert "t Toezeggingen" in help_text
        assert "o (toezeggingen) alleen de toezeggingen waarvan de termijn verstreken is" in help_text
        assert "Filter van de toezeggingen (t, dan /): ministry:Defensie" in help_text
        await pilot.press("escape", "t")
        assert app.screen is library
        await pilot.press("T")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.query_one("#register-filter").value == "overdue"


async def test_register_in_english(tmp_path, ui, english):
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_register(pilot)
        assert ui.shown(screen, "#register-status") == (
            "5 commitments: 2 overdue, 2 due, 1 without a date · overdue relative to 2026-06-30")
        assert "2024-07-01 (voor de zomer)  OVERDUE" in ui.screen_text(app)
