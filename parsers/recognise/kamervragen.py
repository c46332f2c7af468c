"""The Kamervragen grammar: labelled ``Vraag N`` / ``Antwoord N`` rounds.

Covers the Aanhangsel van de Handelingen (from our PDF reader, pdftotext raw
or ``-layout``, PyPDF2 text with lost spaces), questions-only ``kv-tk``
documents, Mededelingen, ministerial docx answer letters (a number alone on a
line or ``1. Kunt u …?`` followed by ``Antwoord``/``Antwoord:``) and XML/HTML
blocks whose role is ``question-label``/``answer-label``.

One faction group with name ``None``; question ids are the number as a
string (``"3"``). Combined labels (``Vraag 3, 4 en 5``, ``Vraag 2, 3 4 en 5``,
``Vraag 1 en 4``, ``Vraag 2–4``) give one question per number, each with the
printed text and ``label``; ``Antwoord 3, 4 en 5`` gives each of 3, 4, 5 the
same answer with ``joint=[3, 4, 5]``, also when the questions were asked
separately. Text before the first question is ``intro``; furniture and
footnotes that text converters left in are reported as ``unplaced``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Answer, Faction, Location, Meta, Question, Unplaced
from ..source import Source
from .kamervragen_clean import Ln, source_lines
from .kamervragen_meta import read_kamervragen_meta
from .structure import Structure
from .unwrap import Joiner, vocabulary

_NUMS = r"\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|[–—-]|\s)\s*\d{1,3}[a-z]?)*"
_Q = re.compile(rf"^\s*Vraag\s*(?P<nums>{_NUMS})\s*[.:]?\s*$")
_Q_INLINE = re.compile(rf"^\s*Vraag\s+(?P<nums>{_NUMS})\s*[.:]\s+(?P<rest>\S.*)$")
_A = re.compile(rf"^\s*Antwoord\s*(?:(?:op\s+)?(?:de\s+)?vra(?:ag|gen)\s*)?(?P<nums>{_NUMS})\s*[.:]?\s*$")
_A_INLINE = re.compile(rf"^\s*Antwoord\s+(?:(?:op\s+)?(?:de\s+)?vra(?:ag|gen)\s*)?(?P<nums>{_NUMS})\s*[.:]\s+(?P<rest>\S.*)$")
_A_BARE = re.compile(r"^\s*Antwoord\s*[.:]?\s*$")
_A_BARE_INLINE = re.compile(r"^\s*Antwoord\s*:\s*(?P<rest>\S.*)$")
_NUM_ALONE = re.compile(r"^\s*(?P<n>\d{1,3})\s*[.)]?\s*$")
_NUM_Q = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?P<rest>\S.*)$")
_LIST = re.compile(r"^\s*(?:[-–•*]\s+|[a-z][.)]\s+|\d{1,3}[.)]\s+|\(\w{1,3}\)\s+)")
_ASKING = re.compile(r"[Vv]ragen\s+van\s+(?:het\s+lid|de\s+leden|lid)\b")
_MEDEDELING = re.compile(r"^\s*Mededeling\s+van\b", re.M)


@dataclass
class _Group:
    kind: str  # "Q" or "A"
    nums: list[int]
    label: str | None
    at: Ln
    lines: list[Ln] = field(default_factory=list)


def numbers(text: str) -> list[int]:
    """``3, 4 en 5`` -> [3, 4, 5]; ``2–4`` and ``2 t/m 4`` -> [2, 3, 4]."""
    out: list[int] = []
    for m in re.finditer(r"(\d{1,3})[a-z]?(?:\s*(?:[–—-]|t/m|tot\s+en\s+met)\s*(\d{1,3}))?", text):
        a = int(m[1])
        b = int(m[2]) if m[2] else a
        rng = range(a, b + 1) if a <= b <= a + 50 else [a]
        out.extend(n for n in rng if n not in out)
    return out


def _label(ln: Ln, numbered: bool, expected: int, first_in_block: bool) -> tuple[str, list[int] | None, str, str] | None:
    """(kind, numbers or None for "same as last question", printed label, rest)."""
    text = ln.text
    if ln.role in ("question-label", "answer-label"):
        kind = "Q" if ln.role == "question-label" else "A"
        printed = (ln.label or text).strip()
        nums = numbers(printed)
        rest = "" if ln.label is None or ln.label.strip() == text.strip() else text
        return kind, nums or None, printed, rest
    for pat, kind in ((_Q, "Q"), (_A, "A")):
        m = pat.match(text)
        if m:
            return kind, numbers(m["nums"]), text.strip().rstrip(".:"), ""
    for pat, kind in ((_Q_INLINE, "Q"), (_A_INLINE, "A")):
        m = pat.match(text)
        if m:
            return kind, numbers(m["nums"]), text[: m.start("rest")].strip().rstrip(".:"), m["rest"]
    if _A_BARE.match(text):
        return "A", None, text.strip().rstrip(".:"), ""
    m = _A_BARE_INLINE.match(text)
    if m:
        return "A", None, "Antwoord", m["rest"]
    if numbered and first_in_block:
        m = _NUM_ALONE.match(text) or _NUM_Q.match(text)
        if m and int(m["n"]) == expected:
            rest = m.groupdict().get("rest") or ""
            return "Q", [int(m["n"])], text[: m.start("rest")].strip() if rest else text.strip(), rest
    return None


def recognise_kamervragen(source: Source, meta: Meta) -> Structure:
    """Questions and answers of a Kamervragen source, plus header facts."""
    lines, unplaced = source_lines(source)
    labelled = any(_Q.match(ln.text) or _Q_INLINE.match(ln.text) or ln.role == "question-label" for ln in lines)
    asking = any(_ASKING.search(ln.text) for ln in lines[:40])
    numbered = not labelled and (_has_bare_answers(lines) or asking)
    header: list[Ln] = []
    groups: list[_Group] = []
    expected = 1
    last_q: list[int] = []
    prev_block = None
    prev_text = ""
    for ln in lines:
        first = ln.block != prev_block or bool(re.search(r"[?.:!]\s*$", prev_text)) and source.format == "text"
        lab = _label(ln, numbered, expected, first)
        prev_block, prev_text = ln.block, ln.text
        if lab is None:
            (groups[-1].lines if groups else header).append(ln)
            continue
        kind, nums, printed, rest = lab
        if kind == "Q":
            nums = nums or [expected]
            last_q = nums
            expected = max(nums) + 1
        elif nums is None:
            if not last_q:
                (groups[-1].lines if groups else header).append(ln)
                continue
            nums = last_q
        groups.append(_Group(kind, nums, printed, ln))
        if rest.strip():
            groups[-1].lines.append(Ln(rest, ln.line, ln.page, ln.block, None, None, ln.bold))
    vocab = vocabulary(" ".join(ln.text for ln in lines))
    st = Structure(meta=meta, unplaced=unplaced)
    header_text = render(header, vocab)
    everything = header_text + "\n" + " ".join(t for t, *_ in source.dropped) + "\n" + " ".join(u.text for u in unplaced)
    read_kamervragen_meta(meta, "\n".join(ln.text for ln in header), everything)
    st.intro = header_text
    questions = _build(groups, vocab, st)
    answered = sum(1 for q in questions if q.answer is not None)
    if questions and not answered and _MEDEDELING.search("\n".join(ln.text for ln in header)):
        meta.kind = "mededeling"
    if answered:
        missing = [q.id for q in questions if q.answer is None]
        if missing:
            st.warnings.append("questions without an answer: " + ", ".join(missing))
    st.factions = [Faction(name=None, questions=questions)] if questions else []
    if questions:
        share = answered / len(questions) if answered else 1.0
        st.confidence = (0.95 if labelled else 0.75) * (0.5 + 0.5 * share)
    return st


def _has_bare_answers(lines: list[Ln]) -> bool:
    """Answer labels without ``Vraag`` labels: a docx letter's numbered questions."""
    return any(
        _A_BARE.match(ln.text) or _A_BARE_INLINE.match(ln.text) or _A.match(ln.text) or _A_INLINE.match(ln.text)
        for ln in lines
    )


