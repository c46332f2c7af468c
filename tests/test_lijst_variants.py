"""Lijst van vragen en antwoorden: every label variant, and the general
numbered-Q&A fallback for rounds of no known layout (with its negatives)."""

from __future__ import annotations

import pytest

import parsers
from parsers.readers import read_path
from tests.corpus import SAMPLES, SHARED, need_shared

HEAD = "Tweede Kamer der Staten-Generaal\n\nNr. 7 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 3 maart 2026\n\n"


def lijst(body: str):
    return parsers.parse_text(HEAD + body)


def facts(doc):
    return [(q.id, q.label, q.text, q.answer and q.answer.text) for q in doc.questions()]


def test_web_verslag_with_bare_numbers_and_indented_answers():
    d = parsers.parse_path(SAMPLES / "verslag-lijst-vragen-web.txt")
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert [(q.id, q.label, q.answer.label) for q in d.questions()] == [
        ("1", "1", "Antwoord:"), ("2", "2", "Antwoord:"), ("3", "3", "Antwoord:"), ("4", "4", "Antwoord:")]
    q1, q2 = d.question("1"), d.question("2")
    assert q1.text == "Hoeveel huishoudens ontvingen in 2024 een bijstandsuitkering?"
    assert q1.answer.text == ("In 2024 ontvingen 405.000 huishoudens een bijstandsuitkering.\n\n"
                              "Dat is 2 procent minder dan in 2023.")
    # the answer's short sub-headings stay paragraphs of the answer
    assert q2.answer.text == ("Loonkosten\n\nDe loonkosten van werkgevers stijgen met € 650 miljoen.\n\n"
                              "Uitkeringen\n\nDe gekoppelde uitkeringen stijgen met € 480 miljoen.")
    assert d.question("4").answer.text == "De evaluatie ontvangt uw Kamer voor de zomer van 2026."
    assert d.meta.signatories == ["Van Dijk", "Post"]
    assert d.intro.endswith("Vragen en antwoorden")


def test_vraag_labels_with_unlabelled_answers():
    d = lijst("Vraag 1\nHoeveel kost de regeling?\n\nDe regeling kost € 12 miljoen.\n\n"
              "Vraag 2\nWie voert de regeling uit? En wanneer?\n\nRVO voert haar uit.\n\nDat gebeurt vanaf mei.\n")
    assert facts(d) == [
        ("1", "Vraag 1", "Hoeveel kost de regeling?", "De regeling kost € 12 miljoen."),
        ("2", "Vraag 2", "Wie voert de regeling uit? En wanneer?", "RVO voert haar uit.\n\nDat gebeurt vanaf mei."),
    ]


def test_numbered_questions_with_antwoord_colon():
    d = lijst("1. Hoeveel kost de regeling?\n\nAntwoord:\nDe regeling kost € 12 miljoen.\n\n"
              "2. Wie voert haar uit?\n\nAntwoord: RVO.\n")
    assert facts(d) == [("1", "1.", "Hoeveel kost de regeling?", "De regeling kost € 12 miljoen."),
                        ("2", "2.", "Wie voert haar uit?", "RVO.")]
    assert [q.answer.label for q in d.questions()] == ["Antwoord:", "Antwoord:"]


def test_joint_and_combined_labels():
    d = lijst("Vraag 1\nHoeveel kost de regeling?\n\nAntwoord op vraag 1:\n€ 12 miljoen.\n\n"
              "Vraag 2\nWie voert haar uit?\n\nVraag 3\nWanneer begint zij?\n\n"
              "Antwoord op de vragen 2 en 3:\nRVO, vanaf mei.\n\n"
              "Vragen 4 tot en met 6\nKunt u de kosten per jaar, per regio en per sector geven?\n\n"
              "Antwoord vraag 4 t/m 6:\nZie de bijlage.\n")
    assert [q.id for q in d.questions()] == ["1", "2", "3", "4", "5", "6"]
    q2, q3 = d.question("2"), d.question("3")
    assert (q2.answer.joint, q2.answer.shared_with, q3.answer.shared_with) == ([2, 3], None, "2")
    assert q2.answer.text == q3.answer.text == "RVO, vanaf mei."
    assert q2.answer.label == "Antwoord op de vragen 2 en 3:"
    for n in ("4", "5", "6"):
        q = d.question(n)
        assert q.label == "Vragen 4 tot en met 6"
        assert q.text == "Kunt u de kosten per jaar, per regio en per sector geven?"
        assert q.answer.text == "Zie de bijlage." and q.answer.joint == [4, 5, 6]
    assert [d.question(n).answer.shared_with for n in ("4", "5", "6")] == [None, "4", "4"]
    assert not any("answered together" in w for w in d.report.warnings)


