"""Which kind of question round a source is, from its title lines and markers."""

from __future__ import annotations

import re

from ..annotate.folded import Folded, fold
from ..model import Kind, Meta
from ..source import Source

# Title phrases, most specific first. Matched case-insensitively on the first
# part of the document (title lines are often capitalised or bold).
_TITLES: list[tuple[re.Pattern[str], Kind]] = [
    (re.compile(r"nota\s+naar\s+aanleiding\s+van\s+het\s+(?:\w+\s+){0,3}verslag", re.I), "nota-naar-aanleiding-van-verslag"),
    (re.compile(r"(?:nadere\s+)?memorie\s+van\s+antwoord", re.I), "memorie-van-antwoord"),
    (re.compile(r"(?:nader\s+)?voorlopig\s+verslag", re.I), "voorlopig-verslag"),
    (re.compile(r"lijst\s+van\s+vragen\s+en\s+antwoorden", re.I), "lijst-van-vragen-en-antwoorden"),
    (re.compile(r"lijst\s+van\s+vragen\s+met\s+de\s+daarop\s+gegeven\s+antwoorden", re.I), "lijst-van-vragen-en-antwoorden"),
    (re.compile(r"verslag\s+van\s+een\s+(?:nader\s+)?schriftelijk\s+overleg", re.I), "verslag-schriftelijk-overleg"),
]

_NOT_ROUNDS = re.compile(
    r"verslag\s+van\s+een\s+(?:algemeen|commissie)\s*overleg|woordelijk\s+verslag|notaoverleg",
    re.I,
)
#: The title of a parliamentary document that is no question round: a motion,
#: an amendment, a bill, its explanatory memorandum, a note of amendment, a
#: royal message, the Raad van State's advice, a committee's list of decisions.
#: Their numbered lists (the Beleidskompas's ``1. Wat is het probleem?``) and
#: rhetorical questions are text, not questions.
_NON_ROUND_TYPE = re.compile(
    r"(?:gewijzigde\s+)?motie\b|(?:gewijzigd\s+)?amendement\b|(?:gewijzigd\s+)?voorstel\s+van\s+(?:wet|rijkswet)\b"
    r"|memorie\s+van\s+toelichting\b|(?:\w+\s+)?nota\s+van\s+wijziging\b|koninklijke\s+boodschap\b"
    r"|advies\s+(?:van\s+de\s+)?(?:afdeling\s+advisering|raad\s+van\s+state)\b|besluitenlijst\b",
    re.I,
)
#: The same as a title line of its own (no ``Nr. N`` before it): a motion or
#: amendment names its movers (``Motie van het lid …``), so that a question's
#: topic line ``Motie Bakker c.s. over …`` is not taken for a title.
_NON_ROUND_TITLE = re.compile(
    r"(?:gewijzigde\s+)?motie\s+van\s+(?:het\s+lid|de\s+leden)\b"
    r"|(?:gewijzigd\s+)?amendement\s+van\s+(?:het\s+lid|de\s+leden)\b"
    r"|(?!motie|amendement|gewijzigde?\s+(?:motie|amendement))(?:" + _NON_ROUND_TYPE.pattern + r")",
    re.I,
)
#: A TK committee's report on a bill (``Nr. 5 VERSLAG``, ``NADER VERSLAG``):
#: the factions' questions, answered later in the nota; the TK counterpart of
#: the EK voorlopig verslag.
_BARE_VERSLAG = re.compile(r"(?:(?:tweede\s+|derde\s+)?nader\s+)?verslag", re.I)
#: A speaker's turn in the Handelingen (a plenary debate, the vragenuur):
#: ``De voorzitter:``, ``Mevrouw Dobbe (SP):``, ``Minister Tielen:``.
_CHAIR_TURN = re.compile(r"^\s*(?:De\s+)?[Vv]oorzitter\s*:")
_SPEAKER_TURN = re.compile(
    r"^\s*(?:Mevrouw|De\s+heer|Minister(?:-president)?|Staatssecretaris)\s+[^:\n]{1,60}?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*:\s"
)
_AANHANGSEL = re.compile(r"Aanhangsel\s+van\s+de\s+Handelingen|Vragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer", re.I)
#: ``Vragen van het lid X`` / ``van de leden X en Y`` (also the misprint
#: ``van het leden``, ``van de leden lid X``): names follow; not ``de vragen van de leden van de
#: VVD-fractie`` nor ``… in op de vragen van de leden.`` (a nota).
#: (The word start is tested after the first letter, so the engine skips to
#: an ``M`` or ``V`` quickly.)
_ASKING = re.compile(r"(?:M(?<!\wM)ondelinge\s+[Vv]|V(?<!\wV)|v(?<!\wv))ragen\s+van\s+(?:het\s+lid|de\s+leden(?=\s+(?:[A-ZÀ-Þ]|lid\b))|lid|het\s+leden)\b")
_ANSWERING = re.compile(r"\bAntwoord\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)")
_MEDEDELING = re.compile(r"^\s*Mededeling\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)", re.M)
_VRAAG_LABEL = re.compile(r"^\s*Vraag\s+\d+\b", re.M)
_ANTWOORD_LABEL = re.compile(r"^\s*Antwoord\s*(?:op\s+vraag\s*)?\d+\b", re.M)
_FACTION = re.compile(r"\bleden\s+van\s+de\s+(?:\S+-?fractie|fractie\s+\S+|fracties\s+van)|\bfractieleden\s+van\b", re.I)
_NUMBERED_Q = re.compile(r"^\s*(?:[-•*]\s*)?\d{1,4}[.)]?\s+\S.*\?\s*$", re.M)
#: An answer list to a committee's questions (the Algemene Rekenkamer's
#: letters, a minister's reply to a committee): ``Beantwoording vragen …``,
#: ``Antwoorden … op vragen …``, a ``Nr Vraag Antwoord`` table.
_ANSWER_LIST = re.compile(
    r"\bBeantwoording\s+(?:van\s+(?:de\s+)?)?(?:mondelinge\s+|schriftelijke\s+|de\s+)?vra(?:ag|gen)\b"
    r"|\bAntwoord(?:en)?\s+(?:\S+\s+){0,4}?(?:op|bij)\s+(?:de\s+|een\s+)?(?:\S+\s+)?vra(?:ag|gen)"
    r"|\bNr\.?\s*\|?\s*Vraag\s*\|?\s*Antwoord\b",
    re.I,
)
#: Marks of Kamervragen (questions of members to a minister) that a committee's
#: answer list never carries: a zaak or publication id, ``(ingezonden …)``.
_KAMERVRAGEN_IDS = re.compile(r"\b20\d\d\s?Z\s?\d{5}\b|\b(?:ah|kv)-(?:tk|ek)-\d|\(\s*ingezonden\b", re.I)
_ANY_VRAAG = re.compile(r"^\s*Vraag\s*(?:\d+\b|[.:]?\s*$)", re.M)

