"""From positioned text fragments to lines, footnotes and paragraph blocks.

Pure geometry and patterns; no pypdf here, so it is testable with made-up
fragments. Coordinates are PDF points with y growing upwards. Page furniture
and margin numbers are in :mod:`.pdf_furniture`, footnotes in
:mod:`.pdf_notes`, the fragment and line records they share in
:mod:`.pdf_lines`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..recognise.signature import is_name, is_role
from ..recognise.unwrap import Joiner, join_hyphenated, vocabulary
from ..source import Block, Source
from .pdf_columns import side_column, split_columns
from .pdf_furniture import body_column, drop_line_furniture, furniture, margin_numbers, publication_id, title_block
from .pdf_lines import Frag, Line
from .pdf_notes import RefTable, footnotes, strip_markers, take_markers
from .pdf_tables import has_table_head, table_blocks, table_runs
from .typography import untypeset

__all__ = ["Frag", "Line", "build_source", "body_size", "fix_accents", "furniture"]


_LIST = re.compile(r"^\s*(?:[-–•▪●*]\s+|[a-z]\.\s+|[a-z]\)\s+|\d{1,3}[.)]\s+|\(\w{1,3}\)\s+)")
_LABEL = re.compile(
    r"^\s*(?:(?:Vraag|Antwoord)(?:\s+op\s+(?:de\s+)?vra(?:ag|gen))?\s*\d+[a-z]?(?:\s*(?:,|en|t/m|[–—-])\s*\d+[a-z]?)*\s*[.:]?"
    r"|Antwoord\s*:?|Vraag\s*:?)\s*$"
)
_BULLET = re.compile(r"^[•▪●◦]\s*")
#: Abbreviations before a number that do not end a sentence (``nr.`` / ``489)``).
_ABBREV = re.compile(r"\(?(?:nrs?|art|artt|blz|p|pp|pag|jl|vgl|o\.a|bijv|resp|jo)\.", re.I)
_SENTENCE_END = re.compile(r"[.?!:;]\W*$")
_PAGE_REF = re.compile(r"\s*\d{1,4}\s*")
_SPACING = {"\u00b4": "\u0301", "\u00a8": "\u0308", "\u02c7": "\u030c", "\u00b8": "\u0327", "\u02da": "\u030a", "`": "\u0300"}
_SPACING_RE = re.compile(r"([A-Za-z])([\u00b4\u00a8\u02c7\u00b8\u02da])")


def fix_accents(text: str) -> str:
    """``Kostic´`` (letter + spacing accent, as some fonts encode it) -> ``Kostić``."""
    def repl(m: re.Match[str]) -> str:
        joined = unicodedata.normalize("NFC", m[1] + _SPACING[m[2]])
        return joined if len(joined) == 1 else m[0]

    return _SPACING_RE.sub(repl, text)


# -- fragments to lines -------------------------------------------------------
def _lines_of_page(frags: list[Frag], refs: RefTable, body: float = 10.0, table: bool = True) -> list[Line]:
    """The page's lines in reading order; a page in two columns (see
    :mod:`.pdf_columns`) is read above / left / right / below."""
    parts = split_columns(frags, body, table)
    if parts is None:
        return _baselines(frags, refs)
    out: list[Line] = []
    for column, part in enumerate(parts):
        for line in _baselines(part, refs):
            line.column = column
            out.append(line)
    return out


def _baselines(frags: list[Frag], refs: RefTable) -> list[Line]:
    ordered = sorted(frags, key=lambda f: -f.y)
    lines: list[Line] = []
    for f in ordered:
        if lines:
            cur = lines[-1]
            tol = 0.45 * max(cur.size, f.size)
            if abs(cur.y - f.y) <= tol or (f.size < cur.size * 0.8 and 0 < f.y - cur.y <= 0.6 * cur.size):
                cur.frags.append(f)
                if f.size > cur.size and f.text.strip():
                    cur.size, cur.y = f.size, f.y
                continue
        lines.append(Line([f], f.page, f.y, f.size))
    for line in lines:
        line.frags.sort(key=lambda f: f.x)
        _finish(line, refs)
    return [ln for ln in lines if ln.text]


def _finish(line: Line, refs: RefTable) -> None:
    """Text, weight, slant, x and size of a line from its fragments.

    A small raised number after text is a footnote reference: it leaves a
    marker (see :mod:`.pdf_notes`) instead of its digits.
    """
    parts: list[str] = []
    prev: Frag | None = None
    bold = total = ital = 0
    line.sup = []
    top = max((f.size for f in line.frags if len(f.text.strip()) > 2), default=line.size)
    for f in line.frags:
        t = f.text
        if re.fullmatch(r"\s*\d{1,3}\s*", t) and f.size < top * 0.8 and f.y > line.y + 0.5:
            if not parts:  # the number of a footnote body: keep it
                parts.append(t.strip() + " ")
                continue
            line.sup.append(t.strip())  # a superscript footnote marker
            parts.append(refs.marker(t.strip()))
            continue
        if prev is not None and parts and not parts[-1].endswith(" ") and not t.startswith(" "):
            if _gap(prev, f):
                parts.append(" ")
        parts.append(t)
        n = len(t.strip())
        total += n
        bold += n if f.bold else 0
        ital += n if f.italic else 0
        if t.strip():
            prev = f
    line.text = _BULLET.sub("- ", fix_accents(untypeset(" ".join("".join(parts).split()))))
    line.bold = total > 0 and bold >= total * 0.9
    line.italic = total > 0 and ital >= total * 0.9
    firsts = [f for f in line.frags if f.text.strip()]
    line.x = firsts[0].x if firsts else 0.0
    line.row = (len(firsts) >= 2 and len(firsts[-1].text) <= 8 and bool(_PAGE_REF.fullmatch(firsts[-1].text))
                and firsts[-1].x - (firsts[-2].x + len(firsts[-2].text.rstrip(" .")) * firsts[-2].size * 0.6)
                > 4 * firsts[-1].size)
    sizes = [f.size for f in firsts if len(f.text.strip()) > 2] or [f.size for f in firsts] or [line.size]
    line.size = max(sizes)


def _gap(prev: Frag, f: Frag) -> bool:
    """Is there a word space between two fragments of a line?

    The end of ``prev`` is estimated from its length (no glyph widths), so a
    fragment that starts with a hyphen after a letter (``compliance`` +
    ``-functie``) needs a clearly wider gap: a compound split in two runs is
    common, a spaced dash rarely set as its own run.
    """
    est_end = prev.x + len(prev.text) * prev.size * 0.45
    if f.text[:1] in "-‐" and f.text[1:2].isalpha() and prev.text.rstrip()[-1:].isalpha():
        return f.x > prev.x + len(prev.text) * prev.size * 0.6 + 0.5 * f.size
    if prev.text.endswith(("-", "‐")) and f.text[:1].isalpha():
        return f.x > prev.x + len(prev.text) * prev.size * 0.6 + 0.5 * f.size
    return f.x > est_end + 0.3 * f.size


def _refinish(refs: RefTable):
    def refinish(line: Line, frags: list[Frag]) -> str:
        line.frags = list(frags)
        _finish(line, refs)
        return line.text
    return refinish


def body_size(frags: list[Frag]) -> float:
    """The most common font size, weighted by characters."""
    c: Counter[float] = Counter()
    for f in frags:
        c[round(f.size, 1)] += len(f.text.strip())
    return c.most_common(1)[0][0] if c else 10.0


# -- the whole document -------------------------------------------------------
def build_source(frags: list[Frag], heights: dict[int, float], name: str = "") -> Source:
    """Lines, furniture, footnotes and blocks for all pages."""
    src = Source(blocks=[], format="pdf", name=name)
    refs = RefTable()
    body = body_size(frags)
    by_page: dict[int, list[Frag]] = {}
    for f in frags:
        by_page.setdefault(f.page, []).append(f)
    all_lines: list[Line] = []
    table = False
    for page in sorted(by_page):
        height = heights.get(page, 842.0)
        kept = []
        frags_here = by_page[page]
        for f in frags_here:
            why = furniture(f.text, f.y, height, f.size, body)
            if why == "page number" and any(g is not f and g.text.strip() and abs(g.y - f.y) <= 0.45 * f.size
                                            and not furniture(g.text, g.y, height, g.size, body) for g in frags_here):
                why = None  # a number on a line of text (a table row's number at the top of a page)
            if why:
                src.dropped.append((f.text.strip(), None, f"page {page}: {why}"))
                if page == 1 and publication_id(f.text):
                    src.meta.setdefault("publication_id", publication_id(f.text))
            else:
                kept.append(f)
        table = table or has_table_head(kept)  # a table's later pages look like two columns
        side = side_column(kept, body)
        head: list[Line] = []
        if side is not None:  # a letterhead column: before the body on the first page, furniture after
            kept = side[1]
            if page == min(by_page):
                head = _baselines(side[0], refs)
            else:
                src.dropped.extend((ln.text, None, f"page {page}: letterhead column") for ln in _baselines(side[0], refs))
        lines = head + _lines_of_page(kept, refs, body, table)
        lines = drop_line_furniture(lines, height, body, src)
        for ln in lines:
            for num in ln.sup:
                src.dropped.append((num, None, f"page {page}: footnote reference {num}"))
        lines = footnotes(lines, body, src, refs, height)
        all_lines.extend(lines)
    column = body_column(all_lines, body)
    all_lines = title_block(all_lines, column, src, _refinish(refs))
    margin_numbers(all_lines, column, _refinish(refs))
    all_lines = [ln for ln in all_lines if ln.text]
    for i, line in enumerate(all_lines, start=1):
        line.number = i
    vocab = vocabulary(strip_markers(" ".join(ln.text for ln in all_lines)))
    start = 0
    for first, end, head in table_runs(all_lines):
        # a ``Nr | Vraag | Antwoord`` table in columns: read per column, not per line
        _more_blocks(src, all_lines[start:first], body, vocab, refs)
        src.blocks.extend(table_blocks(all_lines[first:end], head, vocab))
        start = end
    _more_blocks(src, all_lines[start:], body, vocab, refs)
    return src


def _more_blocks(src: Source, lines: list[Line], body: float, vocab: set[str], refs: RefTable) -> None:
    """The paragraph blocks of ``lines`` appended to ``src`` (footnote marks
    placed by their block's index in the whole source)."""
    if not lines:
        return
    found: list[tuple[int, int, str]] = []
    base = len(src.blocks)
    src.blocks.extend(_blocks(lines, body, vocab, refs, found))
    src.footnote_refs.extend((base + i, at, key) for i, at, key in found)


def _ends_sentence(text: str) -> bool:
    if not _SENTENCE_END.search(text[-8:]):
        return False
    last = text.rsplit(None, 1)[-1] if text.endswith(".") else ""
    return not (last and _ABBREV.fullmatch(last))


def _blocks(lines: list[Line], body: float, vocab: set[str], refs: RefTable,
            ref_out: list[tuple[int, int, str]]) -> list[Block]:
    """Paragraphs from lines: vertical gaps, weight and size changes, labels,
    list items and margin numbers start a new block.

    A block that opens with a margin number gets the number in front of its
    text as ``12. `` (the form every grammar reads) and ``label`` ``"12"``
    (the hint that it stood in the margin, so it is no section number).
    """
    blocks: list[Block] = []
    cur: list[Line] = []
    full = _typical_length(lines)

    def flush() -> None:
        if not cur:
            return
        joiner = Joiner(cur[0].text, vocab)  # linear however many lines the paragraph has
        for prev, ln in zip(cur, cur[1:]):
            if prev.row and ln.row:
                joiner.newline(ln.text)  # table rows stay rows
            elif _LIST.match(ln.text) and (_ends_sentence(prev.text) or _LIST.match(prev.text) or ln.x < prev.x - 1):
                joiner.newline(ln.text)
            elif (tail := joiner.tail()).endswith("/") and tail[-2:-1].isalpha() and ln.text[:1].isalpha():
                joiner.append(ln.text)  # ``Klaver/`` + ``Ploumen``, ``en/`` + ``of``
            else:
                joiner.join(ln.text)
        text = str(joiner)
        margin = cur[0].margin
        if margin:
            text = f"{margin}. {text}"
        if refs.numbers:
            text = take_markers(text, refs, len(blocks), ref_out)
        blocks.append(Block(
            text=text, line=cur[0].number, page=cur[0].page,
            bold=all(ln.bold for ln in cur), italic=all(ln.italic for ln in cur),
            list_item=bool(_LIST.match(cur[0].text)) and not margin,
            heading=cur[0].size > body * 1.1 and len(cur) <= 3,
            label=margin,
        ))
        cur.clear()

    for ln in lines:
        if cur:
            prev = cur[-1]
            new = False
            if _LABEL.match(ln.text) or _LABEL.match(prev.text) or ln.margin or prev.row != ln.row:
                new = True
            elif prev.text.endswith(",") and is_role(prev.text) and is_name(ln.text):
                new = True  # ``De Minister van ...,`` above the name
            elif ln.page != prev.page or ln.column != prev.column:
                new = _ends_sentence(prev.text) or not ln.text[:1].islower()
            else:
                gap = prev.y - ln.y
                new = (
                    gap > 1.6 * max(prev.size, ln.size)
                    or gap < -1
                    or prev.bold != ln.bold
                    or abs(prev.size - ln.size) > 0.15 * body
                    or (
                        _ends_sentence(prev.text)
                        and len(prev.text) < 0.8 * full.get(prev.page, 0)
                        and not _LIST.match(ln.text)
                    )
                )
            if new:
                flush()
        cur.append(ln)
    flush()
    return blocks


def _typical_length(lines: list[Line]) -> dict[int, int]:
    """Per page: the length of a full text line (90th percentile)."""
    out: dict[int, int] = {}
    by: dict[int, list[int]] = {}
    for ln in lines:
        by.setdefault(ln.page, []).append(len(ln.text))
    for page, lens in by.items():
        lens.sort()
        out[page] = lens[int(len(lens) * 0.9)] if len(lens) >= 5 else 0
    return out