def test_question_numbers_of_any_size():
    body = "".join(f"Vraag {n}\nWat kost onderdeel {n}?\n\nAntwoord op vraag {n}:\n€ {n} duizend.\n\n"
                   for n in (9998, 9999, 10000, 10001, 123456))
    d = lijst(body)
    assert [q.number for q in d.questions()] == [9998, 9999, 10000, 10001, 123456]
    assert d.question("10001").answer.text == "€ 10001 duizend."
    assert d.question("10000").text == "Wat kost onderdeel 10000?"
    assert "question numbers 1-9997, 10002-123455 not found (numbering gap)" in d.report.warnings


def test_out_of_order_and_repeated_labels_are_reported():
    d = lijst("Vraag 1\nA?\n\nAntwoord:\nEen.\n\nVraag 3\nC?\n\nAntwoord:\nDrie.\n\n"
              "Vraag 2\nB?\n\nAntwoord:\nTwee.\n\nVraag 3\nC nog eens?\n\nAntwoord:\nNogmaals drie.\n")
    assert [(q.id, q.answer.text) for q in d.questions()] == [
        ("1", "Een."), ("3", "Drie."), ("2", "Twee.\n\nVraag 3\nC nog eens?\n\nAntwoord:\nNogmaals drie.")]
    assert "question 2 comes after question 3 (answered out of order)" in d.report.warnings
    assert any(w.startswith("label 'Vraag 3' (line") and w.endswith("repeats question 3; left in the text")
               for w in d.report.warnings)
    # the repeated label and its text stay visible, in the answer before it


def test_nr_vraag_antwoord_table_on_one_line():
    d = parsers.parse_text("Beantwoording vragen over de begroting 2026 Nr Vraag Antwoord 1 Hoeveel kost de regeling? "
                           "De regeling kost € 12 miljoen. 2 Wanneer begint zij? Zij begint in mei 2026.")
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert facts(d) == [("1", "1", "Hoeveel kost de regeling?", "De regeling kost € 12 miljoen."),
                        ("2", "2", "Wanneer begint zij?", "Zij begint in mei 2026.")]


# --- the general numbered-Q&A fallback ----------------------------------------

ROUND = ("Gemeente Utrecht\n\nFietsenstalling bij het station: stand van zaken\n\n"
         "1. Hoeveel plekken telt de stalling?\n\nDe stalling telt 12.500 plekken.\n\n"
         "2. Wanneer is de uitbreiding klaar?\n\nIn maart 2027.\n\n"
         "3. Wat kost een plek per dag?\n\nDe eerste 24 uur is een plek gratis.\n")


def test_a_round_of_no_known_layout_gets_the_numbered_fallback():
    d = parsers.parse_text(ROUND)
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert facts(d) == [
        ("1", "1.", "Hoeveel plekken telt de stalling?", "De stalling telt 12.500 plekken."),
        ("2", "2.", "Wanneer is de uitbreiding klaar?", "In maart 2027."),
        ("3", "3.", "Wat kost een plek per dag?", "De eerste 24 uur is een plek gratis."),
    ]
    assert d.report.warnings[0] == "no known layout; read as a numbered list of questions and answers"
    assert d.report.confidence <= 0.6
    assert d.intro == "Gemeente Utrecht\n\nFietsenstalling bij het station: stand van zaken"


