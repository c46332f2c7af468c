"""Structure checks and the confidence they add up to.

After the grammar and the annotators ran, :func:`check` looks at the
structure the way a careful reader would and records what is doubtful as
``report.checks`` (a stable ``code``, one English line, the question and the
place in the source). The confidence is then computed from those checks, so
that it means something: it is below 0.8 whenever a question number is
missing or a label could not be read, and the reader shows a banner then.

Codes (severity in brackets):

* ``numbering-gap`` [warning]: a number is missing in a block (6, then 8);
* ``numbering-duplicate`` [warning]: a number occurs twice in a block;
* ``numbering-order`` [warning]: a number lower than the one before it;
* ``numbering-start`` [warning]: a numbered block does not start at 1;
* ``numbers-inferred`` [warning]: numbers were given by position, not read
  (set by a grammar);
* ``label-unreadable`` [warning]: a label whose numbers could not be read;
  ``label-repaired`` [info]: a group label with a missing separator, read
  anyway; ``label-renumbered`` [warning]: a duplicate label read as the
  missing next number; ``answers-unlabelled`` [info]: answers found after
  each question's ``?`` in a document without answer labels (set by a grammar);
* ``answer-contains-label`` [warning]: an answer holds a line that looks
  like a question label (``Vraag 7``): a question may be hidden in it;
* ``answer-looks-like-question`` [info]: an answer paragraph of questions;
* ``question-contains-answer-label`` [warning]: ``Antwoord`` inside a question;
* ``no-answer`` [warning, info when deferred or by reference]: a question
  without an answer, with the reason in ``params["reason"]``: ``none``
  (none given), ``deferred`` (postponed, a Mededeling) or ``empty``;
* ``questions-only`` [info]: a document that holds questions and no answers
  (a voorlopig verslag, schriftelijke vragen before they are answered);
* ``answer-without-question`` [warning]: an answer label naming no question
  (set by a grammar);
* ``xref-unresolved`` [info]: ``Zie antwoord vraag 9`` with no question 9;
* ``text-unplaced`` [warning]: text the recogniser could not place;
* ``text-lost`` [error]: words found in no place (set by the accounting);
* ``no-questions`` [warning]: a document of a round kind without questions.

The confidence formula (documented in the README):

    confidence = base(grammar)
                 x 0.75 per numbering gap or unreadable label
                 x 0.85 per duplicate or out-of-order number, hidden label
                 x 0.75 per renumbered label, x 0.9 when answers were unlabelled
                 x 0.95 per question-like answer paragraph
                 x (0.5 + 0.5 x answered share)      when answers are expected
                 x (1 - unplaced share, at most 0.5)
                 x 0.5 when words were lost
    capped at 0.79 when a number is missing, inferred or renumbered or a label
    unreadable,
    and 0 without questions.

``base`` is how explicit the grammar's markers are: labelled Kamervragen 1.0,
a numbered list 0.95, EK nota with numbered questions 0.95, prose blocks
0.8 (the boundary between question and answer is semantic), letters paired
by order 0.75, the general numbered fallback 0.6.
"""

from __future__ import annotations

import re
from collections import Counter

from .model import Check, Document, Question

#: Per grammar: how explicit its markers are (see the module docstring).
BASE = {
    "kamervragen": 1.0,
    "lijst": 0.95,
    "nota-numbered": 0.95,
    "nota-prose": 0.8,
    "reply": 0.75,
    "questions-only": 0.8,
    "fallback": 0.6,
}

_PENALTY = {
    "numbering-gap": 0.75,
    "label-unreadable": 0.75,
    "numbering-duplicate": 0.85,
    "numbering-order": 0.85,
    "numbering-start": 0.85,
    "answer-contains-label": 0.85,
    "question-contains-answer-label": 0.85,
    "answer-looks-like-question": 0.95,
    "answer-without-question": 0.9,
    "label-renumbered": 0.75,
    "answers-unlabelled": 0.9,
}
_CAP = frozenset({"numbering-gap", "label-unreadable", "label-renumbered", "numbers-inferred"})

#: ``Vraag 7`` at a line start; not when a lowercase word goes on after the
#: number(s), as in a sentence (``Vragen 2 en 3 worden samen beantwoord.``,
#: ``Vraag 4 van het lid …``): a label is alone or followed by its question.
_Q_LABEL_IN_ANSWER = re.compile(
    r"(?m)^\s*Vra(?:ag|gen)\s+\d{1,5}\b(?![.,]\d)(?!(?:\s*(?:,|en|t/m|tot en met)\s*\d{1,5}\b)*[ \t]+[a-zà-ÿ])")
