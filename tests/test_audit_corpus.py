"""The audit and the commitments on the real documents of ../shared/corpus.

Every document: audit parts and commitments are spans into their texts, and
the audit is present exactly where the document holds answers. The scores
against the hand labels (``tests/data/audit_labels.json``, see
``benchmarks/eval_audit.py``) must not fall below what was measured when
the annotators were written.
"""

from __future__ import annotations

import csv
import sys

import pytest

from tests.audit_eval import labels, score_commitments, score_parts
from tests.corpus import SHARED, need_shared

pytestmark = need_shared

from parsers import parse_path, parse_text  # noqa: E402


def _documents():
    corpus = SHARED / "corpus"
    for path in sorted(corpus.rglob("*")):
        if path.suffix.lower() in (".pdf", ".docx", ".txt") and "pdftotext" not in str(path):
            yield path.name, lambda p=path: parse_path(p)
    csv.field_size_limit(sys.maxsize)
    with open(corpus / "kamervragen-limburg" / "questions.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield row["name"], lambda r=row: parse_text(r["text_content"], r["name"])


def test_every_corpus_document_has_consistent_audit_and_commitment_spans():
    checked = audited = 0
    for name, load in _documents():
        doc = load()
        checked += 1
        has_answers = any(q.answer is not None and q.answer.text.strip() for q in doc.questions())
        for q in doc.questions():
            if q.audit is None:
                assert not has_answers and doc.meta.kind != "mededeling", f"{name} {q.id}"
                continue
            audited += 1
            assert q.audit.parts, f"{name} {q.id}"
            for p in q.audit.parts:
                assert q.text[p.start:p.end] == p.text, f"{name} {q.id}"
                assert p.reason
        for c in doc.commitments:
            answer = doc.question(c.question).answer.text
            assert answer[c.start:c.end] == c.text, f"{name} {c.question}"
            if c.deadline is not None:
                assert answer[c.deadline.start:c.deadline.end] == c.deadline.text
    assert checked > 280 and audited > 500


def test_the_labels_cover_what_the_brief_asks():
    data = labels()
    assert len(data["parts"]) >= 150
    assert {p["asks"] for p in data["parts"]} == {"amount", "list", "date", "position", "explanation"}
    assert len(data["commitment_documents"]) >= 20


def test_scores_against_the_hand_labels_do_not_fall():
    s = score_parts()
    assert not s.missing
    for cls in ("deferred", "by_reference", "unanswered"):
        precision, _recall, predicted, _actual = s.precision_recall(cls)
        assert predicted and precision >= 0.9, (cls, precision)
    assert s.precision_recall("answered")[0] >= 0.8
    assert sum(e == p for e, p in s.kinds) / len(s.kinds) >= 0.9
    c = score_commitments()
    assert c.correct / c.predicted >= 0.9 and c.found / c.labelled >= 0.9
    assert c.due_right == c.found


@pytest.mark.parametrize("qid, result", [("SP-3", "answered"), ("SP-5", "by_reference"), ("SP-16", "answered")])
def test_the_seed_document(qid, result):
    doc = parse_path(SHARED / "corpus" / "eerstekamer-36800-K-F.txt")
    assert doc.question(qid).audit.result == result
    due = {c.deadline.due.isoformat() for c in doc.commitments if c.deadline and c.deadline.due}
    assert due == {"2026-12-31"}
