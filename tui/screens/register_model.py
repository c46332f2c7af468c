"""The register of commitments in the library: its filter line and its rows.

Pure functions (no screen): :func:`parse_filter` reads the filter line of
the register (``ministry:Defensie faction:SP due-before:2026-07-01
overdue``, Dutch names too) into a :class:`~parsers.library.register.CommitmentFilter`
and the plain words every row must hold; :func:`register_row` makes a row
of :func:`parsers.library.register.commitment_rows` into a few lines of
Content for a width. Document text in them is made safe for the terminal,
never read as markup.
"""

from __future__ import annotations

import datetime as dt
import re

from textual.content import Content, Span

from ..fit import cut_end, cut_start
from ..highlight import safe_text
from ..i18n import _, ngettext
from ..report_text import STATES, questions_text

#: Filter names (English, as on the command line, and Dutch) -> CommitmentFilter field.
FILTER_NAMES = {
    "ministry": "ministry", "ministerie": "ministry",
    "answerer": "answerer", "beantwoorder": "answerer", "wie": "answerer",
    "faction": "faction", "fractie": "faction",
    "due-before": "due_before", "voor": "due_before", "vóór": "due_before",
}
#: Words that ask for the overdue ones only.
OVERDUE_WORDS = {"overdue", "te-laat", "laat"}
_TOKEN = re.compile(r'(?P<key>[\wó-]+):(?:"(?P<quoted>[^"]*)"?|(?P<value>\S+))|"(?P<phrase>[^"]*)"?|(?P<word>\S+)')


def today() -> dt.date:
    """The day the register measures deadlines against (tests replace it)."""
    return dt.date.today()


class RegisterQuery:
    """A parsed filter line: the index's filters, plain words, problems."""

    def __init__(self) -> None:
        self.fields: dict[str, object] = {}
        self.words: list[str] = []
        self.problems: list[str] = []

    @property
    def overdue(self) -> bool:
        return bool(self.fields.get("overdue"))

    def commitment_filter(self, now: dt.date):
        """The :class:`~parsers.library.register.CommitmentFilter` of the line."""
        from parsers.library.register import CommitmentFilter

        return CommitmentFilter(today=now, **self.fields)

    def keeps(self, row: dict) -> bool:
        """Whether ``row`` holds every plain word (case-insensitive)."""
        if not self.words:
            return True
        hay = " ".join(str(row.get(k) or "") for k in (
            "commitment", "document", "publication_id", "ministry", "who", "factions", "askers",
            "question_id", "due_text")).casefold()
        return all(w.casefold() in hay for w in self.words)


def parse_filter(text: str) -> RegisterQuery:
    """``ministry:Defensie faction:SP due-before:2026-07-01 overdue wapens`` as a query.

    A value with spaces is quoted (``ministry:"Volksgezondheid, Welzijn"``);
    a date must be ``JJJJ-MM-DD`` (else a problem, and the filter is left
    out); an unknown ``name:value`` is a plain word."""
    query = RegisterQuery()
    for m in _TOKEN.finditer(text):
        key = (m.group("key") or "").casefold()
        if key in FILTER_NAMES:
            field = FILTER_NAMES[key]
            value = (m.group("quoted") if m.group("quoted") is not None else m.group("value") or "").strip()
            if not value:
                continue
            if field == "due_before":
                try:
                    query.fields[field] = dt.date.fromisoformat(value)
                except ValueError:
                    query.problems.append(_("geen datum (JJJJ-MM-DD): {value}").format(value=repr(value)))
                continue
            query.fields[field] = value
            continue
        word = m.group(0) if key else (m.group("phrase") if m.group("phrase") is not None else m.group("word"))
        word = (word or "").strip()
        if word.casefold() in OVERDUE_WORDS:
            query.fields["overdue"] = True
        elif word:
            query.words.append(word)
    return query


def with_overdue(text: str, on: bool) -> str:
    """The filter line with the overdue word added or removed."""
    kept = [m.group(0) for m in _TOKEN.finditer(text)
            if not (m.group("word") and m.group("word").casefold() in OVERDUE_WORDS)]
    if on:
        kept.append("overdue")
    return " ".join(kept)


def _flat(text: str | None) -> str:
    return " ".join(safe_text(text or "").split())


def register_row(row: dict, width: int = 10_000) -> Content:
    """Three lines within ``width`` cells:

    ``2026-07-01 (voor de zomer)  TE LAAT  Defensie  [SP]`` (the date bold,
    the state reversed when overdue), ``    nota.txt · vraag SP-4 · Minister X``
    (the path shortened from the left) and ``    the commitment`` (cut)."""
    due = row["due"] or _("geen datum")
    if row.get("due_text"):
        due += f" ({_flat(row['due_text'])})"
    state = _(STATES[row["state"]]) if row["state"] != "open" else ""
    bits = [due, state, _flat(row.get("ministry")),
            f"[{_flat(row['factions'])}]" if row.get("factions") else ""]
    first = cut_end("  ".join(b for b in bits if b), width)
    where_bits = []
    if row.get("question_id"):
        where_bits.append(safe_text(questions_text(row)))
    if row.get("who"):
        where_bits.append(_flat(row["who"]))
    tail = "".join(f" · {b}" for b in where_bits)
    path = cut_start(safe_text(row["document"]), max(12, width - 4 - len(tail)))
    second = cut_end(f"    {path}{tail}", width)
    third = "    " + cut_end(_flat(row["commitment"]), max(8, width - 4))
    spans = [Span(0, min(len(due), len(first)), "bold")]
    if row["state"] == "overdue" and state and first.find(state) >= 0:
        at = first.find(state, len(due))
        if at >= 0:
            spans.append(Span(at, at + len(state), "bold reverse"))
    return Content(f"{first}\n{second}\n{third}", spans)


def register_detail(row: dict) -> str:
    """The whole commitment, its document's path and publication id."""
    where = safe_text(row["document"])
    if row.get("publication_id"):
        where += f" ({safe_text(row['publication_id'])})"
    return f"{_flat(row['commitment'])}\n{where}"


def register_summary(rows: list[dict]) -> str:
    """``8 toezeggingen: 4 te laat, 1 lopend, 3 zonder datum``."""
    states = {s: sum(1 for r in rows if r["state"] == s) for s in STATES}
    return ngettext("{n} toezegging: {overdue} te laat, {due} lopend, {open} zonder datum",
                    "{n} toezeggingen: {overdue} te laat, {due} lopend, {open} zonder datum",
                    len(rows)).format(n=len(rows), **states)

