"""The hand-built reader document (``conftest.make_doc``) with an answer audit
and commitments, as the parser's annotators would give them (built by hand
so the tests know every result and reason exactly)."""

from __future__ import annotations

import datetime as dt

from parsers.model import Audit, Commitment, Deadline, PartAudit

from tests.tui.conftest import Q4, make_doc

#: VOLT-1's answer: a commitment with a deadline, and one without.
VOLT1 = ("Goed. Ik informeer uw Kamer voor de zomer over de voortgang. "
         "Het kabinet zal de regels zo spoedig mogelijk aanpassen.")
COMMIT1 = "Ik informeer uw Kamer voor de zomer over de voortgang."
COMMIT2 = "Het kabinet zal de regels zo spoedig mogelijk aanpassen."
AMOUNT_REASON = "vraagt om een bedrag; het antwoord noemt geen bedrag"


def _part(question, text: str, index: int, result: str, reason: str, *, asks: str = "explanation",
          label: str | None = None, certain: bool = True) -> PartAudit:
    start = question.text.index(text)
    return PartAudit(index=index, label=label, text=text, start=start, end=start + len(text), asks=asks,
                     result=result, reason=reason, certain=certain)


def audited_doc():
    """``make_doc()`` with an audit on every question and two commitments.

    Open parts, in reading order: SP-2 (1, unanswered, unsure), SP-3 (1,
    deferred), SP-4 part 2 (b, partly), VOLT-1 (1, partly)."""
    doc = make_doc()
    q = {question.id: question for question in doc.questions()}
    q["VOLT-1"].answer.text = VOLT1

    def audit(qid, result, reason, parts, certain=True):
        q[qid].audit = Audit(result=result, reason=reason, certain=certain, parts=parts)

    sp1 = q["SP-1"]
    audit("SP-1", "answered", "geeft een toelichting", [
        _part(sp1, sp1.text, 1, "answered", "geeft een toelichting")])
    sp2 = q["SP-2"]
    audit("SP-2", "unanswered", "geen antwoord gevonden", [
        _part(sp2, sp2.text, 1, "unanswered", "geen antwoord gevonden", asks="list", certain=False)],
          certain=False)
    sp3 = q["SP-3"]
    audit("SP-3", "deferred", "het antwoord volgt later", [
        _part(sp3, sp3.text, 1, "deferred", "het antwoord volgt later (‘Dat volgt in de Stand van Defensie’)",
              asks="amount")])
    sp4 = q["SP-4"]
    audit("SP-4", "partly", f"1 van 2 deelvragen beantwoord; deelvraag 2: {AMOUNT_REASON}", [
        _part(sp4, "Amerikaanse producenten;", 1, "answered", "noemt ‘€ 6,5 miljard’", asks="amount", label="a"),
        _part(sp4, "Israëlische producenten?", 2, "partly", AMOUNT_REASON, asks="amount", label="b"),
    ])
    sp5 = q["SP-5"]
    audit("SP-5", "by_reference", "verwijst naar het antwoord op SP-4", [
        _part(sp5, sp5.text, 1, "by_reference", "verwijst naar het antwoord op SP-4", asks="position")])
    v1 = q["VOLT-1"]
    audit("VOLT-1", "partly", "geeft geen toelichting", [
        _part(v1, v1.text, 1, "partly", "geeft geen toelichting (‘Goed.’)")])
    v2 = q["VOLT-2"]
    audit("VOLT-2", "answered", "geeft een toelichting", [
        _part(v2, v2.text, 1, "answered", "geeft een toelichting")])
    vh = q["Visseren-Hamakers-1"]
    audit("Visseren-Hamakers-1", "by_reference", "verwijst naar het antwoord op SP-4", [
        _part(vh, vh.text, 1, "by_reference", "verwijst naar het antwoord op SP-4")])
    assert Q4 == sp4.text
    c1, c2 = VOLT1.index(COMMIT1), VOLT1.index(COMMIT2)
    zomer = VOLT1.index("voor de zomer")
    asap = VOLT1.index("zo spoedig mogelijk")
    doc.commitments = [
        Commitment(question="VOLT-1", start=c1, end=c1 + len(COMMIT1), text=COMMIT1,
                   trigger="Ik informeer uw Kamer", action="inform", who="Minister van Defensie",
                   deadline=Deadline(text="voor de zomer", start=zomer, end=zomer + 13,
                                     due=dt.date(2026, 7, 1), kind="period")),
        Commitment(question="VOLT-1", start=c2, end=c2 + len(COMMIT2), text=COMMIT2,
                   trigger="Het kabinet zal", action="act", who="Minister van Defensie",
                   deadline=Deadline(text="zo spoedig mogelijk", start=asap, end=asap + 19, due=None,
                                     kind="vague")),
    ]
    return doc
