"""Score the answer audit and the commitment finder against the hand labels.

The labels (``tests/data/audit_labels.json``) were made by reading the
documents of ``../shared/corpus``; their ``policy`` says how. This module
parses each labelled document, finds each labelled part and commitment
sentence in the parse, and counts agreement. Used by
``benchmarks/eval_audit.py`` (prints the figures) and
``tests/test_audit_corpus.py`` (keeps them from falling).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tests.corpus import ROOT, SHARED

LABELS = ROOT / "tests" / "data" / "audit_labels.json"
CLASSES = ("answered", "partly", "deferred", "by_reference", "unanswered")
KINDS = ("amount", "list", "date", "position", "explanation")


def labels() -> dict:
    return json.loads(LABELS.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _limburg() -> dict[str, str]:
    csv.field_size_limit(sys.maxsize)
    path = SHARED / "corpus" / "kamervragen-limburg" / "questions.csv"
    with open(path, newline="", encoding="utf-8") as fh:
        return {r["name"]: r["text_content"] for r in csv.DictReader(fh)}


@lru_cache(maxsize=None)
def load(document: str):
    """The parse of a labelled document (``path`` or ``questions.csv#name``)."""
    from parsers import parse_path, parse_text

    if "#" in document:
        _, name = document.split("#", 1)
        return parse_text(_limburg()[name], name)
    return parse_path(SHARED / "corpus" / document)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def find_part(doc, qid: str | None, prefix: str):
    """(question, PartAudit) whose part text starts with ``prefix``; the labelled
    question first, then any question (ids may change with the grammar)."""
    want = _norm(prefix)
    questions = doc.questions()
    first = [q for q in questions if q.id == qid]
    for q in first + [q for q in questions if q.id != qid]:
        if q.audit is None:
            continue
        for p in q.audit.parts:
            if _norm(p.text).startswith(want):
                return q, p
    return None, None


@dataclass
class Scores:
    """Agreement counts; ``pairs`` are (expected, predicted)."""

    pairs: list[tuple[str, str]] = field(default_factory=list)
    uncertain: list[tuple[str, str]] = field(default_factory=list)
    kinds: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def precision_recall(self, cls: str, pairs=None) -> tuple[float | None, float | None, int, int]:
        pairs = self.pairs if pairs is None else pairs
        tp = sum(1 for e, p in pairs if e == cls and p == cls)
        predicted = sum(1 for _, p in pairs if p == cls)
        actual = sum(1 for e, _ in pairs if e == cls)
        return (tp / predicted if predicted else None, tp / actual if actual else None, predicted, actual)


def score_parts() -> Scores:
    s = Scores()
    for item in labels()["parts"]:
        doc = load(item["document"])
        q, p = find_part(doc, item["question"], item["part"])
        where = f"{item['document'].split('/')[-1][:40]} {item['question']}: {item['part'][:40]}"
        if p is None:
            s.missing.append(where)
            continue
        predicted = p.result if p.certain else "unsure"
        (s.pairs if p.certain else s.uncertain).append((item["expected"], p.result))
        s.kinds.append((item["asks"], p.asks))
        if predicted != item["expected"]:
            s.errors.append(f"{where} | want {item['expected']}, got {predicted} ({p.asks}): {p.reason}")
    return s


@dataclass
class CommitmentScores:
    labelled: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    due_labelled: int = 0
    due_right: int = 0
    due_predicted_wrong: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_due: list[str] = field(default_factory=list)


def score_commitments() -> CommitmentScores:
    data = labels()
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for c in data["commitments"]:
        by_doc[c["document"]].append(c)
    out = CommitmentScores()
    for document in data["commitment_documents"]:
        doc = load(document)
        predicted = list(doc.commitments)
        out.predicted += len(predicted)
        matched: set[int] = set()
        for c in by_doc.get(document, []):
            out.labelled += 1
            want = _norm(c["sentence"])[:60]
            hit = next((i for i, p in enumerate(predicted) if want in _norm(p.text) and i not in matched), None)
            if hit is None:
                out.missed.append(f"{document.split('/')[-1][:40]}: {c['sentence'][:90]}")
                continue
            matched.add(hit)
            out.found += 1
            got = predicted[hit].deadline.due.isoformat() if predicted[hit].deadline and predicted[hit].deadline.due else None
            if c["due"] is not None:
                out.due_labelled += 1
            if got == c["due"]:
                out.due_right += 1
            else:
                out.wrong_due.append(f"{c['sentence'][:60]} | want {c['due']}, got {got}")
        for i, p in enumerate(predicted):
            if i not in matched:
                out.spurious.append(f"{document.split('/')[-1][:40]}: {p.text[:100]}")
        out.correct += len(matched)
    return out


def confusion(pairs: list[tuple[str, str]], classes) -> str:
    """A small text confusion matrix (rows expected, columns predicted)."""
    counts = Counter(pairs)
    cols = list(classes)
    width = max(len(c) for c in cols) + 1
    lines = ["expected \\ got".ljust(width + 2) + "".join(c[:10].rjust(11) for c in cols)]
    for e in cols:
        lines.append(e.ljust(width + 2) + "".join(str(counts.get((e, p), 0)).rjust(11) for p in cols))
    return "\n".join(lines)
