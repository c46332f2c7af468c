"""The overview of a library and the register of commitments, as text.

:func:`build_report` counts, per faction, asker, ministry or month, the
questions asked and how the audit judged them (answered, partly, deferred
including Mededelingen, by reference, unanswered, unsure), the questions of
documents without answers, and the commitments made, still due and overdue.
A question asked by several factions counts for each of them.

:func:`format_report` and :func:`format_commitments` write a terminal table
(with a small stacked bar per row), CSV, Markdown or JSON. Pure: no textual
or rich; document text in a table is written as it is (the caller makes it
safe for a terminal).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import textwrap
from collections import defaultdict

from .export import ExportError, to_json
from .register import SEP, ministry_key

__all__ = [
    "COLUMNS", "FORMATS", "GROUPINGS", "REGISTER_HEADER", "build_report", "format_commitments",
    "format_report",
]

GROUPINGS = ("faction", "asker", "ministry", "month")
FORMATS = ("table", "csv", "md", "json")
#: The counted columns, in order.
COLUMNS = ("asked", "answered", "partly", "deferred", "by_reference", "unanswered", "unsure",
           "no_answer", "commitments", "due", "overdue")
_HEADINGS = {
    "asked": "asked", "answered": "answered", "partly": "partly", "deferred": "deferred",
    "by_reference": "by reference", "unanswered": "unanswered", "unsure": "unsure",
    "no_answer": "no answer", "commitments": "commitments", "due": "due", "overdue": "overdue",
}
#: Short headings for the terminal table (explained under it).
_SHORT = {
    "asked": "asked", "answered": "ans", "partly": "part", "deferred": "defer", "by_reference": "ref",
    "unanswered": "unans", "unsure": "unsure", "no_answer": "noans", "commitments": "commit",
    "due": "due", "overdue": "late",
}
REGISTER_HEADER = ("due", "state", "due_text", "ministry", "who", "factions", "askers", "document",
                   "publication_id", "date", "question_id", "action", "commitment")
_NONE = {"faction": "(no faction)", "asker": "(no asker)", "ministry": "(unknown ministry)",
         "month": "(no date)"}


def _names(column: str | None) -> list[str]:
    return [n for n in (column or "").split(SEP) if n]


def _groups(by: str, factions: str | None, askers: str | None, ministry: str | None,
            month: str | None) -> list[str]:
    if by == "faction":
        return _names(factions) or [_NONE[by]]
    if by == "asker":
        return _names(askers) or _names(factions) or [_NONE[by]]
    if by == "ministry":
        return [ministry or _NONE[by]]
    return [month or _NONE[by]]


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
    return rows, {"group": "total", **total}


def _question_column(result: str | None, certain: int | None) -> str:
    if result is None:
        return "no_answer"
    if result == "unanswered" and not certain:
        return "unsure"
    return result


# ---- formats -------------------------------------------------------------------------
_BAR_UNICODE = {"answered": "█", "partly": "▓", "deferred": "▒", "by_reference": "░",
                "unanswered": "×", "unsure": "?", "no_answer": "·"}
_BAR_ASCII = {"answered": "#", "partly": "+", "deferred": "~", "by_reference": "-",
              "unanswered": "x", "unsure": "?", "no_answer": "."}
_BAR_ORDER = ("answered", "partly", "deferred", "by_reference", "unanswered", "unsure", "no_answer")
BAR_WIDTH = 24


def _bar(row: dict, most: int, glyphs: dict[str, str]) -> str:
    """A stacked bar of the row's questions, ``BAR_WIDTH`` wide for the largest row."""
    if not most or not row["asked"]:
        return ""
    width = max(1, round(BAR_WIDTH * row["asked"] / most))
    out, used, acc = [], 0, 0.0
    for col in _BAR_ORDER:
        acc += row[col] * width / row["asked"]
        n = round(acc) - used
        out.append(glyphs[col] * n)
        used += n
    return "".join(out)


