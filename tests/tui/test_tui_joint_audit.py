"""A joint answer's audit and commitments count for every question of its
group: the outline mark, the note under the answer, ``u``/``U``, the ``T``
view and the library's register of commitments."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_path
from parsers.library import Library, export_document
from parsers.library.register import CommitmentFilter
from parsers.model import Faction
from tui.highlight import STYLES
from tui.report_text import commitments_text
from tui.screens.register_model import register_row
from tui.widgets.outline import Outline

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

#: Question 2 (long) and 3 answered together; the answer gives the number
#: question 2 asks, not the moment question 3 asks, and commits to an action.
JOINT = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2025–2026 Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden
1234
Vragen van het lid Jansen (SP) aan de Minister van Financiën over de kosten van de regeling (ingezonden 3 februari 2026).
Antwoord van Minister Bakker (Financiën) (ontvangen 2 maart 2026).
Vraag 1
Hoeveel kost de regeling per jaar?
Vraag 2
In de brief van 1 februari 2026 schrijft u dat de regeling goed wordt ontvangen door gemeenten en burgers in het hele land. In de brief van 1 februari 2026 schrijft u dat de regeling goed wordt ontvangen door gemeenten en burgers in het hele land. In de brief van 1 februari 2026 schrijft u dat de regeling goed wordt ontvangen door gemeenten en burgers in het hele land. In de brief van 1 februari 2026 schrijft u dat de regeling goed wordt ontvangen door gemeenten en burgers in het hele land. In de brief van 1 februari 2026 schrijft u dat de regeling goed wordt ontvangen door gemeenten en burgers in het hele land. In de brief van 1 februari 2026 schrijft u dat de regeling goed wordt ontvangen door gemeenten en burgers in het hele land. Hoeveel aanvragen zijn er ingediend?
Vraag 3
Wanneer wordt de regeling geëvalueerd?
Antwoord 1
De regeling kost € 12 miljoen per jaar.
Antwoord 2 en 3
Er zijn 340 aanvragen ingediend. Het kabinet zal de regeling verder uitbreiden.
"""


@pytest.fixture
def joint(tmp_path):
    path = tmp_path / "joint.txt"
    path.write_text(JOINT, encoding="utf-8")
    return parse_path(path, cache=None), path


def test_the_parse_this_file_relies_on(joint):
    doc, _path = joint
    q = {x.id: x for x in doc.questions()}
    assert q["3"].answer.shared_with == "2" and q["2"].answer.joint == [2, 3]
    assert (q["2"].audit.result, q["3"].audit.result) == ("answered", "partly")
    assert [(c.question, c.text) for c in doc.commitments] == [("2", "Het kabinet zal de regeling verder uitbreiden.")]


async def test_group_mark_note_and_commitment_count_every_question(make_app, loaded, ui, joint):
    doc, path = joint
    app = make_app(doc, path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one(Outline)
        prompts = [outline.get_option_at_index(i).prompt.plain for i in range(outline.option_count)]
        # the group is marked partly (question 3), not answered (question 2 holds the answer)
        assert [p[:22] for p in prompts[2:]] == ["  1 ✓  Hoeveel kost de", "  2 ½  Vragen 2 en 3: "]
        await pilot.press("j")
        assert screen.nav.current.id == "2"
        assert ui.shown(screen, "#answer-pane") == (
            "Er zijn 340 aanvragen ingediend. Het kabinet zal de regeling verder uitbreiden.\n\n"
            "Antwoordcontrole vraag 3: deels beantwoord\n"
            "• vraagt om een moment; het antwoord noemt geen datum of termijn")
        content = screen.query_one("#answer-pane")._rendered.content
        assert [content.plain[s.start:s.end] for s in content.spans if s.style == STYLES["commitment"]] == [
            "Het kabinet zal de regeling verder uitbreiden."]


async def test_open_parts_of_a_group_member_are_reached_and_shown(make_app, loaded, joint):
    doc, path = joint
    app = make_app(doc, path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        qpane = screen.query_one("#question-pane")
        await pilot.press("u")
        await pilot.pause()
        assert screen.nav.current.id == "2"
        assert app.notes[-1] == ("1/1 · 3, deelvraag 1 · deels beantwoord: vraagt om een moment; "
                                 "het antwoord noemt geen datum of termijn")
        # the long question 2 comes first in the pane: it scrolled down to question 3
        assert qpane.scroll_y > 0
        region = qpane.body.visual.plain.split("\n")
        assert "Vraag 3" in region
        await pilot.press("u")
        assert app.notes[-1] == "Geen open deelvraag meer na 2"
        await pilot.press("U")  # the only open part is here: none before it (it used to say so for the group's parts)
        assert app.notes[-1] == "Geen open deelvraag vóór 2"
        await pilot.press("g", "U")
        assert app.notes[-1] == "Geen open deelvraag vóór 1"


async def test_same_text_group_has_one_open_place(make_app, loaded):
    path = SAMPLES / "kamervragen-gezamenlijke-antwoorden.txt"
    app = make_app(parse_path(path, cache=None), path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        # questions 4, 6 and 7 are one text shown once: one open part, not three
        await pilot.press("u")
        assert screen.nav.current.id == "4" and app.notes[-1].startswith("1/1 · 4, deelvraag 4 · uitgesteld")
        await pilot.press("u")
        assert app.notes[-1] == "Geen open deelvraag meer na 4"
        await pilot.press("U")
        assert app.notes[-1] == "Geen open deelvraag vóór 4"


async def test_commitments_view_names_the_group_and_jumps_to_it(make_app, loaded, joint):
    doc, path = joint
    app = make_app(doc, path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("T")
        await pilot.pause()
        view = app.screen
        rows = view.query_one("OptionList")
        assert rows.get_option_at_index(0).prompt.plain == (
            "2 (vragen 2 en 3) · geen termijn · Minister Bakker (Financiën)\n"
            "    actie: Het kabinet zal de regeling verder uitbreiden.")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.nav.current.id == "2"


def test_register_files_a_joint_commitment_under_every_asking_faction(tmp_path, joint):
    doc, path = joint
    # question 3 asked by another faction (as in a nota whose joint answer spans blocks)
    q3 = doc.factions[0].questions.pop()
    doc.factions.append(Faction(name="CDA", questions=[q3]))
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "joint.txt").write_text(JOINT, encoding="utf-8")
    lib = Library(folder, tmp_path / "cache", parse=lambda p, cache=None: doc, workers=1)
    try:
        lib.refresh()
        for faction in ("SP", "CDA"):
            rows = lib.commitments(CommitmentFilter(faction=faction))
            assert [(r["question_id"], r["factions"], r["commitment"]) for r in rows] == [
                ("2", "SP, CDA", "Het kabinet zal de regeling verder uitbreiden.")], faction
        assert lib.commitments(CommitmentFilter(faction="VVD")) == []
        row = lib.commitments()[0]
        assert row["questions"] == "2, 3"
        assert register_row(row, 120).plain.split("\n")[1] == \
            "    joint.txt · vragen 2 en 3 · Minister Bakker (Financiën)"
        assert commitments_text([row], width=100).split("\n")[1] == "    joint.txt  vragen 2 en 3"
    finally:
        lib.close()


def test_commitments_table_export_names_the_group(joint):
    doc, _path = joint
    lines = export_document(doc, "csv", name="joint.txt", table="commitments").splitlines()
    assert lines[0] == "question,action,due,due_text,due_kind,who,trigger,text,questions"
    assert lines[1].startswith("2,act,") and lines[1].endswith(',"2, 3"')
