"""Questions answered together (a joint answer: ``Antwoord 3, 4 en 5``).

The parse repeats the one answer on every question of the group and marks
the copies with ``answer.shared_with`` (the id of the group's first
question, which holds it). The reader shows the group once: one outline
entry ``Vragen 3–5``, each question's own text in the question pane under
its own label (a text printed once for several numbers, as under
``Vraag 4, 5 en 6``, is shown once), and the answer once.
"""

from __future__ import annotations

from textual.content import Content, Span

from ..highlight import Mark, Rendered, doc_marks, safe_text
from ..i18n import _
from .footnotes import render_marked
from ..plain_parts import group_label, joint_stops, number_list  # noqa: F401 (used by the reader)
from ..plain_parts import same_text_runs as _same_text_runs


def group_title(questions, faction_name: str) -> Content:
    """``Vragen 3–6 · SP`` (the pane title of a group); without a faction
    name ``Vragen 3–6``."""
    head = group_label(questions)
    text = f"{head} · {safe_text(faction_name)}" if faction_name else head
    return Content(text, [Span(0, len(head), "bold")])


def answer_group_title(questions, status: str) -> Content:
    """``Antwoord op vragen 3–6`` plus the status when not simply answered."""
    head = _("Antwoord op vragen {numbers}").format(numbers=number_list([q.number for q in questions]))
    text = head + (f" ({status})" if status else "")
    return Content(text, [Span(0, len(head), "bold")])


class GroupRendered(Rendered):
    """The group's questions in one pane; ``member_offsets`` maps a question
    id to its own Rendered and where that starts in the pane's text."""

    def __init__(self, content: Content, members: dict[str, tuple[Rendered, int]]) -> None:
        super().__init__(content, [])
        self.members = members

    def display_offset_in(self, qid: str, source_offset: int) -> int:
        rendered, start = self.members.get(qid, (None, 0))
        return start + rendered.display_offset(source_offset) if rendered is not None else 0


def render_group_questions(doc, questions, hits_for) -> GroupRendered:
    """Each question's label (bold) and text with its marks; ``hits_for(q)``
    gives a question's search-hit marks."""
    pieces: list[Content] = []
    members: dict[str, tuple[Rendered, int]] = {}
    pos = 0
    for run in _same_text_runs(questions):
        q = run[0]
        if pieces:
            pieces.append(Content("\n\n"))
            pos += 2
        label = _("Vraag {number}").format(number=q.number) if len(run) == 1 else group_label(run)
        head = Content(label + "\n", [Span(0, len(label), "bold")])
        pieces.append(head)
        pos += len(head.plain)
        marks: list[Mark] = doc_marks(doc, q.id, "question") + hits_for(q)
        rendered = render_marked(doc, q.id, "question", q.text, q.parts, lambda part: f"{part}.", marks)
        for member in run:
            members[member.id] = (rendered, pos)
        pieces.append(rendered.content)
        pos += len(rendered.content.plain)
    return GroupRendered(Content("").join(pieces), members)


def copy_group_text(questions, answer_text: str, texts: list[str] | None = None) -> str:
    """The group's questions (each under its label; ``texts`` as copied, in
    the questions' order) and the answer once."""
    out = []
    shown = dict(zip((q.id for q in questions), texts or [q.text.strip() for q in questions]))
    for run in _same_text_runs(questions):
        label = _("Vraag {number}").format(number=run[0].number) if len(run) == 1 else group_label(run)
        out.append(f"{label}\n{shown[run[0].id]}")
    head = _("Antwoord op vragen {numbers}").format(numbers=number_list([q.number for q in questions]))
    out.append(f"{head}\n{answer_text}")
    return "\n\n".join(out)
