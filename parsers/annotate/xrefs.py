"""Cross-references from one answer to other answers in the same document.

``find_refs(text, citations)`` returns :class:`RefMatch` tuples: the question
numbers a phrase points to and whether the phrase points *outside* the
document. Recognised:

* ``Zie antwoord vraag 4``, ``zie het antwoord op vraag 3``, ``Zie vraag 2``;
* ``het antwoord op vraag 4``, ``mijn antwoord 4, 5 en 6``,
  ``antwoord op vraag 2 t/m 4``, ``de antwoorden op vragen 2 en 3``;
* ``Zoals in het antwoord op vraag 2 is aangegeven``, ``in vraag 2 t/m 4``;
* ``antwoord op vraag 3 van de leden van de CDA-fractie`` (names a faction).

External (numbers of questions in a *cited* document, not this one):
``beantwoording vragen 36, 37`` in a sentence that cites a Kamerstuk or letter
before it, any reference followed by ``van/in/uit`` + a citation, and any
reference in a sentence that names an earlier round (``de eerste set vragen``,
``de feitelijke vragen``). Answer
labels on a line of their own (``Antwoord 4a.``) are not references.
The caller maps numbers to question ids and drops self-references and
numbers that do not exist in the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Protocol

from .dutch import sentence_start

#: A question number, of any size (a lijst can have more than 999 questions).
_N = r"\d+[a-z]?(?![\d])"
_SEP = r"\s*(?:,|\ben\b|t/m|tot\s+en\s+met|[-–])\s*"
_REF = re.compile(
    r"(?=[ZzAaBbHhIiMmDdOo])(?P<lead>"
    r"(?:\b[Zz]ie\s+(?:ook\s+)?(?:(?:het|mijn|ons|de)\s+)?"
    r"(?:(?:be)?antwoord(?:en|ing)?\s+(?:(?:op|bij|van|onder)\s+)?)?"
    r"|\b(?:(?:[Hh]et|[Mm]ijn|[Oo]ns|[Dd]e)\s+)?(?:[Bb]e)?[Aa]ntwoord(?:en|ing)?\s+"
    r"(?:(?:op|bij|van|onder)\s+)?"
    r"|\b[Ii]n\s+(?=vra))"
    r"(?:(?:de\s+)?vra(?:ag|gen)\s+)?)"
    rf"(?P<nums>{_N}(?:{_SEP}{_N})*)"
)
#: The ``lead`` must name a question: either a ``vraag``/``vragen`` word or the
#: word ``antwoord`` directly before the number (``mijn antwoord 4``).
_NAMES_QUESTION = re.compile(r"vra(?:ag|gen)\s+$|antwoord(?:en)?\s+$", re.IGNORECASE)
#: With only ``antwoord`` before it, a number of four digits or more is a year
#: (``zijn antwoord 2025``), not a question; after ``vraag`` it is a question.
_VRAAG = re.compile(r"vra(?:ag|gen)\s+$", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"\d{4}")
_FACTION_AFTER = re.compile(
    r"\s+(?:van|aan)\s+de\s+(?:leden\s+van\s+de\s+)?"
    r"(?:(?P<a>[\w-]+?)-?fractie\b|fractie\s+(?:van\s+(?:het\s+|de\s+)?)?(?P<b>[A-Z][\w.-]*(?:-[A-Z][\w-]*)?))"
)
#: A sentence naming an earlier round: its question numbers are not this document's.
_EARLIER_ROUND = re.compile(
    r"\b(?:eerste|vorige|eerdere|voorgaande)\s+(?:set|ronde|schriftelijke|feitelijke|nota|verslag)"
    r"|\bfeitelijke\s+vragen\b|\bin\s+(?:de|het)\s+eerdere?\b",
    re.IGNORECASE,
)
_CITED_AFTER = re.compile(r"\s*(?:van|in|uit|bij)\s+(?:de|het|dezelfde)?\s*", re.IGNORECASE)
#: Every reference contains one of these; only around them is ``_REF`` tried.
_ANCHOR = re.compile(r"ntwoord|vra(?:ag|gen)\s")
_DIGIT = re.compile(r"\d")
_LABEL_END = re.compile(r"[ \t]*[.:]?[ \t]*(?:\n|$)")


class _Span(Protocol):
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class RefMatch:
    """A reference phrase; ``text == source[start:end]``."""

    numbers: tuple[int, ...]
    text: str
    start: int
    end: int
    #: A faction named after the numbers (``van de leden van de CDA-fractie``).
    faction: str | None = None
    #: True when the numbers belong to a cited document, not this one.
    external: bool = False


def _numbers(raw: str) -> tuple[int, ...]:
    """``4, 5 en 6`` -> (4, 5, 6); ``2 t/m 4`` -> (2, 3, 4); ``4a`` -> (4,)."""
    out: list[int] = []
    tokens = re.findall(r"\d+|t/m|tot\s+en\s+met|[-–]", raw)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.isdigit():
            out.append(int(tok))
        elif out and i + 1 < len(tokens) and tokens[i + 1].isdigit():
            lo, hi = out[-1], int(tokens[i + 1])
            if lo < hi <= lo + 50:
                out.extend(range(lo + 1, hi + 1))
                i += 2
                continue
        i += 1
    seen: dict[int, None] = {}
    for n in out:
        seen.setdefault(n, None)
    return tuple(seen)


def _is_label(text: str, m: re.Match[str]) -> bool:
    """``Antwoord 4a.`` alone on its line: a label, not a reference."""
    line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    return (line_start and m.group("lead")[:1] == "A"
            and _LABEL_END.match(text, m.end()) is not None)


def find_refs(text: str, citations: Iterable[_Span] = ()) -> list[RefMatch]:
    """All cross-reference phrases in ``text``.

    ``citations`` are the citation spans of the same text (anything with
    ``start``, ``end`` and ``kind``); they decide which numbers are external.

    >>> [(r.numbers, r.text) for r in find_refs("Zie antwoord vraag 4.")]
    [((4,), 'Zie antwoord vraag 4')]
    """
    cites = sorted((c for c in citations if c.kind != "motie"), key=lambda c: c.start)
    out: list[RefMatch] = []
    for m in _candidates(text):
        lead = m.group("lead")
        if not _NAMES_QUESTION.search(lead) or _is_label(text, m):
            continue
        if not _VRAAG.search(lead) and _LONG_NUMBER.search(m.group("nums")):
            continue
        numbers = _numbers(m.group("nums"))
        if not numbers:
            continue
        fac = _FACTION_AFTER.match(text, m.end())
        faction = (fac.group("a") or fac.group("b")) if fac else None
        external = _is_external(text, m.start(), m.end(), lead, cites)
        out.append(RefMatch(numbers, m.group(), m.start(), m.end(), faction, external))
    return out


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """``_REF`` matches, tried only near an anchor word (much faster than
    ``finditer`` over the whole text)."""
    done = 0
    for a in _ANCHOR.finditer(text):
        pos = a.start()
        if pos < done or not _DIGIT.search(text, a.end(), a.end() + 40):
            continue
        m = _REF.search(text, max(done, pos - 40), pos + 400)
        while m is not None and m.end() <= pos:
            m = _REF.search(text, m.end(), pos + 400)
        if m is None or m.start() > pos + len(a.group()):
            continue
        done = m.end()
        yield m


def _is_external(text: str, start: int, end: int, lead: str, cites: list[_Span]) -> bool:
    after = _CITED_AFTER.match(text, end)
    if after and (any(c.start == after.end() for c in cites)
                  or _EARLIER_ROUND.match(text, after.end())):
        return True  # ``vraag 3 van de brief van 17 juni 2025`` / ``van de feitelijke vragen``
    sent = sentence_start(text, start)
    if _EARLIER_ROUND.search(text, sent, start):
        return True  # ``in de beantwoording van de eerste set vragen (zie … 12 en 13)``
    before = [c for c in cites if sent <= c.start and c.end <= start]
    if not before:
        return False
    if "beantwoording" in lead.lower():
        return True  # ``(zie beantwoording vragen 36, 37)`` after a citation
    # ``(Kamerstuk 36725 X nr. 6, antwoord op vraag 3)``: right after the citation
    gap = text[before[-1].end:start]
    return len(gap) <= 3 and "(" not in gap and ")" not in gap
