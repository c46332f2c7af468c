"""``vragenronde show`` and ``--plain`` with what the reader adds to a text:
footnote marks ``[1]`` and footnote lines, a Mededeling in place of an
answer, a joint-answer group shown once, the answer audit per question and
the provenance line (exact output on a hand-built document)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.model import (
    Answer, Audit, Document, Faction, FootnoteRef, Meta, Notice, Part, Question,
)
from tests.test_cli import call
from tui.plain_doc import render_document

Q1 = "Kent u het bericht over de wachtlijsten?"
A1 = "Ja. Zie ook de monitor."


def handmade() -> Document:
    """Five Kamervragen: 1 with footnotes, 2–4 answered jointly (3 and 4 one
    text), 5 deferred by a Mededeling."""
    def audit(result, reason, certain=True):
        return Audit(result=result, reason=reason, certain=certain)

    qs = [
        Question(id="1", number=1, text=Q1, answer=Answer(text=A1), audit=audit("answered", "geeft een standpunt (‘Ja’)")),
        Question(id="2", number=2, text="Hoeveel mensen wachten?",
                 answer=Answer(text="Het zijn er 400; vragen 3 en 4 volgen later.", joint=[2, 3, 4]),
                 audit=audit("answered", "noemt ‘400’")),
        Question(id="3", number=3, text="Wat doet u eraan?",
                 answer=Answer(text="Het zijn er 400; vragen 3 en 4 volgen later.", joint=[2, 3, 4], shared_with="2"),
                 audit=audit("deferred", "het antwoord volgt later")),
        Question(id="4", number=4, text="Wat doet u eraan?",
                 answer=Answer(text="Het zijn er 400; vragen 3 en 4 volgen later.", joint=[2, 3, 4], shared_with="2"),
                 audit=audit("unanswered", "geen antwoord gevonden", certain=False)),
        Question(id="5", number=5, text="Wanneer hoort de Kamer meer?", answer=Answer(text="", status="deferred"),
                 audit=audit("deferred", "een Mededeling stelt de beantwoording uit")),
    ]
    return Document(
        meta=Meta(kind="kamervragen", house="Tweede Kamer", publication_id="ah-tk-20232024-7777",
                  date=dt.date(2024, 3, 25), source_name="hand.txt"),
        factions=[Faction(name=None, questions=qs)],
        footnotes={"1": "De Telegraaf, 4 maart 2024.", "2": "Kamerstuk 31 765, nr. 489."},
        footnote_refs=[FootnoteRef(key="1", question="1", field="question", start=Q1.index("?")),
                       FootnoteRef(key="2", question="1", field="answer", start=len(A1) - 1)],
        notices=[Notice(label="Mededeling van Minister Kuipers (ontvangen 25 maart 2024).",
                        text="Vraag 5 kan niet binnen de termijn worden beantwoord.", questions=["5"])],
    )


BRON = ("Bron: Aanhangsel Handelingen II 2023/24, nr. 7777 (Kamervragen, 25 maart 2024); {which}; "
        "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-7777.html\n")


@pytest.fixture
def shown(monkeypatch, tmp_path, capsys):
    import parsers

    monkeypatch.setattr(parsers, "parse_path", lambda path, cache=None: handmade())
    f = tmp_path / "hand.txt"
    f.write_text("x")

    def show(qid: str) -> str:
        status, out, err = call(capsys, "show", f, qid, "--no-cache")
        assert (status, err) == (0, "")
        return out

    return show


def test_show_puts_footnote_marks_back_and_lists_the_footnotes(shown):
    assert shown("1") == (
        "1 · ah-tk-20232024-7777 · 25 maart 2024 · vraag 1\n\n"
        "Kent u het bericht over de wachtlijsten[1]?\n\n"
        "Antwoord:\n\nJa. Zie ook de monitor[2].\n\n"
        "[1] De Telegraaf, 4 maart 2024.\n[2] Kamerstuk 31 765, nr. 489.\n\n"
        "Antwoordcontrole: beantwoord — geeft een standpunt (‘Ja’)\n\n"
        + BRON.format(which="vraag 1"))


@pytest.mark.parametrize("qid", ["2", "4"])
def test_show_gives_a_joint_group_once(shown, qid):
    assert shown(qid) == (
        f"{qid} · ah-tk-20232024-7777 · 25 maart 2024 · vraag {qid}\n\n"
        "Vraag 2\nHoeveel mensen wachten?\n\n"
        "Vragen 3 en 4\nWat doet u eraan?\n\n"
        "Antwoord op vragen 2–4:\n\nHet zijn er 400; vragen 3 en 4 volgen later.\n\n"
        "Antwoordcontrole vraag 2: beantwoord — noemt ‘400’\n"
        "Antwoordcontrole vraag 3: uitgesteld — het antwoord volgt later\n"
        "Antwoordcontrole vraag 4: geen antwoord gevonden (controleer het document) — geen antwoord gevonden\n\n"
        + BRON.format(which="vragen 2–4"))


def test_show_gives_the_mededeling_in_place_of_the_answer(shown):
    assert shown("5") == (
        "5 · ah-tk-20232024-7777 · 25 maart 2024 · vraag 5\n\n"
        "Wanneer hoort de Kamer meer?\n\n"
        "Antwoord:\n\nMededeling van Minister Kuipers (ontvangen 25 maart 2024).\n\n"
        "Vraag 5 kan niet binnen de termijn worden beantwoord.\n\n"
        "Antwoordcontrole: uitgesteld — een Mededeling stelt de beantwoording uit\n\n"
        + BRON.format(which="vraag 5"))


PLAIN = """ah-tk-20232024-7777 · 25 maart 2024 · hand.txt

