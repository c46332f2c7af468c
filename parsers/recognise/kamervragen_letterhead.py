"""Letterhead fields of a ministry letter that answers Kamervragen.

A ministry letter puts its facts in a column of captioned fields, the value
on the caption's line (``Datum 12 maart 2024``, ``Onze referentie:
2024-0000123``, a table cell joined with a tab) or on the next line:

* ``Datum`` — the date of the letter;
* ``Onze referentie`` / ``Ons kenmerk`` / ``Kenmerk`` — the sender's reference;
* ``Betreft`` / ``Onderwerp`` — the subject, usually ``Antwoord op vragen
  van het lid … over …`` or ``Beantwoording Kamervragen van …``;
* ``Den Haag, 12 maart 2024`` — the place and date line of a letter.

Captions are matched in any case (``DATUM``, ``datum``) and letter-spaced as
some typesetters print them (``D A T U M``); :func:`letter_date` also finds a
captioned date inside a line, for a letterhead that lost its line breaks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dutch import DATE_RE, parse_date


def _caption(*words: str) -> str:
    """``Datum`` -> ``Datum``, ``DATUM`` or letter-spaced ``D A T U M`` /
    ``DA TU M``. A date caption may also be lower case (a date must follow
    it); the others not, so that a wrapped line ``betreft de …`` stays text."""
    out = []
    for word in words:
        out += [word, r"\s?".join(word.upper().replace(" ", ""))]
    return "(?:" + "|".join(out) + ")"


_CAPTIONS = {
    "date": rf"(?:{_caption('Datum')}|datum)",
    "reference": _caption("Onze referentie", "Ons kenmerk", "Kenmerk", "Onze kenmerk").replace(" ", r"\s+"),
    "subject": _caption("Betreft", "Onderwerp"),
}
_PLACE = r"(?:Den\s+Haag|['’]s-Gravenhage)"
_PLACE_DATE = re.compile(rf"^\s*{_PLACE}\s*,\s*(?P<date>.+)$", re.I)
#: A date caption and its date anywhere in a text: ``… DATUM 13 maart 2012
#: BETREFT …``, ``Den Haag, 12 maart 2024``; not ``sluitingsdatum`` (a word).
_INLINE_DATE = re.compile(
    rf"(?:(?<![\w-]){_CAPTIONS['date']}\s*[:\t]?|(?<![\w-]){_PLACE}\s*,)\s*(?={DATE_RE.pattern})", re.I
)
#: A line that starts with a caption, by field; its value after it.
_CAPTION_LINES = {key: re.compile(rf"^{cap}(?!\w)\s*[:\t]?\s*(?P<value>.*)$") for key, cap in _CAPTIONS.items()}
#: Captions that may stand in the line after a caption whose value is empty.
_ANY_CAPTION = re.compile(
    r"^\s*(?:Datum|Onze\s+referentie|Ons\s+kenmerk|Kenmerk|Betreft|Onderwerp|Uw\s+(?:kenmerk|brief|referentie)|"
    r"Contactpersoon|Bijlage\(?n?\)?|Projectnaam|Retouradres|Postbus|Aan\b)", re.I
)


#: The office that signs: ``De minister van Justitie en Veiligheid,``.
_OFFICE_LINE = re.compile(
    r"^(?:(?:Hoogachtend|Met\s+vriendelijke\s+groet(?:en)?),?\s+)?[Dd]e\s+(?P<office>(?:[Mm]inister|[Ss]taatssecretaris)(?:-[Pp]resident)?(?:\s+(?:van|voor)\s+[^.]{3,90}?)?)\s*,?$"
)
#: A signer's name: initials and surname (``P.H.M. Adema``, ``D. Yeşilgöz-Zegerius``).
_NAME_LINE = re.compile(
    r"^(?:(?:[A-Z]\.\s?){1,5}\s?|[A-ZÀ-Þ][a-zà-ÿ]+\s+)(?:[a-z]+\s){0,3}[A-ZÀ-Þ][\w’'-]+(?:[\s-][A-ZÀ-Þ]?[\w’'-]+){0,3}$")
#: (the given name written out, as letters are signed now: ``Barry Madlener``, ``Eddy van Hijum``)


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
        for key, caption in _CAPTION_LINES.items():
            m = caption.match(ln)
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


#: ``BETREFT <subject>`` inside a line that lost its breaks: the subject runs
#: to the salutation, the next caption or a page number (``1/5``).
_INLINE_SUBJECT = re.compile(
    rf"(?:(?<![\w-]){_CAPTIONS['subject']}|(?<=\d{{4}})\s+betreft)\s*:?\s+(?P<subject>[A-Z‘'“\"].{{8,400}}?)"
    r"(?=\s+(?:Geachte\b|(?i:uw\s+kenmerk|ons\s+kenmerk|bijlagen?\b|bijlage\(n\))|U\s?W\s?K\s?E\s?N|"
    r"O\s?N\s?S\s?K\s?E\s?N|B\s?I\s?J\s?L\s?A\s?G|BEZORGEN\b|(?:De\s+)?Voorzitter\s+van\s+de\b|"
    r"\d{1,2}/\d{1,2}\s|(?:drs|dr|mr)\.?\s+[A-Z]\.))"
)


def letter_subject(lines: list[str]) -> str | None:
    """The subject of a letter (``Betreft …``): a captioned line, else a
    caption inside a long line (a letterhead that lost its line breaks)."""
    subject = read_letterhead(lines).subject
    if subject:
        return subject
    for ln in lines:
        if len(ln) > 200:
            m = _INLINE_SUBJECT.search(ln)
            if m:
                return _tidy_subject(m["subject"])
    return None


def _tidy_subject(text: str) -> str:
    """One line; a word broken at a line end joined (``verantwoordings-
    onderzoek``); a trailing ``/`` or the end of a reference whose opening
    bracket the letterhead lost (``… 20xx-20xx, xx xxx, nr. x)``) dropped."""
    text = " ".join(text.split())
    text = re.sub(r"(?<=[a-zà-ÿ])- (?=[a-zà-ÿ])", "", text)
    text = re.sub(r"\s+/$", "", text)
    if text.endswith(")") and "(" not in text:  # the rest of ``(Tweede Kamer, vergaderjaar 20xx-20xx, …)``
        m = re.search(r"\s+(?:vergaderjaar\s+)?(?:19|20)[\dx]{2}\s*[-–]\s*(?:19|20)?[\dx]{2}\b.*$", text)
        text = text[:m.start()] if m else text[:-1]
    return text.strip(" ,;")


def subject_title(subject: str) -> str:
    """``Antwoord op vragen van het lid X over fietspaden.`` -> ``Fietspaden``:
    the part after ``over`` when there is one, else the whole subject."""
    about = re.search(r"\s+over\s+(?P<about>.+)$", subject)
    return as_title(about["about"] if about else subject)


def as_title(text: str) -> str:
    """A phrase as a title: one line, no closing ``.``/``:``, and a capital
    first letter as the Kamer prints it (``over het bericht «…»`` -> ``Het
    bericht «…»``)."""
    text = spaced(" ".join(text.split()).rstrip(" .:;,"))
    return text[:1].upper() + text[1:]


def spaced(text: str) -> str:
    """The space PDF text lost before ``(`` or ``«`` after a word put back
    (``Adriaansens(Economische Zaken)``, ``het bericht«Titel»``)."""
    return re.sub(r"(?<=[^\W\d_])(?=[(«])", " ", text)


def letter_date(text: str) -> dt.date | None:
    """The first captioned date in ``text`` (``Datum 12 maart 2024``, ``DATUM
    13 maart 2012`` inside a line, ``Den Haag, 12 maart 2024``), or None."""
    for m in _INLINE_DATE.finditer(text):
        date = parse_date(text[m.end():m.end() + 40])
        if date:
            return date
    return None
