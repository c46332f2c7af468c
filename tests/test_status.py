"""Answer status: the classifier on one text, and ``annotate`` on documents."""

from __future__ import annotations

import pytest

from parsers.annotate import annotate
from parsers.annotate.status import answer_status
from parsers.model import Answer, Document, Faction, Question

# (name, input, expected status)
STATUSES = [
    ("seed-by-reference", "Zie antwoord vraag 4.", "by-reference"),
    ("het-antwoord-op", "Zie het antwoord op vraag 3.", "by-reference"),
    ("verwijs-ik", "Voor het antwoord op deze vraag verwijs ik naar mijn antwoord op vraag 2.", "by-reference"),
    ("kortheidshalve", "Kortheidshalve verwijs ik naar het antwoord op vraag 5.", "by-reference"),
    ("list", "Zie de antwoorden op vragen 2 en 3.", "by-reference"),
    ("other-faction", "Zie antwoord vraag 3 van de leden van de CDA-fractie.", "by-reference"),
    ("reference-plus-content", "Zie antwoord vraag 4. Daarnaast is het budget verhoogd.", "answered"),
    ("external-only", "Zie de beantwoording in Kamerstuk 36725 X nr. 6 (zie beantwoording vragen 36 en 37).",
     "answered"),
    ("empty", "", "missing"),
    ("whitespace", "  \n ", "missing"),
    ("stray-markup", " ** ", "missing"),
    ("short-yes", "Ja.", "answered"),
    ("seed-ja-want", "Ja, want Defensie is een van de strategische middelen van invloed voor het rijk.", "answered"),
    ("separate-brief", "Hier kom ik in een separate brief op terug.", "deferred"),
    ("kom-ik-op-terug", "Daar kom ik later op terug.", "deferred"),
    ("subject-first", "Ik kom hier voor de zomer op terug.", "deferred"),
    ("kabinet-komt-terug", "Het kabinet komt daar in het najaar op terug.", "deferred"),
    ("zal-informeren", "Ik zal uw Kamer hierover voor de zomer informeren.", "deferred"),
    ("kabinet-aparte-brief", "Het kabinet zal uw Kamer in een aparte brief informeren over de uitkomsten.", "deferred"),
    ("mededeling", "Mededeling\n\nDe vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.", "deferred"),
    ("meer-tijd", "De beantwoording van deze vragen vergt meer tijd dan voorzien, omdat afstemming nodig is.",
     "deferred"),
    ("passive-future-info-is-answered",
     "Uw Kamer wordt hierover in de Stand van Defensie van dit najaar geïnformeerd.", "answered"),
    ("long-answer-with-promise",
     "Het kabinet streeft ernaar om een percentage van 50 procent te realiseren. " * 12
     + "Ik zal uw Kamer hierover informeren.", "answered"),
]


@pytest.mark.parametrize(("name", "text", "want"), STATUSES, ids=[c[0] for c in STATUSES])
def test_status(name, text, want):
    assert answer_status(text) == want


def test_none_is_missing():
    assert answer_status(None) == "missing"


def _doc(answers: list[Answer | None]) -> Document:
    qs = [Question(id=f"SP-{i}", number=i, text="Vraag?", answer=a) for i, a in enumerate(answers, 1)]
    return Document(factions=[Faction(name="SP", questions=qs)])


def test_annotate_sets_statuses_and_lists_unanswered():
    doc = annotate(_doc([
        Answer(text="Ja."),
        Answer(text="Zie antwoord vraag 1."),
        None,
        Answer(text=""),
        Answer(text="Daar kom ik later op terug."),
    ]))
    assert [q.answer.status if q.answer else None for q in doc.questions()] == [
        "answered", "by-reference", None, "missing", "deferred",
    ]
    assert doc.report.questions_without_answer == ["SP-3", "SP-4"]


def test_grammar_status_is_kept():
    doc = annotate(_doc([
        Answer(text="Zie antwoord vraag 2.", status="deferred"),
        Answer(text="Ja.", status="missing"),
        Answer(text="Nee."),
    ]))
    assert [q.answer.status for q in doc.questions()] == ["deferred", "missing", "answered"]
    assert doc.report.questions_without_answer == ["SP-2"]


def test_annotate_twice_is_stable():
    doc = _doc([Answer(text="Ja."), None, Answer(text="Zie antwoord vraag 1.")])
    doc.report.questions_without_answer.append("SP-2")  # already listed by a grammar
    once = annotate(doc).to_jsonable()
    assert annotate(doc).to_jsonable() == once
    assert doc.report.questions_without_answer == ["SP-2"]


def test_title_intro_and_closing_are_annotated():
    doc = Document(intro="Ontvangen 19 juni 2026", closing="(Kamerstuk 36800-K)")
    doc.meta.title = "Wijziging van de begroting 2026 (€ 5 miljoen)"
    annotate(doc)
    assert [(f.field, f.question, f.text) for f in doc.figures] == [
        ("title", None, "€ 5 miljoen"), ("intro", None, "19 juni 2026"),
    ]
    assert [(c.field, c.id) for c in doc.citations] == [("closing", "dossier-36800-K")]
