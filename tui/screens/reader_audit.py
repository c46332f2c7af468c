"""The reader's audit keys: the next / previous open part (``u`` / ``U``) and
the document's commitments (``T``).

A mixin of :class:`~tui.screens.reader.ReaderScreen` (it uses the screen's
``nav``, ``doc``, ``_ready``, ``goto`` and ``jump_to_id``). An open part is
an asked part of a question that the answer audit judged ``partly``,
``deferred`` or ``unanswered`` (:mod:`tui.widgets.audit_marks`); the keys
step through them in reading order, one part at a time, scroll the question
to the part and say in a notification what the audit found. They stop at the
first and last open part (and say so) rather than wrap around.
"""

from __future__ import annotations

from ..i18n import _
from ..widgets.audit_marks import open_places, part_summary, step_open
from ..widgets.joint import GroupRendered


class AuditKeys:
    """``u`` / ``U`` and ``T``."""

    #: (question index, part position) of the open part last stepped to.
    _open_at: tuple[int, int] | None = None

    def _open_here(self) -> tuple[int, int | None]:
        """Where the open-part keys count from: the open part last stepped to
        while the reader still stands on its question, else the question."""
        index = self.nav.index
        at = self._open_at  # (a part of a joint group's other question: still here)
        return at if at is not None and self.nav.stop(at[0]) == index else (index, None)

    def _step_open(self, step: int) -> None:
        if not self._ready():
            return
        places = open_places(self.nav.questions, self.nav.stop_of)
        if not places:
            self.notify(_("Geen open deelvragen in dit document: de antwoordcontrole vond elk deel beantwoord "
                          "of met een verwijzing"), markup=False)
            return
        target = step_open(places, self._open_here(), step, self.nav.stop_of)
        here = self.nav.current.id
        if target is None:
            message = _("Geen open deelvraag meer na {id}") if step > 0 else _("Geen open deelvraag vóór {id}")
            self.notify(message.format(id=here), markup=False)
            return
        qi, pi = target
        self.goto(qi)
        self._open_at = target
        question = self.nav.questions[qi]
        part = question.audit.parts[pi]
        qpane = self.query_one("#question-pane")
        rendered = qpane._rendered
        if isinstance(rendered, GroupRendered):  # the part of one question of a joint group
            self.call_after_refresh(qpane.scroll_to_display, rendered.display_offset_in(question.id, part.start))
        else:
            self.call_after_refresh(qpane.scroll_to_source, part.start)
        number = places.index(target) + 1
        self.notify(f"{number}/{len(places)} · {part_summary(question, part)}", markup=False)

    def action_next_open(self) -> None:
        """The next part the audit did not find plainly answered."""
        self._step_open(1)

    def action_previous_open(self) -> None:
        """The previous part the audit did not find plainly answered."""
        self._step_open(-1)

    def action_commitments(self) -> None:
        """The document's commitments; Enter goes to the question and the sentence."""
        if not self._ready():
            return
        from .commitments import CommitmentsView

        view = CommitmentsView(self.doc)

        def done(qid: str | None) -> None:
            if not qid:
                return
            self.jump_to_id(qid)
            chosen = view.chosen
            target = self.nav.index_of(qid)  # a joint answer is read at its group's first question
            if chosen is not None and target is not None and self.nav.stop(target) == self.nav.index:
                apane = self.query_one("#answer-pane")
                self.call_after_refresh(apane.scroll_to_source, chosen.start)

        self.app.push_screen(view, done)
