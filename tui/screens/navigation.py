"""Pure navigation state of the reader: position, back stack, jumps, search.

No Textual here, so the logic is cheap to test; the reader screen holds one
:class:`Navigator` and renders whatever it points at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..highlight import find_all
from ..widgets.joint import joint_stops

#: Fields of a question that the search looks through, in reading order.
SEARCH_FIELDS = ("question", "answer")
#: Reading order of the fields of a stop, the footnotes under the answer last.
SEARCH_ORDER = {"question": 0, "answer": 1, "notice": 2, "footnote": 3}


@dataclass(frozen=True)
class Hit:
    """One search match: question index, field, and offsets in that field."""

    index: int
    field: str
    start: int
    end: int


def field_text(question, field_name: str) -> str:
    """The text of ``field_name`` (question/answer) of ``question``."""
    if field_name == "question":
        return question.text
    return question.answer.text if question.answer is not None else ""


@dataclass
class Navigator:
    """Where the reader is in a document, and how it got there."""

    doc: object
    questions: list = field(default_factory=list)
    #: faction index of each question
    faction_of: list[int] = field(default_factory=list)
    index: int = 0
    back_stack: list[int] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    hit_index: int = -1
    query: str = ""
    #: For each question, the index of the question whose stop it is: a
    #: question answered jointly with others (``answer.shared_with``) is
    #: read at the group's first question, which holds the answer; every
    #: other question is its own stop.
    stop_of: list[int] = field(default_factory=list)

    @classmethod
    def for_document(cls, doc) -> "Navigator":
        """A navigator at the first question of the first faction."""
        questions, faction_of = [], []
        for fi, faction in enumerate(doc.factions):
            for q in faction.questions:
                questions.append(q)
                faction_of.append(fi)
        nav = cls(doc=doc, questions=questions, faction_of=faction_of)
        nav.stop_of = joint_stops(questions)
        return nav

    # -- joint answers (one stop per group) ------------------------------
    @property
    def stops(self) -> list[int]:
        """The question indexes that are stops, in reading order."""
        return [i for i, s in enumerate(self.stop_of) if s == i]

    def stop(self, index: int) -> int:
        """The stop that question ``index`` is read at."""
        return self.stop_of[index] if 0 <= index < len(self.stop_of) else index

    def members(self, index: int | None = None) -> list[int]:
        """The questions read at stop ``index`` (the current one by default),
        the holder of a joint answer first."""
        here = self.index if index is None else index
        return [here] + [i for i, s in enumerate(self.stop_of) if s == here and i != here]

    @property
    def group(self) -> list:
        """The questions of the current stop."""
        return [self.questions[i] for i in self.members()]

    # -- position -------------------------------------------------------
    @property
    def current(self):
        """The current question, or None for a document without questions."""
        return self.questions[self.index] if self.questions else None

    @property
    def faction(self):
        """The faction block of the current question."""
        if not self.questions:
            return None
        return self.doc.factions[self.faction_of[self.index]]

    def clamp(self, index: int) -> int:
        """``index`` limited to the valid question range, at its stop."""
        return self.stop(max(0, min(index, len(self.questions) - 1))) if self.questions else 0

    def step(self, delta: int) -> int:
        """The stop ``delta`` stops away (clamped); a joint group is one stop."""
        stops = self.stops
        if not stops:
            return 0
        here = stops.index(self.stop(self.index))
        return stops[max(0, min(here + delta, len(stops) - 1))]

    def faction_step(self, delta: int) -> int:
        """First question of the next (+1) / previous (-1) faction block with
        questions; previous from mid-block goes to the block's own start."""
        if not self.questions:
            return 0
        here = self.faction_of[self.index]
        starts = [i for i, fi in enumerate(self.faction_of) if i == 0 or self.faction_of[i - 1] != fi]
        if delta > 0:
            later = [i for i in starts if self.faction_of[i] != here and i > self.index]
            return self.stop(later[0]) if later else self.index
        own = max(i for i in starts if i <= self.index)
        if own < self.index:
            return self.stop(own)
        earlier = [i for i in starts if i < own]
        return self.stop(earlier[-1]) if earlier else self.index

    def index_of(self, qid: str) -> int | None:
        """Index of the question with id ``qid`` (case-insensitive)."""
        want = qid.casefold()
        for i, q in enumerate(self.questions):
            if q.id.casefold() == want:
                return i
        return None

    def resolve(self, spec: str) -> int | None:
        """Index for a jump: a question id ("SP-4") or a number ("4") in the
        current faction block (falling back to the first block that has it)."""
        spec = spec.strip().lstrip("#").strip()
        if not spec or not self.questions:
            return None
        exact = self.index_of(spec)
        if exact is not None:
            return exact
        m = re.fullmatch(r"(?:vraag\s*)?(\d+)", spec, re.IGNORECASE)
        if not m:
            return None
        number = int(m.group(1))
        here = self.faction_of[self.index]
        same = [i for i, q in enumerate(self.questions) if q.number == number]
        for i in same:
            if self.faction_of[i] == here:
                return i
        return same[0] if same else None

    def go(self, index: int, *, remember: bool = False) -> bool:
        """Move to ``index``; with ``remember`` push the old place on the back
        stack. Returns whether the position changed."""
        index = self.clamp(index)
        if index == self.index:
            return False
        if remember:
            self.back_stack.append(self.index)
        self.index = index
        return True

    def back(self) -> int | None:
        """Pop the back stack; the index to return to, or None when empty."""
        return self.back_stack.pop() if self.back_stack else None

    def xrefs_here(self) -> list:
        """Cross-references leaving the current stop (answer first): from its
        questions, and from the one shared answer; none within the group."""
        if self.current is None:
            return []
        members = self.members()
        holder = self.questions[members[0]].id
        ids = {self.questions[i].id for i in members}
        refs = []
        for x in self.doc.xrefs:
            if x.from_ not in ids or (x.field == "answer" and x.from_ != holder):
                continue
            target = self.index_of(x.to)
            if target is not None and self.stop(target) != self.index:
                refs.append(x)
        return sorted(refs, key=lambda x: (x.field != "answer", x.from_ != holder, x.start))

    # -- search ---------------------------------------------------------
    def search(self, query: str) -> int:
        """Find every hit of ``query``; select the first at or after the
        current question (wrapping). Returns the number of hits."""
        self.query = query
        self.hits = []
        for i, q in enumerate(self.questions):
            for name in SEARCH_FIELDS:
                if name == "answer" and self.stop(i) != i:
                    continue  # a joint answer is searched once, at its holder
                for start, end in find_all(field_text(q, name), query):
                    self.hits.append(Hit(i, name, start, end))
        self.hits += self._footnote_hits(query) + self._notice_hits(query)
        self.hits.sort(key=lambda h: (self.stop(h.index), h.index, SEARCH_ORDER.get(h.field, 9), h.start))
        if not self.hits:
            self.hit_index = -1
            return 0
        after = [n for n, h in enumerate(self.hits) if self.stop(h.index) >= self.index]
        self.hit_index = after[0] if after else 0
        return len(self.hits)

    def footnote_keys(self, index: int | None = None) -> list[str]:
        """The footnotes marked in the questions and answer of stop ``index``."""
        from ..widgets.footnotes import keys_of

        return keys_of(self.doc, [self.questions[i].id for i in self.members(index)])

    def _footnote_hits(self, query: str) -> list[Hit]:
        """Hits in the footnotes shown under each stop's answer (field ``footnote``,
        offsets in :func:`tui.widgets.footnotes.block_text`)."""
        if not getattr(self.doc, "footnote_refs", None):
            return []
        from ..widgets.footnotes import block_text

        out = []
        for i in self.stops:
            keys = self.footnote_keys(i)
            if keys:
                out += [Hit(i, "footnote", s, e) for s, e in find_all(block_text(self.doc, keys), query)]
        return out

    def _notice_hits(self, query: str) -> list[Hit]:
        """Hits in the notices (Mededelingen) shown with each stop's answer
        (field ``notice``, offsets in :func:`tui.widgets.notices.notices_plain`)."""
        if not getattr(self.doc, "notices", None):
            return []
        from ..widgets.notices import notices_for, notices_plain

        out = []
        for i in self.stops:
            notices = notices_for(self.doc, self.questions[i].id)
            if notices:
                out += [Hit(i, "notice", s, e) for s, e in find_all(notices_plain(notices), query)]
        return out

    def step_hit(self, delta: int) -> Hit | None:
        """The next (+1) / previous (-1) hit, wrapping around."""
        if not self.hits:
            return None
        self.hit_index = (self.hit_index + delta) % len(self.hits)
        return self.hits[self.hit_index]

    @property
    def hit(self) -> Hit | None:
        """The current hit, if any."""
        return self.hits[self.hit_index] if 0 <= self.hit_index < len(self.hits) else None

    def clear_search(self) -> None:
        """Forget the search."""
        self.hits, self.hit_index, self.query = [], -1, ""

    def hits_in(self, index: int, field_name: str) -> list[tuple[Hit, bool]]:
        """Hits in one field of one question, each with "is current"."""
        current = self.hit
        return [(h, h == current) for h in self.hits if h.index == index and h.field == field_name]

