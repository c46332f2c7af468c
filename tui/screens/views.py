"""Document-wide views: cited documents (``c``) and figures (``F``).

Both are a list in a dialog; Enter dismisses with the id of a question to
jump to (None when the item is not in a question, or on Escape).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content, Span
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..highlight import safe_text
from ..widgets.outline import first_words
from . import DIALOGS_TCSS


def _flat(text: str) -> str:
    return " ".join(safe_text(text).split())


@dataclass
class CitedDocument:
    """One cited document and where it is cited."""

    id: str
    text: str
    url: str | None
    places: list[str | None] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.places)


def cited_documents(doc) -> list[CitedDocument]:
    """Every cited document (grouped by citation id) in order of first mention."""
    by_id: dict[str, CitedDocument] = {}
    for cit in doc.citations:
        item = by_id.get(cit.id)
        if item is None:
            item = by_id[cit.id] = CitedDocument(cit.id, _flat(cit.text), cit.url)
        if item.url is None and cit.url:
            item.url = cit.url
        item.places.append(cit.question)
    return list(by_id.values())


def citation_line(item: CitedDocument) -> Content:
    """``Kamerstuk 36725 X nr. 6  ×3  SP-4, SP-6  https://…`` as Content."""
    places = ", ".join(dict.fromkeys(p or "intro" for p in item.places))
    head = f"{item.text}  ×{item.count}"
    text = f"{head}  {places}" + (f"\n    {item.url}" if item.url else "")
    return Content(text, [Span(0, len(item.text), "bold")])


def figure_line(fig) -> Content:
    """``€ 6,5 miljard  = 6500000000 EUR  SP-4`` as Content."""
    shown = _flat(fig.text)
    value = fig.value.isoformat() if hasattr(fig.value, "isoformat") else str(fig.value)
    text = f"{shown}  = {value} {safe_text(fig.unit)}  {fig.question or fig.field}"
    return Content(text, [Span(0, len(shown), "bold")])


class ListView_(ModalScreen[str | None]):
    """A titled OptionList dialog; subclasses provide the rows."""

    CSS_PATH = DIALOGS_TCSS

    BINDINGS = [Binding("escape,q", "close", "Close", id="view-close")]
    TITLE_TEXT = ""
    EMPTY_TEXT = ""

    def __init__(self, doc) -> None:
        super().__init__()
        self.doc = doc
        self.targets: list[str | None] = []

    def rows(self) -> list[tuple[Content, str | None]]:
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        rows = self.rows()
        self.targets = [t for _, t in rows]
        title = f"{self.TITLE_TEXT} ({len(rows)})"
        with Vertical(classes="dialog view-box"):
            yield Static(Content(title, [Span(0, len(title), "bold")]), classes="view-title", markup=False)
            if rows:
                yield OptionList(*[Option(c) for c, _ in rows], classes="view-list")
            else:
                yield Static(Content(self.EMPTY_TEXT), classes="view-empty", markup=False)

    def on_mount(self) -> None:
        for ol in self.query(OptionList):
            ol.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self.targets[event.option_index]
        if target is None:
            self.notify("That is not in a question (it is in the introduction or closing)", markup=False)
            return
        self.dismiss(target)

    def action_close(self) -> None:
        self.dismiss(None)


class CitationsView(ListView_):
    """Every cited document with its count and URL; Enter jumps to a place."""

    TITLE_TEXT = "Cited documents"
    EMPTY_TEXT = "No citations found in this document."

    def rows(self):
        out = []
        for item in cited_documents(self.doc):
            target = next((p for p in item.places if p), None)
            out.append((citation_line(item), target))
        return out


class FiguresView(ListView_):
    """Every figure with its value, unit and question; Enter jumps to it."""

    TITLE_TEXT = "Figures"
    EMPTY_TEXT = "No figures found in this document."

    def rows(self):
        return [(figure_line(f), f.question) for f in self.doc.figures]


class ReferencesView(ListView_):
    """The questions an answer refers to, when it refers to more than one
    (``f``): Enter follows the chosen reference."""

    TITLE_TEXT = "Follow which reference?"
    EMPTY_TEXT = "No cross-references here."

    def __init__(self, doc, refs: list) -> None:
        super().__init__(doc)
        self.refs = refs

    def rows(self):
        out = []
        for ref in self.refs:
            target = self.doc.question(ref.to)
            words = first_words(target.text, 70) if target is not None else ""
            head = f"{safe_text(ref.to)}  “{_flat(ref.text)}”"
            out.append((Content(f"{head}\n    {words}", [Span(0, len(safe_text(ref.to)), "bold")]), ref.to))
        return out
