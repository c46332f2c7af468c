"""The document's commitments (``T``): deadline, who, what and the question.

A list dialog like the citations and figures views (:class:`.views.ListView_`):
one row per commitment (*toezegging*) in document order, Enter jumps to the
question whose answer holds it (the reader scrolls the answer to the
sentence, highlighted there as a commitment). The highlighted row's whole
sentence, the words that make it a commitment and its deadline as printed
show under the list.

Deadlines are the parser's (``commitment.deadline.due``, the last day the
phrase allows); "te laat" means only that the day has passed (:func:`today`),
not whether the promise was kept.
"""

from __future__ import annotations

import datetime as dt

from textual.content import Content, Span

from ..fit import cut_end
from ..highlight import safe_text
from ..i18n import N_, _
from ..plain_parts import all_questions, group_label, joint_stops
from .views import ListView_

#: What a commitment promises, in words (catalog ids).
ACTIONS = {
    "inform": N_("informeren"),
    "return": N_("erop terugkomen"),
    "investigate": N_("onderzoeken"),
    "act": N_("actie"),
}


def today() -> dt.date:
    """The day deadlines are measured against (tests replace it)."""
    return dt.date.today()


def _flat(text: str | None) -> str:
    return " ".join(safe_text(text or "").split())


def deadline_text(com, now: dt.date | None = None) -> str:
    """``2026-07-01 (voor de zomer), te laat``, ``geen termijn`` or ``(zo spoedig mogelijk)``."""
    deadline = com.deadline
    if deadline is None:
        return _("geen termijn")
    phrase = f"({_flat(deadline.text)})"
    if deadline.due is None:
        return phrase
    text = f"{deadline.due.isoformat()} {phrase}"
    if deadline.due < (now or today()):
        text += ", " + _("te laat")
    return text


def commitment_line(com, width: int = 10_000, now: dt.date | None = None, group=None) -> Content:
    """Two lines within ``width`` cells: ``SP-4 · 2026-07-01 (voor de zomer) · Minister X``
    (question id bold) and, indented, what is promised (the sentence, cut).
    In the joint answer of ``group`` (its questions, the holder first) the
    id names the group: ``SP-4 (vragen 4–6)``."""
    qid = safe_text(com.question) if com.question else _("inleiding")
    if group is not None and len(group) > 1:
        qid += f" ({group_label(group).lower()})"
    bits = [qid, deadline_text(com, now)]
    if com.who:
        bits.append(_flat(com.who))
    first = cut_end(" · ".join(bits), width)
    what = f"{_(ACTIONS.get(com.action, ACTIONS['act']))}: {_flat(com.text)}"
    second = "    " + cut_end(what, max(8, width - 4))
    spans = [Span(0, min(len(qid), len(first)), "bold")]
    if com.deadline is not None and com.deadline.due is not None and com.deadline.due < (now or today()):
        late = _("te laat")
        at = first.rfind(late)
        if at >= 0:
            spans.append(Span(at, at + len(late), "bold reverse"))
    return Content(f"{first}\n{second}", spans)


def commitment_detail(com) -> str:
    """The whole sentence, and what makes it a commitment."""
    detail = _flat(com.text)
    trigger = _flat(com.trigger)
    if trigger:
        detail += "\n" + _("toezegging door: ‘{words}’").format(words=trigger)
    return detail


class CommitmentsView(ListView_):
    """Every commitment of the document; Enter jumps to its question."""

    TITLE_TEXT = N_("Toezeggingen")
    EMPTY_TEXT = N_("In de antwoorden van dit document staan geen toezeggingen.")

    def __init__(self, doc) -> None:
        super().__init__(doc)
        self.items = list(getattr(doc, "commitments", ()))
        #: The commitment Enter was pressed on (the reader scrolls to it).
        self.chosen = None
        self.now = today()
        #: The joint-answer group of each question that holds a joint answer.
        questions = all_questions(doc)
        stops = joint_stops(questions)
        members: dict[int, list] = {}
        for i, stop in enumerate(stops):
            members.setdefault(stop, []).append(questions[i])
        self.groups = {q.id: members[stops[i]] for i, q in enumerate(questions) if len(members[stops[i]]) > 1}

    def rows(self, width: int):
        return [(commitment_line(c, width, self.now, self.groups.get(c.question)), c.question) for c in self.items]

    def detail(self, index: int) -> str:
        return commitment_detail(self.items[index])

    def on_option_list_option_selected(self, event) -> None:
        # Textual calls the handler of every class in the MRO: this one
        # first, then ListView_'s, which dismisses with the question id
        self.chosen = self.items[event.option_index]
