"""The terminal forms of ``vragenronde report`` and ``commitments``, in the interface's language.

:func:`report_table` writes the overview of :func:`parsers.library.report.build_report`
as a table with a small stacked bar per row and, under it, what the bars
and the short column headings mean; :func:`commitments_text` writes the
register of commitments as a list, earliest deadline first, with a count
at the end. The CSV, Markdown and JSON forms are data and stay in
:mod:`parsers.library.report` (English column names).

Group names, ministries, factions and the commitments themselves are the
documents' text: never translated; the caller makes them safe for a
terminal.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from parsers.library.report import COLUMNS, NO_GROUP, TOTAL

from .i18n import N_, _, ngettext

__all__ = ["BAR_WIDTH", "commitments_text", "report_table"]

#: The width of the bar of the largest row.
BAR_WIDTH = 24
#: Bar glyphs per audit column, in the order the bar stacks them.
BAR_UNICODE = {"answered": "█", "partly": "▓", "deferred": "▒", "by_reference": "░",
               "unanswered": "×", "unsure": "?", "no_answer": "·"}
BAR_ASCII = {"answered": "#", "partly": "+", "deferred": "~", "by_reference": "-",
             "unanswered": "x", "unsure": "?", "no_answer": "."}
BAR_ORDER = tuple(BAR_UNICODE)

#: What each column counts (the legend under the table).
HEADINGS = {
    "asked": N_("gesteld"), "answered": N_("beantwoord"), "partly": N_("deels"),
    "deferred": N_("uitgesteld"), "by_reference": N_("met verwijzing"), "unanswered": N_("onbeantwoord"),
    "unsure": N_("onzeker"), "no_answer": N_("geen antwoord"), "commitments": N_("toezeggingen"),
    "due": N_("lopend"), "overdue": N_("te laat"),
}
#: Short column headings (explained under the table when they differ).
SHORT = {
    "asked": N_("gest"), "answered": N_("beantw"), "partly": N_("deels"), "deferred": N_("uitgest"),
    "by_reference": N_("verw"), "unanswered": N_("onbeantw"), "unsure": N_("onzeker"),
    "no_answer": N_("geen"), "commitments": N_("toez"), "due": N_("lopend"), "overdue": N_("laat"),
}
#: The first column's heading per grouping.
GROUPED_BY = {"faction": N_("fractie"), "asker": N_("vragensteller"), "ministry": N_("ministerie"),
              "month": N_("maand")}
#: The group of questions without one (the data's English name → shown).
NO_GROUP_SHOWN = {"faction": N_("(geen fractie)"), "asker": N_("(geen vragensteller)"),
                  "ministry": N_("(onbekend ministerie)"), "month": N_("(geen datum)")}
GROUP_WIDTH = 32


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _bar(row: dict, most: int, glyphs: dict[str, str]) -> str:
    """A stacked bar of the row's questions, ``BAR_WIDTH`` wide for the largest row."""
    if not most or not row["asked"]:
        return ""
    width = max(1, round(BAR_WIDTH * row["asked"] / most))
    out, used, acc = [], 0, 0.0
    for col in BAR_ORDER:
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


def _group(name: str, by: str) -> str:
    if name == NO_GROUP[by]:
        return _(NO_GROUP_SHOWN[by])
    return _("totaal") if name == TOTAL else name


def report_table(rows: list[dict], total: dict, *, by: str, today: dt.date, ascii_only: bool = False) -> str:
    """The overview as a terminal table: a row per group with a bar, the total, a legend.

    Columns that are zero everywhere are left out (asked, answered and
    commitments always stay).
    """
    glyphs = BAR_ASCII if ascii_only else BAR_UNICODE
    most = max((r["asked"] for r in rows), default=0)
    shown = [c for c in COLUMNS if c in ("asked", "answered", "commitments") or total[c]]
    header = [_(GROUPED_BY[by]), *(_(SHORT[c]) for c in shown), _("vragen")]
    body = [[_cut(_group(r["group"], by), GROUP_WIDTH), *(str(r[c]) for c in shown), _bar(r, most, glyphs)]
            for r in rows]
    body.append([_group(total["group"], by), *(str(total[c]) for c in shown), ""])
    legend = "  ".join(f"{glyphs[c]} {_(HEADINGS[c])}" for c in BAR_ORDER if total[c])
    keys = ", ".join(f"{_(SHORT[c])} = {_(HEADINGS[c])}" for c in shown if _(SHORT[c]) != _(HEADINGS[c]))
    note = _("{due} = toezeggingen waarvan de termijn nog loopt; {late} = termijn vóór {today} "
             "(of een belofte is nagekomen, is niet bekend)").format(
        due=_(SHORT["due"]), late=_(SHORT["overdue"]), today=today.isoformat())
    return _table(header, body, set(range(1, len(shown) + 1))) + f"\n\n{legend}\n{keys}\n{note}\n"


#: How a commitment's state is shown in the list.
STATES = {"overdue": N_("TE LAAT"), "due": N_("lopend"), "open": N_("zonder datum")}


def commitments_text(rows: list[dict], *, width: int = 100) -> str:
    """The register as a list for the terminal, lines at most ``width`` wide (40 at least)."""
    if not rows:
        return _("geen toezeggingen") + "\n"
    out = []
    for r in rows:
        due = r["due"] or _("geen datum")
        if r["due_text"]:
            due += f" ({' '.join(r['due_text'].split())})"
        head = "  ".join(x for x in (due, _(STATES[r["state"]]) if r["state"] != "open" else "",
                                     r["ministry"] or "", f"[{r['factions']}]" if r["factions"] else "") if x)
        where = r["document"]
        if r["question_id"]:
            where += "  " + questions_text(r)
        body = textwrap.fill(" ".join(r["commitment"].split()), width=max(40, width - 4),
                             initial_indent="    ", subsequent_indent="    ")
        out += [head, f"    {where}", body, ""]
    states = {s: sum(1 for r in rows if r["state"] == s) for s in STATES}
    out.append(ngettext("{n} toezegging: {overdue} te laat, {due} lopend, {open} zonder datum",
                        "{n} toezeggingen: {overdue} te laat, {due} lopend, {open} zonder datum",
                        len(rows)).format(n=len(rows), **states))
    return "\n".join(out) + "\n"


def questions_text(row: dict) -> str:
    """``vraag 4``, or for a joint answer's commitment ``vragen 4, 6 en 7``."""
    ids = [i for i in (row.get("questions") or "").split(", ") if i]
    if len(ids) > 1:
        return _("vragen {ids}").format(ids=_("{first} en {last}").format(first=", ".join(ids[:-1]), last=ids[-1]))
    return _("vraag {id}").format(id=row["question_id"])
