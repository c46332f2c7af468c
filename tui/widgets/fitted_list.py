"""An OptionList whose rows are made for its width."""

from __future__ import annotations

from typing import Callable

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class FittedList(OptionList):
    """Rows made by ``make(width)`` for the list's width, and made again when
    the width changes: long ids, URLs and paths in them are shortened with
    ``…`` instead of wrapped in the middle of a token."""

    def __init__(self, make: Callable[[int], list[Content]], width: int, **kwargs) -> None:
        self._make = make
        self._width = width
        super().__init__(*[Option(c) for c in make(width)], **kwargs)

    @property
    def row_width(self) -> int:
        """The width the rows were last made for."""
        return self._width

    def refit(self, make: Callable[[int], list[Content]] | None = None) -> None:
        """Make the rows again (with a new ``make``), keeping the highlight."""
        if make is not None:
            self._make = make
        here = self.highlighted
        self.set_options([Option(c) for c in self._make(self._width)])
        if here is not None and self.option_count:
            self.highlighted = min(here, self.option_count - 1)

    def on_resize(self) -> None:
        # room for the scroll bar, whether or not it shows yet: it appears
        # when the rows are added, without a resize
        width = self.content_region.width - self.styles.scrollbar_size_vertical
        if width > 0 and width != self._width:
            self._width = width
            self.refit()
