"""The answer audit: does the answer give what each question part asks?

:func:`audit_document` sets ``question.audit`` for every question of a
document that holds answers (a document of questions only gets none). It
reads only the model: the question text and parts, the answer text, parts
and status, the document's notices, figures and cross-references.

Per part (see :mod:`.asks` for how a question is split) the result is one of

* ``deferred`` – the answer is postponed (status ``deferred``, a
  Mededeling, or the sentences about this part only promise a later answer);
* ``by_reference`` – the answer only points elsewhere;
* ``unanswered`` – no answer was found, or the answer declines to answer;
* ``answered`` – the answer has what the part asks: a figure for an
  amount, a time for a date, a clear position for a yes/no question, any
  substance for a list or an explanation;
* ``partly`` – the answer addresses the part without giving that (no
  figure, no clear yes or no, ``niet bekend``).

Each result has a short Dutch reason. A result that rests on a likely gap
in the parse (a question without an answer in a document that answers the
others) has ``certain`` false: the audit prefers saying it is unsure over a
wrong ``unanswered``. The question's result combines its parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Audit, Document, PartAudit, Question
from . import answer_checks as chk
from .answer_text import AnswerText, AnswerTexts, stems
from .asks import AskKind, question_parts

__all__ = ["audit_document", "audit_question", "combine"]

_ASKS_NL = {
    "amount": "een aantal of bedrag", "list": "een overzicht", "date": "een moment of termijn",
    "position": "een standpunt (ja of nee)", "explanation": "een toelichting",
}
_MONEY_WORDS = re.compile(r"\b(?:bedrag|bedragen|kosten|kost|budget|euro|geld|middelen|opbrengst)\b", re.I)
_PERCENT_WORDS = re.compile(r"\b(?:percentage|procent|aandeel)\b", re.I)


def audit_document(doc: Document, answers: AnswerTexts | None = None) -> None:
    """Set ``q.audit`` on every question of ``doc`` (None in a document without answers).

    ``answers`` keeps each answer text's :class:`AnswerText` by text, to be
    shared with the commitments (a new one when not given)."""
    questions = doc.questions()
    noticed = {qid for n in doc.notices for qid in n.questions}
    has_answers = any(q.answer is not None and q.answer.text.strip() for q in questions)
    is_notice = doc.meta.kind == "mededeling" or bool(doc.notices)
    if not has_answers and not is_notice:
        for q in questions:
            q.audit = None
        return
    figures: dict[str, list] = {}
    for f in doc.figures:
        if f.field == "answer" and f.question is not None:
            figures.setdefault(f.question, []).append(f)
    xrefs: dict[str, list[str]] = {}
    for x in doc.xrefs:
        xrefs.setdefault(x.from_, []).append(x.to)
    if answers is None:
        answers = AnswerTexts()
    for q in questions:
        deferred_by_notice = q.id in noticed or (is_notice and not has_answers)
        q.audit = audit_question(q, figures.get(q.id, []), xrefs.get(q.id, []),
                                 deferred_by_notice=deferred_by_notice, answers=answers)


def audit_question(q: Question, figures: Iterable = (), refs: Iterable[str] = (), *,
                   deferred_by_notice: bool = False, answers: AnswerTexts | None = None) -> Audit:
    """The audit of one question (see the module docstring).

    ``answers``: :class:`AnswerText` by text, filled and reused (see :func:`audit_document`)."""
    parts = _asked(q)
    if answers is None:
        answers = AnswerTexts()
    refs = list(refs)
    results = [_judge(q, label, p, figures, refs, deferred_by_notice, answers) for label, p in parts]
    # model_construct: the values are built here with the right types, and
    # validating thousands of small objects would cost more than the audit.
    out = [PartAudit.model_construct(index=i, label=label, text=p.text, start=p.start, end=p.end,
                                     asks=p.kind, result=r, reason=why, certain=sure)
           for i, ((label, p), (r, why, sure)) in enumerate(zip(parts, results), 1)]
    result, reason = combine(out)
    return Audit.model_construct(result=result, reason=reason, certain=all(p.certain for p in out), parts=out)


def _asked(q: Question) -> list[tuple[str | None, object]]:
    """(question-part label, AskedPart) for every asking sentence of ``q``.

    The whole text is split, so a lead-in before labelled items (``Kan de
    regering aangeven welk percentage … toekomt bij: a. …; b. …?``) stays one
    part; a sentence that lies inside one labelled item gets its label."""
    out = []
    for p in question_parts(q.text):
        label = None
        for part in q.parts:
            overlap = min(p.end, part.end) - max(p.start, part.start)
            if overlap * 2 > p.end - p.start:
                label = part.label
        out.append((label, p))
    return out


def _answer_text(q: Question, label: str | None) -> str:
    a = q.answer
    if a is None:
        return ""
    if label is not None:
        for p in a.parts:
            if p.label.casefold() == label.casefold():
                return p.text
    return a.text


def _judge(q: Question, label: str | None, part, figures, refs: list[str],
           deferred_by_notice: bool, answers: AnswerTexts) -> tuple[str, str, bool]:
    """(result, reason, certain) for one part."""
    a = q.answer
    asked = _ASKS_NL[part.kind]
    if deferred_by_notice:
        return "deferred", "een Mededeling stelt de beantwoording uit", True
    if a is None or a.status == "missing" or not a.text.strip():
        if a is not None and a.status == "deferred":
            return "deferred", "de beantwoording is uitgesteld", True
        return ("unanswered", "geen antwoord gevonden bij deze vraag (mogelijk elders of gezamenlijk "
                "beantwoord; controleer het document)", False)
    text = _answer_text(q, label)
    if a.status == "by-reference":
        return "by_reference", _refers_to(refs, text), True
    if a.status == "deferred":
        return "deferred", f"het antwoord wordt uitgesteld ({_quote(chk.deferral(text) or 'later')})", True
    at = answers.of(text)
    sents = at.sents
    strong = at.strong_refusal()
    refused = None if strong else at.refused_most()
    if strong or refused is not None:
        return "unanswered", f"het antwoord gaat er niet op in ({_quote(strong or sents[refused])})", True
    if _procedural(part.text):
        return "answered", "procedurele vraag over de beantwoording zelf", True
    # An answer that opens with a pointer elsewhere and adds little is a
    # reference (``Graag verwijs ik u naar de Kamerbrief …``); ``zie ook`` adds to an answer.
    reference = at.reference_first() if len(sents) <= 2 else None
    if (reference and not at.position()
            and not re.search(r"\bzie\s+ook\b", reference, re.IGNORECASE)):
        return "by_reference", f"het antwoord verwijst ({_quote(reference)})", True
    own = _own_deferral(part.text, at)
    if own:
        return "deferred", f"vraagt om {asked}; het antwoord stelt dit uit ({_quote(own)})", True
    found = _has_asked(part, at, figures)
    if found:
        return "answered", found, True
    if part.kind not in ("explanation", "list"):
        deferral = _deferral_about(part.text, at)
        if deferral:
            return "deferred", f"vraagt om {asked}; het antwoord stelt dit uit ({_quote(deferral)})", True
    return "partly", _missing(part, at), True


def _deferral_about(part_text: str, at: AnswerText) -> str | None:
    """A deferral in the answer that concerns this part: the deferring sentence,
    or the one before it, shares a content word with the part."""
    want = stems(part_text)
    sents = at.sents
    for i in at.deferring():
        hit = at.deferral(i)
        context = " ".join(sents[max(0, i - 1):i + 1]).lower()
        if any(stem in context for stem in want):
            return hit
    return None


def _refers_to(refs: list[str], text: str) -> str:
    """``het antwoord verwijst naar het antwoord op vraag 2, 3 en 5``."""
    ids = list(dict.fromkeys(refs))
    if not ids:
        hit = chk.reference(text)
        return f"het antwoord verwijst ({_quote(hit)})" if hit else "het antwoord verwijst naar een ander antwoord"
    listed = ids[0] if len(ids) == 1 else ", ".join(ids[:-1]) + " en " + ids[-1]
    return f"het antwoord verwijst naar het antwoord op vraag {listed}"


_PROCEDURAL = re.compile(
    r"(?:deze|bovenstaande|alle|de)\s+vragen[^?]{0,80}(?:beantwoorden|beantwoord)", re.IGNORECASE)


def _procedural(text: str) -> bool:
    """``Kunt u deze vragen één voor één en binnen drie weken beantwoorden?``"""
    return bool(_PROCEDURAL.search(text))


def _has_asked(part, at: AnswerText, figures) -> str | None:
    """The reason an answer gives what ``part`` asks, or None if it does not."""
    text = at.text
    kind: AskKind = part.kind
    if kind == "amount":
        # only the figures in the text judged (an answer's lettered item
        # ``a.`` is judged on its own, not on the whole answer's figures)
        hit = chk.amount(text, [f for f in _figure_texts(part.text, figures) if f in text])
        return f"noemt {_quote(hit)}" if hit else None
    if kind == "date":
        hit = chk.moment(text)
        return f"noemt een moment ({_quote(hit)})" if hit else None
    if kind == "position":
        hit = at.position(knowing=bool(_KNOWING.search(part.text)))
        if hit:
            return f"geeft een standpunt ({_quote(hit)})"
        if _alternative(part.text) and at.words() >= 6:
            return "kiest tussen de genoemde mogelijkheden"
        return None
    words = at.words()
    if kind == "list" and re.search(r"\boverzicht\b|\bop\s+een\s+rij|\blijst\b", part.text, re.I):
        hit = at.enumeration() or (chk.amount(text) if words > 20 else None)
        if hit:
            return f"geeft een opsomming ({_quote(hit)})"
        if re.search(r"\bbijlage\b|\btabel\b", text, re.I):
            return "verwijst naar een bijlage of tabel met het overzicht"
        return None
    if words < 6 and not at.enumeration():
        return None  # ``Ja.`` to a why-question
    if words < 40 and at.not_known():
        return None
    return "geeft een toelichting" if kind == "explanation" else "geeft een inhoudelijk antwoord"


_KNOWING = re.compile(r"\b(?:bekend|kent|kennis|weet|hoogte|gelezen|gezien|herinnert)\b", re.IGNORECASE)
_ALTERNATIVE = re.compile(
    r",\s*of\s+(?!niet\b|wel\b)|\bof\s+dat\b"
    r"|\b(?:door|bij|in|voor|met|van|naar|op)\s+(?:de\s+|het\s+|een\s+)?[\w-]+\s+of\s+(?:door|bij|in|voor|met|van|naar|op)\b",
    re.IGNORECASE)


def _alternative(question: str) -> bool:
    """``Is X door A of door B gedaan?``: a choice, not a yes or no."""
    return bool(_ALTERNATIVE.search(question.split("?")[0]))


def _figure_texts(question: str, figures) -> list[str]:
    """Texts of the answer's figures of the kind the question asks for."""
    if _PERCENT_WORDS.search(question):
        want = {"percent"}
    elif _MONEY_WORDS.search(question):
        want = {"money"}
    else:
        want = {"money", "percent", "quantity"}
    return [f.text for f in figures if f.kind in want]


