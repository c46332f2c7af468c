"""Footnotes: the mark [1] in the text, the footnotes under the answer and
in the footnotes view (v), in copies and in search."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_path
from parsers.model import Figure, FootnoteRef
from tui.highlight import Mark
from tui.screens.footnotes_view import FootnotesView
from tui.widgets.footnotes import with_markers

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZE = (120, 40)
LETTER = SAMPLES / "antwoordbrief-nummering.docx"


@pytest.fixture(autouse=True)
def _kitty(monkeypatch):
    for name in ("TMUX", "STY", "VTE_VERSION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM_PROGRAM", "kitty")


def test_markers_shift_marks_and_parts():
    text = "Het kost € 5 miljoen. Zie ook hier."
    ref = FootnoteRef(key="1", question="q", field="answer", start=text.index(" Zie"))
    fig = Mark(text.index("€"), text.index("€") + len("€ 5 miljoen"), "figure")
    marked, parts, marks, shift = with_markers(text, [], [fig], [ref])
    assert marked == "Het kost € 5 miljoen.[1] Zie ook hier."
    by_kind = {m.kind: marked[m.start:m.end] for m in marks}
    assert by_kind == {"footnote": "[1]", "figure": "€ 5 miljoen"}
    assert shift.start(text.index("Zie")) == marked.index("Zie")
    # a span ending where a mark stands does not take the marker in
    end_at_mark = Mark(0, text.index(" Zie"), "hit")
    marks = with_markers(text, [], [end_at_mark], [ref])[2]
    assert marked[marks[-1].start:marks[-1].end] == "Het kost € 5 miljoen."


async def test_marker_in_text_and_footnotes_under_the_answer(make_app, loaded, ui):
    app = make_app(parse_path(LETTER, cache=None), LETTER)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert ui.shown(screen, "#question-pane").endswith("bij de Belastingtelefoon»?[1]")
        assert ui.shown(screen, "#answer-pane") == "Ja.\n\nVoetnoten\n[1] De Telegraaf, 18 februari 2024."
        await pilot.press("j", "j")
        answer = ui.shown(screen, "#answer-pane")
        assert "staan ook in de Stand van de uitvoering[2]." in answer
        assert answer.endswith("\n\nVoetnoten\n[2] Kamerstuk 31 066, nr. 1350.")
        await pilot.press("y")
        assert "de Stand van de uitvoering[2]." in app.clipboard
        assert app.clipboard.endswith("uitvoering[2].\n\n[2] Kamerstuk 31 066, nr. 1350.")
        await pilot.press("k", "k", "Y")
        copied = app.clipboard
        assert copied.startswith("Vraag 1\nBent u bekend met het bericht «Uren in de wacht bij de "
                                 "Belastingtelefoon»?[1]\n\nAntwoord 1\nJa.\n\n[1] De Telegraaf, 18 februari 2024.\n\nBron: ")


async def test_search_finds_footnote_text(make_app, loaded, ui):
    app = make_app(parse_path(LETTER, cache=None), LETTER)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("G")
        await pilot.press("slash", *"31 066", "enter")
        assert [(h.index, h.field) for h in screen.nav.hits] == [(2, "footnote")]
        assert screen.nav.current.id == "3"
        assert "treffer 1/1 voor “31 066”" in ui.shown(screen, "#status")


async def test_footnotes_view_of_the_question_and_of_the_document(make_app, loaded, ui):
    app = make_app(parse_path(LETTER, cache=None), LETTER)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("v")
        view = app.screen
        assert isinstance(view, FootnotesView)
        text = ui.screen_text(app)
        assert "Voetnoten bij 1 (1)" in text
        assert "[1] De Telegraaf, 18 februari 2024." in text
        await pilot.press("escape")
        await pilot.press("j", "v")  # question 2 has none: every footnote of the document
        text = ui.screen_text(app)
        assert "Voetnoten in het document (2)" in text
        assert "[2] Kamerstuk 31 066, nr. 1350.  bij vraag 3" in text
        await pilot.press("down", "enter")
        assert app.screen is screen
        assert screen.nav.current.id == "3"


async def test_footnotes_without_a_placed_mark_are_in_the_document_head(make_app, loaded, ui):
    path = SAMPLES / "lijst-eenregelig.txt"
    # its mark (``vragen1``, in the intro) taken away: a footnote without a placed mark
    doc = parse_path(path, cache=None)
    assert [(r.key, r.field) for r in doc.footnote_refs] == [("1", "intro")]
    doc = doc.model_copy(update={"footnote_refs": []})
    assert doc.footnotes and not doc.footnote_refs
    app = make_app(doc, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("d")
        assert ui.shown(screen, "#answer-pane").endswith(
            "Voetnoten\n\n[1] De vragen van de Tweede Kamer zijn hier letterlijk weergegeven zoals ze aan de "
            "Algemene Rekenkamer zijn voorgelegd.")
