"""From positioned text fragments to lines, footnotes and paragraph blocks.

Pure geometry and patterns; no pypdf here, so it is testable with made-up
fragments. Coordinates are PDF points with y growing upwards.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..recognise.unwrap import Joiner, join_hyphenated, vocabulary
from ..source import Block, Source


@dataclass
class Frag:
    """One text run as pypdf reports it."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    italic: bool = False
    page: int = 1


@dataclass
class Line:
    frags: list[Frag]
    page: int
    y: float
    size: float = 0.0
    text: str = ""
    bold: bool = False
    italic: bool = False
    x: float = 0.0
    number: int = 0
    refs: list[str] = field(default_factory=list)


# -- page furniture -----------------------------------------------------------
_RUNNING = re.compile(
    r"^\s*(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,.*$", re.I
)
_FIRST_PAGE = re.compile(
    r"^\s*(?:(?:kst|ah-tk|ah-ek|kv-tk|kv-ek|blg|h-tk|h-ek|stb|stcrt|trb)-[\w-]+"
    r"|ISSN\s*\d{4}\s*-\s*\d{3}[\dX]|[’']s-Gravenhage\s+\d{4})\b.*$",
    re.I,
)
_PAGE_NO = re.compile(r"^\s*(?:\d{1,4}|-\s*\d{1,4}\s*-|pagina\s+\d+(?:\s+van\s+\d+)?)\s*$", re.I)
_LIST = re.compile(r"^\s*(?:[-–•▪●*]\s+|[a-z]\.\s+|[a-z]\)\s+|\d{1,3}[.)]\s+|\(\w{1,3}\)\s+)")
_LABEL = re.compile(
    r"^\s*(?:(?:Vraag|Antwoord)(?:\s+op\s+vraag)?\s*\d+[a-z]?(?:\s*(?:,|en|t/m|[–—-])\s*\d+[a-z]?)*\s*[.:]?"
    r"|Antwoord\s*:?|Vraag\s*:?)\s*$"
)
_BULLET = re.compile(r"^[•▪●◦]\s*")
_FN_START = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")
_SPACING = {"\u00b4": "\u0301", "\u00a8": "\u0308", "\u02c7": "\u030c", "\u00b8": "\u0327", "\u02da": "\u030a", "`": "\u0300"}
_SPACING_RE = re.compile(r"([A-Za-z])([\u00b4\u00a8\u02c7\u00b8\u02da])")


def fix_accents(text: str) -> str:
    """``Kostic´`` (letter + spacing accent, as some fonts encode it) -> ``Kostić``."""
    def repl(m: re.Match[str]) -> str:
        joined = unicodedata.normalize("NFC", m[1] + _SPACING[m[2]])
        return joined if len(joined) == 1 else m[0]

    return _SPACING_RE.sub(repl, text)


def _margin(y: float, height: float, frac: float = 0.12) -> bool:
    return y > height * (1 - frac) or y < height * frac


def furniture(frag_or_text: str, y: float, height: float, size: float, body: float) -> str | None:
    """Why a text run is page furniture (a reason string), or None."""
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


# -- fragments to lines -------------------------------------------------------
def _lines_of_page(frags: list[Frag]) -> list[Line]:
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
        _finish(line)
    return [ln for ln in lines if ln.text]


def _finish(line: Line) -> None:
    parts: list[str] = []
    prev: Frag | None = None
    bold = total = ital = 0
    top = max((f.size for f in line.frags if len(f.text.strip()) > 2), default=line.size)
    for f in line.frags:
        t = f.text
        if re.fullmatch(r"\s*\d{1,3}\s*", t) and f.size < top * 0.8 and f.y > line.y + 0.5:
            if not parts:  # the number of a footnote body: keep it
                parts.append(t.strip() + " ")
                continue
            line.refs.append(t.strip())  # a superscript footnote marker
            continue
        if prev is not None and parts and not parts[-1].endswith(" ") and not t.startswith(" "):
            est_end = prev.x + len(prev.text) * prev.size * 0.45
            if f.x > est_end + 0.3 * f.size:
                parts.append(" ")
        parts.append(t)
        n = len(t.strip())
        total += n
        bold += n if f.bold else 0
        ital += n if f.italic else 0
        if t.strip():
            prev = f
    line.text = _BULLET.sub("- ", fix_accents(" ".join("".join(parts).split())))
    line.bold = total > 0 and bold >= total * 0.9
    line.italic = total > 0 and ital >= total * 0.9
    firsts = [f for f in line.frags if f.text.strip()]
    line.x = firsts[0].x if firsts else 0.0
    sizes = [f.size for f in firsts if len(f.text.strip()) > 2] or [f.size for f in firsts] or [line.size]
    line.size = max(sizes)


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
    body = body_size(frags)
    by_page: dict[int, list[Frag]] = {}
    for f in frags:
        by_page.setdefault(f.page, []).append(f)
    all_lines: list[Line] = []
    for page in sorted(by_page):
        height = heights.get(page, 842.0)
        kept = []
        for f in by_page[page]:
            why = furniture(f.text, f.y, height, f.size, body)
            if why:
                src.dropped.append((f.text.strip(), None, f"page {page}: {why}"))
            else:
                kept.append(f)
        lines = _lines_of_page(kept)
        lines = _drop_line_furniture(lines, height, body, src)
        lines = _footnotes(lines, body, src)
        all_lines.extend(lines)
    for i, line in enumerate(all_lines, start=1):
        line.number = i
    vocab = vocabulary(" ".join(ln.text for ln in all_lines))
    src.blocks = _blocks(all_lines, body, vocab)
    return src


