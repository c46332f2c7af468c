"""Figures, citations, cross-references and statuses of the seed, end to end.

Asserts the exact facts of ``eerstekamer-36800-K-F.expected.json`` (and of the
PDF twin's expected file) on ``parsers.parse_path``. The structure of the same
files is asserted in test_seed_structure.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from tests.corpus import SHARED, expected, need_shared

pytestmark = need_shared

SOURCES = [
    ("eerstekamer-36800-K-F.txt", "eerstekamer-36800-K-F.expected.json"),
    ("eerstekamer-36800-K-F.pdf", "eerstekamer-36800-K-F.pdf.expected.json"),
]


@pytest.fixture(scope="module", params=SOURCES, ids=[s[0] for s in SOURCES])
def seed(request):
    import parsers

    name, facts = request.param
    return parsers.parse_path(SHARED / "corpus" / name), expected(facts)


def _source_text(doc, item) -> str:
    if item.field == "intro":
        return doc.intro
    if item.field == "closing":
        return doc.closing
    q = doc.question(item.question)
    return q.text if item.field == "question" else q.answer.text


def test_money(seed):
    doc, exp = seed
    money = [f for f in doc.figures if f.kind == "money"]
    assert [float(f.value) for f in money] == exp["figures"]["money_eur"]
    assert {f.unit for f in money} == {"EUR"}
    assert [f.text for f in money] == [
        "€ 6,5 miljard", "€ 730 miljoen", "€430 miljoen", "€ 1 miljard", "€ 50 miljoen",
    ]


def test_percent(seed):
    doc, exp = seed
    got = [float(f.value) for f in doc.figures if f.kind == "percent"]
    assert got == [float(v) for v in exp["figures"]["percent"]]


def test_dates(seed):
    doc, exp = seed
    dates = [f for f in doc.figures if f.kind == "date"]
    assert dict(Counter(f.value.isoformat() for f in dates)) == exp["figures"]["date"]
    (received,) = [f for f in dates if f.value == dt.date(2026, 6, 19)]
    assert received.field == "intro" and received.question is None


def test_no_other_figures(seed):
    doc, _ = seed
    assert Counter(f.kind for f in doc.figures) == {"date": 12, "percent": 9, "money": 5}


def test_citation_counts(seed):
    doc, exp = seed
    counts = Counter(c.id for c in doc.citations)
    assert {k: counts[k] for k in exp["citations"]} == exp["citations"]
    # the other citations carry other ids, so the counts above stay exact
    assert {k: v for k, v in counts.items() if k not in exp["citations"]} == {
        "motie-piri": 3, "brief-2025-06-17": 2, "brief-2026-04-16": 1,
        "brief-2025-04-16": 1, "dossier-36800-K": 1,
    }


def test_motions_and_letters_link_their_kamerstuk(seed):
    doc, _ = seed
    motions = [c for c in doc.citations if c.kind == "motie"]
    assert [(c.question, c.kamerstuk) for c in motions] == [
        ("SP-6", "kst-36800-X-34"), ("SP-6", "kst-36800-X-34"), ("SP-19", "kst-36800-X-34"),
    ]
    letters = [(c.question, c.id, c.kamerstuk) for c in doc.citations if c.kind == "brief"]
    assert letters == [
        ("SP-6", "brief-2025-06-17", "kst-36725-X-6"),
        ("SP-6", "brief-2026-04-16", None),
        ("SP-6", "brief-2025-06-17", "kst-36725-X-6"),
        ("SP-6", "brief-2025-04-16", "kst-36915-X-4"),
    ]


def test_kenmerk_in_question_text(seed):
    doc, _ = seed
    kenmerken = [(c.question, c.field) for c in doc.citations if c.kind == "kenmerk"]
    assert kenmerken == [("SP-6", "question"), ("SP-6", "question")]


def test_xrefs(seed):
    doc, exp = seed
    pairs = [(x.from_, x.to) for x in doc.xrefs]
    assert sorted(set(pairs)) == sorted(tuple(p) for p in exp["xrefs_internal"])
    # one XRef per occurrence: SP-6 points to SP-4 twice (6b and 6c)
    assert pairs == [("SP-5", "SP-4"), ("SP-6", "SP-4"), ("SP-6", "SP-4")]
    assert not [w for w in doc.report.warnings if "points to question" in w]


def test_every_span_matches_its_text(seed):
    doc, _ = seed
    for item in [*doc.figures, *doc.citations]:
        assert _source_text(doc, item)[item.start:item.end] == item.text
    for x in doc.xrefs:
        assert doc.question(x.from_).answer.text[x.start:x.end] == x.text


def test_statuses(seed):
    doc, _ = seed
    statuses = {q.id: q.answer.status for q in doc.questions()}
    assert statuses.pop("SP-5") == "by-reference"
    assert set(statuses.values()) == {"answered"}
    assert doc.report.questions_without_answer == []


def test_dump_keeps_exact_values(seed):
    doc, _ = seed
    dumped = doc.to_jsonable()
    money = [f for f in dumped["figures"] if f["kind"] == "money"]
    assert money[0]["value"] == 6500000000 and isinstance(money[0]["value"], int)
    pct = [f["value"] for f in dumped["figures"] if f["kind"] == "percent"]
    assert pct[-1] == 1.5
    first_date = next(f for f in dumped["figures"] if f["kind"] == "date")
    assert first_date["value"] == "2026-06-19"
    assert dumped["xrefs"][0] == {
        "from": "SP-5", "to": "SP-4", "text": "Zie antwoord vraag 4", "field": "answer",
        "start": 0, "end": 20,
    }
