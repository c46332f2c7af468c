"""Small Dutch-text helpers shared by the annotators.

Number parsing (decimal comma, thousands dots), month names, the date
pattern, and sentence boundaries. Pure functions, no state.
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal, InvalidOperation

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11,
    "december": 12,
}

#: A day, a Dutch month name and a four-digit year (``17 juni 2025``); the
#: parts may be separated by any whitespace, including a line break.
DATE_PATTERN = (
    r"(?<![\w.,])(?:[1-9]|[12]\d|3[01]|0[1-9])\s+(?:" + "|".join(MONTHS)
    + r")\s+(?:1[89]|2\d)\d\d(?!\d)"
)

_DATE_PARTS = re.compile(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})", re.IGNORECASE)

#: A number as printed in Dutch text: ``1.250.000``, ``6,5``, ``37``, ``1.5``.
NUMBER_PATTERN = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.,]?\d)|\d+(?:[.,]\d+)?(?![.,]?\d))"

_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def parse_number(raw: str) -> Decimal | None:
    """The value of a Dutch-printed number, or None if it is not one.

    A comma is the decimal mark; dots followed by groups of three digits are
    thousands separators (``1.250`` is 1250); any other dot is a decimal point
    (``1.5`` is 1.5, an English-style slip that occurs in converted text).

    >>> parse_number("6,5"), parse_number("1.250.000"), parse_number("1.5")
    (Decimal('6.5'), Decimal('1250000'), Decimal('1.5'))
    """
    s = raw.strip()
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif _THOUSANDS.fullmatch(s):
        s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def has_thousands(raw: str) -> bool:
    """True if ``raw`` is written with thousands dots (``12.500``)."""
    return _THOUSANDS.match(raw.strip()) is not None and "." in raw.split(",")[0]


def clean_decimal(value: Decimal) -> Decimal:
    """``value`` without a spurious exponent or trailing zeros.

    >>> clean_decimal(Decimal("6.5") * 1000000000)
    Decimal('6500000000')
    """
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def parse_date(raw: str) -> _dt.date | None:
    """``17 juni 2025`` -> ``date(2025, 6, 17)``; None if not a real date."""
    m = _DATE_PARTS.search(raw)
    if not m:
        return None
    month = MONTHS.get(m.group(2).lower())
    if month is None:
        return None
    try:
        return _dt.date(int(m.group(3)), month, int(m.group(1)))
    except ValueError:
        return None


# A sentence ends at . ! or ? followed by space and a capital, or at a blank
# line. Abbreviations that end in a dot (c.s., nr., o.a.) are rarely followed
# by a capital, which is good enough for "same sentence" tests.
_SENTENCE_END = re.compile(r"(?<!\bnr)(?<!\bc\.s)(?<!\bblz)[.!?][\"'”’)]*\s+(?=[A-Z«\"'])|\n\s*\n")


def sentence_start(text: str, pos: int, limit: int = 600) -> int:
    """Offset where the sentence holding ``pos`` starts (at most ``limit`` back)."""
    lo = max(0, pos - limit)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def crosses_sentence(text: str, start: int, end: int) -> bool:
    """True if a sentence boundary lies between ``start`` and ``end``."""
    return _SENTENCE_END.search(text, start, end) is not None
