"""Views of the reader inside a library: cited-by (``C``) and the citations
view with documents that are in the library marked and openable (``c``).

Imported when first used, not with the reader (start-up time).
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content, Span
from textual.widgets import OptionList

from ..highlight import safe_text
from .views import CitationsView, ListView_, cited_documents, citation_line

IN_LIBRARY = "in library"


class CitedByView(ListView_):
    """Library documents citing the current one; Enter opens one."""

    DEFAULT_CSS = "CitedByView { align: center middle; }"
    TITLE_TEXT = "Cited by"
    EMPTY_TEXT = "No other document in the library cites this one."

    def __init__(self, publication_id: str, citing: list) -> None:
        super().__init__(None)
        self.publication_id = publication_id
        self.citing = citing
        self.TITLE_TEXT = f"Cited by ({safe_text(publication_id)}): library documents"

    def rows(self):
        out = []
        for c in self.citing:
            rel = safe_text(c.rel)
            title = " ".join(safe_text(c.title or "").split())
            where = ", ".join(safe_text(q) for q in c.questions) or "outside the questions"
            text = f"{rel}  {title}\n    cites it in {where}"
            out.append((Content(text, [Span(0, len(rel), "bold")]), (c.rel, c.questions[0] if c.questions else None)))
        return out

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        event.prevent_default()  # not the base class handler too
        self.dismiss(self.targets[event.option_index])


class LibraryCitationsView(CitationsView):
    """Cited documents; those in the library are marked and open with Enter or ``o``."""

    BINDINGS = [
        Binding("o", "open_cited", "Open document", id="view-open-cited"),
        Binding("g", "goto_place", "Go to place", id="view-goto-place"),
    ]

    def __init__(self, doc, linked: dict[str, str]) -> None:
        super().__init__(doc)
        #: citation id -> rel of the library document it names
        self.linked = linked
        self.items = cited_documents(doc)

    def rows(self):
        out = []
        for item in self.items:
            line = citation_line(item)
            rel = self.linked.get(item.id)
            if rel is not None:
                mark = f"{IN_LIBRARY}: {safe_text(rel)}  "
                line = Content(mark, [Span(0, len(IN_LIBRARY), "bold reverse")]) + line
            out.append((line, next((p for p in item.places if p), None)))
        return out

    def _highlighted(self) -> int | None:
        ol = self.query(OptionList)
        return ol.first().highlighted if ol else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        event.prevent_default()  # not the base class handler too
        rel = self.linked.get(self.items[event.option_index].id)
        if rel is not None:
            self.dismiss(("open", rel))
        else:
            self.action_goto_place()

    def action_open_cited(self) -> None:
        index = self._highlighted()
        if index is None:
            return
        item = self.items[index]
        rel = self.linked.get(item.id)
        if rel is None:
            self.notify(f"{item.text} is not in the library", markup=False)
            return
        self.dismiss(("open", rel))

    def action_goto_place(self) -> None:
        index = self._highlighted()
        if index is None:
            return
        target = self.targets[index]
        if target is None:
            self.notify("That is not in a question (it is in the introduction or closing)", markup=False)
            return
        self.dismiss(("jump", target))


def linked_citations(doc, resolved: dict[str, str]) -> dict[str, str]:
    """Citation id -> library rel, for citations whose id or Kamerstuk is in ``resolved``."""
    out: dict[str, str] = {}
    for cit in doc.citations:
        for target in (cit.id, cit.kamerstuk):
            rel = resolved.get(target.casefold()) if target else None
            if rel is not None and cit.id not in out:
                out[cit.id] = rel
    return out
