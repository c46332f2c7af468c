"""Grammar for numbered lists of questions and answers.

Used for a TK *lijst van vragen en antwoorden* and *verslag houdende een
lijst van vragen en antwoorden*, for answer lists to a committee's questions
(the Algemene Rekenkamer's letters), for rounds of a known kind without
faction blocks, and (``strict``) as the general numbered-Q&A fallback for a
document of no known layout.

The committee asks, so there are no factions: one group (name null) of
questions numbered 1..N. Label styles differ per document (see
``lijst_labels``): ``Vraag 1``, a number alone on a line, ``1.``; answers
``Antwoord``, ``Antwoord:``, ``Antwoord op vraag 1:``, ``Antwoord 3 en 4`` or
none. Sequence rules:

* the first question label fixes the family: after ``Vraag 1`` a paragraph
  that starts with ``2.`` is a list item in an answer, not a question;
* ``Vraag N`` opens a question whenever N is higher than the last number
  (a gap is reported); a bare or dotted number only when it is the expected
  next one (or up to three further, for a question sentence, reported: OCR
  loses numbers), so ``12) blijkt dat`` or a numbered sub-heading does not
  open a question; a lower number is left in the text and reported;
* without answer labels the question runs to the first paragraph that ends
  in ``?``; what follows is the answer. A question that never reaches a
  ``?`` is reported;
* ``Vraag 3, 4 en 5`` asks three questions with one text; ``Antwoord op de
  vragen 1 en 2`` answers both: a joint answer is stored on the first
  question of the group, the others point to it (``shared_with``). Questions
  printed one after another with one answer after the last (not labelled
  for the last alone) are read as answered together, and reported.

Questions printed with no number and no label after the list's title
(``lijst_unnumbered``) are numbered by position and reported.

A reader that saw the structure (a Word table of ``Nr | Vraag | Antwoord``)
marks its blocks with roles: a ``question-label`` block carries the number in
its ``label``, an ``answer-label`` block the column head or ``Antwoord 3 en 4``
(a merged answer cell); ``question``/``answer`` blocks continue them and never
open a question. A heading between questions (a theme row across the table,
``Thema: verantwoording``) is the section of the questions under it, not
answer text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Answer, Faction, Heading, Location, Meta, Question
from ..source import Source
from .items import Item, items, numbered_title
from .lijst_answer_run import answer_run, run_item
from .lijst_labels import Q_NUMBER_ALONE, Label, answer_label, numbers, question_label, strong_answer_label
from .lijst_unnumbered import read_unnumbered
from .signature import signatories, split_closing
from .structure import Structure


@dataclass
class _Open:
    """A question (or a group asked together) under construction."""

    nums: list[int]
    item: Item
    label: str
    q: list[str] = field(default_factory=list)
    a: list[str] = field(default_factory=list)
    a_item: Item | None = None
    a_label: str | None = None
    a_nums: list[int] = field(default_factory=list)
    answering: bool = False
    #: The topic heading(s) the question stands under, if any.
    section: str | None = None
    headings: list[Item] = field(default_factory=list)


def _split_at_question_mark(text: str) -> tuple[str, str]:
    """(question, answer) of a paragraph that holds both: the question runs
    to the first line that ends with a question mark."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if line.rstrip().endswith("?"):
            return "\n".join(lines[: i + 1]), "\n".join(lines[i + 1:]).strip()
    return text, ""


def _inner_answer_label(text: str) -> tuple[str, str, list[str]] | None:
    """(question, label line, answer lines) of a paragraph in which a line
    after the question's ``?`` is an answer label that cannot be a sentence
    (``Antwoord 12``, ``Antwoord:``, ``Antwoord`` alone)."""
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i - 1].rstrip().endswith("?") and strong_answer_label(lines[i]):
            return "\n".join(lines[:i]), lines[i], lines[i + 1:]
    return None


def _role_label(it: Item) -> Label | None:
    """The question label of a paragraph: from the reader's roles when it
    gave them (a table row's number), else from the text."""
    if it.role == "question-label" and it.label and numbers(it.label):
        # a table row's label block holds the question; an XML ``<nr>`` only the label
        text = "" if _same(it.text, it.label) else it.text
        return Label(numbers(it.label), it.label, text, "vraag")
    if it.role in ("question", "answer", "answer-label"):
        return None
    return question_label(it.lines)


