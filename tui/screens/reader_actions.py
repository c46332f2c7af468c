"""The reader's copy keys and its views (citations, figures, help).

A mixin of :class:`~tui.screens.reader.ReaderScreen`, kept apart so that
the screen module stays small; it uses the screen's ``nav``, ``doc``,
``path``, ``_ready`` and ``jump_to_id``.
"""

from __future__ import annotations

from ..i18n import _
from ..widgets import docview


class CopyAndViews:
    """``y`` / ``Y`` copying and the ``c`` / ``F`` / ``?`` screens."""

    # -- copying --------------------------------------------------------
    def _copy(self, text: str, copied: str) -> None:
        """Copy ``text``; ``copied`` says what, with ``{id}`` and ``{chars}``."""
        import shlex  # here, not at start-up

        from ..clipboard import copy_text

        result = copy_text(self.app, text)
        qid = self.nav.current.id
        message = copied.format(id=qid, chars=result.chars)
        if result.caveat:
            message += "\n" + _("Het komt misschien niet op je klembord ({why}); "
                                "anders: vragenronde show {path} {id}").format(
                why=result.caveat, path=shlex.quote(str(self.path)), id=qid)
        self.notify(message, markup=False)

    def _copy_head(self) -> bool:
        """At the document head, ``y``/``Y`` copy what the panes show."""
        if not getattr(self, "at_head", False):
            return False
        from ..widgets.qa_pane import TextPane

        text = "\n\n".join(self.query_one(f"#{pane}-pane", TextPane).body_text for pane in ("question", "answer"))
        self._copy(text + "\n", _("Document gekopieerd ({chars} tekens)"))
        return True

    def action_copy_answer(self) -> None:
        if self._ready() and not self._copy_head():
            notice = docview.notice_only(self.doc, self.nav.current)  # a Mededeling stands in its place
            self._copy(docview.copy_answer_text(self.nav.current, self.doc),
                       _("Mededeling bij vraag {id} gekopieerd ({chars} tekens)") if notice
                       else _("Antwoord {id} gekopieerd ({chars} tekens)"))

    def action_copy_both(self) -> None:
        if self._ready() and not self._copy_head():
            text = docview.copy_both_text(self.doc, self.nav.current, self.nav.faction, self.nav.group)
            self._copy(text, _("Vraag en antwoord {id} gekopieerd ({chars} tekens)"))

    # -- views ----------------------------------------------------------
    def _open_view(self, view_cls) -> None:
        if not self._ready():
            return

        def done(qid: str | None) -> None:
            if qid:
                self.jump_to_id(qid)

        self.app.push_screen(view_cls(self.doc), done)

    def action_citations(self) -> None:
        from .views import CitationsView

        if self.library is not None and self.library_rel and self._ready():
            return self.open_library_citations()
        self._open_view(CitationsView)

    def action_figures(self) -> None:
        from .views import FiguresView

        self._open_view(FiguresView)

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen())
