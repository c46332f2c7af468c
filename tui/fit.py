"""Shorten one-line text to a width with ``…``, never by breaking a line.

Long ids, URLs and paths must not wrap in the middle of a token in lists
and tables: they are shortened where they are shown (the whole value is
shown where the item has the focus). Widths are terminal cells.
"""

from __future__ import annotations

from rich.cells import cell_len

ELLIPSIS = "…"


def _take(text: str, width: int) -> str:
    """The longest start of ``text`` within ``width`` cells."""
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def _take_end(text: str, width: int) -> str:
    """The longest end of ``text`` within ``width`` cells."""
    return _take(text[::-1], width)[::-1]


def cut_end(text: str, width: int) -> str:
    """``text``, or its start and ``…`` within ``width`` cells."""
    if cell_len(text) <= width:
        return text
    if width <= 0:
        return ""
    return _take(text, width - 1).rstrip() + ELLIPSIS


def cut_start(text: str, width: int) -> str:
    """``text``, or ``…`` and its end within ``width`` cells (paths: the
    file name is the part that matters)."""
    if cell_len(text) <= width:
        return text
    if width <= 0:
        return ""
    return ELLIPSIS + _take_end(text, width - 1)


def cut_middle(text: str, width: int) -> str:
    """``text``, or its start, ``…`` and its end within ``width`` cells
    (URLs and ids: where they point and what they end in both stay)."""
    if cell_len(text) <= width:
        return text
    if width <= 2:
        return cut_end(text, width)
    head = (width - 1) // 2
    tail = width - 1 - head
    return _take(text, head) + ELLIPSIS + _take_end(text, tail)


def join_fitting(parts: list[str], width: int, sep: str = ", ") -> str:
    """As many of ``parts`` as fit in ``width`` cells, then ``+N`` for the rest."""
    out: list[str] = []
    for i, part in enumerate(parts):
        rest = len(parts) - i - 1
        candidate = sep.join([*out, part])
        more = f" +{rest}" if rest else ""
        if cell_len(candidate + more) > width and out:
            return sep.join(out) + f" +{len(parts) - i}"
        out.append(part)
    return sep.join(out)
