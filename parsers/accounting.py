"""Text accounting: every word a reader produced ends up somewhere visible.

A parse distributes the text of a document over *places*: the intro, the
headings, question and answer texts with their labels, notices, footnotes,
the closing, the ``meta`` fields, page furniture set aside by a reader (with
the rule that removed it) and ``report.unplaced``. :func:`account` compares
the words of the ``Source`` a reader built (block text, set-aside furniture,
footnotes) with the words of those places, as multisets, and fills
``report.accounting``. Words found in no place are not dropped silently:
their runs, in source order, are added to ``report.unplaced`` with the
reason ``not placed by the recogniser`` and a ``text-lost`` check.

Words are runs of letters or of digits, compared after removing hyphens
between word characters (readers decide line-end hyphens: ``financi-`` +
``ële``, ``financiële`` and ``defensie-uitgaven`` all compare equal). A word
that a reader joined or split differently (a URL wrapped over two lines) is
still found when it occurs in the places with white space and hyphens
removed. Labels the grammars keep in structured form (``Vraag 3``,
``Antwoord 4a``, part letters, the question number) count as placed.

The check is linear in the size of the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import filterfalse

from .model import Accounting, Check, Document, Unplaced
from .source import Source

#: A hyphen between word characters, with the white space after it. The
#: pattern starts with the hyphen (the word character before it is a
#: look-behind after it), so the regex engine skips to hyphens instead of
#: trying the look-behind at every character: same matches, a fifth of the time.
_HYPHEN = re.compile(r"[-\u00ad](?<=\w[-\u00ad])\s*(?=\w)")
_WORD = re.compile(r"\d+|[^\W\d_]+")
#: Runs of word characters; a run that mixes digits and letters is split by
#: ``_WORD`` afterwards (once per distinct run: far cheaper than ``_WORD`` on
#: the whole text). Without ``_`` in the text, ``\w+`` finds the same runs, quicker.
_RUN = re.compile(r"[^\W_]+")
_RUN_NO_UNDERSCORE = re.compile(r"\w+")
_SQUASH = re.compile(r"[\s\-\u00ad]+")
_JOINED = re.compile(r"\w+(?:[-\u00ad]\s*\w+)+")

#: Reasons of unplaced text that is set aside on purpose (not a loss).
LOST_REASON = "not placed by the recogniser"


def words(text: str) -> Counter[str]:
    """The multiset of words of ``text`` (hyphens between word characters removed)."""
    if "-" in text or "\u00ad" in text:
        text = _HYPHEN.sub("", text)
    runs = Counter((_RUN if "_" in text else _RUN_NO_UNDERSCORE).findall(text))
    # The runs that are neither all letters nor all digits (filtered in C).
    mixed = filterfalse(str.isdigit, filterfalse(str.isalpha, runs))
    for r in sorted(mixed):  # sorted: the same key order in every run (no result depends on it)
        n = runs.pop(r)
        for w in _WORD.findall(r):
            runs[w] += n
    return runs


def squash(text: str) -> str:
    """``text`` without white space, hyphens and soft hyphens (``_SQUASH``
    removed): ``str.split`` splits at exactly the characters ``\\s`` matches,
    and is several times quicker than the pattern."""
    return "".join(text.split()).replace("-", "").replace("\u00ad", "")


def source_texts(source: Source) -> list[str]:
    """Every text a reader produced: blocks, set-aside furniture, footnotes."""
    out = [b.text for b in source.blocks]
    out += [text for text, _line, _reason in source.dropped]
    out += list(source.footnotes.values())
    return out


def placed_texts(doc: Document) -> tuple[list[str], list[str]]:
    """(visible places, set-aside places) of ``doc`` as lists of texts."""
    shown = [doc.intro, doc.closing, *doc.footnotes.values(), *doc.footnotes.keys()]
    shown += [n.text for n in doc.notices] + [n.label or "" for n in doc.notices]
    shown += [h.text for h in doc.headings]
    for value in doc.meta.model_dump(mode="json").values():
        if isinstance(value, str):
            shown.append(value)
        elif isinstance(value, list):
            shown += [v if isinstance(v, str) else " ".join(str(x) for x in v.values() if x) for v in value]
    for f in doc.factions:
        shown += [f.name or "", f.heading or "", " ".join(f.members), " ".join(f.joins)]
        for q in f.questions:
            shown += [q.text, q.label or "", q.section or "", f"Vraag {q.number}"]
            shown += [p.label for p in q.parts]
            a = q.answer
            if a is not None:
                shown += [a.text, a.label or "", f"Antwoord {q.number}", " ".join(map(str, a.joint or []))]
                shown += [f"Antwoord {q.number}{p.label}" for p in a.parts]
    aside = [u.text for u in doc.report.unplaced]
    return shown, aside


def _count(texts: Iterable[str]) -> Counter[str]:
    """Words of all ``texts``, counted in one pass (NUL between them stops a
    hyphen from joining the end of one text to the start of the next)."""
    return words("\x00".join(t for t in texts if t))


def _pieces(texts: list[str], wanted: Counter[str]) -> dict[str, list[str]]:
    """For each wanted word that the source joined over a hyphen (``maat-`` +
    ``schappij``), the words it was joined from: page furniture between the
    halves may have been moved out and the word rejoined."""
    out: dict[str, list[str]] = {}
    for text in texts:
        if "-" not in text and "\u00ad" not in text:
            continue
        for m in _JOINED.finditer(text):
            for joined in _WORD.findall(_HYPHEN.sub("", m[0])):
                if joined in wanted:
                    out.setdefault(joined, _WORD.findall(m[0]))
    return out


def account(source: Source, doc: Document) -> Document:
    """Fill ``doc.report.accounting``; move lost words to ``report.unplaced``.

    Returns ``doc`` (changed in place)."""
    src_texts = source_texts(source)
    shown, aside = placed_texts(doc)
    # Words of a text count the same wherever it is, so a text that is both
    # in the source and shown as it is (most blocks) is counted once and
    # drops out of the difference: (A + C) - (B + C) = A - B for multisets.
    src_count = Counter(t for t in src_texts if t)
    shown_count = Counter(t for t in shown if t)
    common = src_count & shown_count
    have_common = _count(common.elements())
    have_src_only = _count((src_count - common).elements())
    have_in = have_src_only + have_common
    have_aside = _count(aside)
    lost = have_src_only - _count((shown_count - common).elements()) - have_aside
    if lost:
        squashed = squash("\n".join(shown + aside))
        pieces = _pieces(src_texts, lost)
        lost = Counter({w: n for w, n in lost.items()
                        if w not in squashed and not all(x in squashed for x in pieces.get(w, [w]))})
    n_in = sum(have_in.values())
    n_lost = sum(lost.values())
    n_aside = sum(min(n, have_in[w]) for w, n in have_aside.items())
    doc.report.accounting = Accounting(
        words_in=n_in, words_placed=max(0, n_in - n_aside - n_lost), words_set_aside=n_aside,
        words_lost=n_lost,
    )
    if n_lost:
        runs = _lost_runs(source, lost)
        for text, line, page in runs:
            doc.report.unplaced.append(Unplaced(text=text, line=line, page=page, reason=LOST_REASON))
        doc.report.checks.append(Check(
            code="text-lost", severity="error",
            message=f"{n_lost} words were placed nowhere by the recogniser; they are listed as unplaced text",
            line=runs[0][1] if runs else None, page=runs[0][2] if runs else None,
            params={"words": str(n_lost)},
        ))
    return doc


def _lost_runs(source: Source, lost: Counter[str]) -> list[tuple[str, int | None, int | None]]:
    """The lost words as runs of consecutive source words, in source order,
    with the line and page of their block: where the missing text was.

    Which occurrence of a word was lost is not known; as many occurrences as
    were lost are taken, first ones first."""
    left = Counter(lost)
    runs: list[tuple[str, int | None, int | None]] = []
    for b in source.blocks:
        text = _HYPHEN.sub("", b.text)
        cur: list[str] = []
        for m in _WORD.finditer(text):
            w = m[0]
            if left[w] > 0:
                left[w] -= 1
                cur.append(w)
            elif cur:
                runs.append((" ".join(cur), b.line, b.page))
                cur = []
        if cur:
            runs.append((" ".join(cur), b.line, b.page))
        if not +left:
            break
    return runs
