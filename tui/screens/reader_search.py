"""The reader's search in the document (``/``, ``n``, ``N``, Escape).

A mixin of :class:`~tui.screens.reader.ReaderScreen`, kept apart so that
the screen module stays small; it uses the screen's ``nav``, ``searching``,
``goto``, ``show_current`` and ``_ready``. The search bar is mounted on the
first ``/``, not in the first frame.
"""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.widgets import Input

from ..i18n import _


class DocumentSearch:
    """``/`` opens the search bar; Enter goes to the first hit after the
    current question; ``n``/``N`` step through the hits."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The "/" binding is a priority binding; inside the search input it
        is off, so "/" types into the search text (in order with other keys)."""
        if action == "search" and self.focused is not None and self.focused.id == "search-input":
            return False
        return True

    def _search_input(self) -> Input:
        """The search bar, mounted on first use (not part of the first frame)."""
        try:
            return self.query_one("#search-input", Input)
        except NoMatches:
            search = Input(placeholder=_("Zoek in het document (Enter: ga, n/N: volgende/vorige, Escape: sluit)"),
                           id="search-input")
            self.mount(search, before=self.query_one("#status"))
            return search

    def action_search(self) -> None:
        if not self._ready():
            return
        search = self._search_input()
        self.searching = True
        # focus now, not after a refresh: keys typed right after "/" must
        # land in the input, not trigger reader bindings (b, f, y, ...)
        self.set_focus(search)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "search-input":
            return
        event.stop()
        query = event.value.strip()
        self.set_focus(None)
        if not query:
            self.close_search()
            return
        count = self.nav.search(query)
        if not count:
            self.notify(_("Geen treffers voor “{query}”").format(query=query), severity="warning", markup=False)
            self.show_current()
            return
        self.goto(self.nav.hit.index, remember=self.nav.stop(self.nav.hit.index) != self.nav.index)

    def _step_hit(self, delta: int) -> None:
        if not self._ready() or not self.nav.hits:
            return
        hit = self.nav.step_hit(delta)
        self.goto(hit.index)

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    def close_search(self) -> None:
        """Hide the search bar and drop every hit highlight."""
        self.searching = False
        try:  # (a search seeded by the library has no bar to clear)
            self.query_one("#search-input", Input).value = ""
        except NoMatches:
            pass
        self.set_focus(None)
        if self.nav is not None:
            self.nav.clear_search()
            self.show_current()
