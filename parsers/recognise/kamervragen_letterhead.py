"""Letterhead fields of a ministry letter that answers Kamervragen.

A ministry letter puts its facts in a column of captioned fields, the value
on the caption's line (``Datum 12 maart 2024``, ``Onze referentie:
2024-0000123``, a table cell joined with a tab) or on the next line:

* ``Datum`` — the date of the letter;
* ``Onze referentie`` / ``Ons kenmerk`` / ``Kenmerk`` — the sender's reference;
* ``Betreft`` / ``Onderwerp`` — the subject, usually ``Antwoord op vragen
  van het lid … over …`` or ``Beantwoording Kamervragen van …``;
* ``Den Haag, 12 maart 2024`` — the place and date line of a letter.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dutch import parse_date

_CAPTIONS = {
    "date": r"Datum",
    "reference": r"(?:Onze\s+referentie|Ons\s+kenmerk|Kenmerk|Onze\s+kenmerk)",
    "subject": r"(?:Betreft|Onderwerp)",
}
_PLACE_DATE = re.compile(r"^\s*(?:Den\s+Haag|['’]s-Gravenhage)\s*,\s*(?P<date>.+)$")
#: Captions that may stand in the line after a caption whose value is empty.
_ANY_CAPTION = re.compile(
    r"^\s*(?:Datum|Onze\s+referentie|Ons\s+kenmerk|Kenmerk|Betreft|Onderwerp|Uw\s+(?:kenmerk|brief|referentie)|"
    r"Contactpersoon|Bijlage\(?n?\)?|Projectnaam|Retouradres|Postbus|Aan\b)", re.I
)


#: The office that signs: ``De minister van Justitie en Veiligheid,``.
_OFFICE_LINE = re.compile(
    r"^De\s+(?P<office>(?:[Mm]inister|[Ss]taatssecretaris)(?:-[Pp]resident)?(?:\s+(?:van|voor)\s+[^.]{3,90}?)?)\s*,?$"
)
#: A signer's name: initials and surname (``P.H.M. Adema``, ``D. Yeşilgöz-Zegerius``).
_NAME_LINE = re.compile(r"^(?:[A-Z]\.\s?){1,5}\s?(?:[a-z]+\s){0,3}[A-ZÀ-Þ][\w’'-]+(?:[\s-][A-ZÀ-Þ]?[\w’'-]+){0,3}$")


def read_signature(lines: list[str]) -> tuple[str | None, str | None]:
    """(office, name) of a letter's signature, e.g. (``minister van
    Landbouw, Natuur en Voedselkwaliteit``, ``P.H.M. Adema``)."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    for i, ln in enumerate(lines[:-1]):
        m = _OFFICE_LINE.match(ln)
        if m and _NAME_LINE.match(lines[i + 1]):
            return m["office"], lines[i + 1]
    return None, None


@dataclass
class Letterhead:
    date: dt.date | None = None
    reference: str | None = None
    subject: str | None = None


def read_letterhead(lines: list[str]) -> Letterhead:
    """The captioned fields of ``lines`` (header lines, one per paragraph)."""
    out = Letterhead()
    lines = [ln.strip() for ln in lines if ln.strip()]
    for i, ln in enumerate(lines):
        for key, cap in _CAPTIONS.items():
            m = re.match(rf"^{cap}\b\s*[:\t]?\s*(?P<value>.*)$", ln)
            if not m or getattr(out, key) is not None:
                continue
            value = m["value"].strip()
            if not value and i + 1 < len(lines) and not _ANY_CAPTION.match(lines[i + 1]):
                value = lines[i + 1]
            if not value:
                continue
            if key == "date":
                out.date = parse_date(value) if len(value) < 40 else None
            elif key == "reference":
                if len(value) <= 40 and re.search(r"\d", value):
                    out.reference = value
            else:
                out.subject = value
    if out.date is None:
        for ln in lines:
            m = _PLACE_DATE.match(ln)
            if m and len(m["date"]) < 30:
                out.date = parse_date(m["date"])
                if out.date:
                    break
    return out
