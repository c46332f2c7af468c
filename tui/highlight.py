"""Highlighted, markup-free rendering of document text.

Document text is data: it is turned into :class:`textual.content.Content`
with explicit :class:`~textual.content.Span` objects, never parsed as markup,
so ``[bold]`` or ``[@click=app.quit]`` in a document shows literally.

Spans come from the parse (``doc.figures``, ``doc.citations``, ``doc.xrefs``:
question id + field + start/end) and from the search. Every kind differs in
text attributes as well as colour, so it stays distinguishable under
``NO_COLOR``, in 16 colours and in light and dark themes:

* figure: bold
* citation: underline
* cross-reference: bold italic underline
* search hit: reverse; the current hit: reverse bold underline
* commitment (a *toezegging*, the whole sentence): italic on a tint, under
  the others (a figure in it stays bold)
* footnote mark ``[1]`` (put back where the mark stood): italic
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from textual.content import Content, Span

from tui.safe_text import safe_text as _safe_text
from tui.safe_text import sanitize as _sanitize

# -- sanitising ---------------------------------------------------------

def safe_text(text: str) -> str:
    """Document text made safe to show in the terminal, same length as ``text``
    (span offsets stay valid): controls become visible placeholders."""
    return _sanitize(text)


def plain_copy_text(text: str) -> str:
    """Text for the clipboard and pipes: line endings normalised, every
    control character shown as a visible placeholder (``␛``), never raw."""
    return _safe_text(text.replace("\r\n", "\n").replace("\r", "\n"))


# -- marks --------------------------------------------------------------

#: Textual style per mark kind. Theme variables keep it legible in light and
#: dark themes; the attributes keep kinds apart without colour.
STYLES: dict[str, str] = {
    "figure": "bold $text-success",
    "citation": "underline $text-accent",
    "xref": "bold italic underline $text-warning",
    "hit": "reverse",
    "hit-current": "reverse bold underline $text-error",
    "label": "bold",
    "note": "italic",
    "commitment": "italic on $primary-muted",
    "footnote": "italic $text-secondary",
}

#: Order in which overlapping styles are applied (later wins on conflicts).
_ORDER = {"commitment": -1, "figure": 0, "citation": 1, "xref": 2, "hit": 3, "hit-current": 4}


@dataclass(frozen=True)
class Mark:
    """A highlighted range ``[start, end)`` of one field's text."""

    start: int
    end: int
    kind: str


def doc_marks(doc, qid: str | None, field: str) -> list[Mark]:
    """Figures, citations, cross-references and commitments of ``field`` of question ``qid``."""
    marks: list[Mark] = []
    for fig in doc.figures:
        if fig.question == qid and fig.field == field:
            marks.append(Mark(fig.start, fig.end, "figure"))
    for cit in doc.citations:
        if cit.question == qid and cit.field == field:
            marks.append(Mark(cit.start, cit.end, "citation"))
    for xref in doc.xrefs:
        if xref.from_ == qid and xref.field == field and xref.end > xref.start:
            marks.append(Mark(xref.start, xref.end, "xref"))
    for com in getattr(doc, "commitments", ()):
        if com.question == qid and com.field == field:
            marks.append(Mark(com.start, com.end, "commitment"))
    return marks


