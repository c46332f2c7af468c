"""What a question asks: its parts and the kind of each part.

A question text mixes context (``In het artikel staat dat …``) with the
sentences that ask something. :func:`question_parts` returns those asking
sentences as :class:`AskedPart` spans:

* every sentence that ends in a question mark;
* an indirect request without one (``De leden vragen de regering hoeveel …``,
  ``Graag een toelichting.``, ``Kunt u aangeven …``);
* a conditional follow-up (``Zo ja, waarom?``, ``Zo nee, waarom niet?``,
  ``Indien niet, …``) is joined to the sentence before it: it only applies
  after that sentence's answer;
* a question without any such sentence is one part, the whole text.

:func:`ask_kind` says what a part asks, from its wording: ``amount`` (an
amount, count or share), ``list`` (an overview or enumeration), ``date``
(a moment or term), ``position`` (yes or no, agreement, willingness),
``explanation`` (why, how, what). The first matching rule wins, and the rules
run from the most specific wording (``hoeveel``, ``wanneer``) to the most
general (a sentence that starts with a verb asks for a yes or no).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

AskKind = Literal["amount", "list", "date", "position", "explanation"]

__all__ = ["AskKind", "AskedPart", "ask_kind", "question_parts", "sentences", "sentences_of"]


@dataclass(frozen=True, slots=True)
class AskedPart:
    """One asking sentence (with its conditional follow-ups) of a question."""

    text: str
    start: int
    end: int
    kind: AskKind


# A sentence ends at . ? ! (optionally followed by a closing quote or bracket
# and a footnote number) before white space, or at a blank line. After . or !
# the next word must not start in lower case (``o.a. de``), and a single
# letter or a common abbreviation before the dot (``a.``, ``nr.``) does not end
# a sentence. One cheap pattern finds the candidates; the rest is checked here.
_CANDIDATE = re.compile(r"[.!?]|\n[ \t]*\n")
_CLOSERS = re.compile(r"[\"'”’»)\]]*(?:\d{1,2}(?=\s))?")
_WORD_BEFORE = re.compile(r"[\w.]*$")
_ABBREVIATIONS = ("nr", "nrs", "c.s", "blz", "art", "p", "pag", "zgn", "incl", "excl", "min", "mln", "mld", "mrd", "o.a", "ca", "d.w.z", "bijv", "jl", "resp", "e.d", "m.b.t", "t.a.v", "i.p.v")


def _ends_sentence(text: str, m: re.Match[str]) -> int | None:
    """Where the sentence ends if candidate ``m`` ends one, else None."""
    ch = m.group()
    if ch.startswith("\n"):
        return m.end()
    end = _CLOSERS.match(text, m.end()).end()
    if ch == "?":
        return end
    rest = text[end:end + 2]
    if not rest or not rest[0].isspace():
        return None if rest else end
    nxt = text[end:].lstrip()[:1]
    if not nxt or nxt.islower():
        return None
    start = m.start()
    word = _WORD_BEFORE.search(text, max(0, start - 8), start).group()
    if len(word) == 1 and word.isalpha() and (start < 2 or not text[start - 2].isalnum()):
        return None  # ``a.``, ``b.``: a list label or an initial
    if word.lower() in _ABBREVIATIONS:
        return None
    return end


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, stripped of surrounding space."""
    return list(_sentences(text))


def sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentences` as a tuple, not cached (for a caller that keeps it)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CANDIDATE.finditer(text):
        if m.start() < pos:
            continue
        end = _ends_sentence(text, m)
        if end is None:
            continue
        _add(text, pos, end, out)
        pos = end
    _add(text, pos, len(text), out)
    return tuple(out)


#: :func:`sentences_of`, cached: question texts are split by more than one reader.
_sentences = lru_cache(maxsize=1024)(sentences_of)


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _HAS_WORD.search(text, start, end):
        out.append((start, end))


_HAS_WORD = re.compile(r"\w")


#: A follow-up that only applies after the previous sentence's answer.
_CONDITIONAL = re.compile(
    r"^[\W\d]*(?:(?:zo\s+(?:ja|nee|neen|niet|nee\s+of\s+niet|ja\s+of\s+nee)"
    r"|indien\s+(?:ja|nee|neen|niet|dat\s+(?:niet\s+)?(?:zo|het\s+geval)\s+is)"
    r"|(?:als|wanneer)\s+(?:dat|dit|het\s+antwoord)\s+(?:niet\s+)?(?:zo|het\s+geval|ja|nee|bevestigend|ontkennend)"
    r"|in\s+het\s+geval\s+(?:dat|van)\s+(?:niet|wel|ja|nee)"
    r"|zo\s*ja\s*/\s*(?:nee|neen)|en\s+zo\s+(?:ja|nee|niet))\b"
    r"|waarom\s+(?:wel|niet)(?:\s+of\s+(?:waarom\s+)?(?:wel|niet))?\s*\?"
    r"|graag\s+(?:een\s+)?(?:zo\s+)?(?:gedetailleerd|uitgebreid|volledig|inhoudelijk|onderbouwd|toegelicht|concreet)\w*"
    r"(?:\s+(?:mogelijk\s+)?(?:antwoord|toelichting|reactie))?\s*[.?!]?\s*$)",
    re.IGNORECASE,
)

#: An indirect request: asks without a question mark.
_REQUEST = re.compile(
    r"\b(?:vragen|vraagt|verzoeken|verzoekt)\s+(?:zij\s+|wij\s+|de\s+leden\s+)?(?:\w+\s+){0,2}?(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris|u)\b(?!\s+(?:aan|heeft|hebt))"
    r"|\b(?:leden|fractie|zij|wij)\b[^.?]{0,60}\b(?:vragen|vraagt|verzoeken|verzoekt)\b(?!\s+(?:van|over|aan|die|die\s+zij))"
    r"|\b(?:vernemen|horen|ontvangen|zien|weten|krijgen)\s+(?:zij\s+|de\s+leden\s+)?graag\b"
    r"|^\W*graag\s+(?:een|nader|meer|uw|de|het|zouden|willen|vernemen|horen|ontvangen)\b"
    r"|\b(?:willen|wensen|zouden)\b[^.]{0,60}\b(?:weten|vernemen|horen|ontvangen)\b"
    r"|^\W*(?:kunt|kan|wilt|wil|zou|zoudt)\s+(?:u|de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\b"
    r"|\b(?:wordt|worden)\s+(?:de\s+regering|het\s+kabinet|u)\s+(?:gevraagd|verzocht)\b"
    r"|\bnodigen\b[^.]{0,60}\buit\b",
    re.IGNORECASE,
)


_REQUEST_WORDS = ("vraag", "vrage", "verzoek", "graag", "weten", "vernemen", "horen", "ontvangen",
                  "kunt", "kan ", "wilt", "wil ", "zou", "gevraagd", "verzocht", "nodig")


def _requests(sentence: str) -> bool:
    """An indirect request (``De leden vragen de regering …``), without a question mark."""
    low = sentence.lower()
    return any(w in low for w in _REQUEST_WORDS) and bool(_REQUEST.search(sentence))


def question_parts(text: str) -> list[AskedPart]:
    """The asking sentences of a question text, in order (see the module docstring).

    >>> [p.text for p in question_parts("Kent u het bericht? Zo ja, wat vindt u ervan? Hoeveel kost dat?")]
    ['Kent u het bericht? Zo ja, wat vindt u ervan?', 'Hoeveel kost dat?']
    """
    spans: list[list[int]] = []
    last_asking = False
    for start, end in sentences(text):
        sent = text[start:end]
        asking = sent.rstrip("\"'”’»)] \t0123456789").endswith("?") or _requests(sent)
        if spans and last_asking and _CONDITIONAL.match(sent):
            spans[-1][1] = end
            continue
        if asking:
            spans.append([start, end])
        last_asking = asking
    if not spans:
        stripped = text.strip()
        if not stripped:
            return []
        start = text.index(stripped[0])
        spans = [[start, start + len(stripped)]]
    return [AskedPart(text[s:e], s, e, ask_kind(text[s:e])) for s, e in spans]


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


_AMOUNT = _rx(
    r"\bhoeveel\b", r"\bhoe\s+vaak\b", r"\bwelk(?:e)?\s+(?:bedrag|bedragen|aantal|aantallen|percentage|percentages|omvang|budget|kosten)\b",
    r"\bhoe\s+(?:groot|hoog|veel)\s+(?:is|zijn|was|waren|wordt|worden|zal|zullen)\b", r"\bom\s+hoeveel\b",
    r"\bwat\s+(?:zijn|waren|is|was|zullen|zouden)\s+(?:de|het)\s+(?:\w+\s+){0,2}?(?:kosten|bedrag|aantal|omvang|percentage|budget|opbrengst|hoogte|verschil)\b",
    r"\bwat\s+kost\b", r"\bin\s+welke\s+mate\b(?=[^?]*\b(?:gestegen|gedaald|toegenomen|afgenomen)\b)",
    r"\b(?:cijfers|aantallen)\b(?=[^?]*\b(?:geven|verstrekken|delen|overzicht)\b)",
)
#: ``wanneer`` asks for a moment at the start of a (sub)question or after a
#: verb of telling; elsewhere it is a conjunction (``ook wanneer …``).
_DATE = _rx(
    r"^\W*(?:(?:en|zo\s+ja,?)\s+)?(?:per|tot|vanaf|sinds|uiterlijk)?\s*wanneer\b",
    r"\b(?:aangeven|toelichten|zeggen|melden|laten\s+weten|weten|vertellen|inzicht\s+in|duidelijk\s+maken|aan\s+te\s+geven)\s+(?:per\s+|tot\s+|vanaf\s+)?wanneer\b",
    r"[,;]\s*(?:en\s+)?(?:per|tot|vanaf|sinds)?\s*wanneer\s+(?:\w+\s+){0,2}?(?:u|de\s+regering|het\s+kabinet|de\s+kamer|dit|dat|het|deze)\b",
    r"\bzo\s+ja,?\s+(?:wanneer|op\s+welke\s+termijn)\b",
    r"\bop\s+welke\s+(?:termijn|datum|dag|moment)\b", r"\bwelk\s+(?:tijdpad|tijdschema|moment)\b",
    r"\bwelke\s+(?:datum|termijn|planning)\b", r"\bhoe\s+lang\b", r"\bbinnen\s+welke\s+termijn\b",
    r"\bwat\s+is\s+de\s+(?:planning|termijn)\b", r"\btijdpad\b",
)
_LIST = _rx(
    r"\boverzicht\b", r"\bop\s+een\s+rij(?:tje)?\b", r"\b(?:een\s+)?(?:lijst|opsomming|uitsplitsing)\b",
    r"\bwelke\b", r"\bwie\b", r"\bnoem\b", r"\bwelk\b",
)
_OVERVIEW = re.compile(r"\boverzicht\b|\bop\s+een\s+rij|\blijst\b|\bopsomming\b|\buitsplitsing\b", re.IGNORECASE)
#: Sentences that open with a finite verb ask for a yes or no.
_V1 = re.compile(
    r"^\W*(?:(?:en|maar|of|ook)\s+)?(?P<verb>bent|is|zijn|was|waren|heeft|hebt|hebben|had|kunt|kan|kunnen|wilt|wil|willen|zult|zal|zullen"
    r"|zou|zoudt|zouden|deelt|delen|klopt|kloppen|acht|achten|vindt|vinden|erkent|erkennen|kent|kennen|gaat|gaan|wordt|worden"
    r"|werd|werden|moet|moeten|mag|mogen|ziet|zien|blijft|neemt|bestaat|bestaan|verwacht|verwachten|onderschrijft|steunt|staat"
    r"|houdt|betekent|valt|geldt|gelden|overweegt|deelde|beschikt|bevestigt|herkent|herinnert|krijgen|krijgt|speelt|spelen"
    r"|voelt|rekenden|rekent|refereert|realiseert|beseft|weet|wist|onderkent|constateert|leidt|draagt|biedt|stelt)\b",
    re.IGNORECASE,
)
_POSITION = _rx(
    r"\bbereid\b", r"\b(?:klopt|kloppen)\s+(?:het|de|dit|deze)\b", r"\bis\s+het\s+(?:waar|juist|correct)\b",
    r"\bdeelt\s+u\b", r"\b(?:bent|is)\s+(?:u|de\s+regering|het\s+kabinet)\s+(?:het\s+)?(?:eens|bekend)\b",
    r"\bja\s+of\s+nee\b",
)
#: ``Kunt u aangeven hoeveel …``: the embedded question decides, not the verb.
_EMBED = re.compile(
    r"^\W*(?:kunt|kan|wilt|wil|zou|zoudt)\s+(?:u|zij|de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)\s+"
    r"(?:\w+[,]?\s+){0,6}?(?:aangeven|aangegeven|toelichten|uitleggen|uiteenzetten|verklaren|beschrijven|schetsen|onderbouwen|"
    r"inzichtelijk\s+maken|inschatting\s+maken|(?:aan\s+de\s+kamer\s+)?(?:melden|laten\s+weten)|vertellen|reflecteren|"
    r"specificeren|verduidelijken|duidelijk\s+maken|nagaan|uitzoeken|delen|ingaan|(?:een\s+)?overzicht\s+(?:geven|sturen|verstrekken|maken))\b"
    r"|^\W*(?:kan|kunt)\s+(?:u|zij|de\s+regering|het\s+kabinet)\s+(?:\w+\s+){0,3}?(?:een\s+)?overzicht\b",
    re.IGNORECASE,
)
#: Verbs after which ``hoeveel`` is what a willingness question is really after.
_PRODUCE = re.compile(r"\b(?:in\s+beeld\s+(?:te\s+)?brengen|uit\s+te\s+zoeken|uitzoeken|aan\s+te\s+geven|inzichtelijk\s+(?:te\s+)?maken|"
                      r"te\s+delen|te\s+onderzoeken|in\s+kaart\s+(?:te\s+)?brengen)\s+(?:\w+\s+){0,2}?(?:hoeveel|hoe\s+vaak)\b", re.IGNORECASE)


def ask_kind(sentence: str) -> AskKind:
    """What one asking sentence asks for (see the module docstring).

    >>> ask_kind("Hoeveel meldingen zijn er gedaan?"), ask_kind("Deelt u die mening?")
    ('amount', 'position')
    """
    # The main sentence decides; a conditional follow-up (``Zo ja, waarom?``)
    # is an addition to it.
    main = sentence
    m = re.search(r"\?\s+(?=\S)", sentence)
    if m and _CONDITIONAL.match(sentence[m.end():]):
        main = sentence[:m.end()]
    embed = _EMBED.match(main)
    if embed:
        rest = main[embed.end():]
        if re.match(r"\W*(?:of|dat)\b", rest, re.IGNORECASE) and not _AMOUNT.search(rest):
            return "position"  # ``Kunt u aangeven of …``
        return _wh_kind(rest) or ("list" if _OVERVIEW.search(main) else "explanation")
    v1 = _V1.match(main)
    if v1:
        if _PRODUCE.search(main):
            return "amount"
        return "position"
    kind = _wh_kind(main)
    if kind:
        return kind
    if v1 or _POSITION.search(main):
        return "position"
    return "explanation"


_AMOUNT_WORDS = ("hoeveel", "hoe vaak", "bedrag", "aantal", "percentage", "omvang", "budget", "kosten",
                 "hoe groot", "hoe hoog", "hoe veel", "kost", "mate", "cijfers", "verschil", "opbrengst", "hoogte")
_DATE_WORDS = ("wanneer", "termijn", "tijdpad", "tijdschema", "moment", "datum", "planning", "hoe lang")


def _wh_kind(text: str) -> AskKind | None:
    """The kind a question word in ``text`` asks for, or None."""
    low = text.lower()
    if any(w in low for w in _AMOUNT_WORDS) and _AMOUNT.search(text):
        return "amount"
    if any(w in low for w in _DATE_WORDS) and _DATE.search(text):
        return "date"
    if _OVERVIEW.search(text):
        return "list"
    if re.search(r"\bwaarom\b|\bhoe\s+verklaart\b|\bwat\s+is\s+de\s+reden\b|\bop\s+welke\s+(?:wijze|manier)\b", text, re.I):
        return "explanation"
    if _LIST.search(text) and not re.search(r"\bwelke\s+(?:rol|reden|gevolgen?\s+heeft|betekenis|invloed)\b", text, re.I):
        return "list"
    if re.search(r"\b(?:wat|hoe|waaruit|waarop|waardoor|waarmee|waar|in\s+hoeverre)\b", text, re.I):
        return "explanation"
    return None
