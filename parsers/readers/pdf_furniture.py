"""Page furniture of SDU-typeset Kamerstukken and Aanhangsels.

Furniture is text the typesetter prints on every page or around the
document, not in it: running headers/footers, page numbers, the first-page
``kst-``/``ISSN``/``’s-Gravenhage`` block, the big chamber numeral, and on
page 1 of a Tweede Kamer Kamerstuk the left-column *title block* (masthead,
dossier number with the bill's title beside it, ``Nr. 3``). Everything
removed is listed in ``Source.dropped`` with the rule that removed it; the
facts of the title block go to ``Source.meta`` so nothing is lost.

Also here: **margin numbers**, the question numbers a TK nota prints in the
left margin, left of the body text column (see :func:`margin_numbers`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..dutch import session_year

if TYPE_CHECKING:
    from ..source import Source
    from .pdf_lines import Line

_RUNNING = re.compile(
    r"^\s*(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,.*$", re.I
)
_FIRST_PAGE = re.compile(
    r"^\s*(?:(?:kst|ah-tk|ah-ek|kv-tk|kv-ek|blg|h-tk|h-ek|stb|stcrt|trb)-[\w-]+"
    r"|ISSN\s*\d{4}\s*-\s*\d{3}[\dX]|[’']s-Gravenhage\s+\d{4})\b.*$",
    re.I,
)
_PUB_ID = re.compile(r"^\s*(kst-[\w-]+)\s*$")
_PAGE_NO = re.compile(r"^\s*(?:\d{1,4}|-\s*\d{1,4}\s*-|pagina\s+\d+(?:\s+van\s+\d+)?)\s*$", re.I)

#: ``36 450``, ``36 800 K``, ``31 308-XIII``: a dossier number in the left column.
_DOSSIER_NO = re.compile(r"^\s*(\d{2}\s?\d{3})(?:\s*-?\s*([A-Z]{1,4}|[IVXL]+))?\s*$")
_MASTHEAD = re.compile(r"^\s*(Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal\s*$")
_YEAR = re.compile(r"^\s*Vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*$", re.I)
_NR = re.compile(r"^\s*Nr\.\s*(\d{1,4})\s*(?P<type>\S.*)?$")
#: A question number in the margin: ``12``, ``12.``, ``12)``.
_MARGIN_NO = re.compile(r"^\s*(\d{1,4})[.)]?\s*$")


def _margin(y: float, height: float, frac: float = 0.12) -> bool:
    return y > height * (1 - frac) or y < height * frac


def furniture(frag_or_text: str, y: float, height: float, size: float, body: float) -> str | None:
    """Why a text run is page furniture (a reason string), or None."""
    if height * 0.16 <= y <= height * 0.88 and size < body * 2.5:
        return None  # the middle of the page in body type: the common case
    text = frag_or_text.strip()
    if not text:
        return None
    if _margin(y, height) and _RUNNING.match(text):
        return "running header/footer"
    if y < height * 0.16 and _FIRST_PAGE.match(text):
        return "first-page publication block"
    if _margin(y, height, 0.09) and _PAGE_NO.match(text):
        return "page number"
    if size >= body * 2.5 and re.fullmatch(r"\d{1,2}", text):
        return "chamber numeral"
    return None


def publication_id(text: str) -> str | None:
    """``kst-36450-3`` from the first-page block, else None."""
    m = _PUB_ID.match(text)
    return m[1] if m else None


def drop_line_furniture(lines: list[Line], height: float, body: float, src: Source) -> list[Line]:
    """Lines that are furniture as a whole (after fragments were grouped)."""
    out = []
    for ln in lines:
        why = furniture(ln.text, ln.y, height, ln.size, body)
        if why:
            src.dropped.append((ln.text, None, f"page {ln.page}: {why}"))
        else:
            out.append(ln)
    return out


def body_column(lines: list[Line], body: float) -> float:
    """The x where body text lines start most often (body-size lines)."""
    c: Counter[int] = Counter()
    for ln in lines:
        if abs(ln.size - body) <= 0.15 * body:
            c[round(ln.x)] += 1
    return float(c.most_common(1)[0][0]) if c else 0.0


def _split_first(line: Line, body_x: float) -> tuple[str, list] | None:
    """(text of the first fragment, the rest) when the line opens with a
    short fragment left of the body column and the rest starts in it."""
    frags = [f for f in line.frags if f.text.strip()]
    if len(frags) < 2 or frags[0].x >= body_x - 4:
        return None
    rest = frags[1:]
    i = 0
    # the first fragment may be split (``Nr. `` + ``3``): take those left of the column
    head = [frags[0]]
    while i < len(rest) and rest[i].x < body_x - 4:
        head.append(rest[i])
        i += 1
    rest = rest[i:]
    if not rest or abs(rest[0].x - body_x) > 3:
        return None
    return " ".join(" ".join(f.text.split()) for f in head), rest


def title_block(lines: list[Line], body_x: float, src: Source, refinish) -> list[Line]:
    """Drop page 1's left-column title block of a TK Kamerstuk (masthead,
    ``36 450`` + title, ``Nr. 3``) into ``src.dropped``; facts to ``src.meta``.

    Recognised only when a dossier number stands left of the body column
    with the title beside it in the column: the Kamerstuk layout. Other
    layouts (EK, Aanhangsel: everything in one column) are left alone.
    ``refinish`` rebuilds a line's text from a subset of its fragments.
    """
    first = [ln for ln in lines if ln.page == 1]
    dossier_at = None
    for i, ln in enumerate(first):
        split = _split_first(ln, body_x)
        if split and _DOSSIER_NO.match(split[0]) and ln.bold:
            dossier_at = i
            break
    if dossier_at is None:
        return lines
    drop: set[int] = set()
    meta = src.meta
    for ln in first[:dossier_at]:
        if _MASTHEAD.match(ln.text):
            meta.setdefault("house", _MASTHEAD.match(ln.text)[1] + " Kamer")
            src.dropped.append((ln.text, None, "page 1: masthead"))
            drop.add(id(ln))
        elif _YEAR.match(ln.text):
            year = session_year(ln.text)
            if year:
                meta.setdefault("session_year", year)
            src.dropped.append((ln.text, None, "page 1: masthead"))
            drop.add(id(ln))
    titles: list[str] = []
    dossiers: list[str] = []
    i = dossier_at
    while i < len(first):
        ln = first[i]
        printed = ln.text
        split = _split_first(ln, body_x)
        if split and _DOSSIER_NO.match(split[0]):
            m = _DOSSIER_NO.match(split[0])
            num = m[1].replace(" ", "")
            dossiers.append(f"{num}-{m[2]}" if m[2] else num)
            titles.append(refinish(ln, split[1]))
        elif titles and ln.bold and abs(ln.x - body_x) <= 3 and abs(ln.size - first[i - 1].size) < 0.5 \
                and first[i - 1].y - ln.y < 2.2 * ln.size:
            titles[-1] = f"{titles[-1]} {ln.text}"
        else:
            break
        src.dropped.append((printed, None, "page 1: title block (dossier number and title)"))
        drop.add(id(ln))
        i += 1
    if dossiers:
        meta.setdefault("dossier", dossiers[0])
        meta.setdefault("title", " ".join(titles[0].split()))
    for ln in first[i:i + 4]:
        m = _NR.match(ln.text)
        if m and ln.x < body_x - 4:
            meta.setdefault("document_number", m[1])
            meta.setdefault("house", "Tweede Kamer")
            kept = [f for f in ln.frags if f.text.strip() and not re.fullmatch(r"\s*(?:Nr\.|\d{1,4}|Nr\.\s*\d{1,4})\s*", f.text)]
            label = ln.text[: len(ln.text) - len(m["type"] or "")].strip()
            src.dropped.append((label, None, "page 1: document number"))
            if m["type"]:
                meta.setdefault("document_type", " ".join(m["type"].split()).lower())
                refinish(ln, kept)
                ln.text = " ".join(m["type"].split())
            else:
                drop.add(id(ln))
            break
    if "dossier" in meta and "document_number" in meta:
        meta.setdefault("publication_id", f"kst-{meta['dossier']}-{meta['document_number']}")
    return [ln for ln in lines if id(ln) not in drop]


def margin_numbers(lines: list[Line], body_x: float, refinish) -> None:
    """Find question numbers printed in the left margin.

    A short number fragment (``12``, ``12.``) left of the body column, with
    the rest of its baseline starting in the column, is a margin number: it
    is taken out of the line's text and kept in ``line.margin``. A number
    alone on its line (its baseline a little off) is given to the next line
    of the page when that line starts in the column within a line's height.
    """
    if body_x <= 0:
        return
    for i, ln in enumerate(lines):
        if ln.x >= body_x - 4:
            continue  # starts in the column: the common case
        frags = [f for f in ln.frags if f.text.strip()]
        if frags and frags[0].x < body_x - 4 and not _MARGIN_NO.match(frags[0].text):
            _glued_margin_number(ln, frags, body_x, refinish)
            continue
        if not frags or not _MARGIN_NO.match(frags[0].text) or frags[0].x >= body_x - 4:
            continue
        num = _MARGIN_NO.match(frags[0].text)[1]
        if len(frags) > 1:
            if abs(frags[1].x - body_x) > 3:
                continue
            ln.margin = num
            refinish(ln, frags[1:])
            continue
        near = [x for x in (lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None)
                if x is not None and x.page == ln.page and not x.margin and x.text
                and abs(x.x - body_x) <= 3 and abs(ln.y - x.y) <= 1.3 * max(ln.size, x.size)]
        if near:
            target = min(near, key=lambda x: abs(ln.y - x.y))
            target.margin = num
            ln.text = ""


_GLUED = re.compile(r"^\s*(\d{1,4})[.)]?\s{2,}(\S.*)$|^\s*(\d{1,4})[.)]?\s+(\S.*)$", re.S)


def _glued_margin_number(ln: Line, frags: list, body_x: float, refinish) -> None:
    """``12   De leden ...`` as one run that starts in the margin (the gap set
    with spaces or kerning): the number is a margin number when the run
    starts within a few characters' width of the column, as a hanging
    number does, and the other lines of the page start in the column."""
    m = _GLUED.match(frags[0].text)
    if not m:
        return
    num, rest = (m[1], m[2]) if m[1] else (m[3], m[4])
    width = (len(frags[0].text) - len(frags[0].text.lstrip()) + len(num) + 1) * frags[0].size * 0.6
    if body_x - frags[0].x > max(width, 2 * frags[0].size) + 40:
        return  # far left of the column: a layout of its own, not a margin number
    head = type(frags[0])(rest, body_x, frags[0].y, frags[0].size, frags[0].bold, frags[0].italic, frags[0].page)
    ln.margin = num
    refinish(ln, [head, *frags[1:]])