def clamp(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks cut to ``[0, length)``; empty or inverted ones dropped."""
    out = []
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if start < end:
            out.append(Mark(start, end, m.kind))
    return out


def build_content(text: str, marks: Iterable[Mark] = ()) -> Content:
    """``text`` (sanitised) as Content with a styled span per mark."""
    clean = safe_text(text)
    spans = [
        Span(m.start, m.end, STYLES[m.kind])
        for m in sorted(clamp(marks, len(clean)), key=lambda m: (_ORDER.get(m.kind, 9), m.start))
    ]
    return Content(clean, spans, strip_control_codes=False)


# -- display with part labels ---------------------------------------------

def _strip_label(gap: str, label: str) -> str:
    """``gap`` without a trailing printed label for part ``label``
    (``a.``, ``- a.``, ``(a)``, ``Antwoord 4a.``)."""
    pattern = rf"(?:^|\s)[-\u2013\u2022*]?\s*(?:antwoord\s+\d+\s*)?\(?{re.escape(label)}[.):]?\s*$"
    m = re.search(pattern, gap, re.IGNORECASE)
    return gap[:m.start()] if m else gap


@dataclass
class Segment:
    """A piece of source text ``[start, end)`` shown after an optional label."""

    start: int
    end: int
    label: str | None = None


def segments(text: str, parts, label_for) -> list[Segment]:
    """Split ``text`` at its parts; each part gets ``label_for(part.label)``.

    Text between parts is kept unless it is only the printed label itself.
    Without parts the whole text is one segment.
    """
    parts = sorted((p for p in parts if 0 <= p.start < p.end <= len(text)), key=lambda p: p.start)
    if not parts:
        return [Segment(0, len(text))]
    out: list[Segment] = []
    pos = 0
    for part in parts:
        if part.start < pos:
            continue
        gap = _strip_label(text[pos:part.start], part.label)
        if gap.strip(" \t\n-\u2013\u2022*"):
            out.append(Segment(pos, pos + len(gap)))
        out.append(Segment(part.start, part.end, label_for(part.label)))
        pos = part.end
    if text[pos:].strip():
        out.append(Segment(pos, len(text)))
    return out


@dataclass
class Rendered:
    """Displayed Content plus the map from source offsets to display offsets."""

    content: Content
    #: (source start, source end, display start) per segment.
    offsets: list[tuple[int, int, int]]

    def display_offset(self, source_offset: int) -> int:
        """Where source offset ``source_offset`` sits in the displayed text."""
        for start, end, disp in self.offsets:
            if start <= source_offset <= end:
                return disp + (source_offset - start)
        return 0


class Extended(Rendered):
    """``inner`` with more shown after it (an audit note, a notice): the
    source offsets map as ``inner`` maps them (footnote marks included)."""

    def __init__(self, inner: Rendered, content: Content) -> None:
        super().__init__(content, inner.offsets)
        self.inner = inner

    def display_offset(self, source_offset: int) -> int:
        return self.inner.display_offset(source_offset)


def render_field(text: str, parts=(), label_for=None, marks: Iterable[Mark] = ()) -> Rendered:
    """Render a question or answer text with its part labels and marks."""
    body = build_content(text, marks)
    if not parts or label_for is None:
        stripped = len(text) - len(text.lstrip())
        return Rendered(body[stripped:].rstrip() if stripped else body.rstrip(), [(0, len(text), -stripped)])
    pieces: list[Content] = []
    offsets: list[tuple[int, int, int]] = []
    pos = 0
    for seg in segments(text, parts, label_for):
        # trim surrounding white space of the segment, keep offsets exact
        start, end = seg.start, seg.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if pieces:
            pieces.append(Content("\n\n"))
            pos += 2
        if seg.label:
            sep = " " if len(seg.label) <= 4 else "\n"  # "a." inline, "Antwoord 4a." above
            label = Content(safe_text(seg.label) + sep, [Span(0, len(seg.label), STYLES["label"])])
            pieces.append(label)
            pos += len(label.plain)
        offsets.append((start, end, pos))
        pieces.append(body[start:end])
        pos += end - start
    return Rendered(Content("").join(pieces), offsets)


# -- search -------------------------------------------------------------


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive, non-overlapping occurrences of ``needle`` in ``text``."""
    if not needle:
        return []
    hay, want = text.casefold(), needle.casefold()
    if len(hay) != len(text):  # casefold changed lengths (ß -> ss): use regex
        return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]
    hits, pos = [], hay.find(want)
    while pos >= 0:
        hits.append((pos, pos + len(want)))
        pos = hay.find(want, pos + max(1, len(want)))
    return hits