def _role_answer_label(it: Item) -> tuple[str, list[int], str] | None:
    """(label, numbers, text) of an ``answer-label`` block: its label is the
    column head (``Antwoord``) or the label of a merged cell (``Antwoord 3 en 4``)."""
    label = it.label or ""
    parsed = answer_label(label)
    return label, parsed[1] if parsed else [], "" if _same(it.text, label) else it.text


def _same(text: str, label: str) -> bool:
    return " ".join(text.split()) == " ".join(label.split())


def _asks(text: str) -> bool:
    return bool(re.search(r"\?\W{0,3}$", text.rstrip()))


class _Reader:
    """One pass over the paragraphs: question groups with their answers,
    the intro before the first question, and what was unexpected."""

    def __init__(self, body: list[Item], strict: bool, flat: bool = False) -> None:
        self.body = body
        self.labels = [_role_label(it) for it in body]
        #: item -> the next item, whose text a number alone in its paragraph took
        self.takes: dict[int, int] = {}
        for i, it in enumerate(body[:-1]):
            nxt = body[i + 1]
            if self.labels[i] is None and len(it.lines) == 1 and Q_NUMBER_ALONE.match(it.lines[0]) \
                    and self.labels[i + 1] is None and not answer_label(nxt.lines[0]):
                # ``12`` as a paragraph of its own, the question in the next one
                self.labels[i] = question_label([it.lines[0], *nxt.lines])
                self.takes[i] = i + 1
        self.strict = strict
        #: Text without line structure: the reader reported questions without ``?``.
        self.flat = flat
        self.groups: list[_Open] = []
        self.intro: list[Item] = []
        self.warnings: list[str] = []
        self.family: str | None = None
        self.last = 0
        self.seen: set[int] = set()
        first_q = next((i for i, lab in enumerate(self.labels) if lab and not self._column_heads(i)), len(body))
        self.labelled = any(it.role == "answer-label" or strong_answer_label(it.lines[0]) for it in body[first_q:])
        #: headings met since the last question: the section of the next one
        self.pending: list[Item] = []
        self.numbered_vraag = any(lab and lab.family == "vraag" for lab in self.labels)
        #: questions listed first: where the answers' run starts, what opens each answer
        self.run_at = answer_run(body, self.labels)
        self.run_map: dict[int, list[int]] = {}
        self.run_cur: _Open | None = None

    def _column_heads(self, i: int) -> bool:
        """``Vraag`` then ``Antwoord``, each alone in its paragraph: the heads of a table's columns."""
        lab = self.labels[i]
        nxt = self.body[i + 1] if i + 1 < len(self.body) else None
        return (lab is not None and lab.family == "bare" and not lab.text.strip() and nxt is not None
                and len(nxt.lines) == 1 and strong_answer_label(nxt.lines[0]) and not answer_label(nxt.lines[0])[2])

    def opens(self, lab: Label, it: Item, nxt: Item | None) -> bool:
        """Does ``lab`` open the next question (see the module docstring)?"""
        if not lab.nums:
            return False
        n = lab.nums[0]
        if lab.loose and "?" not in lab.text and not (nxt and answer_label(nxt.lines[0])):
            return False
        if lab.family == "bare":
            if self._column_heads(self.at):
                return False  # ``Vraag`` then ``Antwoord``, each alone: the heads of a table's columns
            return self.last == 0 and not self.numbered_vraag and not self.strict
        if lab.family == "number" and self.family in ("vraag", "bare"):
            return False
        if self.strict and (n != self.last + 1 or _heading_like(lab.text)):
            return False
        if lab.family == "vraag":
            if n in self.seen:
                self.warnings.append(f"label {lab.label!r} (line {it.line}) repeats question {n}; left in the text")
                return False
            if n < self.last:
                self.warnings.append(f"question {n} comes after question {self.last} (answered out of order)")
            return True
        if n == self.last + 1:
            return True
        if self.last < n <= self.last + 4 and "?" in lab.text and not _heading_like(lab.text):
            return True
        return False

    def start(self, lab: Label, it: Item) -> None:
        self.family = self.family or lab.family
        self.last = max(self.last, *lab.nums)
        self.seen.update(lab.nums)
        cur = _Open(lab.nums, it, lab.label)
        if not self.groups:  # headings right before the first question are its section
            while self.intro and self.intro[-1].heading:
                self.pending.insert(0, self.intro.pop())
        if self.pending:
            cur.headings, self.pending = self.pending, []
            cur.section = " / ".join(" ".join(h.text.split()) for h in cur.headings)
        elif self.groups:
            cur.section = self.groups[-1].section
        self.groups.append(cur)
        inner = _inner_answer_label(lab.text)
        if inner is not None:
            # ``Vraag 3`` / question / ``Antwoord 3`` / answer in one paragraph
            # (converted PDF text has no blank line between them)
            question, label_line, rest = inner
            cur.q.append(question)
            a = answer_label(label_line)
            self.answer_label(cur, Item(lines=[label_line, *rest], line=it.line, page=it.page), a[0], a[1], a[2])
            return
        question, rest = (lab.text, "") if self.labelled else _split_at_question_mark(lab.text)
        if question:
            cur.q.append(question)
        if rest:
            cur.answering, cur.a_item = True, it
            cur.a.append(rest)

    def answer_label(self, cur: _Open, it: Item, label: str, nums: list[int], rest: str) -> None:
        if cur.answering and cur.a:
            cur.a.append(it.text)  # a second label (``Antwoord 2b``): part of the answer, as printed
            return
        if nums and not set(nums) <= self.seen:  # every number a question opened with
            self.warnings.append(f"answer label {label!r} (line {it.line}) names no question found; "
                                 f"read as the answer to question {cur.nums[0]}")
            nums = []
        cur.answering, cur.a_item, cur.a_label, cur.a_nums = True, it, label, nums
        text = "\n".join(x for x in (rest, *it.lines[1:]) if x)
        if text:
            cur.a.append(text)

    def read(self) -> None:
        taken = -1
        for i, it in enumerate(self.body):
            if i == taken:
                continue
            if self.run_at is not None and i >= self.run_at and self.groups:
                taken = run_item(self, i, it)
                continue
            lab = self.labels[i]
            self.at = i  # the index ``opens`` looks at
            after = self.takes.get(i, i) + 1  # the item after the label's text
            if lab and self.opens(lab, it, self.body[after] if after < len(self.body) else None):
                self.start(lab, it)
                taken = self.takes.get(i, -1)
                continue
            cur = self.groups[-1] if self.groups else None
            if cur is None:
                self.intro.append(it)
                continue
            if it.role is None and cur.answering and (it.heading or self._title(it)):
                self.pending.append(it)  # the section of the next question, if one follows
                continue
            if self.pending:  # text after a heading: the heading was part of the answer
                cur.a.extend(h.text for h in self.pending)
                self.pending = []
            a = _role_answer_label(it) if it.role == "answer-label" else answer_label(it.lines[0])
            if a and (it.role == "answer-label" or len(it.lines[0]) < 200):
                self.answer_label(cur, it, *a)
            elif it.role == "answer" and not cur.answering:
                # the reader found where the answer starts (text without line structure)
                cur.answering, cur.a_item = True, it
                cur.a.append(it.text)
            elif cur.answering:
                cur.a.append(it.text)
            elif self.labelled:
                cur.q.append(it.text)
            elif not cur.q or not _asks(cur.q[-1]):
                # no answer labels: the question runs to a paragraph ending in ``?``
                cur.q.append(it.text)
            else:
                cur.answering, cur.a_item = True, it
                cur.a.append(it.text)
        if self.pending and self.groups:  # headings after the last answer: left where they stand
            self.groups[-1].a.extend(h.text for h in self.pending)
            self.pending = []
        missing = [x for x in range(1, self.last + 1) if x not in self.seen]
        if missing and self.groups:
            self.warnings.append(f"question numbers {_ranges(missing)} not found (numbering gap)")
        for g in self.groups:
            if not self.labelled and not self.flat and not g.answering and g.q \
                    and not any("?" in x for x in g.q) and g is not self.groups[-1]:
                self.warnings.append(f"question {g.nums[0]} never ends in a question mark; "
                                     "its answer could not be told apart and stays in the question")

    def _title(self, it: Item) -> bool:
        """A numbered section title between answers (``1. Procedure``) whose
        number is not the next question's."""
        if len(it.lines) != 1 or not numbered_title(it.lines[0]):
            return False
        return int(re.match(r"\s*(\d+)", it.lines[0])[1]) != self.last + 1

    def questions(self) -> list[Question]:
        """The questions, joint answers shared, inferred groups reported."""
        by_num: dict[int, _Open] = {n: g for g in self.groups for n in g.nums}
        answers: dict[int, tuple[_Open, list[int]]] = {}
        for g in self.groups:
            if not (g.a or g.a_label):
                continue
            joint = sorted(set(g.a_nums or g.nums)) if (len(g.a_nums) > 1 or len(g.nums) > 1) else [g.nums[0]]
            for n in joint:
                if n in by_num:
                    answers[n] = (g, joint if len(joint) > 1 else [])
        self._infer_groups(answers)
        out: list[Question] = []
        for g in self.groups:
            for n in g.nums:
                ans = None
                if n in answers:
                    src, joint = answers[n]
                    holder = next((str(x) for x in joint if x in by_num), None) if joint else None
                    loc = Location(line=src.a_item.line, page=src.a_item.page) if src.a_item else Location()
                    ans = Answer(text="\n\n".join(src.a), label=src.a_label, joint=joint or None, location=loc,
                                 shared_with=holder if holder and holder != str(n) else None)
                out.append(Question(id=str(n), number=n, text="\n\n".join(g.q), answer=ans, label=g.label,
                                    section=g.section, location=Location(line=g.item.line, page=g.item.page)))
        return out

    def _infer_groups(self, answers: dict[int, tuple[_Open, list[int]]]) -> None:
        """Questions printed one after another, then one answer: answered together."""
        run: list[_Open] = []
        for g in self.groups:
            if g.nums[0] in answers:
                if run and not answers[g.nums[0]][1] and not g.a_nums:
                    joint = [n for r in (*run, g) for n in r.nums]
                    for n in joint:
                        answers[n] = (g, joint)
                    self.warnings.append(
                        f"questions {', '.join(map(str, joint[:-1]))} and {joint[-1]} have one answer after the last "
                        "of them; read as answered together")
                run = []
            elif g.q:
                run.append(g)  # nothing between this question and the next one
            else:
                run = []


