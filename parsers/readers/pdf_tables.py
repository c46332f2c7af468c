"""A question/answer table in a PDF: ``Nr | Vraag | Antwoord`` set in columns.

A typeset lijst van vragen en antwoorden can print the question and its
answer side by side. Read line by line, the columns would interleave (the
question's first line, then the answer's first line, ...). Here a header
line whose fragments are the column heads (``Vraag`` and ``Antwoord`` at
clearly different x positions, optionally ``Nr`` to their left) starts a
table; every following line is cut at the heads' x positions into number,
question and answer, and a number in the number column starts a row. The
table runs over page breaks (a repeated header is the header again) and ends
at a line that has text left of the question column that is no row number
(the committee's signature, a paragraph across the page).

Each row becomes a ``question-label`` block (the question, ``label`` the
number) and an ``answer-label`` block (the answer, ``label`` the answer
column's head), the roles the DOCX and ODT readers give table rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..recognise.unwrap import Joiner
from ..source import Block
from .pdf_lines import Frag, Line
from .pdf_notes import strip_markers

_Q_HEAD = re.compile(r"^vra(?:ag|gen)$", re.I)
_A_HEAD = re.compile(r"^(?:antwoord(?:en)?|beantwoording)$", re.I)
_NR_HEAD = re.compile(r"^(?:nr\.?|no\.?|nummer|vraagnummer)$", re.I)
_NUMBER = re.compile(r"^\d{1,4}[.)]?$")


@dataclass
class _Head:
    nr_x: float | None
    q_x: float
    a_x: float
    text: str
    a_head: str


@dataclass
class _Row:
    number: str
    line: Line
    q: list[str] = field(default_factory=list)
    a: list[str] = field(default_factory=list)
    a_line: Line | None = None


def _head(line: Line) -> _Head | None:
    frags = [f for f in line.frags if f.text.strip()]
    if not 2 <= len(frags) <= 6 or any(len(f.text.strip()) > 20 for f in frags):
        return None
    q = next((f for f in frags if _Q_HEAD.match(f.text.strip())), None)
    a = next((f for f in frags if _A_HEAD.match(f.text.strip())), None)
    if q is None or a is None or a.x < q.x + 60:
        return None
    nr = next((f for f in frags if f.x < q.x and _NR_HEAD.match(f.text.strip().rstrip("."))), None)
    text = " | ".join(f.text.strip() for f in sorted(frags, key=lambda f: f.x))
    return _Head(nr.x if nr is not None else None, q.x, a.x, text, a.text.strip())


def has_table_head(frags: list[Frag]) -> bool:
    """Does a baseline among ``frags`` hold a ``Vraag … Antwoord`` column header?"""
    by_y: dict[int, list[Frag]] = {}
    for f in frags:
        if f.text.strip():
            by_y.setdefault(round(f.y), []).append(f)
    # as :func:`_head`: a few short cells, not a line of text that has the words in it
    return any(2 <= len(group) <= 6 and all(len(f.text.strip()) <= 20 for f in group)
               and any(_Q_HEAD.match(a.text.strip()) and _A_HEAD.match(b.text.strip()) and b.x > a.x + 60
                       for a in group for b in group)
               for group in by_y.values())


def _cut(line: Line, head: _Head) -> tuple[str, str, str]:
    """(number, question, answer) parts of a line of the table."""
    parts = {"nr": [], "q": [], "a": []}
    for f in sorted(line.frags, key=lambda f: f.x):
        if not f.text.strip():
            continue
        col = "a" if f.x >= head.a_x - 2 else "q" if f.x >= head.q_x - 2 else "nr"
        parts[col].append(strip_markers(f.text).strip())
    return tuple(" ".join(parts[c]) for c in ("nr", "q", "a"))  # type: ignore[return-value]


def table_runs(lines: list[Line]) -> list[tuple[int, int, _Head]]:
    """(first, end, head) of every question/answer table among ``lines``."""
    runs: list[tuple[int, int, _Head]] = []
    i = 0
    while i < len(lines):
        head = _head(lines[i])
        if head is None:
            i += 1
            continue
        j = i + 1
        rows = 0
        while j < len(lines):
            again = _head(lines[j])
            if again is not None and abs(again.q_x - head.q_x) < 3 and abs(again.a_x - head.a_x) < 3:
                j += 1
                continue
            nr, q, a = _cut(lines[j], head)
            if nr and not _NUMBER.match(nr):
                break  # text across the page: the table has ended
            rows += bool(nr)
            if not (nr or q or a):
                break
            j += 1
        if rows >= 1:
            runs.append((i, j, head))
        i = j
    return runs


def table_blocks(lines: list[Line], head: _Head, vocab: set[str]) -> list[Block]:
    """The blocks of one table run (its first line is the header)."""
    out = [Block(text=head.text, line=lines[0].number, page=lines[0].page)]
    rows: list[_Row] = []
    for ln in lines[1:]:
        again = _head(ln)
        if again is not None:
            continue  # the header repeated on a new page
        nr, q, a = _cut(ln, head)
        if nr:
            rows.append(_Row(nr.rstrip(".)"), ln))
        if not rows:
            if q or a:
                out.append(Block(text=" ".join(x for x in (q, a) if x), line=ln.number, page=ln.page))
            continue
        row = rows[-1]
        if q:
            row.q.append(q)
        if a:
            row.a.append(a)
            row.a_line = row.a_line or ln
    for row in rows:
        out.append(Block(text=_join(row.q, vocab) or row.number, line=row.line.number, page=row.line.page,
                         role="question-label", label=row.number))
        if row.a:
            ln = row.a_line or row.line
            out.append(Block(text=_join(row.a, vocab), line=ln.number, page=ln.page, role="answer-label",
                             label=head.a_head))
    return out


def _join(parts: list[str], vocab: set[str]) -> str:
    if not parts:
        return ""
    joiner = Joiner(parts[0], vocab)
    for p in parts[1:]:
        joiner.join(p)
    return str(joiner)
