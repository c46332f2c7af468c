"""Kind detection weighs the evidence when a reader found labelled questions
(a Word table of ``Nr | Vraag | Antwoord``, marked-up Kamervragen): the title
of an answer list makes it a lijst, unless something marks Kamervragen."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_source
from parsers.recognise.kind import detect_kind
from parsers.recognise.meta import read_meta
from parsers.source import Block, Source


def _table(head: list[str]) -> Source:
    """A letter whose questions came out of a table, as the DOCX reader gives them."""
    blocks = [Block(text=t, line=i + 1) for i, t in enumerate(head)]
    n = len(blocks)
    blocks += [
        Block(text="Thema: geld", line=n + 1, heading=True),
        Block(text="Hoeveel kost het?", line=n + 2, role="question-label", label="1"),
        Block(text="Het kost 5 miljoen euro.", line=n + 3, role="answer-label", label="Antwoord"),
        Block(text="Wie betaalt het?", line=n + 4, role="question-label", label="2"),
        Block(text="Het Rijk betaalt.", line=n + 5, role="answer-label", label="Antwoord"),
        Block(text="Thema: tijd", line=n + 6, heading=True),
        Block(text="Wanneer is het klaar?", line=n + 7, role="question-label", label="3"),
        Block(text="In 2026.", line=n + 8, role="answer-label", label="Antwoord"),
    ]
    return Source(blocks=blocks, format="docx", name="t.docx")


def _kind(head: list[str]) -> str:
    src = _table(head)
    return detect_kind(src, read_meta(src))


@pytest.mark.parametrize("head, kind", [
    (["Lijst van vragen en antwoorden over de begroting"], "lijst-van-vragen-en-antwoorden"),
    (["Algemene Rekenkamer", "Betreft Beantwoording vragen over het rapport Bruggen", "Nr. | Vraag | Antwoord"],
     "lijst-van-vragen-en-antwoorden"),
    (["Nr | Vraag | Antwoord"], "lijst-van-vragen-en-antwoorden"),
    # Kamervragen marks win over answer-list words
    (["Betreft Antwoord op vragen van het lid Jansen (SP) over bruggen"], "kamervragen"),
    (["Beantwoording vragen over bruggen", "2024Z01234"], "kamervragen"),
    (["Aanhangsel van de Handelingen", "Nr. | Vraag | Antwoord"], "kamervragen"),
    (["Antwoord van Minister Jansen (Financiën) (ontvangen 3 april 2024)", "Beantwoording vragen"], "kamervragen"),
    # no title at all: labelled questions stay Kamervragen, as before
    (["Ministerie van Financiën"], "kamervragen"),
])
def test_kind_of_labelled_questions(head, kind):
    assert _kind(head) == kind


def test_answer_list_table_read_by_the_lijst_grammar():
    doc = parse_source(_table(["Algemene Rekenkamer", "Datum 4 april 2024",
                               "Betreft Beantwoording vragen over het rapport Bruggen", "Ons kenmerk 24000321 R",
                               "Nr. | Vraag | Antwoord", ]))
    m = doc.meta
    assert (m.kind, m.date, m.reference, m.title) == (
        "lijst-van-vragen-en-antwoorden", __import__("datetime").date(2024, 4, 4), "24000321 R", "Het rapport Bruggen")
    qs = doc.questions()
    assert [(q.id, q.text, q.answer.text, q.section) for q in qs] == [
        ("1", "Hoeveel kost het?", "Het kost 5 miljoen euro.", "Thema: geld"),
        ("2", "Wie betaalt het?", "Het Rijk betaalt.", "Thema: geld"),
        ("3", "Wanneer is het klaar?", "In 2026.", "Thema: tijd"),
    ]
    assert [(h.text, h.question) for h in doc.headings] == [("Thema: geld", "1"), ("Thema: tijd", "3")]
    assert doc.report.unplaced == [] and doc.report.accounting.words_lost == 0


@pytest.mark.parametrize("line, signer", [
    ("drs. P.J.H. van Huffelen, secretaris", True),
    ("drs. A.P. (Arno) Visser, president", True),
    ("mr. A.B. Smit, secretaris", True),
    ("Het verschil is groot, president", False),
    ("De kosten zijn hoog, secretaris", False),
])
def test_signer_line_is_a_signature_role(line, signer):
    from parsers.recognise.signature_lines import is_role

    assert is_role(line) is signer


def test_signature_under_the_table_is_the_closing():
    src = _table(["Lijst van vragen en antwoorden"])
    n = len(src.blocks)
    src.blocks += [Block(text="Algemene Rekenkamer", line=n + 1), Block(text="drs. A.B. Smit, secretaris", line=n + 2)]
    doc = parse_source(src)
    assert doc.questions()[-1].answer.text == "In 2026."
    assert (doc.closing, doc.meta.signatories) == ("Algemene Rekenkamer\n\ndrs. A.B. Smit, secretaris", ["A.B. Smit"])
