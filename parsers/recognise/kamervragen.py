"""The Kamervragen grammar: labelled ``Vraag N`` / ``Antwoord N`` rounds.

Covers the Aanhangsel van de Handelingen (from our PDF reader, pdftotext raw
or ``-layout``, PyPDF2 text with lost spaces), questions-only ``kv-tk``
documents, Mededelingen, ministerial docx answer letters (a number alone on a
line or ``1. Kunt u …?`` followed by ``Antwoord``/``Antwoord:``, or no number
at all where Word's list numbering was lost) and XML/HTML blocks whose role
is ``question-label``/``answer-label``. The labels are read by
:mod:`.kamervragen_labels`.

One faction group with name ``None``; question ids are the number as a
string (``"3"``). Questions asked under one label (``Vraag 3, 4 en 5``,
``Vraag 1 en 4``) become one question per number, each holding the printed
text of the group and the group's ``label``. An answer that names several
questions (``Antwoord 3, 4 en 5``, ``Antwoord op vraag 1, 3 en 5``, also
for questions asked separately) is given to each of them with
``joint=[3, 4, 5]`` and ``shared_with`` the id of the group's first
question (null on that first question): the same answer, shown once.

A *Mededeling* becomes a :class:`~parsers.model.Notice` (see
:mod:`.kamervragen_notice`). Text before the first question is ``intro``;
sources after the last one (``1) NOS, …``) are ``closing``; furniture and
footnotes that text converters left in are reported as ``unplaced``.
Repaired or unreadable labels, guessed numbers and renumbered duplicates
are reported as ``Check``s on the structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Answer, Check, Faction, Location, Meta, Question, Unplaced
from ..source import Source
from .kamervragen_clean import Ln, source_lines
from .kamervragen_groups import Group, answers_restart, answers_run, run_candidates, run_label, asks_again, checks, renumber_duplicates, take_set_heading
from .kamervragen_infer import carve_question, questions_by_position
from .lijst_answer_run import pick
from .kamervragen_labels import Label, bare_group, has_answer_labels, is_question_label, numbers, read_label
from .kamervragen_meta import read_kamervragen_meta
from .kamervragen_notice import delay_paragraph, make_notice, notice_text_end, split_opening
from .kamervragen_parts import add_parts, add_split_part
from .kamervragen_render import render as _render
from .structure import Structure
from .unwrap import vocabulary

__all__ = ["numbers", "recognise_kamervragen", "render"]

_ASKING = re.compile(r"[Vv]ragen\s+van\s+(?:het\s+lid|de\s+leden|lid|het\s+leden)\b")
_SOURCES = re.compile(r"^\s*(?:\d{1,2}\)\s+\S|\[\s*\d{1,2}\s*\]\s*\S|_{5,}\s*$)")
#: The signature that closes a letter: ``De minister van …,`` / ``Hoogachtend,``.
_SIGNS = re.compile(
    r"^\s*(?:Hoogachtend|Met\s+vriendelijke\s+groet(?:en)?|De\s+(?:[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\b"
    r"[^.]{0,100},)\s*,?\s*$"
)
#: The header of an answer document (not the questions alone).
_ANSWERING = re.compile(
    r"\bAntwoord\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)|\bAntwoord(?:en)?\s+op\s+(?:de\s+)?(?:Kamer)?vragen\b|"
    r"\bAntwoord\s+schriftelijke\s+vragen\b|\bBeantwoording\s+(?:van\s+)?(?:de\s+)?(?:Kamer)?vragen\b", re.I
)
#: The cover line of the answers in an older Aanhangsel, printed after the
#: questions: ``Antwoord van staatssecretaris X (…). (Ontvangen …)``; the
#: answers after it repeat the question numbers (``1``, ``2`` …).
_ANSWER_COVER = re.compile(
    r"^\s*Antwoord\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)\b")
#: A heading over all the answers, printed after all the questions (a
#: ministry letter or Aanhangsel that lists the questions first): the
#: numbers after it restart and name answers.
_ANSWERS_HEAD = re.compile(
    r"^\s*(?:Antwoord(?:en)?(?:\s+op\s+(?:de\s+)?(?:(?:schriftelijke|gestelde)\s+)?(?:Kamer)?vragen)?|"
    r"Beantwoording(?:\s+(?:van\s+)?(?:de\s+)?(?:(?:schriftelijke|gestelde)\s+)?(?:Kamer)?vragen)?)\s*[.:]?\s*$", re.I)
#: The end of that cover line: ``(Ontvangen 12 januari 2011)``.
_COVER_END = re.compile(r"ontvangen\b[^)]*\)\s*\.?\s*$", re.I)
#: A line that ends a question (a footnote number or quote may follow the ``?``).
_ASKS = re.compile(r"\?[\s»”’\")]*(?:\d{1,2}\)?)?\s*$")


@dataclass
class _Parse:
    """What one pass over the lines found."""

    header: list[Ln] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    #: the heading lines over each further set of questions (set 1, 2, …)
    set_heads: dict[int, list[Ln]] = field(default_factory=dict)
    closing: list[Ln] = field(default_factory=list)


def render(lines: list[Ln], vocab: set[str] | None = None, inline_hyphens: bool = False) -> str:
    """Lines back to text (see :mod:`.kamervragen_render`)."""
    return _render(lines, vocab, inline_hyphens)


def recognise_kamervragen(source: Source, meta: Meta) -> Structure:
    """Questions, answers and notices of a Kamervragen source, plus header facts."""
    lines, unplaced = source_lines(source)
    labelled = any(is_question_label(ln) for ln in lines)
    asking = any(_ASKING.search(ln.text) for ln in lines[:40])
    numbered = not labelled and (has_answer_labels(lines) or asking)
    p = _scan(lines, numbered, source.format == "text")
    st = Structure(meta=meta, unplaced=unplaced)
    if not any(g.kind == "Q" for g in p.groups) and not labelled:
        _infer_questions_only(p)
    for k in sorted({g.set for g in p.groups}):
        renumber_duplicates([g for g in p.groups if g.set == k], st)
    _split_sources(p)
    _split_unlabelled_answers(p, st)
    vocab = vocabulary(" ".join(ln.text for ln in lines))
    inline = source.format == "text"

    def text(ls: list[Ln]) -> str:
        return render(ls, vocab, inline)

    before, opening, after = split_opening(p.header)
    notice_lines: list[Ln] = []
    if opening:
        stop = next((i for i, ln in enumerate(after) if _SOURCES.match(ln.text)), len(after))
        notice_lines, rest = after[:stop], after[stop:]
        p.header = before
        p.closing = rest + p.closing
    elif not p.groups:
        k = delay_paragraph(p.header)
        if k is not None:
            end = k + notice_text_end(p.header[k:])
            notice_lines, p.closing = p.header[k:end], p.header[end:] + p.closing
            p.header = p.header[:k]
    header_text = text(p.header)
    notes = [g for g in p.groups if g.kind == "N"]
    told = notice_lines + [ln for g in notes for ln in g.lines]
    everything = "\n".join([header_text, text(opening), text(told), " ".join(t for t, *_ in source.dropped),
                            " ".join(u.text for u in unplaced)])
    read_kamervragen_meta(meta, "\n".join(ln.text for ln in p.header + opening + told), everything,
                          "\n".join(ln.text for ln in p.closing))
    st.intro = header_text
    st.closing = text(p.closing)
    blocks: list[Faction] = []
    for k in sorted({g.set for g in p.groups}):
        head = p.set_heads.get(k, [])
        qs = _build([g for g in p.groups if g.set == k], text, st)
        if qs:
            at = head[0] if head else None
            blocks.append(Faction(name=None, heading=" ".join(text(head).split()) or None, questions=qs,
                                  location=Location(line=at.line, page=at.page) if at else Location()))
    questions = [q for b in blocks for q in b.questions]
    add_parts(questions)
    checks(p.groups, st)
    if opening or notes or notice_lines:
        body = "\n\n".join(t for t in [text(notice_lines)] + [text(g.lines) for g in notes] if t)
        label = " ".join(" ".join(ln.text.strip() for ln in opening).split()) or (notes[0].label if notes else None)
        at = opening[0] if opening else notes[0].at if notes else notice_lines[0] if notice_lines else None
        st.notices.append(make_notice(label, body, at, questions))
    answered = [q for q in questions if q.answer is not None and q.answer.status == "answered"]
    if st.notices and not answered:
        meta.kind = "mededeling"
    if answered:
        missing = [q.id for q in questions if q.answer is None]
        if missing:
            st.warnings.append("questions without an answer: " + ", ".join(missing))
    st.factions = blocks if len(blocks) > 1 else [Faction(name=None, questions=questions)] if questions else []
    if questions:
        share = len([q for q in questions if q.answer is not None]) / len(questions)
        sure = 0.95 if labelled else 0.75
        if any(c.severity == "warning" for c in st.checks):
            sure -= 0.2
        st.confidence = sure * (0.5 + 0.5 * share) if answered else sure
    elif st.notices:
        st.confidence = 0.75
    return st


def _scan(lines: list[Ln], numbered: bool, plain_text: bool) -> _Parse:
    """One pass: header lines, then label groups with their lines."""
    p = _Parse()
    expected = 1
    last_q: list[int] = []
    asked: list[int] = []
    answered: set[int] = set()
    prev_block = None
    prev_text = ""
    #: after the answers' cover line (older Aanhangsel): the numbers name answers
    answering = covering = False
    cover_at = 0
    #: under an answers' heading: line index -> the answer numbers it opens
    run: dict[int, list[int]] | None = None
    set_no = 0
    for k, ln in enumerate(lines):
        first = ln.block != prev_block or bool(re.search(r"[?.:!]\s*$", prev_text)) and plain_text
        asks = numbered and any("?" in nxt.text for nxt in lines[k:k + 4] if nxt.block == ln.block)
        if numbered and asked and not answered and not answering and _ANSWER_COVER.match(ln.text):
            answering = covering = True
            expected = min(asked)
            cover_at = len(p.header)
            p.header.append(ln)  # the answer's cover line is document head, like the askers' one
            prev_block, prev_text = ln.block, ln.text
            continue
        if (len(asked) > 1 and not answered and not answering and _ANSWERS_HEAD.match(ln.text)
                and answers_run(lines, k + 1, min(asked))):
            # a heading over all the answers after all the questions: the
            # numbers restart and name answers (questions listed first)
            answering = True
            expected = min(asked)
            run = pick(run_candidates(lines, k + 1, set(asked), plain_text), min(asked))
            p.header.append(ln)  # a document heading, like the answers' cover line
            prev_block, prev_text = ln.block, ln.text
            continue
        if (not numbered and asked and not answered and not covering and _ANSWER_COVER.match(ln.text)
                and any(_COVER_END.search(x.text) for x in lines[k:k + 3])):
            # the answer's cover line printed between the questions and the
            # labelled answers (older OB XML ``omschr type="antwoord"``)
            covering = True
            cover_at = len(p.header)
            p.header.append(ln)
            prev_block, prev_text = ln.block, ln.text
            continue
        # numbers alone restart at 1 under a further set's asking sentence
        again = (numbered and 1 in asked and bool(answered) and bool(p.groups) and p.groups[-1].kind == "A"
                 and asks_again(p.groups[-1].lines))
        group = bare_group(ln.text) if answering and first else None
        if run is not None:
            # the answers' run under its heading: its numbers in sequence, a
            # list inside an answer left in it
            lab = run_label(ln, run[k]) if k in run else None
        elif group and group[0] == expected and set(group) <= set(asked):
            lab = Label("A", group, ln.text.strip().rstrip(".:").strip(), "")
        else:
            lab = read_label(ln, numbered or answering, 1 if again else expected, first, asks or answering)
        prev_block, prev_text = ln.block, ln.text
        if lab is None:
            (p.header if covering else p.groups[-1].lines if p.groups else p.header).append(ln)
            continue
        covering = False
        nums = lab.nums
        if lab.kind == "Q" and answering and nums and set(nums) <= set(asked):
            lab = replace(lab, kind="A")
            expected = max(nums) + 1
        elif lab.kind == "Q":
            if (nums and min(nums) == 1 and 1 in asked and answered and p.groups and p.groups[-1].kind == "A"
                    and answers_restart(lines, k)):
                # numbering restarts after an answer: a further set of
                # questions (follow-up questions answered in the same letter)
                set_no += 1
                p.set_heads[set_no] = take_set_heading(p.groups[-1].lines)
                asked, answered, last_q, expected = [], set(), [], 1
            nums = nums or [expected]
            last_q = nums
            asked += nums
            expected = max(nums) + 1
        elif lab.kind == "A" and lab.unreadable:
            # the first question asked that has no answer yet
            nums = next(([n] for n in asked if n not in answered), last_q) or None
            if nums is None:
                (p.groups[-1].lines if p.groups else p.header).append(ln)
                continue
        elif lab.kind == "A" and nums is None:
            if not p.groups or p.groups[-1].kind != "Q":
                # a bare ``Antwoord`` after an answer: the question before it
                # carries no number (Word list numbering lost)
                pool = p.groups[-1].lines if p.groups else p.header
                keep, q_lines = carve_question(pool)
                if q_lines:
                    pool[:] = keep
                    p.groups.append(Group("Q", [expected], None, q_lines[0], q_lines, inferred=True, set=set_no))
                    last_q = [expected]
                    asked.append(expected)
                    expected += 1
            if not last_q:
                (p.groups[-1].lines if p.groups else p.header).append(ln)
                continue
            nums = last_q
        elif lab.kind == "N":
            nums = []
        if lab.kind == "A":
            answered.update(nums)
        p.groups.append(Group(lab.kind, nums, lab.printed, ln, repaired=lab.repaired, unreadable=lab.unreadable,
                              set=set_no))
        if lab.rest.strip():
            p.groups[-1].lines.append(Ln(lab.rest, ln.line, ln.page, ln.block, None, None, ln.bold))
    if covering and p.groups:
        # no numbered answer followed the cover line: the text after the
        # cover answers all questions at once
        cover = p.header[cover_at:]
        end = next((i + 1 for i, c in enumerate(cover[:4]) if _COVER_END.search(c.text)), None)
        if end is None:
            end = next((i for i, c in enumerate(cover) if c.block != cover[0].block), len(cover))
        del p.header[cover_at + end:]
        if cover[end:]:
            p.groups.append(Group("A", sorted(set(asked)), None, cover[end], cover[end:], by_position=True,
                                  set=set_no))
    return p


def _infer_questions_only(p: _Parse) -> None:
    """No question labels and no numbers: one question per ``?`` paragraph."""
    if p.groups:
        return
    found = questions_by_position(p.header)
    if found is None:
        return
    p.header, qs, sources = found
    p.groups = [Group("Q", [k], None, q[0], q, inferred=True) for k, q in enumerate(qs, 1)]
    p.closing = sources


def _split_sources(p: _Parse) -> None:
    """Source lines (``1) NOS, …``) and the signature (``De minister van …,``)
    after the last group's text are closing."""
    if not p.groups:
        return
    tail = p.groups[-1].lines
    k = next((i for i, ln in enumerate(tail) if (_SOURCES.match(ln.text) or _SIGNS.match(ln.text)) and i > 0
              and tail[i - 1].block != ln.block), None)
    if k is not None:
        p.closing = tail[k:] + p.closing
        del tail[k:]


