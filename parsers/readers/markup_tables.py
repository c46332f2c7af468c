"""Tables of HTML and OB XML (CALS) as rows of :class:`~.tables.Cell`.

The word-processor readers hand their tables to :func:`.tables.table_blocks`
(question/answer tables get roles, data tables read row by row). The markup
readers do the same through :func:`grid_rows`: it places each cell on the
table's grid, so a cell that spans rows (HTML ``rowspan``, CALS
``morerows``) starts a vertical merge (``restart``) and the rows it covers
get an empty ``continue`` cell in its column, as a Word ``w:vMerge`` does;
a cell that spans columns (``colspan``, ``namest``/``nameend``) keeps its
span. Cells keep footnote marks in their text; the reader takes them out
when it appends the blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..source import Block
from .tables import Cell


@dataclass
class CellSpec:
    """One cell as the markup gives it."""

    blocks: list[Block]
    span: int = 1
    #: how many rows below this one the cell also covers
    more_rows: int = 0
    #: the grid column the markup names (CALS ``colname``/``namest``), if any
    col: int | None = None


def grid_rows(rows: list[list[CellSpec]]) -> list[list[Cell]]:
    """Rows of cells placed on the grid (see the module docstring)."""
    covered: dict[int, int] = {}  # grid column -> rows still covered by a cell above
    out: list[list[Cell]] = []
    for specs in rows:
        placed: dict[int, Cell] = {}
        col = 0
        for spec in specs:
            if spec.col is not None and spec.col >= col:
                col = spec.col
            while covered.get(col, 0) > 0 and col not in placed:
                placed[col] = Cell(merge="continue")
                col += 1
            span = max(spec.span, 1)
            placed[col] = Cell(blocks=spec.blocks, span=span, merge="restart" if spec.more_rows > 0 else None)
            if spec.more_rows > 0:
                covered[col] = spec.more_rows + 1  # this row counts down too
            col += span
        for c, left in covered.items():
            if left > 0 and c not in placed and not _inside(placed, c):
                placed[c] = Cell(merge="continue")
        for c in list(covered):
            covered[c] -= 1
            if covered[c] <= 0:
                del covered[c]
        out.append([placed[c] for c in sorted(placed)])
    return out


def _inside(placed: dict[int, Cell], col: int) -> bool:
    """Whether ``col`` lies under a placed cell that spans several columns."""
    return any(start < col < start + cell.span for start, cell in placed.items())


_HTML_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dl", "dt", "dd",
                "pre", "table", "thead", "tbody", "tfoot", "tr", "section"}


def html_cell(node, inline_node) -> CellSpec:
    """A ``td``/``th`` node as a cell: one block per paragraph inside it
    (``inline_node(node, bold, italic, segs)`` reads inline content as the
    HTML reader does)."""
    from .markup_common import Seg, clean, style_of

    blocks: list[Block] = []
    segs: list = []

    def flush(line) -> None:
        if segs:
            text, bold, italic = style_of(segs)
            text = clean(text)
            if text:
                blocks.append(Block(text=text, line=line, bold=bold, italic=italic))
            segs.clear()

    def row(tr) -> None:
        """A row of a table inside the cell: one block, its cells apart (``2024 | 120.000``)."""
        first = True
        for cell in tr.children:
            if cell.tag in ("td", "th"):
                if not first:
                    segs.append(Seg(" | ", False, False))
                first = False
                flat_walk(cell)

    def flat_walk(n) -> None:
        for ch in n.children:
            if ch.tag in _HTML_BLOCKS:
                segs.append(Seg(" ", False, False))
                flat_walk(ch)
            else:
                inline_node(ch, False, False, segs)

    def walk(n) -> None:
        for ch in n.children:
            if ch.tag == "tr":
                flush(ch.line)
                row(ch)
                flush(ch.line)
            elif ch.tag in _HTML_BLOCKS:
                flush(ch.line)
                walk(ch)
                flush(ch.line)
            else:
                inline_node(ch, False, False, segs)

    walk(node)
    flush(node.line)
    return CellSpec(blocks=blocks, span=_int(node.attrs.get("colspan")), more_rows=_int(node.attrs.get("rowspan")) - 1)


def _int(value) -> int:
    try:
        return max(1, min(int(value), 1000)) if value else 1
    except ValueError:
        return 1