def _build(groups: list[_Group], vocab: set[str], st: Structure) -> list[Question]:
    by_num: dict[int, Question] = {}
    order: list[Question] = []
    for g in groups:
        text = render(g.lines, vocab)
        loc = Location(line=g.at.line, page=g.at.page)
        if g.kind == "Q":
            fresh = [n for n in g.nums if n not in by_num]
            if not fresh:
                st.unplaced.append(Unplaced(text=_labelled(g.label, text), line=g.at.line, page=g.at.page,
                                            reason=f"second text labelled {g.label!r}"))
                continue
            if len(fresh) < len(g.nums):
                st.warnings.append(f"{g.label!r} repeats questions already asked; kept for "
                                   + ", ".join(map(str, fresh)))
            for n in fresh:
                q = Question(id=str(n), number=n, text=text, label=g.label, location=loc)
                by_num[n] = q
                order.append(q)
            continue
        targets = [n for n in g.nums if n in by_num]
        if not targets:
            st.unplaced.append(Unplaced(text=_labelled(g.label, text), line=g.at.line, page=g.at.page,
                                        reason=f"{g.label or 'answer'}: no such question"))
            continue
        joint = g.nums if len(g.nums) > 1 else None
        for n in targets:
            q = by_num[n]
            if q.answer is not None:
                q.answer.text = (q.answer.text + "\n\n" + text).strip()
                st.warnings.append(f"question {n} has more than one answer; the texts were joined")
                continue
            q.answer = Answer(text=text, joint=joint, label=g.label, location=loc)
    return order


def _labelled(label: str | None, text: str) -> str:
    """An unplaced group keeps its printed label, so no word is lost."""
    return "\n".join(t for t in (label, text) if t)


def render(lines: list[Ln], vocab: set[str] | None = None) -> str:
    """Lines back to text: blocks become paragraphs (blank line between),
    wrapped lines are joined (de-hyphenated), list items and short lines that
    end a sentence keep their line break."""
    paras: list[str] = []
    cur: Joiner | str = ""
    prev: Ln | None = None
    full = max((len(ln.text) for ln in lines), default=0)
    for ln in lines:
        text = ln.text.strip()
        if prev is None or ln.block != prev.block:
            if cur:
                paras.append(str(cur))
            cur = Joiner(text, vocab)  # linear however many lines a block has
        elif _LIST.match(text) or (re.search(r"[.?!:]\W*$", prev.text) and len(prev.text.strip()) < 0.75 * full):
            cur.newline(text)
        else:
            cur.join(text)
        prev = ln
    if cur:
        paras.append(str(cur))
    return "\n\n".join(p for p in paras if p.strip())
