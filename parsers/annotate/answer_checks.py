"""What an answer text contains, for the answer audit.

Pure functions on one string, each returning the first matching phrase (or
None), so the audit can quote it in its reason:

* :func:`position` – a clear yes/no or stance (``Ja.``, ``Nee, dat klopt
  niet``, ``Dat deel ik niet``, ``Ik ben (niet) bereid``, ``Daar ben ik mee
  bekend``, ``is niet aan de orde``);
* :func:`amount` – a number of something: a figure (money, percent,
  quantity), a count (``12 meldingen``, ``drie zorgaanbieders``) or a table
  of numbers;
* :func:`moment` – a time (``20 maart 2024``, ``per 1 januari``, ``eind
  dit jaar``, ``voor de zomer``, ``in 2025``, ``binnen twaalf maanden``) and
  :func:`vague_moment` (``zo spoedig mogelijk``, ``op korte termijn``);
* :func:`enumeration` – a list (bullets, numbered items, ``a.``/``b.``);
* :func:`not_known` – the information does not exist (``niet bekend``,
  ``wordt niet geregistreerd``, ``geen cijfers``);
* :func:`refusals` – sentences that decline to answer (``Ik kan geen
  uitspraken doen``, ``Ik ga niet in op``);
* :func:`deferral` – the answer is promised for later (``kom ik … terug``,
  ``informeer ik uw Kamer``, ``wordt uw Kamer … geïnformeerd``);
* :func:`reference` – a pointer elsewhere (``zie het antwoord op vraag 4``,
  ``verwijs ik u naar de Kamerbrief``).
"""

from __future__ import annotations

import re

from .dutch import MONTHS
from .folded import Folded, fold

__all__ = [
    "NUMBER_WORDS", "amount", "deferral", "enumeration", "moment", "not_known", "position",
    "reference", "refusals", "vague_moment",
]


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _first(pattern, text: str) -> str | None:
    m = pattern.search(text)
    return " ".join(m.group().split()) if m else None


#: "Not given": an argument left out (``None`` is a value there).
UNSET = object()
class _Keyed:
    """Alternative patterns, each tried only when the text holds one of its
    words: a substring test is far cheaper than a case-insensitive pattern,
    and most answers hold few of the words. ``search`` returns the earliest
    match over all alternatives, like one pattern would.

    The words of an alternative are a tuple of words (one of them must be in
    the text) or a tuple of such tuples (one word of each)."""

    def __init__(self, *pairs: tuple[tuple, str]) -> None:
        self.pairs = [(words if not words or isinstance(words[0], tuple) else (words,),
                       re.compile(rx, re.IGNORECASE)) for words, rx in pairs]
        # (one group of words: tested without a generator per alternative)
        self._folded = [(groups[0] if len(groups) == 1 else None, groups, Folded(rx)) for groups, rx in self.pairs]

    def may_match(self, low: str) -> bool:
        """False when the folded text ``low`` lacks the words of every alternative."""
        has = low.__contains__
        return any(not groups or all(any(map(has, words)) for words in groups) for groups, _ in self.pairs)

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """The earliest match; ``low`` is ``fold(text)`` when the caller has it."""
        if low is None:
            low = fold(text)
        best = None
        has = low.__contains__
        for one, groups, rx in self._folded:
            if one is not None:
                if not any(map(has, one)):
                    continue
            elif groups and not all(any(map(has, words)) for words in groups):
                continue
            m = rx.search(text, low)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


