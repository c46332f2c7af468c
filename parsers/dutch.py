"""Small facts about Dutch text shared by the recognisers: months, dates."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11,
    "december": 12,
}

#: ``17 juni 2025``; tolerates a line break or lost space between the parts.
DATE_RE = re.compile(
    r"\b(?P<day>[0-3]?\d)\s*(?P<month>" + "|".join(MONTHS) + r")\s*(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def parse_date(text: str) -> dt.date | None:
    """The first Dutch date in ``text`` (``19 juni 2026``), or None."""
    m = DATE_RE.search(text)
    if not m:
        return None
    return to_date(m)


def to_date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None


def session_year(text: str) -> str | None:
    """``Vergaderjaar 2025–2026`` -> ``2025-2026``."""
    m = re.search(r"[Vv]ergaderjaar\s*((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)?\d\d)", text)
    if not m:
        return None
    end = m[2] if len(m[2]) == 4 else m[1][:2] + m[2]
    return f"{m[1]}-{end}"
