"""Every reader and library command of the palette (ctrl+p) runs its action:
the parse report, the document head, footnotes, commitments, the open parts,
and in the library the register and the overview."""

from __future__ import annotations

from tests.tui.audit_doc import audited_doc
from tests.tui.test_tui_library import SAMPLES, wait_indexed
from tests.tui.test_tui_small_screens import palette, plain
from tui.app import create_app
from tui.screens.footnotes_view import FootnotesView
from tui.screens.parse_report import ParseReportView

SIZE = (120, 36)


async def run_entry(pilot, query: str, entry: str) -> None:
    """Type ``query`` in the palette; its first entry must be ``entry``; run it."""
    entries = [plain(p) for p in await palette(pilot, query)]
    assert entries[0] == entry
    await pilot.press("enter")
    await pilot.pause(0.2)


async def test_each_reader_command_of_the_palette_runs(make_app, loaded, ui):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        entries = [plain(p) for p in await palette(pilot, "")]
        assert entries[:12] == ["Kopieer antwoord", "Kopieer vraag en antwoord", "Toon aangehaalde documenten",
                                "Toon cijfers", "Toon het parse-rapport", "Toon het document", "Toon voetnoten",
                                "Toon toezeggingen", "Volgende open deelvraag", "Vorige open deelvraag",
                                "Overzicht tonen of verbergen", "Zoek in het document"]
        # before anything is typed the factions follow the app's commands
        assert entries[16:19] == ["Ga naar fractie SP", "Ga naar fractie VOLT", "Ga naar fractie Visseren-Hamakers"]
        await pilot.press("escape")

        await run_entry(pilot, "parse-rapport", "Toon het parse-rapport")
        assert isinstance(app.screen, ParseReportView)
        assert "Het parse-rapport is leeg" in ui.screen_text(app)
        await pilot.press("escape")

        await run_entry(pilot, "toon het document", "Toon het document")
        assert app.screen is screen and screen.at_head
        await pilot.press("d")
        assert not screen.at_head

        await run_entry(pilot, "voetnoten", "Toon voetnoten")
        assert isinstance(app.screen, FootnotesView)
        await pilot.press("escape")

        await run_entry(pilot, "toezeggingen", "Toon toezeggingen")
        assert "Toezeggingen (2)" in ui.screen_text(app)
        await pilot.press("escape")
        assert app.screen is screen

        await run_entry(pilot, "volgende open", "Volgende open deelvraag")
        assert screen.nav.current.id == "SP-2"
        assert app.notes[-1].startswith("1/4 · SP-2, deelvraag 1 · ")
        await run_entry(pilot, "volgende open", "Volgende open deelvraag")
        assert screen.nav.current.id == "SP-3" and app.notes[-1].startswith("2/4 · SP-3")
        await run_entry(pilot, "vorige open", "Vorige open deelvraag")
        assert screen.nav.current.id == "SP-2" and app.notes[-1].startswith("1/4 · SP-2")


async def test_each_library_command_of_the_palette_runs(tmp_path, monkeypatch, ui):
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "rounds"
    folder.mkdir()
    for name in ["kamervragen-gezamenlijke-antwoorden.txt", "nota-ek-defensie.md"]:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    app = create_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        library = await wait_indexed(pilot)
        entries = [plain(p) for p in await palette(pilot, "")]
        assert entries[:3] == ["Toon het register van toezeggingen", "Toon het overzicht",
                               "Zoek in alle documenten"]
        await pilot.press("escape")

        await run_entry(pilot, "register", "Toon het register van toezeggingen")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "RegisterScreen"
        assert ui.screen_text(app).splitlines()[0].strip() == f"Toezeggingen in {folder}"
        await pilot.press("escape")
        assert app.screen is library

        await run_entry(pilot, "overzicht", "Toon het overzicht")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportScreen"
        await pilot.press("escape")
        assert app.screen is library

        await run_entry(pilot, "zoek in alle", "Zoek in alle documenten")
        assert type(app.screen).__name__ == "LibrarySearchScreen"
