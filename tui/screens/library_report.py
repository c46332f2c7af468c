"""The overview of a library (``r`` in the document list).

Per faction, asker, ministry or month (``g`` goes to the next grouping):
the questions asked and how the answer audit judged them, and the
commitments made, still due and overdue, with a small stacked bar per row:
what ``vragenronde report FOLDER`` prints, counted by the same code
(:func:`parsers.library.report.build_report` on the library index's rows),
in a thread worker, never on the UI thread. Enter on a faction or ministry
opens the register of commitments filtered by it.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ..bindings import APP_BINDINGS, REPORT_BINDINGS
from ..highlight import safe_text
from ..i18n import _
from ..fit import cut_end
from ..report_text import (
    BAR_ASCII, BAR_ORDER, BAR_UNICODE, BAR_WIDTH, GROUP_WIDTH, GROUPED_BY, HEADINGS, SHORT, _bar, _group,
)
from ..widgets.keybar import KeyBar
from . import LIBRARY_VIEWS_TCSS, register_model

#: The groupings ``g`` goes through, in order.
GROUPINGS = ("faction", "asker", "ministry", "month")
#: The register filter a row of a grouping opens (none for askers and months).
REGISTER_FILTER = {"faction": "faction", "ministry": "ministry"}


def report_columns(total: dict) -> list[str]:
    """The counted columns shown: asked, answered and commitments always,
    the others when they are not zero everywhere (as ``vragenronde report``)."""
    from parsers.library.report import COLUMNS

    return [c for c in COLUMNS if c in ("asked", "answered", "commitments") or total[c]]


def fit_plan(names: list[str], columns: list[str], width: int) -> tuple[int, bool]:
    """(group column width, whether the bar fits) for a table ``width`` cells wide.

    Group names are shown whole when they fit beside the counts and the bar,
    else cut, to :data:`~tui.report_text.GROUP_WIDTH` (the command line's
    table) if need be; when even that does not fit, the bar is left out
    and the names are cut to what is left (10 at least)."""
    cell = 2  # DataTable's padding per cell
    counts = sum(max(len(_(SHORT[c])), 3) + cell for c in columns)
    full = max([len(_("totaal")), *(len(n) for n in names)])
    room = width - 2  # the vertical scroll bar
    beside_bar = room - counts - (BAR_WIDTH + cell) - cell
    if beside_bar >= min(full, GROUP_WIDTH):
        return min(full, beside_bar), True
    return max(10, min(full, room - counts - cell)), False


def report_cells(row: dict, columns: list[str], by: str, most: int, ascii_only: bool,
                 group_width: int = GROUP_WIDTH, with_bar: bool = True) -> list[Text]:
    """One table row: the group (cut to ``group_width``), its counts, its bar
    (``Text`` cells: DataTable would read a ``str`` as markup)."""
    name = cut_end(safe_text(_group(row["group"], by)), group_width)
    cells = [Text(name), *(Text(str(row[c]), justify="right") for c in columns)]
    if with_bar:
        cells.append(Text(_bar(row, most, BAR_ASCII if ascii_only else BAR_UNICODE) if row["group"] != "total" else ""))
    return cells


def legend_text(total: dict, columns: list[str], today, ascii_only: bool, with_bar: bool = True) -> str:
    """What the bar glyphs (when the bar is shown), the short headings and due/overdue mean."""
    glyphs = BAR_ASCII if ascii_only else BAR_UNICODE
    bars = "  ".join(f"{glyphs[c]} {_(HEADINGS[c])}" for c in BAR_ORDER if total[c]) if with_bar else ""
    keys = ", ".join(f"{_(SHORT[c])} = {_(HEADINGS[c])}" for c in columns if _(SHORT[c]) != _(HEADINGS[c]))
    note = _("{due} = toezeggingen waarvan de termijn nog loopt; {late} = termijn vóór {today} "
             "(of een belofte is nagekomen, is niet bekend)").format(
        due=_(SHORT["due"]), late=_(SHORT["overdue"]), today=today.isoformat())
    return "\n".join(x for x in (bars, keys, note) if x)


class ReportScreen(Screen[None]):
    """Counts per faction, asker, ministry or month of a library."""

    BINDINGS = REPORT_BINDINGS
    CSS_PATH = LIBRARY_VIEWS_TCSS

    def __init__(self, library, by: str = "faction") -> None:
        super().__init__()
        self.library = library
        self.by = by
        self.rows: list[dict] = []
        self.total: dict | None = None
        self._filled_width = 0
        self.today = None
        self.reading = True

    def compose(self) -> ComposeResult:
        yield Static(Content(""), id="report-header", markup=False)
        yield DataTable(id="report-table", cursor_type="row", zebra_stripes=True)
        yield Static(Content(""), id="report-legend", markup=False)
        yield Static(Content(_("Het overzicht wordt geteld …")), id="report-status", markup=False)
        yield KeyBar(order=[b.id for b in REPORT_BINDINGS + APP_BINDINGS])

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.load()

    def header_text(self) -> str:
        return _("Overzicht van {folder} per {grouping}").format(
            folder=safe_text(str(self.library.folder)), grouping=_(GROUPED_BY[self.by]))

    # -- counting (thread worker) ---------------------------------------------
    def load(self) -> None:
        """Count the overview for the current grouping (in a thread)."""
        self.reading = True
        self.query_one("#report-header", Static).update(Content(self.header_text()))
        self._count(self.by, register_model.today())

    @work(thread=True, exclusive=True, group="report", exit_on_error=False)
    def _count(self, by: str, now) -> None:
        from parsers.library.report import build_report

        try:
            questions, commitments = self.library.audit_rows()
            rows, total = build_report(questions, commitments, by, now)
        except Exception as exc:  # noqa: BLE001 - shown in the screen, never a traceback
            self._call(self._failed, " ".join(str(exc).split()) or type(exc).__name__)
            return
        self._call(self._show, by, rows, total, now)

    def _call(self, callback, *args) -> None:
        try:
            self.app.call_from_thread(callback, *args)
        except RuntimeError:  # the app is gone
            pass

    def _show(self, by: str, rows: list[dict], total: dict, now) -> None:
        if by != self.by:  # a later grouping was asked for meanwhile
            return
        self.reading = False
        self.rows, self.total, self.today = rows, total, now
        self.fill_table()
        if total["asked"]:
            status = _("vragen: {n} · toezeggingen: {c} · g: andere groepering · Enter: de toezeggingen").format(
                n=total["asked"], c=total["commitments"])
        else:
            status = _("Geen vragen in de geïndexeerde documenten.")
        self.query_one("#report-status", Static).update(Content(status))

    def fill_table(self) -> None:
        """The table for the counted rows, its columns fitted to the width."""
        if self.total is None:
            return
        ascii_only = getattr(self.app, "ascii_only", False)
        columns = report_columns(self.total)
        table = self.query_one(DataTable)
        width = table.size.width or self.app.size.width
        self._filled_width = width
        group_width, with_bar = fit_plan([_group(r["group"], self.by) for r in self.rows], columns, width)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_column(Text(_(GROUPED_BY[self.by])), key="group")
        for c in columns:
            table.add_column(Text(_(SHORT[c]), justify="right"), key=c)
        if with_bar:
            table.add_column(Text(_("vragen")), key="bar")
        most = max((r["asked"] for r in self.rows), default=0)
        table.add_rows(report_cells(r, columns, self.by, most, ascii_only, group_width, with_bar)
                       for r in [*self.rows, self.total])
        if self.rows:
            table.move_cursor(row=min(row, len(self.rows)), animate=False)
        legend = legend_text(self.total, columns, self.today, ascii_only, with_bar) if self.total["asked"] else ""
        self.query_one("#report-legend", Static).update(Content(legend))

    def on_resize(self) -> None:
        self.call_after_refresh(self._refit)

    def _refit(self) -> None:
        table = self.query_one(DataTable)
        if self.total is not None and table.size.width and table.size.width != self._filled_width:
            self.fill_table()

    def _failed(self, message: str) -> None:
        self.reading = False
        self.query_one("#report-status", Static).update(Content(safe_text(message)))

    # -- keys -----------------------------------------------------------------
    def action_next_grouping(self) -> None:
        self.by = GROUPINGS[(GROUPINGS.index(self.by) + 1) % len(GROUPINGS)]
        self.load()

    @on(DataTable.RowSelected, "#report-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.open_row(event.cursor_row)

    def action_open(self) -> None:
        self.open_row(self.query_one(DataTable).cursor_row)

    def open_row(self, index: int) -> None:
        """The register of commitments of the faction or ministry of row ``index``."""
        from parsers.library.report import NO_GROUP

        if self.reading or not (0 <= index < len(self.rows)):
            return
        field = REGISTER_FILTER.get(self.by)
        group = self.rows[index]["group"]
        if field is None or group == NO_GROUP[self.by]:
            self.notify(_("De toezeggingen zijn te filteren op fractie en ministerie: g wisselt de groepering"),
                        markup=False)
            return
        from .library_register import RegisterScreen

        value = group.replace('"', "")
        self.app.push_screen(RegisterScreen(self.library, f'{field}:"{value}"'))

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_help(self) -> None:
        from .library_keys import LibraryHelpScreen

        self.app.push_screen(LibraryHelpScreen())
