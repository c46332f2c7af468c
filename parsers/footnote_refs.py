"""Footnote reference marks placed in the parse's texts.

A format reader that knows where a footnote mark stood records it in
``Source.footnote_refs`` as (block index, offset in the block's text, key).
The recogniser then cuts and joins block texts into questions, answers,
intro and closing, dropping labels; this module finds each mark's place in
those texts by the words just before it in its block (or just after it, for
a mark at a block's start), tried at a few lengths so that a label or a
join at the block's edge does not stand in the way.

Marks come in document order, and so do the texts; the search goes on from
the text where the last mark was found, so each text is searched a bounded
number of times. A mark found nowhere is left out; its footnote stays in
``Document.footnotes``.
"""

from __future__ import annotations

from .model import Document, FootnoteRef
from .source import Source

#: Context lengths tried, longest first.
_LENGTHS = (60, 30, 15)


def _places(doc: Document) -> list[tuple[str | None, str, str]]:
    """(question id, field, text) for every text of the parse, in document order.
    A joint answer repeated on the questions that share it is searched once."""
    out: list[tuple[str | None, str, str]] = [(None, "intro", doc.intro)]
    for faction in doc.factions:
        for q in faction.questions:
            out.append((q.id, "question", q.text))
            if q.answer is not None and q.answer.text and not q.answer.shared_with:
                out.append((q.id, "answer", q.answer.text))
    out.append((None, "closing", doc.closing))
    return out


def _find(text: str, before: str, after: str) -> int | None:
    """Where the mark stands in ``text``, or None."""
    for n in _LENGTHS:
        ctx = before[-n:].lstrip()
        if len(ctx) >= min(n, 8):
            at = text.find(ctx)
            if at >= 0:
                return at + len(ctx)
        ctx = after[:n].rstrip()
        if not before.strip() and len(ctx) >= min(n, 8):
            at = text.find(ctx)
            if at >= 0:
                return at
    return None


def place_footnote_refs(source: Source, doc: Document,
                        more: list[tuple[str, int, str]] | None = None) -> list[FootnoteRef]:
    """The marks of ``source`` (and ``more`` marks, each as the text of its
    block, offset and key) as :class:`FootnoteRef` in ``doc``'s texts."""
    marks = [(source.blocks[i].text, offset, key) for i, offset, key in source.footnote_refs
             if 0 <= i < len(source.blocks)]
    marks += more or []
    if not marks:
        return []
    places = _places(doc)
    out: list[FootnoteRef] = []
    here = 0
    for block, offset, key in marks:
        before, after = block[max(0, offset - _LENGTHS[0]):offset], block[offset:offset + _LENGTHS[0]]
        order = list(range(here, len(places))) + list(range(0, here))
        for i in order:
            qid, field, text = places[i]
            at = _find(text, before, after) if text else None
            if at is not None:
                out.append(FootnoteRef(key=key, question=qid, field=field, start=at))
                here = i
                break
    return out
