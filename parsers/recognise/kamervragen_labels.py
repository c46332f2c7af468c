"""The label grammar of Kamervragen: ``Vraag 3``, ``Antwoord op de vragen 4 en 6``.

A label names one question or a group, with any separator between the
numbers: ``,`` ``;`` ``&`` ``en`` ``t/m`` ``tot en met`` ``-`` ``–``, or
only a space where a comma was lost (``Vraag 4, 5 6 en 7``). Groups may be
non-contiguous and out of order (``Antwoord op vraag 1, 3 en 5``,
``Vraag 1 en 4``). The label words are ``Vraag``/``Vragen`` and
``Antwoord``/``Antwoorden``, the latter optionally followed by ``op``,
``de``, ``vraag``/``vragen`` (``Antwoord vraag 4-7:``). A label stands
alone on its line, or opens the line followed by ``.``/``:`` and the text,
or (when a PDF reader joined the label with its first line) followed by a
word with a capital. Bare ``Antwoord``/``Antwoord:`` answers the question
asked last, and ``Mededeling`` opens the notice of an Aanhangsel
*Mededeling*.

:func:`read_label` says what a line is; a label whose numbers had to be
repaired (a lost separator) or could not be read is marked so that the
grammar can add a ``Check``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .kamervragen_clean import Ln

_NUM = r"\d{1,3}(?:[a-z](?![a-z]))?"
_SEP = r"(?:\s*(?:,|;|&|t/m|t\.m\.|tot\s*en\s*met|[–—-]|en(?=\s*\d))\s*|\s+)"
NUMS = rf"{_NUM}(?:{_SEP}{_NUM})*"
_QW = r"(?P<w>Vra(?:ag|gen))"
_AW = r"(?P<w>Antwoord(?:en)?)(?P<ref>\s*(?:op\s+)?(?:de\s+)?vra(?:ag|gen))?"
_END = r"\s*\)?\s*[.:]?\s*$"
_CAP = r"[A-ZÀ-Þ«“\"‘'(\[]"

_Q = re.compile(rf"^\s*{_QW}\s*(?P<nums>{NUMS}){_END}")
_Q_INLINE = re.compile(rf"^\s*{_QW}\s+(?P<nums>{NUMS})(?:\s*[.:]\s+|\s+(?={_CAP}))(?P<rest>\S.*)$")
_A = re.compile(rf"^\s*{_AW}\s*(?P<nums>{NUMS}){_END}")
_A_INLINE = re.compile(rf"^\s*{_AW}\s*(?P<nums>{NUMS})(?:\s*[.:]\s+|\s+(?={_CAP}))(?P<rest>\S.*)$")
_A_BARE = re.compile(r"^\s*Antwoord(?:en)?\s*[.:]?\s*$")
_A_BARE_INLINE = re.compile(r"^\s*Antwoord(?:en)?\s*:\s*(?P<rest>\S.*)$")
_NOTICE = re.compile(r"^\s*Mededeling\s*[.:]?\s*$")
#: A line that starts like a label but whose numbers do not parse
#: (``Vraag 1O``, ``Antwoord 3 4b/c``); short and without running text.
_ATTEMPT = re.compile(
    r"^\s*(?P<w>Vra(?:ag|gen)|Antwoord(?:en)?)(?:\s*(?:op\s+)?(?:de\s+)?vra(?:ag|gen))?\s*"
    r"(?P<junk>\S.{0,20}?)\s*[.:]?\s*$"
)
#: The same with the question's text on the line (``Vraag l2 Kunt u …?``).
_ATTEMPT_INLINE = re.compile(
    r"^\s*(?P<w>Vra(?:ag|gen)|Antwoord(?:en)?)(?:\s*(?:op\s+)?(?:de\s+)?vra(?:ag|gen))?\s+"
    rf"(?P<junk>[^\s.:]{{1,4}})\s*[.:]?\s+(?={_CAP})(?P<rest>.*)$"
)
_NUM_ALONE = re.compile(r"^\s*(?P<n>\d{1,3})\s*[.)]?\s*$")
_NUM_Q = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?P<rest>\S.*)$")
#: ``1) NOS, 22 oktober 2024, …``: a source note, not question 1 (unless it asks).
_SOURCE = re.compile(r"^\s*\d{1,3}\)\s")
#: Two numbers with only white space between them: a separator was lost.
_LOST_SEP = re.compile(r"\d[a-z]?\s+\d")



@dataclass
class Label:
    """What :func:`read_label` found at the start of a line.

    ``kind`` is ``Q`` (question), ``A`` (answer) or ``N`` (a Mededeling's
    notice); ``nums`` is None for a bare ``Antwoord`` (the question asked
    last) and for an unreadable label; ``rest`` is text after the label on
    the same line. ``repaired`` marks a label read with a lost separator,
    ``unreadable`` one whose numbers could not be read at all.
    """

    kind: str
    nums: list[int] | None
    printed: str
    rest: str = ""
    repaired: bool = False
    unreadable: bool = False


def numbers(text: str) -> list[int]:
    """``3, 4 en 5`` -> [3, 4, 5]; ``2–4`` and ``2 t/m 4`` -> [2, 3, 4];
    ``1, 3 en 5`` -> [1, 3, 5]; ``4, 5 6 en 7`` -> [4, 5, 6, 7]."""
    out: list[int] = []
    rng_sep = r"\s*(?:[–—-]|t/m|t\.m\.|tot\s*en\s*met)\s*"
    for m in re.finditer(rf"(\d{{1,3}})(?:[a-z](?![a-z]))?(?:{rng_sep}(\d{{1,3}}))?", text):
        a = int(m[1])
        b = int(m[2]) if m[2] else a
        rng = range(a, b + 1) if a <= b <= a + 50 else [a, b] if m[2] else [a]
        out.extend(n for n in rng if n not in out)
    return out


_BARE_GROUP = re.compile(
    r"^\s*(?P<nums>\d{1,3}(?:\s*(?:,|;|&|t/m|t\.m\.|tot\s*en\s*met|[–—-]|en)\s*\d{1,3})+)\s*[.:)]?\s*$")


def bare_group(text: str) -> list[int] | None:
    """``2 en 3`` / ``4–6.`` alone on a line: the numbers of a joint answer
    among answers numbered without a word (questions listed first)."""
    m = _BARE_GROUP.match(text)
    return numbers(m["nums"]) if m else None


def _tidy(printed: str) -> str:
    return printed.strip().rstrip(".:").strip()


def read_label(ln: Ln, numbered: bool = False, expected: int = 1, first_in_block: bool = True,
               asks: bool = True) -> Label | None:
    """The label at the start of ``ln``, or None.

    ``numbered``: the document numbers its questions without a ``Vraag``
    word (``1`` alone or ``1. Kunt u …?``); such a number counts only where
    it is the ``expected`` next one and opens a paragraph. ``asks``: a
    ``?`` follows in the paragraph; ``1) …`` without one is a source note.
    """
    text = ln.text
    if ln.role in ("question-label", "answer-label"):
        kind = "Q" if ln.role == "question-label" else "A"
        printed = (ln.label or text).strip()
        nums = numbers(printed)
        rest = "" if ln.label is None or ln.label.strip() == text.strip() else text
        return Label(kind, nums or None, printed, rest)
    for pat, kind in ((_Q, "Q"), (_A, "A")):
        m = pat.match(text)
        if m:
            return Label(kind, numbers(m["nums"]), _tidy(text), "", bool(_LOST_SEP.search(m["nums"])))
    for pat, kind in ((_Q_INLINE, "Q"), (_A_INLINE, "A")):
        m = pat.match(text)
        if m:
            printed = _tidy(text[: m.start("rest")])
            return Label(kind, numbers(m["nums"]), printed, m["rest"], bool(_LOST_SEP.search(m["nums"])))
    if _A_BARE.match(text):
        return Label("A", None, _tidy(text))
    m = _A_BARE_INLINE.match(text)
    if m:
        return Label("A", None, _tidy(text[: m.start("rest")]), m["rest"])
    if _NOTICE.match(text):
        return Label("N", None, _tidy(text))
    m = _ATTEMPT.match(text)
    if m and _unreadable(m["junk"]):
        kind = "Q" if m["w"].startswith("Vra") else "A"
        return Label(kind, None, _tidy(text), unreadable=True)
    m = _ATTEMPT_INLINE.match(text)
    if m and _unreadable(m["junk"]):
        kind = "Q" if m["w"].startswith("Vra") else "A"
        return Label(kind, None, _tidy(text[: m.start("rest")]), m["rest"], unreadable=True)
    if numbered and first_in_block:
        m = _NUM_ALONE.match(text) or _NUM_Q.match(text)
        if m and int(m["n"]) == expected and (asks or not _SOURCE.match(text)):
            rest = m.groupdict().get("rest") or ""
            return Label("Q", [int(m["n"])], text[: m.start("rest")].strip() if rest else text.strip(), rest)
    return None


def _unreadable(junk: str) -> bool:
    """Label-like junk: has a digit and no running words (``1O``, ``3 4b/c``)."""
    words = re.sub(r"\b(?:en|tot|met|t/m|op|de)\b", "", junk)
    return bool(re.search(r"\d", junk)) and not re.search(r"[^\W\d_]{3,}|\d{4}", words)


def has_answer_labels(lines: list[Ln]) -> bool:
    """Answer labels of any form: a letter whose questions carry no ``Vraag`` word."""
    return any(
        _A_BARE.match(ln.text) or _A_BARE_INLINE.match(ln.text) or _A.match(ln.text) or _A_INLINE.match(ln.text)
        for ln in lines
    )


def is_question_label(ln: Ln) -> bool:
    return bool(_Q.match(ln.text) or _Q_INLINE.match(ln.text)) or ln.role == "question-label"
