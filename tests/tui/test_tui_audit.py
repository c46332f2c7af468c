"""The answer audit in the reader: outline marks, the note under the
answer, ``u`` / ``U`` through the open parts."""

from __future__ import annotations

import json

from tests.tui.audit_doc import AMOUNT_REASON, audited_doc
from tui.widgets.audit_marks import audit_note, open_places, step_open

SIZE = (120, 40)


def outline_lines(app, ui) -> list[str]:
    """The outline's rows as the screen shows them (left column), after its
    ``Document`` entry."""
    lines = ui.screen_text(app).splitlines()
    assert lines[2][1:33].rstrip() == "Document"
    return [line[1:33].rstrip() for line in lines[3:15]]


async def test_outline_marks_each_question_by_its_audit(make_app, loaded, ui):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        rows = outline_lines(app, ui)
        assert rows[:12] == [
            "SP (5)",
            "  1 ✓  Kan de regering reflecte…",
            "  2 ?  Welke informatiecategori…",
            "  3 →  Welk percentage gaat naa…",
            "  4 ½  Kan de regering aangeven…",
            "  5 ↗  Kan de regering deze inf…",
            "VOLT (2)",
            "  1 ½  Hoe staat het met de bal…",
            "  2 ✓  Kunt u alles toelichten?",
            "Visseren-Hamakers (1)",
            "  1 ↗  Een laatste vraag over d…",
            "",
        ]


async def test_outline_marks_in_ascii_mode(make_app, loaded, ui):
    app = make_app(audited_doc(), ascii=True)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        rows = outline_lines(app, ui)
        assert [r[:6] for r in rows[1:6]] == ["  1 + ", "  2 ? ", "  3 > ", "  4 ~ ", "  5 ^ "]
        await pilot.press("question_mark")
        help_text = ui.shown(app.screen, "#help-text")
        assert ("Tekens in het overzicht (antwoordcontrole): + beantwoord, ~ deels beantwoord, > uitgesteld, "
                "^ beantwoord met een verwijzing, x onbeantwoord, "
                "? geen antwoord gevonden (controleer het document)") in help_text


async def test_help_explains_the_marks_and_the_open_keys(make_app, loaded, ui):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        help_text = " ".join(ui.shown(app.screen, "#help-text").split())
        assert ("Tekens in het overzicht (antwoordcontrole): ✓ beantwoord, ½ deels beantwoord, → uitgesteld, "
                "↗ beantwoord met een verwijzing, ✗ onbeantwoord") in help_text
        assert "u volgende open deelvraag: deels beantwoord, uitgesteld of onbeantwoord" in help_text
        assert "U vorige open deelvraag" in help_text


async def test_a_question_without_audit_keeps_its_status_mark(make_app, loaded, ui):
    app = make_app()  # the plain hand-built document: no audit
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        rows = outline_lines(app, ui)
        assert rows[1].startswith("  1    Kan") and rows[3].startswith("  3 …  Welk")


async def test_the_audit_note_under_the_answer(make_app, loaded, ui):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        # answered: no note
        assert "Antwoordcontrole" not in ui.shown(screen, "#answer-pane")
        screen.goto(3)  # SP-4: part b not answered
        await pilot.pause()
        body = ui.shown(screen, "#answer-pane")
        assert body.endswith("\n\nAntwoordcontrole: deels beantwoord\n"
                             f"• deelvraag 2 (b) · deels beantwoord: {AMOUNT_REASON}")
        assert body.startswith("Antwoord 4a.\nIn de beantwoording")  # the answer itself unchanged
        await pilot.press("k")  # SP-3: one part, deferred
        assert ui.shown(screen, "#answer-pane").endswith(
            "\n\nAntwoordcontrole: uitgesteld\n• het antwoord volgt later (‘Dat volgt in de Stand van Defensie’)")
        await pilot.press("k")  # SP-2: no answer found, not sure
        assert ui.shown(screen, "#answer-pane") == (
            "Voor deze vraag is geen antwoord gevonden.\n\n"
            "Antwoordcontrole: geen antwoord gevonden (controleer het document)\n• geen antwoord gevonden")
        # the note is not copied with the answer
        await pilot.press("G")
        assert "Antwoordcontrole: beantwoord met een verwijzing" in ui.shown(screen, "#answer-pane")
        assert "Antwoordcontrole" not in screen.nav.current.answer.text
        # an answer that only refers (status by-reference): its title says so, no note
        screen.goto(4)
        await pilot.pause()
        assert ui.title(screen, "#answer-pane") == "Antwoord 5 (beantwoord met een verwijzing)"
        assert ui.shown(screen, "#answer-pane") == "Zie antwoord vraag 4."


