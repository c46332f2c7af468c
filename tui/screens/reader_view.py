"""What the reader's panes show for the current stop: one question and its
answer, or a group of questions with their one joint answer.

A mixin of :class:`~tui.screens.reader.ReaderScreen` (it uses ``nav``,
``doc``, ``query_one`` and ``update_status``), kept apart so the screen
module stays small.
"""

from __future__ import annotations

from ..highlight import Mark
from ..widgets import docview, footnotes, joint
from ..widgets.audit_marks import with_audit
from ..widgets.notices import notices_for, notices_plain
from ..widgets.outline import Outline, status_of
from ..widgets.qa_pane import TextPane


class CurrentView:
    """``show_current`` and the search marks it needs; the document head."""

    #: The panes show the document head (the outline's ``Document`` entry).
    at_head = False

    def show_head(self) -> None:
        """Show the document head (meta facts, intro and closing)."""
        if self.nav is None or self.nav.current is None:
            return
        self.at_head = True
        self.show_current()

    def action_document_head(self) -> None:
        """``d``: to the document head, and back to the question."""
        if self.state != "ready":
            return
        if self.at_head:
            self.goto(self.nav.index)
        else:
            self.show_head()

    def action_footnotes(self) -> None:
        """``v``: the footnotes of the current question and answer (all of
        the document's when these have none); Enter goes to where one is marked."""
        if self.state != "ready":
            return
        from .footnotes_view import FootnotesView

        keys = [] if self.at_head else self.nav.footnote_keys()

        def done(qid: str | None) -> None:
            if qid:
                self.jump_to_id(qid)

        self.app.push_screen(FootnotesView(self.doc, keys, self.nav.current.id), done)

    def _show_head(self, qpane: TextPane, apane: TextPane) -> None:
        from ..highlight import Rendered
        from ..widgets import doc_head

        qpane.show(doc_head.head_title(), Rendered(doc_head.render_head_facts(self.doc), []))
        apane.show(doc_head.intro_title(), Rendered(doc_head.render_intro_closing(self.doc), []))
        self.query_one(Outline).show_head()
        self.update_status()

    def _hit_marks(self, field: str, index: int | None = None) -> list[Mark]:
        index = self.nav.index if index is None else index
        return [
            Mark(h.start, h.end, "hit-current" if cur else "hit")
            for h, cur in self.nav.hits_in(index, field)
        ]

    def show_current(self) -> None:
        """Render the current stop, the outline and the status line."""
        nav = self.nav
        if nav is None or nav.current is None:
            return
        q, faction = nav.current, nav.faction
        qpane = self.query_one("#question-pane", TextPane)
        apane = self.query_one("#answer-pane", TextPane)
        if self.at_head:
            self._show_head(qpane, apane)
            return
        members = nav.members()
        if len(members) > 1:
            group = [nav.questions[i] for i in members]
            index_of = {nav.questions[i].id: i for i in members}
            rendered = joint.render_group_questions(
                self.doc, group, lambda member: self._hit_marks("question", index_of[member.id]))
            qpane.show(joint.group_title(group, faction.name or ""), rendered)
            status = status_of(q)
            said = docview.status_label(status) if status != "answered" else ""
            apane.show(joint.answer_group_title(group, said),
                       with_audit(docview.render_answer(self.doc, q, self._hit_marks("answer"),
                                                        self._hit_marks("notice")), q, group))
        else:
            qpane.show(docview.question_title(q, faction),
                       docview.render_question(self.doc, q, self._hit_marks("question")))
            apane.show(docview.answer_title(q, self.doc),
                       with_audit(docview.render_answer(self.doc, q, self._hit_marks("answer"),
                                                        self._hit_marks("notice")), q))
        keys = nav.footnote_keys()
        if keys:  # the footnotes of the question(s) and answer, under the answer
            apane.show(apane._title, footnotes.append_block(apane._rendered, self.doc, keys,
                                                            self._hit_marks("footnote")))
        self.query_one(Outline).show_question(nav.index)
        hit = nav.hit
        if hit is not None and nav.stop(hit.index) == nav.index:
            pane = qpane if hit.field == "question" else apane
            rendered = pane._rendered
            if hit.field == "footnote" and isinstance(rendered, footnotes.WithFootnotes):
                self.call_after_refresh(pane.scroll_to_display, rendered.block_start + hit.start)
            elif hit.field == "notice":
                shown = notices_plain(notices_for(self.doc, q.id))
                at = rendered.content.plain.find(shown)
                self.call_after_refresh(pane.scroll_to_display, max(at, 0) + hit.start)
            elif isinstance(rendered, joint.GroupRendered):
                disp = rendered.display_offset_in(nav.questions[hit.index].id, hit.start)
                self.call_after_refresh(pane.scroll_to_display, disp)
            else:
                self.call_after_refresh(pane.scroll_to_source, hit.start)
        self.update_status()
