"""Lettered sub-questions of a Kamervraag and the answer's matching items.

An Aanhangsel question often asks in lettered items (``a. Hoeveel …?`` /
``b. Wat …?``, in XML a ``lijst`` with ``li.nr`` ``a.``), and its answer
may follow the same letters. Each run of items lettered from ``a`` on, one
per line start, becomes a :class:`~parsers.model.Part` of the text; a part
runs to the next item, the last to the end of the text. One lone ``a.`` is
not a list.
"""

from __future__ import annotations

from ..model import Part, Question
from .items import PART


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
        if q.parts and a is not None and not a.joint and a.text:
            a.parts = [p for p in lettered_parts(a.text) if p.label in {x.label for x in q.parts}]