MVT = ("Memorie van toelichting\n\n1. Inleiding\n\nDit wetsvoorstel regelt de verdeling van de middelen. "
       "Waarom is dat nodig? De huidige verdeling is verouderd.\n\n2. Hoofdlijnen\n\n2.1 Doel\n\n"
       "Het doel is een eerlijke verdeling.\n\n2.2 Uitvoering\n\nDe uitvoering ligt bij de gemeenten.\n\n"
       "3. Financiële gevolgen\n\nHet voorstel kost € 4 miljoen per jaar.\n")


@pytest.mark.parametrize("flat", [False, True], ids=["lines", "one line"])
def test_numbered_headings_are_not_a_round(flat: bool):
    d = parsers.parse_text(" ".join(MVT.split()) if flat else MVT)
    assert d.meta.kind == "unknown"
    assert d.questions() == []
    assert "Dit wetsvoorstel regelt de verdeling" in d.intro


def test_questions_without_answers_are_not_a_round():
    d = parsers.parse_text("Gemeente Utrecht\n\n1. Hoeveel plekken telt de stalling?\n\n"
                           "2. Wanneer is de uitbreiding klaar?\n\n3. Wat kost een plek?\n")
    assert d.meta.kind == "unknown" and d.questions() == []


@need_shared
@pytest.mark.parametrize("name", [
    "tk-kamerstukken-36450/kst-36450-1-koninklijke-boodschap.pdf",
    "tk-kamerstukken-36450/kst-36450-2-voorstel-van-wet.pdf",
    "tk-kamerstukken-36450/kst-36450-3-memorie-van-toelichting.pdf",
    "tk-moties/0787ced2-629a-4d32-ab8f-4b97a7680248.docx",
    "tk-moties/09b97518-8d7c-4a90-a090-28e45bc44920.docx",
])
def test_corpus_negatives_find_no_questions_as_they_are_and_flattened(name: str):
    path = SHARED / "corpus" / name
    assert parsers.parse_path(path).questions() == []
    flat = " ".join(" ".join(b.text for b in read_path(path).blocks).split())
    assert parsers.parse_text(flat).questions() == []


def test_bare_numbers_as_paragraphs_of_their_own():
    # web text copied with a blank line after each number and label
    d = lijst("1\n\nHoeveel mensen ontvingen in 2023 een bijstandsuitkering?\n\n"
              "Antwoord:\n    In 2023 ontvingen 412.000 huishoudens een bijstandsuitkering.\n\n"
              "2.\n\nWat kost de kinderopvangtoeslag?\n\n"
              "Antwoord:\n\n    De uitvoering kost € 85 miljoen per jaar.\n\n"
              "3\n\nWanneer is de evaluatie gereed?\n\nAntwoord:\n    Voor de zomer van 2025.\n")
    assert [(q.id, q.label, q.text, q.answer.label) for q in d.questions()] == [
        ("1", "1", "Hoeveel mensen ontvingen in 2023 een bijstandsuitkering?", "Antwoord:"),
        ("2", "2.", "Wat kost de kinderopvangtoeslag?", "Antwoord:"),
        ("3", "3", "Wanneer is de evaluatie gereed?", "Antwoord:"),
    ]
    assert d.question("2").answer.text == "De uitvoering kost € 85 miljoen per jaar."
    assert d.report.checks == [] and d.report.confidence == 0.95


def test_a_number_alone_that_breaks_the_sequence_stays_in_the_answer():
    d = lijst("1\n\nHoeveel kost het?\n\nAntwoord:\nHet kost € 5 miljoen.\n\n"
              "17\n\nDat bedrag is inclusief btw.\n\n2\n\nWie betaalt het?\n\nAntwoord:\nHet Rijk.\n")
    assert [q.id for q in d.questions()] == ["1", "2"]
    assert d.question("1").answer.text == "Het kost € 5 miljoen.\n\n17\n\nDat bedrag is inclusief btw."
