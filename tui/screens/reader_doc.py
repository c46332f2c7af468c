"""The reader's document-level extras: the confidence banner and the parse
report (``r``).

A mixin of :class:`~tui.screens.reader.ReaderScreen`, kept apart so the
screen module stays small; it uses the screen's ``doc``, ``nav``, ``state``
and ``jump_to_id``.
"""

from __future__ import annotations

from ..i18n import _


class DocumentExtras:
    """Banner and parse report."""

    def key_for(self, binding_id: str, default: str) -> str:
        """How the key of binding ``binding_id`` is shown (after a keymap)."""
        for active in self.active_bindings.values():
            if active.binding.id == binding_id:
                return self.app.get_key_display(active.binding)
        return default

    def fit_header(self) -> None:
        """The one-line header, said as fully as the width allows."""
        from textual.widgets import Static

        from ..widgets import docview

        header = self.query_one("#doc-header", Static)
        width = (header.content_region.width or self.app.size.width - 2)
        header.update(docview.header_content(self.doc, self.path.name, width))

    def document_loaded(self) -> None:
        """Called once the document is shown (ready or as plain text)."""
        from ..widgets.confidence_banner import ConfidenceBanner, needs_banner

        if self.state != "ready" or not needs_banner(self.doc):
            return
        for old in self.query("#confidence-banner"):
            old.remove()
        self.mount(ConfidenceBanner(self.doc, self.key_for("parse-report", "r")), after="#doc-header")

    def action_parse_report(self) -> None:
        if self.doc is None or self.state not in ("ready", "plain"):
            return
        from .parse_report import ParseReportView

        def done(qid: str | None) -> None:
            if qid and self.state == "ready":
                self.jump_to_id(qid)

        self.app.push_screen(ParseReportView(self.doc), done)
