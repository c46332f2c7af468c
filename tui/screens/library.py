"""The library view: every document under a folder, as a sortable table.

A thread worker opens the :class:`parsers.library.Library` of the folder,
shows what its index already holds (a warm start shows the whole list at
once), then runs :meth:`~parsers.library.Library.refresh` with a progress
callback: the progress bar shows done/total and the file being parsed, and
the table fills in as documents are parsed. A failed file is a row with
its error. Keys (see :mod:`.library_keys`): Enter opens the reader (Escape
there comes back to the same row), ``s``/``S`` sort, ``/`` filters,
``ctrl+f`` searches all documents, ``e`` exports.
"""

from __future__ import annotations

import time
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Input, ProgressBar, Static
from textual.worker import get_current_worker

from ..bindings import APP_BINDINGS, LIBRARY_BINDINGS
from ..highlight import safe_text
from ..i18n import _, localise, ngettext
from ..widgets.keybar import KeyBar
from .library_model import (
    COLUMN_KEYS, COLUMNS, Plan, detail_text, filter_entries, plan_columns, row_cells, sort_entries,
)
from .library_table import LibraryTable

#: Seconds between two refills of the table while indexing.
REFILL_SECONDS = 0.5
#: Seconds between two progress bar updates while indexing.
PROGRESS_SECONDS = 0.1


