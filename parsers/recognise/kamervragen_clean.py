"""Lines of a Kamervragen source, with page furniture and footnotes taken out.

PDF sources arrive clean (the PDF reader drops furniture by position). Text
converted by others (pdftotext raw or ``-layout``, PyPDF2) still carries:

* running footers ``Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel`` and
  the page number after them, sometimes glued to the next label
  (``…, Aanhangsel 1Antwoord 3``);
* the first-page block ``ah-tk-…`` / ``ISSN 0921 - 7398`` / ``’s-Gravenhage``;
* footnote bodies in mid-text at each page break, and footnote numbers on
  lines of their own (``1``, ``2 3``) or glued to the body (``1NOS, …``).

Those lines are returned separately as ``Unplaced`` entries with a reason,
so nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..footnote_marks import SENTENCE_MARK
from ..model import Unplaced
from ..source import Source

_RUNNING = re.compile(
    r"^(?P<f>(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,\s*Aanhangsel)"
    r"\s*(?P<page>\d{1,4})?\s*(?P<rest>(?:Vra(?:ag|gen)|Antwoord(?:en)?|Mededeling)(?:\b|(?=\d)).*)?$"
)
_EK_RUNNING = re.compile(r"^Eerste\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,\s*\d{2}\s?\d{3}(?:\s+[A-Z]+)?\s*,\s*[A-Z]{1,3}\s*\d*$")
_FIRST = re.compile(
    r"^(?:(?:ah|kv|h)-(?:tk|ek)-[\w-]*|kst-[\w-]+|ISSN\s*\d{4}\s*-\s*\d{3}[\dX]|[’']s-Gravenhage\s+\d{4}|kv-tk)$", re.I
)
#: PyPDF2 glues the first-page block to the running footer:
#: ``ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1``.
_FIRST_GLUED = re.compile(
    r"^(?P<f>ISSN\s*\d{4}\s*-\s*\d{3}[\dX]\s*[’']s-Gravenhage\s+\d{4}\s*"
    r"(?:(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,\s*(?:Aanhangsel|Vragen)\s*\d{0,4})?)"
    r"\s*(?P<rest>(?:Vra(?:ag|gen)|Antwoord(?:en)?|Mededeling)(?:\b|(?=\d)).*)?$"
)
_LONE_NUMS = re.compile(r"^\d{1,2}(?:\s*(?:,|\s|en\s)\s*\d{1,2})*$")
#: A footnote number that the converter put on its own line before the
#: sentence's full stop: ``per liter`` / ``2. In 2023 is …``.
_NOTE_BEFORE_STOP = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<rest>[A-ZÀ-Þ].*)$")
_GLUED_NOTE = re.compile(r"^(?P<n>\d{1,2})(?=[A-Z«“\"‘'(\[]|www\.|https?:)(?P<body>\S.*)$")
#: A footnote number glued after a question mark or closing quote, or after
#: a sentence: the rule shared with the other grammars (:mod:`parsers.footnote_marks`).
_GLUED_REF = SENTENCE_MARK
_LABEL = re.compile(r"^\s*(?:Vraag|Antwoord)(?:\b|(?=\d))")
#: PyPDF2 puts a page's footnote on a line of its own with a space after the
#: number (``1 De Telegraaf, 20 april 2024.``), right before the running footer.
_SPACED_NOTE = re.compile(r"^(?P<n>\d{1,2})\s+(?=[A-Z«“\"‘'(\[]|www\.|https?:)\S")


@dataclass(slots=True)
class Ln:
    """One line of source text with where it came from."""

    text: str
    line: int | None
    page: int | None
    block: int
    role: str | None = None
    label: str | None = None
    bold: bool = False


_COLUMNS = re.compile(r"\s{3,}")
_PAGE_NUMBER = re.compile(r"\d{1,4}")


def furniture_kind(text: str) -> str | None:
    """Why a whole line is page furniture, or None (tolerates ``-layout`` columns)."""
    parts = [p for p in _COLUMNS.split(text.strip()) if p]
    if not parts:
        return None
    kinds = []
    for p in parts:
        running = _RUNNING.match(p)
        if running and not running["rest"]:
            kinds.append("running footer")
        elif _EK_RUNNING.match(p):
            kinds.append("running header")
        elif _FIRST.match(p):
            kinds.append("first-page publication block")
        elif _PAGE_NUMBER.fullmatch(p) and len(parts) > 1:
            kinds.append("page number")
        else:
            return None
    return kinds[0]


def source_lines(source: Source) -> tuple[list[Ln], list[Unplaced]]:
    """All lines of ``source``; furniture and footnotes moved to unplaced."""
    lines: list[Ln] = []
    for bi, b in enumerate(source.blocks):
        for k, raw in enumerate(b.text.split("\n")):
            if raw.strip():
                line = b.line + k if b.line is not None and source.format == "text" else b.line
                lines.append(Ln(raw.rstrip(), line, b.page, bi, b.role, b.label, b.bold))
    if source.format == "pdf":
        return lines, []
    # docx letters and web pages number questions with a number alone on a
    # line: keep those
    numbered = not any(re.match(r"\s*Vra(?:ag|gen)\s*\d", ln.text) for ln in lines) and (
        any(re.fullmatch(r"\s*Antwoord(?:en)?\s*[.:]?\s*", ln.text) for ln in lines) or _number_sequence(lines)
    )
    return _clean(lines, keep_numbers=numbered)


def _number_sequence(lines: list[Ln]) -> bool:
    """Numbers alone on a line, 1, 2, 3, …, each followed by a question."""
    seen = [int(m[1]) for i, ln in enumerate(lines)
            if (m := re.fullmatch(r"\s*(\d{1,3})[.)]?\s*", ln.text))
            and any("?" in nxt.text for nxt in lines[i + 1:i + 4])]
    # a publication number alone on its line (``876``) may come first
    k = 0
    for n in seen:
        if n == k + 1:
            k += 1
    return k >= 2


def _clean(lines: list[Ln], keep_numbers: bool = False) -> tuple[list[Ln], list[Unplaced]]:
    out: list[Ln] = []
    unplaced: list[Unplaced] = []
    drop = _footnote_zones(lines)

    def put(ln: Ln, reason: str, text: str | None = None) -> None:
        unplaced.append(Unplaced(text=(text or ln.text).strip(), line=ln.line, page=ln.page, reason=reason))

    after_footer = False
    body_until = -1
    notes = {g["n"] for ln in lines if (g := _GLUED_NOTE.match(ln.text.strip()))}
    expected_note = 1
    in_note = False
    note_indent: int | None = None
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if i in drop:
            put(ln, drop[i])
            continue
        indent = len(ln.text) - len(ln.text.lstrip())
        if note_indent is not None:
            if indent > note_indent and not _LABEL.match(text):
                put(ln, "footnote (page bottom)")
                continue
            if not (indent == note_indent and _LONE_NUMS.fullmatch(text)):
                note_indent = None
        if _LONE_NUMS.fullmatch(text) and not keep_numbers and i + 1 < len(lines):
            nxt = lines[i + 1].text
            if len(nxt) - len(nxt.lstrip()) > indent + 1 and not _LABEL.match(nxt.strip()):
                note_indent = indent  # pdftotext -layout: number, then the indented body
                put(ln, "footnote marker")
                continue
        m = _RUNNING.match(text)
        if m:
            put(ln, "page furniture (running footer)", m["f"] + (f" {m['page']}" if m["page"] else ""))
            after_footer = not m["page"]
            if m["rest"]:
                out.append(Ln(m["rest"], ln.line, ln.page, ln.block, ln.role, ln.label, ln.bold))
                after_footer = False
            continue
        m = _FIRST_GLUED.match(text)
        if m:
            put(ln, "page furniture (first-page publication block)", m["f"])
            if m["rest"]:
                out.append(Ln(m["rest"], ln.line, ln.page, ln.block, ln.role, ln.label, ln.bold))
            continue
        kind = furniture_kind(text)
        if kind:
            put(ln, f"page furniture ({kind})")
            continue
        if after_footer and re.fullmatch(r"\d{1,4}", text):
            put(ln, "page furniture (page number)")
            after_footer = False
            continue
        after_footer = False
        g = _GLUED_NOTE.match(text)
        if g and int(g["n"]) == expected_note and not _LABEL.match(text):
            put(ln, f"footnote {g['n']}")
            expected_note += 1
            in_note = not re.search(r"[.)]\s*$", text)
            continue
        s = _SPACED_NOTE.match(text)
        if s and int(s["n"]) == expected_note and _at_page_bottom(lines, i):
            put(ln, f"footnote {s['n']}")
            expected_note += 1
            in_note = not re.search(r"[.)]\s*$", text)
            continue
        if in_note and not _LABEL.match(text):
            put(ln, f"footnote {expected_note - 1}")
            in_note = not re.search(r"[.)]\s*$", text)
            continue
        in_note = False
        if i < 8 and not keep_numbers and re.fullmatch(r"[12]", text):
            put(ln, "page furniture (chamber numeral)")
            continue
        if _LONE_NUMS.fullmatch(text) and not keep_numbers and not _numeric_neighbour(lines, i):
            put(ln, "footnote marker")
            # text without blank lines (PyPDF2): the note's body follows the
            # number on its own line and runs to the page's footer
            end = _footer_after(lines, i + 1)
            if end is not None:
                body_until = end
            continue
        if i < body_until:
            put(ln, "footnote (page bottom)")
            continue
        m = _NOTE_BEFORE_STOP.match(text)
        if (m and m["n"] in notes and out and re.search(r"[^\W\d_]$", out[-1].text.rstrip()) and not keep_numbers
                and not _list_goes_on(lines, i, int(m["n"]))):
            put(ln, "footnote reference", m["n"])
            last = out[-1]
            out[-1] = Ln(last.text.rstrip() + ".", last.line, last.page, last.block, last.role, last.label, last.bold)
            ln = Ln(m["rest"], ln.line, ln.page, ln.block, ln.role, ln.label, ln.bold)
        cut = _GLUED_REF.sub("", ln.text)
        if cut != ln.text:
            for m in _GLUED_REF.finditer(ln.text):
                put(ln, "footnote reference", m[0])
            ln = Ln(cut, ln.line, ln.page, ln.block, ln.role, ln.label, ln.bold)
        out.append(ln)
    return out, unplaced


def _at_page_bottom(lines: list[Ln], i: int) -> bool:
    """Line ``i`` sits right after the first-page block, or the note it opens
    (this line and at most one more, ending the note) is followed right away
    by the running footer."""
    if i > 0 and furniture_kind(lines[i - 1].text) == "first-page publication block":
        return True
    for j in (i + 1, i + 2):
        if j >= len(lines):
            return False
        nxt = lines[j].text.strip()
        if _RUNNING.match(nxt) or _FIRST.match(nxt) or _FIRST_GLUED.match(nxt):
            return bool(re.search(r"[.)]\s*$|https?://\S+$", lines[j - 1].text))
        if _LABEL.match(nxt):
            return False
    return False


def _footer_after(lines: list[Ln], i: int) -> int | None:
    """The running footer (or first-page block) one or two lines after line
    ``i``, when the line before it ends a note; None otherwise."""
    for j in (i + 1, i + 2):
        if j >= len(lines) or _LABEL.match(lines[j - 1].text):
            return None
        nxt = lines[j].text.strip()
        if _RUNNING.match(nxt) or _FIRST.match(nxt) or _FIRST_GLUED.match(nxt):
            return j if re.search(r"[.)]\s*$|https?://\S+$", lines[j - 1].text) else None
    return None


def _list_goes_on(lines: list[Ln], i: int, n: int) -> bool:
    """``n.`` opens a numbered list when ``n+1.`` follows within a few lines."""
    return any(re.match(rf"\s*{n + 1}\.\s", ln.text) for ln in lines[i + 1:i + 8])


def _numeric_neighbour(lines: list[Ln], i: int) -> bool:
    """A lone number next to other lone numbers is table data, not a marker."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and re.fullmatch(r"[\d.,%\s]+", lines[j].text.strip()):
            return True
    return False