_WE = r"(?:ik|wij|we|het\s+kabinet|de\s+regering)"
_POSITION = _Keyed(
    ((), r"^\W*(?:ja|nee|neen|jazeker|zeker|inderdaad|klopt|correct|juist)\b(?!\s+(?:maar|wel)\b)"),
    (("ja", "nee"), r"(?:^|[.!?]\s+)(?:ja|nee|neen)\s*[,.;:]"),
    (("klopt", "juist", "correct", "geval", "waar"),
     r"\b(?:dat|dit|het)\s+(?:klopt|is\s+(?:juist|correct|het\s+geval|waar|onjuist|niet\s+juist|niet\s+het\s+geval|niet\s+waar))\b"),
    (("klopt",), r"\b(?:dat|dit|het)\s+klopt\s+niet\b|\bklopt\s+(?:dat|dit|het)\b"),
    (("deel",), rf"\b{_WE}\s+(?:deel|delen|deelt)\b|\b(?:deel|delen|deelt)\s+{_WE}\b"),
    (("bereid", "voornemens", "mening", "oordeel", "eens"),
     rf"\b(?:ben|zijn|is)\s+{_WE}\s+(?:niet\s+|wel\s+|daartoe\s+)?(?:bereid|voornemens|van\s+mening|van\s+oordeel|het\s+(?:niet\s+)?eens)\b"
     rf"|\b{_WE}\s+(?:ben|zijn|is)\s+(?:niet\s+|wel\s+|daartoe\s+|het\s+)?(?:bereid|voornemens|van\s+mening|van\s+oordeel|eens|oneens|het\s+(?:niet\s+)?eens)\b"
     r"|\b(?:ik|het\s+kabinet)\s+(?:ben|is)\s+het\s+(?:daar\s+)?(?:niet\s+)?mee\s+eens\b"),
    (("bevestig",), r"\b(?:kan|kunnen)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:niet\s+)?bevestigen\b"
                    r"|\b(?:ik|wij|we|het\s+kabinet)\s+(?:kan|kunnen)\s+(?:dit|dat|het)\s+(?:niet\s+)?bevestigen\b"),
    (("overwe",), rf"\b(?:overweeg|overweegt|overwegen)\s+(?:ik|wij|we|het\s+kabinet)?\s*(?:niet|geen)\b"
                  rf"|\b{_WE}\s+(?:overweeg|overweegt|overwegen)\s+(?:niet|geen)\b"
                  r"|\bwordt\s+(?:momenteel\s+|op\s+dit\s+moment\s+)?geen\b[^.]{0,60}\boverwogen\b"),
    (("orde", "opportuun", "nodig", "wenselijk", "mogelijk", "voorzien"),
     r"\b(?:is|zijn)\s+(?:vooralsnog\s+|daarom\s+|dan\s+ook\s+)?niet\s+(?:aan\s+de\s+orde|opportuun|nodig|wenselijk|mogelijk|voorzien)\b"
     r"|\bniet\s+opportuun\b"),
    (("geen",), r"\bzie\s+(?:ik|het\s+kabinet|wij)\s+(?:daartoe\s+|hiertoe\s+)?geen\s+(?:aanleiding|reden|noodzaak)\b"
                r"|\b(?:ik|het\s+kabinet|wij|we)\s+(?:zie|ziet|zien)\s+(?:daartoe\s+|hiertoe\s+)?geen\s+(?:aanleiding|reden|noodzaak)\b"),
    (("vind", "acht", "onderschrij", "erken", "betreur", "steun"),
     rf"\b{_WE}\s+(?:vind|vindt|vinden|acht|achten|onderschrijf|onderschrijft|onderschrijven|erken|erkent|erkennen|betreur|betreurt|steun|steunt)\b"
     rf"|\b(?:vind|vindt|vinden|acht|achten|onderschrijf|onderschrijft|erken|erkent|betreur|betreurt)\s+{_WE}\b"),
    (("vast",), r"\bhoudt\s+vast\s+aan\b"),
    (("helaas",), r"\bhelaas\b[^.]{0,40}\bniet\b"),
)
#: Knowing: a stance only when the question asks ``Bent u bekend met …``.
_KNOWING = _Keyed(
    (("bekend",), r"\b(?:ik|wij|we|het\s+kabinet)\s+(?:ben|zijn|is)\s+(?:daar\s+|hiermee\s+|ermee\s+)?(?:niet\s+)?(?:mee\s+)?bekend\b"
                  r"|\b(?:daar|hier)\s+(?:ben|is|zijn)\s+(?:ik|het\s+kabinet|wij|we)\s+(?:niet\s+)?(?:mee\s+)?bekend\b"
                  r"|\bis\s+(?:mij|ons|het\s+kabinet)\s+bekend\b|\bhet\s+is\s+mij\s+bekend\b|\bis\s+bekend\b"),
    (("kennis",), r"\bheeft\s+kennis\s*genomen\b|\b(?:heb|hebben)\s+(?:ik|wij|we)\s+kennis\s*genomen\b"),
)


