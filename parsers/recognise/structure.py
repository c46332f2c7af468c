"""The result every grammar (nota, kamervragen, lijst, ...) returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Check, Faction, Heading, Meta, Notice, Unplaced


@dataclass
class Structure:
    """Questions and answers found in a ``Source``, before annotation.

    ``meta`` holds what the grammar learned from the text (kind, dates,
    askers); ``recognise`` merges it with what the reader knew.
    """

    meta: Meta
    intro: str = ""
    factions: list[Faction] = field(default_factory=list)
    closing: str = ""
    unplaced: list[Unplaced] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: 0..1, how well the text matched the grammar.
    confidence: float = 0.0
    #: Problems the grammar itself saw (an unreadable label, ...); the
    #: general checks (``checks.py``) add theirs after the grammar ran.
    checks: list[Check] = field(default_factory=list)
    #: Which grammar found the structure (``kamervragen``, ``lijst``,
    #: ``nota-numbered``, ``nota-prose``, ...): the confidence's base.
    grammar: str = ""
    notices: list[Notice] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    #: Footnotes the recogniser found in the text itself (the footnotes at a
    #: page's foot in converted PDF text), besides the reader's.
    footnotes: dict[str, str] = field(default_factory=dict)
    #: Footnote marks the recogniser took out of the text, as (the block's
    #: text after it, offset there, key): placed like the reader's marks.
    footnote_marks: list[tuple[str, int, str]] = field(default_factory=list)
