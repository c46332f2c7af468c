"""The status of one answer text: answered, by-reference, deferred or missing.

* ``missing``: no text (only whitespace or stray markup).
* ``by-reference``: a short text whose only content is a pointer to other
  answers (``Zie antwoord vraag 4.``, ``Zie het antwoord op vraag 3.``,
  ``Voor het antwoord op deze vraag verwijs ik naar mijn antwoord op vraag 2.``).
* ``deferred``: a short text that postpones the answer (``in een separate
  brief``, ``kom ik op terug``, ``zal ik uw Kamer … informeren``, a
  ``Mededeling``, ``niet binnen de gebruikelijke termijn``).
* ``answered``: everything else. A long answer that also promises more later
  is still answered.
"""

from __future__ import annotations

import re
from typing import Literal

from .folded import Folded, fold
from .xrefs import find_refs

AnswerStatus = Literal["answered", "by-reference", "deferred", "missing"]

#: Longer texts are treated as substantive answers.
BY_REFERENCE_MAX = 300
DEFERRED_MAX = 600

#: Words that may surround a reference without adding content.
_POINTER_WORDS = frozenset("""
    zie ook het de mijn ons onze voor naar verwijs verwijzen verwezen wij we ik u
    wordt kortheidshalve hiervoor hierboven hierna eerder gegeven bij op van in
    dit deze vraag vragen antwoord antwoorden beantwoording graag onder en is te
    vinden leden fractie al reeds daar waar aangegeven staat heb hebben gegeven
    betreffende bovenstaande voorgaande vorige vermeld
""".split())

_WORD = re.compile(r"[^\W\d_]+")
#: Any character that is not whitespace or stray markup/punctuation.
_CONTENT = re.compile(r"[^\s*_#>\-–—.:;,()]")

_DEFERRED = re.compile(
    r"\b(?:in\s+een\s+)?(?:separate|aparte|afzonderlijke|nadere|volgende)\s+brief\b"
    r"|\bkom(?:t|en)?\s+(?:ik|wij|we|het\s+kabinet|de\s+minister)\s+(?:hier|daar)?\s*"
    r"(?:\w+\s+){0,4}?op\s+terug\b"
    r"|\b(?:hier|daar)op\s+(?:kom|komen|komt)\s+(?:\w+\s+){0,6}?terug\b"
    r"|\b(?:ik|wij|we|het\s+kabinet|de\s+minister)\s+(?:kom|komen|komt)\s+(?:\w+\s+){0,6}?op\s+terug\b"
    r"|\bzal\s+(?:ik|het\s+kabinet|wij|we|de\s+minister)\s+uw\s+Kamer\b[^.]{0,160}?\binformeren\b"
    r"|\b(?:ik|het\s+kabinet|wij|we)\s+(?:zal|zullen)\s+(?:uw\s+Kamer\s+)?[^.]{0,80}?\binformeren\b"
    r"|^\s*\**\s*Mededeling\b"
    r"|\bniet\s+binnen\s+de\s+(?:gebruikelijke|gestelde|termijn)"
    r"|\b(?:meer\s+tijd|langer)\b[^.]{0,60}\b(?:nodig|vergt|vraagt|in\s+beslag)\b"
    r"|\bbeantwoording\b[^.]{0,80}\b(?:uitgesteld|vertraagd)\b",
    re.IGNORECASE,
)


def answer_status(text: str | None) -> AnswerStatus:
    """The status of an answer text (see the module docstring).

    >>> answer_status("Zie antwoord vraag 4."), answer_status("Ja.")
    ('by-reference', 'answered')
    """
    if text is None or not _CONTENT.search(text):
        return "missing"
    stripped = text.strip()
    if len(stripped) <= BY_REFERENCE_MAX and _only_reference(stripped):
        return "by-reference"
    if len(stripped) <= DEFERRED_MAX and _deferred(stripped):
        return "deferred"
    return "answered"


_DEFERRED_FOLDED = Folded(_DEFERRED)
#: One of these is in every text ``_DEFERRED`` matches (one per alternative).
_DEFERRED_WORDS = ("brief", "terug", "informeren", "mededeling", "binnen", "tijd", "langer", "beantwoording")


def _deferred(text: str) -> bool:
    """``_DEFERRED.search(text)``, tried only when the text holds one of its words."""
    low = fold(text)
    return any(map(low.__contains__, _DEFERRED_WORDS)) and _DEFERRED_FOLDED.search(text, low) is not None


def _only_reference(text: str) -> bool:
    refs = [r for r in find_refs(text) if not r.external]
    if not refs:
        return False
    rest = []
    pos = 0
    for r in refs:
        rest.append(text[pos:r.start])
        pos = r.end
    rest.append(text[pos:])
    for word in _WORD.findall(" ".join(rest)):
        low = word.lower()
        if low in _POINTER_WORDS or low.endswith("fractie"):
            continue
        if word.isupper() and len(word) <= 8:  # a party abbreviation (CDA, SP)
            continue
        return False
    return True
