"""Numbered TK nota: every question has its own number, the faction is named
in the question.

A Tweede Kamer *nota naar aanleiding van het verslag* (or memorie van
antwoord) numbers the questions of the verslag 1, 2, 3 ... through the whole
document, often in the left margin; the question repeats or paraphrases the
faction's words (``De leden van de VVD-fractie vragen ...``, ``Deze leden
vragen voorts ...``), usually in italic; numbered section headings
(``2. Doel``, ``2.1 Reikwijdte``) stand between the questions. The answer
follows with an ``Antwoord`` / ``Antwoord:`` / ``Reactie van de
bewindspersoon`` label or none.

* A number opens a question unless the item is a section heading (a short
  title, bold or italic, that fits the section numbering; see
  :mod:`.headings`). Margin numbers come from the PDF reader as ``12. text``
  with ``Block.label`` ``"12"``; pdftotext prints them alone on a line.
* The faction is the one named in the question, else the previous one
  (``Deze leden``); blocks change with the faction. Spellings of one faction
  are unified (:class:`.factions.FactionNames`). Ids are ``<faction>-<n>``
  with the printed number.
* Joint answers: ``Antwoord op de vragen 3, 4 en 5`` gives the answer to
  those questions; an answer after several questions with no answer between
  them (within one section) answers them all, with an ``info`` check
  ``joint-by-position``. Every question of a group gets the answer with
  ``joint`` (the numbers) and ``shared_with`` (the first question's id).
* ``Structure.headings`` gets every heading with the first question under
  it, or its offset in ``intro``. A table of contents stays in the intro.
"""

from __future__ import annotations

import re

from ..model import Answer, Check, Faction, Heading, Location, Meta, Question, Unplaced
from .factions import FactionNames, FactionRef, faction_heading, find_faction, slug
from .headings import (
    BARE, Numbered, Numbering, heading_text, is_doc_title, is_masthead, is_section_heading, is_toc, is_toc_title, looks_like_title,
    numbered,
)
from .answer_labels import ANSWER_LABEL, parse_numbers
from .items import Item
from .signature import signatories, split_closing
from .structure import Structure

#: A paragraph that names the asking faction at its start.
_OPENS = re.compile(
    r"^\s*(?:(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Vervolgens)\s+(?:vragen\s+|willen\s+)?)?"
    r"(?:de\s+|het\s+)?(?:leden|lid|fractieleden)\s+van\s+de\s+",
    re.I,
)
_ASKS_LATE = re.compile(r"\b(?:vragen|vraagt|verzoeken|willen)\s+(?:de\s+|het\s+)?(?:leden|lid)\s+van\s+(?:de\s+)?", re.I)
#: A follow-up question of the same faction, before any answer.
_FOLLOW = re.compile(
    r"^\s*[«“\"']?(?:Deze\s+leden|Zij|Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Kan|Kunt|Is|Zijn|Wat|Hoe"
    r"|Waarom|Welke|Wanneer|Acht|Deelt|Heeft|Wil|Waar)\b",
    re.I,
)


def asks_as_faction(text: str) -> bool:
    """A paragraph that opens with the asking faction (``De leden van de ...``)."""
    return bool(_OPENS.match(text))


def prepare(its: list[Item]) -> list[Item]:
    """A number alone on its line (pdftotext's margin numbers) joined to the
    paragraph after it, as its first line (nothing is added to the text)."""
    out: list[Item] = []
    i = 0
    while i < len(its):
        it = its[i]
        b = BARE.match(it.lines[0]) if it.lines else None
        if b and len(it.lines) == 1 and i + 1 < len(its) and not its[i + 1].role and not numbered(its[i + 1]):
            nxt = its[i + 1]
            out.append(Item(lines=[it.lines[0].strip(), *nxt.lines], line=it.line, page=it.page,
                            bold=nxt.bold, italic=nxt.italic, heading=nxt.heading, label=None,
                            extra_lines=[*nxt.extra_lines]))
            i += 2
            continue
        out.append(it)
        i += 1
    return out


def count_numbered_questions(its: list[Item]) -> tuple[int, int]:
    """(numbered questions, of which with a margin number) in prepared items."""
    seq = Numbering()
    total = margin = 0
    for it in its:
        num = numbered(it)
        if num and seq.classify(it, num) == "question":
            total += 1
            margin += num.margin
    return total, margin


class _Q:
    """A question under construction."""

    def __init__(self, num: Numbered, it: Item, faction: str | None, section: str | None) -> None:
        self.number = num.number
        self.label = num.printed or str(num.number)
        self.item = it
        self.italic = it.italic
        self.q: list[str] = ["\n".join(num.rest).strip()]
        self.a: list[str] = []
        self.a_item: Item | None = None
        self.a_label: str | None = None
        self.faction = faction
        self.section = section
        self.group: list[_Q] = [self]
        self.by_position = False
        self.qid = ""
        self.block: Faction | None = None


