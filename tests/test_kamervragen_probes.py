"""Kamervragen layouts found by probing with self-written documents in the
real formats (issue 12): each sample below is a small document in the
format, and each fact asserted is read from it by hand.

* PyPDF2 text: labels without a space (``Vraag5``), the page's running
  footer glued to the next label (``…, Aanhangsel 1Vraag5``) and a footnote
  on a line of its own with a space after its number (``1 De Telegraaf, …``);
* OB HTML whose answers are headed by ``p.nummer`` with a set of numbers
  (``2 en 3``);
* older OB XML (``vragen``/``omschr``/``nummer``/``toelicht``) with the
  answer's cover line between the questions and the answers;
* text copied from a PDF with ligatures (``ﬁ``), soft hyphens and
  non-breaking spaces in the labels.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers import parse_path, parse_text
from parsers.readers.markup_common import label_kind
from parsers.readers.text import printed_text

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _answers(doc):
    return [(q.id, q.answer.joint if q.answer else None, q.answer.shared_with if q.answer else None)
            for q in doc.questions()]


def test_pypdf_text_glued_footer_label_and_spaced_footnote():
    doc = parse_path(SAMPLES / "kamervragen-pypdf-lijmwerk.txt")
    m = doc.meta
    assert (m.publication_id, m.date_submitted, m.date) == (
        "ah-tk-20232024-1877", dt.date(2024, 4, 22), dt.date(2024, 5, 16))
    assert [(a.name, a.party) for a in m.askers] == [("Van Haga", "Groep Van Haga")]
    assert m.answerer == "Minister Van Rij (Financiën)"
    assert [(q.id, q.label) for q in doc.questions()] == [
        ("1", "Vraag1"), ("2", "Vraag2"), ("3", "Vraag3 en 4"), ("4", "Vraag3 en 4"), ("5", "Vraag5")]
    assert _answers(doc) == [("1", None, None), ("2", None, None), ("3", [3, 4], None), ("4", [3, 4], "3"),
                             ("5", None, None)]
    # the label after the footer opens question 5; the footnote is not answer text
    assert doc.question("4").answer.text == "Ja, de belasting stijgt met 5 cent per kubieke meter."
    assert doc.question("5").text == "Bent u bereid de verhoging te schrappen?"
    assert (doc.question("5").answer.label, doc.question("5").answer.text) == ("Antwoord5", "Nee.")
    reasons = {u.text: u.reason for u in doc.report.unplaced}
    assert reasons["1 De Telegraaf, 20 april 2024."] == "footnote 1"
    assert reasons["Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"] == "page furniture (running footer)"
    assert doc.report.checks == [] and doc.report.accounting.words_lost == 0


def test_spaced_number_in_running_text_is_not_a_footnote():
    # a footnote mark the converter put at a line start (``DSA.\n2 Artikelen``)
    # is followed by more text, not by the page's footer
    text = ("Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 maart 2024).\n"
            "Vraag 1\nKlopt dit?\nAntwoord 1\nDe Commissie onderzoekt dat.\n2 Artikelen 74 en\n"
            "76 van de verordening geven de Commissie die bevoegdheid.\n"
            "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\nVraag 2\nEn nu?\nAntwoord 2\nNee.\n")
    doc = parse_text(text, "v.txt")
    assert doc.question("1").answer.text == (
        "De Commissie onderzoekt dat.\n2 Artikelen 74 en 76 van de verordening geven de Commissie die bevoegdheid.")
    assert not any(u.reason.startswith("footnote") for u in doc.report.unplaced)


def test_ob_html_answers_headed_by_a_set_of_numbers():
    doc = parse_path(SAMPLES / "kamervragen-ah-nummer.html")
    m = doc.meta
    assert (m.publication_id, m.date_submitted, m.date) == (
        "ah-tk-20242025-1102", dt.date(2025, 1, 14), dt.date(2025, 2, 4))
    assert [(a.name, a.party) for a in m.askers] == [("Tielen", "VVD"), ("Daniëlle Jansen", "NSC")]
    assert _answers(doc) == [("1", None, None), ("2", [2, 3], None), ("3", [2, 3], "2"), ("4", None, None)]
    assert doc.question("3").answer.label == "Antwoord 2 en 3"
    assert doc.question("2").answer.text.startswith("In 2024 hebben 14 van de 110 huisartsenposten")
    assert doc.question("1").text.startswith("“Huisartsen stoppen met avonddiensten” – bent u bekend")
    assert doc.question("4").answer.text == "Ik ben hierover al in overleg."
    assert doc.footnotes == {"1": "NOS, 12 januari 2025.", "2": "Kamerstuk 29 247, nr. 450."}
    assert doc.report.unplaced == [] and doc.report.warnings == []


@pytest.mark.parametrize("text, kind, label", [
    ("2 en 3", "answer", "Antwoord 2 en 3"),
    ("4, 5 en 6", "answer", "Antwoord 4, 5 en 6"),
    ("6–8", "question", "Vraag 6–8"),
    ("7", "answer", "Antwoord 7"),
])
def test_bare_number_sets_are_labels(text, kind, label):
    assert label_kind(text, kind) == (kind, label)


def test_older_ob_xml_answer_cover_line_between_questions_and_answers():
    doc = parse_path(SAMPLES / "kamervragen-ah-oud.xml")
    m = doc.meta
    assert (m.publication_id, m.date_submitted, m.date, m.title) == (
        "ah-tk-20082009-2231", dt.date(2009, 3, 12), dt.date(2009, 4, 2), "De aanschaf van de JSF")
    assert m.answerer == "minister Van Middelkoop (Defensie)"
    assert [(q.id, q.text, q.answer.text) for q in doc.questions()] == [
        ("1", "Klopt het dat de kosten van de testtoestellen met 20 procent zijn gestegen?",
         "Nee. De kosten zijn met 12 procent gestegen."),
        ("2", "Wanneer ontvangt de Kamer de volgende voortgangsrapportage?",
         "De Kamer ontvangt de rapportage voor 1 juni 2009."),
    ]
    assert doc.intro.endswith("Antwoord van minister Van Middelkoop (Defensie). (Ontvangen 2 april 2009)")
    assert "Toelichting: deze vragen zijn een aanvulling" in doc.intro
    assert doc.footnotes == {"1": "Aanhangsel Handelingen, vergaderjaar 2008–2009, nr. 1505."}


def test_ligatures_soft_hyphens_and_nbsp_labels():
    doc = parse_path(SAMPLES / "kamervragen-ligaturen.txt")
    assert doc.meta.title == "De files op de A12"
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Paternotte", "D66"), ("Van der Werf", "D66")]
    assert doc.question("2").text.startswith("Hoeveel fileuren stonden er in 2023")
    assert doc.question("5").text == "Welke tijdelijke maatregelen neemt u om de doorstroming te verbeteren?"
    assert _answers(doc) == [
        ("1", None, None), ("2", [2, 3, 4], None), ("3", [2, 3, 4], "2"), ("4", [2, 3, 4], "2"), ("5", None, None),
        ("6", [6, 7, 8], None), ("7", [6, 7, 8], "6"), ("8", [6, 7, 8], "6")]
    assert doc.question("2").answer.label == "Antwoord 2 – 4"
    assert doc.question("7").label == "Vraag 6 t/m 8"
    assert (doc.question("8").answer.status, doc.question("8").answer.text) == (
        "by-reference", "Zie het antwoord op vraag 5.")
    d = parse_text("Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6\u00a0maart 2024).\n\n"
                   "Vraag\u00a01\nEen?\n\nVraag 2\nTwee?\n\nAntwoord\u00a01\u00a0–\u00a02\nSamen.\n", "v.txt")
    assert _answers(d) == [("1", [1, 2], None), ("2", [1, 2], "1")]
    assert d.meta.date_submitted == dt.date(2024, 3, 6)


def test_printed_text():
    assert printed_text("ﬁles en ﬂuctuaties") == "files en fluctuaties"
    assert printed_text("ver\u00adbeteren") == "verbeteren"
    assert printed_text("door\u00ad\nstroming") == "door-\nstroming"  # a break there: the line join decides
