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
from textual.widgets.option_list import Option

from ..bindings import APP_BINDINGS, SEARCH_BINDINGS
from ..highlight import STYLES, safe_text
from ..widgets.keybar import KeyBar

#: Most hits one search shows.
LIMIT = 200
_OPERATORS = {"AND", "OR", "NOT"}


def hit_content(rank: int, hit) -> Content:
    """Two lines: ``3. file · SP-4 · SP · answered`` and the snippet, hits reversed."""
    head = f"{rank}. "
    rel = safe_text(hit.rel)
    bits = [safe_text(hit.question_id), safe_text(hit.faction or ""), hit.status]
    line = head + rel + " · " + " · ".join(b for b in bits if b)
    lead = f"\n    {hit.field}: "
    offset = len(line) + len(lead)
    spans = [Span(len(head), len(head) + len(rel), "bold")]
    spans += [Span(offset + s, offset + e, STYLES["hit"]) for s, e in hit.spans]
    return Content(line + lead + safe_text(hit.snippet), spans)


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
    DEFAULT_CSS = """
    LibrarySearchScreen { layout: vertical; }
    LibrarySearchScreen #search-header, LibrarySearchScreen #search-status {
        width: 1fr; min-width: 8; height: 1; padding: 0 1; background: $panel;
    }
    LibrarySearchScreen #search-query { width: 1fr; min-width: 8; height: 3; }
    LibrarySearchScreen #search-results { width: 1fr; min-width: 8; height: 1fr; }
    """

    def __init__(self, library, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.query_text = query
        self.hits: list = []

    def compose(self) -> ComposeResult:
        where = safe_text(str(self.library.folder))
        yield Static(Content(f"Search all documents in {where}"), id="search-header", markup=False)
        yield Input(value=self.query_text, id="search-query",
                    placeholder='words, "a phrase", prefix*, OR, NOT, faction:SP, status:deferred … (Enter)')
        yield OptionList(id="search-results")
        yield Static(Content("Type a query and press Enter (? shows the syntax)"), id="search-status", markup=False)
        yield KeyBar(order=[b.id for b in SEARCH_BINDINGS + APP_BINDINGS])

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#search-query", Input))
        if self.query_text:
            self.run_search(self.query_text)

    @property
    def results(self) -> OptionList:
        return self.query_one("#search-results", OptionList)

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
        self.results.clear_options()
        self.hits = []
        if not query:
            self.set_status("Type a query and press Enter")
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
            self.set_status(f"No hits for “{safe_text(query)}”")
            return
        self.results.add_options([Option(hit_content(i, h)) for i, h in enumerate(hits, 1)])
        self.results.highlighted = 0
        self.results.focus()
        docs = len({h.rel for h in hits})
        more = f" (the best {LIMIT})" if len(hits) >= LIMIT else ""
        self.set_status(f"{len(hits)} hit{'s' if len(hits) != 1 else ''}{more} in {docs} document{'s' if docs != 1 else ''} "
                        f"for “{safe_text(query)}”, best first · Enter opens · e exports")

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
                                     hit.question_id, hit_words(hit, self.query_text))

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
