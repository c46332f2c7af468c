"""Answer lists whose questions have no number and no label
(parsers/recognise/lijst_unnumbered.py, parsers/readers/flat_unnumbered.py)."""

from __future__ import annotations

import pytest

import parsers
from tests.corpus import SAMPLES, SHARED, need_shared

Q1 = "Hoeveel waterschappen hebben hun dijken in 2024 laten keuren?"
A1 = ("Alle 21 waterschappen hebben hun primaire keringen in 2024 laten keuren. De keuring van twee regionale "
      "keringen loopt nog.")
A2 = ("De kosten stijgen vooral door hogere prijzen van bouwmaterialen. Wij hebben niet onderzocht welk deel de "
      "huishoudens betalen.")
A2_MORE = "Voor dat deel verwijzen wij naar de Unie van Waterschappen."
TITLE = "Antwoorden Algemene Rekenkamer bij vragen van de Tweede Kamer over het rapport Waterschappen in beeld"


@pytest.mark.parametrize("name, sep", [("antwoordlijst-zonder-nummers.txt", "\n"),
                                       ("antwoordlijst-zonder-nummers-eenregelig.txt", " ")])
def test_questions_without_numbers_after_the_list_title(name, sep):
    doc = parsers.parse_path(SAMPLES / name)
    assert doc.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert str(doc.meta.date) == "2025-05-12"
    qs = doc.questions()
    assert [(q.id, q.number, q.label) for q in qs] == [("1", 1, None), ("2", 2, None)]
    assert qs[0].text == Q1 and qs[0].answer.text == A1
    # questions that ask one after another are one question; the answer runs to the end
    assert qs[1].text == f"Waarom stijgen de kosten van het onderhoud?{sep}Welk deel daarvan betalen de huishoudens?"
    assert " ".join(qs[1].answer.text.split()) == f"{A2} {A2_MORE}"
    assert doc.intro.endswith(TITLE)
    # the numbers are not printed: reported, and the confidence stays below 0.8
    assert [(c.code, c.params.get("numbers")) for c in doc.report.checks] == [("numbers-inferred", "1, 2")]
    assert doc.report.confidence == pytest.approx(0.79)
    assert doc.report.unplaced == []


TOPICS = [
    "Algemene Rekenkamer",
    "BETREFT Beantwoording mondelinge vragen Tweede Kamer over het Verantwoordingsonderzoek 2024",
    "Geachte heer Bosma,",
    "Tijdens de technische briefing heeft de commissie ons enkele mondelinge vragen gesteld. Hierbij bieden wij u "
    "onze reactie aan.",
    "Reactie Algemene Rekenkamer bij mondelinge vragen van de Tweede Kamer over de koppeling van het budget aan het bni",
    "Het budget beweegt sinds 2026 mee met het bni. De commissie vroeg wat dat betekent voor het budget.",
    "Reactie Algemene Rekenkamer bij mondelinge vragen van de Tweede Kamer over de kosten van de opvang",
    "De kosten van de opvang dalen in 2027. Het verschil blijft in de begroting.",
]


@pytest.mark.parametrize("joiner", ["\n\n", "    "], ids=["lines", "one-line"])
def test_topic_headings_over_prose_answers(joiner):
    doc = parsers.parse_text(joiner.join(TOPICS) + "\n", "reactie.txt")
    assert doc.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert [(q.number, q.text, q.answer.text) for q in doc.questions()] == [
        (1, TOPICS[4], TOPICS[5]), (2, TOPICS[6], TOPICS[7])]
    assert "Hierbij bieden wij u onze reactie aan." in doc.intro
    assert [c.code for c in doc.report.checks] == ["numbers-inferred"]
    assert doc.report.confidence < 0.8


def test_a_letter_without_a_list_title_is_not_read_as_unnumbered_questions():
    text = ("Geachte heer Bosma,\n\nU vroeg ons of de regeling werkt. Werkt de regeling?\n\n"
            "Dat weten wij niet. Wij onderzoeken het in 2026.\n")
    doc = parsers.parse_text(text, "brief.txt")
    assert doc.questions() == [] and doc.meta.kind == "unknown"


FOLDER = SHARED / "corpus" / "rekenkamer-answer-lists"


@need_shared
def test_rekenkamer_letter_with_one_unnumbered_question():
    doc = parsers.parse_path(next(FOLDER.glob("090-*.txt")))
    (q,) = doc.questions()
    assert q.text == ("Heeft het bestuurscollege van Bonaire de capaciteit om de door u voorgestelde analyse uit te "
                      "voeren?")
    assert q.answer.text.startswith("Het openbaar lichaam Bonaire heeft de afgelopen jaren verschillende")
    assert q.answer.text.endswith("zou het openbaar lichaam deze expertise van externe partijen kunnen betrekken.")
    assert doc.report.confidence < 0.8


@need_shared
def test_rekenkamer_reaction_to_oral_questions_by_topic():
    doc = parsers.parse_path(next(FOLDER.glob("181-*.txt")))
    q1, q2 = doc.questions()
    assert q1.text == ("Reactie Algemene Rekenkamer bij mondelinge vragen van de Tweede Kamer over de herstelde "
                       "koppeling van het ODA-budget aan het bruto binnenlands inkomen (bni)")
    assert q1.answer.text.startswith("Bij de technische briefing op 5 juni 2025 presenteerden wij onderstaande tabel.")
    assert q2.text.endswith("over de financiële effecten van de lagere kosten voor de eerstejaarsopvang van "
                            "asielzoekers aan Nederland")
    assert q2.answer.text.startswith("Zoals bekend mogen onder meer de kosten van de eerstejaarsopvang")
    assert "Hierbij bieden wij u onze reactie op deze vragen aan." in doc.intro
    assert doc.report.confidence < 0.8
