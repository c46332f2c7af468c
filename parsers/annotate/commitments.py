"""Commitments (*toezeggingen*) in an answer text.

:func:`find_commitments` splits an answer into sentences and returns those
in which the answerer commits to a future action, with the phrase that
makes it one and the deadline (:mod:`.deadlines`). A sentence counts when

* the Kamer will be informed or sent something: ``informeer ik uw Kamer``,
  ``stuur ik uw Kamer een brief``, ``uw Kamer wordt … geïnformeerd``,
  ``ontvangt uw Kamer``, ``zal … met uw Kamer gedeeld worden``;
* the answerer will come back to it: ``kom ik na de zomer op terug``;
* the government is the subject of a future: ``ik zal``, ``zal het
  kabinet``, ``mijn ministerie zal``, ``we zullen``, ``ga ik``;
* a future passive names a deliverable: ``zal worden ingegaan op``,
  ``zal … worden gepubliceerd``;
* an intention or promise: ``ik ben voornemens``, ``ik ben bereid te``,
  ``wij hebben de intentie``, ``ik neem … mee``, ``laat ik … onderzoeken``.

Not counted: a negation (``zal ik niet``), a continuation (``zal mij
blijven inzetten``), a conditional (``Mocht … dan zal ik``), an
announcement about the answer itself (``zal ik hieronder ingaan op``), an
assumption (``ik ga ervan uit``), an obligation (``zal moeten``), and the
future of a third party (``Gasunie zal``, ``de EU zal``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .asks import sentences
from .deadlines import DeadlineMatch, find_deadline
from .folded import Folded, fold_lower

__all__ = ["CommitmentMatch", "commitment_trigger", "commitments_in", "find_commitments"]


@dataclass(frozen=True, slots=True)
class CommitmentMatch:
    """One commitment sentence; ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    trigger: str
    action: str
    deadline: DeadlineMatch | None


_GOV = (r"(?:ik|wij|we|het\s+kabinet|de\s+regering|mijn\s+ministerie|het\s+ministerie|ons\s+ministerie"
        r"|mijn\s+departement|defensie)")
_KAMER = r"(?:uw|de)\s+kamer"
_F = re.IGNORECASE

