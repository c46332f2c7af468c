"""86 Kamervragen documents as PyPDF2 / python-docx text (kamervragen-limburg).

Every row parses without error and gets a kind; every document whose text
has ``Vraag N`` and ``Antwoord N`` labels yields exactly the labelled
questions, with an answer for each number an answer label names.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path

import pytest

from tests.corpus import SHARED, need_shared

pytestmark = need_shared

from parsers import parse_text

CSV = SHARED / "corpus" / "kamervragen-limburg" / "questions.csv"
KINDS = {"kamervragen", "mededeling", "unknown"}
_LABEL = re.compile(r"(?m)^\s*(Vraag|Antwoord)\s*((?:op\s+)?(?:vraag\s*)?\d[\d\s,–-]*(?:(?:en|t/m)\s*\d+)?)\s*:?\s*$")


def _rows() -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(CSV, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _expand(label: str) -> set[int]:
    """Independent of the grammar: ``2 t/m 6``, ``4-7``, ``1 en 4`` -> numbers."""
    label = re.sub(r"^(?:op\s+)?(?:vraag\s*)?", "", label.strip())
    out: set[int] = set()
    for a, b in re.findall(r"(\d+)\s*(?:(?:t/m|–|-)\s*(\d+))?", label):
        out.update(range(int(a), int(b or a) + 1))
    return out


def _labels(text: str) -> tuple[set[int], set[int]]:
    asked: set[int] = set()
    answered: set[int] = set()
    for kind, nums in _LABEL.findall(text):
        (asked if kind == "Vraag" else answered).update(_expand(nums))
    return asked, answered


def test_every_row_parses_and_labelled_rounds_match(capsys):
    rows = _rows()
    assert len(rows) == 86
    labelled = matched = 0
    misses = []
    for row in rows:
        doc = parse_text(row["text_content"], row["name"])
        assert doc.meta.kind in KINDS
        asked, answered = _labels(row["text_content"])
        if not (asked and answered):
            continue
        labelled += 1
        got = {q.number for q in doc.questions()}
        got_answered = {q.number for q in doc.questions() if q.answer is not None}
        if got == asked and got_answered == answered & asked:
            matched += 1
        else:
            misses.append(row["name"])
    with capsys.disabled():
        print(f"\nkamervragen-limburg: {matched}/{labelled} labelled rounds match their labels")
    assert labelled == 36
    assert misses == []


def _doc(prefix: str):
    row = next(r for r in _rows() if r["name"].startswith(prefix))
    return parse_text(row["text_content"], row["name"])


def test_pypdf2_aanhangsel_lost_spaces():
    doc = _doc("Antwoord_op_vragen_van_het_lid_Daniëlle_")
    assert doc.meta.kind == "kamervragen"
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Daniëlle Jansen", "Nieuw Sociaal Contract")]
    assert (doc.meta.date_submitted, doc.meta.date) == (dt.date(2024, 10, 30), dt.date(2024, 11, 19))
    assert len(doc.questions()) == 11
    assert doc.question("1").text == "Bent u op de hoogte van bovenstaand bericht en BDO-onderzoek?"
    assert all("NOS, 29 oktober 2024" not in (q.answer.text if q.answer else "") for q in doc.questions())


def test_docx_letters_numbered_styles():
    doc = _doc("Antwoord_op_vragen_van_het_lid_Nordkamp_")  # "1. Kunt u …?" then "Antwoord:"
    assert doc.meta.zaak == "2024Z17972" and doc.meta.document_number == "617"
    assert [q.id for q in doc.questions()] == ["1", "2", "3", "4", "5", "6"]
    assert doc.question("1").answer.text == "Ja."
    doc = _doc("Antwoord_op_vragen_van_het_lid_Beckerman.docx")  # "1" alone, then "Antwoord"
    assert [q.id for q in doc.questions()] == [str(n) for n in range(1, 8)]
    assert doc.question("1").text.startswith("Welke mogelijkheden bestaan er om in de toekomst")
    assert doc.question("1").answer.text.startswith("Om te borgen dat de waterinjectie veilig")


def test_mededeling_and_questions_only():
    doc = _doc("Uitstel_beantwoording_vragen_van_de_lede.pdf")
    assert doc.meta.kind == "mededeling"
    assert [(q.id, q.answer) for q in doc.questions()] == [(str(n), None) for n in range(1, 10)]
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Van den Hil", "VVD"), ("Bikker", "ChristenUnie")]
    doc = _doc("Zorg_voor_zwangere_vrouwen_en_baby")
    assert doc.meta.kind == "kamervragen" and doc.meta.zaak == "2024Z18659"
    assert [(a.name, a.party) for a in doc.meta.askers] == [
        ("Slagt-Tichelman", "GroenLinks-PvdA"), ("Piri", "GroenLinks-PvdA")]
    assert all(q.answer is None for q in doc.questions()) and len(doc.questions()) == 14


@pytest.mark.parametrize("prefix", ["Uitstel_beantwoording_vragen_van_de_lede.docx"])
def test_mededeling_letter_without_questions(prefix):
    doc = _doc(prefix)
    assert doc.meta.kind == "mededeling"
    assert doc.questions() == []
    assert "niet binnen de gebruikelijke termijn" in doc.intro