def _footnote_zones(lines: list[Ln]) -> dict[int, str]:
    """pdftotext raw: footnote bodies sit between a lone number (or the
    first-page block) and the running footer that ends the page."""
    blocks: list[list[int]] = []
    for i, ln in enumerate(lines):
        if not blocks or lines[blocks[-1][-1]].block != ln.block:
            blocks.append([i])
        else:
            blocks[-1].append(i)

    def is_footer(bl: list[int]) -> bool:
        return len(bl) == 1 and bool(_RUNNING.match(lines[bl[0]].text.strip())) and not _RUNNING.match(lines[bl[0]].text.strip())["rest"]

    def is_marker(bl: list[int]) -> bool:
        return all(_LONE_NUMS.fullmatch(lines[i].text.strip()) for i in bl)

    def is_first(bl: list[int]) -> bool:
        return all(furniture_kind(lines[i].text) for i in bl)

    def trailing_marker(bl: list[int]) -> bool:
        return len(bl) > 1 and bool(_LONE_NUMS.fullmatch(lines[bl[-1]].text.strip()))

    out: dict[int, str] = {}
    for k, bl in enumerate(blocks):
        if not is_footer(bl):
            continue
        seen: list[int] = []
        j = k - 1
        while j >= 0 and len(seen) < 12:
            cand = blocks[j]
            if is_footer(cand) or any(_LABEL.match(lines[i].text) for i in cand):
                break
            if j > 0 and is_footer(blocks[j - 1]) and is_marker(cand):
                break  # the page number after the previous footer
            seen.insert(0, j)
            j -= 1
        start = next((s for s in seen if is_marker(blocks[s]) or is_first(blocks[s])), None)
        if start != (seen[0] if seen else None) and seen and seen[0] > 0 and trailing_marker(blocks[seen[0] - 1]):
            # the first marker closed the text block (``…inzake`` / ``10``); the
            # notes follow with their markers between them (``12``, ``13``)
            if any(_LONE_NUMS.fullmatch(lines[i].text.strip()) for s in seen for i in blocks[s][1:]):
                start = seen[0]
        if start is None:
            continue
        for s in seen[seen.index(start):]:
            if is_marker(blocks[s]) or is_first(blocks[s]):
                continue
            for i in blocks[s]:
                out[i] = "footnote (page bottom)"
    return out
