"""Footnotes of a PDF page: bodies to ``Source.footnotes``, references out of the text.

A footnote body is small type below the last body line, starting with its
number, continuing the document's numbering; a note that stops mid-sentence
(not after a web address) at a page foot runs on atop the next page's
footnotes, at the page foot too, without a number. A reference is the number in
the text: a superscript fragment (removed when lines are built) or a digit
glued to a word (``regeldruk.3``, ``2023 1 heb ik``), searched only for the
notes printed on the same page, in order.

A removed reference leaves a *marker* in the line text: one character of
Unicode plane 15 (private use) per reference, ``REF_BASE + k`` where ``k``
indexes ``RefTable.numbers``. Markers survive line joining; when a paragraph
is finished :func:`take_markers` removes them and records (block index,
offset, number) in ``Source.footnote_refs``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..recognise.unwrap import join_hyphenated

if TYPE_CHECKING:
    from ..source import Source
    from .pdf_lines import Line

REF_BASE = 0xF0000
_MARKER = re.compile("[\U000f0000-\U000ffffd]")
_FN_START = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")


class RefTable:
    """Footnote numbers behind the markers of one document."""

    def __init__(self) -> None:
        self.numbers: list[str] = []
        #: the last footnote body set: (key, page, type size), for one that runs on to the next page
        self.last_note: tuple[str, int, float] | None = None

    def marker(self, number: str) -> str:
        self.numbers.append(number)
        return chr(REF_BASE + len(self.numbers) - 1)


def take_markers(text: str, refs: RefTable, block: int, out: list[tuple[int, int, str]]) -> str:
    """``text`` without markers; each marker's (block, offset, number) to ``out``."""
    if not _MARKER.search(text):
        return text
    parts: list[str] = []
    pos = 0
    length = 0
    for m in _MARKER.finditer(text):
        piece = text[pos: m.start()]
        parts.append(piece)
        length += len(piece)
        k = ord(m[0]) - REF_BASE
        if 0 <= k < len(refs.numbers):
            out.append((block, length, refs.numbers[k]))
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text)


def footnotes(lines: list[Line], body: float, src: Source, refs: RefTable, height: float = 842.0) -> list[Line]:
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
    first = True  # the first line of the page's footnote zone
    for ln in lines:
        small = ln.size < body * 0.88
        if small and floor is not None and ln.y < floor - 0.5:
            m = _FN_START.match(strip_markers(ln.text))
            if m and int(m[1]) == _next_note(src):
                current = m[1]
                notes.append(current)
                src.footnotes[current] = m[2]
                refs.last_note = (current, ln.page, ln.size)
                first = False
                continue
            if current is None and first and ln.y < 0.25 * height and _runs_on(refs.last_note, ln, src):
                current = refs.last_note[0]  # the end of the last page's last footnote
            first = False
            if current is not None:
                src.footnotes[current] = join_hyphenated(src.footnotes[current], strip_markers(ln.text))
                refs.last_note = (current, ln.page, ln.size)
                continue
        if ln.size < body * 0.88 and re.fullmatch(r"\d{1,3}", ln.text):
            src.dropped.append((ln.text, None, f"page {ln.page}: footnote marker on its own line"))
            continue
        rest.append(ln)
    _strip_glued_refs(rest, notes, src, refs)
    return rest


def _runs_on(last: tuple[str, int, float] | None, ln: Line, src: Source) -> bool:
    """Does ``ln``, atop a page's footnote zone without a number, end the
    previous page's last footnote? Only when that note stopped mid-sentence,
    in the same type."""
    if last is None or last[1] != ln.page - 1 or abs(last[2] - ln.size) > 0.3:
        return False
    body = src.footnotes.get(last[0], "").rstrip()
    words = body.split()
    if not words or "://" in words[-1] or words[-1].startswith("www."):
        return False  # a note that ends in a web address is complete
    return body[-1] not in ".!?)»”\"'’"


def _next_note(src: Source) -> int:
    nums = [int(k) for k in src.footnotes if k.isdigit()]
    return max(nums) + 1 if nums else 1


_NOT_BEFORE_REF = {
    "vraag", "vragen", "artikel", "artikelen", "nr", "nummer", "lid", "hoofdstuk", "bijlage",
    "pagina", "p", "blz", "stap", "fase", "punt", "en", "tot", "t/m", "van", "of", "dan", "op",
    "antwoord", "paragraaf", "onderdeel", "week", "jaar", "jaren", "niveau", "groep", "klasse",
}
#: A year a reference number may follow: ``in 2023 1 heb ik``, ``202123 bleek``.
_YEAR = r"(?:1[89]|20)\d\d"


@lru_cache(maxsize=256)
def _ref_pattern(num: str) -> re.Pattern[str]:
    glued = r"(?<=[^\W\d_]|[?!.,;:»”\")'’])" + num + r"(?=[\s,.;:?!)]|$)"
    spaced = r"(?<=[?!.»”\")] )" + num + r"(?=\s|$)"
    worded = r"(?<=[^\W\d_]{2} )" + num + r"(?=[?!,;:]|\.(?:\s|$))"
    # after a year: spaced before a lower-case word, or glued to it
    year = r"(?<=\b" + _YEAR + r" )" + num + r"(?= [a-zà-ÿ])|(?<=\b" + _YEAR + r")" + num + r"(?=[\s,.;:]|$)"
    return re.compile(f"{glued}|{spaced}|{worded}|{year}")


def _strip_glued_refs(lines: list[Line], notes: list[str], src: Source, refs: RefTable) -> None:
    """Remove footnote numbers left in the text (``regenboogbeleid»?1``,
    ``jl. 3 heeft``, ``Both Ends 1?``, ``2023 1 heb``), leaving a marker.

    Only numbers of footnotes printed on the same page are looked for, in
    order, each after the previous one, so ordinary numbers are left alone.
    """
    start = 0
    sup = {n for ln in lines for n in ln.sup}
    for num in notes:
        if num in sup:
            continue  # already taken out as a superscript fragment
        pat = _ref_pattern(num)
        for i in range(start, len(lines)):
            if num not in lines[i].text:
                continue  # every match is the number itself
            m = next((m for m in pat.finditer(lines[i].text) if _plausible_ref(lines[i].text, m)), None)
            if m:
                head, tail = lines[i].text[: m.start()], lines[i].text[m.end():]
                glue = not tail or tail[0] in " ?!.,;:)"
                lines[i].text = (head.rstrip() if glue else head) + refs.marker(num) + tail
                lines[i].refs.append(num)
                src.dropped.append((num, None, f"page {lines[i].page}: footnote reference {num}"))
                start = i
                break


def _plausible_ref(text: str, m: re.Match[str]) -> bool:
    before = text[: m.start()].rstrip().rsplit(None, 1)
    word = before[-1].strip(".,;:").casefold() if before else ""
    return word not in _NOT_BEFORE_REF
