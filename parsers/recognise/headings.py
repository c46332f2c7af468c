"""Headings of a text that holds no question round.

A document that is not a round (a memorie van toelichting, a motie, a
letter) is shown as readable text; its headings let the reader give it an
outline. A block is a heading when it is one short line without sentence
punctuation at its end and is marked as one: the reader's heading flag, bold
or italic type, a section number (``1.``, ``2.3``, ``II.``), or capitals.
"""

from __future__ import annotations

import re

from ..model import Heading, Location
from ..source import Block

#: ``1. Inleiding``, ``2.3 Uitvoering``, ``II. Artikelsgewijs``, ``Artikel 4``.
_NUMBERED = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+\S|[IVXL]{1,5}\.?\s+\S|Artikel\s+(?:\d+[a-z]?|[IVXL]{1,5})\b|§\s*\d+(?:\.\d+)*\s+\S)"
)
#: Markdown emphasis around the whole line (``*2.1 Doel*``, ``_Algemeen_``).
_EMPHASIS = re.compile(r"^([*_])(?!\1)(.+)\1$")
MAX_LEN = 100


def is_heading(block: Block) -> bool:
    """Is ``block`` a heading (see the module docstring)?"""
    text = " ".join(block.text.split())
    if not text or len(text) > MAX_LEN or "\n" in block.text.strip():
        return False
    if text[-1] in ".,;:?!" and not re.fullmatch(r"[IVXL\d.]+\s*\S.*[^.,;:?!]|.*\b[IVXL]+\.", text):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    emphasis = _EMPHASIS.match(text)
    if emphasis:
        text = emphasis[2].strip()
    return bool(block.heading or block.bold or block.italic or emphasis or _NUMBERED.match(text)
                or (text.isupper() and len(text) > 3))


def heading_text(text: str) -> str:
    """The heading as shown: one line, markdown emphasis around it removed."""
    flat = " ".join(text.split())
    m = _EMPHASIS.match(flat)
    return m[2].strip() if m else flat


def plain_headings(blocks: list[Block], sep: str = "\n\n") -> list[Heading]:
    """Headings of ``blocks`` with their offsets in ``sep.join(texts)``."""
    out: list[Heading] = []
    pos = 0
    for b in blocks:
        if is_heading(b):
            out.append(Heading(text=heading_text(b.text), start=pos,
                               location=Location(line=b.line, page=b.page)))
        pos += len(b.text) + len(sep)
    return out
