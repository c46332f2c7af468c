"""Faction-block grammar: nota n.a.v. verslag, memorie van antwoord, VSO.

Two shapes are recognised:

* **numbered** (EK nota, the project's seed): a heading per faction
  (``De leden van de SP-fractie hebben onderstaande vragen gesteld:``),
  questions numbered from 1 in every block, unlabelled answers after each
  question, split answers labelled ``Antwoord 4a.``;
* **prose** (memorie van antwoord, TK nota, VSO): paragraphs that open with
  ``De leden van de X-fractie ...`` are the question, the following
  paragraphs in the government's voice the answer (see ``prose.py``).

Text before the first block is the ``intro`` (cover letter), a signature
after the last answer is the ``closing``.
"""

from __future__ import annotations

import re

from ..model import Answer, Faction, Location, Meta, Part, Question, Unplaced
from ..source import Source
from .factions import faction_heading, slug
from .items import NUMBER, PART, Item, items, strip_marker
from .signature import split_closing, signatories
from .structure import Structure

ANSWER_LABEL = re.compile(
    r"^\s*(?:[-–•*]\s*)?Antwoord\s*(?:op\s+vraag\s*)?(?P<num>\d{1,4})?\s*(?P<part>[a-h])?\s*[.:]?\s*$", re.I
)
ANSWER_LABEL_INLINE = re.compile(
    r"^\s*(?:[-–•*]\s*)?Antwoord\s*(?:op\s+vraag\s*)?(?P<num>\d{1,4})\s*(?P<part>[a-h])?\s*[.:]\s+(?P<rest>\S.*)$",
    re.I | re.S,
)


class _Q:
    """A question under construction."""

    def __init__(self, number: int, item: Item, label: str) -> None:
        self.number = number
        self.label = label
        self.item = item
        self.q_lines: list[str] = []
        self.q_bold = item.bold
        self.in_question = True
        self.a_paras: list[tuple[str | None, list[str]]] = []  # (part label, paragraphs)
        self.a_item: Item | None = None
        self.a_label: str | None = None

    def add_answer(self, text: str, it: Item, part: str | None = None, new_part: bool = False) -> None:
        if self.a_item is None:
            self.a_item = it
        if new_part or not self.a_paras:
            self.a_paras.append((part, []))
        if text:
            self.a_paras[-1][1].append(text)


def _question_lines(lines: list[str]) -> list[str]:
    return [strip_marker(ln) if PART.match(ln) or ln.lstrip().startswith(("-", "•", "*")) else ln for ln in lines]


def _parts_from(text: str) -> tuple[str, list[Part]]:
    """Part labels at line starts (``a. ...``) become Parts of ``text``."""
    parts: list[Part] = []
    offset = 0
    lines = text.split("\n")
    starts = []
    for ln in lines:
        m = PART.match(ln)
        if m:
            starts.append((offset, m))
        offset += len(ln) + 1
    expect = ord("a")
    for i, (pos, m) in enumerate(starts):
        if ord(m["label"]) != expect:
            continue
        expect += 1
        body_start = pos + m.start("rest")
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else len(text)
        # a part ends at the next part label, or at the end of the question
        parts.append(Part(label=m["label"], text=text[body_start:end].rstrip(), start=body_start,
                          end=body_start + len(text[body_start:end].rstrip())))
    return text, parts


def _build_answer(q: _Q) -> Answer | None:
    if not q.a_paras:
        return None
    text_parts: list[str] = []
    parts: list[Part] = []
    pos = 0
    for label, paras in q.a_paras:
        body = "\n\n".join(paras)
        if text_parts:
            pos += 2
        if label:
            parts.append(Part(label=label, text=body, start=pos, end=pos + len(body)))
        text_parts.append(body)
        pos += len(body)
    loc = Location(line=q.a_item.line, page=q.a_item.page) if q.a_item else Location()
    label = q.a_label
    if parts:
        label = f"Antwoord {q.number}{parts[0].label}."
    return Answer(text="\n\n".join(text_parts), parts=parts, label=label, location=loc)


def _finish(q: _Q, faction: str | None) -> Question:
    text = "\n".join(q.q_lines).strip()
    text, parts = _parts_from(text)
    qid = f"{slug(faction)}-{q.number}" if faction else str(q.number)
    answer = _build_answer(q)
    return Question(id=qid, number=q.number, text=text, parts=parts, answer=answer, label=q.label,
                    location=Location(line=q.item.line, page=q.item.page))