#: A word every match of a case-insensitive pattern above holds (in the
#: text folded by :func:`fold`): a missing word skips the pattern, which is
#: far cheaper than the pattern's search.
_WORDS = {
    _TITLES[0][0]: ("nota",), _TITLES[1][0]: ("memorie",), _TITLES[2][0]: ("voorlopig",),
    _TITLES[3][0]: ("lijst",), _TITLES[4][0]: ("lijst",), _TITLES[5][0]: ("schriftelijk",),
    _NOT_ROUNDS: ("verslag", "notaoverleg"), _AANHANGSEL: ("aanhangsel", "gesteld"),
    _FACTION: ("leden",), _ANSWER_LIST: ("antwoord",),
}


#: The same patterns, searched case-sensitively on the folded text.
_FOLDED = {pat: Folded(pat) for pat in _WORDS}


def _found(pat: re.Pattern[str], text: str, low: str) -> bool:
    """``pat.search(text)``, skipped when ``low`` (``fold(text)``) lacks its words."""
    return any(map(low.__contains__, _WORDS[pat])) and _FOLDED[pat].search(text, low) is not None


def detect_kind(source: Source, meta: Meta) -> Kind:
    """Guess the kind of round from the text; ``meta.document_type`` helps."""
    head = "\n".join(b.text for b in source.blocks[:40])[:6000]
    full = "\n".join(b.text for b in source.blocks)
    low_head = fold(head)
    if any(b.role in ("question-label", "question") for b in source.blocks) and not _found(_FACTION, head, low_head):
        # a reader found labelled questions (a Q&A table, marked-up Kamervragen):
        # an answer list when its title says so and nothing marks Kamervragen
        if (_answer_list_title(head, meta) or _qa_annex(source)) and not _kamervragen_marks(head):
            return "lijst-van-vragen-en-antwoorden"
        return _kamervragen_or_mededeling(full)
    if declares_non_round(source, meta):
        return "unknown"
    if meta.document_type:
        if _BARE_VERSLAG.fullmatch(meta.document_type.strip()):
            return "voorlopig-verslag"
        for pat, kind in _TITLES:
            if pat.search(meta.document_type):
                return kind
    if (_found(_AANHANGSEL, head, low_head) or _ASKING.search(head)
            or "Antwoord" in head and _ANSWERING.search(head) or "Mededeling" in head and _MEDEDELING.search(head)):
        return _kamervragen_or_mededeling(full)
    for pat, kind in _TITLES:
        if _found(pat, head, low_head):
            return kind
    if _found(_NOT_ROUNDS, head, low_head):
        return "unknown"
    if _qa_annex(source) and not _kamervragen_marks(head):
        return "lijst-van-vragen-en-antwoorden"  # a letter with its round in an annex
    if _found(_ANSWER_LIST, head, low_head) and (_ANY_VRAAG.search(full) or _NUMBERED_Q.search(full)
                                                 or _unnumbered_list(source)):
        return "lijst-van-vragen-en-antwoorden"
    if len(_VRAAG_LABEL.findall(full)) >= 1 and _ANTWOORD_LABEL.search(full):
        return "kamervragen"
    if _found(_FACTION, full, fold(full)):
        return "nota-naar-aanleiding-van-verslag"
    if len(_NUMBERED_Q.findall(full)) >= 2 and re.search(r"^\s*Antwoord\b", full, re.M):
        return "kamervragen"
    return "unknown"


