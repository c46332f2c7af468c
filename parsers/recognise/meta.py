"""Document metadata from the title block: house, dossier, letter, type, date."""

from __future__ import annotations

import re

from ..dutch import parse_date, session_year
from ..model import Meta
from ..source import Source
from .items import split_lines
from .kamervragen_letterhead import as_title, letter_date, letter_subject, read_letterhead, subject_title

# ``36 800 K Vaststelling van ...`` / ``36 800-K ...`` / ``29 950 Titel``
_DOSSIER = re.compile(
    r"^\s*(?P<num>\d{2}\s?\d{3}(?:-[\dA-Z]+)?)(?:\s+(?P<toev>[A-Z]{1,4}|[IVXL]+|\d{1,3}))?\s+(?P<title>[A-Z][^\n]{10,})$",
    re.M,
)
# ``F NOTA NAAR AANLEIDING ...`` (EK letter) or ``Nr. 5 VERSLAG`` (TK number)
_STUK = re.compile(
    r"^\s*(?:(?P<letter>[A-Z]{1,3})|Nr\.\s*(?P<nr>\d+))\s+(?P<type>[A-Z][A-Z ,.'()-]{6,})\s*$", re.M
)
#: How far into the document a letterhead date is looked for.
_LETTERHEAD_CHARS = 4000
_RECEIVED = re.compile(r"\b(?:Ontvangen|Vastgesteld)\s*([^\n]{6,30})")


def read_meta(source: Source) -> Meta:
    meta = Meta()
    head_blocks = source.blocks[:12]
    # one line per block: hard-wrapped title lines (PDF) are joined
    head = "\n".join(ln for b in head_blocks for ln in split_lines(b))
    meta.session_year = session_year(head)
    m = _DOSSIER.search(head)
    if m:
        num = re.sub(r"\s", "", m["num"])
        toev = m["toev"]
        meta.dossier = f"{num}-{toev}" if toev and "-" not in num else num
        meta.title = m["title"].strip()
    s = _STUK.search(head)
    if s:
        meta.document_type = " ".join(s["type"].split()).lower()
        if s["letter"]:
            meta.document_letter = s["letter"]
            meta.house = "Eerste Kamer"
        else:
            meta.document_number = s["nr"]
            meta.house = "Tweede Kamer"
    r = _RECEIVED.search(head)
    if r:
        meta.date = parse_date(r[1])
    if meta.date is None:  # a letter: ``Datum 12 maart 2024``, ``DATUM …`` inline, ``Den Haag, …``
        meta.date = letter_date(head[:_LETTERHEAD_CHARS])
    if re.search(r"Eerste\s+Kamer", head):
        meta.house = "Eerste Kamer"
    elif re.search(r"Tweede\s+Kamer", head) and not meta.house:
        meta.house = "Tweede Kamer"
    if meta.dossier and (meta.document_letter or meta.document_number):
        meta.publication_id = f"kst-{meta.dossier}-{meta.document_letter or meta.document_number}"
    return _merge_reader_meta(meta, source.meta)


def read_letter_fields(source: Source, meta: Meta) -> None:
    """The title a letter gives itself in its ``Betreft`` field and its
    reference (``Ons kenmerk``), where ``meta`` has none: an answer list of
    the Algemene Rekenkamer, a minister's letter to a committee."""
    lines = [ln[:_LETTERHEAD_CHARS] for b in source.blocks[:40] for ln in split_lines(b)][:80]
    if not meta.title:
        subject = letter_subject(lines)
        meta.title = subject_title(subject) if subject else None
    meta.reference = meta.reference or read_letterhead(lines).reference


def _merge_reader_meta(meta: Meta, given: dict[str, str]) -> Meta:
    """Fill empty fields from what the reader knew (XML metadata, PDF info),
    validated by the model so ISO dates become dates."""
    data = meta.model_dump()
    for key, value in given.items():
        if key in Meta.model_fields and data.get(key) in (None, [], "") and value:
            if key == "title":
                value = as_title(value)
            trial = {**data, key: value}
            try:
                Meta.model_validate(trial)
            except ValueError:
                continue
            data = trial
    return Meta.model_validate(data)
