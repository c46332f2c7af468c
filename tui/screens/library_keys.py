"""The help of the library list and the library search.

The bindings themselves are in :mod:`tui.bindings` with the reader's. The
help screen (``?``) lists them with the reader keys that only work inside
a library.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.widgets import Static

from ..bindings import LIBRARY_BINDINGS, SEARCH_BINDINGS
from .help import HelpScreen, _keys

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
