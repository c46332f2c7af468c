"""ASCII drawing for terminals whose locale is not UTF-8 (or ``--ascii``).

Textual has no ASCII mode: borders, scrollbars, the footer's separators and
a few markers are Unicode. :class:`AsciiFilter` is a Textual line filter (the
mechanism Textual itself uses for ``NO_COLOR``) that replaces those drawing
characters, cell for cell, just before a line is written: box drawing and
block elements become ``- | + #``, the separator dot ``·`` becomes ``|``, an
ellipsis ``.`` and arrows ``> <``. Every replacement is one cell wide, so
layout and highlight positions do not move. Letters (``ë``, ``€``) are not
touched: they are document text, not drawing.
"""

from __future__ import annotations

from functools import lru_cache

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter


def _box(cp: int) -> str:
    """ASCII stand-in for a box-drawing character (U+2500-U+257F)."""
    ch = chr(cp)
    if ch in "─━┄┅┈┉╌╍═╴╶╸╺╼╾":
        return "-"
    if ch in "│┃┆┇┊┋╎╏║╵╷╹╻╽╿":
        return "|"
    return "+"


def _block(cp: int) -> str:
    """ASCII stand-in for a block element (U+2580-U+259F)."""
    ch = chr(cp)
    if ch in "▏▎▍▌▋▊▉▐▕":
        return "|"
    if ch in "▁▂▃":
        return "_"
    if ch in "▔":
        return "-"
    return "#"


def _table() -> dict[int, str]:
    table = {cp: _box(cp) for cp in range(0x2500, 0x2580)}
    table.update({cp: _block(cp) for cp in range(0x2580, 0x25A0)})
    table.update({ord(k): v for k, v in {
        "·": "|", "…": ".", "→": ">", "←": "<", "↑": "^", "↓": "v", "•": "*",
        "▶": ">", "▼": "v", "◀": "<", "▲": "^", "⭘": "o", "∅": "0", "✓": "+", "✗": "x",
    }.items()})
    return table


TABLE = _table()


@lru_cache(maxsize=4096)
def to_ascii(text: str) -> str:
    """``text`` with drawing characters replaced; same length and width."""
    return text.translate(TABLE)


class AsciiFilter(LineFilter):
    """Replace Unicode drawing characters in every rendered line."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        out = []
        for seg in segments:
            text = seg.text
            if text.isascii() or seg.control:
                out.append(seg)
            else:
                out.append(Segment(to_ascii(text), seg.style, seg.control))
        return out
