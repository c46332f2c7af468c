"""The footnotes view (``v``): the footnotes of the current question and
answer, or, when these have none, every footnote of the document with the
question it is marked in; Enter goes there."""

from __future__ import annotations

from textual.content import Content, Span

from ..fit import cut_end
from ..i18n import N_, _
from ..widgets.footnotes import marker
from .views import ListView_, _flat


class FootnotesView(ListView_):
    TITLE_TEXT = N_("Voetnoten")
    EMPTY_TEXT = N_("Dit document heeft geen voetnoten.")

    def __init__(self, doc, keys: list[str], here: str) -> None:
        super().__init__(doc)
        self.here = here
        self.local = bool(keys)
        first_place: dict[str, str | None] = {}
        for ref in getattr(doc, "footnote_refs", ()):
            first_place.setdefault(ref.key, ref.question)
        self.items = [(k, here if self.local else first_place.get(k)) for k in (keys or list(doc.footnotes))]

    def title_text(self) -> str:
        if self.local:
            return _("Voetnoten bij {id}").format(id=_flat(self.here))
        return _("Voetnoten in het document")

    def rows(self, width: int):
        out = []
        for key, place in self.items:
            mark = marker(key)
            where = "" if self.local or not place else "  " + _("bij vraag {id}").format(id=_flat(place))
            text = cut_end(f"{mark} {_flat(self.doc.footnotes.get(key, ''))}", max(8, width - len(where)))
            out.append((Content(text + where, [Span(0, len(mark), "bold")]), place))
        return out

    def detail(self, index: int) -> str:
        key, _place = self.items[index]
        return f"{marker(key)} {_flat(self.doc.footnotes.get(key, ''))}"
