"""Questions listed first, answers after them all (issue 12).

A letter, Aanhangsel or lijst that prints every question and then every
answer, the numbers restarting under an answers heading (``Antwoorden``,
``Antwoord op de vragen``) or as ``Antwoord N`` labels after all ``Vraag N``:
each answer goes to the question with its number. It used to land in the
last question, questions 1..n-1 reported unanswered.
"""

from __future__ import annotations

import parsers
from parsers import parse_text
from tests.corpus import SAMPLES


def _facts(doc) -> list[tuple[int, str, str | None, list[int] | None]]:
    """Question number, question's first words, answer's first words, joint numbers."""
    out = []
    for q in doc.questions():
        a = q.answer
        out.append((q.number, " ".join(q.text.split()[:3]), " ".join(a.text.split()[:4]) if a else None,
                    a.joint if a else None))
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())


KAMERVRAGEN = [
    (1, "Kunt u bevestigen", "Ja, het bedrijf staat", None),
    (2, "Zijn er ook", "Dat is niet bekend.", None),
    (3, "Welk beleid geldt", "Het handelsbeleid van de", None),
]


def test_letter_with_vragen_then_antwoorden_pairs_by_number():
    doc = parsers.parse_path(SAMPLES / "kamervragen-vragen-eerst.txt")
    assert doc.meta.kind == "kamervragen"
    assert _facts(doc) == KAMERVRAGEN
    answers = [q.answer.text for q in doc.questions()]
    assert answers[2] == "Het handelsbeleid van de Nederlandse overheid."  # no other answer glued on
    assert doc.intro.endswith("Vragen\n\nAntwoorden")  # the two headings, not an answer
    assert doc.report.accounting.words_lost == 0
    assert not any("without an answer" in w for w in doc.report.warnings)


def test_letter_as_one_line_pairs_by_number():
    text = (SAMPLES / "kamervragen-vragen-eerst.txt").read_text(encoding="utf-8")
    doc = parse_text(_one_line(text), name="vragen-eerst-eenregelig.txt")
    assert _facts(doc) == KAMERVRAGEN
    assert doc.report.accounting.words_lost == 0


def test_html_ordered_lists_under_vragen_and_antwoorden():
    doc = parsers.parse_path(SAMPLES / "kamervragen-vragen-eerst.html")
    assert [(n, a) for n, _, a, _ in _facts(doc)] == [
        (1, "Ja, het bedrijf staat"), (2, "Dat is niet bekend."), (3, "Het handelsbeleid van de")]


def test_aanhangsel_bare_numbers_joint_answer_and_list_inside_answer():
    doc = parsers.parse_path(SAMPLES / "kamervragen-vragen-eerst-aanhangsel.txt")
    assert _facts(doc) == [
        (1, "Kunt u bevestigen", "Ja. Twee punten: 1.", None),
        (2, "Welke andere bedrijven", "Dat is niet bekend.", [2, 3]),
        (3, "Welk beleid geldt", "Dat is niet bekend.", [2, 3]),
    ]
    # the list 1. 2. inside answer 1 stays in it: it is no new answer run
    assert doc.questions()[0].answer.text.endswith("2. het bedrijf heeft een stand.")


def test_lijst_vragen_then_antwoorden_with_inner_list_and_joint_answer():
    doc = parsers.parse_path(SAMPLES / "lijst-vragen-eerst.txt")
    assert doc.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert _facts(doc) == [
        (1, "Hoeveel bedrijven gebruikten", "Twee soorten bedrijven gebruikten", None),
        (2, "Hoe zijn de", "Het noorden ontving 18%", None),
        (3, "Wat kost het", "Het warmtefonds kost 300", [3, 4]),
        (4, "Wanneer komt de", "Het warmtefonds kost 300", [3, 4]),
    ]
    first = doc.questions()[0].answer.text
    assert "1. kleine bedrijven, 8.000;" in first and first.endswith("2. grote bedrijven, 4.500.")
    assert doc.intro.endswith("Vragen\n\nAntwoorden") and doc.headings == []
    assert doc.report.accounting.words_lost == 0


