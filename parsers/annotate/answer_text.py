"""One answer text, split once, with the facts the audit and the commitments
ask of it, each worked out at most once.

The answer audit judges every part of a question against the same answer
text, and the commitments read the same sentences again. :class:`AnswerText`
splits the text into sentences once and remembers, per sentence, the
commitment trigger, the deferral and the content-word stems, and for the
whole text the stance, ``niet bekend``, refusals and word count. Every value
is exactly what the pure functions of :mod:`.answer_checks`,
:mod:`.commitments` and :mod:`.asks` return for the same string; only the
repeated work is gone (``tests/test_answer_text.py``).
"""

from __future__ import annotations

import re

from . import answer_checks as chk
from .asks import sentences_of
from .commitments import commitment_trigger

__all__ = ["AnswerText", "AnswerTexts", "stems"]

#: Words of no use for telling what a sentence is about.
STOP = frozenset("""
    aangeven aanleiding afgelopen alleen andere bereid beeld bekend betreft binnen daarbij daarmee
    daarnaast deelt dergelijke deze dezelfde diverse doordat eerder eigen enkele ervan gaan geven
    gevallen graag hebben heeft hierbij hierover hoeveel indien kunnen kunt leden maken minister
    momenteel mening meer moeten nader nemen nodig omdat onder over regering reeds sinds staat
    staatssecretaris tussen uiteindelijk verder vraag vragen waarom wanneer welke welk worden wordt
    zijn zodat zoals zouden zullen kabinet antwoord toelichten toelichting tevens waarbij waarin
    hiervan daarvan hiervoor daarvoor inzake namelijk echter
""".split())
_WORD = re.compile(r"[a-zà-ÿ]{5,}", re.I)


def stems(text: str) -> frozenset[str]:
    """The first six letters of each content word (five letters or more) of ``text``."""
    low = text.lower()
    # Lowering keeps every character in or out of the pattern's letters and
    # one character long, except ``İ``: then each word is lowered on its own.
    words = _WORD.findall(low) if len(low) == len(text) else [w.lower() for w in _WORD.findall(text)]
    return frozenset([w[:6] for w in words if w not in STOP])


class AnswerText:
    """The sentences of one answer text and what they hold (see the module docstring)."""

    __slots__ = ("text", "spans", "sents", "_low", "_triggers", "_deferrals", "_deferring", "_stems", "_memo")

    def __init__(self, text: str, triggers: dict | None = None) -> None:
        """``triggers``: commitment triggers by sentence, shared with other texts."""
        self.text = text
        self.spans = sentences_of(text)
        self.sents = tuple(text[s:e] for s, e in self.spans)
        self._low: str | None = None
        n = len(self.sents)
        self._triggers: dict = {} if triggers is None else triggers
        self._deferrals: list = [_UNSET] * n
        self._deferring: list[int] | None = None
        self._stems: list = [None] * n
        self._memo: dict = {}

    @property
    def low(self) -> str:
        """The text folded for keyword pre-filters (:func:`.answer_checks.fold`)."""
        if self._low is None:
            self._low = chk.fold(self.text)
        return self._low

    def trigger(self, i: int) -> tuple[str, str] | None:
        """:func:`.commitments.commitment_trigger` of sentence ``i``."""
        sent = self.sents[i]
        hit = self._triggers.get(sent, _UNSET)
        if hit is _UNSET:
            hit = self._triggers[sent] = commitment_trigger(sent)
        return hit

    def triggers(self) -> list[tuple[str, str] | None]:
        """:meth:`trigger` of every sentence."""
        return [self.trigger(i) for i in range(len(self.sents))]

    def deferral(self, i: int) -> str | None:
        """:func:`.answer_checks.deferral` of sentence ``i``."""
        hit = self._deferrals[i]
        if hit is _UNSET:
            sent = self.sents[i]
            # A sentence split again is almost always itself, and then its
            # trigger is the one the commitments read too.
            whole = _one_sentence(sent) or sentences_of(sent) == ((0, len(sent)),)
            hit = self._deferrals[i] = chk.deferral(sent, self.trigger(i) if whole else _UNSET)
        return hit

    def deferring(self) -> list[int]:
        """The sentences with a :meth:`deferral`, in order."""
        if self._deferring is None:
            self._deferring = [i for i in range(len(self.sents)) if self.deferral(i)]
        return self._deferring

    def stems(self, i: int) -> frozenset[str]:
        """:func:`stems` of sentence ``i``."""
        got = self._stems[i]
        if got is None:
            got = self._stems[i] = stems(self.sents[i])
        return got

    def _once(self, key, compute):
        memo = self._memo
        if key not in memo:
            memo[key] = compute()
        return memo[key]

    def position(self, knowing: bool = False) -> str | None:
        """:func:`.answer_checks.position` of the text."""
        return self._once(("position", knowing), lambda: chk.position(self.text, knowing, self.low))

    def not_known(self) -> str | None:
        """:func:`.answer_checks.not_known` of the text."""
        return self._once("not_known", lambda: chk.not_known(self.text, self.low))

    def strong_refusal(self) -> str | None:
        """:func:`.answer_checks.strong_refusal` of the text."""
        return self._once("strong", lambda: chk.strong_refusal(self.text, self.low))

    def refused_most(self) -> int | None:
        """The first refusing sentence when more than half of the sentences
        refuse (:func:`.answer_checks.refusals`), else None."""
        # No sentence refuses when the whole text lacks the words of every refusal.
        return self._once("refused", lambda: chk.refusal_majority(self.sents)
                          if chk.may_refuse(self.low) else None)

    def words(self) -> int:
        """``len(text.split())``."""
        return self._once("words", lambda: len(self.text.split()))

    def enumeration(self) -> str | None:
        """:func:`.answer_checks.enumeration` of the text."""
        return self._once("enumeration", lambda: chk.enumeration(self.text))

    def reference_first(self) -> str | None:
        """:func:`.answer_checks.reference` of the first sentence."""
        return self._once("reference", lambda: chk.reference(self.sents[0]) if self.sents else None)


_UNSET = chk.UNSET


class AnswerTexts(dict):
    """The :class:`AnswerText` of each answer text of one document, by text,
    sharing one table of commitment triggers by sentence (an answer part
    repeats the sentences of its answer)."""

    def __init__(self) -> None:
        super().__init__()
        self.triggers: dict = {}

    def of(self, text: str) -> AnswerText:
        """The :class:`AnswerText` of ``text``, made on first use."""
        at = self.get(text)
        if at is None:
            at = self[text] = AnswerText(text, self.triggers)
        return at


def _one_sentence(sent: str) -> bool:
    """True if ``sentences(sent)`` is certainly the whole of ``sent`` (a
    stripped sentence with words): no line break, and no ``.``, ``!`` or
    ``?`` but as its last character, so no place where a sentence could end
    before its end."""
    marks = sent.count(".") + sent.count("!") + sent.count("?")
    return "\n" not in sent and marks == (sent[-1] in ".!?")
