"""Commitments (*toezeggingen*) in the reader: highlighted in the answer,
listed by ``T`` (deadline, who, what, question; Enter jumps)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.tui.audit_doc import COMMIT1, COMMIT2, VOLT1, audited_doc
from tui.highlight import STYLES
from tui.screens import commitments as commitments_module

SIZE = (120, 40)


def styles_at(content, start: int, end: int) -> set[str]:
    return {str(s.style) for s in content.spans if s.start <= start and s.end >= end}


async def test_commitments_are_highlighted_in_the_answer(make_app, loaded, ui):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("J")
        body = screen.query_one("#answer-pane").body.visual
        at = body.plain.index(COMMIT1)
        assert STYLES["commitment"] in styles_at(body, at, at + len(COMMIT1))
        at2 = body.plain.index(COMMIT2)
        assert STYLES["commitment"] in styles_at(body, at2, at2 + len(COMMIT2))
        goed = body.plain.index("Goed.")
        assert STYLES["commitment"] not in styles_at(body, goed, goed + 5)
        assert body.plain.startswith(VOLT1)


@pytest.fixture
def fixed_today(monkeypatch):
    monkeypatch.setattr(commitments_module, "today", lambda: dt.date(2026, 9, 1))


async def test_commitments_view_lists_deadline_who_what_and_question(make_app, loaded, ui, fixed_today):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("T")
        await pilot.pause()
        text = ui.screen_text(app)
        assert "Toezeggingen (2)" in text
        assert "VOLT-1 · 2026-07-01 (voor de zomer), te laat · Minister van Defensie" in text
        assert "    informeren: Ik informeer uw Kamer voor de zomer over de voortgang." in text
        assert "VOLT-1 · (zo spoedig mogelijk) · Minister van Defensie" in text
        assert "    actie: Het kabinet zal de regels zo spoedig mogelijk aanpassen." in text
        assert "toezegging door: ‘Ik informeer uw Kamer’" in text  # the highlighted row's detail
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is screen and screen.nav.current.id == "VOLT-1"
        assert screen.nav.back_stack == [0]  # b goes back to SP-1
        await pilot.press("b")
        assert screen.nav.current.id == "SP-1"


async def test_commitments_view_of_a_document_without_them(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("T")
        await pilot.pause()
        assert "In de antwoorden van dit document staan geen toezeggingen." in ui.screen_text(app)
        await pilot.press("escape")
        assert type(app.screen).__name__ == "ReaderScreen"


async def test_commitment_not_yet_due_is_not_late(make_app, loaded, ui, monkeypatch):
    monkeypatch.setattr(commitments_module, "today", lambda: dt.date(2026, 6, 30))
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("T")
        await pilot.pause()
        text = ui.screen_text(app)
        assert "VOLT-1 · 2026-07-01 (voor de zomer) · Minister van Defensie" in text
        assert "te laat" not in text


async def test_help_and_remapping_of_the_commitments_key(tmp_path, monkeypatch, loaded, ui):
    from tui.app import create_app

    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"commitments": "Z"}), encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    target = tmp_path / "hand.txt"
    target.write_text("x", encoding="utf-8")
    document = audited_doc()
    app = create_app(target, parser=lambda p: document)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        help_text = " ".join(ui.shown(app.screen, "#help-text").split())
        assert "T toezeggingen in de antwoorden: termijn, wie, wat, vraag" in help_text
        assert "toezegging (T toont ze allemaal)" in help_text
        await pilot.press("escape", "T")
        assert type(app.screen).__name__ == "ReaderScreen"
        await pilot.press("Z")
        assert type(app.screen).__name__ == "CommitmentsView"


async def test_a_real_document_from_the_light_cache(tmp_path, monkeypatch, ui):
    """A cached sample opens as light objects: marks, note, u and T work on them."""
    import shutil

    from parsers import parse_path
    from parsers.cache import ENV_VAR, Cache
    from parsers.light import LightDocument
    from tests.corpus import SAMPLES
    from tui.app import create_app

    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    monkeypatch.setattr(commitments_module, "today", lambda: dt.date(2026, 9, 1))
    target = tmp_path / "kamervragen-gezamenlijke-antwoorden.txt"
    shutil.copy(SAMPLES / target.name, target)
    parse_path(target, cache=Cache(tmp_path / "cache"))
    app = create_app(target)
    app.animation_level = "none"
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen.doc, LightDocument)
        assert "│  4 ½  Vragen 4, 6 en 7: Welke …" in ui.screen_text(app)  # one entry for the group
        await pilot.press("u")
        assert screen.nav.current.id == "4"
        body = ui.shown(screen, "#answer-pane")
        assert "Antwoordcontrole: deels beantwoord\n• deelvraag 4 · uitgesteld: " in body
        pane = screen.query_one("#answer-pane").body.visual
        at = pane.plain.index("Ik informeer uw Kamer voor de zomer over de voortgang.")
        assert STYLES["commitment"] in styles_at(pane, at, at + 20)
        await pilot.press("T")
        await pilot.pause()
        # the commitment answers the whole joint group, and says so
        assert "4 (vragen 4, 6 en 7) · 2024-07-01 (voor de zomer), te laat · Minister Kuipers" in ui.screen_text(app)
