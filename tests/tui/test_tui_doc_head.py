"""The one-line header and the document head (the outline's ``Document``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_path
from parsers.model import Asker
from tui.publication import askers_text, dossier_number, publication_name, publication_url
from tui.widgets.docview import header_content
from tui.widgets.outline import Outline

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZE = (120, 40)
JOINT = SAMPLES / "kamervragen-gezamenlijke-antwoorden.txt"


def test_publication_names(doc):
    assert publication_name(doc.meta) == "Kamerstuk 36 800 K, F"
    ah = parse_path(JOINT, cache=None).meta
    assert publication_name(ah) == "Aanhangsel Handelingen II 2023/24, nr. 7777"
    assert publication_url(ah) == "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-7777.html"
    assert dossier_number("21501-32") == "21 501-32"
    assert dossier_number("36600-XIII") == "36 600 XIII"
    nota = parse_path(SAMPLES / "nota-tk.xml", cache=None).meta
    assert publication_name(nota) == "Kamerstuk 36 512, nr. 6"


def test_askers_grouped_by_party_and_shortened(doc):
    m = doc.meta
    m.askers = [Asker(name="Dobbe", party="SP"), Asker(name="Dijk", party="SP"), Asker(name="Bikker", party="CU")]
    assert askers_text(m) == "Dobbe en Dijk (SP), Bikker (CU)"
    assert askers_text(m, limit=1) == "Dobbe (SP) c.s."


def test_header_is_said_shorter_to_fit():
    doc = parse_path(JOINT, cache=None)
    full = header_content(doc).plain
    assert full == ("Kamervragen · Aanhangsel Handelingen II 2023/24, nr. 7777 · Dobbe en Dijk (SP) · "
                    "25 maart 2024 · Het bericht «Wachtlijsten in de thuiszorg»")
    assert header_content(doc, width=100).plain == (
        "Kamervragen · Aanhangsel Handelingen II 2023/24, nr. 7777 · Dobbe en Dijk (SP) · 25 maart 2024")
    assert header_content(doc, width=78).plain == (
        "Aanhangsel Handelingen II 2023/24, nr. 7777 · Dobbe (SP) c.s. · 25 maart 2024")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_header_line_at_both_sizes(make_app, loaded, ui, size):
    app = make_app(parse_path(JOINT, cache=None), JOINT)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.pause()
        first = ui.screen_text(app).splitlines()[0]
        if size == (80, 24):
            assert first.strip() == "Aanhangsel Handelingen II 2023/24, nr. 7777 · Dobbe (SP) c.s. · 25 maart 2024"
        else:
            assert first.strip().startswith("Kamervragen · Aanhangsel Handelingen II 2023/24, nr. 7777 · "
                                            "Dobbe en Dijk (SP) · 25 maart 2024 · Het bericht")
        assert len(first.rstrip()) <= size[0]


async def test_document_entry_shows_the_head(make_app, loaded, ui):
    app = make_app(parse_path(JOINT, cache=None), JOINT)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one(Outline)
        assert outline.get_option_at_index(0).prompt.plain == "Document"
        await pilot.press("k")  # before the first question: the head
        assert screen.at_head
        assert ui.title(screen, "#question-pane") == "Document"
        facts = ui.shown(screen, "#question-pane").splitlines()
        assert "Vragen van: Dobbe en Dijk (SP)" in facts
        assert "Aan: Minister van Volksgezondheid, Welzijn en Sport; Staatssecretaris van Financiën" in facts
        assert "Ingezonden: 4 maart 2024" in facts
        assert "Datum: 25 maart 2024" in facts
        assert "Publicatie: Aanhangsel Handelingen II 2023/24, nr. 7777" in facts
        assert "Publicatie-id: ah-tk-20232024-7777" in facts
        assert ui.title(screen, "#answer-pane") == "Inleiding en slot"
        assert ui.shown(screen, "#answer-pane").startswith("Inleiding\n\nTweede Kamer der Staten-Generaal")
        assert ui.shown(screen, "#status") == "Document"
        assert outline.highlighted == 0
        await pilot.press("j")
        assert not screen.at_head and screen.nav.current.id == "1"
        assert ui.title(screen, "#question-pane") == "Vragen 1, 3 en 5"
        await pilot.press("d")
        assert screen.at_head
        await pilot.press("y")
        assert app.clipboard.startswith("Soort: Kamervragen\n")
        await pilot.press("d")
        assert not screen.at_head and screen.nav.current.id == "1"


async def test_closing_and_signatures_in_the_head(make_app, loaded, ui):
    path = SAMPLES / "kamervragen-brief-zonder-nummers.txt"
    app = make_app(parse_path(path, cache=None), path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("d")
        assert "Ondertekend door: P.H.M. Adema" in ui.shown(screen, "#question-pane").splitlines()
        body = ui.shown(screen, "#answer-pane")
        assert body.endswith("\n\nSlot\n\nDe minister van Landbouw, Natuur en Voedselkwaliteit,\n\nP.H.M. Adema")
        # the outline's Document entry, picked with the mouse, shows it too
        await pilot.press("j")
        assert not screen.at_head
        screen.query_one(Outline).highlighted = 0
        await pilot.pause()
        assert screen.at_head
