"""Turn reader blocks into logical paragraphs ("items") for the grammars.

A reader's block can hold several logical lines (list items ``- a. ...``,
hard-wrapped prose from pdftotext) and a logical paragraph can be split over
two blocks by a page break. ``items`` repairs both:

* lines that start with a list marker, a part label or a question number
  start a new logical line; other lines are joined to the previous one
  (hard wraps), rejoining words hyphenated at the line end;
* a block that ends mid-sentence followed by one that starts in lower case
  (or with ``(``) is the same paragraph broken by a page: they are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..source import Block
from .signature_lines import is_role

#: ``- 1.``, `` - b.``, ``•``, ``*`` list markers the converters leave behind.
LIST_MARK = re.compile(r"^\s*(?:[-–•*▪·]\s+)")
#: ``a.`` / ``b)`` / ``(c)`` part labels.
PART = re.compile(r"^\s*(?:[-–•*]\s*)?\(?(?P<label>[a-h])[.)]\s+(?P<rest>\S.*)$", re.S)
#: ``12.`` / ``- 3.`` / ``4)`` question numbers at the start of a paragraph.
NUMBER = re.compile(r"^\s*(?:[-–•*]\s*)?(?P<num>\d{1,4})[.)]\s+(?P<rest>\S.*)$", re.S)
_NEW_LINE = re.compile(
    r"^\s*(?:[-–•*▪·]\s+|\(?[a-h][.)]\s|\d{1,4}[.)]\s|Antwoord\b|Vraag\b|De\s+(?:minister|staatssecretaris)\b)",
    re.I,
)
_TERMINAL = ".?!:;,"
#: An answer label alone on its line.
_LABEL_LINE = re.compile(
    r"^\s*(?:Antwoord(?:\s+(?:op\s+)?(?:vraag\s+)?\d{1,4}[a-h]?)?|Reactie\s+van\s+(?:de\s+|het\s+)?"
    r"(?:bewindspersoon|minister|staatssecretaris|regering|kabinet))\s*[.:]?\s*$", re.I)
#: A numbered section title: ``2. Uitvoering``, ``2.3 Gevolgen voor gemeenten``.
_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Þ][^.?!:;]{1,70}$")
#: A paragraph in the askers' voice: ``De leden van de VVD-fractie …``.
_FACTION_OPENS = re.compile(r"^\s*(?:De\s+)?(?:leden|fractieleden)\s+van\s+de\s+\S")


def numbered_title(line: str) -> bool:
    """A numbered section title alone: ``2. Uitvoering``, ``2.3 Gevolgen voor gemeenten``."""
    return bool(_NUMBERED_TITLE.match(line)) and line.rstrip()[-1:] not in _TERMINAL


@dataclass
class Item:
    """One logical paragraph with its source location and hints."""

    lines: list[str]
    line: int | None = None
    page: int | None = None
    bold: bool = False
    italic: bool = False
    heading: bool = False
    role: str | None = None
    label: str | None = None
    extra_lines: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def split_lines(block: Block) -> list[str]:
    """Logical lines of one block: hard wraps joined, list lines kept apart."""
    raw = [ln.strip() for ln in block.text.split("\n")]
    raw = [ln for ln in raw if ln]
    width = max((len(ln) for ln in raw), default=0)
    out: list[list[str]] = []  # logical lines as pieces: joining stays linear
    prev = ""
    for ln in raw:
        if out and not _NEW_LINE.match(ln) and not _kept_break(prev, ln, width):
            last = out[-1][-1]
            joined = join_wrapped(last, ln)
            if joined == last[:-1] + ln and last.endswith("-") and joined != last + ln:
                out[-1][-1] = last[:-1]
                out[-1].append(ln)
            else:
                out[-1].append(joined[len(last):])
        else:
            out.append([ln])
        prev = ln
    return ["".join(pieces) for pieces in out]


def _kept_break(prev: str, nxt: str, width: int) -> bool:
    """A line break that is not a hard wrap: after a short line (a sub-heading,
    the end of a sentence) or a signature role, before a capital."""
    if is_role(prev) or (prev.isupper() and len(prev) > 3) or (nxt.isupper() and len(nxt) > 3):
        return True
    if _LABEL_LINE.match(prev):
        return True  # ``Antwoord`` / ``Reactie van de bewindspersoon`` alone on its line: the text starts below
    starts_upper = nxt[:1].isupper() or nxt[:1] in "\"'“‘«"
    if starts_upper and prev.rstrip().endswith("?"):
        return True  # a question ends here: in a lijst its answer follows
    return starts_upper and len(prev) < 0.7 * width and prev[-1:] != "-"


def join_wrapped(left: str, right: str) -> str:
    """Join a hard-wrapped line; ``beleids-`` + ``maatregelen`` loses the hyphen
    unless the next word starts upper case or with a digit (``Staten-Generaal``)."""
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].islower():
        return left[:-1] + right
    if left.endswith(("-", "/")):
        return left + right
    return left + " " + right


def continues(prev: Item, nxt: Item) -> bool:
    """Does ``nxt`` continue ``prev`` across a page break?"""
    if prev.heading or nxt.heading or prev.role or nxt.role:
        return False
    last = prev.lines[-1].rstrip() if prev.lines else ""
    if not last or last[-1] in _TERMINAL or last.endswith(("?»", ".»", "?”", ".”", '."', '?"', ".)", "?)")):
        return False
    first = LIST_MARK.sub("", nxt.lines[0]) if nxt.lines else ""
    if not first:
        return False
    if NUMBER.match(nxt.lines[0]) or PART.match(first) or is_role(first):
        return False  # ``drs. A.B. Smit, secretaris`` under ``Algemene Rekenkamer``: a signature
    return first[0].islower() or first[0] == "("


def items(blocks: list[Block]) -> list[Item]:
    """Logical paragraphs of a whole source, page breaks repaired."""
    out: list[Item] = []
    for b in blocks:
        lines = split_lines(b) if not b.role else [" ".join(b.text.split())]
        if not lines:
            continue
        it = Item(lines=lines, line=b.line, page=b.page, bold=b.bold, italic=b.italic,
                  heading=b.heading, role=b.role, label=b.label)
        if not b.role and len(lines) > 1 and numbered_title(lines[0]) and _FACTION_OPENS.match(lines[1]):
            # ``2. Uitvoering`` then ``De leden van de X-fractie …`` without a
            # blank line (converted PDF text): the title is a heading of its own
            out.append(Item(lines=lines[:1], line=b.line, page=b.page, bold=b.bold, italic=b.italic,
                            heading=True))
            it = Item(lines=lines[1:], line=(b.line + 1) if b.line else None, page=b.page, bold=b.bold,
                      italic=b.italic, heading=b.heading)
        if out and continues(out[-1], it):
            prev = out[-1]
            first = LIST_MARK.sub("", it.lines[0])
            prev.lines[-1] = join_wrapped(prev.lines[-1], first)
            prev.lines.extend(it.lines[1:])
            prev.bold = prev.bold or it.bold
            if it.line is not None:
                prev.extra_lines.append(it.line)
            continue
        out.append(it)
    return out


def strip_marker(line: str) -> str:
    """Remove a leading list marker (``- ``) from a line."""
    return LIST_MARK.sub("", line).strip()