_A_LABEL_IN_QUESTION = re.compile(r"(?m)^\s*Antwoord\s*(?:\d{1,5}[a-z]?\s*)?[.:]?\s*$|^\s*Antwoord\s+(?:op\s+)?vraag\s+\d")


def check(doc: Document, grammar: str) -> Document:
    """Add the structure checks to ``doc.report`` and compute its confidence.

    Checks the grammar added already (``label-unreadable``, ...) are kept.
    Returns ``doc`` (changed in place)."""
    report = doc.report
    report.grammar = grammar if doc.questions() else ""
    checks = report.checks
    questions = doc.questions()
    for blocks in _numbering_runs(doc.factions):
        run = [q for f in blocks for q in f.questions]
        checks.extend(_numbering(run, blocks[0].name if len(blocks) == 1 else None))
    for q in questions:
        checks.extend(_hidden_labels(q))
    checks.extend(_answers(doc, questions))
    checks.extend(_unplaced(doc))
    for w in report.warnings:
        if "points to question" in w:
            qid = w.split(":", 1)[0]
            checks.append(Check(code="xref-unresolved", severity="info", message=w, question=qid))
    if not questions and doc.meta.kind not in ("unknown", "mededeling"):
        checks.append(Check(code="no-questions", message="no questions were recognised in this "
                            f"{doc.meta.kind}; it is shown as text"))
    report.answers_without_question = [c.params.get("label", c.message) for c in checks
                                       if c.code == "answer-without-question"]
    for c in checks:
        if c.severity != "info" and c.message not in report.warnings and c.code not in ("no-answer",):
            report.warnings.append(c.message)
    report.confidence = confidence(doc, grammar)
    return doc


def _numbering_runs(factions: list) -> list[list]:
    """Faction blocks grouped by the numbering they share.

    An EK nota numbers each faction's questions from 1; a TK nota numbers
    them through the whole document, so a block that starts above the
    previous block's numbers continues its sequence (a gap between blocks is
    then a gap, and the block's first number is no ``numbering-start``)."""
    runs: list[list] = []
    top = 0
    for f in factions:
        numbers = [q.number for q in f.questions]
        if not numbers:
            continue
        if runs and numbers[0] > top:
            runs[-1].append(f)
            top = max(top, *numbers)
        else:
            runs.append([f])
            top = max(numbers)
    return runs


def _numbering(questions: list[Question], block: str | None) -> list[Check]:
    """Gaps, duplicates, order and start of the numbers in one block."""
    out: list[Check] = []
    where = f" in the {block} block" if block else ""
    if not questions:
        return out
    first = questions[0]
    if first.number != 1 and first.label:
        out.append(Check(code="numbering-start", question=first.id, line=first.location.line,
                         page=first.location.page, params={"first": str(first.number)},
                         message=f"the numbering{where} starts at {first.number}, not 1"))
    seen: Counter[int] = Counter()
    present = {q.number for q in questions}
    prev: int | None = None
    for q in questions:
        n = q.number
        seen[n] += 1
        loc = {"question": q.id, "line": q.location.line, "page": q.location.page}
        if seen[n] == 2:
            out.append(Check(code="numbering-duplicate", params={"number": str(n)}, **loc,
                             message=f"question number {n} occurs twice{where}"))
        elif prev is not None and n < prev and not _group_label(q.label):
            out.append(Check(code="numbering-order", params={"number": str(n), "after": str(prev)}, **loc,
                             message=f"question {n} follows question {prev}{where}"))
        elif prev is not None and n > prev + 1:
            gone = [k for k in range(prev + 1, n) if k not in present]
            if gone:
                missing = _span(gone)
                out.append(Check(code="numbering-gap", params={"missing": missing, "before": str(n)}, **loc,
                                 message=f"question {missing} is missing before question {n}{where}"))
        if seen[n] == 1:
            # a group label (``Vraag 1 en 4``) prints 4 early: the sequence
            # goes on from the group's first number
            step = min(int(x) for x in re.findall(r"\d+", q.label)) if _group_label(q.label) else n
            prev = step if prev is None else max(prev, step)
    return out


def _span(numbers: list[int]) -> str:
    """``[7]`` -> ``7``; ``[2, 3, 4]`` -> ``2–4``; ``[2, 5]`` -> ``2, 5``."""
    if len(numbers) == 1:
        return str(numbers[0])
    if numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(map(str, numbers))