LIJST_LABELS = """Tweede Kamer der Staten-Generaal

Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 14 november 2025

De vaste commissie voor Economische Zaken heeft een aantal vragen voorgelegd aan de Minister.

Vraag 1
Hoeveel bedrijven gebruikten de regeling?

Vraag 2
Hoe zijn de middelen verdeeld?

Vraag 3
Wat kost het warmtefonds?

Antwoord 1
In 2025 waren het 12.500 bedrijven.

Antwoord 2 en 3
Het noorden ontving 18%; het fonds kost 300 miljoen.
"""


def test_lijst_vraag_labels_then_antwoord_labels():
    doc = parse_text(LIJST_LABELS, name="lijst.txt")
    assert _facts(doc) == [
        (1, "Hoeveel bedrijven gebruikten", "In 2025 waren het", None),
        (2, "Hoe zijn de", "Het noorden ontving 18%;", [2, 3]),
        (3, "Wat kost het", "Het noorden ontving 18%;", [2, 3]),
    ]


FALLBACK = """Notitie over de subsidieregeling

Vragen

1. Hoeveel bedrijven gebruikten de subsidieregeling in 2025?

2. Hoe zijn de middelen over de regio's verdeeld?

3. Wat kost het warmtefonds in 2026?

Antwoorden

1. In 2025 gebruikten 12.500 bedrijven de regeling.

2. Het noorden ontving 18% van de middelen.

3. Het warmtefonds kost 300 miljoen euro.
"""


def test_general_numbered_fallback_pairs_by_number():
    doc = parse_text(FALLBACK, name="notitie.txt")
    assert doc.report.grammar == "fallback"
    assert [(n, a) for n, _, a, _ in _facts(doc)] == [
        (1, "In 2025 gebruikten 12.500"), (2, "Het noorden ontving 18%"), (3, "Het warmtefonds kost 300")]


INTERLEAVED = """Tweede Kamer der Staten-Generaal

Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 14 november 2025

De vaste commissie voor Economische Zaken heeft een aantal vragen voorgelegd aan de Minister.

1. Hoeveel bedrijven gebruikten de regeling?

Antwoord:
Het waren er 12.500.

2. Hoe werkt het warmtefonds?

Antwoord:
In twee stappen:

1. de aanvraag;

2. de uitbetaling.
"""


def test_numbered_list_inside_the_last_answer_is_no_answer_run():
    # answers follow each question: a restart at 1 inside the last answer
    # is a list in it, not the answers to questions listed first
    doc = parse_text(INTERLEAVED, name="lijst.txt")
    assert _facts(doc) == [
        (1, "Hoeveel bedrijven gebruikten", "Het waren er 12.500.", None),
        (2, "Hoe werkt het", "In twee stappen: 1.", None),
    ]
    assert doc.questions()[1].answer.text.endswith("2. de uitbetaling.")


def test_letter_list_inside_an_answer_is_not_the_next_answer():
    # ``1.`` answer, ``1.`` ``2.`` list items as paragraphs, ``2.`` answer:
    # the list restarts inside answer 1; its ``2.`` is not answer 2 because a
    # later paragraph carries 2 before answer 3
    text = (SAMPLES / "kamervragen-vragen-eerst.txt").read_text(encoding="utf-8").replace(
        "1. Ja, het bedrijf staat op de lijst van standhouders.",
        "1. Ja, in twee opzichten:\n\n1. het bedrijf staat op de lijst;\n\n2. het bedrijf heeft een stand.")
    for doc in (parse_text(text, name="brief.txt"), parse_text(_one_line(text), name="brief.txt")):
        assert [(n, a) for n, _, a, _ in _facts(doc)] == [
            (1, "Ja, in twee opzichten:"), (2, "Dat is niet bekend."), (3, "Het handelsbeleid van de")]
        assert doc.questions()[0].answer.text.split()[-4:] == ["bedrijf", "heeft", "een", "stand."]
