"""Question letter and reply letter printed one after the other (VSO).

A *verslag van een schriftelijk overleg* often prints the committee's letter
with every faction's questions first, and the minister's reply as a second
letter after it (``BRIEF VAN DE MINISTER VAN ...``), repeating the faction
headings and answering in the same order. The two are paired here:

* the question letter is read in questions-only mode: paragraphs after a
  faction's question continue it, up to the next faction, until the letter's
  closing (``De commissie ziet uw reactie ... tegemoet``, the signature);
* the reply is split by the same faction headings; when a faction has as
  many answer paragraphs as questions they pair one to one, otherwise the
  faction's whole reply answers all its questions jointly;
* a reply that quotes each question (``De leden van de X-fractie vragen
  ...``) before answering is itself a complete round: its questions and
  answers are used, and the committee letter is kept in the intro.

Nothing is dropped: the letters' framing (headings, addresses, openings)
goes to the intro, their signatures to the closing.
"""

from __future__ import annotations

import re

from ..model import Answer, Faction, Heading, Location, Meta, Question, Unplaced
from .factions import faction_heading, find_faction, slug
from .headings import heading_text
from .items import Item
from .signature import is_role, signatories, split_closing
from .structure import Structure

REPLY_MARK = re.compile(
    r"^\s*(?:[IVX]{1,4}[.)]?\s+)?(?:BRIEF\s+VAN\s+DE\s+(?:MINISTER|STAATSSECRETARIS|MINISTER-PRESIDENT)\b"
    r"|(?:Reactie|Antwoord(?:en)?|Beantwoording)\s+van\s+de\s+(?:minister|staatssecretaris|regering|bewindspersoon)\b[^.?]{0,120}$)",
    re.I,
)
LETTER_END = re.compile(
    r"\b(?:reactie|beantwoording|antwoorden?)\b[^.]{0,80}\btegemoet\b|^\s*(?:Hoogachtend|Met\s+vriendelijke\s+groet)",
    re.I,
)
_OPENS = re.compile(r"^\s*(?:De\s+)?(?:leden|fractieleden)\s+van\s+de\s+", re.I)


def find_reply(its: list[Item]) -> int | None:
    """Index of the reply letter's first item, if questions come before it."""
    marks = [i for i, it in enumerate(its) if REPLY_MARK.match(it.lines[0])]
    for i in marks:
        if not any(_OPENS.match(x.text) for x in its[:i]):
            continue
        # a reply *letter*, or a single reply heading; several "Reactie van
        # de bewindspersoon" headings mean replies interleaved with questions
        if its[i].lines[0].lstrip().upper().startswith("BRIEF") or len(marks) == 1:
            return i
        return None
    return None


