"""Citations in one string: Kamerstukken, Aanhangsels, kenmerken, zaak and
document numbers, OB ids, motions and letters.

``find_citations(text)`` returns :class:`CitationMatch` tuples in text order.
Kamerstuk references in every printed form normalise to one OB id:

* ``Kamerstuk 36725 X nr. 6``, ``(36 725 X, nr. 6)``, ``Kamerstuk36 600 XII, nr. 42``,
  ``Kamerstuk 36\\n200 XII, nr. 19`` -> ``kst-36725-X-6`` etc.;
* ``Kamerstukken II 2005/06, 29 950, nr. 40`` -> ``kst-29950-40``;
* ``21501-32-1740`` and ``21 501-32, nr. 1703`` -> ``kst-21501-32-1740``;
* combined dossiers ``(31 031/29 949, nr. 19)`` -> the first, ``kst-31031-19``;
* without a number, ``(Kamerstuk 36800-K)`` is a ``dossier``: ``dossier-36800-K``.

Motions (``motie Piri c.s.``) and letters (``brief van 17 juni 2025``) get the
Kamerstuk that follows them in the same sentence or parenthesis as
``kamerstuk``; that Kamerstuk is also reported as a citation of its own.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from .dutch import DATE_PATTERN, crosses_sentence, parse_date

CitationKind = Literal[
    "kamerstuk", "aanhangsel", "kenmerk", "zaak", "document", "motie",
    "brief", "dossier", "publicatie",
]

OB_URL = "https://zoek.officielebekendmakingen.nl/{}.html"
TK_DOCUMENT_URL = "https://www.tweedekamer.nl/kamerstukken/detail?id={0}&did={0}"


@dataclass(frozen=True, slots=True)
class CitationMatch:
    """One citation found in a string; ``text == source[start:end]``."""

    kind: CitationKind
    text: str
    id: str
    start: int
    end: int
    url: str | None = None
    #: For motions and letters: the id of the Kamerstuk cited with them.
    kamerstuk: str | None = None


# -- the reference regex ------------------------------------------------------

_DOSSIER = r"\d{2}\s?\d{3}(?!\d)"
_TOE = (r"(?:[ \t]*[-–][ \t]*(?:(?P<tn>\d{1,3})|(?P<tl>[A-Z]{1,6}))|\s+(?P<ts>[A-Z]{1,6}))(?![\w])")
_TOE_ANY = r"(?:[ \t]*[-–][ \t]*(?:\d{1,3}|[A-Z]{1,6})|\s+[A-Z]{1,6})(?![\w])"
_NR = (
    r"(?:\s*,?\s*(?:nrs|nummers)\.?\s*(?P<nrs>\d+)(?P<more>(?:\s*(?:,|\ben\b|&)\s*\d{1,4}\b)*)"
    r"|\s*,?\s*(?:nr|no|nummer)\.?\s*(?P<nr>\d+|[A-Z]{1,3}\b)"
    r"|(?<=\d)[-–](?P<nr2>\d{1,5})(?![\d-]))"
)
_PREFIX = (
    r"(?P<pre>\bKamerstuk(?:ken)?(?:\s*I{1,2}(?![A-Za-z]))?"
    r"(?:\s*,?\s*(?:vergaderjaar\s*)?(?:19|20)\d\d\s*[/–-]\s*(?:\d{4}|\d\d)(?!\d))?\s*,?\s*)"
)
_KST = (
    rf"(?P<kst>(?:{_PREFIX}|(?<![\w./-]))(?P<dossier>{_DOSSIER})(?:{_TOE})?"
    rf"(?:\s*/\s*{_DOSSIER}(?:{_TOE_ANY})?)*(?:{_NR})?)"
)
_AH = (
    r"(?P<ah>\bAanhangsel\s*(?:van\s+de\s+)?Handelingen\s*(?P<house>I{1,2}(?![A-Za-z]))?"
    r"\s*,?\s*(?:vergaderjaar\s*)?(?P<y1>(?:19|20)\d\d)\s*[/–-]\s*(?P<y2>\d{4}|\d\d)"
    r"\s*,?\s*(?:nr\.?|nummer)\s*(?P<ahnr>\d+))"
)
#: OB ids (``kst-36725-X-6``, ``ah-tk-20212022-3173``, ``kv-tk-2024Z18775``); a
#: separate regex (``_REF`` skips lowercase letters) checked for a word start.
_OB = re.compile(r"(?:kst|ah|kv|h)-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*")
_ZAAK = r"(?P<zaak>\b(?:19|20)\d\d[ZD]\s?\d{5}(?!\d))"
_KENMERK = r"(?P<kenmerk>\b[A-Z]{3,10}-?\d{6,}\b)"
#: ``kenmerk 2024-0001234`` / ``ons kenmerk: BZ/123456``: any token with a digit.
_KENMERK_WORD = re.compile(r"[Kk](?<!\w[Kk])enmerk:?[ \t]+(?P<value>[A-Za-z0-9][\w/-]*\d[\w/-]*(?<![/-]))")
_REF = re.compile(
    r"(?=[0-9A-Z])(?:" + "|".join((_AH, _KST, _ZAAK, _KENMERK)) + ")"
)

# -- motions and letters ----------------------------------------------------------

_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n\s+'t|'t)"
_NAME = rf"(?:{_PARTICLE}\s+)*[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-Za-zÀ-ÿ'’]+)*"
_MOTION = re.compile(
    r"[Mm](?<!\w[Mm])otie(?:\s*-\s*|\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?)"
    rf"(?P<names>{_NAME}(?:\s*(?:,|\ben\b)\s*{_NAME})*)(?P<cs>\s*c\.s\.?)?"
)
_NOT_NAMES = frozenset({"Kamerstuk", "Kamerstukken", "De", "Het", "In", "Dit", "Deze", "Die"})

_LETTER = re.compile(
    r"[Bb](?:(?<=\b[Bb])|(?<=[Kk]amerb))rie(?P<plural>ven|f)\b(?:\s+[^\s.();,]+){0,10}?\s+(?:van|d\.d\.)\s+"
    rf"(?P<date>{DATE_PATTERN})"
)
_MORE_LETTERS = re.compile(
    rf"(?:\s*\([^()]{{0,120}}\))?\s*(?:,|\ben\b)\s+(?:die\s+)?(?:van\s+)?(?P<date>{DATE_PATTERN})"
)
_NAME_SEP = re.compile(r"\s*(?:,|\ben\b)\s*")
_SPACE = re.compile(r"\s")
_DIGITS = re.compile(r"\d+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_OPEN_PAREN = re.compile(r"\s*\(\s*(?:zie\s+(?:ook\s+)?)?")


def find_citations(text: str) -> list[CitationMatch]:
    """All citations in ``text``, ordered by start offset.

    >>> [c.id for c in find_citations("motie Piri c.s. (Kamerstuk 36800 X nr. 34)")]
    ['motie-piri', 'kst-36800-X-34']
    """
    refs = _references(text)
    kst = [c for c in refs if c.kind == "kamerstuk"]
    out = refs + _motions(text, kst) + _letters(text, kst)
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _references(text: str) -> list[CitationMatch]:
    out: list[CitationMatch] = []
    # (each pattern is tried only on a text with what all its matches hold:
    # a hyphen in an OB id, a digit in every other reference)
    digits = _DIGITS.search(text) is not None
    for m in (_OB.finditer(text) if "-" in text else ()):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_"):
            continue
        ob = m.group()
        out.append(CitationMatch("publicatie", ob, ob, m.start(), m.end(), OB_URL.format(ob)))
    obs = [(c.start, c.end) for c in out]
    for m in (_REF.finditer(text) if digits else ()):
        if obs and any(s < m.end() and m.start() < e for s, e in obs):
            continue  # digits inside an OB id
        if m.group("kst") is not None:
            out.extend(_kamerstuk(m))
        elif m.group("ah") is not None:
            out.append(_aanhangsel(m))
        elif m.group("zaak") is not None:
            out.append(_zaak(m.group(), m.start(), m.end()))
        elif m.group("kenmerk") is not None:
            out.append(CitationMatch("kenmerk", m.group(), m.group(), m.start(), m.end()))
    taken = [(c.start, c.end) for c in out]
    for m in (_KENMERK_WORD.finditer(text) if digits and "enmerk" in text else ()):
        raw, start, end = m.group("value"), m.start("value"), m.end("value")
        if any(s < end and start < e for s, e in taken):
            continue
        if _ZAAK_ONLY.fullmatch(raw):
            out.append(_zaak(raw, start, end))
        else:
            out.append(CitationMatch("kenmerk", raw, raw, start, end))
    return out


_ZAAK_ONLY = re.compile(r"(?:19|20)\d\d[ZD]\s?\d{5}")


def _zaak(raw: str, start: int, end: int) -> CitationMatch:
    ident = _SPACE.sub("", raw)
    if ident[4] == "Z":
        return CitationMatch("zaak", raw, ident, start, end)
    return CitationMatch("document", raw, ident, start, end, TK_DOCUMENT_URL.format(ident))


def _kamerstuk(m: re.Match[str]) -> list[CitationMatch]:
    dossier = _SPACE.sub("", m.group("dossier"))
    toe = m.group("tn") or m.group("tl") or m.group("ts")
    nr = m.group("nr") or m.group("nrs") or m.group("nr2")
    if m.group("nr2") and not m.group("tn"):
        return []  # ``12345-678`` without sub-dossier: not a Kamerstuk form
    if nr is None:
        if m.group("pre") is None:
            return []  # a bare five-digit number
        ident = f"dossier-{dossier}" + (f"-{toe}" if toe else "")
        return [CitationMatch("dossier", m.group(), ident, m.start(), m.end())]
    base = f"kst-{dossier}" + (f"-{toe}" if toe else "")
    ident = f"{base}-{nr}"
    more = m.group("more") or ""
    end = m.end() - len(more) if more else m.end()
    text = m.string[m.start():end]
    out = [CitationMatch("kamerstuk", text, ident, m.start(), end, OB_URL.format(ident))]
    if more:  # ``nrs. 380 en 407``: one citation per number
        offset = end
        for n in _DIGITS.finditer(more):
            other = f"{base}-{n.group()}"
            out.append(CitationMatch("kamerstuk", n.group(), other, offset + n.start(),
                                     offset + n.end(), OB_URL.format(other)))
    return out


def _aanhangsel(m: re.Match[str]) -> CitationMatch:
    y1, y2 = m.group("y1"), m.group("y2")
    if len(y2) == 2:
        y2 = str(int(y1) + 1)[:2] + y2
    house = "ek" if m.group("house") == "I" else "tk"
    ident = f"ah-{house}-{y1}{y2}-{m.group('ahnr')}"
    return CitationMatch("aanhangsel", m.group(), ident, m.start(), m.end(), OB_URL.format(ident))


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", folded.lower()).strip("-")


def _linked_kamerstuk(text: str, end: int, kst: list[CitationMatch], *, paren_only: bool) -> str | None:
    """The Kamerstuk that follows ``end`` in the same sentence (or, with
    ``paren_only``, in a parenthesis opening right after ``end``).

    ``kst`` is sorted by start offset."""
    i = bisect_left(kst, end, key=lambda c: c.start)
    if i == len(kst):
        return None
    c = kst[i]
    if paren_only:
        gap = _OPEN_PAREN.match(text, end)
        return c.id if gap and gap.end() == c.start else None
    if c.start - end > 300 or crosses_sentence(text, end, c.start):
        return None
    if _MOTION.search(text, end, c.start):
        return None
    return c.id


def _motions(text: str, kst: list[CitationMatch]) -> list[CitationMatch]:
    out: list[CitationMatch] = []
    for m in (_MOTION.finditer(text) if "otie" in text else ()):
        names = [n for n in _NAME_SEP.split(m.group("names")) if n]
        if not names or names[0] in _NOT_NAMES:
            continue
        ident = "motie-" + "-".join(_slug(n) for n in names)
        link = _linked_kamerstuk(text, m.end(), kst, paren_only=False)
        out.append(CitationMatch("motie", m.group(), ident, m.start(), m.end(), kamerstuk=link,
                                 url=OB_URL.format(link) if link else None))
    return out


def _letters(text: str, kst: list[CitationMatch]) -> list[CitationMatch]:
    out: list[CitationMatch] = []
    for m in (_LETTER.finditer(text) if "brie" in text or "Brie" in text else ()):
        start = m.start() - 5 if text[max(0, m.start() - 5):m.start()].lower() == "kamer" else m.start()
        spans = [(start, m.end(), m.group("date"))]
        if m.group("plural") == "ven":
            pos = m.end()
            while (more := _MORE_LETTERS.match(text, pos)) is not None:
                spans.append((more.start("date"), more.end("date"), more.group("date")))
                pos = more.end()
        for start, end, raw in spans:
            day = parse_date(raw)
            if day is None:
                continue
            link = _linked_kamerstuk(text, end, kst, paren_only=True)
            out.append(CitationMatch("brief", text[start:end], f"brief-{day.isoformat()}",
                                     start, end, kamerstuk=link,
                                     url=OB_URL.format(link) if link else None))
    return out
