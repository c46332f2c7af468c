"""Mededelingen: notices in place of answers.

A *Mededeling* says that the questions will be answered later (``kunnen
niet binnen de gebruikelijke termijn worden beantwoord``) or were answered
elsewhere (``Voor de beantwoording verwijs ik naar mijn brief van …``). It
comes in three layouts:

* an Aanhangsel: the opening line ``Mededeling van Minister … (ontvangen
  …).`` in the header, the questions, then the notice under a label
  ``Mededeling`` (or its text right after the opening line);
* a docx letter with the opening line and the text but no printed
  questions (``AH 615`` / ``Mededeling van staatssecretaris …``);
* a ministry letter ``Uitstel beantwoording …`` whose paragraph says that
  the answer takes longer, without an opening line.

The notice is kept apart from the questions as a :class:`Notice`; every
question it concerns gets ``Answer(text="", status="deferred")`` (or
``"by-reference"`` when the notice says where the answer was given).
"""

from __future__ import annotations

import re

from ..model import Answer, Location, Notice, Question
from .kamervragen_clean import Ln

#: The opening line; its end is the ``(ontvangen …)`` parenthesis.
OPENING = re.compile(r"^\s*Mededeling\s+van\b")
_RECEIVED = re.compile(r"\(\s*ontvangen\b[^)]*\)\s*\.?")
_DELAY = re.compile(
    r"niet\s+binnen\s+de\s+(?:gebruikelijke|gestelde|daarvoor\s+staande)\s+termijn|uitstel\s+(?:van\s+de\s+)?"
    r"beantwoording|(?:meer|langer)\s+tijd\s+(?:vergt|nodig|behoeft|kost)|zo\s+spoedig\s+mogelijk\s+(?:de\s+)?"
    r"(?:antwoorden|beantwoord|te\s+beantwoorden)",
    re.I,
)
_ELSEWHERE = re.compile(
    r"(?:verwijs|verwijzen)\s+(?:ik|wij|we)\s+(?:u\s+)?(?:graag\s+)?naar|(?:zijn|worden|is)\s+(?:reeds\s+|al\s+)?"
    r"beantwoord\s+(?:in|bij|met|door)\b|beantwoording\s+(?:van\s+(?:deze|de)\s+vragen\s+)?(?:is\s+)?"
    r"(?:opgenomen|gegeven)\s+in",
    re.I,
)
_CAPTION = re.compile(r"^\s*(?:Betreft|Onderwerp|Datum|Kenmerk|Ons\s+kenmerk|Onze\s+referentie|Uw\s+\w+)\b")
_CLOSING = re.compile(r"^\s*(?:Hoogachtend|Met\s+vriendelijke\s+groet|De\s+(?:[Mm]inister|[Ss]taatssecretaris)\b)")


def split_opening(header: list[Ln]) -> tuple[list[Ln], list[Ln], list[Ln]]:
    """Header lines before the opening line, the opening line(s) up to
    ``(ontvangen …)``, and the lines after it (the notice text when it
    follows directly). Without an opening line: (header, [], [])."""
    start = next((i for i, ln in enumerate(header) if OPENING.match(ln.text)), None)
    if start is None:
        return header, [], []
    end = start
    while end < len(header) - 1 and end - start < 4 and not _RECEIVED.search(
        " ".join(ln.text for ln in header[start:end + 1])
    ):
        end += 1
    opening = header[start:end + 1]
    after = header[end + 1:]
    last = opening[-1]
    joined = " ".join(ln.text for ln in opening)
    m = _RECEIVED.search(joined)
    cut = m.end() - (len(joined) - len(last.text)) if m else -1
    if 0 < cut < len(last.text) and last.text[cut:].strip():
        # text on the same line after ``(ontvangen …).``: it opens the notice
        opening = opening[:-1] + [Ln(last.text[:cut].rstrip(), last.line, last.page, last.block)]
        after = [Ln(last.text[cut:].strip(), last.line, last.page, last.block)] + after
    return header[:start], opening, after


def delay_paragraph(header: list[Ln]) -> int | None:
    """Index of the first line of a letter paragraph that defers the answer
    (``… kunnen niet binnen de gebruikelijke termijn worden beantwoord``)."""
    blocks: dict[int, int] = {}
    for i, ln in enumerate(header):
        blocks.setdefault(ln.block, i)
    for b, first in blocks.items():
        text = " ".join(ln.text for ln in header if ln.block == b)
        if _CAPTION.match(text) or not text.rstrip().endswith((".", "!")):
            continue  # a letterhead field (``Betreft Uitstel beantwoording …``), not a sentence
        if _DELAY.search(text) and re.search(r"\bbeantwoord|\bantwoord", text, re.I):
            return first
    return None


def notice_text_end(lines: list[Ln]) -> int:
    """Where a letter's notice text ends: at the closing formula or signature."""
    for i, ln in enumerate(lines):
        if _CLOSING.match(ln.text):
            return i
    return len(lines)


def status_of(text: str) -> str:
    """``deferred`` (the answer comes later) or ``by-reference`` (given elsewhere)."""
    if _ELSEWHERE.search(text) and not _DELAY.search(text):
        return "by-reference"
    return "deferred"


def make_notice(label: str | None, text: str, at: Ln | None, questions: list[Question]) -> Notice:
    """The notice, and ``deferred`` answers on the questions it concerns
    (those that have no answer of their own)."""
    concerned = [q for q in questions if q.answer is None]
    status = status_of(text)
    for q in concerned:
        q.answer = Answer(text="", status=status)  # type: ignore[arg-type]
    loc = Location(line=at.line, page=at.page) if at is not None else Location()
    return Notice(kind="mededeling", label=label, text=text, questions=[q.id for q in concerned], location=loc)