def _questions(its: list[Item], lead: bool = False) -> tuple[list[Item], list[Faction], list[Item],
                                                             list[tuple[Item, str]]]:
    """Questions-only reading of the committee letter: (intro, blocks, closing).
    ``lead``: the headings right above the first question are its section (a
    verslag's ``1. Inleiding``), not intro text."""
    from .prose import _is_heading

    intro: list[Item] = []
    blocks: list[Faction] = []
    counters: dict[str, int] = {}
    current: str | None = None
    closing_at = len(its)
    pending: list[Item] = []  # topic headings waiting for the next question
    heads: list[tuple[Item, str]] = []  # each topic heading and the question under it

    def section(qid: str) -> str | None:
        text = " / ".join(" ".join(h.text.split()) for h in pending) or None
        heads.extend((h, qid) for h in pending)
        pending.clear()
        return text

    for i, it in enumerate(its):
        if LETTER_END.search(it.text) or (blocks and all(is_role(ln) or len(ln) < 40 for ln in it.lines)
                                          and any(is_role(ln) for ln in it.lines)):
            closing_at = i
            break
        head = faction_heading(it.text)
        if head and len(it.text) < 160 and not it.text.rstrip().endswith("?"):
            current = head.name
            blocks.append(Faction(name=head.name, heading=" ".join(it.text.split()), members=head.members,
                                  joins=head.joins, location=Location(line=it.line, page=it.page)))
            continue
        if _is_heading(it):
            if blocks or lead:
                pending.append(it)
            else:
                intro.append(it)
            continue
        ref = find_faction(it.text[:300]) if _OPENS.match(it.text) else None
        if ref is not None:
            current = ref.name
            if not blocks or blocks[-1].name != ref.name:
                blocks.append(Faction(name=ref.name, location=Location(line=it.line, page=it.page)))
            n = counters[ref.name] = counters.get(ref.name, 0) + 1
            qid = f"{slug(ref.name)}-{n}"
            blocks[-1].questions.append(Question(id=qid, number=n, text=it.text,
                                                 section=section(qid), location=Location(line=it.line, page=it.page)))
            continue
        if current and blocks and blocks[-1].questions:
            q = blocks[-1].questions[-1]
            if asks(q.text) and (re.match(
                    r"^\s*(?:Voorts|Ook|Tevens|Daarnaast|Verder|Tot\s+slot)?\s*(?:vragen|willen)\s+(?:deze|de)\s+leden",
                    it.text, re.I) or re.match(r"^\s*Deze\s+leden\b", it.text, re.I)):
                n = counters[current] = counters.get(current, 0) + 1
                qid = f"{slug(current)}-{n}"
                blocks[-1].questions.append(Question(id=qid, number=n, text=it.text,
                                                     section=section(qid),
                                                     location=Location(line=it.line, page=it.page)))
            else:
                q.text += "\n\n" + it.text
            continue
        if not blocks:  # text of the intro after the headings: they head it, not a question
            intro.extend(pending)
            pending.clear()
        intro.append(it)
    if not blocks:
        intro.extend(pending)
        pending.clear()
    # headings after the last question belong to no question: keep them first
    # in the closing rather than lose them
    return intro, blocks, [*pending, *its[closing_at:]], heads


def _headings(heads: list[tuple[Item, str]]) -> list[Heading]:
    """The topic headings above questions as :class:`Heading` (their text
    is also each question's ``section``). Lines before the first question
    (the verslag's masthead, ``Vastgesteld …``) stay intro text."""
    return [Heading(text=heading_text(h), question=qid, location=Location(line=h.line, page=h.page))
            for h, qid in heads]


def _answers(its: list[Item]) -> tuple[list[Item], dict[str, list[Item]], dict[str, str]]:
    """The reply split by faction headings: (preamble, paragraphs per
    faction, the heading printed for each faction)."""
    pre: list[Item] = []
    per: dict[str, list[Item]] = {}
    printed: dict[str, str] = {}
    current: str | None = None
    for it in its:
        head = faction_heading(it.lines[0])
        if head and len(it.lines[0]) < 160:
            current = head.name
            per.setdefault(current, [])
            printed.setdefault(current, " ".join(it.lines[0].split()))
            if len(it.lines) == 1:
                continue
            it = Item(lines=it.lines[1:], line=(it.line or 0) + 1 if it.line else None, page=it.page)
        if current is None:
            pre.append(it)
        else:
            per[current].append(it)
    return pre, per, printed


def questions_only(its: list[Item], meta: Meta) -> Structure:
    """A round that holds only questions (voorlopig verslag, inbreng): every
    paragraph after a faction's question continues it or asks the next one."""
    intro, blocks, closing, heads = _questions(_split_headings(its), lead=True)
    meta.signatories = list(dict.fromkeys([*meta.signatories, *signatories(closing)]))
    total = sum(len(b.questions) for b in blocks)
    return Structure(
        meta=meta,
        intro="\n\n".join(it.text for it in intro),
        factions=blocks,
        closing="\n\n".join(it.text for it in closing),
        confidence=0.6 if total else 0.0,
        headings=_headings(heads),
    )


