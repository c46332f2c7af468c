"""Deadlines in a Dutch sentence, normalised to a date.

:func:`find_deadline` returns the first time phrase of a commitment sentence
with the last day it allows, relative to ``ref`` (the answer's date):

=================================  ===========================================
``voor de zomer`` (``zomerreces``)  1 July (of the next year if ``ref`` is later)
``na de zomer``, ``dit najaar``     31 December
``in het voorjaar``                 30 June
``eind dit jaar``, ``dit jaar``     31 December of ``ref``'s year
``eind 2024``, ``in 2025``          31 December of that year
``begin volgend jaar``              31 March of the next year
``medio 2025``                      30 June 2025
``in het eerste kwartaal van 2026`` 31 March 2026
``voor 1 juli``, ``17 juni 2025``   that day
``in september``, ``eind maart``    the month's last day
``binnen drie weken``               ``ref`` + 21 days
``bij de Voorjaarsnota``            1 June (its legal deadline)
``bij de Miljoenennota/begroting``  Prinsjesdag (third Tuesday of September)
``bij de Najaarsnota``              30 November
``zo spoedig mogelijk``, ...        no date (kind ``vague``)
=================================  ===========================================

A relative phrase without ``ref`` gets no date. Pure functions, no state.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .dutch import MONTHS

__all__ = ["DeadlineMatch", "find_deadline", "prinsjesdag"]


@dataclass(frozen=True, slots=True)
class DeadlineMatch:
    """A time phrase in a sentence and the last day it allows."""

    text: str
    start: int
    end: int
    due: dt.date | None
    kind: str


_NUMS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "acht": 8,
         "tien": 10, "twaalf": 12}
_ORD = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}
_MONTH = "|".join(MONTHS)
_YEAR = r"(?:19|20)\d\d"
_REL_YEAR = r"(?:dit|het|volgend|komend|het\s+komende|het\s+volgende)\s+jaar"
_FLAGS = re.IGNORECASE

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx, _FLAGS)) for name, rx in (
    ("date", rf"\b(?:vóór\s+|voor\s+|uiterlijk\s+|per\s+|op\s+|tot\s+)?(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b"),
    ("quarter", rf"\b(?:in|voor|na|vóór|uiterlijk\s+in)?\s*(?:het|de)\s+(?P<q>eerste|tweede|derde|vierde|laatste)\s+kwartaal"
                rf"(?:\s+van\s+(?:(?P<y>{_YEAR})|(?P<r>{_REL_YEAR})))?"),
    ("quarter", rf"\bQ(?P<qn>[1-4])\s*(?P<y>{_YEAR})?\b"),
    ("half", rf"\b(?:in|voor)\s+de\s+(?P<h>eerste|tweede)\s+helft\s+van\s+(?:(?P<y>{_YEAR})|(?P<r>{_REL_YEAR}))"),
    ("summer_before", rf"\b(?:voor|vóór)\s+(?:de\s+zomer|het\s+zomerreces)(?:\s+van\s+(?P<y>{_YEAR}))?"),
    ("autumn", rf"\b(?:na\s+(?:de\s+zomer|het\s+zomerreces)|(?:in\s+het|dit|komend|van\s+dit|het\s+komende)\s+najaar)"
               rf"(?:\s+van\s+(?P<y>{_YEAR}))?"),
    ("autumn", rf"\bin\s+het\s+najaar(?:\s+van\s+(?P<y>{_YEAR}))?"),
    ("spring", rf"\b(?:in\s+het|dit|komend)\s+voorjaar(?:\s+van\s+(?P<y>{_YEAR}))?"),
    ("christmas", r"\b(?:voor|vóór)\s+(?:het\s+kerstreces|de\s+kerst)"),
    ("year_begin", rf"\bbegin\s+(?:(?P<y>{_YEAR})|(?P<r>volgend\s+jaar|komend\s+jaar))"),
    ("year_mid", rf"\bmedio\s+(?:(?P<y>{_YEAR})|(?P<r>{_REL_YEAR}))"),
    ("month", rf"\b(?P<w>voor|vóór|in|eind|einde|begin|medio|uiterlijk\s+in|rond)\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?\b"),
    ("year_end", rf"\b(?:(?:voor\s+)?(?:het\s+)?eind(?:e)?\s+(?:van\s+)?|(?:in\s+)?de\s+loop\s+van\s+|later\s+|(?:nog\s+)?(?:in\s+)?)"
                 rf"(?:(?P<r>{_REL_YEAR})|(?P<y>{_YEAR}))\b"),
    ("relative", r"\bbinnen\s+(?P<n>\d+|een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf)\s+(?P<u>dag|dagen|week|weken|maand|maanden)\b"),
    ("event", r"\b(?:bij|in|met|voor|vóór|rond)\s+(?:de\s+)?(?P<e>voorjaarsnota|najaarsnota|miljoenennota|prinsjesdag|(?:ontwerp)?begroting)\b"),
    ("vague", r"\bzo\s+(?:spoedig|snel)\s+mogelijk\b|\bop\s+(?:korte|afzienbare)\s+termijn\b|\bbinnenkort\b"
              r"|\b(?:de|in\s+de)\s+komende\s+(?:tijd|periode|maanden|jaren)\b|\bte\s+zijner\s+tijd\b"),
)]


_DIGITS = tuple("0123456789")
#: Substrings one of which a sentence must hold before a pattern is tried
#: (in the order of ``_PATTERNS``; a substring test is much cheaper).
_NEEDS: tuple[tuple[str, ...], ...] = (
    tuple(MONTHS), ("kwartaal",), ("q1", "q2", "q3", "q4"), ("helft",), ("zomer",),
    ("zomer", "najaar"), ("najaar",), ("voorjaar",), ("kerst",), ("begin",), ("medio",), tuple(MONTHS),
    ("jaar", *_DIGITS), ("binnen",), ("nota", "prinsjesdag", "begroting"),
    ("spoedig", "snel", "termijn", "binnenkort", "komende", "zijner"),
)


def prinsjesdag(year: int) -> dt.date:
    """The third Tuesday of September of ``year``."""
    first = dt.date(year, 9, 1)
    return first + dt.timedelta(days=(1 - first.weekday()) % 7 + 14)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(m: re.Match[str], ref: dt.date | None) -> int | None:
    """The year a match names explicitly or relative to ``ref``."""
    y = m.groupdict().get("y")
    if y:
        return int(y)
    r = (m.groupdict().get("r") or "").lower()
    if ref is None:
        return None
    if "volgend" in r or "komend" in r:
        return ref.year + 1
    return ref.year


def _due(name: str, m: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, str]:
    g = m.groupdict()
    if name == "vague":
        return None, "vague"
    if name == "date":
        year = int(g["y"]) if g.get("y") else (ref.year if ref else None)
        if year is None:
            return None, "date"
        try:
            day = dt.date(year, MONTHS[g["m"].lower()], int(g["d"]))
        except ValueError:
            return None, "date"
        if not g.get("y") and ref is not None and day < ref:
            day = day.replace(year=year + 1)
        return day, "date"
    if name == "relative":
        if ref is None:
            return None, "relative"
        n = int(g["n"]) if g["n"].isdigit() else _NUMS[g["n"].lower()]
        unit = g["u"].lower()
        if unit.startswith("dag"):
            return ref + dt.timedelta(days=n), "relative"
        if unit.startswith("we"):
            return ref + dt.timedelta(weeks=n), "relative"
        month = ref.month - 1 + n
        year = ref.year + month // 12
        return _month_end(year, month % 12 + 1).replace(day=min(ref.day, calendar.monthrange(year, month % 12 + 1)[1])), "relative"
    if name == "event":
        e = g["e"].lower()
        year = ref.year if ref else None
        if year is None:
            return None, "event"
        if e == "voorjaarsnota":
            day = dt.date(year, 6, 1)
        elif e == "najaarsnota":
            day = dt.date(year, 11, 30)
        else:
            day = prinsjesdag(year)
        if ref is not None and day < ref:
            day = day.replace(year=year + 1) if e != "prinsjesdag" and "begroting" not in e else prinsjesdag(year + 1)
        return day, "event"
    year = _year(m, ref)
    if year is None:
        return None, "period"
    if name == "quarter":
        q = int(g["qn"]) if g.get("qn") else _ORD[g["q"].lower()]
        return _month_end(year, q * 3), "period"
    if name == "half":
        return (dt.date(year, 6, 30) if g["h"].lower() == "eerste" else dt.date(year, 12, 31)), "period"
    if name == "summer_before":
        day = dt.date(year, 7, 1)
        if not g.get("y") and ref is not None and ref > day:
            day = day.replace(year=year + 1)
        return day, "period"
    if name == "autumn":
        return dt.date(year, 12, 31), "period"
    if name == "spring":
        day = dt.date(year, 6, 30)
        if not g.get("y") and ref is not None and ref > day:
            day = day.replace(year=year + 1)
        return day, "period"
    if name == "christmas":
        return dt.date(year, 12, 20), "period"
    if name == "year_begin":
        return dt.date(year, 3, 31), "period"
    if name == "year_mid":
        return dt.date(year, 6, 30), "period"
    if name == "month":
        month = MONTHS[g["m"].lower()]
        if not g.get("y") and ref is not None and (month < ref.month):
            year += 1
        if g["w"].lower() in ("voor", "vóór"):
            return dt.date(year, month, 1), "period"
        return _month_end(year, month), "period"
    if name == "year_end":
        return dt.date(year, 12, 31), "period"
    return None, "period"  # pragma: no cover - every pattern is handled above


def find_deadline(sentence: str, ref: dt.date | None) -> DeadlineMatch | None:
    """The first deadline phrase in ``sentence`` (see the module docstring), or None.

    A phrase that names a past moment (before ``ref``, or a letter ``van 15
    december jl.``) is a reference, not a deadline, and is skipped.

    >>> find_deadline("Ik informeer uw Kamer voor de zomer.", dt.date(2024, 3, 1)).due
    datetime.date(2024, 7, 1)
    """
    found: list[tuple[int, int, str, re.Match[str]]] = []
    low = sentence.lower()
    for order, ((name, rx), needs) in enumerate(zip(_PATTERNS, _NEEDS)):
        if not any(n in low for n in needs):
            continue
        for m in rx.finditer(sentence):
            found.append((m.start() + len(m.group()) - len(m.group().lstrip()), order, name, m))
    for start, _order, name, m in sorted(found, key=lambda f: (f[0], f[1])):
        if name == "year_end" and not _plausible_year_end(m):
            continue
        if _a_reference(m):
            continue
        due, kind = _due(name, m, ref)
        if due is not None and ref is not None and due < ref:
            continue
        text = m.group().strip()
        return DeadlineMatch(text, start, start + len(text), due, kind)
    return None


_PAST_AFTER = re.compile(r"\s*(?:jl\b|j\.l\.|jongstleden\b|\)|heeft|hebben|is\s+\w+d\b)", re.IGNORECASE)
_LETTER_BEFORE = re.compile(r"(?:\b(?:van|d\.d\.|dd|sinds|vanaf|ingang\s+van|op)\s*)$", re.IGNORECASE)


def _a_reference(m: re.Match[str]) -> bool:
    """A dated letter or past event (``de brief van 27 juni jl.``), not a deadline."""
    text = m.string
    if _PAST_AFTER.match(text, m.end()):
        return True
    return bool(_LETTER_BEFORE.search(text[max(0, m.start() - 14):m.start()])) and not re.match(
        r"\s*(?:voor|vóór|in|uiterlijk|eind|begin|medio|na)\b", m.group(), re.IGNORECASE)


def _plausible_year_end(m: re.Match[str]) -> bool:
    """``in 2025`` and ``eind dit jaar`` are deadlines; a bare ``2025`` is not."""
    return not m.group().strip().isdigit()
