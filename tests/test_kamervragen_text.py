"""Clean question and answer text in Kamervragen: what a line break split is
rejoined, real hyphens, list items and table rows stay."""

from __future__ import annotations

import csv
import sys

from parsers import parse_text
from parsers.recognise.kamervragen_clean import Ln
from parsers.recognise.kamervragen_render import render
from parsers.recognise.unwrap import vocabulary
from tests.corpus import SHARED, need_shared


def _lines(*paras: list[str]) -> list[Ln]:
    """Lines grouped in blocks (paragraphs), as a reader gives them."""
    return [Ln(t, None, None, b) for b, para in enumerate(paras) for t in para]


def test_wrapped_lines_and_page_split_sentences_are_joined():
    lines = _lines(["Het geld is bestemd voor de middelen voor de"], ["F-35, de modulaire bewapening en de rest."])
    assert render(lines) == "Het geld is bestemd voor de middelen voor de F-35, de modulaire bewapening en de rest."
    lines = _lines(["Dit staat in het DPO (Kamerstuk 27 830,", "nr."], ["489) en in de brief."])
    assert render(lines) == "Dit staat in het DPO (Kamerstuk 27 830, nr. 489) en in de brief."
    lines = _lines(["De bank richt een compliance", "-functie in, met drie medewerkers en een eigen budget."])
    assert render(lines) == "De bank richt een compliance-functie in, met drie medewerkers en een eigen budget."
    lines = _lines(["Zie de website (https://", "www.rijksoverheid.nl/onderwerpen) voor meer informatie over dit."])
    assert render(lines) == "Zie de website (https://www.rijksoverheid.nl/onderwerpen) voor meer informatie over dit."


def test_list_items_paragraphs_and_acronyms_stay_apart():
    lines = _lines(["De vertraging is ontstaan doordat:", "- de controle handmatig gebeurt;",
                    "- het budget laat beschikbaar kwam."], ["Dat is opgelost."])
    assert render(lines) == ("De vertraging is ontstaan doordat:\n- de controle handmatig gebeurt;\n"
                             "- het budget laat beschikbaar kwam.\n\nDat is opgelost.")
    lines = _lines(["De evaluatie van de milieustudie", "(IEA) in het kader van het project volgt later."])
    assert render(lines) == "De evaluatie van de milieustudie (IEA) in het kader van het project volgt later."
    lines = _lines(["Meldingen per grond:", "Leeftijd"], ["Meldingen in 2021"])  # a table: rows stay
    assert render(lines) == "Meldingen per grond: Leeftijd\n\nMeldingen in 2021"
    lines = _lines(["De minister van Financiën,"], ["E. Heinen"])  # a signature
    assert render(lines) == "De minister van Financiën,\n\nE. Heinen"


def test_inline_hyphen_of_a_lost_line_break():
    text = "De beant-woording volgt. De beantwoording duurt lang. Het ICT-project en de defensie-uitgaven blijven."
    lines = _lines([text])
    got = render(lines, vocabulary(text), inline_hyphens=True)
    assert got == ("De beantwoording volgt. De beantwoording duurt lang. Het ICT-project en de defensie-uitgaven "
                   "blijven.")


def test_pypdf2_footnote_number_before_the_full_stop():
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 maart 2024).\n"
        "Antwoord van Minister Heinen (Financiën) (ontvangen 18 maart 2024).\n"
        "Vraag 1\nWat kost de maatregel?\nAntwoord 1\nDe prijs stijgt met 11 à 12 cent per liter\n"
        "1. In 2023 is Europese wetgeving aangenomen.\n"
        "1PBL, Klimaat- en Energieverkenning 2023\n"
    )
    doc = parse_text(text, "pypdf2.txt")
    assert doc.question("1").answer.text == (
        "De prijs stijgt met 11 à 12 cent per liter. In 2023 is Europese wetgeving aangenomen.")
    assert [(u.reason, u.text) for u in doc.report.unplaced] == [
        ("footnote reference", "1"), ("footnote 1", "1PBL, Klimaat- en Energieverkenning 2023")]


@need_shared
def test_limburg_answers_have_no_line_break_inside_a_sentence():
    """Every single line break left in a question or answer of the 86 rows
    opens a list item or a table row (checked by hand: row 15's table)."""
    import re

    csv.field_size_limit(sys.maxsize)
    path = SHARED / "corpus" / "kamervragen-limburg" / "questions.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    odd = []
    for row in rows:
        doc = parse_text(row["text_content"], row["name"])
        for q in doc.questions():
            for text in (q.text, q.answer.text if q.answer else ""):
                for m in re.finditer(r"[^\s.?!:;]\n(?!\n)(.{0,12})", text):
                    if not re.match(r"\d{1,2}\. |[-–•] ", m[1]):
                        odd.append((row["name"][:30], q.id, m[0]))
    assert odd == []
