"""Grammar for a TK *lijst van vragen en antwoorden*.

The committee asks, so there are no factions: one group (name null) of
questions numbered 1..N. Label styles differ per document: a number alone on
a line (``1``), ``1. <vraag>``, ``Vraag 1``; answers labelled ``Antwoord:``,
``Antwoord op vraag 1:``, ``Antwoord 1`` or not at all. Numbers are only taken
as question numbers when they continue the sequence, so a wrapped line that
starts with a number (``12) blijkt dat``) or a numbered sub-heading inside an
answer does not open a question.
"""

from __future__ import annotations

import re

from ..model import Answer, Faction, Location, Meta, Question, Unplaced
from ..source import Source
from .items import Item, items
from .signature import signatories, split_closing
from .structure import Structure

Q_ALONE = re.compile(r"^\s*(?:Vraag\s*(?:nr\.?\s*)?)?(?P<num>\d{1,4})\s*[.:)]?\s*$", re.I)
Q_INLINE = re.compile(r"^\s*(?:Vraag\s*(?:nr\.?\s*)?)?(?P<num>\d{1,4})\s*[.:)]?\s+(?P<rest>\S.*)$", re.I | re.S)
Q_WORD = re.compile(r"^\s*Vraag\s*(?:nr\.?\s*)?(?P<num>\d{1,4})\b", re.I)
A_LABEL = re.compile(
    r"^\s*Antwoord(?:\s+op\s+vraag)?\s*(?P<num>\d{1,4})?\s*[:.]?\s*(?P<rest>.*)$", re.I | re.S
)


class _Open:
    def __init__(self, number: int, item: Item, label: str) -> None:
        self.number = number
        self.item = item
        self.label = label
        self.q: list[str] = []
        self.a: list[str] = []
        self.a_item: Item | None = None
        self.a_label: str | None = None
        self.answering = False


def _is_question_start(it: Item, expect: int) -> tuple[int, str, str] | None:
    """(number, label, rest-of-text) when ``it`` opens question ``expect``."""
    first = it.lines[0]
    for pat in (Q_ALONE, Q_INLINE):
        m = pat.match(first)
        if m and int(m["num"]) == expect:
            rest = m.groupdict().get("rest") or ""
            label = first[: m.start("rest")].strip() if rest else first.strip()
            tail = "\n".join(it.lines[1:])
            text = "\n".join(x for x in (rest.strip(), tail) if x)
            return expect, label, text
    return None


def _split_at_question_mark(text: str) -> tuple[str, str]:
    """(question, answer) of an item that holds both: the question runs to
    the first line that ends with a question mark."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if line.rstrip().endswith("?"):
            return "\n".join(lines[: i + 1]), "\n".join(lines[i + 1:]).strip()
    return text, ""


def recognise_lijst(source: Source, meta: Meta) -> Structure:
    its = items(source.blocks)
    tail, end = split_closing(its, 0)
    body = its[:end]
    labelled = sum(1 for it in body if A_LABEL.match(it.lines[0]) and len(it.lines[0]) < 40)
    intro: list[Item] = []
    questions: list[Question] = []
    unplaced: list[Unplaced] = []
    cur: _Open | None = None
    expect = 1

    def finish() -> None:
        if cur is None:
            return
        answer = None
        if cur.a or cur.a_label:
            loc = Location(line=cur.a_item.line, page=cur.a_item.page) if cur.a_item else Location()
            answer = Answer(text="\n\n".join(cur.a), label=cur.a_label, location=loc)
        questions.append(Question(
            id=str(cur.number), number=cur.number, text="\n\n".join(cur.q), answer=answer,
            label=cur.label, location=Location(line=cur.item.line, page=cur.item.page),
        ))

    for it in body:
        start = _is_question_start(it, expect)
        if start:
            finish()
            num, label, text = start
            cur = _Open(num, it, label)
            question, rest = (text, "") if labelled else _split_at_question_mark(text)
            if question:
                cur.q.append(question)
            if rest:
                cur.answering = True
                cur.a_item = it
                cur.a.append(rest)
            expect += 1
            continue
        if cur is None:
            intro.append(it)
            continue
        a = A_LABEL.match(it.lines[0])
        if a and (a["num"] is None or int(a["num"]) == cur.number) and len(it.lines[0]) < 200:
            cur.answering = True
            cur.a_item = it
            cur.a_label = it.lines[0][: a.start("rest")].strip() or it.lines[0].strip()
            rest = "\n".join(x for x in (a["rest"].strip(), *it.lines[1:]) if x)
            if rest:
                cur.a.append(rest)
            continue
        if cur.answering:
            cur.a.append(it.text)
            continue
        if labelled:
            cur.q.append(it.text)
            continue
        # No answer labels in this document: the question runs until a
        # paragraph that ends in a question mark; what follows is the answer.
        if not cur.q or not cur.q[-1].rstrip().endswith("?"):
            cur.q.append(it.text)
        else:
            cur.answering = True
            cur.a_item = it
            cur.a.append(it.text)
    finish()
    meta.signatories = list(dict.fromkeys([*meta.signatories, *signatories(intro), *signatories(tail)]))
    total = len(questions)
    answered = sum(1 for q in questions if q.answer)
    return Structure(
        meta=meta,
        intro="\n\n".join(it.text for it in intro),
        factions=[Faction(name=None, questions=questions)] if questions else [],
        closing="\n\n".join(it.text for it in tail),
        unplaced=unplaced,
        confidence=(0.4 + 0.6 * answered / total) if total else 0.0,
    )
