"""Export from the reader and the library (``e``): Markdown, CSV or JSON.

A small dialog lists what can be exported in each format (the current
question, faction or document; the listed documents; the search results).
Enter writes the highlighted choice to the typed file name (``DIR/``: a new
file in that folder, created if needed), or, with the name left empty, to a
new file in the current folder; a notification says where. The text comes
from :mod:`parsers.library.export` and is written by
:func:`parsers.library.export_file.write_export`: an existing file is only
replaced after ``y`` to a question, the exported document never, a link is
not followed and a FIFO or device is refused (so the app never blocks on it).
The dialog and its messages are in the interface's language (:mod:`tui.i18n`);
the exported text itself is made by the parsers and the default file names
stay the same in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content, Span
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from parsers.library.export_file import ExportExists, file_stem, resolve_target, wants_folder, write_export
from parsers.library.export_file import default_path as _default_path

from ..highlight import safe_text
from ..i18n import N_, _, localise, ngettext
from . import DIALOGS_TCSS
from .confirm import ConfirmScreen

__all__ = ["ExportChoice", "ExportScreen", "default_path", "export_from_reader", "export_library_list",
           "export_search_results", "file_stem", "reader_choices", "target_path"]

FORMATS = {"md": "Markdown", "csv": "CSV", "json": "JSON"}


@dataclass(frozen=True)
class ExportChoice:
    """Something to export: a label, a default file stem, ``make(fmt) -> text``,
    and the documents it is made from (never overwritten by it)."""

    label: str
    stem: str
    make: Callable[[str], str]
    sources: tuple[Path, ...] = field(default=())


def default_path(stem: str, fmt: str, folder: Path | None = None) -> Path:
    """``<folder>/<stem>.<fmt>``, numbered (``-2``, ``-3`` …) when that name is taken."""
    return _default_path(stem, fmt, Path.cwd() if folder is None else folder)


def target_path(typed: str, stem: str, fmt: str) -> Path:
    """Where to write: the typed name (relative to the current folder; a
    folder or a name ending in ``/`` gets the default name; no extension gets
    ``.fmt``) or the default."""
    return resolve_target(typed, stem, fmt)


class ExportScreen(ModalScreen[Path | None]):
    """Choose what and which format; Enter writes; dismisses with the path."""

    CSS_PATH = DIALOGS_TCSS

    BINDINGS = [Binding("escape", "cancel", N_("Annuleren"), id="export-cancel")]

    def __init__(self, choices: list[ExportChoice]) -> None:
        super().__init__()
        self.options = [(c, fmt) for c in choices for fmt in FORMATS]

    def compose(self) -> ComposeResult:
        title = _("Exporteren")
        with Vertical(id="export-box", classes="dialog"):
            yield Static(Content(title, [Span(0, len(title), "bold")]), id="export-title", markup=False)
            yield OptionList(*[Option(Content(_("{what} als {format} (.{extension})").format(
                                 what=safe_text(c.label), format=FORMATS[f], extension=f)))
                               for c, f in self.options], id="export-list")
            yield Input(id="export-path")
            yield Static(Content(_("Enter schrijft · Tab: typ een bestandsnaam (vanuit {folder}) · Escape: "
                                   "annuleren").format(folder=safe_text(str(Path.cwd())))),
                         id="export-hint", markup=False)

    def on_mount(self) -> None:
        ol = self.query_one("#export-list", OptionList)
        ol.highlighted = 0
        ol.focus()
        self._placeholder(0)

    def _placeholder(self, index: int) -> None:
        choice, fmt = self.options[index]
        name = default_path(file_stem(choice.stem), fmt).name
        self.query_one("#export-path", Input).placeholder = _("bestandsnaam (leeg: {name})").format(name=name)

    @on(OptionList.OptionHighlighted, "#export-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._placeholder(event.option_index)

    @on(OptionList.OptionSelected, "#export-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.write(event.option_index)

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        index = self.query_one("#export-list", OptionList).highlighted
        self.write(index or 0)

    def write(self, index: int) -> None:
        """Write option ``index``; notify where (or why not) and close on success.

        An existing file is replaced only after ``y`` to a question.
        """
        choice, fmt = self.options[index]
        typed = self.query_one("#export-path", Input).value
        try:
            text = choice.make(fmt)
        except Exception as exc:  # noqa: BLE001 - ExportError, ParseError: one line to the user
            self.notify(_("Kan {what} niet exporteren: {error}").format(what=choice.label, error=localise(exc)),
                        severity="error", markup=False)
            return
        path = target_path(typed, file_stem(choice.stem), fmt)
        folder = wants_folder(typed)
        if not self._write(choice, fmt, path, text, folder, overwrite=False):
            return

        def answered(replace: bool | None) -> None:
            if replace:
                self._write(choice, fmt, path, text, folder, overwrite=True)
            else:
                self.notify(_("Niet geëxporteerd: {path} bestaat al").format(path=path), markup=False)

        self.app.push_screen(ConfirmScreen(_("{path} bestaat al. Vervangen?").format(path=path),
                                           _("y: vervangen · n of Escape: laten staan")), answered)

    def _write(self, choice: ExportChoice, fmt: str, path: Path, text: str, folder: bool,
               *, overwrite: bool) -> bool:
        """Write; on success notify and close. True when the file exists (not written)."""
        from parsers.library import ExportError

        try:
            write_export(path, text, overwrite=overwrite, sources=choice.sources, create_folder=folder)
        except ExportExists:
            return True
        except ExportError as exc:
            self.notify(_("Kan {what} niet exporteren: {error}").format(what=choice.label, error=localise(exc)),
                        severity="error", markup=False)
            return False
        self.notify(_("Geëxporteerd: {what} ({format}) naar {path}").format(
            what=choice.label, format=FORMATS[fmt], path=path), markup=False)
        self.dismiss(path)
        return False

    def action_cancel(self) -> None:
        self.dismiss(None)


def reader_choices(reader) -> list[ExportChoice]:
    """The current question, faction block and whole document of a reader."""
    from parsers.library import export_document

    doc, nav = reader.doc, reader.nav
    name = reader.library_rel or reader.path.name
    base = Path(name).stem
    q, faction = nav.current, nav.faction
    src = (Path(reader.path),)
    group = nav.group
    if len(group) > 1:  # a joint answer's questions go together, as the reader shows them
        from ..plain_parts import group_label

        ids = [m.id for m in group]
        out = [ExportChoice(group_label(group).lower(), f"{base}-{ids[0]}-{ids[-1]}",
                            lambda fmt: export_document(doc, fmt, name=name, question=ids, tr=_), src)]
    else:
        out = [ExportChoice(_("vraag {id}").format(id=q.id), f"{base}-{q.id}",
                            lambda fmt: export_document(doc, fmt, name=name, question=q.id, tr=_), src)]
    if faction is not None and faction.name:
        out.append(ExportChoice(_("fractie {name}").format(name=faction.name), f"{base}-{faction.name}",
                                lambda fmt: export_document(doc, fmt, name=name, faction=faction.name, tr=_),
                                src))
    out.append(ExportChoice(_("het document"), base, lambda fmt: export_document(doc, fmt, name=name, tr=_), src))
    return out


def export_from_reader(reader) -> None:
    """``e`` in the reader."""
    if not reader._ready():
        reader.notify(_("Niets te exporteren: er worden geen vragen getoond"), markup=False)
        return
    reader.app.push_screen(ExportScreen(reader_choices(reader)))


def export_library_list(screen) -> None:
    """``e`` in the library list: the listed documents, or the highlighted one."""
    from parsers.library import export_document, export_entries

    shown = list(screen.shown)
    if not shown:
        screen.notify(_("Niets te exporteren: de lijst is leeg"), markup=False)
        return
    choices = [ExportChoice(ngettext("de lijst van {n} document", "de lijst van {n} documenten",
                                     len(shown)).format(n=len(shown)), "library",
                            lambda fmt: export_entries(shown, fmt), tuple(e.path for e in shown))]
    entry, lib = screen.current_entry(), screen.library
    if entry is not None and entry.state != "failed" and lib is not None:
        rel = entry.rel
        choices.append(ExportChoice(_("document {name}").format(name=rel), Path(rel).stem,
                                    lambda fmt: export_document(lib.load(rel), fmt, name=rel, tr=_),
                                    (entry.path,)))
    screen.app.push_screen(ExportScreen(choices))


def export_search_results(screen) -> None:
    """``e`` in the library search: every hit of the search, as questions."""
    from parsers.library import export_rows

    hits, query, lib = list(screen.hits), screen.query_text, screen.library
    if not hits:
        screen.notify(_("Niets te exporteren: zoek eerst"), markup=False)
        return
    choice = ExportChoice(ngettext("{n} zoekresultaat", "{n} zoekresultaten", len(hits)).format(n=len(hits)),
                          f"search-{query}",
                          lambda fmt: export_rows(lib.question_rows(hits), fmt,
                                                  title=_("Zoeken: {query}").format(query=query), tr=_),
                          tuple(dict.fromkeys(h.path for h in hits)))
    screen.app.push_screen(ExportScreen([choice]))
