"""Footnote marks left in running text, when the document's footnotes are known.

Converted text keeps a footnote's mark as a number glued to the word or the
punctuation before it (``Rijkswaterstaat.1``, ``kosten2 ,``, ``staat»?1``),
as a superscript digit (``staat»?¹``), or in plain text typed by hand as a
number with a closing parenthesis after a space (``staat»? 1)``). Once the
footnotes of the document are known, :func:`take_marks` removes the marks
whose number is one of those footnotes from the blocks and returns where
each stood, for ``Source.footnote_refs``. A number that is not the key of a
footnote is never touched, and a number after a space, a hyphen, a currency
sign or a digit is never a mark (``artikel 2``, ``COVID-19``, ``€ 12``);
nor is a unit's power (``km2``, ``m³``) or a capital's index (``CO2``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .source import Block

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")

#: A number glued after a question mark, exclamation mark or closing quote
#: (``staat»?1``), after a sentence's punctuation that ends a word of two
#: letters or more (``Rijkswaterstaat.1``, ``brief,3``), or to the end of a
#: lower-case word (``kosten2 ,``); a run of superscript digits anywhere.
_GLUED = re.compile(
    r"(?<=[?!»”])(?P<a>\d{1,2})(?=[\s,.;:?)]|$)"
    r"|(?<=[^\W\d_]{2}[.,;:)])(?P<b>\d{1,2})(?=[A-Z]|\s|$)"
    r"|(?<=[a-zà-ÿ]{2})(?P<c>\d{1,2})(?=\s*[,.;:?!)]|\s|$)"
    r"|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})"
)
#: The marks the Kamervragen grammar takes out of its lines whether or not
#: the footnote was found (its notes are often lost in converted text): a
#: number glued after a question mark or closing quote (``regenboogbeleid»?1``,
#: ``«Titel»1?``) or after a sentence (``afgerond.3De``).
SENTENCE_MARK = re.compile(r"(?<=[?!»”])\d{1,2}(?=[\s,.;:?]|$)|(?<=[^\W\d_]{2}[.])\d{1,2}(?=[A-Z]|\s|$)")

#: A number and a closing parenthesis after a space, after a sentence or a
#: word (``staat»? 1)``), at a line's end or before a space.
_PAREN = re.compile(r"(?<=[^\W\d_]|[?!».,”:;]) (?P<p>\d{1,2})\)(?=\s|$)")
#: Words that a number after them belongs to (``km2``, ``m3``), never a mark.
_UNITS = re.compile(r"(?:\b|(?<=\d))(?:k?m|[cdm]m|ha)$")
#: Words after which ``N)`` is an item number, never a mark (``vraag 2)``).
_ITEM_WORDS = re.compile(r"(?i)\b(?:vraag|vragen|artikel|onderdeel|punt|lid|sub|nr|nummer|stap)$")


def marks(text: str, keys: Collection[str], paren: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, key) of each footnote mark in ``text`` whose number is in ``keys``."""
    out: list[tuple[int, int, str]] = []
    for m in _GLUED.finditer(text):
        key = (m["s"] or "").translate(_SUPERSCRIPT) or m["a"] or m["b"] or m["c"]
        if key not in keys:
            continue
        if (m["c"] or m["s"]) and _UNITS.search(text[:m.start()]):
            continue
        out.append((m.start(), m.end(), key))
    if paren:
        for m in _PAREN.finditer(text):
            if m["p"] in keys and not _ITEM_WORDS.search(text[:m.start()]):
                out.append((m.start(), m.end(), m["p"]))
    return sorted(out)


def take_marks(blocks: list[Block], keys: Collection[str], paren: bool = False) -> list[tuple[int, int, str, str]]:
    """Remove the marks of ``keys`` from ``blocks``' texts; (block index,
    offset in the new text, key, the mark as printed) for each, in order."""
    found: list[tuple[int, int, str, str]] = []
    for i, b in enumerate(blocks):
        spans = marks(b.text, keys, paren)
        if not spans:
            continue
        out: list[str] = []
        pos = size = 0
        for start, end, key in spans:
            if start < pos:
                continue
            piece = b.text[pos:start]
            out.append(piece)
            size += len(piece)
            found.append((i, size, key, b.text[start:end]))
            pos = end
        out.append(b.text[pos:])
        b.text = "".join(out)
    return found
