"""Shared finishing steps of the word-processor readers (DOCX, ODT).

* Letterhead fields typed as a label paragraph and a value paragraph
  (``Ons kenmerk`` / ``5303168`` in the sender column of a Rijkshuisstijl
  letter) become one block ``Ons kenmerk 5303168``, like the field rows of
  a table (:mod:`.tables`).
* The letter's date: a ``Datum 24 maart 2024`` block in the letterhead
  gives ``Source.meta["date"]`` (ISO) when it is the only such date.
* Footnote reference marks: while reading, a reference is kept in the block
  text as ``\\ue000<key>\\ue001``; :func:`take_marks` removes them and records
  ``(block index, offset, key)`` in ``Source.footnote_refs``, so the text has
  no marker glued to a word but the place of each reference is known.
"""

from __future__ import annotations

import re

from ..dutch import DATE_RE, to_date
from ..source import Block
from .tables import FIELD_WORDS, MARK

#: A header/footer line that is only a page number (``Pagina 2 van 3``, ``- 2 -``, ``2/9``).
PAGE_ONLY = re.compile(
    r"^[\s\-–—]*(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{0,4}\s*(?:(?:van|of|/)\s*\d{0,4})?[\s\-–—]*$", re.I)
_DATUM = re.compile(r"^\s*Datum\s*:?\s*(?P<rest>.+?)\s*$", re.I)


def is_field(text: str) -> bool:
    """A letterhead field label on its own (``Datum``, ``Ons kenmerk:``)."""
    return bool(FIELD_WORDS.match(" ".join(MARK.sub("", text).split()).rstrip(" :")))


def join_fields(blocks: list[Block]) -> list[Block]:
    """Join a letterhead label paragraph with the value paragraph after it."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (nxt is not None and b.role is None and nxt.role is None and is_field(b.text)
                and not is_field(nxt.text) and "\n" not in nxt.text and len(nxt.text) <= 400
                and not nxt.heading and not nxt.list_item):
            out.append(Block(text=f"{b.text} {nxt.text}", line=b.line, page=b.page,
                             bold=b.bold and nxt.bold, italic=b.italic and nxt.italic))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


def letter_date(texts: list[str]) -> str | None:
    """ISO date of the one ``Datum <date>`` line among ``texts`` (None if none or several)."""
    found = set()
    for t in texts:
        m = _DATUM.match(MARK.sub("", t))
        if m:
            d = DATE_RE.fullmatch(m["rest"])
            day = to_date(d) if d else None
            if day:
                found.add(day.isoformat())
    return found.pop() if len(found) == 1 else None


def unique_key(key: str, taken: dict[str, str], counts: dict[str, int]) -> str:
    """``key``, or ``key (2)``, ``key (3)`` … when a mark (``*``) is printed twice."""
    if key not in taken:
        return key
    n = counts.get(key, 1)
    while True:  # amortised: the counter remembers where the last search ended
        n += 1
        candidate = f"{key} ({n})"
        if candidate not in taken:
            counts[key] = n
            return candidate


def take_marks(blocks: list[Block]) -> list[tuple[int, int, str]]:
    """Remove footnote marks from the blocks' text; their (block, offset, key).

    One pass per block (a block with very many marks stays linear). A space
    before a mark that is followed by a space or the end is dropped, so no
    double space is left where the mark was."""
    refs: list[tuple[int, int, str]] = []
    for i, b in enumerate(blocks):
        if "\ue000" not in b.text:
            continue
        pieces = MARK.split(b.text)
        keys = [m[1:-1] for m in MARK.findall(b.text)]
        out: list[str] = []
        size = 0
        offsets: list[int] = []
        for k, piece in enumerate(pieces):
            if k:  # a mark stood before this piece
                if out and out[-1].endswith(" ") and (not piece or piece[0] in " \n"):
                    stripped = out[-1].rstrip(" ")
                    size -= len(out[-1]) - len(stripped)
                    out[-1] = stripped
                offsets.append(size)
            out.append(piece)
            size += len(piece)
        text = "".join(out)
        lead = len(text) - len(text.lstrip())
        b.text = text.strip()
        refs.extend((i, max(0, min(off - lead, len(b.text))), key) for off, key in zip(offsets, keys))
    return refs
