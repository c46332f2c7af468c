"""Running headers that OCR scrambled, in text without line structure.

An OCR'd letter put on one line keeps its page headers (the letter's subject,
``Beantwoording vragen Tweede Kamer over de Resultaten verantwoordingsonderzoek
2015 bij het Ministerie van VWS``) in mid-sentence, and the page number ``3/9``
is often *not* next to it: OCR read the header, then some lines of the page,
then the number, so the header stands anywhere up to a few dozen words before
(or after) the page number. OCR also garbles single words (``20i5``,
``vergederjaar``, ``Bezu!n!g!ngen``) and adds specks (``••/%``, ``..,``).
:func:`flat_furniture.running_headers` wants the same exact phrase at the same
distance from every page number, so it misses these.

:func:`scrambled_headers` finds them on evidence that only page furniture has:

* the header's word triples recur near at least half of the page numbers
  (one occurrence per page break counted) and are printed before the first
  page number too (the letter's subject in the letterhead);
* near each page number the longest run of such triples (a garbled word or
  two bridged, never a ``Vraag``/``Antwoord`` label or a word with ``?``) is
  the header there, when it has at least :data:`MIN_WORDS` words and at least
  :data:`SHARE` of the typical run's length (a report title cited inside an
  answer is shorter than the header that names the letter);
* such runs are found at at least half of the page breaks.

The header at the first page break on page 1 or 2 is kept (there it is the
answer list's title). :func:`flat_furniture.find_cuts` cuts each header found
with the reason ``page furniture (running header)``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from difflib import SequenceMatcher

#: Words before / after a page number where its page's header may stand.
BEFORE, AFTER = 60, 30
#: The shortest header (words) and its least share of the typical header.
MIN_WORDS = 8
SHARE = 0.7
#: Garbled words bridged inside a header.
GAP = 3

_WORD = re.compile(r"\S+")
#: A question or answer label: ``Vraag 3``, ``Antwoord:``, ``Vraag3`` (a bare
#: ``Antwoord`` before words may open a header: ``Antwoord Algemene Rekenkamer
#: bij vraag over …``).
_LABEL = re.compile(r"^\W*(?:Vraag|Vragen|Antwoord|Antwoorden)\W*(?:\d|:|$)")


_NOT_ALNUM = re.compile(r"[\W_]+")


def _norm(word: str) -> str:
    return _NOT_ALNUM.sub("", word.lower())


def _norms(words: list[str]) -> list[str]:
    """:func:`_norm` of each word, worked out once per distinct word."""
    known = {w: _norm(w) for w in set(words)}
    return [known[w] for w in words]


def _label(word: str) -> bool:
    """``_LABEL.match(word)``, tried only on a word with its letters."""
    return ("Vra" in word or "Antw" in word) and _LABEL.match(word) is not None


def scrambled_headers(text: str, pages: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Spans of headers near the page numbers ``pages`` (start, end, number);
    see the module docstring. A page number inside a header is left out."""
    if len(pages) < 2:
        return []
    words = [(m.start(), m.end(), m[0]) for m in _WORD.finditer(text)]
    page_at = {p[0] for p in pages}
    # the words that can be matched: no page numbers (already furniture), no
    # specks (no letter or digit: taken along at a header's ends)
    normed = _norms([w for _a, _z, w in words])
    tokens = [i for i, (a, _z, _w) in enumerate(words) if a not in page_at and normed[i]]
    norms = [normed[i] for i in tokens]
    stop = [_label(words[i][2]) and (not words[i][2][-1].isalpha() or n + 1 == len(tokens)
                                                 or words[tokens[n + 1]][2][:1].isdigit())
            or "?" in words[i][2] for n, i in enumerate(tokens)]
    tok_starts = [words[i][0] for i in tokens]
    # each word belongs to at most one page break's window: up to BEFORE
    # words before its page number (never before the previous one), else up
    # to AFTER words after it
    at = [bisect.bisect_left(tok_starts, p[0]) for p in pages]
    windows = []
    for n, k in enumerate(at):
        nxt = at[n + 1] if n + 1 < len(at) else len(tokens) + BEFORE
        windows.append((max(k - BEFORE, at[n - 1] if n else 0), min(k + AFTER, max(k, nxt - BEFORE), len(tokens))))

    def triples(a: int, z: int):
        for j in range(a, z - 2):
            if not (stop[j] or stop[j + 1] or stop[j + 2]):
                yield j, (norms[j], norms[j + 1], norms[j + 2])

    front = {g for _j, g in triples(0, bisect.bisect_left(tok_starts, pages[0][0]))}
    # repeated at the page breaks after the first (the letterhead and the
    # first page break's title are the evidence, not the repetition)
    seen: Counter[tuple[str, str, str]] = Counter()
    for a, z in windows[1:]:
        seen.update({g for _j, g in triples(a, z)})
    need = max(2, len(pages) // 2)
    header = {g for g, n in seen.items() if n >= need and g in front}
    if not header:
        return []
    hits = [[j for j, g in triples(a, z) if g in header] for a, z in windows]
    runs = [_longest_run(a, z, h, stop) for (a, z), h in zip(windows, hits)]
    # a header holds each of its triples once: a run that repeats one holds
    # content sharing the header's words (``… Ministerie van Defensie 5/7 Het
    # Ministerie van Defensie heeft …``) and is split at its widest break
    runs = [_unrepeated(r, [j for j in h if r[0] <= j < r[1]], norms, tokens) for r, h in zip(runs, hits)]
    lengths = sorted(z - a for a, z in runs[1:] if z - a >= MIN_WORDS)
    if len(lengths) < need:
        return []
    typical = lengths[len(lengths) // 2]
    # OCR garbled the header's first or last words (``n& 2)`` for ``nr. 2)``):
    # the words next to a run that look like the header's own are taken too
    shapes = Counter(tuple(norms[a:z]) for a, z in runs[1:] if z - a >= MIN_WORDS)
    template = max(shapes, key=lambda t: (shapes[t], len(t)))
    runs = [_widened(r, template, norms, stop) if r[1] - r[0] >= MIN_WORDS else r for r in runs]
    cuts: list[tuple[int, int]] = []
    for n, (p, (a, z)) in enumerate(zip(pages, runs)):
        if z - a < max(MIN_WORDS, SHARE * typical):
            continue
        if n == 0 and p[2] <= 2:
            continue  # the first page break: the answer list's title
        first, last = tokens[a], tokens[z - 1]
        while first > 0 and _speck(words[first - 1][2]) and words[first - 1][0] not in page_at:
            first -= 1  # specks before the header ...
        while last + 1 < len(words) and _speck(words[last + 1][2]) and words[last + 1][0] not in page_at:
            last += 1  # ... and after it
        start = words[first][0]
        for i in range(first, last + 1):  # the page number inside stays its own cut
            if words[i][0] in page_at:
                if words[i - 1][1] > start:
                    cuts.append((start, words[i - 1][1]))
                start = words[i + 1][0]
        cuts.append((start, words[last][1]))
    return cuts


def _longest_run(a: int, z: int, hits: list[int], stop: list[bool]) -> tuple[int, int]:
    """The longest span of tokens covered by the triples starting at ``hits``,
    bridging up to :data:`GAP` uncovered words but no stop word; ``(a, a)`` if none."""
    covered = sorted({j + d for j in hits for d in range(3)})
    best = (a, a)
    run_start = prev = None
    for j in [*covered, None]:
        if j is not None and prev is not None and j - prev - 1 <= GAP and not any(stop[prev + 1:j]):
            prev = j
            continue
        if prev is not None and prev + 1 - run_start > best[1] - best[0]:
            best = (run_start, prev + 1)
        run_start = prev = j
    return best


def _unrepeated(run: tuple[int, int], hits: list[int], norms: list[str], tokens: list[int]) -> tuple[int, int]:
    """The longest part of ``run`` in which no triple repeats: split between a
    triple's two occurrences where the most words are uncovered or skipped
    (a page number counts double, specks)."""
    covered = {j + d for j in hits for d in range(3)}
    a, z = run
    while a < z and a not in covered:
        a += 1
    while z > a and z - 1 not in covered:
        z -= 1
    if z - a < MIN_WORDS:
        return (a, z)
    first: dict[tuple[str, str, str], int] = {}
    for j in hits:
        g = (norms[j], norms[j + 1], norms[j + 2])
        if g not in first:
            first[g] = j
            continue
        def gap(b: int) -> int:
            n = 2 * (tokens[b] - tokens[b - 1] - 1)
            k = b - 1
            while k > a and k not in covered:
                n, k = n + 1, k - 1
            return n
        cut = max(range(first[g] + 1, j + 1), key=lambda b: (gap(b), b))
        left = _unrepeated((a, cut), [x for x in hits if x + 3 <= cut], norms, tokens)
        right = _unrepeated((cut, z), [x for x in hits if x >= cut], norms, tokens)
        return max(left, right, key=lambda r: r[1] - r[0])
    return (a, z)


def _widened(run: tuple[int, int], template: tuple[str, ...], norms: list[str],
             stop: list[bool]) -> tuple[int, int]:
    """``run`` with up to :data:`GAP` words on each side that resemble the
    template's words before its start / after its end."""
    a, z = run
    head, tail = _locate(norms[a:a + 3], template), _locate(norms[z - 3:z], template)
    if tail is not None:
        i = tail + 3
        while z < len(norms) and i < len(template) and z - run[1] < GAP and not stop[z] and _like(norms[z], template[i]):
            z, i = z + 1, i + 1
    if head is not None:
        i = head - 1
        while a > 0 and i >= 0 and run[0] - a < GAP and not stop[a - 1] and _like(norms[a - 1], template[i]):
            a, i = a - 1, i - 1
    return (a, z)


def _locate(gram: list[str], template: tuple[str, ...]) -> int | None:
    for i in range(len(template) - 2):
        if list(template[i:i + 3]) == gram:
            return i
    return None


def _like(word: str, model: str) -> bool:
    """An OCR reading of ``model``: equal, or the same first character and
    mostly the same letters (``n`` for ``nr``, ``staatsdeelnemin`` for
    ``staatsdeelnemingen``)."""
    if word == model:
        return True
    if not word or not model or word[0] != model[0]:
        return False
    return SequenceMatcher(None, word, model).ratio() >= 0.6


def _speck(word: str) -> bool:
    """OCR dirt (``••/%``, ``..,``): no letter or digit, and not a lone
    punctuation mark that may end the sentence before."""
    return not _norm(word) and word not in (".", ",", ";", ":", "!", "?", ")", "-", "–")
