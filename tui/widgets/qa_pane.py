"""A scrolling pane showing one labelled text (a question or an answer)."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ..highlight import Rendered


class TextPane(VerticalScroll):
    """A body of highlighted Content under a title in the top border; scrolls
    when long.

    The title (``Vraag 4 · SP · SP-4``) sits in the border rather than on a
    line of its own: two more lines of text per pane on a small terminal,
    and one widget less to build at start-up. It is set as Content, so text
    from the document in it is never read as markup.
    """

    can_focus = False

    def __init__(self, *, id: str, title: str = "") -> None:
        super().__init__(id=id, classes="pane")
        self._title = Content(title)
        self.border_title = self._title
        self._rendered: Rendered | None = None

    def compose(self):
        yield Static(Content(""), classes="pane-body", markup=False)

    @property
    def title_text(self) -> str:
        """The title as plain text."""
        return self._title.plain

    @property
    def body(self) -> Static:
        return self.query_one(".pane-body", Static)

    def show(self, title: Content, rendered: Rendered, *, keep_scroll: bool = False) -> None:
        """Replace the title and body; scroll to the top unless ``keep_scroll``."""
        self._rendered = rendered
        if title != self._title:
            self._title = title
            self.border_title = title
        self.body.update(rendered.content)
        if not keep_scroll:
            self.scroll_home(animate=False, immediate=True)

    @property
    def body_text(self) -> str:
        """The plain text shown in the body (for tests and copying)."""
        return self._rendered.content.plain if self._rendered else ""

    def scroll_to_source(self, offset: int, _attempt: int = 0) -> None:
        """Scroll so the line holding source offset ``offset`` is visible.

        Retried after the next refresh while the layout has not caught up
        with a just-updated body (the scroll range would still be too small).
        """
        if self._rendered is None:
            return
        self.scroll_to_display(self._rendered.display_offset(offset), _attempt)

    def scroll_to_display(self, disp: int, _attempt: int = 0) -> None:
        """Scroll so the line holding display offset ``disp`` is visible."""
        if self._rendered is None:
            return
        body = self.body
        width = body.content_region.width or body.size.width
        if width <= 0:
            return
        prefix = self._rendered.content[:disp]
        line = max(0, prefix.get_height(body.styles, width) - 1) if disp else 0
        y = max(0, line - 2)
        if y > self.max_scroll_y and _attempt < 12:
            self.call_after_refresh(self.scroll_to_display, disp, _attempt + 1)
            return
        self.scroll_to(y=y, animate=False, immediate=True)
