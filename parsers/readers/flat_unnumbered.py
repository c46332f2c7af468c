"""Answer lists without question numbers or labels, in text without line structure.

When the token pass finds no label and no numbered question, a letter may
still be a list of answers whose questions are printed bare: after a title
that calls it the answers to questions (``Antwoorden Algemene Rekenkamer bij
vragen van de Tweede Kamer over …``, ``Reactie … bij mondelinge vragen van
…``, with a capital: the cover letter's ``de antwoorden op de vragen`` is no
title), ending at the next wide gap of spaces before a capital (where a line
break was) or else before the first question word (``Hoeveel``, ``Heeft`` …)
whose sentence ends in ``?``:

* each run of sentences that end in ``?`` after the title is a question and
  the sentences up to the next such run its answer;
* with no ``?`` after the title, every such title is a topic heading and the
  text up to the next one the answer under it.

:func:`unnumbered` returns the paragraph starts; the recogniser
(``recognise/lijst_unnumbered``) numbers the questions by position and
reports that.
"""

from __future__ import annotations

import re

from .flat_sentences import FlatText, sentences

_TITLE = re.compile(
    r"(?:Antwoord(?:en)?|Beantwoording|Reactie)\s+(?:\S+\s+){0,5}?(?:op|bij)\s+(?:de\s+)?"
    r"(?:mondelinge\s+|schriftelijke\s+)?vra(?:ag|gen)\s+van\s+(?:de\s+|het\s+)?\S")
#: A wide gap of spaces before a capital: a line break the converter lost.
_GAP = re.compile(r"[ \t]{3,}(?=[A-Z“\"‘'«(])")
#: The longest title (characters).
_TITLE_MAX = 300


#: The first word of a question: where the title ends when no gap marks it.
_OPENER = re.compile(
    r"\s(?=(?:Hoe|Hoeveel|Wat|Welke?|Waarom|Wanneer|Waar|Wie|Is|Zijn|Heeft|Hebben|Kan|Kunt|Kunnen|Wordt|Worden"
    r"|Zal|Zullen|Deelt|Bent|Acht|Klopt|Moet|Moeten|Gaat|Vindt|Weet|In\s+hoeverre|Op\s+welke)\s[^.!?]*\?)")


def _opener(s: str, start: int, stop: int) -> re.Match[str] | None:
    """The space before the first question word (``Hoeveel``, ``Heeft`` …)
    whose sentence ends in ``?``, between ``start`` and ``stop``."""
    return _OPENER.search(s, start, stop)


def unnumbered(t: FlatText) -> list[tuple[int, str]] | None:
    """(position, kind) of the paragraphs from the first list title on:
    ``title``, ``question``, ``answer``; None when there is no such list."""
    s = t.s
    titles: list[tuple[int, int]] = []
    for m in _TITLE.finditer(s):
        end = _GAP.search(s, m.end(), m.start() + _TITLE_MAX) or _opener(s, m.end(), m.start() + _TITLE_MAX)
        if end is None or "?" in s[m.start():end.start()]:
            continue
        titles.append((m.start(), end.end()))
    if not titles:
        return None
    asked = s.find("?", titles[0][1])
    if asked < 0:  # topics: a title, the answer under it
        out: list[tuple[int, str]] = []
        for a, z in titles:
            out += [(a, "title"), (z, "answer")]
        return out
    a, z = max((x for x in titles if x[1] <= asked), key=lambda x: x[0])
    out = [(a, "title")]
    prev = z
    state = None
    for m in sentences(s[z:]):
        end = z + m.end()
        asks = "?" in m[0]
        start = prev
        while start < end and s[start].isspace():
            start += 1
        if asks and state != "question":
            out.append((start, "question"))
            state = "question"
        elif not asks and state == "question":
            out.append((start, "answer"))
            state = "answer"
        elif state is None:
            out.append((start, "question"))  # text between the title and the first question
            state = "question"
        prev = end
    return out
