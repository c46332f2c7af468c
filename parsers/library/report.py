"""The overview of a library and the register of commitments, as text.

:func:`build_report` counts, per faction, asker, ministry or month, the
questions asked and how the audit judged them (answered, partly, deferred
including Mededelingen, by reference, unanswered, unsure), the questions of
documents without answers, and the commitments made, still due and overdue.
A question asked by several factions counts for each of them.

:func:`format_report` and :func:`format_commitments` write CSV, Markdown or
JSON (data, with the English column names of :data:`COLUMNS` and
:data:`REGISTER_HEADER`). The terminal table, with a small stacked bar per
row, is what the user reads, in the interface's language: it is made in
:mod:`tui.report_text`. Pure: no textual or rich; document text is written as
it is (the caller makes it safe for a terminal).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict

from .export import ExportError, to_json
from .register import SEP, ministry_key

__all__ = [
    "COLUMNS", "FORMATS", "GROUPINGS", "NO_GROUP", "REGISTER_HEADER", "build_report",
    "format_commitments", "format_report",
]

GROUPINGS = ("faction", "asker", "ministry", "month")
#: The data formats made here (the terminal table is tui.report_text's).
FORMATS = ("csv", "md", "json")
#: The counted columns, in order.
COLUMNS = ("asked", "answered", "partly", "deferred", "by_reference", "unanswered", "unsure",
           "no_answer", "commitments", "due", "overdue")
_HEADINGS = {
    "asked": "asked", "answered": "answered", "partly": "partly", "deferred": "deferred",
    "by_reference": "by reference", "unanswered": "unanswered", "unsure": "unsure",
    "no_answer": "no answer", "commitments": "commitments", "due": "due", "overdue": "overdue",
}
REGISTER_HEADER = ("due", "state", "due_text", "ministry", "who", "factions", "askers", "document",
                   "publication_id", "date", "question_id", "action", "commitment", "questions")
#: The group of the questions without a faction, asker, ministry or date.
NO_GROUP = {"faction": "(no faction)", "asker": "(no asker)", "ministry": "(unknown ministry)",
            "month": "(no date)"}
#: The name of the total row.
TOTAL = "total"


def _names(column: str | None) -> list[str]:
    return [n for n in (column or "").split(SEP) if n]


def _groups(by: str, factions: str | None, askers: str | None, ministry: str | None,
            month: str | None) -> list[str]:
    if by == "faction":
        return _names(factions) or [NO_GROUP[by]]
    if by == "asker":
        return _names(askers) or _names(factions) or [NO_GROUP[by]]
    if by == "ministry":
        return [ministry or NO_GROUP[by]]
    return [month or NO_GROUP[by]]


def build_report(questions: list[tuple], commitments: list[tuple], by: str = "faction",
                 today: dt.date | None = None) -> tuple[list[dict], dict]:
    """(rows, total): one row per group, most questions first, and the totals.

    ``questions`` and ``commitments`` are :func:`parsers.library.register.audit_rows`."""
    if by not in GROUPINGS:
        raise ExportError(f"unknown grouping {by!r}; use {', '.join(GROUPINGS)}")
    today_iso = (today or dt.date.today()).isoformat()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COLUMNS, 0))
    names: dict[str, str] = {}
    total = dict.fromkeys(COLUMNS, 0)

    def bump(group: str, column: str) -> None:
        key = ministry_key(group) if by == "ministry" else group.casefold()
        names.setdefault(key, group)
        counts[key][column] += 1

    for factions, askers, ministry, month, result, certain in questions:
        column = _question_column(result, certain)
        total["asked"] += 1
        total[column] += 1
        for g in _groups(by, factions, askers, ministry, month):
            bump(g, "asked")
            bump(g, column)
    for factions, askers, ministry, month, due in commitments:
        state = None if due is None else ("overdue" if due < today_iso else "due")
        total["commitments"] += 1
        if state:
            total[state] += 1
        for g in _groups(by, factions, askers, ministry, month):
            bump(g, "commitments")
            if state:
                bump(g, state)
    order = (lambda k: k) if by == "month" else (lambda k: (-counts[k]["asked"], names[k].casefold()))
    rows = [{"group": names[k], **counts[k]} for k in sorted(counts, key=order)]
    return rows, {"group": TOTAL, **total}


def _question_column(result: str | None, certain: int | None) -> str:
    if result is None:
        return "no_answer"
    if result == "unanswered" and not certain:
        return "unsure"
    return result


# ---- formats -------------------------------------------------------------------------
def _csv(header, rows) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(header), lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for row in rows:
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def _md_cell(value) -> str:
    return " ".join(str("" if value is None else value).split()).replace("|", "\\|")


def format_report(rows: list[dict], total: dict, fmt: str, *, by: str, today: dt.date) -> str:
    """The overview as CSV, Markdown or JSON."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if fmt == "json":
        return to_json({"by": by, "today": today.isoformat(), "columns": list(COLUMNS),
                        "rows": rows, "total": total})
    if fmt == "csv":
        return _csv((by, *COLUMNS), [{by: r["group"], **{c: r[c] for c in COLUMNS}} for r in [*rows, total]])
    head = [by, *(_HEADINGS[c] for c in COLUMNS)]  # md
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" + "---:|" * len(COLUMNS)]
    for r in [*rows, total]:
        lines.append("| " + " | ".join([_md_cell(r["group"]), *(str(r[c]) for c in COLUMNS)]) + " |")
    return "\n".join(lines) + "\n"


def format_commitments(rows: list[dict], fmt: str) -> str:
    """The register of commitments as CSV, Markdown or JSON."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if fmt == "json":
        return to_json(rows)
    if fmt == "csv":
        return _csv(REGISTER_HEADER, rows)
    cols = ("due", "state", "ministry", "factions", "document", "question_id", "commitment")  # md
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        lines.append("| " + " | ".join(_md_cell(r[c] if c != "due" else (r["due"] or r["due_text"] or ""))
                                       for c in cols) + " |")
    return "\n".join(lines) + "\n"