def declares_non_round(source: Source, meta: Meta) -> bool:
    """Does the document say it is no question round? Its type as printed in
    the title (``Nr. 42 MOTIE VAN HET LID …``, ``MEMORIE VAN TOELICHTING``,
    ``Besluitenlijst procedurevergadering …``) names a non-round kind, or it
    is a debate: the chair's turns and at least two speakers' turns."""
    if meta.document_type:  # the type as printed decides (``Nr. 7 LIJST VAN VRAGEN …`` is a round)
        if _NON_ROUND_TYPE.match(meta.document_type.strip()):
            return True
    else:  # a title line of its own, not a question that starts with ``Motie …``
        titles = [b.text.strip().lstrip("#*_ ").strip() for b in source.blocks[:8]]
        if any(_NON_ROUND_TITLE.match(t) and len(t) <= 120 and "\n" not in t and not t.endswith("?")
               for t in titles):
            return True
    starts = [b.text for b in source.blocks[:200]]
    chair = sum(1 for t in starts if _CHAIR_TURN.match(t))
    speakers = sum(1 for t in starts if _SPEAKER_TURN.match(t))
    return chair >= 1 and speakers >= 2


def _unnumbered_list(source: Source) -> bool:
    """A paragraph titled as answers to questions with questions after it
    that carry no number (``lijst_unnumbered``)."""
    from .lijst_unnumbered import unnumbered_list

    return unnumbered_list([(b.text, b.role) for b in source.blocks])


#: The annex of a letter that holds a round: ``Bijlage Vragen en antwoorden
#: commissiedebat …``, ``Bijlage: Vragen en antwoorden`` as a heading of its own.
_QA_ANNEX = re.compile(r"^\s*Bijlage\b\s*\d*\s*[:.–-]?\s*Vragen\s+en\s+antwoorden\b[^\n]{0,100}$", re.I)


def _qa_annex(source: Source) -> bool:
    return any(_QA_ANNEX.match(b.text) for b in source.blocks)


def _answer_list_title(head: str, meta: Meta) -> bool:
    """The title or header calls the document a list of answers to a
    committee's questions (``Lijst van vragen en antwoorden``, ``Beantwoording
    vragen over …``, a ``Nr | Vraag | Antwoord`` table head)."""
    lijst = [pat for pat, kind in _TITLES if kind == "lijst-van-vragen-en-antwoorden"]
    return any(p.search(meta.document_type or "") or p.search(head) for p in lijst) or bool(_ANSWER_LIST.search(head))


def _kamervragen_marks(head: str) -> bool:
    """Asking or answering lines of Kamervragen, an Aanhangsel title, ids."""
    return any(p.search(head) for p in (_AANHANGSEL, _ASKING, _ANSWERING, _MEDEDELING, _KAMERVRAGEN_IDS))


def _kamervragen_or_mededeling(full: str) -> Kind:
    if "Mededeling" in full and _MEDEDELING.search(full) and not _ANTWOORD_LABEL.search(full):
        return "mededeling"
    return "kamervragen"
