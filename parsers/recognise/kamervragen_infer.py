"""Questions whose numbers are not in the text (Word list numbering lost).

python-docx and other converters drop the numbers that Word draws for a
numbered list, so a letter's questions arrive as plain paragraphs:

* questions only (``Vragen van het lid …`` then one paragraph per question,
  then the sources ``1) NOS, …``): every paragraph with a ``?`` is a
  question, a paragraph without one belongs to the question after it;
* an answer letter with bare ``Antwoord`` labels: the paragraph(s) just
  before each label are the question.

The questions are numbered by position; the grammar adds the check
``numbers-inferred`` so that nobody mistakes the numbers for printed ones.
"""

from __future__ import annotations

import re

from .kamervragen_clean import Ln

_ASKING = re.compile(r"[Vv]ragen\s+van\s+(?:het\s+lid|de\s+leden|lid|het\s+leden)\b")
#: Where the sources start: ``1) NOS, …``, ``[1] Website …``, a rule ``____``.
_SOURCES = re.compile(r"^\s*(?:\d{1,2}\)\s+\S|\[\s*\d{1,2}\s*\]\s*\S|_{5,}\s*$)")


def _blocks(lines: list[Ln]) -> list[list[Ln]]:
    out: list[list[Ln]] = []
    for ln in lines:
        if out and out[-1][-1].block == ln.block:
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _text(block: list[Ln]) -> str:
    return " ".join(ln.text for ln in block)


def questions_by_position(lines: list[Ln]) -> tuple[list[Ln], list[list[Ln]], list[Ln]] | None:
    """(header, questions, sources) of a questions-only text without
    numbers, or None when it has no asking line or no ``?`` paragraph."""
    blocks = _blocks(lines)
    ask = max((i for i, b in enumerate(blocks) if _ASKING.search(_text(b))), default=None)
    if ask is None:
        return None
    header = [ln for b in blocks[: ask + 1] for ln in b]
    body = blocks[ask + 1:]
    end = next((i for i, b in enumerate(body) if _SOURCES.match(b[0].text)), len(body))
    questions: list[list[Ln]] = []
    pending: list[Ln] = []
    for b in body[:end]:
        pending += b
        if "?" in _text(b):
            questions.append(pending)
            pending = []
    if not questions:
        return None
    sources = pending + [ln for b in body[end:] for ln in b]
    return header, questions, sources


def carve_question(pool: list[Ln]) -> tuple[list[Ln], list[Ln]]:
    """Split ``pool`` (the text before a bare ``Antwoord``) into what
    precedes the question and the question: the last paragraph, with the
    paragraphs before it that also ask (end in ``?``)."""
    blocks = _blocks(pool)
    if not blocks:
        return pool, []
    k = len(blocks) - 1
    while k > 0 and _text(blocks[k - 1]).rstrip().endswith("?") and not _ASKING.search(_text(blocks[k - 1])):
        k -= 1
    before = [ln for b in blocks[:k] for ln in b]
    return before, [ln for b in blocks[k:] for ln in b]
