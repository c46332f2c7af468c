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

from ..fit import cut_end, cut_middle, join_fitting
from ..highlight import safe_text
from ..i18n import N_, _
from ..widgets.fitted_list import FittedList
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


def citation_line(item: CitedDocument, width: int = 10_000) -> Content:
    """Two lines within ``width`` cells: ``Kamerstuk 36725 X nr. 6  ×3  SP-4, SP-6``
    and, indented, the URL (or the id) shortened in the middle, never wrapped."""
    places = list(dict.fromkeys(p or _("inleiding") for p in item.places))
    name = cut_end(item.text, max(8, width - 8))
    head = f"{name}  ×{item.count}"
    first = head + "  " + join_fitting(places, max(6, width - len(head) - 2))
    first = cut_end(first, width)
    second = "    " + cut_middle(item.url or item.id, max(8, width - 4))
    return Content(f"{first}\n{second}", [Span(0, min(len(name), len(first)), "bold")])


def citation_detail(item: CitedDocument) -> str:
    """The whole id and URL of a cited document (shown for the highlighted row)."""
    return f"{item.id}" + (f"\n{item.url}" if item.url else "")


#: Where a figure outside the questions stands, in words (catalog ids).
PLACES = {"intro": N_("inleiding"), "closing": N_("slot"), "title": N_("titel")}


def figure_line(fig, width: int = 10_000) -> Content:
    """``€ 6,5 miljard  = 6500000000 EUR  SP-4`` as Content, within ``width``
    (a date as ``6 maart 2024  = 2024-03-06  inleiding``: no unit, the place in words)."""
    shown = _flat(fig.text)
    value = fig.value.isoformat() if hasattr(fig.value, "isoformat") else str(fig.value)
    unit = "" if fig.kind == "date" else f" {safe_text(fig.unit)}"
    where = safe_text(fig.question) if fig.question else _(PLACES.get(fig.field, fig.field))
    text = cut_end(f"{shown}  = {value}{unit}  {where}", width)
    return Content(text, [Span(0, min(len(shown), len(text)), "bold")])


def not_in_a_question() -> str:
    return _("Dat staat niet in een vraag (maar in de inleiding of het slot)")


class ListView_(ModalScreen[str | None]):
    """A titled list dialog; subclasses provide the rows (made for a width),
    and may say more about the highlighted row in a detail line below."""

    CSS_PATH = DIALOGS_TCSS

    BINDINGS = [Binding("escape,q", "close", N_("Sluiten"), id="view-close")]
    #: Title and text for no rows: catalog ids, translated when shown.
    TITLE_TEXT = ""
    EMPTY_TEXT = ""

    def __init__(self, doc) -> None:
        super().__init__()
        self.doc = doc
        self.targets: list[str | None] = []

    def rows(self, width: int) -> list[tuple[Content, str | None]]:
        """(prompt within ``width`` cells, target) for each row."""
        raise NotImplementedError

    def detail(self, index: int) -> str:
        """More about row ``index`` (its whole id or URL), or ""."""
        return ""

    def _guess_width(self) -> int:
        """The list's width before layout (the dialog is 80% wide, at most 100)."""
        dialog = min(100, max(20, self.app.size.width * 4 // 5))
        # the dialog's border and padding, the list's border and padding, a scroll bar
        return max(8, dialog - 10)

    def compose(self) -> ComposeResult:
        rows = self.rows(self._guess_width())
        self.targets = [t for _, t in rows]
        title = f"{self.title_text()} ({len(rows)})"
        with Vertical(classes="dialog view-box" + ("" if rows else " -empty")):
            yield Static(Content(title, [Span(0, len(title), "bold")]), classes="view-title", markup=False)
            if rows:
                yield FittedList(lambda width: [c for c, _ in self.rows(width)], self._guess_width(),
                                 classes="view-list")
                yield Static(Content(""), classes="view-detail", markup=False)
            else:
                yield Static(Content(_(self.EMPTY_TEXT)), classes="view-empty", markup=False)

    def title_text(self) -> str:
        return _(self.TITLE_TEXT)

    def on_mount(self) -> None:
        for ol in self.query(OptionList):
            ol.focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        for detail in self.query(".view-detail"):
            text = self.detail(event.option_index)
            detail.update(Content(safe_text(text)))
            detail.display = bool(text)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self.targets[event.option_index]
        if target is None:
            self.notify(not_in_a_question(), markup=False)
            return
        self.dismiss(target)

    def action_close(self) -> None:
        self.dismiss(None)


class CitationsView(ListView_):
    """Every cited document with its count and URL; Enter jumps to a place;
    the highlighted document's whole id and URL show below the list."""

    TITLE_TEXT = N_("Aangehaalde documenten")
    EMPTY_TEXT = N_("Dit document haalt geen documenten aan.")

    def __init__(self, doc) -> None:
        super().__init__(doc)
        self.items = cited_documents(doc)

    def rows(self, width: int):
        return [(citation_line(item, width), next((p for p in item.places if p), None))
                for item in self.items]

    def detail(self, index: int) -> str:
        return citation_detail(self.items[index])


class FiguresView(ListView_):
    """Every figure with its value, unit and question; Enter jumps to it."""

    TITLE_TEXT = N_("Cijfers")
    EMPTY_TEXT = N_("Geen cijfers gevonden in dit document.")

    def rows(self, width: int):
        # a joint answer is repeated on each question of its group: its figures once, at the holder
        copies = {q.id for q in self.doc.questions() if q.answer is not None and q.answer.shared_with}
        return [(figure_line(f, width), f.question) for f in self.doc.figures
                if not (f.field == "answer" and f.question in copies)]


class ReferencesView(ListView_):
    """The questions an answer refers to, when it refers to more than one
    (``f``): Enter follows the chosen reference."""

    TITLE_TEXT = N_("Welke verwijzing volgen?")
    EMPTY_TEXT = N_("Hier staan geen verwijzingen.")

    def __init__(self, doc, refs: list) -> None:
        super().__init__(doc)
        self.refs = refs

    def rows(self, width: int):
        out = []
        for ref in self.refs:
            target = self.doc.question(ref.to)
            words = first_words(target.text, max(8, width - 4)) if target is not None else ""
            to = safe_text(ref.to)
            head = cut_end(f"{to}  “{_flat(ref.text)}”", width)
            out.append((Content(f"{head}\n    {words}", [Span(0, min(len(to), len(head)), "bold")]), ref.to))
        return out