class _State:
    def __init__(self, meta: Meta) -> None:
        self.meta = meta
        self.names = FactionNames()
        self.seq = Numbering()
        self.intro: list[Item] = []
        self.blocks: list[Faction] = []
        self.questions: list[_Q] = []
        self.cur: _Q | None = None
        self.answering = False
        self.run: list[_Q] = []  # questions without an answer so far, in this section
        self.faction: str | None = None
        self.section: str | None = None
        self.pending: list[Item] = []  # headings waiting for the next question
        self.headings: list[tuple[Item, _Q | None]] = []
        self.used_ids: set[str] = set()


def recognise_numbered_prose(its: list[Item], meta: Meta) -> Structure:
    """The structure of a numbered TK nota (see the module docstring)."""
    its = prepare(its)
    tail, end = split_closing(its, 0)
    st = _State(meta)
    st.seq.margin_only = count_numbered_questions(its)[1] >= 2
    body = its[:end]
    for i, it in enumerate(body):
        _step(st, it, body[i + 1] if i + 1 < len(body) else None)
    return _result(st, tail)


def _step(st: _State, it: Item, nxt: Item | None) -> None:
    if is_toc_title(it) or is_toc(it):
        _text(st, it, toc=True)
        return
    num = numbered(it)
    kind = st.seq.classify(it, num) if num else None
    if kind == "question":
        _question(st, it, num)
        return
    head = faction_heading(it.text) if num is None else None
    if head and "?" not in it.text and len(it.text) < 300:
        _faction_paragraph(st, it, st.names.ref(head))
        return
    if kind == "heading" or (num is None and _heading(st, it, nxt)):
        _heading_item(st, it)
        return
    lab = ANSWER_LABEL.match(it.lines[0]) if num is None else None
    if lab and len(it.lines[0]) < 400:
        _label(st, it, lab, "\n".join(x for x in (lab["rest"], *it.lines[1:]) if x))
        return
    _text(st, it)


def _heading(st: _State, it: Item, nxt: Item | None) -> bool:
    if is_section_heading(it):
        return True
    # a plain title line (no font hints, as in text) before a question or heading
    if len(it.lines) != 1 or not looks_like_title(it.text) or ANSWER_LABEL.match(it.text):
        return False
    if nxt is None:
        return False
    n = numbered(nxt)
    return (n is not None and Numbering().classify(nxt, n) in ("question", "heading")
            and (n.number == st.seq.last_question + 1 or is_section_heading(nxt, n)))


def _question(st: _State, it: Item, num: Numbered) -> None:
    if st.cur is not None and not st.cur.a and st.cur.group == [st.cur] and not st.cur.a_label:
        st.run.append(st.cur)  # no answer yet: a later answer may cover it
    else:
        st.run = []
    flat = " ".join(" ".join(num.rest).split())
    ref = None
    if _OPENS.match(flat) or _ASKS_LATE.search(flat[:400]):
        ref = st.names.ref(find_faction(flat[:600]))
    if ref is not None:
        st.faction = ref.name
    q = _Q(num, it, st.faction, st.section)
    q.qid = _new_id(st, q)
    if not st.blocks or st.blocks[-1].name != q.faction or (st.blocks[-1].joins and not st.blocks[-1].questions):
        members = ref.members if ref is not None and ref.name == q.faction else []
        st.blocks.append(Faction(name=q.faction, members=members, location=Location(line=it.line, page=it.page)))
    for h in st.pending:
        st.headings.append((h, q))
    st.pending = []
    q.block = st.blocks[-1]
    st.questions.append(q)
    st.cur = q
    st.answering = False


def _new_id(st: _State, q: _Q) -> str:
    base = f"{slug(q.faction)}-{q.number}" if q.faction else str(q.number)
    qid, k = base, 2
    while qid in st.used_ids:
        qid, k = f"{base}-{k}", k + 1
    st.used_ids.add(qid)
    return qid


def _heading_item(st: _State, it: Item) -> None:
    if not st.questions and is_doc_title(it.text):
        _to_intro(st, it)  # the document's title: a heading of the intro, no section
        st.headings.append((it, None))
        return
    st.pending.append(it)
    # every heading since the last question is the section (``2. Doel / 2.1 Reikwijdte``)
    st.section = " / ".join(heading_text(h) for h in st.pending)
    st.run = []


def _to_intro(st: _State, it: Item) -> None:
    """Text before the first question; headings waiting are intro headings."""
    for h in st.pending:
        st.intro.append(h)
        if not is_masthead(h.text):
            st.headings.append((h, None))
    st.pending = []
    st.intro.append(it)


def _label(st: _State, it: Item, lab: re.Match[str], rest: str) -> None:
    cur = st.cur
    if cur is None:
        _to_intro(st, it)
        return
    label = " ".join(it.lines[0][: lab.start("rest")].split()) if lab["rest"] else " ".join(it.lines[0].split())
    nums = parse_numbers(lab["nums"]) if lab["nums"] else []
    if not cur.a:
        named = [q for q in _latest(st.questions) if q.number in nums and not q.a and q.group == [q]]
        if len(named) > 1 or (named and named[0] is not cur):
            # ``Antwoord op de vragen 3, 4 en 5``: the questions it names
            named.sort(key=st.questions.index)
            if cur not in named:
                st.cur = cur = named[-1]
            cur.group = named
            st.run = []
        else:
            _take_run(st, cur)
        cur.a_label = label
        cur.a_item = it
    st.answering = True
    if rest.strip():
        cur.a.append(rest.strip())


