"""A small document list for a folder: name, kind, number of questions.

Every supported file under the folder is listed at once; a thread worker
parses them one by one and fills in kind and question count. Enter opens
the reader; Escape (or backspace) in the reader comes back to the same row.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content, Span
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ..highlight import safe_text

SUPPORTED = (".txt", ".md", ".pdf", ".xml", ".html", ".docx")
#: Folders never listed (virtualenvs, caches, VCS data).
SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache"}
MAX_FILES = 2000


def find_documents(folder: Path) -> list[Path]:
    """Supported files under ``folder`` (sorted, hidden and tool folders skipped)."""
    found: list[Path] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).parts
        if any(p in SKIP_DIRS or p.startswith(".") for p in rel):
            continue
        if path.is_file() and path.suffix.lower() in SUPPORTED:
            found.append(path)
            if len(found) >= MAX_FILES:
                break
    return found


def kind_label(path: Path) -> str:
    """The file kind shown in the list (its extension)."""
    return path.suffix.lower().lstrip(".") or "?"


KIND_LABELS = {
    "nota-naar-aanleiding-van-verslag": "nota n.a.v. verslag",
    "memorie-van-antwoord": "memorie van antwoord",
    "voorlopig-verslag": "voorlopig verslag",
    "verslag-schriftelijk-overleg": "verslag schr. overleg",
    "lijst-van-vragen-en-antwoorden": "lijst vragen/antw.",
}


def row(name: str, fmt: str, kind: str, questions: str, width: int) -> Content:
    """One list row: name (padded), file format, document kind, questions."""
    name = safe_text(name)
    kind = KIND_LABELS.get(kind, kind)
    text = f"{name:<{width}}  {fmt:<4} {kind:<21} {questions:>5}".rstrip()
    return Content(text, [Span(0, len(name), "bold")])


class LibraryScreen(Screen[None]):
    """The documents under a folder."""

    is_library = True
    BINDINGS = [
        Binding("enter", "open", "Open", id="library-open", show=True),
        Binding("question_mark", "help", "Help", id="library-help", key_display="?"),
    ]

    def __init__(self, folder: str | Path) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.paths: list[Path] = []
        self.documents: dict[int, object] = {}
        self.status: dict[int, str] = {}
        self._width = 20

    def compose(self) -> ComposeResult:
        yield Static(Content(f"Documents in {safe_text(str(self.folder))}"), id="library-header", markup=False)
        yield OptionList(id="library-list")
        yield Static(Content(""), id="library-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.paths = find_documents(self.folder)
        names = [self.name_of(p) for p in self.paths]
        self._width = min(60, max([len(n) for n in names] + [8]))
        ol = self.query_one("#library-list", OptionList)
        if not self.paths:
            ol.add_option(Option(Content(f"No supported documents ({', '.join(SUPPORTED)})"), disabled=True))
        else:
            ol.add_options([Option(row(n, kind_label(p), "…", "", self._width)) for n, p in zip(names, self.paths)])
            ol.highlighted = 0
            self.parse_all()
        ol.focus()
        self._status_line()

    def name_of(self, path: Path) -> str:
        """The path relative to the listed folder."""
        return str(path.relative_to(self.folder))

    def _status_line(self) -> None:
        done = len(self.status)
        text = f"{len(self.paths)} documents"
        if done < len(self.paths):
            text += f" · parsing {done}/{len(self.paths)}"
        self.query_one("#library-status", Static).update(Content(text))

    @work(thread=True, exclusive=True, group="library")
    def parse_all(self) -> None:
        """Parse each listed file in turn (thread) and update its row."""
        worker = get_current_worker()
        for index, path in enumerate(self.paths):
            if worker.is_cancelled:
                return
            try:
                doc, error = self.app.parse_document(path), None
            except Exception as exc:  # a ParseError or a bug: show it in the row
                doc, error = None, exc
            try:
                self.app.call_from_thread(self._set_row, index, doc, error)
            except RuntimeError:  # the app is shutting down
                return

    def _set_row(self, index: int, doc, error) -> None:
        path = self.paths[index]
        ol = self.query_one("#library-list", OptionList)
        if doc is None:
            self.status[index] = f"error: {error}"
            prompt = row(self.name_of(path), kind_label(path), "error", "", self._width)
        else:
            self.documents[index] = doc
            count = len(doc.questions())
            self.status[index] = doc.meta.kind
            prompt = row(self.name_of(path), kind_label(path), doc.meta.kind, f"{count} q", self._width)
        ol.replace_option_prompt_at_index(index, prompt)
        self._status_line()

    def action_open(self) -> None:
        ol = self.query_one("#library-list", OptionList)
        if ol.highlighted is None or not self.paths:
            return
        self.open_index(ol.highlighted)

    @on(OptionList.OptionSelected, "#library-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.paths:
            self.open_index(event.option_index)

    def open_index(self, index: int) -> None:
        """Open the reader on the document in row ``index``."""
        from .reader import ReaderScreen

        self.app.push_screen(ReaderScreen(self.paths[index], document=self.documents.get(index)))

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen())
