"""Footnote marks left in running text and footnotes typed after a plain
text's last paragraph (parsers/footnote_marks.py, parsers/readers/text_notes.py)."""

from __future__ import annotations

import pytest

from parsers import parse_path, parse_text
from parsers.footnote_marks import marks
from tests.corpus import SAMPLES

KV = """Vragen van het lid Jansen (SP) aan de Minister van Infrastructuur en Waterstaat over de staat van de bruggen (ingezonden 6 mei 2024).

1
Bent u bekend met het bericht «Bruggen in slechte staat» van de krant 1) en de reactie daarop?

2
Hoeveel bruggen moeten dit jaar worden gerepareerd?

3
Wanneer ontvangt de Kamer de planning van het onderhoud? 2)

1) NRC, 3 mei 2024, «Bruggen in slechte staat».
2) Kamerstuk 36 410 A,
nr. 12.
"""

QUESTIONS = [
    ("1", "Bent u bekend met het bericht «Bruggen in slechte staat» van de krant en de reactie daarop?"),
    ("2", "Hoeveel bruggen moeten dit jaar worden gerepareerd?"),
    ("3", "Wanneer ontvangt de Kamer de planning van het onderhoud?"),
]
NOTES = {"1": "NRC, 3 mei 2024, «Bruggen in slechte staat».", "2": "Kamerstuk 36 410 A, nr. 12."}


def _facts(doc):
    return ([(q.id, q.text) for q in doc.questions()], doc.closing, doc.footnotes,
            [(r.key, r.question, r.field, r.start) for r in doc.footnote_refs])


@pytest.mark.parametrize("mark1, mark2, note", [
    (" 1)", " 2)", "{n}) "),      # hand-typed: a space, the number, a parenthesis
    ("¹", "²", "{sup} "),         # superscript digits
    ("1", "2", "{n} "),           # glued to the word or the question mark
])
def test_notes_after_the_last_paragraph_become_footnotes(mark1, mark2, note):
    sup = {"1": "¹", "2": "²"}
    text = KV.replace(" 1) en", mark1 + " en").replace("onderhoud? 2)", "onderhoud?" + mark2)
    text = text.replace("1) NRC", note.format(n="1", sup=sup["1"]) + "NRC")
    text = text.replace("2) Kamerstuk", note.format(n="2", sup=sup["2"]) + "Kamerstuk")
    doc = parse_text(text, "vragen.txt")
    before_mark = "van de krant"
    assert _facts(doc) == (QUESTIONS, "", NOTES, [
        ("1", "1", "question", QUESTIONS[0][1].index(before_mark) + len(before_mark)),
        ("2", "3", "question", len(QUESTIONS[2][1]))])
    assert doc.report.accounting.words_lost == 0 and doc.report.unplaced == []


def test_a_numbered_list_at_the_end_is_not_footnotes():
    text = ("Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 mei 2024).\n\n"
            "1) Bent u bekend met het bericht over vraag 1) en de kosten?\n\n2) Hoeveel kost dat?\n")
    doc = parse_text(text, "vragen.txt")
    assert [q.text for q in doc.questions()] == ["Bent u bekend met het bericht over vraag 1) en de kosten?",
                                                 "Hoeveel kost dat?"]
    assert doc.footnotes == {} and doc.footnote_refs == []


def test_notes_without_all_their_marks_stay_in_the_closing():
    doc = parse_text(KV.replace("onderhoud? 2)", "onderhoud?"), "vragen.txt")
    assert doc.footnotes == {} and doc.footnote_refs == []
    assert doc.closing == "1) NRC, 3 mei 2024, «Bruggen in slechte staat».\n2) Kamerstuk 36 410 A, nr. 12."
    assert doc.questions()[0].text.endswith("van de krant 1) en de reactie daarop?")


@pytest.mark.parametrize("text, found", [
    ("in beheer van Rijkswaterstaat.1 Het", [(30, 31, "1")]),
    ("de kosten2 , zo", [(9, 10, "2")]),
    ("de kosten2 bedragen", [(9, 10, "2")]),
    ("«Titel»?1", [(8, 9, "1")]),
    ("het bericht¹ en", [(11, 12, "1")]),
    ("het bericht 1) en", [(11, 14, "1")]),
    # real numbers are never marks
    ("op grond van artikel 2 en COVID-19 voor € 12", []),
    ("een oppervlak van 40 km2 en 3 m3 water, de CO2 en H2O", []),
    ("een oppervlak van 40 m² en 12 km²", []),
    ("zie vraag 2) en lid 1)", []),
    ("Rijkswaterstaat.3 is geen noot", []),  # no footnote 3
])
def test_marks_are_only_footnote_numbers_glued_to_a_word(text, found):
    assert marks(text, {"1", "2", "12", "19"}, paren=True) == found


def test_nota_answer_loses_the_glued_mark_of_a_page_foot_note():
    doc = parse_path(SAMPLES / "nota-ek-pdftotext.txt")
    answer = doc.question("PVV-1").answer.text
    assert answer.endswith("viaducten in beheer van Rijkswaterstaat.")
    assert [(r.key, r.question, r.field, r.start) for r in doc.footnote_refs] == [("1", "PVV-1", "answer", len(answer))]
    assert doc.footnotes == {"1": "Zie de Staat van de Infrastructuur 2025, Kamerstuk 29 385, nr. 130."}
    assert "1.100 bruggen" in answer  # a number in the text stays
