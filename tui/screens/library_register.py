"""The register of commitments of a library (``t`` in the document list).

Every commitment (*toezegging*) in the answers of the library's documents,
earliest deadline first, as ``vragenronde commitments FOLDER`` lists them,
read from the library index in a thread worker (never on the UI thread).
The filter line (``/``) takes ``ministry:``, ``answerer:``, ``faction:``,
``due-before:`` and ``overdue`` (or their Dutch names, see
:mod:`.register_model`) and plain words; ``o`` turns "overdue only" on and
off. Overdue is relative to today (:func:`.register_model.today`). Enter
opens the reader at the question, its answer scrolled to the sentence.
"""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.worker import get_current_worker

from ..bindings import APP_BINDINGS, REGISTER_BINDINGS
from ..highlight import safe_text
from ..i18n import _
from ..widgets.fitted_list import FittedList
from ..widgets.keybar import KeyBar
from . import LIBRARY_VIEWS_TCSS, register_model
from .register_model import parse_filter, register_detail, register_row, register_summary, with_overdue


def scroll_to_commitment(reader, question: str | None, text: str) -> None:
    """In a loaded reader: go to ``question`` and scroll its answer to the
    commitment sentence ``text`` (found among the document's commitments)."""
    from .library_links import show_found

    show_found(reader, question, [])
    flat = " ".join(text.split())
    for com in getattr(reader.doc, "commitments", ()):
        if com.question == question and " ".join(com.text.split()) == flat:
            pane = reader.query_one("#answer-pane")
            reader.call_after_refresh(pane.scroll_to_source, com.start)
            return


class RegisterScreen(Screen[None]):
    """The commitments of every document of a library, with filters."""

    BINDINGS = REGISTER_BINDINGS
    CSS_PATH = LIBRARY_VIEWS_TCSS

    def __init__(self, library, filter_text: str = "") -> None:
        super().__init__()
        self.library = library
        self.filter_text = filter_text
        self.rows: list[dict] = []
        self.reading = True
        self.problem = ""

    def compose(self) -> ComposeResult:
        where = safe_text(str(self.library.folder))
        yield Static(Content(_("Toezeggingen in {folder}").format(folder=where)), id="register-header",
                     markup=False)
        yield Input(value=self.filter_text, id="register-filter",
                    placeholder=_("ministry:Defensie faction:SP due-before:2026-07-01 overdue, of woorden (Enter)"))
        yield FittedList(self._row_contents, max(20, self.app.size.width - 6), id="register-list")
        yield Static(Content(""), id="register-detail", markup=False)
        yield Static(Content(_("Toezeggingen worden gelezen …")), id="register-status", markup=False)
        yield KeyBar(order=[b.id for b in REGISTER_BINDINGS + APP_BINDINGS])

    def on_mount(self) -> None:
        self.results.focus()
        self.load()

    @property
    def results(self) -> FittedList:
        return self.query_one("#register-list", FittedList)

    def _row_contents(self, width: int) -> list[Content]:
        return [register_row(r, width) for r in self.rows]

    # -- reading (thread worker) ------------------------------------------
    def load(self) -> None:
        """Read the register for the current filter line (in a thread)."""
        query = parse_filter(self.filter_text)
        self.problem = "; ".join(query.problems)
        self.reading = True
        self._read(query, register_model.today())

    @work(thread=True, exclusive=True, group="register", exit_on_error=False)
    def _read(self, query, now) -> None:
        try:
            rows = [r for r in self.library.commitments(query.commitment_filter(now)) if query.keeps(r)]
        except Exception as exc:  # noqa: BLE001 - shown in the screen, never a traceback
            message = " ".join(str(exc).split()) or type(exc).__name__
            self._call(self._failed, message)
            return
        if not get_current_worker().is_cancelled:  # a newer filter is being read
            self._call(self._show, rows, now)

    def _call(self, callback, *args) -> None:
        try:
            self.app.call_from_thread(callback, *args)
        except RuntimeError:  # the app is gone
            pass

    def _show(self, rows: list[dict], now) -> None:
        self.reading = False
        self.rows = rows
        self.results.refit()
        if rows:
            self.results.highlighted = 0
        self._show_detail(0 if rows else None)
        self.set_status(now)

    def _failed(self, message: str) -> None:
        self.reading = False
        self.rows = []
        self.results.refit()
        self.query_one("#register-status", Static).update(Content(safe_text(message)))

    def status_text(self, now) -> str:
        """``8 toezeggingen: 4 te laat, … · filter “…” · vandaag 2026-12-02``."""
        text = register_summary(self.rows)
        if self.filter_text.strip():
            text += " · " + _("filter “{filter}”").format(filter=safe_text(self.filter_text.strip()))
        text += " · " + _("te laat ten opzichte van {today}").format(today=now.isoformat())
        if self.problem:
            text = safe_text(self.problem) + " · " + text
        return text

    def set_status(self, now) -> None:
        self.query_one("#register-status", Static).update(Content(self.status_text(now)))

    def _show_detail(self, index: int | None) -> None:
        detail = self.query_one("#register-detail", Static)
        if index is None or not (0 <= index < len(self.rows)):
            text = "" if self.rows else _("Geen toezeggingen die bij het filter passen.") if (
                self.filter_text.strip()) else _("Geen toezeggingen in de geïndexeerde documenten.")
        else:
            text = register_detail(self.rows[index])
        detail.update(Content(text))

    @on(OptionList.OptionHighlighted, "#register-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail(event.option_index)

    # -- filter -------------------------------------------------------------
    @on(Input.Submitted, "#register-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.filter_text = event.value.strip()
        self.results.focus()
        self.load()

    def action_edit_filter(self) -> None:
        self.set_focus(self.query_one("#register-filter", Input))

    def action_toggle_overdue(self) -> None:
        """Only the overdue commitments, or all again."""
        self.filter_text = with_overdue(self.filter_text, not parse_filter(self.filter_text).overdue)
        self.query_one("#register-filter", Input).value = self.filter_text
        self.load()

    # -- opening ----------------------------------------------------------------
    @on(OptionList.OptionSelected, "#register-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_row(event.option_index)

    def action_open(self) -> None:
        index = self.results.highlighted
        if index is not None and self.rows:
            self.open_row(index)

    def open_row(self, index: int) -> None:
        """Open the reader at the question of row ``index``, at the commitment."""
        from functools import partial

        from .reader import ReaderScreen

        row = self.rows[index]
        reader = ReaderScreen.open_in_library(self.app, self.library, self.library.folder, row["document"],
                                              row["question_id"])
        reader.after_load = partial(scroll_to_commitment, question=row["question_id"], text=row["commitment"])

    def action_close(self) -> None:
        """Escape: from the filter line back to the list; from the list back."""
        if isinstance(self.focused, Input):
            self.results.focus()
            return
        self.app.pop_screen()

    def action_help(self) -> None:
        from .library_keys import LibraryHelpScreen

        self.app.push_screen(LibraryHelpScreen())
