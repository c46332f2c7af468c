"""The confidence banner and the parse report view (``r``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_path
from parsers.model import Check, Unplaced
from tui.check_messages import TEMPLATES, check_message
from tui.screens.parse_report import ParseReportView, question_at_line

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZE = (120, 40)


def sample(name: str):
    path = SAMPLES / name
    return parse_path(path, cache=None), path


def test_every_check_code_of_the_parser_has_a_dutch_template():
    """The codes listed in parsers/checks.py's docstring each have a template."""
    import re

    import parsers.checks as checks

    codes = set(re.findall(r"``([a-z]+(?:-[a-z]+)+)``", checks.__doc__))
    codes -= {"no-answer"}
    assert codes and codes <= set(TEMPLATES), codes - set(TEMPLATES)
    assert {"no-answer:none", "no-answer:deferred", "no-answer:empty"} <= set(TEMPLATES)


def test_check_message_fills_params_and_falls_back_to_english():
    gap = Check(code="numbering-gap", message="x", question="SP-8", params={"missing": "7", "before": "8"})
    assert check_message(gap) == "Vraag 7 ontbreekt vóór vraag 8"
    deferred = Check(code="no-answer", message="x", question="3", params={"reason": "deferred"})
    assert check_message(deferred) == "Het antwoord op vraag 3 is uitgesteld"
    unknown = Check(code="brand-new", message="something\nnew [bold]here[/]")
    assert check_message(unknown) == "something new [bold]here[/]"


def test_question_at_line_is_the_last_question_starting_before_it():
    doc, _ = sample("kamervragen-gezamenlijke-antwoorden.txt")
    first = doc.questions()[0]
    assert question_at_line(doc, first.location.line - 1) is None
    assert question_at_line(doc, first.location.line) == first.id
    assert question_at_line(doc, 10_000) == doc.questions()[-1].id


async def test_banner_and_report_on_an_uncertain_document(make_app, loaded, ui):
    doc, path = sample("kamervragen-gezamenlijke-antwoorden.txt")
    assert doc.report.confidence < 0.8
    app = make_app(doc, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.pause()
        assert ui.shown(screen, "#confidence-banner") == (
            "Structuur onzeker (0,75): 1 waarschuwing — r: parse-rapport")
        assert "Structuur onzeker (0,75)" in ui.screen_text(app).splitlines()[1]
        await pilot.press("r")
        view = app.screen
        assert isinstance(view, ParseReportView)
        text = ui.screen_text(app)
        assert "Parse-rapport · zekerheid 0,75 (" in text
        assert "Label ‘Vraag l2’ is onleesbaar; de tekst staat bij vraag 12" in text
        assert "In label ‘Vraag 4, 5 6 en 7’ ontbreekt een scheidingsteken; gelezen als 4, 5, 6, 7" in text
        assert "Niet geplaatst · paginaopmaak" in text
        # the unreadable label is the second check: Enter goes to question 12
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.nav.current.id == "12"
        assert ui.title(screen, "#question-pane").startswith("Vraag 12")
        await pilot.press("b")  # the jump is remembered
        assert screen.nav.current.id == "1"


async def test_no_banner_on_a_sure_document_but_the_report_opens(make_app, loaded, ui):
    doc, path = sample("kamervragen-ah.xml")
    assert doc.report.confidence >= 0.8
    app = make_app(doc, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert not screen.query("#confidence-banner")
        await pilot.press("r")
        assert isinstance(app.screen, ParseReportView)
        assert "Het parse-rapport is leeg" in ui.screen_text(app)
        await pilot.press("escape")
        assert app.screen is screen


async def test_banner_names_the_remapped_key(make_app, loaded, ui, tmp_path, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text('{"parse-report": "R"}', encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    doc, path = sample("kamervragen-brief-zonder-nummers.txt")
    app = make_app(doc, path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.pause()
        assert ui.shown(screen, "#confidence-banner").endswith("— R: parse-rapport")
        await pilot.press("R")
        assert isinstance(app.screen, ParseReportView)


async def test_unplaced_text_before_the_first_question_has_no_place(make_app, loaded, ui, doc):
    doc.report.confidence = 0.5
    doc.report.unplaced.append(Unplaced(text="Losse regel", line=None, reason="not placed by the recogniser"))
    app = make_app(doc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.pause()
        assert ui.shown(screen, "#confidence-banner") == "Structuur onzeker (0,50) — r: parse-rapport"
        await pilot.press("r", "enter")
        assert isinstance(app.screen, ParseReportView)
        assert "“Losse regel”" in ui.screen_text(app)
        assert app.notes[-1] == "Dat staat niet in een vraag (maar in de inleiding of het slot)"
