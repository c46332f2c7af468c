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
_LABEL = re.compile(r"(?m)^\s*(Vra(?:ag|gen)|Antwoord(?:en)?)\s*((?:op\s+)?(?:vra(?:ag|gen)\s*)?\d[\d\s,–-]*(?:(?:en|t/m)\s*\d+)?)\s*:?\s*$")
#: Rows whose labels are misprinted (checked by hand, see the test below).
MISPRINTED = {"Antwoord_op_vragen_van_het_lid_Kathmann_.pdf"}


def _rows() -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(CSV, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _expand(label: str) -> set[int]:
    """Independent of the grammar: ``2 t/m 6``, ``4-7``, ``1 en 4`` -> numbers."""
    label = re.sub(r"^(?:op\s+)?(?:vra(?:ag|gen)\s*)?", "", label.strip())
    out: set[int] = set()
    for a, b in re.findall(r"(\d+)\s*(?:(?:t/m|–|-)\s*(\d+))?", label):
        out.update(range(int(a), int(b or a) + 1))
    return out


def _labels(text: str) -> tuple[set[int], set[int]]:
    asked: set[int] = set()
    answered: set[int] = set()
    for kind, nums in _LABEL.findall(text):
        (asked if kind.startswith("Vra") else answered).update(_expand(nums))
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
        if not (asked and answered) or row["name"] in MISPRINTED:
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
    assert [(q.id, q.answer.status, q.answer.text) for q in doc.questions()] == [
        (str(n), "deferred", "") for n in range(1, 10)]
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Van den Hil", "VVD"), ("Bikker", "ChristenUnie")]
    [notice] = doc.notices
    assert notice.label == ("Mededeling van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport) "
                            "(ontvangen 15 november 2024).")
    assert notice.text.startswith("De vragen van de leden Van den Hil (VVD) en Bikker (ChristenUnie) over het")
    assert notice.text.endswith("Ik zal u zo spoedig mogelijk de antwoorden op de Kamervragen doentoekomen.")
    assert notice.questions == [str(n) for n in range(1, 10)]
    assert "Mededeling" not in doc.question("9").text and "Mededeling van" not in doc.intro
    doc = _doc("Uitstel_beantwoording_vragen_van_het_lid.pdf")  # the notice is followed by footnote 4
    [notice] = doc.notices
    assert notice.text.startswith("Hierbij deel ik u mede dat de schriftelijke vragen van het lid Podt (D66)")
    assert "Kinderombudsman" not in notice.text and notice.questions == [str(n) for n in range(1, 7)]
    doc = _doc("Zorg_voor_zwangere_vrouwen_en_baby")
    assert doc.meta.kind == "kamervragen" and doc.meta.zaak == "2024Z18659"
    assert [(a.name, a.party) for a in doc.meta.askers] == [
        ("Slagt-Tichelman", "GroenLinks-PvdA"), ("Piri", "GroenLinks-PvdA")]
    assert doc.meta.addressees == ["Minister van Asiel en Migratie", "Minister van Volksgezondheid, Welzijn en Sport"]
    assert all(q.answer is None for q in doc.questions()) and len(doc.questions()) == 14
    assert doc.notices == []


def test_mededeling_letters_without_questions():
    doc = _doc("Uitstel_beantwoording_vragen_van_de_lede.docx")
    assert doc.meta.kind == "mededeling"
    assert doc.questions() == []
    [notice] = doc.notices
    assert notice.label == ("Mededeling van staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en "
                            "Natuur) (ontvangen 20 november 2024)")
    assert notice.text.startswith("Op 6 november jl. hebben de leden Gabriëls en Bromet")
    assert "niet binnen de gebruikelijke termijn" in notice.text and notice.questions == []
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Gabriëls", "GroenLinks-PvdA"), ("Bromet", "GroenLinks-PvdA")]
    assert doc.meta.addressees == ["Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
                                   "Staatssecretaris van Infrastructuur en Waterstaat"]
    assert (doc.meta.date, doc.meta.zaak, doc.meta.document_number) == (dt.date(2024, 11, 20), "2024Z17538", "615")
    assert "termijn" not in doc.intro
    doc = _doc("Uitstel_beantwoording_vragen_van_het_lid.docx")
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Flach", "SGP")]
    assert doc.notices[0].text.startswith("De vragen van het lid Flach (SGP) over de beantwoording")


@pytest.mark.parametrize("prefix, count, first", [
    ("Vergunningverlening_aan_escortbureaus", 6, "Kent u het bericht 'Berucht escortbureau Nirvana kreeg"),
    ("Het_bericht_'Israël_saboteert", 13, "Bent u bekend met het volgende artikel 'Israël saboteert"),
    ("De_gepresenteerde_Agenda", 18, "Deelt u de mening dat de politiek meer moet opkomen"),
    ("De_brandbrief_van_enkele_fracties", 2, "Kunt u kennisnemen van de meegestuurde brief?"),
])
def test_docx_questions_without_word_numbers_are_numbered_by_position(prefix, count, first):
    doc = _doc(prefix)
    assert doc.meta.kind == "kamervragen"
    qs = doc.questions()
    assert [q.number for q in qs] == list(range(1, count + 1))
    assert qs[0].text.startswith(first) and all(q.label is None for q in qs)
    [check] = [c for c in doc.report.checks if c.code == "numbers-inferred"]
    assert check.severity == "warning" and check.params["count"] == str(count)
    # the sources are no question: footnote 1, its mark placed in question 1
    assert doc.closing == "" and "1" in doc.footnotes
    assert [(r.key, r.question, r.field) for r in doc.footnote_refs][:1] == [("1", "1", "question")]
    assert doc.meta.date_submitted == dt.date(2024, 11, 20)


def test_yesilgoz_typo_het_leden_and_askers():
    doc = _doc("De_gepresenteerde_Agenda")  # ``Vragen van het leden …`` as printed
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Yeşilgöz-Zegerius", "VVD"), ("Aartsen", "VVD")]
    assert doc.meta.addressees == ["Minister van Sociale Zaken en Werkgelegenheid"]


def test_misprinted_duplicate_label_is_renumbered_and_checked():
    doc = _doc("Antwoord_op_vragen_van_het_lid_Kathmann_.pdf")  # ``Vraag 7`` twice, then ``Antwoord 8``
    assert [q.number for q in doc.questions()] == list(range(1, 11))
    assert (doc.question("8").label, doc.question("7").answer) == ("Vraag 7", None)
    assert doc.question("8").answer.text.startswith("Het oordeel of TikTok de DSA correct genoeg naleeft")
    [check] = [c for c in doc.report.checks if c.code == "label-renumbered"]
    assert (check.question, check.severity) == ("8", "warning")
    assert not [u for u in doc.report.unplaced if not u.reason.startswith(("footnote", "page furniture"))]


def test_joint_answers_plural_label_and_order():
    doc = _doc("Antwoord_op_vragen_van_het_lid_Martens-A")  # ``Antwoorden 5 en 6``
    assert [(q.id, q.answer.joint, q.answer.shared_with) for q in doc.questions() if q.number in (5, 6)] == [
        ("5", [5, 6], None), ("6", [5, 6], "5")]
    doc = _doc("Antwoord_op_vragen_van_het_lid_Boswijk_o.docx")  # ``Antwoord vragen 1,2,3,4 en 5``
    assert [(q.answer.joint, q.answer.shared_with) for q in doc.questions()] == [
        ([1, 2, 3, 4, 5], None)] + [([1, 2, 3, 4, 5], "1")] * 4
    assert doc.question("5").answer.text == doc.question("1").answer.text
    doc = _doc("Antwoord_op_vragen_van_het_lid_Hertzberg")  # ``Vraag 1 en 4`` asked first: document order
    assert [q.number for q in doc.questions()] == [1, 4, 2, 3, 5, 6]
    assert [(q.label, q.answer.joint, q.answer.shared_with) for q in doc.questions()[:2]] == [
        ("Vraag 1 en 4", [1, 4], None), ("Vraag 1 en 4", [1, 4], "1")]
    doc = _doc("Antwoord_op_vragen_van_de_leden_Ellian_e")  # ``Vraag 4, 5, 7 en 8`` then ``Vraag 6``
    assert [q.number for q in doc.questions()] == [1, 2, 3, 4, 5, 7, 8, 6]
    assert doc.question("8").answer.shared_with == "4" and doc.question("6").answer.joint is None


def test_mondelinge_vragen_without_question_text_keep_their_facts():
    """A ``Mondelinge vragen`` registration prints no question: nothing is
    invented, the text is shown whole, and who asked whom is still read."""
    doc = _doc("Het_bericht_‘TEMU_schendt_privacy")
    m = doc.meta
    assert (m.kind, m.document_type, m.zaak, m.date_submitted) == (
        "unknown", "mondelinge vragen", "2024Z18775", dt.date(2024, 11, 19))
    assert [(a.name, a.party) for a in m.askers] == [("Krul", "CDA")]
    assert m.addressees == ["Minister voor Economische Zaken"]
    assert doc.questions() == [] and "Mondelinge vragen van het lid Krul (CDA)" in doc.intro
    doc = _doc("De_uitspraak_van_de_hoge_raad")  # ``…, bij afwezigheid van de Staatssecretaris vanFinanciën, over``
    assert doc.meta.addressees == ["Minister van Economische Zaken"]
