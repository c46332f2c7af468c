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

Dates are ``YYYY-MM-DD``. Text goes through :func:`tui.safe_text.safe_text`;
JSON escapes control characters itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys

from .cli_library import _error, _open_library, _write
from .safe_text import safe_text

__all__ = ["add_subcommands", "cmd_commitments", "cmd_report"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


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

    today = args.today or dt.date.today()
    lib = _open_library(args.folder, args.no_cache)
    try:
        questions, commitments = lib.audit_rows()
    finally:
        lib.close()
    try:
        rows, total = build_report(questions, commitments, args.by, today)
        text = format_report(rows, total, args.format, by=args.by, today=today,
                             ascii_only=_ascii_wanted(args))
    except ExportError as exc:
        raise _error(str(exc)) from None
    if not total["asked"] and args.format == "table":
        text = f"no questions in {args.folder}\n"
    _out(text, args.format)
    return 0


def cmd_commitments(args: argparse.Namespace) -> int:
    """Print the register of commitments of a folder, with filters."""
    from parsers.library.register import CommitmentFilter
    from parsers.library.report import format_commitments

    filters = CommitmentFilter(ministry=args.ministry, answerer=args.answerer, faction=args.faction,
                               due_before=args.due_before, overdue=args.overdue,
                               today=args.today or dt.date.today())
    lib = _open_library(args.folder, args.no_cache)
    try:
        rows = lib.commitments(filters)
    finally:
        lib.close()
    width = shutil.get_terminal_size((100, 24)).columns
    _out(format_commitments(rows, args.format, width=min(max(width, 60), 160)), args.format)
    return 0


def add_subcommands(subparsers, parents=()) -> None:
    """Add ``report`` and ``commitments`` to an argparse subparsers object."""
    parents = list(parents)

    def common(p: argparse.ArgumentParser) -> None:
        if not parents:
            p.add_argument("--no-cache", action="store_true",
                           help="parse again; keep the index in memory only")
        p.add_argument("folder", metavar="FOLDER", help="a folder of documents")
        p.add_argument("--format", choices=("table", "csv", "md", "json"), default="table",
                       help="output format (default: a table for the terminal)")
        p.add_argument("--today", type=_date, metavar="DATE",
                       help="count deadlines before DATE (YYYY-MM-DD) as overdue (default: today)")

    p = subparsers.add_parser(
        "report", parents=parents, help="overview per faction, asker, ministry or month",
        description="Count, per faction (or asker, ministry, month), the questions asked in FOLDER, "
        "how the answer audit judged them (answered, partly, deferred, by reference, unanswered), "
        "and the commitments made, due and overdue.")
    common(p)
    p.add_argument("--by", choices=("faction", "asker", "ministry", "month"), default="faction",
                   help="group by (default faction)")
    p.add_argument("--ascii", action="store_true", help="ASCII bars (also when output is not UTF-8)")
    p.set_defaults(run=cmd_report)

    p = subparsers.add_parser(
        "commitments", parents=parents, help="the register of commitments (toezeggingen)",
        description="List the commitments found in the answers in FOLDER, earliest deadline first.")
    common(p)
    p.add_argument("--ministry", metavar="TEXT", help="only this ministry (a part of its name)")
    p.add_argument("--answerer", metavar="TEXT", help="only this answerer (a part of the name)")
    p.add_argument("--faction", metavar="NAME", help="only commitments to questions of this faction")
    p.add_argument("--due-before", type=_date, metavar="DATE", help="only deadlines before DATE")
    p.add_argument("--overdue", action="store_true", help="only deadlines that have passed")
    p.set_defaults(run=cmd_commitments)
