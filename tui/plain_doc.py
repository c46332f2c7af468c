"""The whole document as plain text, for terminals that cannot run the full-screen reader.

``vragenronde --plain PATH`` (and ``vragenronde PATH`` when ``TERM=dumb`` or
stdout is not a terminal) prints the document with :func:`render_document`
instead of opening the Textual app, through ``$PAGER`` when it is set and
stdout is a terminal (:func:`page`).

The highlights of the reader become markers around the marked text, so they
survive without colour or style:

=================  =========  ======================
highlight          UTF-8      ASCII (``--ascii``)
=================  =========  ======================
figure             ``«…»``    ``<<…>>``
citation           ``[[…]]``  ``[[…]]``
cross-reference    ``→{…}``   ``->{…}``
=================  =========  ======================

Spans come from the parse (``doc.figures``, ``doc.citations``, ``doc.xrefs``:
question id, field and offsets into that field's text). A span nested inside
another is marked inside it; one that overlaps another partly, or that does
not fit its text, is left unmarked. Document text between markers goes
through :func:`tui.safe_text.safe_text`, so a control character in a
document can never reach the terminal.

Like :mod:`tui.plain` this module imports neither rich nor textual.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .plain import dutch_date
from .i18n import N_, _
from .plain_parts import (
    all_questions, audit_line, copy_notices, footnote_lines, joint_stops, keys_of, notices_for, number_list,
    refs_in,
)
from .publication import provenance_line
from .safe_text import safe_text

if TYPE_CHECKING:  # the model is not imported at run time: a light document
    # (parsers.light) has the same attributes, without pydantic
    from parsers.model import Document

__all__ = ["ASCII", "UNICODE", "Markers", "marked", "page", "render_document"]


@dataclass(frozen=True)
class Markers:
    """The opening and closing marker of each highlight kind, and the rule character."""

    figure: tuple[str, str]
    citation: tuple[str, str]
    xref: tuple[str, str]
    rule: str
    #: Between the parts of the reference line.
    sep: str

    def pair(self, kind: str) -> tuple[str, str]:
        """The (open, close) markers of ``kind``: figure, citation or xref."""
        return getattr(self, kind)


UNICODE = Markers(figure=("«", "»"), citation=("[[", "]]"), xref=("→{", "}"), rule="─",
                  sep=" · ")
ASCII = Markers(figure=("<<", ">>"), citation=("[[", "]]"), xref=("->{", "}"), rule="-",
                sep=" | ")

_NO_ANSWER = {
    "deferred": N_("(het antwoord is uitgesteld)"),
    "missing": N_("(geen antwoord in dit document)"),
    "by-reference": N_("(zie het antwoord waarnaar verwezen wordt)"),
}

Span = tuple[int, int, str]  # start, end, kind

#: Which marker goes outside when two spans cover the same text.
_RANK = {"xref": 0, "citation": 1, "figure": 2}


def _nested(spans: Iterable[Span], length: int) -> list[Span]:
    """The spans that fit ``length`` and nest properly, outer before inner."""
    kept: list[Span] = []
    stack: list[Span] = []
    for start, end, kind in sorted(set(spans), key=lambda s: (s[0], -s[1], _RANK.get(s[2], 9))):
        if not 0 <= start < end <= length:
            continue
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack and end > stack[-1][1]:
            continue  # partial overlap with an open span
        kept.append((start, end, kind))
        stack.append((start, end, kind))
    return kept


def marked(text: str, spans: Iterable[Span], markers: Markers = UNICODE,
           notes: Iterable[tuple[int, str]] = ()) -> str:
    """``text`` made terminal-safe with the ``spans`` (start, end, kind)
    marked and each note (offset, ``[1]``) put in at its offset: after the
    highlights that end there, before those that start there."""
    notes_at: dict[int, list[str]] = {}
    for at, note in notes:
        if 0 <= at <= len(text):
            notes_at.setdefault(at, []).append(safe_text(note))
    inserts: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    for start, end, kind in _nested(spans, len(text)):
        opening, closing = markers.pair(kind)
        inserts.setdefault(start, []).append(opening)
        closes.setdefault(end, []).insert(0, closing)  # inner spans close first
    out: list[str] = []
    cuts = sorted(set(inserts) | set(closes) | set(notes_at) | {0, len(text)})
    for here, nxt in zip(cuts, cuts[1:] + [None]):
        out.extend(closes.get(here, []))
        out.extend(notes_at.get(here, []))
        out.extend(inserts.get(here, []))
        if nxt is not None:
            out.append(safe_text(text[here:nxt]))
    return "".join(out)


def _spans(doc: Document) -> dict[tuple[str | None, str], list[Span]]:
    """Every highlight of ``doc`` grouped by (question id, field)."""
    out: dict[tuple[str | None, str], list[Span]] = {}
    for kind, items in (("figure", doc.figures), ("citation", doc.citations)):
        for s in items:
            out.setdefault((s.question, s.field), []).append((s.start, s.end, kind))
    for x in doc.xrefs:
        out.setdefault((x.from_, x.field), []).append((x.start, x.end, "xref"))
    return out


def _wrap(text: str, width: int | None) -> str:
    """Wrap each line of ``text`` to ``width`` (None: leave the lines as they are)."""
    if not width:
        return text
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip(" "))]
        lines.append(textwrap.fill(line, width, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


def _reference(doc: Document, sep: str) -> str:
    from .plain import document_reference

    m = doc.meta
    ref = document_reference(doc)
    bits = [ref] if ref else []
    if m.date:
        bits.append(dutch_date(m.date))
    if m.source_name:
        bits.append(m.source_name)
    return safe_text(sep.join(bits))


def render_document(doc: Document, *, ascii: bool = False, width: int | None = None) -> str:
    """The whole of ``doc`` as plain text with marked highlights (ends with a newline).

    ``ascii`` uses :data:`ASCII` markers and rules; ``width`` wraps long lines.
    Footnote marks stand in the text as ``[1]``, the footnotes of a question
    and its answer follow the answer (the rest at the end); a Mededeling
    stands in place of the answers it defers (once; later questions point
    to it); a joint answer is given once, after the questions of its group;
    each answer is followed by the audit's result and reason.
    """
    mk = ASCII if ascii else UNICODE
    spans = _spans(doc)
    rule_width = min(width or 72, 72)
    dash = " - " if ascii else " — "

    def text(body: str, qid: str | None, field: str) -> str:
        stripped = body.strip("\n")
        lead = len(body) - len(body.lstrip("\n"))
        shift = [(s - lead, e - lead, k) for s, e, k in spans.get((qid, field), [])]
        notes = [(r.start - lead, f"[{r.key}]") for r in refs_in(doc, qid, field)]
        return _wrap(marked(stripped, shift, mk, notes), width)

    def heading(title: str) -> str:
        return f"{mk.rule * 2} {safe_text(title)} {mk.rule * 2}"

    def named(q) -> str:
        """``vraag 1``, ``vraag 4 (SP-4)`` where the id says more."""
        where = _("vraag {number}").format(number=q.number)
        return where + (f" ({safe_text(q.id)})" if q.id != str(q.number) else "")

    def label(q) -> str:
        return f"{safe_text(q.id)} {mk.rule} " + _("vraag {number}").format(number=q.number)

    blocks: list[str] = []
    if doc.meta.title:
        blocks.append(text(doc.meta.title, None, "title"))
    ref = _reference(doc, mk.sep)
    if ref:
        blocks.append(ref)
    blocks.append(_wrap(provenance_line(doc, [], None), width))
    f_, c_, x_ = mk.figure, mk.citation, mk.xref
    blocks.append(_("Markeringen: {figure}  {citation}  {xref}").format(
        figure=f_[0] + _("getal") + f_[1], citation=c_[0] + _("verwijzing") + c_[1],
        xref=x_[0] + _("zie antwoord") + x_[1]))
    blocks.append(mk.rule * rule_width)
    if doc.intro.strip():
        blocks.append(text(doc.intro, None, "intro"))
    questions = all_questions(doc)
    stops = joint_stops(questions)
    index = {id(q): i for i, q in enumerate(questions)}
    shown_notes: dict[int, str] = {}  # id(notice) -> the question it was shown at
    shown_keys: set[str] = set()

    def answer_blocks(q, group: list) -> list[str]:
        a = q.answer
        head = _("Antwoord:") if len(group) == 1 else _("Antwoord op vragen {numbers}:").format(
            numbers=number_list([m.number for m in group]))
        if ascii:
            head = head.replace("–", "-")
        body = text(a.text, q.id, "answer") if a is not None and a.text.strip() else ""
        notes = []
        for n in notices_for(doc, q.id):
            if id(n) in shown_notes:
                notes.append(_("(zie de mededeling bij {question})").format(question=shown_notes[id(n)]))
            else:
                shown_notes[id(n)] = named(q)
                notes.append(_wrap(safe_text(copy_notices([n])), width))
        if not body and not notes:
            status = a.status if a is not None else "missing"
            body = _(_NO_ANSWER.get(status, _NO_ANSWER["missing"]))
        out = [head + "\n" + "\n\n".join(b for b in [body] + notes if b)]
        keys = [k for k in keys_of(doc, [m.id for m in group]) if k not in shown_keys]
        shown_keys.update(keys)
        if keys:
            out.append(_wrap(footnote_lines(doc, keys), width))
        audits = [line.replace(" — ", dash) for m in group
                  if (line := audit_line(m, numbered=len(group) > 1))]
        if audits:
            out.append("\n".join(_wrap(line, width) for line in audits))
        return out

    for faction in doc.factions:
        if faction.name:
            blocks.append(heading(_("Fractie {name}").format(name=faction.name)))
        if faction.heading:
            blocks.append(_wrap(safe_text(faction.heading), width))
        section = None
        for q in faction.questions:
            if q.section and q.section != section:
                section = q.section
                blocks.append(heading(section))
            at = index[id(q)]
            if stops[at] != at:  # answered jointly: given at the group's first question
                holder = questions[stops[at]]
                blocks.append(label(q))
                blocks.append(_("(samen beantwoord met {question}; zie daar)").format(question=named(holder)))
                continue
            group = [q] + [questions[i] for i, s in enumerate(stops) if s == at and i != at]
            for m in group:
                blocks.append(label(m))
                blocks.append(text(m.text, m.id, "question"))
            blocks.extend(answer_blocks(q, group))
    left = [n for n in getattr(doc, "notices", ()) if id(n) not in shown_notes]
    if left:
        blocks.append(heading(_("Mededeling")))
        blocks.append(_wrap(safe_text(copy_notices(left)), width))
    if doc.closing.strip():
        blocks.append(mk.rule * rule_width)
        blocks.append(text(doc.closing, None, "closing"))
    rest = [k for k in doc.footnotes if k not in shown_keys]
    if rest:
        blocks.append(heading(_("Voetnoten")))
        blocks.append("\n".join(_wrap(safe_text(f"[{k}] {doc.footnotes[k]}"), width) for k in rest))
    if doc.report.unplaced:
        blocks.append(heading(_("Niet ingedeelde tekst")))
        blocks.append("\n\n".join(_wrap(safe_text(u.text.strip()), width)
                                  for u in doc.report.unplaced))
    return "\n\n".join(b for b in blocks if b) + "\n"


def page(text: str, *, stdout=None, environ: Mapping[str, str] | None = None) -> None:
    """Write ``text`` to stdout, through ``$PAGER`` when it is set and stdout is a terminal.

    A pager that cannot be started is skipped: the text is written directly.
    """
    env = os.environ if environ is None else environ
    stream = sys.stdout if stdout is None else stdout
    encoding = getattr(stream, "encoding", None) or "utf-8"
    data = text.encode(encoding, "replace")
    pager = env.get("PAGER", "").strip()
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    if pager and tty:
        try:
            proc = subprocess.Popen(shlex.split(pager), stdin=subprocess.PIPE)
        except (OSError, ValueError):
            proc = None
        if proc is not None:
            try:
                proc.communicate(data)
            except BrokenPipeError:  # the user quit the pager early
                proc.wait()
            return
    buffer = getattr(stream, "buffer", None)
    stream.flush()
    if buffer is None:
        stream.write(data.decode(encoding, "replace"))
    else:
        buffer.write(data)
    stream.flush()