def _latest(qs: list[_Q]) -> list[_Q]:
    """The last question of each number (numbering may restart)."""
    seen: dict[int, _Q] = {}
    for q in qs:
        seen[q.number] = q
    return list(seen.values())


def _take_run(st: _State, cur: _Q) -> None:
    """An answer starts: the unanswered questions just before share it."""
    run = [q for q in st.run if not q.a and q.group == [q] and q is not cur]
    if run:
        cur.group = [*run, cur]
        cur.by_position = True
    st.run = []


def _faction_paragraph(st: _State, it: Item, ref: FactionRef) -> None:
    """``De leden van de X-fractie sluiten zich aan bij ...`` (a block without
    questions) or a faction heading (the following questions are X's)."""
    heading = " ".join(it.text.split())
    if ref.joining:
        # ``sluiten zich aan bij deze vragen``: the faction asked last
        joins = ref.joins or ([st.faction] if st.faction else [])
        st.blocks.append(Faction(name=ref.name, heading=heading, joins=joins,
                                 location=Location(line=it.line, page=it.page)))
        return
    st.faction = ref.name
    st.blocks.append(Faction(name=ref.name, heading=heading, members=ref.members,
                             location=Location(line=it.line, page=it.page)))


def _text(st: _State, it: Item, toc: bool = False) -> None:
    cur = st.cur
    if cur is None:
        _to_intro(st, it)
        return
    if not toc and not st.answering and not cur.a and _continues_question(cur, it):
        cur.q.append(it.text)
        return
    if not cur.a and not cur.a_label:
        _take_run(st, cur)
    if cur.a_item is None:
        cur.a_item = it
    st.answering = True
    cur.a.append(it.text)


def _continues_question(cur: _Q, it: Item) -> bool:
    if cur.italic:
        return it.italic
    flat = " ".join(it.text.split())
    return flat.rstrip("»”\"') ").endswith("?") and bool(_FOLLOW.match(flat))


# -- the result -------------------------------------------------------------------
def _result(st: _State, tail: list[Item]) -> Structure:
    checks: list[Check] = []
    unplaced: list[Unplaced] = []
    by_q: dict[int, Question] = {}
    for q in st.questions:
        by_q[id(q)] = Question(id=q.qid, number=q.number, text="\n\n".join(x for x in q.q if x), label=q.label,
                               section=q.section, location=Location(line=q.item.line, page=q.item.page))
    for q in st.questions:
        if not q.a and not q.a_label:
            continue
        loc = Location(line=q.a_item.line, page=q.a_item.page) if q.a_item else Location()
        text = "\n\n".join(q.a)
        numbers = [g.number for g in q.group]
        first = q.group[0]
        for g in q.group:
            by_q[id(g)].answer = Answer(
                text=text, label=q.a_label, location=loc.model_copy(),
                joint=numbers if len(q.group) > 1 else None,
                shared_with=first.qid if len(q.group) > 1 and g is not first else None,
            )
        if q.by_position:
            checks.append(Check(
                code="joint-by-position", severity="info", question=first.qid, line=q.a_item.line if q.a_item else None,
                page=q.a_item.page if q.a_item else None,
                message=f"questions {_and(numbers)} have no answer of their own; the answer after them is read as "
                        "their joint answer",
                params={"questions": ", ".join(map(str, numbers))},
            ))
    for block in st.blocks:
        block.questions = [by_q[id(q)] for q in st.questions if q.block is block]
    intro_text, offsets = _join(st.intro)
    headings = []
    for h, q in st.headings:
        if q is None:
            headings.append(Heading(text=heading_text(h), start=offsets[id(h)],
                                    location=Location(line=h.line, page=h.page)))
        else:
            headings.append(Heading(text=heading_text(h), question=q.qid, location=Location(line=h.line, page=h.page)))
    for h in st.pending:
        unplaced.append(Unplaced(text=h.text, line=h.line, page=h.page, reason="heading after the last question"))
    st.meta.signatories = list(dict.fromkeys([*st.meta.signatories, *signatories(tail)]))
    total = len(st.questions)
    answered = sum(1 for q in by_q.values() if q.answer)
    return Structure(
        meta=st.meta, intro=intro_text, factions=[b for b in st.blocks if b.questions or b.joins or b.heading],
        closing="\n\n".join(it.text for it in tail), unplaced=unplaced, checks=checks, headings=headings,
        confidence=(0.5 + 0.5 * answered / total) if total else 0.0,
    )


def _join(items: list[Item]) -> tuple[str, dict[int, int]]:
    offsets: dict[int, int] = {}
    parts: list[str] = []
    pos = 0
    for it in items:
        offsets[id(it)] = pos
        parts.append(it.text)
        pos += len(it.text) + 2
    return "\n\n".join(parts), offsets


def _and(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