def _ranges(nums: list[int]) -> str:
    """``[2, 3, 4, 9]`` -> ``2-4, 9``."""
    out: list[str] = []
    start = prev = nums[0]
    for n in [*nums[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def _heading_like(text: str) -> bool:
    """``Inleiding``, ``Doel van het wetsvoorstel``: a short title, not a question."""
    first = text.split("\n")[0].strip()
    return len(first.split()) <= 8 and not re.search(r"[.?!:;]$", first)


def recognise_lijst(source: Source, meta: Meta, *, strict: bool = False) -> Structure:
    """Questions and answers of a numbered list. ``strict`` (the general
    fallback) takes only a clean sequence 1..N of question sentences."""
    its = items(source.blocks)
    tail, end = split_closing(its, 0)
    flat = any(w.startswith("text without line structure") for w in source.warnings)
    r = _Reader(its[:end], strict, flat)
    r.read()
    questions = r.questions()
    if strict and not _is_round(questions):
        questions = []
    checks = []
    if not questions and not strict:
        bare = read_unnumbered(its[:end])
        if bare:  # questions without a number or label
            r.intro, questions, checks = bare
            r.groups, r.warnings = [], []
    meta.signatories = list(dict.fromkeys([*meta.signatories, *signatories(r.intro), *signatories(tail)]))
    total = len(questions)
    answered = sum(1 for q in questions if q.answer)
    headings = [Heading(text=" ".join(h.text.split()), question=str(g.nums[0]), location=Location(line=h.line, page=h.page))
                for g in r.groups for h in g.headings] if questions else []
    return Structure(
        meta=meta,
        headings=headings,
        intro="\n\n".join(it.text for it in r.intro),
        factions=[Faction(name=None, questions=questions)] if questions else [],
        closing="\n\n".join(it.text for it in tail),
        warnings=r.warnings if questions else [],
        checks=checks,
        confidence=(0.4 + 0.6 * answered / total) if total else 0.0,
    )


def _is_round(questions: list[Question]) -> bool:
    """A numbered round: at least two questions, every one a question
    sentence (ending in ``?``), most of them answered."""
    if len(questions) < 2:
        return False
    if not all("?" in q.text for q in questions):
        return False
    return sum(1 for q in questions if q.answer and q.answer.text.strip()) >= 0.5 * len(questions)