def _table(header: list[str], rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _csv(header, rows) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(header), lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for row in rows:
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def _md_cell(value) -> str:
    return " ".join(str("" if value is None else value).split()).replace("|", "\\|")


def format_report(rows: list[dict], total: dict, fmt: str, *, by: str, today: dt.date,
                  ascii_only: bool = False) -> str:
    """The overview as a terminal table (with bars), CSV, Markdown or JSON."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if fmt == "json":
        return to_json({"by": by, "today": today.isoformat(), "columns": list(COLUMNS),
                        "rows": rows, "total": total})
    if fmt == "csv":
        return _csv((by, *COLUMNS), [{by: r["group"], **{c: r[c] for c in COLUMNS}} for r in [*rows, total]])
    if fmt == "md":
        head = [by, *(_HEADINGS[c] for c in COLUMNS)]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" + "---:|" * len(COLUMNS)]
        for r in [*rows, total]:
            lines.append("| " + " | ".join([_md_cell(r["group"]), *(str(r[c]) for c in COLUMNS)]) + " |")
        return "\n".join(lines) + "\n"
    glyphs = _BAR_ASCII if ascii_only else _BAR_UNICODE
    most = max((r["asked"] for r in rows), default=0)
    # the terminal table leaves out columns that are zero everywhere
    shown = [c for c in COLUMNS if c in ("asked", "answered", "commitments") or total[c]]
    header = [by, *(_SHORT[c] for c in shown), "questions"]
    body = [[_cut(r["group"], 32), *(str(r[c]) for c in shown), _bar(r, most, glyphs)] for r in rows]
    body.append([total["group"], *(str(total[c]) for c in shown), ""])
    legend = "  ".join(f"{glyphs[c]} {_HEADINGS[c]}" for c in _BAR_ORDER if total[c])
    keys = ", ".join(f"{_SHORT[c]} = {_HEADINGS[c]}" for c in shown if _SHORT[c] != _HEADINGS[c])
    note = (f"due = commitments whose deadline has not passed; late = deadline before {today.isoformat()} "
            "(whether a promise was kept is not known)")
    return (_table(header, body, set(range(1, len(shown) + 1))) + f"\n\n{legend}\n{keys}\n{note}\n")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def format_commitments(rows: list[dict], fmt: str, *, width: int = 100) -> str:
    """The register of commitments as a terminal table, CSV, Markdown or JSON."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if fmt == "json":
        return to_json(rows)
    if fmt == "csv":
        return _csv(REGISTER_HEADER, rows)
    if fmt == "md":
        cols = ("due", "state", "ministry", "factions", "document", "question_id", "commitment")
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for r in rows:
            lines.append("| " + " | ".join(_md_cell(r[c] if c != "due" else (r["due"] or r["due_text"] or ""))
                                           for c in cols) + " |")
        return "\n".join(lines) + "\n"
    if not rows:
        return "no commitments\n"
    out = []
    for r in rows:
        due = r["due"] or "no date"
        if r["due_text"]:
            due += f" ({' '.join(r['due_text'].split())})"
        head = "  ".join(x for x in (due, r["state"].upper() if r["state"] == "overdue" else r["state"],
                                     r["ministry"] or "", f"[{r['factions']}]" if r["factions"] else "") if x)
        where = f"{r['document']}" + (f"  vraag {r['question_id']}" if r["question_id"] else "")
        body = textwrap.fill(" ".join(r["commitment"].split()), width=max(40, width - 4),
                             initial_indent="    ", subsequent_indent="    ")
        out += [head, f"    {where}", body, ""]
    states = {s: sum(1 for r in rows if r["state"] == s) for s in ("overdue", "due", "open")}
    out.append(f"{len(rows)} commitments: {states['overdue']} overdue, {states['due']} due, "
               f"{states['open']} without a date")
    return "\n".join(out) + "\n"