def _split_unlabelled_answers(p: _Parse, st: Structure) -> None:
    """An answer document whose answers lost their labels (web-page text):
    each question ends at its first line ending in ``?`` (and the ``?``
    lines right after it); the text after that is the answer."""
    if any(g.kind in ("A", "N") for g in p.groups) or not p.groups:
        return
    if not _ANSWERING.search(" ".join(ln.text for ln in p.header)):
        return
    out: list[Group] = []
    split = 0
    for g in p.groups:
        out.append(g)
        ends = [i for i, ln in enumerate(g.lines) if _ASKS.search(ln.text)]
        if g.kind != "Q" or not ends:
            continue
        k = ends[0]
        while k + 1 in ends:
            k += 1
        if k + 1 < len(g.lines):
            rest = g.lines[k + 1:]
            del g.lines[k + 1:]
            out.append(Group("A", list(g.nums), None, rest[0], rest))
            split += 1
    if split:
        p.groups = out
        st.checks.append(Check(
            code="answers-unlabelled", severity="info",
            message=f"the answers carry no label; {split} answers read as the text after each question",
            params={"count": str(split)},
        ))


def _build(groups: list[Group], text, st: Structure) -> list[Question]:
    """Questions first, then answers, so that an answer may name a question
    printed after it (``Antwoord op vraag 1, 3 en 5`` after question 5)."""
    by_num: dict[int, Question] = {}
    pos: dict[int, int] = {}
    order: list[Question] = []
    for g in groups:
        if g.kind != "Q":
            continue
        body = text(g.lines)
        fresh = [n for n in g.nums if n not in by_num]
        if not fresh:
            st.unplaced.append(Unplaced(text=_labelled(g.label, body), line=g.at.line, page=g.at.page,
                                        reason=f"second text labelled {g.label!r}"))
            continue
        if len(fresh) < len(g.nums):
            st.warnings.append(f"{g.label!r} repeats questions already asked; kept for " + ", ".join(map(str, fresh)))
        for n in fresh:
            by_num[n] = Question(id=g.qid(n), number=n, text=body, label=g.label,
                                 location=Location(line=g.at.line, page=g.at.page))
            pos[n] = len(order)
            order.append(by_num[n])
    for g in groups:
        if g.kind != "A":
            continue
        body = text(g.lines)
        targets = sorted((n for n in g.nums if n in by_num), key=lambda n: pos[n])
        if not targets:
            st.unplaced.append(Unplaced(text=_labelled(g.label, body), line=g.at.line, page=g.at.page,
                                        reason=f"{g.label or 'answer'}: no such question"))
            continue
        joint = sorted(g.nums) if len(g.nums) > 1 else None
        for n in targets:
            q = by_num[n]
            if q.answer is not None:
                if not add_split_part(q.answer, g.label, body):
                    q.answer.text = (q.answer.text + "\n\n" + body).strip()
                    if joint:  # the joined text is partly shared: say with whom
                        q.answer.joint = sorted(set(q.answer.joint or [n]) | set(joint))
                    st.warnings.append(f"question {n} has more than one answer; the texts were joined")
                continue
            shared = g.qid(targets[0]) if joint and n != targets[0] else None
            q.answer = Answer(text=body, joint=joint, label=g.label, location=Location(line=g.at.line, page=g.at.page),
                              shared_with=shared)
    return order


def _labelled(label: str | None, text: str) -> str:
    """An unplaced group keeps its printed label, so no word is lost."""
    return "\n".join(t for t in (label, text) if t)
