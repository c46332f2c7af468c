"""Footnotes at the end of a plain text: ``1) NRC, 3 mei 2024, …``.

Text typed or converted without a footnote apparatus puts the notes after
the last paragraph, each starting with its number: ``1)``, ``1`` followed by
a space and a capital (``1 NRC, …``) or a superscript digit (``¹ NRC, …``);
a note may run on over more lines. They are footnotes only when they are
numbered 1, 2, 3, … in order, none is a question (ends with ``?``), text
comes before them, and every one of them has its mark in that text
(:mod:`parsers.footnote_marks`): then the notes go to ``Source.footnotes``
and the marks to ``Source.footnote_refs``. Anything else is left as it is
(a numbered list of questions at the end stays a list).
"""

from __future__ import annotations

import re

from ..footnote_marks import marks, take_marks
from ..source import Block

_NOTE = re.compile(
    r"^\s*(?:(?P<p>\d{1,2})\)|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|(?P<n>\d{1,2})(?=\s+(?:[A-Z«“\"‘'(\[]|www\.|https?:)))"
    r"\s*(?P<body>\S.*)$"
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _notes_of(block: Block) -> list[tuple[str, bool, list[str]]] | None:
    """(key, written ``N)``, lines) of each note in ``block``, or None when it is not notes."""
    out: list[tuple[str, bool, list[str]]] = []
    for line in block.text.split("\n"):
        m = _NOTE.match(line)
        if m:
            key = m["p"] or m["n"] or (m["s"] or "").translate(_SUPERSCRIPT)
            out.append((key, bool(m["p"]), [m["body"].strip()]))
        elif out and line.strip():
            out[-1][2].append(line.strip())
        else:
            return None
    return out or None


def take_trailing_notes(blocks: list[Block]) -> tuple[dict[str, str], list[tuple[int, int, str]]]:
    """Remove the footnotes at the end of ``blocks`` and their marks; returns
    the notes and the marks' (block index, offset, key). Nothing changes when
    the end of the text is not footnotes whose marks are all found."""
    start = len(blocks)
    notes: list[tuple[str, bool, list[str]]] = []
    while start > 1:
        found = _notes_of(blocks[start - 1])
        if found is None:
            break
        notes[:0] = found
        start -= 1
    keys = [k for k, _, _ in notes]
    if not notes or start == 0 or keys != [str(i) for i in range(1, len(keys) + 1)]:
        return {}, []
    bodies = {k: " ".join(lines) for k, _, lines in notes}
    if any(b.rstrip().endswith("?") for b in bodies.values()):
        return {}, []
    paren = any(p for _, p, _ in notes)
    body = blocks[:start]
    seen = {key for b in body for _, _, key in marks(b.text, bodies, paren)}
    if seen != set(bodies):
        return {}, []
    found_marks = take_marks(body, bodies, paren)
    for b in body:
        b.text = re.sub(r"[ \t]+$", "", b.text, flags=re.M)
    del blocks[start:]
    return bodies, [(i, at, key) for i, at, key, _ in found_marks]
