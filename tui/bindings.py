"""Key bindings of the reader and the library, in one place (key bar, help
screens, keymap files, tests).

Every binding has an id so users can remap it with a keymap file. The order
is the key bar's: on a narrow terminal it drops hints from the end first
(keeping Help, Quit and the palette key), so the keys used most come first.
"""

from __future__ import annotations

from textual.binding import Binding

READER_BINDINGS: list[Binding] = [
    Binding("j,down", "next_question", "Next", id="next-question"),
    Binding("k,up", "previous_question", "Prev", id="previous-question"),
    # priority: the focus moves to the search input before the next key is
    # routed, so keys typed right after "/" land in the input
    Binding("slash", "search", "Search", id="search", key_display="/", priority=True),
    Binding("n", "next_hit", "Next hit", id="next-hit", show=False),
    Binding("N", "previous_hit", "Prev hit", id="previous-hit", show=False),
    Binding("y", "copy_answer", "Copy", id="copy-answer"),
    Binding("Y", "copy_both", "Copy Q+A", id="copy-both", show=False),
    Binding("f", "follow", "Follow ref", id="follow"),
    Binding("b,backspace", "back", "Back", id="back"),
    Binding("c", "citations", "Citations", id="citations"),
    Binding("colon,number_sign", "jump", "Jump", id="jump", key_display=":", priority=True),
    Binding("J,right_square_bracket", "next_faction", "Next faction", id="next-faction", key_display="J/]"),
    Binding("K,left_square_bracket", "previous_faction", "Prev faction", id="previous-faction", key_display="K/["),
    Binding("g,home", "first_question", "First", id="first-question", show=False),
    Binding("G,end", "last_question", "Last", id="last-question", show=False),
    Binding("F", "figures", "Figures", id="figures", show=False),
    Binding("o", "toggle_outline", "Outline", id="toggle-outline"),
    Binding("C", "cited_by", "Cited by (library documents citing this one)", id="cited-by", show=False),
    Binding("e", "export", "Export question, faction or document (md, csv, json)", id="export", show=False),
    Binding("pagedown,space", "page_down", "Page down", id="page-down", show=False),
    Binding("pageup", "page_up", "Page up", id="page-up", show=False),
    Binding("t", "switch_scroll", "Page keys scroll the question / the answer", id="switch-scroll", show=False),
    Binding("escape", "escape", "Close", id="escape", show=False),
    Binding("question_mark", "help", "Help", id="help", key_display="?"),
]

#: Bindings on the App itself (every screen).
APP_BINDINGS: list[Binding] = [
    Binding("q", "quit", "Quit", id="quit"),
    Binding("ctrl+c", "quit", "Quit", id="quit-ctrl-c", show=False, priority=True),
]

#: The library's document list (tui/screens/library.py).
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

#: The library's search screen (tui/screens/library_search.py).
SEARCH_BINDINGS: list[Binding] = [
    Binding("enter", "open", "Open", id="library-search-open", show=False),
    Binding("slash,ctrl+f", "edit_query", "Edit query", id="library-search-edit", key_display="/"),
    Binding("e", "export", "Export results", id="library-search-export"),
    Binding("escape", "close", "Back", id="library-search-close"),
    Binding("question_mark", "help", "Help", id="library-search-help", key_display="?"),
]

#: Extra help lines for keys that are not bindings of the reader screen.
HELP_EXTRA: list[tuple[str, str]] = [
    ("Enter", "open (document list, views)"),
    ("Escape", "close search / dialog, back to the document list"),
    ("ctrl+p", "command palette"),
    ("q, ctrl+c", "quit"),
]


def all_binding_ids() -> set[str]:
    """Every binding id a keymap file may remap."""
    groups = [READER_BINDINGS, APP_BINDINGS, LIBRARY_BINDINGS, SEARCH_BINDINGS]
    return {b.id for group in groups for b in group if b.id}