def _drop_line_furniture(lines: list[Line], height: float, body: float, src: Source) -> list[Line]:
    out = []
    for ln in lines:
        why = furniture(ln.text, ln.y, height, ln.size, body)
        if why:
            src.dropped.append((ln.text, None, f"page {ln.page}: {why}"))
        else:
            out.append(ln)
    return out


def _footnotes(lines: list[Line], body: float, src: Source) -> list[Line]:
    """Move small-type lines below the last body line into ``src.footnotes``.

    A footnote starts with its number, which must continue the document's
    numbering (1, 2, 3 ...); small type above the first footnote (a table)
    stays in the text.
    """
    big = [ln for ln in lines if ln.size >= body * 0.88]
    floor = min((ln.y for ln in big), default=None)
    notes: list[str] = []
    rest: list[Line] = []
    current: str | None = None
    for ln in lines:
        small = ln.size < body * 0.88
        if small and floor is not None and ln.y < floor - 0.5:
            m = _FN_START.match(ln.text)
            if m and int(m[1]) == _next_note(src):
                current = m[1]
                notes.append(current)
                src.footnotes[current] = m[2]
                continue
            if current is not None:
                src.footnotes[current] = join_hyphenated(src.footnotes[current], ln.text)
                continue
        if ln.size < body * 0.88 and re.fullmatch(r"\d{1,3}", ln.text):
            src.dropped.append((ln.text, None, f"page {ln.page}: footnote marker on its own line"))
            continue
        rest.append(ln)
    _strip_glued_refs(rest, notes, src)
    return rest


def _next_note(src: Source) -> int:
    nums = [int(k) for k in src.footnotes if k.isdigit()]
    return max(nums) + 1 if nums else 1


_NOT_BEFORE_REF = {
    "vraag", "vragen", "artikel", "artikelen", "nr", "nummer", "lid", "hoofdstuk", "bijlage",
    "pagina", "p", "blz", "stap", "fase", "punt", "en", "tot", "t/m", "van", "of", "dan", "op",
    "antwoord", "paragraaf", "onderdeel", "week", "jaar", "jaren", "niveau", "groep", "klasse",
}


def _ref_pattern(num: str) -> re.Pattern[str]:
    glued = r"(?<=[^\W\d_]|[?!.,;:»”\")'’])" + num + r"(?=[\s,.;:?!)]|$)"
    spaced = r"(?<=[?!.»”\")] )" + num + r"(?=\s|$)"
    worded = r"(?<=[^\W\d_]{2} )" + num + r"(?=[?!,;:]|\.(?:\s|$))"
    return re.compile(f"{glued}|{spaced}|{worded}")


def _strip_glued_refs(lines: list[Line], notes: list[str], src: Source) -> None:
    """Remove footnote numbers left in the text (``regenboogbeleid»?1``,
    ``jl. 3 heeft``, ``Both Ends 1?``).

    Only numbers of footnotes printed on the same page are looked for, in
    order, each after the previous one, so ordinary numbers are left alone.
    """
    start = 0
    for num in notes:
        pat = _ref_pattern(num)
        for i in range(start, len(lines)):
            m = next((m for m in pat.finditer(lines[i].text) if _plausible_ref(lines[i].text, m)), None)
            if m:
                head, tail = lines[i].text[: m.start()], lines[i].text[m.end():]
                glue = not tail or tail[0] in " ?!.,;:)"
                lines[i].text = (head.rstrip() if glue else head) + tail
                lines[i].refs.append(num)
                src.dropped.append((num, None, f"page {lines[i].page}: footnote reference {num}"))
                start = i
                break


def _plausible_ref(text: str, m: re.Match[str]) -> bool:
    before = text[: m.start()].rstrip().rsplit(None, 1)
    word = before[-1].strip(".,;:").casefold() if before else ""
    return word not in _NOT_BEFORE_REF


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.?!:;]\W*$", text))


def _blocks(lines: list[Line], body: float, vocab: set[str]) -> list[Block]:
    blocks: list[Block] = []
    cur: list[Line] = []
    full = _typical_length(lines)

    def flush() -> None:
        if not cur:
            return
        joiner = Joiner(cur[0].text, vocab)  # linear however many lines the paragraph has
        for prev, ln in zip(cur, cur[1:]):
            if _LIST.match(ln.text) and (_ends_sentence(prev.text) or _LIST.match(prev.text) or ln.x < prev.x - 1):
                joiner.newline(ln.text)
            else:
                joiner.join(ln.text)
        text = str(joiner)
        blocks.append(Block(
            text=text, line=cur[0].number, page=cur[0].page,
            bold=all(ln.bold for ln in cur), italic=all(ln.italic for ln in cur),
            list_item=bool(_LIST.match(cur[0].text)),
            heading=cur[0].size > body * 1.1 and len(cur) <= 3,
        ))
        cur.clear()

    for ln in lines:
        if cur:
            prev = cur[-1]
            new = False
            if _LABEL.match(ln.text) or _LABEL.match(prev.text):
                new = True
            elif ln.page != prev.page:
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
