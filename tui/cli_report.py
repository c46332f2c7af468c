"""The ``report`` and ``commitments`` commands of the ``vragenronde`` command line.

::

    vragenronde report FOLDER [--by faction|asker|ministry|month]
                              [--format table|csv|md|json] [--today DATE] [--ascii]
    vragenronde commitments FOLDER [--ministry TEXT] [--answerer TEXT] [--faction NAME]
                              [--due-before DATE] [--overdue] [--today DATE]
                              [--format table|csv|md|json]

Both first bring the folder's library index up to date (like ``search``),
then read the answer audit and the commitments from it:

* ``report`` prints, per faction (or asker, ministry, month), the questions
  asked and how their answers were judged, and the commitments made, still
  due and overdue; the table has a small stacked bar per row.
* ``commitments`` prints the register of commitments, earliest deadline
  first, filtered by ministry or answerer (a part of the name), the faction
  that asked, a deadline before a date, or overdue (deadline before today,
  or ``--today``).

The terminal table and list are made by :mod:`tui.report_text` in the
interface's language; CSV, Markdown and JSON are data (English column
names, :mod:`parsers.library.report`). Dates are ``YYYY-MM-DD``. Text goes through :func:`tui.safe_text.safe_text`;
JSON escapes control characters itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys

from .cli_library import _error, _open_library, _write
from .i18n import _
from .safe_text import safe_text

__all__ = ["add_subcommands", "cmd_commitments", "cmd_report"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("geen datum (JJJJ-MM-DD): {value}").format(value=repr(value))) from None


def _out(text: str, fmt: str) -> None:
    _write(text if fmt == "json" else safe_text(text))


def _ascii_wanted(args: argparse.Namespace) -> bool:
    if args.ascii:
        return True
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return encoding not in ("utf8", "utf16", "utf32")


def cmd_report(args: argparse.Namespace) -> int:
    """Print the overview of a folder's questions, answers and commitments."""
    from parsers.library.export import ExportError
    from parsers.library.report import build_report, format_report

    from .report_text import report_table

    today = args.today or dt.date.today()
    lib = _open_library(args.folder, args.no_cache)
    try:
        questions, commitments = lib.audit_rows()
    finally:
        lib.close()
    try:
        rows, total = build_report(questions, commitments, args.by, today)
        if args.format != "table":
            text = format_report(rows, total, args.format, by=args.by, today=today)
        elif total["asked"]:
            text = report_table(rows, total, by=args.by, today=today, ascii_only=_ascii_wanted(args))
        else:
            text = _("geen vragen in {folder}").format(folder=args.folder) + "\n"
    except ExportError as exc:
        raise _error(str(exc)) from None
    _out(text, args.format)
    return 0


def cmd_commitments(args: argparse.Namespace) -> int:
    """Print the register of commitments of a folder, with filters."""
    from parsers.library.register import CommitmentFilter
    from parsers.library.report import format_commitments

    from .report_text import commitments_text

    filters = CommitmentFilter(ministry=args.ministry, answerer=args.answerer, faction=args.faction,
                               due_before=args.due_before, overdue=args.overdue,
                               today=args.today or dt.date.today())
    lib = _open_library(args.folder, args.no_cache)
    try:
        rows = lib.commitments(filters)
    finally:
        lib.close()
    if args.format == "table":
        width = shutil.get_terminal_size((100, 24)).columns
        text = commitments_text(rows, width=min(max(width, 60), 160))
    else:
        text = format_commitments(rows, args.format)
    _out(text, args.format)
    return 0


def add_subcommands(subparsers, parents=()) -> None:
    """Add ``report`` and ``commitments`` to an argparse subparsers object (help texts
    in the interface's language: call this after :func:`tui.i18n.set_language`)."""
    parents = list(parents)

    def common(p: argparse.ArgumentParser) -> None:
        if not parents:
            p.add_argument("--no-cache", action="store_true",
                           help=_("opnieuw inlezen; de index alleen in het geheugen houden"))
        p.add_argument("folder", metavar=_("MAP"), help=_("een map met documenten"))
        p.add_argument("--format", choices=("table", "csv", "md", "json"), default="table",
                       help=_("uitvoerformaat (standaard: een tabel voor de terminal)"))
        p.add_argument("--today", type=_date, metavar=_("DATUM"),
                       help=_("tel termijnen vóór DATUM (JJJJ-MM-DD) als verstreken (standaard: vandaag)"))

    p = subparsers.add_parser(
        "report", parents=parents, help=_("overzicht per fractie, vragensteller, ministerie of maand"),
        description=_("Tel per fractie (of vragensteller, ministerie, maand) de vragen in MAP, "
                      "hoe de antwoordcontrole ze beoordeelde (beantwoord, deels, uitgesteld, met "
                      "verwijzing, onbeantwoord) en de toezeggingen: gedaan, lopend en te laat."))
    common(p)
    p.add_argument("--by", choices=("faction", "asker", "ministry", "month"), default="faction",
                   help=_("groepeer op fractie (faction, de standaard), vragensteller (asker), "
                          "ministerie (ministry) of maand (month)"))
    p.add_argument("--ascii", action="store_true",
                   help=_("ASCII-balken (ook als de uitvoer geen UTF-8 is)"))
    p.set_defaults(run=cmd_report)

    p = subparsers.add_parser(
        "commitments", parents=parents, help=_("het register van toezeggingen"),
        description=_("Toon de toezeggingen in de antwoorden in MAP, vroegste termijn eerst."))
    common(p)
    p.add_argument("--ministry", metavar=_("TEKST"), help=_("alleen dit ministerie (een deel van de naam)"))
    p.add_argument("--answerer", metavar=_("TEKST"), help=_("alleen deze beantwoorder (een deel van de naam)"))
    p.add_argument("--faction", metavar=_("NAAM"), help=_("alleen toezeggingen op vragen van deze fractie"))
    p.add_argument("--due-before", type=_date, metavar=_("DATUM"), help=_("alleen termijnen vóór DATUM"))
    p.add_argument("--overdue", action="store_true", help=_("alleen verstreken termijnen"))
    p.set_defaults(run=cmd_commitments)
