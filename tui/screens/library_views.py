"""Views of the reader inside a library: cited-by (``C``) and the citations
view with documents that are in the library marked and openable (``c``).

Imported when first used, not with the reader (start-up time).
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content, Span
from textual.widgets import OptionList

from ..highlight import safe_text
from ..i18n import N_, _
from ..fit import cut_end, cut_start, join_fitting
from .views import CitationsView, ListView_, citation_line, not_in_a_question


class CitedByView(ListView_):
    """Library documents citing the current one; Enter opens one."""

    TITLE_TEXT = N_("Aangehaald door")
    EMPTY_TEXT = N_("Geen ander document in de bibliotheek haalt dit document aan.")

    def __init__(self, publication_id: str, citing: list) -> None:
        super().__init__(None)
        self.publication_id = publication_id
        self.citing = citing

    def title_text(self) -> str:
        return _("Aangehaald door ({id}): documenten in de bibliotheek").format(id=safe_text(self.publication_id))

    def rows(self, width: int):
        out = []
        for c in self.citing:
            rel = cut_start(safe_text(c.rel), max(8, width // 2))
            title = " ".join(safe_text(c.title or "").split())
            first = cut_end(f"{rel}  {title}", width)
            lead = _("haalt het aan in {where}").format(where="")
            where = join_fitting([safe_text(q) for q in c.questions], max(6, width - 4 - len(lead)))
            second = "    " + cut_end(_("haalt het aan in {where}").format(where=where or _("buiten de vragen")),
                                      max(8, width - 4))
            out.append((Content(f"{first}\n{second}", [Span(0, min(len(rel), len(first)), "bold")]),
                        (c.rel, c.questions[0] if c.questions else None)))
        return out

    def detail(self, index: int) -> str:
        return self.citing[index].rel

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        event.prevent_default()  # not the base class handler too
        self.dismiss(self.targets[event.option_index])


class LibraryCitationsView(CitationsView):
    """Cited documents; those in the library are marked and open with Enter or ``o``."""

    BINDINGS = [
        Binding("o", "open_cited", N_("Document openen"), id="view-open-cited"),
        Binding("g", "goto_place", N_("Ga naar de plaats"), id="view-goto-place"),
    ]

    def __init__(self, doc, linked: dict[str, str]) -> None:
        super().__init__(doc)
        #: citation id -> rel of the library document it names
        self.linked = linked

    def rows(self, width: int):
        out = []
        for item in self.items:
            rel = self.linked.get(item.id)
            if rel is None:
                line = citation_line(item, width)
            else:
                in_library = _("in bibliotheek")
                mark = f"{in_library}: {cut_start(safe_text(rel), max(8, width // 3))}  "
                line = Content(mark, [Span(0, len(in_library), "bold reverse")])
                line += citation_line(item, max(16, width - len(mark)))
            out.append((line, next((p for p in item.places if p), None)))
        return out

    def detail(self, index: int) -> str:
        rel = self.linked.get(self.items[index].id)
        text = super().detail(index)
        return text + (f"\n{_('in bibliotheek')}: {rel}" if rel else "")

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
            self.notify(_("{citation} staat niet in de bibliotheek").format(citation=item.text), markup=False)
            return
        self.dismiss(("open", rel))

    def action_goto_place(self) -> None:
        index = self._highlighted()
        if index is None:
            return
        target = self.targets[index]
        if target is None:
            self.notify(not_in_a_question(), markup=False)
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