_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [(a, re.compile(rx, _F)) for a, rx in (
    ("return", rf"\bkom(?:t|en)?\s+{_GOV}\s+(?:\w+\s+){{0,10}}?(?:op\s+)?terug\b"
               rf"|\b(?:hier|daar)op\s+(?:kom|komen|komt)\s+(?:\w+\s+){{0,8}}?terug\b"
               rf"|\b{_GOV}\s+(?:kom|komen|komt)\s+(?:\w+\s+){{0,8}}?(?:op\s+)?terug\b"),
    ("inform", rf"\b(?:informeer|informeert|informeren|stuur|stuurt|sturen|zend|zendt|bericht)\s+(?:{_GOV}\s+)?{_KAMER}\b"
               rf"|\b{_GOV}\s+(?:informeer|informeert|stuur|stuurt|zend|zendt)\s+{_KAMER}\b"
               rf"|\b{_GOV}\s+{_KAMER}\b[^.;]{{0,120}}?\b(?:informeer|informeert|informeren)\b(?!\s+(?:heeft|hebben))"
               rf"|\b{_GOV}\s+{_KAMER}\b[^.;]{{0,120}}?\b(?:zal|zullen)\s+(?:nader\s+)?(?:informeren|sturen|toesturen|berichten)\b"
               rf"|\b(?:zal|zullen)\s+{_GOV}\s+{_KAMER}\b[^.;]{{0,120}}?\b(?:informeren|sturen|toesturen|berichten)\b"
               rf"|\b{_KAMER}\s+(?:wordt|zal|zullen)\b[^.;]{{0,120}}?\b(?:geïnformeerd|geinformeerd|gestuurd|toegestuurd)\b"
               rf"|\b(?:wordt|zal|zullen)\s+{_KAMER}\b[^.;]{{0,120}}?\b(?:geïnformeerd|geinformeerd)\b"
               rf"|\b(?:wordt|worden)\s+(?:\w+\s+){{0,8}}?(?:naar|aan)\s+{_KAMER}\s+(?:gestuurd|verzonden|toegezonden|aangeboden)\b"
               rf"|\bontvangt\s+{_KAMER}\b|\b{_KAMER}\s+ontvangt\b"
               rf"|\b(?:zal|zullen)\b[^.;]{{0,80}}?\bmet\s+{_KAMER}\s+(?:worden\s+)?gedeeld(?:\s+worden)?\b"),
    ("inform", r"\b(?:zal|zullen)\s+(?:ook\s+|nader\s+|hier\s+|daar\s+)*(?:worden\s+ingegaan\s+op|ingegaan\s+worden)\b"
               r"|\b(?:zal|zullen)\s+(?:\w+\s+){0,6}?(?:nader\s+)?aandacht\s+(?:aan\s+)?(?:\w+\s+){0,2}?worden\s+besteed\b"
               r"|^\W*in\s+(?:de|deze|die|het)\s+(?:kabinetsreactie|reactie|defensienota|nota|voortgangsbrief|rapportage|brief|klimaatplan)\b"
               r"(?!\s+van\s)[^.;]{0,80}?\b(?:wordt|worden|zal|zullen)\b[^.;]{0,60}?\b(?:ingegaan|meegenomen|toegelicht|beschreven)\b"),
    ("act", r"\b(?:zal|zullen)\s+(?:\w+\s+){0,12}?(?:worden|opnieuw)\s+(?:\w+\s+){0,2}?"
            r"(?:gepubliceerd|bekendgemaakt|gedeeld|gestuurd|verzonden|aangeboden|afgewogen|gereserveerd|uitgewerkt|opgesteld|geëvalueerd)\b"
            r"|\b(?:zal|zullen)\s+(?:\w+\s+){0,8}?(?:gepubliceerd|bekendgemaakt|gedeeld|afgewogen|gereserveerd|uitgewerkt|opgesteld|geëvalueerd)\s+worden\b"),
    ("act", rf"\b(?:zal|zullen|ga|gaan)\s+{_GOV}\b|\b{_GOV}\s+(?:\w+\s+){{0,3}}?(?:zal|zullen|ga|gaan)\b"),
    ("act", rf"\b{_GOV}\s+(?:ben|is|zijn|heb|hebben)\s+(?:daarnaast\s+|ook\s+|wel\s+)?(?:voornemens|van\s+plan|de\s+intentie|het\s+voornemen)\b"
            rf"|\b(?:ben|is|zijn|heb|hebben)\s+{_GOV}\s+(?:daarnaast\s+|ook\s+|wel\s+)?(?:voornemens|van\s+plan|de\s+intentie|het\s+voornemen)\b"
            rf"|\b{_GOV}\s+(?:ben|is|zijn)\s+(?:daartoe\s+|ook\s+)?bereid\s+(?:om\s+)?(?:\w+\s+){{0,8}}?te\s+\w+"
            rf"|\bzeg(?:t|gen)?\s+(?:{_GOV}\s+)?toe\b|\b(?:streef|streeft|streven)\s+(?:{_GOV}\s+)?ernaar\b"
            rf"|\b(?:ik|het\s+kabinet|wij|we)\s+(?:neem|neemt|nemen)\s+[^.;]{{3,140}}?\bmee\s+(?:bij|in)\b"
            rf"|\blaat\s+(?:ik\s+)?(?:hier|daar|dit)\s+(?:nog\s+)?(?:nader\s+)?(?:naar\s+)?(?:kijken|onderzoeken|uitzoeken|nagaan)\b"
            rf"|\b{_GOV}\s+volg(?:t|en)?\s+(?:dit|dat|het)\s+advies\s+op\b"),
    ("dated", rf"^\W*(?:na|voor|vóór|in|eind|begin|medio|uiterlijk)\s+(?:de|het|dit|komend)?\s*(?:zomer|zomerreces|najaar|voorjaar|jaar|kwartaal)\b"
              rf"[^.;,]{{0,30}}?\s(?!zal\b|zullen\b)\w+\s+{_GOV}\b"),
)]

#: Words one of which a sentence must hold before a trigger's pattern is tried
#: (plain substring tests are much cheaper than the patterns).
_NEEDS = (
    ("terug",),
    ("kamer",),
    ("ingegaan", "ingaan", "aandacht", "meegenomen", "toegelicht", "beschreven"),
    ("zal", "zullen"),
    ("zal", "zullen", "ga"),
    # ``zeg … toe``, ``neem … mee``: the rarer word of the two.
    ("voornemen", "plan", "intentie", "bereid", "zeg", "ernaar", "neem", "nemen", "laat", "advies"),
    ("",),
)

#: A whole word that every match of a trigger holds, searched on the folded
#: sentence (when it is as long as the sentence, so its word boundaries are
#: the sentence's): ``uw Kamer`` for the inform triggers, ``zal``/``ga`` for
#: the acts promised in the future tense; the substring tests above let
#: ``Kamerstuk`` and ``vergadering`` through.
_NEED_WORDS = (None, re.compile(r"\b(?:uw|de)\s+kamer\b"), None, None, re.compile(r"\b(?:zal|zullen|gaan|ga)\b"), None, None)
#: The triggers searched on the folded sentence (:mod:`.folded`).
_FOLDED = [(kind, Folded(rx)) for kind, rx in _TRIGGERS]

_CONDITIONAL = re.compile(
    r"^\W*(?:(?:alleen|enkel|slechts)\s+)?(?:mocht|indien|als|wanneer|ingeval|in\s+het\s+geval\s+dat)\b", _F)
_EXCLUDE_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:niet|geen|nooit)\b(?!\s+(?:alleen|enkel|langer\s+dan))"
    r"|^[^.;]{0,80}?\b(?:blijven|blijft|blijf)\s+\w+(?:en|d)\b"
    r"|^\s*(?:\w+\s+){0,4}?moeten\b",
    _F)
