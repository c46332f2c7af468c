"""Page furniture and footnotes inside text that has no line structure.

When a converter or OCR put a whole document on one line, what used to be the
top and bottom of each page now stands in mid-sentence:

* page numbers ``2/9`` (``n/m`` with one total ``m`` and ``n`` rising through
  the document, also when OCR glued the next word to it: ``4/15Vraag 4``, or
  split the total of a later page: ``10/1 3``; a lone ``2/16`` or ``24/7`` is
  not taken);
* the Staten-Generaal's own running footers and first-page block
  (``Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2``, ``Tweede Kamer,
  vergaderjaar 2023–2024, 36 999, nr. 6 2``, ``ah-tk-…``, ``kst-36999-6``,
  ``ISSN 0921 - 7398``);
* running headers: a phrase of at least :data:`NGRAM` words that recurs at
  the same place next to most page numbers; where it stands at the first page
  break it is kept (there it is the list's title), elsewhere it is furniture;
  and the letter's subject that OCR scrambled near the page numbers
  (``flat_headers``: moved, words garbled, specks added);
* footnotes: ``1 De vragen … zijn hier exact weergegeven …`` after a footnote
  reference glued to a word (``vragen1``, ``bni.1``, ``»?1``), running to the
  end of its page (the next page number or running header) or to the end of
  the text; notes referred to by a separate ``1)`` or ``[1]`` (``afgenomen?
  1)``) and printed together after the text: the last ``1) …`` after its
  reference, up to the next note.

:func:`find_cuts` returns these as :class:`Cut` spans of the text; the
segmenter removes them and reports each with its reason, so nothing is lost.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from .flat_headers import scrambled_headers

#: Words in a phrase that, recurring at page breaks, is a running header.
NGRAM = 6
#: The longest footnote body (characters) taken from one page bottom.
MAX_NOTE = 700
#: How far after its reference (characters) a footnote body is looked for:
#: the reference's page bottom or the next one's.
NOTE_REACH = 8000

#: ``n/m``; OCR may glue the next word to it (``4/15Vraag 4``, ``3/9Antwoord``,
#: ``6/15budgettaire``), never a digit, ``/``, ``%`` or a decimal part.
#: (Each whole-text pattern here starts with a character it consumes, with
#: any look-behind moved after that character: then the engine skips to the
#: candidate characters at C speed instead of trying every position.)
_PAGE = re.compile(r"(\d(?<![\w/.,:€-]\d)\d{0,2}) ?/ ?(\d{1,3})(?![\d_/%,.-]|[.,]\d)")
#: ``10/1 3``: a page number whose total OCR split in two.
_SPLIT_PAGE = re.compile(r"(?<![\w/.,:€-])(\d{1,3}) ?/ ?(\d) (\d{1,2})(?![\d_/%,.-]|[.,]\d)")
_KNOWN = [
    (re.compile(r"(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,\s*Aanhangsel"
                r"(?:\s*\d{1,4}(?![\d.,/]))?"), "running footer", ("vergaderjaar",)),
    (re.compile(r"Eerste\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,\s*\d{2}\s?\d{3}(?:\s+[A-Z]{1,4})?"
                r"\s*,\s*[A-Z]{1,3}(?:\s+\d{1,4}(?![\d.,/]))?(?=\s|$)"), "running header", ("vergaderjaar",)),
    (re.compile(r"(?:a(?<![\w-]a)h|k(?<![\w-]k)v|h(?<![\w-]h))-(?:tk|ek)-\d{8}-\d+[a-z]?(?![\w-])"), "first-page publication block",
     ("-tk-", "-ek-")),
    (re.compile(r"k(?<![\w-]k)st-\d{5,6}(?:-[A-Z]{1,4})?-\d{1,4}(?![\w-])"), "first-page publication block", ("kst-",)),
    (re.compile(r"ISSN\s*\d{4}\s*-\s*\d{3}[\dX](?:\s+[’']s-Gravenhage\s+\d{4})?"), "first-page publication block", ("ISSN",)),
]
#: A footnote reference glued to a word or after a sentence: ``vragen1``,
#: ``bni.1``, ``«titel»?1``.
_REF = re.compile(r"(\d(?:(?<=[a-zà-ÿ]{3}\d)|(?<=[a-zà-ÿ)][.,;:?!]\d)|(?<=[»”’?]\d))\d?)(?=[\s,.;:?)]|$)")
_NOTE_START = r"(?<=\s){n}(?:\s+(?=[A-Z«“\"‘'(]|www\.|https?:)|(?=www\.|https?:))"
_LABEL = re.compile(r"(?:V(?<![^\W\d_]V)raag|A(?<![^\W\d_]A)ntwoord)\s+\d")
#: Words after which a number is a reference, never a footnote's own number.
_NOT_NOTE_AFTER = re.compile(
    r"(?:\b(?:[Vv]ra(?:ag|gen)|[Aa]ntwoord(?:en)?|op|[Nn]rs?\.?|[Aa]rtikel|lid|blz\.?|[Pp]agina|[Hh]oofdstuk|[Pp]aragraaf"
    r"|[Bb]ijlage|[Tt]abel|[Ff]iguur|[Vv]ergaderjaar|en|t/m|tot|met|of)|[,\d€$%-])\s*$"
)


#: Never part of a running header: a label next to a page number is content.
_LABEL_WORDS = {"Vraag", "Antwoord", "Vraag:", "Antwoord:"}
_WORDS = re.compile(r"\S+")


@dataclass
class Cut:
    """A span of the text that is furniture or a footnote."""

    start: int
    end: int
    reason: str
    #: For a footnote: its number.
    note: str | None = None


def page_numbers(text: str) -> list[Cut]:
    """Page numbers ``n/m``: one total, pages rising through the text."""
    by_total: dict[int, list[re.Match[str]]] = defaultdict(list)
    for m in _PAGE.finditer(text):
        n, total = int(m[1]), int(m[2])
        if 1 <= n <= total <= 999 and total > 1:
            by_total[total].append(m)
    cuts: list[Cut] = []
    for total, ms in by_total.items():
        rising: list[re.Match[str]] = []
        for m in ms:
            if not rising or int(m[1]) > int(rising[-1][1]):
                rising.append(m)
        if len(rising) >= 2:
            cuts.extend(Cut(m.start(), m.end(), f"page furniture (page number {m[1]}/{total})") for m in rising)
            # OCR split the total of the later pages: ``10/1 3`` in a letter of 13 pages
            last = int(rising[-1][1])
            for m in _SPLIT_PAGE.finditer(text, rising[-1].end()):
                if m[2] + m[3] == str(total) and last < int(m[1]) <= total:
                    cuts.append(Cut(m.start(), m.end(), f"page furniture (page number {m[1]}/{total})"))
                    last = int(m[1])
    return sorted(cuts, key=lambda c: c.start)


#: A Kamerstuk's footer: ``Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 2`` (the last number is the page).
_KST_FOOTER = re.compile(
    r"(?:Tweede|Eerste)\s+Kamer\s*,\s*vergaderjaar\s+\d{4}\s*[–—-]\s*\d{4}\s*,\s*(\d{2}\s?\d{3}(?:\s+[A-Z]{1,4})?)"
    r"\s*,\s*nr\.\s*(\d{1,4})\s+(\d{1,4})(?![\d.,/])(?=\s|$)")


def known_furniture(text: str) -> list[Cut]:
    """Footers and first-page blocks of Staten-Generaal publications."""
    cuts = [Cut(m.start(), m.end(), f"page furniture ({why})") for pat, why, needle in _KNOWN
            if any(x in text for x in needle) for m in pat.finditer(text)]
    return sorted(cuts + kamerstuk_footers(text), key=lambda c: c.start)


def kamerstuk_footers(text: str) -> list[Cut]:
    """``Tweede Kamer, vergaderjaar …, 36 999, nr. 6 2``: a footer only where
    the same Kamerstuk recurs with rising page numbers (a citation ``…, 29 911,
    nr. 379`` before footnote ``3`` looks the same once)."""
    if "vergaderjaar" not in text:
        return []
    by_doc: dict[tuple[str, str], list[re.Match[str]]] = defaultdict(list)
    for m in _KST_FOOTER.finditer(text):
        by_doc[(" ".join(m[1].split()), m[2])].append(m)
    cuts: list[Cut] = []
    for ms in by_doc.values():
        rising = [m for i, m in enumerate(ms) if i == 0 or int(m[3]) > int(ms[i - 1][3])]
        if len(ms) >= 2 and len(rising) == len(ms):
            cuts.extend(Cut(m.start(), m.end(), "page furniture (running footer)") for m in ms)
    return cuts


def running_headers(text: str, pages: list[Cut]) -> list[Cut]:
    """Phrases printed at the same place next to most page numbers (not at the
    first page break, where such a phrase is the list's title)."""
    if len(pages) < 2:
        return []
    # per page break: the start and end of the words around its page number,
    # the index of the page number, and the grams (index, words) that may be
    # a header (no page number, label or question in them)
    windows: list[tuple[list[int], list[int], list[tuple[int, tuple[str, ...]]]]] = []
    # gram -> {page break: offset of the gram from that page number, in words}
    near: dict[tuple[str, ...], dict[int, int]] = defaultdict(dict)
    for k, p in enumerate(pages):
        a, z = max(0, p.start - 400), min(len(text), p.end + 400)
        found = list(_WORDS.finditer(text, a, z))
        starts = [m.start() for m in found]
        i = bisect.bisect_left(starts, p.start)
        lo, hi = max(0, i - 30), min(len(found) - NGRAM + 1, i + 30)
        tokens = [m[0] for m in found[lo:hi + NGRAM - 1]]
        # words that never belong to a header: page numbers, labels, questions
        bad = [0]
        for tok in tokens:
            bad.append(bad[-1] + (tok in _LABEL_WORDS or "?" in tok or tok[0].isdecimal() and bool(_PAGE.match(tok))))
        grams = [(j, tuple(tokens[j - lo:j - lo + NGRAM])) for j in range(lo, hi) if bad[j - lo + NGRAM] == bad[j - lo]]
        for j, gram in grams:
            near[gram].setdefault(k, j - i)
        windows.append((starts, [m.end() for m in found], grams))
    # printed at most page breaks, at the same place: a question quoted twice
    # near two page breaks is not furniture
    need = max(2, (len(pages) + 1) // 2)
    repeated = {g for g, ks in near.items()
                if len(ks) >= need and max(ks.values()) - min(ks.values()) <= 6}
    spans: list[tuple[int, int]] = []
    if repeated:
        for starts, ends, grams in windows[1:]:
            spans.extend((starts[j], ends[j + NGRAM - 1]) for j, gram in grams if gram in repeated)
    spans.sort()
    cuts: list[Cut] = []
    for a, z in spans:
        if cuts and a <= cuts[-1].end + 1 or cuts and not text[cuts[-1].end:a].strip():
            cuts[-1].end = max(cuts[-1].end, z)
        else:
            cuts.append(Cut(a, z, "page furniture (running header)"))
    return cuts


def footnotes(text: str, furniture: list[Cut]) -> list[Cut]:
    """Footnote bodies at page bottoms: ``n Text`` after a reference ``…n``,
    ending at the next page break (where furniture starts) or at the end of
    the text. Furniture inside a footnote (a first-page block between the
    number and its body) stays furniture: the note is cut around it."""
    pieces: list[str] = []
    pos = 0
    for c in sorted(furniture, key=lambda c: c.start):
        if c.start >= pos:
            pieces += [text[pos:c.start], " " * (c.end - c.start)]
            pos = c.end
    blank = "".join([*pieces, text[pos:]])
    ends = sorted({*(c.start for c in furniture), len(text)})
    labels = [m.start() for m in _LABEL.finditer(blank)]
    spans: list[tuple[int, int, int]] = []  # (start, end, number)
    used: set[int] = set()
    taken_to = -1
    for ref in _REF.finditer(blank):
        n = int(ref[1])
        if n in used or n == 0:
            continue
        for m in re.finditer(_NOTE_START.format(n=n), blank[ref.end():ref.end() + NOTE_REACH]):
            start = ref.end() + m.start()
            if start < taken_to or _NOT_NOTE_AFTER.search(blank[max(0, start - 14):start]):
                continue
            body_at = ref.end() + m.end()
            end = next((e for e in ends if e > body_at), len(text))
            stop = next((x for x in labels if start < x < end), None)
            end = stop if stop is not None else end
            body = blank[start:end]
            if end - start > MAX_NOTE * 2 or "?" in body:
                continue
            # further footnotes of the same page bottom: n+1, n+2, ...
            pieces = [(n, start)]
            k = n + 1
            while True:
                nxt = re.search(_NOTE_START.format(n=k), blank[pieces[-1][1] + 1:end])
                if nxt is None:
                    break
                at = pieces[-1][1] + 1 + nxt.start()
                if _NOT_NOTE_AFTER.search(blank[max(0, at - 14):at]):
                    break
                pieces.append((k, at))
                k += 1
            bounds = [x for _, x in pieces] + [end]
            if any(len(blank[bounds[i]:bounds[i + 1]].strip()) > MAX_NOTE for i in range(len(pieces))):
                continue
            for (num, a), z in zip(pieces, bounds[1:]):
                spans.append((a, z, num))
                used.add(num)
            taken_to = end
            break
    cuts: list[Cut] = []
    for a, z, num in spans:
        inside = [c for c in furniture if a <= c.start and c.end <= z]
        for c in inside:
            if blank[a:c.start].strip():
                cuts.append(Cut(a, c.start, f"footnote {num}", note=str(num)))
            a = c.end
        if blank[a:z].strip():
            cuts.append(Cut(a, z, f"footnote {num}", note=str(num)))
    return cuts


#: A reference printed as its own token after a sentence or word:
#: ``afgenomen? 1)``, ``belonen'? [1]``, ``onderzoekers'?[1]``.
#: (Groups 1 and 2 after a space, 3 and 4 without one.)
_PAREN_REF = re.compile(r" (?<=[\w?.!»”’'\"] )(?:(\d{1,2})\)|\[(\d{1,2})\])(?=\s|$)"
                        r"|(?:(\d(?<=[\w?.!»”’'\"]\d)\d?)\)|\[(?<=[\w?.!»”’'\"]\[)(\d{1,2})\])(?=\s|$)")
#: Where such a note is printed: ``1) Nederlandse Orde …``, ``[1] https://…``.
#: The match starts at the white space before the note's number.
_PAREN_NOTE = re.compile(r"\s(?:(\d{1,2})\)|\[(\d{1,2})\])(?=\s*(?:[A-Z«“\"‘'(]|www\.|https?:))")
_URL = re.compile(r"\S*(?:https?:|www\.)\S*")


def endnotes(text: str, furniture: list[Cut], taken: list[Cut]) -> list[Cut]:
    """Notes referred to as ``1)`` or ``[1]`` and printed together after the
    text (or a page): the *last* ``1) …`` after the reference is the note (the
    first is the reference itself), and it runs to the next note, the next
    furniture or the end. One pass over references, one over note starts."""
    starts: dict[tuple[str, int], list[int]] = defaultdict(list)
    for m in _PAREN_NOTE.finditer(text):
        starts[("(" if m[1] else "[", int(m[1] or m[2]))].append(m.start() + 1)
    if not starts:
        return []
    ends = sorted({*(c.start for c in furniture), len(text)})
    busy = sorted((c.start, c.end) for c in (*furniture, *taken))
    cuts: list[Cut] = []
    done: set[tuple[str, int]] = set()
    for ref in _PAREN_REF.finditer(text):
        paren, bracket = ref[1] or ref[3], ref[2] or ref[4]
        key = ("(" if paren else "[", int(paren or bracket))
        at = starts.get(key)
        if key in done or not at or at[-1] <= ref.end():
            continue
        start = at[-1]
        i = bisect.bisect_right(busy, (start, len(text) + 1)) - 1
        if _NOT_NOTE_AFTER.search(text[max(0, start - 14):start]) or (i >= 0 and busy[i][1] > start):
            continue
        end = ends[bisect.bisect_right(ends, start)]
        for style in "([":
            nxt = starts.get((style, key[1] + 1), [])
            j = bisect.bisect_right(nxt, start)
            if j < len(nxt):
                end = min(end, nxt[j])
        body = text[start:end]
        if len(body.strip()) > MAX_NOTE or "?" in _URL.sub("", body):
            continue
        done.add(key)
        cuts.append(Cut(start, end, f"footnote {key[1]}", note=str(key[1])))
    return cuts


def find_cuts(text: str) -> list[Cut]:
    """Every furniture and footnote span of ``text``, in order, not overlapping."""
    pages = page_numbers(text)
    known = known_furniture(text)
    numbers = [(c.start, c.end, int(text[c.start:c.end].split("/")[0])) for c in pages]
    headers = running_headers(text, pages) + [Cut(a, z, "page furniture (running header)")
                                              for a, z in scrambled_headers(text, numbers)]
    notes = footnotes(text, [*pages, *known, *headers])
    notes += endnotes(text, [*pages, *known, *headers], notes)
    out: list[Cut] = []
    for c in sorted((*pages, *known, *headers, *notes), key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            if c.end > out[-1].end and not out[-1].note and not c.note:
                out[-1].end = c.end
            continue
        out.append(c)
    return out
