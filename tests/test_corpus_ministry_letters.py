"""The three ministry answer letters (DOCX) of ../shared/corpus/ministry-answer-letters-docx.

Letterhead facts (Datum, Ons kenmerk, Onderwerp), askers and addressees
from the subject and the cover paragraph, the signature, and the joint
answer ``Antwoord op vragen 11, 12 en 13``; read by hand from the letters.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.corpus import SHARED, need_shared

pytestmark = need_shared

from parsers import parse_path

BASE = SHARED / "corpus" / "ministry-answer-letters-docx"


def _doc(name):
    return parse_path(BASE / name)


@pytest.mark.parametrize("name, askers, addressees, date, reference, title_start, count", [
    ("eerdmans-me-arnhem.docx", [("Eerdmans", "JA21")], ["Minister van Justitie en Veiligheid"],
     dt.date(2024, 3, 24), "5303168", "Het bericht dat een ME'er in Arnhem zijn taak niet wilde uitvoeren", 3),
    ("teunissen-pvdd.docx", [("Teunissen", "PvdD")],
     ["Minister van Justitie en Veiligheid", "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur"],
     dt.date(2024, 8, 26), None, "Ernstig dierenleed bij de training en inzet van politiehonden", 22),
    ("wassenberg-pvdd.docx", [("Wassenberg", "PvdD")],
     ["Minister van Landbouw, Natuur en Voedselkwaliteit", "Minister van Justitie en Veiligheid"],
     dt.date(2023, 10, 18), "4980892", "Het gebrek aan landelijke registratie van bijtincidenten", 14),
])
def test_letterhead_and_askers(name, askers, addressees, date, reference, title_start, count):
    doc = _doc(name)
    m = doc.meta
    assert m.kind == "kamervragen"
    assert [(a.name, a.party) for a in m.askers] == askers
    assert m.addressees == addressees
    assert (m.date, m.reference) == (date, reference)  # Teunissen: ``Ons kenmerk`` is ``-``
    assert m.title.startswith(title_start)
    assert [q.number for q in doc.questions()] == list(range(1, count + 1))
    assert all(q.answer is not None and q.answer.text for q in doc.questions())


def test_signature_and_joint_answer():
    doc = _doc("eerdmans-me-arnhem.docx")
    assert (doc.meta.signatories, doc.meta.answerer) == (["D. Yeşilgöz-Zegerius"], "minister van Justitie en Veiligheid")
    doc = _doc("teunissen-pvdd.docx")
    got = [(q.id, q.answer.label, q.answer.joint, q.answer.shared_with) for q in doc.questions() if 10 <= q.number <= 14]
    assert got == [
        ("10", "Antwoord op vraag 10", None, None),
        ("11", "Antwoord op vragen 11, 12 en 13", [11, 12, 13], None),
        ("12", "Antwoord op vragen 11, 12 en 13", [11, 12, 13], "11"),
        ("13", "Antwoord op vragen 11, 12 en 13", [11, 12, 13], "11"),
        ("14", "Antwoord op vraag 14", None, None),
    ]
    assert doc.question("13").answer.text.startswith("Laat ik vooropstellen dat elke vorm van")
    assert doc.report.checks == []
