"""Pages set in two text columns (the older Aanhangsel, Handelingen).

Lines are built per baseline; on a two-column page one baseline holds a
line of the left column and an unrelated line of the right one. This module
finds the gutter and splits a page's fragments into reading order: what
spans the page above the columns (a title block), the left column, the
right column, and what lies below both (page-foot footnotes, a footer).

A gutter is an x, clearly right of the page's left edge, where at least
:data:`MIN_PAIRED` lines of words start beside the left column (within its height),
with at least :data:`MIN_LINES` left-column lines that end before it
(lengths estimated from the character count, as pypdf gives no glyph
widths) and hardly any body text running across it. A ``Nr | Vraag | Antwoord`` table is read by
:mod:`.pdf_tables` and has its own header; a page that shows one is left
alone, as is a margin number left of a single body column (short
fragments at the left, not text ending at a gutter).
"""

from __future__ import annotations

from collections import Counter

from .pdf_lines import Frag

#: Left-column lines that must end before the gutter.
MIN_LINES = 6
#: Right-column lines that must start at the gutter beside the left column (two: the end of
#: a last answer on a document's last page).
MIN_PAIRED = 2
#: Average width of a character, as a share of the font size (Helvetica, Times: ~0.5).
_CHAR = 0.45


def _end(f: Frag) -> float:
    return f.x + len(f.text.rstrip()) * f.size * _CHAR


def split_columns(frags: list[Frag], body: float, table_page: bool) -> list[list[Frag]] | None:
    """The page's fragments as [above, left, right, below] when it is set in
    two columns; None when it is not. Counted per baseline, so a PDF that sets
    each word apart reads like one that sets each line."""
    if table_page:
        return None
    text = [f for f in frags if f.text.strip() and 0.85 * body <= f.size <= 1.2 * body]
    if len(text) < 2 * MIN_LINES:
        return None
    left_edge = min(f.x for f in text)
    # where a baseline's text resumes after a wide gap: a column's start (word positions inside a
    # line set word by word vary from line to line and do not pile up)
    baselines: dict[int, list[Frag]] = {}
    for f in text:
        baselines.setdefault(round(f.y), []).append(f)
    starts: Counter[int] = Counter()
    for row in baselines.values():
        row.sort(key=lambda f: f.x)
        for a, b in zip(row, row[1:]):
            if b.x - _end(a) > 1.5 * body:
                starts[round(b.x / 2) * 2] += 1
    for x, count in starts.most_common(3):
        if count < MIN_PAIRED or x < left_edge + 120:
            continue
        gutter = x - 2
        right_rows: dict[int, list[Frag]] = {}
        left_rows: dict[int, list[Frag]] = {}
        for f in text:
            (right_rows if f.x >= gutter else left_rows).setdefault(round(f.y), []).append(f)
        # baselines whose right part starts at the gutter and holds words, not a number
        starting = [row for row in right_rows.values() if abs(min(g.x for g in row) - x) <= 2
                    and len(" ".join(g.text.strip() for g in row)) >= 15]
        if not starting:
            continue
        # both columns start at one height; a title across the page above them does not count
        col_top = max(row[0].y for row in starting) + 1.5 * body
        ending = [row for row in left_rows.values() if min(g.x for g in row) < gutter - 60
                  and max(_end(g) for g in row) <= gutter + 0.5 * body and row[0].y <= col_top]
        across = [f for f in text if f.x < gutter - 60 and _end(f) > gutter + 2 * body and f.y <= col_top]
        if len(ending) < MIN_LINES or len(across) > max(1, len(ending) // 10):
            continue
        # side by side: right lines within the height of the left column (a right column may be
        # short, on a document's last page; a signature block below the text is not beside it)
        low = min(row[0].y for row in ending) - 2 * body
        high = max(row[0].y for row in ending) + 2 * body
        paired = [row for row in starting if low <= row[0].y <= high]
        if len(paired) < MIN_PAIRED:
            continue
        rows = ending + [row for row in right_rows.values() if low <= row[0].y <= high]
        top = max(f.y for row in rows for f in row)
        bottom = min(f.y for row in rows for f in row)
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