def recognise_nota(source: Source, meta: Meta) -> Structure:
    its = items(source.blocks)
    heads = [i for i, it in enumerate(its) if faction_heading(it.text) and _opens_block(its, i)]
    # a faction that only joins another's questions opens no block of its own
    opening = [i for i in heads if not faction_heading(its[i].text).joining]
    numbered = sum(1 for it in its if _question_number(it))
    if meta.kind != "voorlopig-verslag":
        # numbers through the whole document, the faction named in each
        # question (TK nota, often with the numbers in the margin)
        from .headings import numbered as numbered_item
        from .nota_numbered import asks_as_faction, count_numbered_questions, prepare, recognise_numbered_prose

        prepared = prepare(its)
        count, margin = count_numbered_questions(prepared)
        # faction paragraphs without a number: many of them mean prose, and
        # the numbers are a list somewhere in it
        loose = sum(1 for it in prepared if not numbered_item(it) and asks_as_faction(it.text)
                    and not faction_heading(it.text))
        if count >= 2 and loose <= count and (
                margin or not opening or count < 2 * len(opening) and not _restarts(prepared)):
            st = recognise_numbered_prose(its, meta)
            if any(f.questions for f in st.factions):
                return st
    if not opening or numbered < len(opening):
        from .prose import recognise_prose
        from .reply import find_reply, pair_letters

        if meta.kind == "voorlopig-verslag":  # questions only: the answers come later
            from .reply import questions_only

            return questions_only(its, meta)
        mark = find_reply(its)
        if mark is not None and meta.kind != "verslag-schriftelijk-overleg" \
                and not its[mark].lines[0].lstrip().upper().startswith("BRIEF"):
            mark = None  # a nota answers itself: a lone reply label is a label, not a reply letter
        paired = pair_letters(its, mark, meta) if mark is not None else None
        return paired or recognise_prose(its, meta)
    return _numbered(its, heads, meta)


def _numbered(its: list[Item], heads: list[int], meta: Meta) -> Structure:
    intro_items = its[: heads[0]]
    factions: list[Faction] = []
    unplaced: list[Unplaced] = []
    warnings: list[str] = []
    body_end = len(its)
    tail_items, body_end = split_closing(its, heads[-1] + 1)
    bounds = heads + [body_end]
    matched = 0
    global_last = 0  # some documents number on across faction blocks
    for h, nxt in zip(bounds, bounds[1:]):
        head = its[h]
        ref = faction_heading(head.text)
        assert ref is not None
        fac = Faction(name=ref.name, heading=" ".join(head.text.split()), members=ref.members,
                      joins=ref.joins, location=Location(line=head.line, page=head.page))
        cur: _Q | None = None
        last = 0
        block = its[h + 1: nxt]
        for k, it in enumerate(block):
            first = it.lines[0]
            num = _question_number(it)
            if num and (num[0] == last + 1 or (cur is None and num[0] in (1, global_last + 1))):
                if cur:
                    fac.questions.append(_finish(cur, fac.name))
                last, label, lines = num
                cur = _Q(last, it, label)
                cur.q_lines = _question_lines(lines)
                matched += 1
                continue
            if cur is None:
                unplaced.append(Unplaced(text=it.text, line=it.line, page=it.page,
                                         reason=f"text in the {fac.name} block before its first question"))
                continue
            lab = ANSWER_LABEL.match(first)
            inl = ANSWER_LABEL_INLINE.match(it.text)
            if lab and (lab["num"] is None or int(lab["num"]) == cur.number):
                cur.in_question = False
                cur.a_label = cur.a_label or " ".join(first.split())
                cur.add_answer("\n".join(it.lines[1:]), it, part=lab["part"], new_part=True)
                continue
            if inl and int(inl["num"]) == cur.number:
                cur.in_question = False
                cur.add_answer(inl["rest"].strip(), it, part=inl["part"], new_part=True)
                continue
            if cur.in_question:
                pm = PART.match(first)
                if pm and pm["label"] == _next_part(cur.q_lines):
                    cur.q_lines.extend(_question_lines(it.lines))
                    continue
                if cur.q_bold and it.bold and not cur.a_paras:
                    cur.q_lines.append("")
                    cur.q_lines.extend(_question_lines(it.lines))
                    continue
                if not cur.a_paras and _askers_voice(it, block[k + 1:]):
                    cur.q_lines.append("")
                    cur.q_lines.extend(_question_lines(it.lines))
                    continue
                cur.in_question = False
            cur.add_answer(it.text, it)
        if cur:
            fac.questions.append(_finish(cur, fac.name))
        global_last = max(global_last, last)
        factions.append(fac)
    sigs = signatories(intro_items) + signatories(tail_items)
    meta.signatories = list(dict.fromkeys([*meta.signatories, *sigs]))
    total = sum(len(f.questions) for f in factions)
    answered = sum(1 for f in factions for q in f.questions if q.answer)
    conf = 0.5 + 0.5 * (answered / total) if total else 0.0
    return Structure(
        meta=meta,
        intro="\n\n".join(it.text for it in intro_items),
        factions=factions,
        closing="\n\n".join(it.text for it in tail_items),
        unplaced=unplaced,
        warnings=warnings,
        confidence=conf,
    )