def _group_label(label: str | None) -> bool:
    """``Vraag 1 en 4``: a label naming several numbers; the document's own
    order, not a numbering error."""
    return bool(label) and len(re.findall(r"\d+", label)) > 1


def _hidden_labels(q: Question) -> list[Check]:
    """A question label inside an answer, an answer label inside a question."""
    out: list[Check] = []
    loc = {"question": q.id, "line": q.location.line, "page": q.location.page}
    if _A_LABEL_IN_QUESTION.search(q.text):
        out.append(Check(code="question-contains-answer-label", **loc,
                         message=f"question {q.id} contains an 'Antwoord' label: its answer may be in the question text"))
    a = q.answer
    if a is None or not a.text:
        return out
    m = _Q_LABEL_IN_ANSWER.search(a.text)
    if m:
        out.append(Check(code="answer-contains-label", params={"label": m[0].strip()}, **loc,
                         message=f"the answer to {q.id} contains '{m[0].strip()}': a question may be hidden in it"))
    for para in a.text.split("\n\n"):
        if para.count("?") >= 2 and para.rstrip().endswith("?") and len(para) < 1500:
            out.append(Check(code="answer-looks-like-question", severity="info", **loc,
                             message=f"a paragraph of the answer to {q.id} consists of questions"))
            break
    return out


def _answers_expected(doc: Document, questions: list[Question]) -> bool:
    if doc.meta.kind == "voorlopig-verslag":
        return False
    return any(q.answer is not None for q in questions) or doc.meta.kind == "mededeling" or bool(doc.notices)


def _answers(doc: Document, questions: list[Question]) -> list[Check]:
    """Questions without an answer, and why; or one note for a questions-only document."""
    if not questions:
        return []
    if not _answers_expected(doc, questions):
        return [Check(code="questions-only", severity="info",
                      message="the document holds questions and no answers")]
    out = []
    for q in questions:
        a = q.answer
        reason = None
        if a is None:
            reason = "none"
        elif a.status == "deferred" and not a.text.strip():
            reason = "deferred"
        elif a.status == "missing":
            reason = "empty"
        if reason is None:
            continue
        msg = {"none": f"question {q.id} has no answer",
               "deferred": f"the answer to {q.id} is deferred",
               "empty": f"the answer to {q.id} is empty"}[reason]
        out.append(Check(code="no-answer", severity="info" if reason == "deferred" else "warning",
                         question=q.id, line=q.location.line, page=q.location.page,
                         params={"reason": reason}, message=msg))
    return out


def _unplaced(doc: Document) -> list[Check]:
    """One check for text the recogniser could not place (furniture and
    footnotes set aside on purpose do not count)."""
    from .accounting import LOST_REASON

    texts = [u for u in doc.report.unplaced
             if not u.reason.startswith(("page furniture", "footnote", "page ")) and u.reason != LOST_REASON]
    if not texts:
        return []
    chars = sum(len(u.text) for u in texts)
    return [Check(code="text-unplaced", line=texts[0].line, page=texts[0].page,
                  params={"pieces": str(len(texts)), "chars": str(chars)},
                  message=f"{len(texts)} piece(s) of text ({chars} characters) could not be placed; "
                          "see the parse report")]


def confidence(doc: Document, grammar: str) -> float:
    """The confidence of ``doc`` from its checks (formula in the module docstring)."""
    questions = doc.questions()
    if not questions:
        return 0.0
    value = BASE.get(grammar, 0.6)
    codes = Counter(c.code for c in doc.report.checks)
    for code, factor in _PENALTY.items():
        value *= factor ** codes.get(code, 0)
    if _answers_expected(doc, questions):
        answered = sum(1 for q in questions if q.answer is not None and (q.answer.text.strip()
                       or q.answer.status in ("deferred", "by-reference")))
        value *= 0.5 + 0.5 * answered / len(questions)
    body = max(1, doc.report.accounting.words_in)
    unplaced_words = sum(len(u.text.split()) for u in doc.report.unplaced
                         if not u.reason.startswith(("page furniture", "footnote", "page ")))
    value *= 1 - min(0.5, unplaced_words / body)
    if codes.get("text-lost"):
        value *= 0.5
    if any(code in _CAP for code in codes):
        value = min(value, 0.79)
    return round(max(0.0, min(1.0, value)), 2)