Bron: Aanhangsel Handelingen II 2023/24, nr. 7777 (Kamervragen, 25 maart 2024); https://zoek.officielebekendmakingen.nl/ah-tk-20232024-7777.html

Markeringen: «getal»  [[verwijzing]]  →{zie antwoord}

────────────────────────────────────────────────────────────────────────

1 ─ vraag 1

Kent u het bericht over de wachtlijsten[1]?

Antwoord:
Ja. Zie ook de monitor[2].

[1] De Telegraaf, 4 maart 2024.
[2] Kamerstuk 31 765, nr. 489.

Antwoordcontrole: beantwoord — geeft een standpunt (‘Ja’)

2 ─ vraag 2

Hoeveel mensen wachten?

3 ─ vraag 3

Wat doet u eraan?

4 ─ vraag 4

Wat doet u eraan?

Antwoord op vragen 2–4:
Het zijn er 400; vragen 3 en 4 volgen later.

Antwoordcontrole vraag 2: beantwoord — noemt ‘400’
Antwoordcontrole vraag 3: uitgesteld — het antwoord volgt later
Antwoordcontrole vraag 4: geen antwoord gevonden (controleer het document) — geen antwoord gevonden

3 ─ vraag 3

(samen beantwoord met vraag 2; zie daar)

4 ─ vraag 4

(samen beantwoord met vraag 2; zie daar)

5 ─ vraag 5

Wanneer hoort de Kamer meer?

Antwoord:
Mededeling van Minister Kuipers (ontvangen 25 maart 2024).

Vraag 5 kan niet binnen de termijn worden beantwoord.

Antwoordcontrole: uitgesteld — een Mededeling stelt de beantwoording uit
"""


def test_plain_document_with_footnotes_group_notice_and_audit():
    assert render_document(handmade()) == PLAIN


def test_plain_document_points_to_a_notice_shown_before_and_keeps_the_rest():
    doc = handmade()
    doc.notices[0].questions = []  # the notice concerns every question
    doc.footnotes["3"] = "Een voetnoot zonder plaats."
    out = render_document(doc, ascii=True)
    # shown in full at the first question (after its answer, as the reader shows it), then pointed to
    assert out.count("Vraag 5 kan niet binnen de termijn") == 1
    assert ("Antwoord:\nJa. Zie ook de monitor[2].\n\nMededeling van Minister Kuipers (ontvangen 25 maart "
            "2024).\n\nVraag 5 kan niet binnen de termijn worden beantwoord.\n\n[1] De Telegraaf") in out
    assert "Antwoord op vragen 2-4:\nHet zijn er 400; vragen 3 en 4 volgen later.\n\n(zie de mededeling bij vraag 1)" in out
    assert "Antwoord:\n(zie de mededeling bij vraag 1)\n\nAntwoordcontrole: uitgesteld - een Mededeling" in out
    # a footnote whose mark was not placed is kept at the end, once
    assert out.endswith("-- Voetnoten --\n\n[3] Een voetnoot zonder plaats.\n")
    assert out.count("[1] De Telegraaf") == 1


def test_plain_document_keeps_a_notice_no_question_shows():
    doc = handmade()
    doc.notices[0].questions = ["99"]
    out = render_document(doc)
    assert out.endswith("Antwoordcontrole: uitgesteld — een Mededeling stelt de beantwoording uit\n\n"
                        "── Mededeling ──\n\nMededeling van Minister Kuipers (ontvangen 25 maart 2024).\n\n"
                        "Vraag 5 kan niet binnen de termijn worden beantwoord.\n")


def test_show_from_the_light_cache_gives_the_same_group_notice_and_audit(tmp_path):
    """A cache hit answers from the light document (no model): the same output."""
    from tests.corpus import SAMPLES
    from tests.test_cli import run

    env = {"VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache")}
    for name, qid, expect in [
        ("kamervragen-gezamenlijke-antwoorden.txt", "6",
         # one text printed for the three: shown once under their labels, the answer once
         "vraag 6\n\nVragen 4, 6 en 7\nWelke maatregelen neemt u? Wanneer treden zij in werking? Wat kosten zij? "
         "Hoe informeert u de Kamer over de voortgang?\n\nAntwoord op vragen 4, 6 en 7:\n\nDe middelen voor"),
        ("kamervragen-mededeling.txt", "2",
         "Antwoord:\n\nMededeling van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport) "
         "(ontvangen 15 november 2024).\n\nDe vragen kunnen niet binnen de gebruikelijke termijn worden "
         "beantwoord.\n\nAntwoordcontrole: uitgesteld — een Mededeling stelt de beantwoording uit\n\nBron: "),
        ("antwoordbrief-nummering.docx", "1",
         "«Uren in de wacht bij de Belastingtelefoon»?[1]\n\nAntwoord:\n\nJa.\n\n"
         "[1] De Telegraaf, 18 februari 2024.\n\n"),
    ]:
        fresh, cached = (run("show", SAMPLES / name, qid, env=env) for _ in range(2))
        assert (fresh.returncode, fresh.stderr, cached.returncode) == (0, b"", 0)
        assert cached.stdout == fresh.stdout
        assert expect in fresh.stdout.decode("utf-8")