#: ``Vraag 3`` (alone on its line, or followed by the question).
Q_LABEL = re.compile(r"^\s*(?:[-–•*]\s*)?Vraag\s*(?P<num>\d{1,4})\s*[.:)]?\s*(?P<rest>.*)$", re.I | re.S)


def _question_number(it: Item) -> tuple[int, str, list[str]] | None:
    """(number, printed label, question lines) when ``it`` opens a question:
    ``12. <vraag>``, ``- 3. <vraag>``, ``Vraag 3`` + the question."""
    if it.heading:
        return None
    first = it.lines[0]
    m = NUMBER.match(first)
    if m:
        return int(m["num"]), first[: m.start("rest")].strip(), [m["rest"].strip(), *it.lines[1:]]
    m = Q_LABEL.match(first)
    if m:
        rest = [x for x in (m["rest"].strip(), *it.lines[1:]) if x]
        return int(m["num"]), first[: m.start("rest")].strip() if m["rest"] else first.strip(), rest
    return None


#: A sentence in the askers' voice: ``Naar mening van de leden van de SP-fractie
#: wordt deze vraag des te prangender …``, ``Deze leden wijzen erop dat …``.
_ASKERS_VOICE = re.compile(
    r"^\s*(?:Naar\s+(?:de\s+)?(?:mening|opvatting|oordeel)\s+van\s+(?:de(?:ze)?\s+)?(?:leden|fractie)"
    r"|Volgens\s+(?:de(?:ze)?\s+)?leden"
    r"|(?:De|Deze)\s+leden(?:\s+van\s+de\s+\S+?-?fractie)?\s+(?:zijn\s+van\s+mening|menen|vinden|achten|"
    r"wijzen|merken|constateren|benadrukken|betreuren|hechten|onderstrepen)\b)",
    re.I,
)


def _askers_voice(it: Item, rest: list[Item]) -> bool:
    """A paragraph right after a question's ``?`` that is still the askers
    speaking (their view, not the government's answer), with more text after
    it in the block before the next question: it belongs to the question. In
    the PDF the whole question is bold; converted text has lost that."""
    if it.bold or len(it.text) > 600 or not _ASKERS_VOICE.match(it.lines[0]):
        return False
    return bool(rest) and _question_number(rest[0]) is None


#: A heading that announces the block's questions in words, not by a colon only.
_ANNOUNCES = re.compile(r"\b(?:onderstaande|volgende|navolgende)\s+(?:vragen|opmerkingen)|\bgesteld\s*:?\s*$"
                        r"|^\s*(?:Vragen|Opmerkingen|Inbreng|Reactie|Antwoord)", re.I)


def _opens_block(its: list[Item], i: int) -> bool:
    """A faction heading that opens a block: it says so in words, or it is not
    a question of its own (``De leden van de VVD-fractie vragen de regering:``
    followed by parts ``a.``/``b.`` is one question, not a heading)."""
    text = " ".join(its[i].text.split())
    if _ANNOUNCES.search(text) or not text.endswith(":") or i + 1 >= len(its):
        return True
    return not PART.match(its[i + 1].lines[0])


def _restarts(its: list[Item]) -> bool:
    """Does the question numbering start again at 1 after a faction heading
    (the EK layout, numbered per faction block)?"""
    seen_one = False
    for it in its:
        num = _question_number(it)
        if num and num[0] == 1:
            if seen_one:
                return True
            seen_one = True
    return False


def _next_part(lines: list[str]) -> str:
    """The next part label expected after the question lines so far."""
    last = None
    for ln in lines:
        m = PART.match(ln)
        if m:
            last = m["label"]
    return chr(ord(last) + 1) if last else "a"
