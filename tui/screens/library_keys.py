"""Key bindings of the library list and the library search, and their help.

Every binding has an id (keymap files can remap it). The help screen
(``?``) lists them with the reader keys that only work inside a library.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.widgets import Static

from .help import HelpScreen, _keys

LIBRARY_BINDINGS: list[Binding] = [
    Binding("enter", "open", "Open", id="library-open"),
    Binding("slash,f", "filter", "Filter", id="library-filter", key_display="/"),
    Binding("s", "sort_next", "Sort", id="library-sort"),
    Binding("S", "sort_reverse", "Reverse", id="library-sort-reverse", show=False),
    Binding("ctrl+f", "search", "Search all", id="library-search", key_display="^f"),
    Binding("e", "export", "Export", id="library-export"),
    Binding("ctrl+r", "reindex", "Re-index", id="library-reindex", show=False, key_display="^r"),
    Binding("escape", "clear_filter", "Clear filter", id="library-clear-filter", show=False),
    Binding("question_mark", "help", "Help", id="library-help", key_display="?"),
]

SEARCH_BINDINGS: list[Binding] = [
    Binding("enter", "open", "Open", id="library-search-open", show=False),
    Binding("slash,ctrl+f", "edit_query", "Edit query", id="library-search-edit", key_display="/"),
    Binding("e", "export", "Export results", id="library-search-export"),
    Binding("escape", "close", "Back", id="library-search-close"),
    Binding("question_mark", "help", "Help", id="library-search-help", key_display="?"),
]

#: Keys that are not bindings of the list (widgets, reader, query language).
LIBRARY_HELP_EXTRA: list[tuple[str, str]] = [
    ("up, down, pgup, pgdn", "move in the list"),
    ("Escape, b", "in the reader: back to the list or the search results"),
    ("C", "in the reader: library documents citing this one"),
    ("c", "in the reader: cited documents; 'in library' ones open with Enter or o"),
    ("e", "in the reader: export the question, faction or document"),
    ("q, ctrl+c", "quit"),
]

SEARCH_SYNTAX = (
    'Search syntax: words (all must occur), "a phrase", prefix*, OR, NOT, (brackets),\n'
    "faction:SP, in:questions / in:answers, kind:nota, dossier:36800-K, "
    "status:by-reference, year:2026"
)


def library_help_content() -> Content:
    """The library help text as Content (no markup)."""
    lines = [Content("Library keys", [Span(0, 12, "bold")])]
    rows = [(_keys(b), b.description) for b in LIBRARY_BINDINGS]
    rows += [(f"{_keys(b)} (search)", b.description) for b in SEARCH_BINDINGS]
    rows += LIBRARY_HELP_EXTRA
    width = max(len(k) for k, _ in rows) + 2
    for keys, desc in rows:
        lines.append(Content(f"{keys:<{width}}{desc}", [Span(0, len(keys), "bold")]))
    lines += [Content(""), Content("Sort (s) cycles: kind, house, dossier, date, title, "
                                   "factions, questions, ref/deferred, state, file; S reverses."),
              Content("Filter (/) keeps rows containing every typed word; Escape clears it."),
              Content(""), Content(SEARCH_SYNTAX)]
    return Content("\n").join(lines)


class LibraryHelpScreen(HelpScreen):
    """Lists the library keys; any of escape, q, ? closes it."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog"):
            yield Static(library_help_content(), id="help-text", markup=False)