#: A paragraph that asks something: a question mark, or the asking verb with
#: what is asked (``vragen de regering``, ``vragen of``, ``willen weten``);
#: not an opening that only announces questions (``Zij hebben nog enkele
#: vragen.``).
_ASKS = re.compile(
    r"\?|\b(?:vragen|vraagt|verzoeken|verzoekt)\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris"
    r"|of|hoe|wat|waarom|welke|wanneer|hoeveel|in\s+hoeverre|naar|om|waar|wie|wat)\b"
    r"|\bwillen\s+(?:\w+\s+){0,3}weten\b|\bwensen\s+(?:\w+\s+){0,3}vernemen\b|\bnodigen\s+(?:\w+\s+){0,3}uit\b",
    re.I,
)


def asks(text: str) -> bool:
    return bool(_ASKS.search(text))


def _split_headings(its: list[Item]) -> list[Item]:
    """A faction heading glued to the next lines (no blank line) becomes an
    item of its own."""
    out: list[Item] = []
    for it in its:
        if len(it.lines) > 1 and faction_heading(it.lines[0]) and len(it.lines[0]) < 160:
            out.append(Item(lines=it.lines[:1], line=it.line, page=it.page))
            out.append(Item(lines=it.lines[1:], line=(it.line + 1) if it.line else None, page=it.page))
        else:
            out.append(it)
    return out


def pair_letters(its: list[Item], mark: int, meta: Meta) -> Structure | None:
    """Pair the question letter ``its[:mark]`` with the reply ``its[mark:]``."""
    from .prose import recognise_prose

    its = _split_headings(its)
    mark = next(i for i, it in enumerate(its) if REPLY_MARK.match(it.lines[0]))
    reply_items = its[mark:]
    closing_items, end = split_closing(reply_items, 0)
    body = reply_items[:end]
    if any(_OPENS.match(it.text) for it in body):  # the reply quotes the questions
        st = recognise_prose(body, meta)
        if not any(f.questions for f in st.factions):
            return None
        letter = "\n\n".join(it.text for it in its[:mark])
        st.intro = "\n\n".join(x for x in (letter, st.intro) if x)
        st.closing = "\n\n".join(x for x in (st.closing, *(it.text for it in closing_items)) if x)
        meta.signatories = list(dict.fromkeys([*meta.signatories, *signatories(closing_items)]))
        return st
    intro, blocks, q_closing, heads = _questions(its[:mark])
    if not any(f.questions for f in blocks):
        return None
    pre, per, printed = _answers(body)
    answered = total = 0
    for block in blocks:
        paras = per.get(block.name or "", [])
        total += len(block.questions)
        if not paras or not block.questions:
            continue
        if len(paras) == len(block.questions):
            for q, it in zip(block.questions, paras):
                q.answer = Answer(text=it.text, label=printed.get(block.name or ""),
                                  location=Location(line=it.line, page=it.page))
        else:
            nums = [q.number for q in block.questions]
            text = "\n\n".join(it.text for it in paras)
            for q in block.questions:
                q.answer = Answer(text=text, joint=nums if len(nums) > 1 else None,
                                  label=printed.get(block.name or ""),
                                  location=Location(line=paras[0].line, page=paras[0].page))
        answered += len(block.questions)
        per.pop(block.name or "")
        printed.pop(block.name or "", None)  # used as the answers' label
    leftover = [it for paras in per.values() for it in paras]
    headings = [Unplaced(text=text, reason="reply heading of a faction without answered questions")
                for text in printed.values()]
    meta.signatories = list(dict.fromkeys([*meta.signatories, *signatories(q_closing),
                                           *signatories(closing_items)]))
    return Structure(
        meta=meta,
        intro="\n\n".join(it.text for it in [*intro, *pre]),
        factions=blocks,
        closing="\n\n".join(it.text for it in [*q_closing, *closing_items]),
        unplaced=headings + [Unplaced(text=it.text, line=it.line, page=it.page,
                                      reason="reply to a faction that asked nothing in the question letter")
                             for it in leftover],
        confidence=(0.3 + 0.5 * answered / total) if total else 0.0,
        headings=_headings(heads),
    )
