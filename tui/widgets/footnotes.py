"""Footnotes in the reader: the mark ``[1]`` in the text, the footnotes of
the current question and answer under the answer, in copies and in search.

The parse keeps a footnote's text in ``doc.footnotes`` (key → text) and
where its mark stood in ``doc.footnote_refs`` (question, field, offset); the
mark is not in the text. The reader puts it back as ``[1]``, styled as a
``footnote`` mark, shifting every other mark (figures, citations, hits,
parts) by the markers before it, and keeps the map from source offsets to
display offsets right.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content, Span

from ..highlight import Mark, Rendered, safe_text
from ..i18n import _
from ..plain_parts import keys_of, refs_in  # noqa: F401 (used by the reader)


@dataclass(frozen=True)
class _Part:
    label: str
    text: str
    start: int
    end: int


def marker(key: str) -> str:
    return f"[{safe_text(key)}]"


class Shift:
    """Source offsets -> offsets in the text with markers inserted."""

    def __init__(self, inserts: list[tuple[int, int]]) -> None:
        self.inserts = inserts  # (source offset, inserted length), sorted

    def start(self, offset: int) -> int:
        """A position at or after a marker standing there (a span's start)."""
        return offset + sum(n for at, n in self.inserts if at <= offset)

    def end(self, offset: int) -> int:
        """A position before a marker standing there (a span's end)."""
        return offset + sum(n for at, n in self.inserts if at < offset)


def with_markers(text: str, parts, marks: list[Mark], refs) -> tuple[str, list, list[Mark], Shift]:
    """``text`` with ``[key]`` at each ref, and ``parts`` and ``marks``
    moved to match, plus a ``footnote`` mark on each marker."""
    refs = [r for r in refs if 0 <= r.start <= len(text)]
    inserts = [(r.start, len(marker(r.key))) for r in refs]
    shift = Shift(inserts)
    pieces, pos = [], 0
    out_marks: list[Mark] = []
    for r in refs:
        pieces.append(text[pos:r.start])
        at = shift.end(r.start)
        out_marks.append(Mark(at, at + len(marker(r.key)), "footnote"))
        pieces.append(marker(r.key))
        pos = r.start
    pieces.append(text[pos:])
    new_parts = [_Part(p.label, p.text, shift.start(p.start), shift.end(p.end)) for p in parts]
    out_marks += [Mark(shift.start(m.start), shift.end(m.end), m.kind) for m in marks]
    return "".join(pieces), new_parts, out_marks, shift


class ShiftedRendered(Rendered):
    """A Rendered of a text with markers: source offsets are shifted first."""

    def __init__(self, rendered: Rendered, shift: Shift) -> None:
        super().__init__(rendered.content, rendered.offsets)
        self.shift = shift

    def display_offset(self, source_offset: int) -> int:
        return super().display_offset(self.shift.start(source_offset))


def text_with_markers(text: str, refs) -> str:
    """Plain ``text`` with its ``[key]`` markers (for copying)."""
    return with_markers(text, [], [], refs)[0]


def unmarked_keys(doc) -> list[str]:
    """Footnotes whose mark the parse did not place (shown with the document head)."""
    marked = {r.key for r in getattr(doc, "footnote_refs", ())}
    return [k for k in doc.footnotes if k not in marked]


def block_text(doc, keys: list[str]) -> str:
    """``[1] text`` a line per footnote: what the pane shows and search looks through."""
    return "\n".join(f"{marker(k)} {' '.join(safe_text(doc.footnotes[k]).split())}" for k in keys)


def copy_lines(doc, keys: list[str]) -> str:
    """The footnotes as copied under their text: ``[1] …`` lines."""
    return block_text(doc, keys)


class WithFootnotes(Rendered):
    """A pane's Rendered with the footnote block after it; ``block_start``
    is where the block's text starts in the pane."""

    def __init__(self, rendered: Rendered, block: Content, block_start: int) -> None:
        super().__init__(Content("").join([rendered.content, block]), rendered.offsets)
        self.inner = rendered
        self.block_start = block_start

    def display_offset(self, source_offset: int) -> int:
        return self.inner.display_offset(source_offset)


def append_block(rendered: Rendered, doc, keys: list[str], hits: list[Mark]) -> Rendered:
    """``rendered`` followed by a ``Voetnoten`` block of ``keys`` (with the
    search ``hits`` in it); unchanged when there are none."""
    if not keys:
        return rendered
    head = "\n\n" + _("Voetnoten") + "\n"
    text = block_text(doc, keys)
    spans = [Span(2, len(head) - 1, "bold")]
    pos = len(head)
    for line in text.split("\n"):
        end = line.index("]") + 1
        spans.append(Span(pos, pos + end, "italic"))
        pos += len(line) + 1
    from ..highlight import STYLES

    for h in hits:
        if 0 <= h.start < h.end <= len(text):
            spans.append(Span(len(head) + h.start, len(head) + h.end, STYLES[h.kind]))
    block = Content(head + text, spans)
    return WithFootnotes(rendered, block, len(rendered.content.plain) + len(head))


def render_marked(doc, qid: str | None, field: str, text: str, parts, label_for, marks: list[Mark]) -> Rendered:
    """:func:`~tui.highlight.render_field` with the footnote markers of
    ``field`` of ``qid`` put back in the text."""
    from ..highlight import render_field

    refs = refs_in(doc, qid, field)
    if not refs:
        return render_field(text, parts, label_for, marks)
    marked, new_parts, new_marks, shift = with_markers(text, parts, marks, refs)
    return ShiftedRendered(render_field(marked, new_parts, label_for, new_marks), shift)
