"""Search across the library: one query box, ranked (document, question) hits.

Each result shows the document, question id, faction and answer status,
and a one-line snippet with the matched words highlighted (Content spans,
never markup). Enter opens the reader at that question with the matched
words found by the reader's in-document search (``n``/``N`` step through
them); Escape in the reader comes back to the results.
"""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.content import Content, Span
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static

from ..bindings import APP_BINDINGS, SEARCH_BINDINGS
from ..fit import cut_end, cut_start
from ..highlight import STYLES, safe_text
from ..i18n import _, ngettext
from ..widgets.docview import status_label
from ..widgets.fitted_list import FittedList
from ..widgets.keybar import KeyBar
from . import LIBRARY_VIEWS_TCSS

#: Most hits one search shows.
LIMIT = 200
_OPERATORS = {"AND", "OR", "NOT"}


def hit_content(rank: int, hit, width: int = 10_000) -> Content:
    """Three lines within ``width`` cells: ``3. <document title>`` (the file
    name when it has none), ``file · SP-4 · SP · beantwoord`` (the path
    shortened from the left) and the snippet with the hits reversed."""
    head = f"{rank}. "
    title = " ".join(safe_text(hit.title or "").split()) or safe_text(hit.rel)
    first = head + cut_end(title, max(8, width - len(head)))
    bits = [safe_text(hit.question_id or ""), safe_text(hit.faction or ""), status_label(hit.status)]
    about = " · " + " · ".join(b for b in bits if b)
    rel = cut_start(safe_text(hit.rel), max(12, width - 4 - len(about)))
    second = cut_end("    " + rel + about, width)
    where = {"question": _("vraag"), "notice": _("mededeling")}.get(hit.field) or _("antwoord")
    lead = "    " + where + ": "
    text = f"{first}\n{second}\n{lead}"
    offset = len(text)
    snippet, moved = _hanging(safe_text(hit.snippet), width - len(lead), width - len(_INDENT))
    spans = [Span(len(head), len(first), "bold")]
    spans += [Span(offset + moved(s), offset + moved(e), STYLES["hit"]) for s, e in hit.spans]
    return Content(text + snippet, spans)


#: Where the snippet's further lines start (under the word before its first line).
_INDENT = "    "


def _hanging(text: str, first: int, rest: int):
    """``text`` broken at spaces into lines of at most ``first`` (then
    ``rest``) cells, the further lines indented by :data:`_INDENT`; and a
    function mapping an offset in ``text`` to one in the result."""
    breaks: list[int] = []
    start, limit = 0, max(8, first)
    while len(text) - start > limit:
        cut = text.rfind(" ", start, start + limit + 1)
        if cut <= start:
            break  # one word longer than the line: the list wraps it
        breaks.append(cut)
        start, limit = cut + 1, max(8, rest)
    if not breaks:
        return text, lambda offset: offset
    out, pos = [], 0
    for cut in breaks:
        out += [text[pos:cut], "\n" + _INDENT]
        pos = cut + 1
    out.append(text[pos:])
    grow = len(_INDENT)

    def moved(offset: int) -> int:
        return offset + grow * sum(1 for cut in breaks if cut < offset)

    return "".join(out), moved


def hit_words(hit, query: str) -> list[str]:
    """Words to find in the reader: the matched words of the snippet, then
    the plain words of the query (no operators, filters, quotes or ``*``)."""
    words = [hit.snippet[s:e] for s, e in hit.spans]
    for token in re.findall(r'[^\s"()]+', query):
        if token in _OPERATORS or ":" in token:
            continue
        token = token.rstrip("*")
        if token:
            words.append(token)
    seen: dict[str, str] = {}
    for w in words:
        seen.setdefault(w.casefold(), w)
    return list(seen.values())


class LibrarySearchScreen(Screen[None]):
    """Search every document of a library; results best first."""

    BINDINGS = SEARCH_BINDINGS
    CSS_PATH = LIBRARY_VIEWS_TCSS

    def __init__(self, library, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.query_text = query
        self.hits: list = []

    def compose(self) -> ComposeResult:
        where = safe_text(str(self.library.folder))
        yield Static(Content(_("Zoek in alle documenten in {folder}").format(folder=where)), id="search-header", markup=False)
        yield Input(value=self.query_text, id="search-query",
                    placeholder=_('woorden, "een zinsdeel", begin*, OR, NOT, faction:SP, status:deferred … (Enter)'))
        # the list's border and padding and a scroll bar: the width its rows get
        yield FittedList(self._hit_rows, max(20, self.app.size.width - 6), id="search-results")
        yield Static(Content(_("Typ een zoekvraag en druk op Enter (? toont de zoektaal)")), id="search-status", markup=False)
        yield KeyBar(order=[b.id for b in SEARCH_BINDINGS + APP_BINDINGS])

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#search-query", Input))
        if self.query_text:
            self.run_search(self.query_text)

    @property
    def results(self) -> FittedList:
        return self.query_one("#search-results", FittedList)

    def _hit_rows(self, width: int) -> list[Content]:
        return [hit_content(i, h, width) for i, h in enumerate(self.hits, 1)]

    def set_status(self, text: str) -> None:
        self.query_one("#search-status", Static).update(Content(text))

    @on(Input.Submitted, "#search-query")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.run_search(event.value)

    def run_search(self, query: str) -> None:
        """Search the library for ``query`` and list the hits, best first."""
        from parsers.library import QueryError

        query = query.strip()
        self.hits = []
        self.results.refit()
        if not query:
            self.set_status(_("Typ een zoekvraag en druk op Enter"))
            return
        try:
            hits = self.library.search(query, limit=LIMIT)
        except QueryError as exc:
            self.set_status(safe_text(str(exc)))
            self.notify(str(exc), severity="warning", markup=False)
            return
        self.query_text = query
        self.hits = hits
        if not hits:
            self.set_status(_("Geen treffers voor “{query}”").format(query=safe_text(query)))
            return
        self.results.refit()
        self.results.highlighted = 0
        self.results.focus()
        docs = len({h.rel for h in hits})
        found = ngettext("{n} treffer", "{n} treffers", len(hits)).format(n=len(hits))
        if len(hits) >= LIMIT:
            found += " " + _("(de beste {limit})").format(limit=LIMIT)
        where = ngettext("in {n} document", "in {n} documenten", docs).format(n=docs)
        self.set_status(_("{found} {where} voor “{query}”, beste eerst · Enter opent · e exporteert").format(
            found=found, where=where, query=safe_text(query)))

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_hit(event.option_index)

    def action_open(self) -> None:
        index = self.results.highlighted
        if index is not None and self.hits:
            self.open_hit(index)

    def open_hit(self, index: int) -> None:
        """Open the reader at hit ``index`` with its words highlighted."""
        from .reader import ReaderScreen

        hit = self.hits[index]
        ReaderScreen.open_in_library(self.app, self.library, self.library.folder, hit.rel,
                                     hit.question_id, hit_words(hit, self.query_text), hit.field)

    def action_edit_query(self) -> None:
        self.set_focus(self.query_one("#search-query", Input))

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_export(self) -> None:
        from .library_export import export_search_results

        export_search_results(self)

    def action_help(self) -> None:
        from .library_keys import LibraryHelpScreen

        self.app.push_screen(LibraryHelpScreen())
