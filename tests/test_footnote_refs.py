"""Footnote marks placed in the parse's texts (Document.footnote_refs)."""

from __future__ import annotations

import pytest

from parsers import parse_path
from parsers.footnote_refs import place_footnote_refs
from parsers.model import Answer, Document, Faction, Question
from parsers.source import Block, Source
from tests.corpus import SAMPLES

#: sample -> (key, question, field, the text just before the mark)
EXPECTED = {
    "antwoordbrief-nummering.docx": [("1", "1", "question", "bij de Belastingtelefoon»?"),
                                     ("2", "3", "answer", "de Stand van de uitvoering")],
    "antwoordbrief.docx": [("1", "1", "question", "uitbetaling subsidie»?")],
    "antwoordlijst-tabel.docx": [("1", "2", "answer", "tekort aan technisch personeel.")],
    "kamervragen-aanhangsel.odt": [("1", "1", "question", "omgekomen bij stalbrand»?")],
    "kamervragen-aanhangsel.pdf": [("1", "1", "question", "«Tekort aan munitie»?")],
    "kamervragen-ah.xml": [("1", "1", "question", "op het stroomnet groeit verder»?")],
    "kamervragen-ah.html": [("1", "1", "question", "jeugdpsychiaters loopt op» is u bekend?")],
    "nota-tk.xml": [("1", "VVD-1", "answer", "van de jaarlijkse nieuwbouw.")],
    "nota-tk-marge.html": [("1", "VVD-2", "answer", "het soort zorg dat wordt verleend.")],
    "nota-tk-marge.pdf": [("1", "VVD-2", "answer", "het soort zorg dat wordt verleend.")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_marks_are_placed_after_the_words_they_follow(name):
    doc = parse_path(SAMPLES / name, cache=None)
    got = []
    for ref in doc.footnote_refs:
        q = doc.question(ref.question)
        text = q.text if ref.field == "question" else q.answer.text
        before = [b for k, qid, f, b in EXPECTED[name] if k == ref.key][0]
        got.append((ref.key, ref.question, ref.field, text[:ref.start].endswith(before)))
        assert ref.key in doc.footnotes
    assert got == [(k, q, f, True) for k, q, f, _b in EXPECTED[name]]


def test_a_mark_at_a_block_start_and_one_found_nowhere():
    doc = Document(factions=[Faction(name=None, questions=[
        Question(id="1", number=1, text="Eerste vraag over de begroting?", answer=Answer(text="Ja, zo is het.")),
    ])], intro="Inleiding van de brief.")
    src = Source(blocks=[Block("Vraag 1 Eerste vraag over de begroting?"), Block("Ja, zo is het."),
                         Block("Iets dat nergens staat.")], format="text",
                 footnote_refs=[(0, 39, "1"), (1, 0, "2"), (2, 5, "3")])
    refs = place_footnote_refs(src, doc)
    assert [(r.key, r.question, r.field, r.start) for r in refs] == [
        ("1", "1", "question", len("Eerste vraag over de begroting?")), ("2", "1", "answer", 0)]
