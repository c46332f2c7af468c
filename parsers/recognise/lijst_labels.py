"""Question and answer labels of numbered lists (lijst van vragen en antwoorden).

Label families, each matched on the first line of a paragraph:

* ``Vraag 12``, ``Vraag nr. 12``, ``Vragen 3 tot en met 6``, ``Vraag 3, 4 en 5``
  (also with a missing comma, ``Vraag 2, 3 4 en 5``, when the label stands
  alone, and with an OCR speck, ``Vraag .12``), an unnumbered ``Vraag`` (a
  letter with one question);
* a number alone on its line (``12``), ``12.`` / ``12)`` before the question;
* ``Antwoord``, ``Antwoord:``, ``Antwoord 12``, ``Antwoord op vraag 12:``,
  ``Antwoord op de vragen 3 en 4``, ``Antwoord vraag 3 t/m 5``,
  ``Antwoorden 3 tot en met 6``.

Numbers have no size limit: a list can run into the thousands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEP = r"(?:\s*,\s*|\s+en\s+|\s*&\s*|\s*t/m\s*|\s+tot\s+en\s+met\s+|\s*[-–—]\s*)"
_NUMS = rf"\d+[a-h]?(?:{_SEP}\d+[a-h]?)*"
_NUMS_LOOSE = rf"\d+[a-h]?(?:(?:{_SEP}|\s+)\d+[a-h]?)*"

#: ``Vraag .1``: an OCR speck between the word and its number.
_SPECK = r"(?:\.\s?(?=\d))?"
Q_WORD = re.compile(
    rf"^\s*(?:[-–•*]\s*)?(?P<label>Vra(?:ag|gen)\s*(?:nr\.?\s*)?{_SPECK}(?P<nums>{_NUMS})\s*[.:)]?)(?:\s+(?P<rest>\S.*))?$",
    re.I | re.S,
)
Q_WORD_ALONE = re.compile(
    rf"^\s*(?:[-–•*]\s*)?(?P<label>Vra(?:ag|gen)\s*(?:nr\.?\s*)?{_SPECK}(?P<nums>{_NUMS_LOOSE})\s*[.:)]?)\s*$", re.I)
Q_WORD_BARE = re.compile(r"^\s*(?P<label>Vraag)\s*[.:]?\s*$")
Q_NUMBER_ALONE = re.compile(r"^\s*(?:[-–•*]\s*)?(?P<label>(?P<num>\d+)\s*[.:)]?)\s*$")
Q_NUMBER = re.compile(r"^\s*(?P<label>(?:[-–•*]\s*)?(?P<num>\d+)\s*[.)])\s+(?P<rest>\S.*)$", re.S)
#: ``12 Hoeveel …?``: a number and its question on one line, no punctuation
#: (a converter joined the number's own line to the question).
Q_NUMBER_SPACE = re.compile(r"^\s*(?P<label>(?P<num>\d+))\s+(?P<rest>[A-Z“\"‘'(«].*)$", re.S)
A_LABEL = re.compile(
    rf"^\s*(?:[-–•*]\s*)?(?P<label>Antwoord(?:en)?(?:\s+op)?(?:\s+(?:de\s+)?vra(?:ag|gen))?"
    rf"(?:\s*(?P<nums>{_NUMS}))?\s*(?P<colon>[:.])?)(?:\s+(?P<rest>\S.*))?$",
    re.I | re.S,
)


@dataclass
class Label:
    """A question label: its numbers, as printed, and the text after it."""

    nums: list[int]
    label: str
    text: str
    #: ``vraag`` (``Vraag N``), ``number`` (``N``, ``N.``) or ``bare`` (``Vraag``).
    family: str
    #: A number with no punctuation before text on its line (``12 Hoeveel``):
    #: a question only if it asks (``?``) or an answer label follows.
    loose: bool = False


def numbers(text: str) -> list[int]:
    """``3, 4 en 5`` -> [3, 4, 5]; ``6 tot en met 8`` and ``6-8`` -> [6, 7, 8];
    a missing comma (``3 4``) only between consecutive numbers. Numbers that
    do not continue end the list (``3 37`` is just 3)."""
    out: list[int] = []
    sep = ""
    for m in re.finditer(r"(\d+)(\D*)", text):
        n = int(m[1])
        if out:
            rng = bool(re.search(r"t/m|tot|[-–—]", sep))
            if n <= out[-1] or (not sep.strip() and n != out[-1] + 1):
                break
            if rng and n - out[-1] <= 500:
                out.extend(range(out[-1] + 1, n + 1))
            else:
                out.append(n)
        else:
            out.append(n)
        sep = m[2]
    return out


def question_label(lines: list[str]) -> Label | None:
    """The question label that opens a paragraph (first line), if any."""
    first = lines[0]
    tail = "\n".join(lines[1:])
    m = Q_WORD_ALONE.match(first)
    if m:
        return Label(numbers(m["nums"]), m["label"].strip(), tail, "vraag")
    m = Q_WORD.match(first)
    if m and (m["rest"] is None or m["label"].rstrip().endswith((".", ":", ")"))
              or re.match(r"[^a-zà-ÿ]|https?:|www\.", m["rest"])):
        text = "\n".join(x for x in ((m["rest"] or "").strip(), tail) if x)
        return Label(numbers(m["nums"]), m["label"].strip(), text, "vraag")
    m = Q_WORD_BARE.match(first)
    if m:
        return Label([1], m["label"], tail, "bare")
    m = Q_NUMBER_ALONE.match(first)
    if m and tail:
        return Label([int(m["num"])], m["label"].strip(), tail, "number")
    m = Q_NUMBER.match(first)
    if m:
        text = "\n".join(x for x in (m["rest"].strip(), tail) if x)
        return Label([int(m["num"])], m["label"].strip(), text, "number")
    m = Q_NUMBER_SPACE.match(first)
    if m:
        text = "\n".join(x for x in (m["rest"].strip(), tail) if x)
        return Label([int(m["num"])], m["label"], text, "number", loose=True)
    return None


def strong_answer_label(first: str) -> bool:
    """An answer label that cannot be a sentence: numbered, with a colon, or
    alone on its line."""
    a = answer_label(first)
    return a is not None and bool(a[1] or not a[2] or a[0].endswith(":"))


def answer_label(first: str) -> tuple[str, list[int], str] | None:
    """(label, numbers, rest of the line) of an answer label line, if it is one:
    ``Antwoord van de minister …`` is a title, not a label."""
    m = A_LABEL.match(first)
    if not m:
        return None
    rest = (m["rest"] or "").strip()
    nums = numbers(m["nums"]) if m["nums"] else []
    if rest and not (nums or m["colon"]) and not re.match(r"[A-Z0-9“\"‘'«(]", rest):
        return None
    if m["label"].lower().startswith("antwoorden") and not nums:
        return None  # ``Antwoorden Algemene Rekenkamer op vragen …``: a title
    if len(m["label"]) > 60:
        return None
    return m["label"].strip(), nums, rest
