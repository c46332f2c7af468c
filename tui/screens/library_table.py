"""The library's document list: a DataTable filled lazily.

A DataTable measures every cell of every row it is given, so handing it
thousands of rows at once costs seconds before the first screen shows.
:meth:`LibraryTable.show_rows` puts in the rows of the first screens (and
those up to the cursor) at once, and the rest in chunks, one chunk after
each refresh (while the library is being indexed, only once that is done:
the list is replaced every half second then, and a fill would slow the
indexing down). A new list (sort, filter, new entries, another width)
starts again and drops the chunks still due for the old one. Keys and
the mouse never wait for the fill: a move or scroll down fills the rows it
needs first, End fills them all.
"""

from __future__ import annotations

from typing import Callable, Sequence

from textual.binding import Binding
from textual.widgets import DataTable

#: Rows added per chunk after the first screen (one chunk per refresh).
FILL_CHUNK = 150
#: Rows beyond the visible ones put in at once (a page down or two).
FIRST_MARGIN = 2


class LibraryTable(DataTable):
    """The document list: Home and End go to the first and last document
    (DataTable's own Home/End scroll sideways); rows arrive lazily."""

    BINDINGS = [
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._source: Sequence = ()
        self._make_row: Callable = list
        self._filled = 0
        self._generation = 0  # counts the lists shown
        self._chunks_for = -1  # the list whose chunks are on their way

    # -- filling ------------------------------------------------------------
    @property
    def total(self) -> int:
        """Rows the table shows once filled."""
        return len(self._source)

    @property
    def filling(self) -> bool:
        """Whether some rows are still to come."""
        return self._filled < len(self._source)

    def page_rows(self) -> int:
        """Rows in one screen of the table (the app's height before layout)."""
        return max(1, self.scrollable_content_region.height or self.app.size.height)

    def show_rows(self, source: Sequence, make_row: Callable, row: int = 0, later: bool = True) -> None:
        """Show one row per item of ``source`` (its cells: ``make_row(item)``):
        the first screens and up to ``row`` now, the others after refreshes
        (``later`` False: only when :meth:`fill_later` is called, or a key
        needs them)."""
        self.clear()
        self._generation += 1
        self._source, self._make_row, self._filled = source, make_row, 0
        self.fill_to(max(row, 0) + (1 + FIRST_MARGIN) * self.page_rows())
        if later:
            self.fill_later()

    def fill_later(self) -> None:
        """Add the rows still missing in chunks, one after each refresh."""
        if self.filling and self._chunks_for != self._generation:
            self._chunks_for = self._generation
            self.call_after_refresh(self._fill_chunk, self._generation)

    def fill_to(self, rows: int) -> None:
        """Make sure the first ``rows`` rows are in the table."""
        rows = min(rows, len(self._source))
        if rows > self._filled:
            start, self._filled = self._filled, rows
            make_row = self._make_row
            self.add_rows(make_row(item) for item in self._source[start:rows])

    def fill_all(self) -> None:
        self.fill_to(len(self._source))

    def _fill_chunk(self, generation: int) -> None:
        if generation != self._generation or not self.is_attached:
            return  # the list changed since
        self.fill_to(self._filled + FILL_CHUNK)
        if self.filling:
            self.call_after_refresh(self._fill_chunk, generation)
        else:
            self._chunks_for = -1

    def _ahead(self, pages: int) -> None:
        if self.filling:
            self.fill_to(self.cursor_row + 1 + pages * self.page_rows())

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolled (wheel, scroll bar) near the last rows so far: fill on."""
        super().watch_scroll_y(old_value, new_value)
        if self.filling:
            self.fill_to(int(new_value) + (1 + FIRST_MARGIN) * self.page_rows())

    # -- keys that move beyond the rows filled so far -------------------------
    def action_cursor_down(self) -> None:
        self._ahead(1)
        super().action_cursor_down()

    def action_page_down(self) -> None:
        self._ahead(2)
        super().action_page_down()

    def action_scroll_bottom(self) -> None:
        self.fill_all()
        super().action_scroll_bottom()
