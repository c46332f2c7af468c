"""The library's overview (``r``): counts per faction, asker, ministry or month."""

from __future__ import annotations

import json
import threading

from tests.tui.test_tui_register import commitments_folder, due_lines, settle, setting  # noqa: F401 - fixture
from tests.tui.test_tui_library import wait_indexed
from tui.app import create_app

SIZE = (120, 36)


def report_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


async def open_report(pilot):
    await wait_indexed(pilot)
    await pilot.press("r")
    await settle(pilot)
    return pilot.app.screen


def table_rows(screen) -> list[list[str]]:
    from textual.widgets import DataTable

    table = screen.query_one(DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_report_counts_per_faction_like_the_command_line(tmp_path, ui):
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_report(pilot)
        text = ui.screen_text(app)
        assert report_lines(text)[0].strip() == f"Overzicht van {tmp_path / 'toezeggingen'} per fractie"
        assert report_lines(text)[1].split() == ["fractie", "gest", "beantw", "deels", "uitgest", "verw",
                                                 "toez", "lopend", "laat", "vragen"]
        rows = table_rows(screen)
        assert rows[0] == ["SP", "13", "10", "3", "0", "0", "1", "0", "1", "█" * 18 + "▓" * 6]
        assert rows[-1][:9] == ["totaal", "26", "20", "3", "2", "1", "5", "2", "2"]
        assert "laat = termijn vóór 2026-06-30" in " ".join(text.split())
        assert ui.shown(screen, "#report-status").startswith("vragen: 26 · toezeggingen: 5")


async def test_g_changes_the_grouping_and_enter_opens_the_register(tmp_path, ui):
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_report(pilot)
        await pilot.press("g")
        await settle(pilot)
        assert ui.shown(screen, "#report-header").endswith("per vragensteller")
        await pilot.press("enter")  # askers: not a register filter
        await pilot.pause()
        assert app.screen is screen
        assert [n.message for n in app._notifications][-1] == (
            "De toezeggingen zijn te filteren op fractie en ministerie: g wisselt de groepering")
        await pilot.press("g")
        await settle(pilot)
        assert ui.shown(screen, "#report-header").endswith("per ministerie")
        assert [r[0] for r in table_rows(screen)] == [
            "Volksgezondheid, Welzijn en Sport", "Defensie", "Financiën",
            "Landbouw, Visserij, Voedselzekerh…", "totaal"]  # cut to fit beside the counts and bars
        await pilot.press("down", "enter")  # Defensie
        await settle(pilot)
        register = app.screen
        assert type(register).__name__ == "RegisterScreen"
        assert register.query_one("#register-filter").value == 'ministry:"Defensie"'
        assert due_lines(ui.screen_text(app)) == ["2026-06-23 (op 23 juni 2026)  TE LAAT  Defensie  [Van der Berg]"]
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("g")
        await settle(pilot)
        assert [r[0] for r in table_rows(screen)] == ["2024-03", "2025-12", "2026-03", "2026-05", "2026-06",
                                                      "totaal"]  # months in order


async def test_the_report_is_counted_on_a_worker_thread(tmp_path, monkeypatch):
    import parsers.library.report as report

    threads = []
    original = report.build_report

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(report, "build_report", recording)
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await open_report(pilot)
        await pilot.press("g")
        await settle(pilot)
    assert len(threads) == 2 and threading.main_thread() not in threads


async def test_report_keys_help_and_remapping(tmp_path, ui, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"library-report": "R", "report-grouping": "G"}), encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    app = create_app(commitments_folder(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        library = await wait_indexed(pilot)
        await pilot.press("question_mark")
        help_text = " ".join(ui.shown(app.screen, "#help-text").split())
        assert "r Rapport" in help_text
        assert "g (overzicht) groepeer op fractie, vragensteller, ministerie of maand" in help_text
        await pilot.press("escape", "r")
        assert app.screen is library
        await pilot.press("R")
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        assert ui.shown(app.screen, "#report-header").endswith("per vragensteller")


async def test_report_bars_in_ascii_mode(tmp_path):
    app = create_app(commitments_folder(tmp_path), ascii=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_report(pilot)
        assert table_rows(screen)[0] == ["SP", "13", "10", "3", "0", "0", "1", "0", "1", "#" * 18 + "+" * 6]
        assert ui_legend(screen).startswith("# beantwoord  + deels  ~ uitgesteld  - met verwijzing")


def ui_legend(screen) -> str:
    return screen.query_one("#report-legend").visual.plain
