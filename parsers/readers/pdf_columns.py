"""Pages set in two text columns (the older Aanhangsel, Handelingen).

Lines are built per baseline; on a two-column page one baseline holds a
line of the left column and an unrelated line of the right one. This module
finds the gutter and splits a page's fragments into reading order: what
spans the page above the columns (a title block), the left column, the
right column, and what lies below both (page-foot footnotes, a footer).

A gutter is an x where at least :data:`MIN_LINES` body-size fragments
start, clearly right of the page's left edge, with as many body-size
fragments on the left side that end before it (lengths estimated from the
character count, as pypdf gives no glyph widths) and hardly any body text
running across it. A ``Nr | Vraag | Antwoord`` table is read by
:mod:`.pdf_tables` and has its own header; a page that shows one is left
alone, as is a margin number left of a single body column (short
fragments at the left, not text ending at a gutter).
"""

from __future__ import annotations

from collections import Counter

from .pdf_lines import Frag

#: Fragments that must start at the gutter (and as many end left of it).
MIN_LINES = 6
#: Average width of a character, as a share of the font size (Helvetica, Times: ~0.5).
_CHAR = 0.45


def _end(f: Frag) -> float:
    return f.x + len(f.text.rstrip()) * f.size * _CHAR


def split_columns(frags: list[Frag], body: float, table_page: bool) -> list[list[Frag]] | None:
    """The page's fragments as [above, left, right, below] when it is set in
    two columns; None when it is not."""
    if table_page:
        return None
    text = [f for f in frags if len(f.text.strip()) >= 3 and 0.85 * body <= f.size <= 1.2 * body]
    if len(text) < 2 * MIN_LINES:
        return None
    left_edge = min(f.x for f in text)
    starts = Counter(round(f.x / 2) * 2 for f in text)
    for x, count in starts.most_common(4):
        if count < MIN_LINES or x < left_edge + 120:
            continue
        gutter = x - 2
        right = [f for f in text if f.x >= gutter]
        left = [f for f in text if f.x < gutter - 60 and _end(f) <= gutter + 0.5 * body]
        across = [f for f in text if f.x < gutter - 60 and _end(f) > gutter + 2 * body]
        long_right = [f for f in right if len(f.text.strip()) >= 15]
        if len(left) < MIN_LINES or len(long_right) < MIN_LINES // 2 or len(across) > max(1, len(left) // 10):
            continue
        top = max(f.y for f in right + left)
        bottom = min(f.y for f in right + left)
        above = [f for f in frags if f.y > top + 0.5]
        below = [f for f in frags if f.y < bottom - 0.5]
        inside = [f for f in frags if bottom - 0.5 <= f.y <= top + 0.5]
        return [above, [f for f in inside if f.x < gutter], [f for f in inside if f.x >= gutter], below]
    return None


def side_column(frags: list[Frag], body: float) -> tuple[list[Frag], list[Frag]] | None:
    """(the side column, the rest) of a page whose letterhead is a column of
    small type right of the body (the sender, ``Ons kenmerk``, ``Bijlagen`` of a
    Rijkshuisstijl letter); None without one. Its lines share baselines with
    body lines but are no part of them."""
    text = [f for f in frags if f.text.strip()]
    big = [f for f in text if f.size >= 0.85 * body]
    if len(big) < 3:
        return None
    left = min(f.x for f in big)
    small = [f for f in text if f.size < 0.85 * body]
    # a letterhead line: words, right of the body, and no small type left of it on its baseline
    # (a small-type table's last column has its other cells there)
    starts = Counter(round(f.x / 2) * 2 for f in small
                     if f.x > left + 250 and sum(c.isalpha() for c in f.text) >= 3
                     and not any(g.x < f.x - 4 and abs(g.y - f.y) < 0.5 * f.size for g in small))
    for x, count in starts.most_common(2):
        if count < 3:
            break
        edge = x - 2
        if sum(1 for f in big if _end(f) > edge - 5) > 1:
            continue  # body text runs on under it: not a column of its own
        side = [f for f in text if f.x >= edge and f.size < 0.85 * body]
        return side, [f for f in frags if not (f.x >= edge and f.size < 0.85 * body and f.text.strip())]
    return None
