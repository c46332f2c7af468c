"""Question lookups shared by the model's ``Document`` and ``LightDocument``.

Plain Python (no pydantic): :mod:`parsers.light` must not import the model.
"""

from __future__ import annotations


class QuestionLookups:
    """``questions()`` and ``question(qid)`` over ``self.factions``."""

    def questions(self) -> list:
        """All questions in document order."""
        return [q for f in self.factions for q in f.questions]  # type: ignore[attr-defined]

    def question(self, qid: str):
        """The question with id ``qid`` (case-insensitive), or None."""
        want = qid.casefold()
        for q in self.questions():
            if q.id.casefold() == want:
                return q
        return None