class LibraryScreen(Screen[None]):
    """The documents under a folder, with indexing progress."""

    is_library = True
    BINDINGS = LIBRARY_BINDINGS

    def __init__(self, folder: str | Path) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.library = None
        self.all_entries: list = []
        #: The rows shown, in table order (sorted and filtered).
        self.shown: list = []
        self.sort_key = "file"  # path order, as the index lists them
        self.sort_reverse = False
        self.filter_text = ""
        self.indexing = True
        self.progress: tuple[int, int, str] = (0, 0, "")
        self.error: str | None = None
        self._last_refill = 0.0
        #: The columns shown and their widths (they follow the screen's width).
        self.plan: Plan = []
        self._plan_key: tuple | None = None
        self._entries_version = 0  # counts the times all_entries was replaced
        self._planned: Plan = []

    # -- layout ---------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(Content(_("Bibliotheek: {folder}").format(folder=safe_text(str(self.folder)))), id="library-header", markup=False)
        yield Input(placeholder=_("Filter: woorden in een kolom (Enter: houden, Escape: wissen)"), id="library-filter")
        yield LibraryTable(id="library-table", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="library-progress"):
            yield ProgressBar(id="library-bar", show_eta=False)
            yield Static(Content(_("De index wordt geopend …")), id="library-current", markup=False)
        yield Static(Content(""), id="library-detail", markup=False)
        yield Static(Content(""), id="library-status", markup=False)
        yield KeyBar(order=[b.id for b in LIBRARY_BINDINGS + APP_BINDINGS])

    def on_mount(self) -> None:
        self.query_one("#library-table", DataTable).focus()
        self.update_status()
        self.index_library()

    @property
    def table(self) -> LibraryTable:
        return self.query_one("#library-table", LibraryTable)

    # -- indexing (thread worker) ---------------------------------------
    def _call(self, callback, *args) -> bool:
        """Run ``callback`` on the app thread; False once the app is gone."""
        try:
            self.app.call_from_thread(callback, *args)
            return True
        except RuntimeError:
            return False

    @work(thread=True, exclusive=True, group="library-index", exit_on_error=False)
    def index_library(self) -> None:
        """Open the index, show it, then bring it up to date (progressively)."""
        worker = get_current_worker()
        lib = self.library
        try:
            if lib is None:
                lib = self.app.open_library(self.folder)
                if not self._call(self._set_library, lib, lib.entries()):
                    return
            timer = {"bar": 0.0, "rows": time.monotonic()}

            def progress(done: int, total: int, rel: str) -> None:
                now = time.monotonic()
                final = done >= total
                if not final and done and now - timer["bar"] < PROGRESS_SECONDS:
                    return
                timer["bar"] = now
                entries = None  # at the end the refresh returns them (to _indexed)
                if not final and now - timer["rows"] >= REFILL_SECONDS:
                    entries = lib.entries()
                    timer["rows"] = time.monotonic()
                self._call(self._progress, done, total, rel, entries)

            entries = lib.refresh(progress, lambda: worker.is_cancelled)
        except Exception as exc:  # noqa: BLE001 - shown in the screen, never a traceback
            message = localise(exc) or type(exc).__name__
            self._call(self._index_failed, _("Kan {folder} niet indexeren: {message}").format(folder=self.folder, message=message))
            return
        if not worker.is_cancelled:
            self._call(self._indexed, entries)

    def _set_library(self, lib, entries: list) -> None:
        self.library = lib
        if lib.warning:
            self.notify(localise(lib.warning), severity="warning", markup=False)
        self.set_entries(entries)

    def _progress(self, done: int, total: int, rel: str, entries) -> None:
        self.progress = (done, total, rel)
        self.query_one("#library-bar", ProgressBar).update(total=total, progress=done)
        text = _("Indexeren {done}/{total}").format(done=done, total=total) + (f": {safe_text(rel)}" if rel else "")
        self.query_one("#library-current", Static).update(Content(text))
        if entries is not None:
            self.set_entries(entries)
        else:
            self.update_status()

    def _indexed(self, entries: list) -> None:
        from parsers.library.scan import skipped_note

        self.indexing = False
        self.set_class(True, "-indexed")
        self.set_entries(entries)
        self.table.fill_later()  # the rows below the first screens (if not yet on their way)
        note = self.library.stats.unreadable_note(str(self.folder)) if self.library else None
        if note:  # folders the user may not read: say which, never skip them silently
            self.notify(safe_text(localise(note)), severity="warning", markup=False, timeout=10)
        stats = getattr(self.library, "stats", None)
        skipped = skipped_note(stats.skipped) if stats is not None else None
        if skipped:  # FIFOs, sockets, devices with a document's name: never opened
            self.notify(safe_text(localise(skipped)), severity="warning", markup=False)

    def _index_failed(self, message: str) -> None:
        self.indexing = False
        self.error = message
        self.set_class(True, "-indexed")
        self.table.fill_later()
        self.query_one("#library-detail", Static).update(Content(safe_text(message)))
        self.update_status()

    def action_reindex(self) -> None:
        """Look for new, changed and removed files again."""
        if self.indexing:
            self.notify(_("Het indexeren loopt al"), markup=False)
            return
        self.indexing = True
        self.set_class(False, "-indexed")
        self.index_library()

    # -- rows -----------------------------------------------------------
    def set_entries(self, entries: list) -> None:
        """Replace every entry and redraw the table (cursor stays on its file).

        Nothing is redrawn when the entries did not change (a warm library
        reports the same list three times while it checks for changes)."""
        entries = list(entries)
        if entries == self.all_entries and self.table.total == len(self.shown):
            self.show_detail()
            self.update_status()
            return
        self.all_entries = entries
        self._entries_version += 1
        self.rebuild()

    def current_entry(self):
        """The entry under the cursor, or None."""
        row = self.table.cursor_row
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def rebuild(self) -> None:
        """Sort and filter the entries into the table, keeping the cursor's file
        (the table gets the rows of its first screens now, the rest in chunks)."""
        table = self.table
        here = self.current_entry()
        keep_row = table.cursor_row
        self.shown = sort_entries(filter_entries(self.all_entries, self.filter_text),
                                  self.sort_key, self.sort_reverse)
        plan = self.column_plan()
        if plan != self.plan:
            self.plan = plan
            table.clear(columns=True)
            for col, width in plan:
                table.add_column(col.cut(_(col.label), width), width=width, key=col.key)
        row = 0
        if self.shown:
            rels = [e.rel for e in self.shown]
            row = rels.index(here.rel) if here is not None and here.rel in rels else min(keep_row, len(rels) - 1)
        table.show_rows(self.shown, lambda entry: row_cells(entry, plan), row, later=not self.indexing)
        if self.shown:
            table.move_cursor(row=max(0, row), animate=False)
        self.show_detail()
        self.update_status()

    def table_width(self) -> int:
        """Cells the columns may use: the table's width less its scroll bar."""
        width = self.table.size.width or self.app.size.width
        return max(20, width - 2)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        if self.column_plan() != self.plan:
            self.rebuild()

    def column_plan(self) -> Plan:
        """The columns for the current width and entries (worked out again
        only when either changed: sorting and filtering keep them)."""
        key = (self.table_width(), self._entries_version)
        if self._plan_key != key:
            self._plan_key = key
            self._planned = plan_columns(self.all_entries, key[0])
        return self._planned

    def show_detail(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            text = detail_text(entry)
        elif self.error:
            text = self.error
        elif self.all_entries:
            text = _("Geen document past bij “{filter}” (Escape wist het filter)").format(filter=safe_text(self.filter_text))
        elif self.indexing:
            text = _("Documenten zoeken …")
        else:
            text = _("Geen leesbare documenten (.txt, .md, .pdf, .xml, .html, .docx) in deze map")
        self.query_one("#library-detail", Static).update(Content(text))

    @on(DataTable.RowHighlighted, "#library-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_detail()

    def status_text(self) -> str:
        """``13 documenten · 1 mislukt · gesorteerd op Datum ▼ · filter “x”: 2 getoond``."""
        entries = self.all_entries
        failed = sum(e.state == "failed" for e in entries)
        text = ngettext("{n} document", "{n} documenten", len(entries)).format(n=len(entries))
        if failed:
            text += " · " + _("{n} mislukt").format(n=failed)
        label = _(next(c.label for c in COLUMNS if c.key == self.sort_key))
        arrow = ("v" if self.sort_reverse else "^") if getattr(self.app, "ascii_only", False) else (
            "▼" if self.sort_reverse else "▲")
        text += " · " + _("gesorteerd op {column} {arrow}").format(column=label, arrow=arrow)
        if self.filter_text:
            text += " · " + _("filter “{filter}”: {n} getoond").format(
                filter=safe_text(self.filter_text), n=len(self.shown))
        if self.indexing:
            done, total, _rel = self.progress
            text += " · " + _("indexeren {done}/{total}").format(done=done, total=total)
        return text

    def update_status(self) -> None:
        self.query_one("#library-status", Static).update(Content(self.status_text()))

    # -- sort and filter --------------------------------------------------
    def action_sort_next(self) -> None:
        index = COLUMN_KEYS.index(self.sort_key)
        self.sort_key = COLUMN_KEYS[(index + 1) % len(COLUMN_KEYS)]
        self.sort_reverse = False
        self.rebuild()

    def action_sort_reverse(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self.rebuild()

    def action_filter(self) -> None:
        self.set_class(True, "-filtering")
        self.set_focus(self.query_one("#library-filter", Input))

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.filter_text = event.value.strip()
        self.rebuild()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.set_class(False, "-filtering")
        self.table.focus()

    def action_clear_filter(self) -> None:
        """Escape: drop the filter and hide its input."""
        self.set_class(False, "-filtering")
        self.table.focus()
        if self.filter_text:
            self.query_one("#library-filter", Input).value = ""
            self.filter_text = ""
            self.rebuild()

    # -- opening ----------------------------------------------------------
    @on(DataTable.RowSelected, "#library-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.open_document(entry.rel)

    def open_document(self, rel: str, question: str | None = None, words: list[str] | None = None) -> None:
        """Open library document ``rel`` in the reader (at ``question``, with ``words`` found)."""
        from .reader import ReaderScreen

        ReaderScreen.open_in_library(self.app, self.library, self.folder, rel, question, words)

    def action_search(self) -> None:
        if self.library is None:
            self.notify(_("De index is nog niet geopend"), markup=False)
            return
        from .library_search import LibrarySearchScreen

        self.app.push_screen(LibrarySearchScreen(self.library))

    def action_commitments(self) -> None:
        """``t``: the register of commitments (:mod:`.library_register`)."""
        from .library_register import RegisterScreen

        if self._index_open():
            self.app.push_screen(RegisterScreen(self.library))

    def action_report(self) -> None:
        """``r``: the overview per faction, ministry, … (:mod:`.library_report`)."""
        from .library_report import ReportScreen

        if self._index_open():
            self.app.push_screen(ReportScreen(self.library))

    def _index_open(self) -> bool:
        if self.library is None:
            self.notify(_("De index is nog niet geopend"), markup=False)
        return self.library is not None

    def action_export(self) -> None:
        from .library_export import export_library_list

        export_library_list(self)

    def action_help(self) -> None:
        from .library_keys import LibraryHelpScreen

        self.app.push_screen(LibraryHelpScreen())