def position(text: str, knowing: bool = False, low: str | None = None) -> str | None:
    """A clear yes/no or stance in ``text`` (the phrase), else None; with
    ``knowing`` also ``Het is mij bekend`` (for ``Bent u bekend met …``).
    ``low`` is ``fold(text)`` when the caller has it."""
    if low is None:
        low = fold(text)
    m = _POSITION.search(text, low)
    if m is None and knowing:
        m = _KNOWING.search(text, low)
    return " ".join(m.group().split()) if m else None


#: Number words that count things (``drie zorgaanbieders``).
NUMBER_WORDS = (
    "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig "
    "tachtig negentig honderd honderden duizend duizenden tientallen enkele"
).split()
_REF_BEFORE = r"(?<!artikel\s)(?<!vraag\s)(?<!vragen\s)(?<!nr\.\s)(?<!nummer\s)(?<!lid\s)(?<!blz\.\s)(?<!pagina\s)(?<!bijlage\s)(?<!hoofdstuk\s)(?<!Kamerstuk\s)(?<!motie\s)"
_COUNT = re.compile(
    _REF_BEFORE + r"(?<![\w.,/-])(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\d.,]*\d)(?!\s*(?:" + "|".join(MONTHS)
    + r")\b)\s*(?:%|x\b|keer\b|procent\b|(?:[a-zà-ÿ]{3,}))"
    r"|\b(?:" + "|".join(NUMBER_WORDS) + r")\s+(?:\w+\s+)?[a-zà-ÿ]{3,}(?:en|s|'s)\b"
    r"|\b(?:één|een)\s+(?:keer|opleiding|geval|melding|aanvraag|gezin|persoon|bedrijf|organisatie|locatie)\b"
    r"|\b(?:geen\s+enkele|geen)\s+(?:\w+\s+)?(?:paardenvlees|meldingen|gevallen|aanvragen|klachten|middelen|subsidie|personen|mensen)\b"
    r"|\bnul\b",
    re.IGNORECASE,
)
#: A run of numbers as a flattened table (``2 3 6 10 14 34``).
_TABLE = re.compile(r"(?:\b\d[\d.,]*\s+){4,}\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"^(?:1[89]|2\d)\d\d\b")


def amount(text: str, figures: list[str] = ()) -> str | None:
    """A number of something in ``text``: one of ``figures`` (money, percent,
    quantity texts from the figures annotator), a table of numbers, or a count."""
    if figures:
        return figures[0]
    m = _TABLE.search(text)
    if m:
        return " ".join(m.group().split()[:6])
    for m in _COUNT.finditer(text):
        if _YEAR.match(m.group()):
            continue
        return " ".join(m.group().split())
    return None


_MONTH = "|".join(MONTHS)
_MOMENT = _rx(
    rf"\b\d{{1,2}}\s+(?:{_MONTH})(?:\s+(?:1[89]|2\d)\d\d)?\b",
    rf"\b(?:begin|medio|eind|half|halverwege|in|vanaf|per|voor|na|sinds|tot)\s+(?:{_MONTH})\b",
    r"\b(?:in|voor|na|vanaf|sinds|per|tot|eind|begin|medio|uiterlijk|rond|omstreeks)\s+(?:het\s+jaar\s+)?(?:1[89]|2\d)\d\d\b",
    r"\b(?:dit|komend|volgend|vorig|het\s+afgelopen|het\s+komende)\s+(?:jaar|voorjaar|najaar|kwartaal|half\s*jaar)\b",
    r"\b(?:eind|einde|begin|medio|in\s+de\s+loop\s+van)\s+(?:van\s+)?(?:dit|het|volgend|komend)\s+jaar\b",
    r"\b(?:voor|na|in|tijdens)\s+(?:de|het)\s+(?:zomer|winter|voorjaar|najaar|zomerreces|kerstreces|herfstreces|voorjaarsreces)\b",
    r"\b(?:in|bij)\s+(?:het|de)\s+(?:eerste|tweede|derde|vierde|laatste)\s+(?:kwartaal|helft|half\s*jaar)\b",
    r"\bQ[1-4]\b", r"\bbinnen\s+(?:\w+\s+)?(?:dagen|weken|maanden|jaar|jaren|week|maand)\b",
    r"\b\d+\s+(?:dagen|weken|maanden|jaar|jaren)\b", r"\b(?:twaalf|zes|drie|vier|twee)\s+(?:weken|maanden|jaar)\b",
    r"\b(?:bij|in)\s+de\s+(?:voorjaarsnota|najaarsnota|miljoenennota|begroting|suppletoire)\b", r"\b(?:op\s+)?prinsjesdag\b",
    r"\b(?:volgende|komende|deze)\s+(?:week|maand|zomer|winter)\b", r"\bgelijktijdig\s+met\b", r"\binmiddels\b",
    r"\bis\s+(?:volop\s+)?(?:gaande|gestart|begonnen|afgerond)\b", r"\bal\s+(?:gestart|begonnen|afgerond)\b",
)
_VAGUE = _rx(
    r"\bzo\s+(?:spoedig|snel)\s+mogelijk\b", r"\bop\s+(?:korte|afzienbare|termijn)\b", r"\bbinnenkort\b",
    r"\b(?:de|in\s+de)\s+komende\s+(?:tijd|periode|jaren|maanden)\b", r"\bop\s+een\s+later\s+moment\b",
    r"\bniet\s+te\s+(?:zeggen|voorspellen)\s+(?:wanneer|op\s+welke\s+termijn)\b",
)


def moment(text: str) -> str | None:
    """A concrete time or term in ``text`` (the phrase), else None."""
    return _first(_MOMENT, text)


def vague_moment(text: str) -> str | None:
    """A vague time (``zo spoedig mogelijk``, ``op korte termijn``), else None."""
    return _first(_VAGUE, text)


_ENUM = re.compile(
    r"(?:^|\n|[:;.]\s+)\s*(?:[-–•▪·*]|\d{1,2}[.)]|[a-h][.)])\s+\S[^\n]{2,}"
    r"(?:\n|[;.]\s+|\s+)\s*(?:[-–•▪·*]|\d{1,2}[.)]|[a-h][.)])\s+\S",
)
_BULLET = re.compile(r"[•▪]|(?:^|\s)–\s|(?:^|\s)(?:\d{1,2}|[a-h])[.)]\s")


def enumeration(text: str) -> str | None:
    """A list in ``text`` (two or more bullets or numbered items), else None."""
    m = _ENUM.search(text)
    if m:
        return " ".join(m.group().split())[:40]
    if len(_BULLET.findall(text)) >= 2:
        return "opsomming"
    return None


_NOT = ("niet",)
_NOT_KNOWN = _Keyed(
    ((("bekend",), _NOT), r"\b(?:is|zijn)\s+(?:mij|ons|het\s+kabinet)?\s*(?:op\s+dit\s+moment\s+|momenteel\s+|nog\s+)?niet\s+bekend\b"),
    ((("bekend",), _NOT), r"\bniet\s+bekend\s+(?:is\s+)?(?:hoeveel|of|wanneer|welke)\b"),
    ((("bekend",), _NOT), r"\bhet\s+is\s+mij\s+niet\s+bekend\b"),
    ((("geen",), ("cijfers", "gegevens", "data", "zicht", "registratie")),
     r"\bgeen\s+(?:\w+\s+)?(?:cijfers|gegevens|data|inzicht|zicht|overzicht|registratie)\b"),
    (("geregistreerd", "bijgehouden"),
     r"\b(?:wordt|worden)\s+niet\s+(?:centraal\s+|apart\s+|afzonderlijk\s+|landelijk\s+)?(?:geregistreerd|bijgehouden)\b"),
    (("registre",), r"\b(?:registreert|registreren)\s+(?:\w+\s+)?niet\b"),
    ((("houdt",), ("geen",)), r"\bhoudt\s+(?:\w+\s+){0,3}geen\s+(?:\w+\s+){0,3}bij\b"),
    ((("zeggen", "voorspellen", "kwantificeren", "geven", "bepalen"), _NOT),
     r"\b(?:is|valt)\s+(?:op\s+dit\s+moment\s+|nog\s+)*niet\s+te\s+(?:zeggen|voorspellen|kwantificeren|geven|bepalen)\b"),
    (("kwantificeren",), r"\bniet\s+(?:goed\s+)?te\s+kwantificeren\b"),
    (("betrouwbare",), r"\bgeen\s+betrouwbare\b"),
    ((("geven",), _NOT), r"\bnog\s+niet\s+te\s+geven\b"),
    (("kaart",), r"\b(?:is|zijn)\s+(?:\w+\s+)?bezig\s+(?:\w+\s+){0,4}in\s+kaart\s+te\s+brengen\b"),
    (("leiden",), r"\bniet\s+uit\s+\w+\s+af\s+te\s+leiden\b"),
    ((("geven",), _NOT), r"\bkan\s+ik\s+(?:dus\s+)?niet\s+geven\b"),
)


def not_known(text: str, low: str | None = None) -> str | None:
    """A statement that the asked information is not available, else None.
    ``low`` is ``fold(text)`` when the caller has it."""
    m = _NOT_KNOWN.search(text, low)
    return " ".join(m.group().split()) if m else None


_SUBJ = r"(?:ik|wij|we|het\s+kabinet)"
_GAP = r"(?:[\w’'-]+,?\s+){0,6}?"
_REFUSAL = _Keyed(
    ((("kan", "kunnen", "mag"), ("geen", "niet")),
     rf"\b(?:kan|kunnen|mag)\s+{_SUBJ}\s+{_GAP}(?:geen\s+(?:uitspraken|mededelingen|antwoord|informatie)|niet\s+(?:op\s+)?in(?:gaan)?\b|niet\s+(?:mee\s+)?delen|niets\s+zeggen)\b"
     rf"|\b{_SUBJ}\s+(?:kan|kunnen|mag)\s*,?\s+{_GAP}(?:geen\s+(?:uitspraken|mededelingen|antwoord|informatie)|niet\s+(?:op\s+)?in(?:gaan)?\b|niet\s+(?:\w+\s+){{0,6}}delen|niet\s+ingaan)\b"),
    ((("ga",), ("niet",)), r"\b(?:ga|gaan)\s+(?:ik|wij|we)\s+niet\s+in\s+op\b|\b(?:ik|wij|we)\s+(?:ga|gaan)\s+niet\s+in\s+op\b"),
    (("antwoord", "uitspraken"), r"\bgeen\s+antwoord\s+(?:kan\s+)?geven\b|\bdoe\s+ik\s+geen\s+uitspraken\b"),
    (("openbaar", "beslotenheid"), r"\bniet\s+in\s+het\s+openbaar\s+(?:in(?:gaan)?|worden\s+gedeeld|bespreken)\b|\balleen\s+in\s+beslotenheid\b"),
    (("aan mij",), r"\bis\s+(?:het\s+)?niet\s+aan\s+mij\s+om\s+(?:\w+\s+){0,4}?uit(?:spraken|latingen)\b"),
)
_STRONG_REFUSAL = re.compile(r"\bgeen\s+antwoord\s+(?:kan\s+)?geven\b", re.IGNORECASE)


def refusals(sentences: list[str]) -> list[int]:
    """Indexes of ``sentences`` that decline to answer."""
    return [i for i, s in enumerate(sentences) if _REFUSAL.search(s)]


def may_refuse(low: str) -> bool:
    """False when ``low`` (a folded text) holds the words of no refusal
    pattern, so no sentence of it refuses."""
    return _REFUSAL.may_match(low)


def refusal_majority(sentences: tuple[str, ...] | list[str]) -> int | None:
    """The first of :func:`refusals` when more than half of ``sentences``
    decline to answer, else None; stops reading as soon as that is decided."""
    n = len(sentences)
    first = None
    found = 0
    for i, s in enumerate(sentences):
        if (found + n - i) * 2 <= n:
            return None  # even if every sentence left refused, no majority
        if _REFUSAL.search(s):
            found += 1
            if first is None:
                first = i
    return first if found * 2 > n else None


def strong_refusal(text: str, low: str | None = None) -> str | None:
    """``Ik kan … geen antwoord geven``: the answer says it does not answer.
    ``low`` is ``fold(text)`` when the caller has it."""
    if "antwoord" not in (fold(text) if low is None else low):
        return None
    return _first(_STRONG_REFUSAL, text)


_DEFERRAL = _rx(
    r"\bin\s+(?:een|de)\s+(?:separate|aparte|afzonderlijke|nadere|volgende|komende)\s+(?:brief|kabinetsreactie|reactie)\b",
    r"\bnu\s+nog\s+niet\s+te\s+geven\b",
)


def deferral(text: str, trigger=UNSET) -> str | None:
    """A promise to answer (or inform the Kamer) later, else None: a
    commitment to inform or come back (:mod:`.commitments`), or ``in een
    separate brief``, ``nu nog niet te geven``.

    ``trigger``, when given, is ``commitment_trigger(text)`` of a ``text``
    that is one sentence (``sentences(text)`` is the whole of it)."""
    if trigger is UNSET:
        from .asks import sentences
        from .commitments import commitment_trigger

        for start, end in sentences(text):
            hit = commitment_trigger(text[start:end])
            if hit is not None and hit[0] in ("inform", "return"):
                return hit[1]
    elif trigger is not None and trigger[0] in ("inform", "return"):
        return trigger[1]
    low = fold(text)
    if "brief" not in low and "reactie" not in low and "geven" not in low:
        return None
    return _first(_DEFERRAL, text)


_REFERENCE = _rx(
    r"\bverwijs\s+(?:ik|wij|we)\s+(?:u\s+|uw\s+Kamer\s+)?(?:graag\s+|kortheidshalve\s+)?naar\b",
    r"\b(?:ik|wij|we)\s+verwijs\s+(?:u\s+|uw\s+Kamer\s+)?(?:graag\s+)?naar\b",
    r"\bgraag\s+verwijs\s+ik\b", r"\bzie\s+(?:ook\s+)?(?:het|mijn|de)\s+(?:antwoord|antwoorden|beantwoording|brief|kamerbrief)\b",
    r"\bzie\s+(?:ook\s+)?(?:antwoord|vraag|vragen)\s+\d", r"\b(?:zoals|als)\s+(?:aangegeven|vermeld|toegelicht)\s+(?:in|bij)\s+(?:het\s+)?antwoord\b",
)


def reference(text: str) -> str | None:
    """A pointer to another answer or document, else None."""
    return _first(_REFERENCE, text)
