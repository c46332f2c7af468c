"""The content invariant: every word of a document ends up somewhere, once.

A parse distributes the text of a document over *places*: ``meta`` fields,
``intro``, faction headings, question labels/sections/texts, answer
labels/texts, ``closing``, ``report.unplaced`` and ``footnotes``. Checking
this character-exactly is impractical (readers join hard-wrapped lines,
decide line-end hyphens, and copy a topic heading into the ``section`` of
every question under it), so the check is done in two precise halves:

**Nothing lost** (word level). The words of the input, after removing only
the artefacts the text reader and the grammars remove on purpose, must all
appear in the words of the parse's places (as a multiset: a word printed
three times must be found three times). The legitimate removals are:

* ``**`` (markdown bold) anywhere; a leading ``#`` heading mark;
* soft hyphens and ligature characters, as every reader removes and expands
  them (``parsers/readers/typography.py``);
* a leading list marker (``-``, ``–``, ``•``, ``*``, ``▪``, ``·``) of a line;
* a question or answer label the grammar keeps in structured form: the
  question's ``number`` and ``label``, the answer's ``label``, part labels
  (``a``, ``b``), which :func:`places` spells out as ``Vraag N`` /
  ``Antwoord N`` / ``Antwoord Na``.

Words are runs of letters or of digits (``2Antwoord`` is ``2`` and
``Antwoord``: converters glue page numbers to labels) after deleting a
hyphen between two word characters (with any white space after it, so
``financi-`` + newline + ``ële``, ``financiële`` and ``defensie-uitgaven``
compare equal however the reader decided a line-end hyphen). A word that is
not found as a word is still accepted when it occurs in the parse's text
with all white space and hyphens removed (readers may join or split a URL
that was wrapped over two lines), or when it was joined over a line-end
hyphen and each of its pieces occurs so (page furniture between ``maat-``
and ``schappij`` is moved out, and the word rejoined).

Questions asked together (``Vraag 3, 4 en 5``) carry the same question text,
and questions answered together (every number in some answer's ``joint``)
share answer text: for those questions each distinct paragraph of question
(answer) text counts once. Everywhere else a paragraph in two places fails.

**Nothing doubled** (character level). The non-white-space characters of the
*body* places (intro, question texts, answer texts, closing, unplaced text,
footnotes) must be a sub-multiset of the input's non-white-space characters.
A paragraph that landed in two places, or text the parser invented, fails.
Label-like places (meta, headings, sections, labels) are copies by design
and are left out of this half.
"""

from __future__ import annotations

import re
from collections import Counter

from parsers.readers.typography import untypeset

_HYPHEN = re.compile(r"(?<=\w)[-\u00ad]\s*(?=\w)")
_WORD = re.compile(r"\d+|[^\W\d_]+")
_JOINED = re.compile(r"\w+(?:[-\u00ad]\s*\w+)+")
_SQUASH = re.compile(r"[\s\-\u00ad]+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
_LIST = re.compile(r"^\s*[-–•*▪·]\s+", re.M)


def _normal(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("**", "")
    return untypeset(text)


def words(text: str) -> Counter[str]:
    """The multiset of words of ``text`` (hyphens between word characters removed)."""
    return Counter(_WORD.findall(_HYPHEN.sub("", text)))


def _clean_input(text: str) -> str:
    text = _normal(text)
    text = _HEADING.sub("", text)
    return _LIST.sub("", text)


def input_words(text: str) -> Counter[str]:
    """Words of a source text after the legitimate artefact removals."""
    return words(_clean_input(text))


def _pieces(text: str) -> dict[str, list[str]]:
    """For each hyphen-joined input word, the words it was joined from."""
    out: dict[str, list[str]] = {}
    for m in _JOINED.finditer(_clean_input(text)):
        for joined in _WORD.findall(_HYPHEN.sub("", m[0])):
            out.setdefault(joined, _WORD.findall(m[0]))
    return out


def body_places(doc) -> list[str]:
    """Texts that hold content once: intro, questions, answers, closing, unplaced,
    footnotes, notices (a Mededeling's opening line and text)."""
    out = [doc.intro, doc.closing]
    joint = {n for q in doc.questions() if q.answer is not None for n in (q.answer.joint or [])}
    seen: set[tuple[str, str]] = set()

    def once(kind: str, text: str) -> None:
        """A shared text: each of its paragraphs counts once per kind."""
        for para in text.split("\n\n"):
            key = (kind, para.strip())
            if key not in seen:
                seen.add(key)
                out.append(para)

    for q in doc.questions():
        if q.label and len(re.findall(r"\d+", q.label)) > 1:
            once("q", q.text)
        else:
            out.append(q.text)
        if q.answer is not None:
            if q.number in joint:
                once("a", q.answer.text)
            else:
                out.append(q.answer.text)
    out += [u.text for u in doc.report.unplaced]
    out += list(doc.footnotes.values())
    out += [t for n in doc.notices for t in (n.label or "", n.text)]
    return out


def label_places(doc) -> list[str]:
    """Texts that copy or label content: meta, headings, sections, labels."""
    out: list[str] = []
    for value in doc.meta.model_dump(mode="json").values():
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v if isinstance(v, str) else " ".join(str(x) for x in v.values() if x) for v in value]
    for f in doc.factions:
        out += [f.name or "", f.heading or "", " ".join(f.members), " ".join(f.joins)]
        for q in f.questions:
            out += [q.label or "", q.section or "", f"Vraag {q.number}", str(q.number)]
            out += [p.label for p in q.parts]
            a = q.answer
            if a is not None:
                out += [a.label or "", f"Antwoord {q.number}", " ".join(map(str, a.joint or []))]
                out += [f"Antwoord {q.number}{p.label}" for p in a.parts]
    out += list(doc.footnotes.keys())
    return out


def lost_words(text: str, doc) -> Counter[str]:
    """Words of ``text`` that the parse ``doc`` does not hold (empty when fine)."""
    texts = body_places(doc) + label_places(doc)
    have: Counter[str] = Counter()
    for t in texts:
        have.update(words(t))
    lost = input_words(text) - have
    if lost:
        squashed = _SQUASH.sub("", "\n".join(texts))
        pieces = _pieces(text)
        lost = Counter({w: n for w, n in lost.items()
                        if w not in squashed and not all(x in squashed for x in pieces.get(w, [w]))})
    return lost


def doubled_chars(text: str, doc) -> Counter[str]:
    """Characters the body places hold more often than ``text`` (empty when fine)."""
    src = Counter(c for c in _normal(text) if not c.isspace())
    body = Counter(c for t in body_places(doc) for c in t if not c.isspace())
    return body - src


def check(text: str, doc) -> None:
    """Assert the content invariant for ``doc`` parsed from ``text``."""
    lost = lost_words(text, doc)
    assert not lost, f"words lost by the parse: {dict(lost.most_common(12))}"
    doubled = doubled_chars(text, doc)
    assert not doubled, f"characters in two places (or invented): {dict(doubled.most_common(12))}"
