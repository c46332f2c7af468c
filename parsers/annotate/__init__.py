"""Annotators: figures, citations, cross-references and answer status.

``annotate(doc)`` walks ``doc.meta.title``, ``doc.intro``, every question text and answer text
(in document order) and ``doc.closing``, and fills ``doc.figures``,
``doc.citations`` and ``doc.xrefs`` with spans into those texts. It sets each
``answer.status`` (unless the grammar already chose ``deferred``/``missing``)
and lists unanswered questions in ``doc.report.questions_without_answer``.
Then it audits every question part against its answer (``question.audit``,
:mod:`.audit`) and finds the commitments in the answers
(``doc.commitments``, :mod:`.commitments`).

The finders are pure functions on one string, reusable by the reader:
:func:`find_figures`, :func:`find_citations`, :func:`find_refs`,
:func:`answer_status`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Citation, Commitment, Deadline, Document, Faction, Figure, Question, XRef
from .answer_text import AnswerTexts
from .audit import audit_document
from .citations import CitationMatch, find_citations
from .commitments import CommitmentMatch, commitments_in, find_commitments
from .figures import FigureMatch, find_figures
from .status import answer_status
from .xrefs import RefMatch, find_refs

__all__ = [
    "CitationMatch", "CommitmentMatch", "FigureMatch", "RefMatch", "annotate", "answer_status",
    "audit_document", "find_citations", "find_commitments", "find_figures", "find_refs",
]

#: Citation kinds whose digits are identifiers, never figures.
_OPAQUE = frozenset({"kamerstuk", "dossier", "aanhangsel", "zaak", "document", "kenmerk", "publicatie"})


def _texts(doc: Document) -> Iterator[tuple[Faction | None, Question | None, str, str]]:
    """(faction, question, field, text) for every annotated text, in order."""
    yield None, None, "title", doc.meta.title or ""
    yield None, None, "intro", doc.intro
    for faction in doc.factions:
        for q in faction.questions:
            yield faction, q, "question", q.text
            if q.answer is not None:
                yield faction, q, "answer", q.answer.text
    yield None, None, "closing", doc.closing


def annotate(doc: Document) -> Document:
    """Fill figures, citations, xrefs and answer statuses of ``doc`` (in place;
    returns ``doc``). Running it twice gives the same result.

    Linear in the size of the document: each block's number -> question map
    is built once (``tests/test_linear.py``)."""
    figures: list[Figure] = []
    citations: list[Citation] = []
    xrefs: list[XRef] = []
    warnings: list[str] = []
    blocks = _Blocks(doc)
    for faction, q, field, text in _texts(doc):
        if not text:
            continue
        qid = q.id if q is not None else None
        cites = find_citations(text)
        citations.extend(
            Citation(kind=c.kind, text=c.text, id=c.id, url=c.url, kamerstuk=c.kamerstuk,
                     question=qid, field=field, start=c.start, end=c.end)
            for c in cites
        )
        skip = [(c.start, c.end) for c in cites if c.kind in _OPAQUE]
        figures.extend(
            Figure(kind=f.kind, text=f.text, value=f.value, unit=f.unit,
                   question=qid, field=field, start=f.start, end=f.end)
            for f in find_figures(text, skip)
        )
        if field == "answer" and q is not None and faction is not None:
            refs = find_refs(text, cites)
            xrefs.extend(_resolve(blocks, faction, q, refs, warnings))
    doc.figures = figures
    doc.citations = citations
    doc.xrefs = xrefs
    _set_status(doc)
    known = set(doc.report.warnings)
    for w in warnings:
        if w not in known:
            known.add(w)
            doc.report.warnings.append(w)
    answers = AnswerTexts()  # each answer split once for the audit and the commitments
    audit_document(doc, answers)
    doc.commitments = _commitments(doc, answers)
    return doc


def _commitments(doc: Document, answers: AnswerTexts) -> list[Commitment]:
    """The commitments in every answer (a joint answer once, on the question that holds it)."""
    who = doc.meta.answerer or ("; ".join(doc.meta.signatories) or None)
    out: list[Commitment] = []
    seen: set[str] = set()
    for q in doc.questions():
        a = q.answer
        if a is None or a.shared_with or not a.text.strip() or a.text in seen:
            continue
        seen.add(a.text)  # a joint answer repeated on each question of its group
        at = answers.of(a.text)
        for c in commitments_in(a.text, at.spans, at.triggers(), doc.meta.date):
            d = c.deadline
            out.append(Commitment(
                question=q.id, start=c.start, end=c.end, text=c.text, trigger=c.trigger,
                action=c.action, who=who,
                deadline=None if d is None else Deadline(text=d.text, start=d.start, end=d.end,
                                                         due=d.due, kind=d.kind)))
    return out


class _Blocks:
    """The factions of a document by name, and each one's questions by number,
    each built once, on first use."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._by_name: dict[str, Faction] | None = None
        self._numbers: dict[int, dict[int, Question]] = {}
        self._through: dict[int, Question] | None = None

    def named(self, name: str) -> Faction | None:
        """The faction called ``name`` (case-insensitive, ``CDA-`` as ``CDA``), if any."""
        if self._by_name is None:
            self._by_name = {}
            for f in self._doc.factions:
                if f.name:
                    self._by_name.setdefault(f.name.casefold(), f)
        return self._by_name.get(name.casefold().removesuffix("-"))

    def through(self) -> dict[int, Question]:
        """Every question by number when the document numbers its questions
        through (printed numbers, each once, over several blocks: a TK nota
        numbered across factions); else empty."""
        if self._through is None:
            qs = [t for f in self._doc.factions for t in f.questions]
            by = {t.number: t for t in qs}
            blocks = sum(1 for f in self._doc.factions if f.questions)
            ok = blocks > 1 and len(by) == len(qs) and all(t.label for t in qs)
            self._through = by if ok else {}
        return self._through

    def numbers(self, block: Faction) -> dict[int, Question]:
        """``block``'s questions by number (the last of a repeated number, as before)."""
        found = self._numbers.get(id(block))
        if found is None:
            found = self._numbers[id(block)] = {t.number: t for t in block.questions}
        return found


def _resolve(blocks: _Blocks, faction: Faction, q: Question, refs: list[RefMatch],
             warnings: list[str]) -> Iterator[XRef]:
    for ref in refs:
        if ref.external:
            continue
        block = faction
        if ref.faction:
            named = blocks.named(ref.faction)
            if named is None:
                continue  # a faction of another document or round
            block = named
        by_number = blocks.numbers(block)
        for n in ref.numbers:
            target = by_number.get(n)
            if target is None and not ref.faction:
                target = blocks.through().get(n)  # numbered through the document
            if target is None:
                warnings.append(
                    f"{q.id}: '{ref.text}' points to question {n}, "
                    f"which is not in block {block.name or '(none)'}"
                )
                continue
            if target.id == q.id:
                continue
            yield XRef(from_=q.id, to=target.id, text=ref.text, field="answer",
                       start=ref.start, end=ref.end)


def _set_status(doc: Document) -> None:
    missing = doc.report.questions_without_answer
    listed = set(missing)
    for q in doc.questions():
        if q.answer is None:
            if q.id not in listed:
                listed.add(q.id)
                missing.append(q.id)
            continue
        if q.answer.status == "answered":
            q.answer.status = answer_status(q.answer.text)
        if q.answer.status == "missing" and q.id not in listed:
            listed.add(q.id)
            missing.append(q.id)
