"""Questions answered jointly: one stop, each question's text, the answer once."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from parsers import parse_path
from parsers.model import Answer, XRef
from tui.screens.navigation import Navigator
from tui.widgets.joint import number_list
from tui.widgets.outline import Outline

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZE = (120, 40)
JOINT = SAMPLES / "kamervragen-gezamenlijke-antwoorden.txt"


def joint_doc():
    return parse_path(JOINT, cache=None)


def test_number_list():
    assert number_list([3, 4, 5, 6]) == "3–6"
    assert number_list([1, 3, 5]) == "1, 3 en 5"
    assert number_list([3, 4]) == "3 en 4"


def test_navigator_stops_at_each_group_once():
    nav = Navigator.for_document(joint_doc())
    assert [nav.questions[i].id for i in nav.stops] == ["1", "2", "4", "8", "11", "12"]
    assert [q.id for q in nav.group] == ["1", "3", "5"]
    seen = []
    for _ in range(8):
        seen.append(nav.current.id)
        nav.go(nav.step(1))
    assert seen == ["1", "2", "4", "8", "11", "12", "12", "12"]
    assert nav.current.id == "12"
    nav.go(nav.index_of("9"))  # a member is read at its group
    assert nav.current.id == "8"
    assert nav.step(-1) == nav.index_of("4")


def test_search_finds_a_joint_answer_once():
    nav = Navigator.for_document(joint_doc())
    assert nav.search("zes weken") == 1
    assert nav.hits[0].index == nav.index_of("1") and nav.hits[0].field == "answer"


async def test_group_is_one_entry_and_one_stop(make_app, loaded, ui):
    app = make_app(joint_doc(), JOINT)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one(Outline)
        prompts = [outline.get_option_at_index(i).prompt.plain for i in range(outline.option_count)]
        assert prompts[:2] == ["Document", "Vragen (12)"]
        assert [p[:24] for p in prompts[2:]] == [
            "  1 ✓  Vragen 1, 3 en 5:", "  2 ✓  Hoeveel mensen wa", "  4 ½  Vragen 4, 6 en 7:",
            "  8 ✓  Vragen 8–10: Hoev", " 11 ✓  Kunt u deze vrage", " 12 ✓  Kunt u de monitor"]
        assert ui.title(screen, "#question-pane") == "Vragen 1, 3 en 5"
        body = ui.shown(screen, "#question-pane")
        assert body.startswith("Vraag 1\nKent u het bericht «Wachtlijsten in de thuiszorg»?\n\nVraag 3\n"
                               "Hoe lang is de gemiddelde wachttijd?\n\nVraag 5\nWelke maatregelen")
        assert ui.title(screen, "#answer-pane") == "Antwoord op vragen 1, 3 en 5"
        answer = ui.shown(screen, "#answer-pane")
        assert answer.count("Ja, ik ken het bericht.") == 1
        assert ui.shown(screen, "#status") == "1, 3 en 5 · 1/6"  # the status names every question of the group
        await pilot.press("j", "j")
        assert ui.title(screen, "#question-pane") == "Vragen 4, 6 en 7"
        # 4, 6 and 7 print one text under "Vraag 4, 5 6 en 7": shown once
        assert ui.shown(screen, "#question-pane").startswith("Vragen 4, 6 en 7\nWelke maatregelen")
        assert ui.shown(screen, "#question-pane").count("Welke maatregelen") == 1
        await pilot.press("j")
        assert ui.title(screen, "#question-pane") == "Vragen 8–10"
        assert ui.shown(screen, "#status") == "8–10 · 4/6"
        await pilot.press("k")
        assert screen.nav.current.id == "4"
        # a jump to a member lands on its group
        await pilot.press("colon", *"9", "enter")
        assert screen.nav.current.id == "8"
        await pilot.press("Y")
        copied = app.clipboard
        assert copied.startswith("Vragen 8–10\nHoeveel zorgaanbieders")
        assert copied.count("Van de 1.050 zorgaanbieders") == 1
        assert "Antwoord op vragen 8–10\nVan de 1.050" in copied


async def test_search_steps_over_a_joint_answer_once(make_app, loaded, ui):
    app = make_app(joint_doc(), JOINT)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")
        await pilot.press("slash", *"1 juli", "enter")
        assert screen.query_one("#search-input", Input).value == "1 juli"
        assert len(screen.nav.hits) == 1
        assert screen.nav.current.id == "1"  # wrapped to the group that holds it
        assert "treffer 1/1" in ui.shown(screen, "#status")


async def test_follow_to_a_member_goes_to_its_group(make_app, loaded, ui, doc):
    sp = doc.factions[0].questions
    a4 = sp[3].answer
    sp[3].answer = a4.model_copy(update={"joint": [4, 5]})
    sp[4].answer = Answer(text=a4.text, parts=a4.parts, joint=[4, 5], shared_with="SP-4")
    doc.xrefs = [XRef(**{"from": "Visseren-Hamakers-1", "to": "SP-5", "text": "antwoord vraag 5",
                         "field": "answer", "start": 4, "end": 20})]
    app = make_app(doc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("G")
        assert screen.nav.current.id == "Visseren-Hamakers-1"
        await pilot.press("f")
        assert screen.nav.current.id == "SP-4"
        assert ui.title(screen, "#question-pane") == "Vragen 4 en 5 · SP"
        assert ui.title(screen, "#answer-pane") == "Antwoord op vragen 4 en 5"
        await pilot.press("j")
        assert screen.nav.current.id == "VOLT-1"
        await pilot.press("b", "b")
        assert screen.nav.current.id == "Visseren-Hamakers-1"
