"""A further set of questions in text without line structure.

A letter or Aanhangsel that answers follow-up questions too prints a second
set whose numbering restarts at 1 (``… eind 2027. Vervolgvragen Vraag 1
Waarom …? Antwoord 1 …``). ``Vraag 1`` a second time opens that set only
right after an answer, before a capital, and when the next numbered answer
label names question 1 again; a short capitalised fragment between the
answer's last sentence and the label (``Vervolgvragen``) is the set's heading.
"""

from __future__ import annotations

import re

_NEXT_ANSWER = re.compile(r"(?<![^\W\d_])Antwoord(?:\s+op\s+(?:de\s+)?vra(?:ag|gen)|\s+vra(?:ag|gen))?\s*(\d{1,4})")
_SENTENCE_END = re.compile(r"[.?!][\s»”’\")]*\s")


def further_set(s: str, start: int, end: int, after_answer: bool) -> int | None:
    """Where the set opened by the ``Vraag 1`` at ``start:end`` begins (its
    heading's start, or ``start``); None when it is no further set."""
    if not after_answer or not re.match(r"\s*[.:]?\s+[A-Z“\"‘'«]", s[end:end + 4]):
        return None
    nxt = _NEXT_ANSWER.search(s, end, end + 6000)
    if nxt is not None and int(nxt[1]) != 1:
        return None
    lo = max(0, start - 80)
    ends = list(_SENTENCE_END.finditer(s, lo, start))
    if not ends:
        return start
    frag = s[ends[-1].end():start]
    words = frag.split()
    if 1 <= len(words) <= 4 and words[0][:1].isupper() and not re.search(r"[\d.,;:?!]", frag):
        return ends[-1].end() + (len(frag) - len(frag.lstrip()))
    return start