#: ``ik ga ervan uit``, ``het gaat om``: forms of *gaan* that promise nothing.
_GA_IDIOM = re.compile(r"^\s*(?:ervan|er\s+van|daarvan|hiervan)\s+uit\b|^\s*(?:over|om|akkoord|door|mee\s+akkoord)\b", _F)
_DISCOURSE = re.compile(
    r"\b(?:zal|ga)\s+ik\s+(?:\w+\s+){0,4}?(?:ingaan|in\s+gaan)\s+op\b|\b(?:zal|ga)\s+ik\s+(?:hieronder|eerst|nu|hierna)\b"
    r"|\bik\s+(?:zal|ga)\s+(?:\w+\s+){0,3}?(?:hieronder|eerst|hierna)\b|\bzoals\s+ik\s+(?:zal|ga)\b", _F)
_PREDICT = re.compile(
    r"\b(?:zal|zullen)\s+(?:\w+\s+){0,6}?(?:blijken|leiden|zijn|worden)\s*[.,;]?\s*$"
    r"|\b(?:zal|zullen)\s+(?:naar\s+verwachting|waarschijnlijk|vermoedelijk|mogelijk)\b", _F)
_PAST = re.compile(r"\b(?:heeft|hebben|heb|is|zijn)\s+(?:\w+\s+){0,8}?(?:toegezegd|geïnformeerd|gestuurd|aangegeven)\b", _F)


def _action(sentence: str, kind: str) -> str:
    low = sentence.lower()
    if kind == "return":
        return "return"
    if kind == "inform":
        return "inform"
    if kind == "dated":
        kind = "act"
    if re.search(r"\b(?:onderzo\w*|verken\w*|inventaris\w*|analyse\w*|bezien|kijken|uitzoeken|nagaan|beschouwen|evalu\w*)\b", low):
        return "investigate"
    if re.search(rf"\b(?:informeer|informeren|geïnformeerd|stuur|sturen|{_KAMER}|brief|delen|gedeeld|publiceren|gepubliceerd)\b", low):
        return "inform"
    return "act"


def _is_commitment(sentence: str, m: re.Match[str]) -> bool:
    """Whether trigger ``m`` in ``sentence`` is a real promise (see the module docstring)."""
    if _CONDITIONAL.match(sentence) and not re.match(r"^\W*zodra\b", sentence, _F):
        return False
    if _DISCOURSE.search(sentence):
        return False
    tail = sentence[m.end():]
    if _EXCLUDE_AFTER.match(tail) or re.match(r"\s*(?:niet|geen)\b", tail, _F):
        return False
    if re.search(r"\bga(?:at|an)?\b", m.group(), _F) and _GA_IDIOM.match(tail):
        return False
    head = m.group()
    if re.search(r"\b(?:niet|geen)\b", head, _F):
        return False
    if (re.search(r"\b(?:zal|zullen)\b", head, _F) and _PREDICT.search(sentence[m.start():])
            and not re.search(r"informe|stuur|gedeeld|terug", sentence, _F)):
        return False
    return True


def commitment_trigger(sentence: str) -> tuple[str, str] | None:
    """(action, trigger) if ``sentence`` is a commitment, else None (no deadline work)."""
    low = sentence.lower()
    folded = fold_lower(low)
    same = len(folded) == len(sentence)
    for (kind, rx), needs, word in zip(_FOLDED, _NEEDS, _NEED_WORDS):
        if not any(map(low.__contains__, needs)):
            continue
        if word is not None and same and word.search(folded) is None:
            continue
        for m in rx.finditer(sentence, folded):
            if not _is_commitment(sentence, m):
                continue
            if kind in ("act", "dated") and _PAST.search(sentence) and not re.search(r"\b(?:zal|zullen)\b", sentence, _F):
                return None
            return _action(sentence, kind), " ".join(m.group().split())
    return None


def find_commitments(text: str, ref: dt.date | None = None) -> list[CommitmentMatch]:
    """Every commitment sentence of an answer ``text`` (see the module docstring).

    ``ref`` is the answer's date, for deadlines such as ``eind dit jaar``.

    >>> [c.deadline.due for c in find_commitments("Ja. Ik informeer uw Kamer voor de zomer.", dt.date(2024, 3, 1))]
    [datetime.date(2024, 7, 1)]
    """
    spans = sentences(text)
    return commitments_in(text, spans, [commitment_trigger(text[s:e]) for s, e in spans], ref)


def commitments_in(text: str, spans, triggers, ref: dt.date | None = None) -> list[CommitmentMatch]:
    """:func:`find_commitments` from the sentence spans of ``text`` and the
    :func:`commitment_trigger` of each (a sequence indexed like ``spans``)."""
    out: list[CommitmentMatch] = []
    for i, (start, end) in enumerate(spans):
        hit = triggers[i]
        if hit is None:
            continue
        sentence = text[start:end]
        action, trigger = hit
        deadline = find_deadline(sentence, ref)
        if deadline is not None:
            deadline = DeadlineMatch(deadline.text, deadline.start + start, deadline.end + start,
                                     deadline.due, deadline.kind)
        out.append(CommitmentMatch(sentence, start, end, trigger, action, deadline))
    return out
