"""Lettered sub-questions of a Kamervraag and the answer's matching items.

An Aanhangsel question often asks in lettered items (``a. Hoeveel …?`` /
``b. Wat …?``, in XML a ``lijst`` with ``li.nr`` ``a.``), and its answer
may follow the same letters. Each run of items lettered from ``a`` on, one
per line start, becomes a :class:`~parsers.model.Part` of the text; a part
runs to the next item, the last to the end of the text. One lone ``a.`` is
not a list. Split answers (``Antwoord 2a`` / ``Antwoord 2b``) are parts too.
"""

from __future__ import annotations

import re

from ..model import Answer, Part, Question
from .items import PART

#: A split answer's label: ``Antwoord 2a``, ``Antwoord 2 b.``, ``Antwoord op vraag 4c:``.
_SPLIT = re.compile(r"^Antwoord(?:\s+op\s+vraag)?\s+\d{1,3}\s?(?P<part>[a-h])\s*[.:)]?$")


def lettered_parts(text: str) -> list[Part]:
    """The ``a.``, ``b.``, … items at line starts of ``text``, in order."""
    starts: list[tuple[int, str, int]] = []  # (line start, label, body start)
    offset = 0
    expect = "a"
    for line in text.split("\n"):
        m = PART.match(line)
        if m and m["label"] == expect:
            starts.append((offset, expect, offset + m.start("rest")))
            expect = chr(ord(expect) + 1)
        offset += len(line) + 1
    if len(starts) < 2:
        return []
    parts = []
    for i, (_, label, body) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        chunk = text[body:end].rstrip()
        parts.append(Part(label=label, text=chunk, start=body, end=body + len(chunk)))
    return parts


def add_parts(questions: list[Question]) -> None:
    """Parts of each question, and of its own (not joint) answer when the
    question has parts."""
    for q in questions:
        q.parts = lettered_parts(q.text)
        a = q.answer
        if q.parts and a is not None and not a.joint and a.text and not a.parts:
            a.parts = [p for p in lettered_parts(a.text) if p.label in {x.label for x in q.parts}]


def add_split_part(answer: Answer, label: str | None, body: str) -> bool:
    """A further split answer (``Antwoord 2b`` after ``Antwoord 2a``) added
    to ``answer`` as its part; False when ``label`` is not one."""
    m = _SPLIT.match(label or "")
    first = _SPLIT.match(answer.label or "")
    if m is None or first is None:
        return False
    if not answer.parts:
        answer.parts = [Part(label=first["part"], text=answer.text, start=0, end=len(answer.text))]
    start = len(answer.text) + 2
    answer.text = f"{answer.text}\n\n{body}"
    answer.parts.append(Part(label=m["part"], text=body, start=start, end=start + len(body)))
    return True