def _missing(part, at: AnswerText) -> str:
    """The reason for ``partly``: what the answer lacks."""
    text = at.text
    asked = _ASKS_NL[part.kind]
    nk = at.not_known()
    if nk:
        return f"vraagt om {asked}; het antwoord zegt dat dit niet bekend is ({_quote(nk)})"
    if part.kind == "amount":
        noun = "percentage" if _PERCENT_WORDS.search(part.text) else (
            "bedrag" if _MONEY_WORDS.search(part.text) else "aantal")
        return f"vraagt om een {noun}; het antwoord noemt geen {noun}"
    if part.kind == "date":
        vague = chk.vague_moment(text)
        if vague:
            return f"vraagt om een moment; het antwoord blijft vaag ({_quote(vague)})"
        return "vraagt om een moment; het antwoord noemt geen datum of termijn"
    if part.kind == "position":
        return "vraagt om een standpunt; het antwoord geeft geen duidelijk ja of nee (mogelijk impliciet)"
    if part.kind == "list":
        return "vraagt om een overzicht; het antwoord geeft geen opsomming"
    return "vraagt om een toelichting; het antwoord is erg kort"


def _own_deferral(part_text: str, at: AnswerText) -> str | None:
    """The deferral of the first of the part's own answer sentences (those
    that share at least two content words with it) when every one of them
    defers, else None. An answer without any deferral has none, whatever
    the part: its sentences are not compared."""
    if not at.deferring():
        return None
    want = stems(part_text)
    if len(want) < 2:
        return None
    first = None
    for i in range(len(at.sents)):
        if len(want & at.stems(i)) >= 2:
            if not at.deferral(i):
                return None
            if first is None:
                first = i
    return None if first is None else at.deferral(first)


def _quote(phrase: str | None) -> str:
    phrase = " ".join((phrase or "").split())
    return f"‘{phrase[:77] + '…' if len(phrase) > 78 else phrase}’"


_ORDER = ("unanswered", "partly", "deferred", "by_reference", "answered")


def combine(parts: list[PartAudit]) -> tuple[str, str]:
    """The question's result and reason from its parts'."""
    if not parts:
        return "answered", "de vraag bevat geen deelvragen"
    results = [p.result for p in parts]
    if len(set(results)) == 1:
        only = parts[0]
        if len(parts) == 1:
            return only.result, only.reason
        return only.result, {
            "answered": "alle deelvragen beantwoord",
            "partly": f"geen deelvraag volledig beantwoord ({parts[0].reason})",
            "deferred": parts[0].reason, "by_reference": parts[0].reason,
            "unanswered": parts[0].reason,
        }[only.result]
    done = results.count("answered")
    open_ = [p for p in parts if p.result != "answered"]
    first = open_[0]
    lead = f"{done} van {len(parts)} deelvragen beantwoord"
    return "partly", f"{lead}; deelvraag {first.index}: {first.reason}"