async def test_the_audit_note_in_english_keeps_the_dutch_reason(make_app, loaded, ui, english):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        screen.goto(3)
        await pilot.pause()
        assert ui.shown(screen, "#answer-pane").endswith(
            f"\n\nAnswer audit: partly answered\n• part 2 (b) · partly answered: {AMOUNT_REASON}")


async def test_next_and_previous_open_part_keys(make_app, loaded, ui):
    app = make_app(audited_doc())
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("u")
        assert screen.nav.current.id == "SP-2"
        assert app.notes[-1] == ("1/4 · SP-2, deelvraag 1 · geen antwoord gevonden (controleer het document): "
                                 "geen antwoord gevonden")
        await pilot.press("u", "u")
        assert screen.nav.current.id == "SP-4"
        assert app.notes[-1] == f"3/4 · SP-4, deelvraag 2 (b) · deels beantwoord: {AMOUNT_REASON}"
        await pilot.press("u")
        assert screen.nav.current.id == "VOLT-1"
        await pilot.press("u")  # the last one: stays, and says so
        assert screen.nav.current.id == "VOLT-1"
        assert app.notes[-1] == "Geen open deelvraag meer na VOLT-1"
        await pilot.press("U")
        assert screen.nav.current.id == "SP-4" and app.notes[-1].startswith("3/4 · SP-4, deelvraag 2 (b)")
        await pilot.press("g", "U")
        assert screen.nav.current.id == "SP-1" and app.notes[-1] == "Geen open deelvraag vóór SP-1"
        # from a question, without having stepped to its part: the next is in a later question
        await pilot.press("j", "j", "u")
        assert screen.nav.current.id == "SP-4"


async def test_open_part_keys_scroll_the_question_to_the_part(make_app, loaded, doc):
    from parsers.model import Audit, PartAudit

    long = "\n\n".join(f"Alinea {i} met uitleg." for i in range(1, 40)) + "\n\nHoeveel kost dat?"
    document = audited_doc()
    q = document.factions[1].questions[1]  # VOLT-2
    q.text = long
    start = long.index("Hoeveel")
    q.audit = Audit(result="partly", reason="x", parts=[PartAudit(
        index=1, text="Hoeveel kost dat?", start=start, end=len(long), asks="amount", result="partly",
        reason=AMOUNT_REASON)])
    app = make_app(document)
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("G", "U")
        await pilot.pause()
        assert screen.nav.current.id == "VOLT-2"
        pane = screen.query_one("#question-pane")
        assert pane.max_scroll_y > 20 and pane.scroll_y > 20  # near the end, where the part is


async def test_open_part_keys_in_a_document_without_open_parts(make_app, loaded):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("u")
        assert screen.nav.current.id == "SP-1"
        assert app.notes[-1].startswith("Geen open deelvragen in dit document")


async def test_open_part_keys_can_be_remapped(tmp_path, monkeypatch, loaded):
    from tui.app import create_app

    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"next-open": "x", "previous-open": "X"}), encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    target = tmp_path / "hand.txt"
    target.write_text("x", encoding="utf-8")
    document = audited_doc()
    app = create_app(target, parser=lambda p: document)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("x")
        assert screen.nav.current.id == "SP-2"
        await pilot.press("u")  # no longer bound
        assert screen.nav.current.id == "SP-2"
        await pilot.press("x")
        assert screen.nav.current.id == "SP-3"
        await pilot.press("X")
        assert screen.nav.current.id == "SP-2"


def test_step_open_counts_from_the_part_or_the_question():
    places = [(1, 0), (3, 1), (3, 2), (5, 0)]
    assert step_open(places, (3, None), 1) == (5, 0)
    assert step_open(places, (3, 1), 1) == (3, 2)
    assert step_open(places, (3, None), -1) == (1, 0)
    assert step_open(places, (3, 2), -1) == (3, 1)
    assert step_open(places, (5, 0), 1) is None and step_open(places, (1, 0), -1) is None
    assert open_places(audited_doc().questions()) == [(1, 0), (2, 0), (3, 1), (5, 0)]


def test_no_note_for_an_answered_question_or_without_audit(doc):
    assert audit_note(audited_doc().factions[0].questions[0]) is None
    assert audit_note(doc.factions[0].questions[3]) is None
