"""Export from the reader and the library (``e``): Markdown, CSV or JSON.

A small dialog lists what can be exported in each format (the current
question, faction or document; the listed documents; the search results).
Enter writes the highlighted choice to the typed file name, or, with the
name left empty, to a new file in the current folder; a notification says
where. The text comes from :mod:`parsers.library.export`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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

from ..highlight import safe_text
from . import DIALOGS_TCSS

FORMATS = {"md": "Markdown", "csv": "CSV", "json": "JSON"}


@dataclass(frozen=True)
class ExportChoice:
    """Something to export: a label, a default file stem, and ``make(fmt) -> text``."""

    label: str
    stem: str
    make: Callable[[str], str]


def file_stem(text: str) -> str:
    """``text`` made safe as a file name stem (letters, digits, ``.-_``)."""
    stem = re.sub(r"[^\w.-]+", "-", text, flags=re.ASCII).strip("-.")
    return stem[:80] or "export"


def default_path(stem: str, fmt: str, folder: Path | None = None) -> Path:
    """``<folder>/<stem>.<fmt>``, numbered (``-2``, ``-3`` …) when that exists."""
    folder = Path.cwd() if folder is None else folder
    path = folder / f"{stem}.{fmt}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.{fmt}"
        n += 1
    return path


def target_path(typed: str, stem: str, fmt: str) -> Path:
    """Where to write: the typed name (relative to the current folder; a
    folder gets the default name; no extension gets ``.fmt``) or the default."""
    typed = typed.strip()
    if not typed:
        return default_path(stem, fmt)
    path = Path(typed).expanduser()
    if not path.is_absolute():
        path = Path.cwd() / path
    if path.is_dir():
        return default_path(stem, fmt, path)
    return path if path.suffix else path.with_name(f"{path.name}.{fmt}")


class ExportScreen(ModalScreen[Path | None]):
    """Choose what and which format; Enter writes; dismisses with the path."""

    CSS_PATH = DIALOGS_TCSS

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen #export-box { height: auto; max-height: 90%; }
    ExportScreen #export-title, ExportScreen #export-hint { width: 1fr; min-width: 8; height: auto; }
    ExportScreen #export-list { width: 1fr; min-width: 8; height: auto; max-height: 14; }
    ExportScreen #export-path { width: 1fr; min-width: 8; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export-cancel")]

    def __init__(self, choices: list[ExportChoice]) -> None:
        super().__init__()
        self.options = [(c, fmt) for c in choices for fmt in FORMATS]

    def compose(self) -> ComposeResult:
        title = "Export"
        with Vertical(id="export-box", classes="dialog"):
            yield Static(Content(title, [Span(0, len(title), "bold")]), id="export-title", markup=False)
            yield OptionList(*[Option(Content(f"{safe_text(c.label)} as {FORMATS[f]} (.{f})"))
                               for c, f in self.options], id="export-list")
            yield Input(id="export-path")
            yield Static(Content(f"Enter writes · Tab: type a file name (relative to {safe_text(str(Path.cwd()))})"
                                 " · Escape: cancel"), id="export-hint", markup=False)

    def on_mount(self) -> None:
        ol = self.query_one("#export-list", OptionList)
        ol.highlighted = 0
        ol.focus()
        self._placeholder(0)

    def _placeholder(self, index: int) -> None:
        choice, fmt = self.options[index]
        name = default_path(file_stem(choice.stem), fmt).name
        self.query_one("#export-path", Input).placeholder = f"file name (empty: {name})"

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
        """Write option ``index``; notify where (or why not) and close on success."""
        choice, fmt = self.options[index]
        typed = self.query_one("#export-path", Input).value
        try:
            text = choice.make(fmt)
        except Exception as exc:  # noqa: BLE001 - ExportError, ParseError: one line to the user
            self.notify(f"Cannot export {choice.label}: {exc}", severity="error", markup=False)
            return
        path = target_path(typed, file_stem(choice.stem), fmt)
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            self.notify(f"Cannot write {path}: {exc.strerror or exc}", severity="error", markup=False)
            return
        self.notify(f"Exported {choice.label} ({FORMATS[fmt]}) to {path}", markup=False)
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)


def reader_choices(reader) -> list[ExportChoice]:
    """The current question, faction block and whole document of a reader."""
    from parsers.library import export_document

    doc, nav = reader.doc, reader.nav
    name = reader.library_rel or reader.path.name
    base = Path(name).stem
    q, faction = nav.current, nav.faction
    out = [ExportChoice(f"question {q.id}", f"{base}-{q.id}",
                        lambda fmt: export_document(doc, fmt, name=name, question=q.id))]
    if faction is not None and faction.name:
        out.append(ExportChoice(f"faction {faction.name}", f"{base}-{faction.name}",
                                lambda fmt: export_document(doc, fmt, name=name, faction=faction.name)))
    out.append(ExportChoice("the document", base, lambda fmt: export_document(doc, fmt, name=name)))
    return out


def export_from_reader(reader) -> None:
    """``e`` in the reader."""
    if not reader._ready():
        reader.notify("Nothing to export: no questions are shown", markup=False)
        return
    reader.app.push_screen(ExportScreen(reader_choices(reader)))


def export_library_list(screen) -> None:
    """``e`` in the library list: the listed documents, or the highlighted one."""
    from parsers.library import export_document, export_entries

    shown = list(screen.shown)
    if not shown:
        screen.notify("Nothing to export: the list is empty", markup=False)
        return
    choices = [ExportChoice(f"the list of {len(shown)} documents", "library",
                            lambda fmt: export_entries(shown, fmt))]
    entry, lib = screen.current_entry(), screen.library
    if entry is not None and entry.state != "failed" and lib is not None:
        rel = entry.rel
        choices.append(ExportChoice(f"document {rel}", Path(rel).stem,
                                    lambda fmt: export_document(lib.load(rel), fmt, name=rel)))
    screen.app.push_screen(ExportScreen(choices))


def export_search_results(screen) -> None:
    """``e`` in the library search: every hit of the search, as questions."""
    from parsers.library import export_rows

    hits, query, lib = list(screen.hits), screen.query_text, screen.library
    if not hits:
        screen.notify("Nothing to export: search first", markup=False)
        return
    choice = ExportChoice(f"{len(hits)} search results", f"search-{query}",
                          lambda fmt: export_rows(lib.question_rows(hits), fmt, title=f"Search: {query}"))
    screen.app.push_screen(ExportScreen([choice]))
