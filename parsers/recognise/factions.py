"""Faction phrases: headings of faction blocks, joins, joint blocks, names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# ``De leden van de SP-fractie``, ``de VOLT-fractie``, ``de Voltfractie``,
# ``de fractie Visseren-Hamakers``, ``de fractie van het C.D.A.``,
# ``de fracties van CDA, PVV en SP``, ``fractieleden van de PVV``.
_NAME = r"[A-Z0-9][\w.'’-]*(?:\s+(?:(?:van|de|der|den|ter|ten|het|te|in\s+'t)\s+)*[A-Z][\w.'’-]*)*"
FACTION_PHRASE = re.compile(
    r"\b(?:[Dd]e\s+)?(?:leden|lid)\s+van\s+de\s+(?:"
    r"(?P<a>[A-Z0-9][\w.'’]*(?:-[A-Z0-9][\w.'’]*)*)-?fractie\b"
    r"|fractie\s+van\s+(?:het\s+|de\s+)?(?P<b>" + _NAME + r")"
    r"|fractie\s+(?P<c>" + _NAME + r")"
    r"|fracties\s+van\s+(?:de\s+)?(?P<d>[^:.]*?)(?=\s+(?:hebben|heeft|vragen|stellen|zijn|merken|lezen)\b)"
    r")"
    r"|\bfractieleden\s+van\s+de\s+(?P<e>[^:.]*?)(?=\s*$|\s*[:.]|\s+(?:hebben|vragen)\b)"
)
#: A paragraph that only introduces a block of numbered questions.
HEADING_TAIL = re.compile(
    r"(?:hebben|heeft)\s+(?:de\s+)?(?:onderstaande|volgende|navolgende|de\s+volgende)\s+(?:vragen|opmerkingen)"
    r"|(?:vragen|opmerkingen)\s+gesteld\s*:?\s*$"
    r"|:\s*$",
    re.I,
)
JOINS = re.compile(r"sluit(?:en)?\s+zich\s+(?:graag\s+|hierbij\s+|daarbij\s+)?aan(?:\s+bij)?"
                   r"|sluit(?:en)?\s+zich\s+(?:graag\s+)?bij\s+(?=.{0,200}?\baan\b)", re.I)
VSO_HEADING = re.compile(
    r"^\s*(?:(?:Reactie|Antwoord(?:en)?|Beantwoording)\s+(?:op|van)\s+(?:de\s+)?"
    r"(?:vragen\s+en\s+opmerkingen|vragen|opmerkingen|inbreng)\s+"
    r"|(?:Vragen\s+en\s+opmerkingen|Vragen|Opmerkingen|Inbreng|Bijdrage)\s+)(?:van|vanuit)\s+"
    r"(?:de\s+)?(?:(?:leden|fractieleden)\s+van\s+(?:de\s+)?)?",
    re.I,
)
#: A bare faction name as a heading: ``VVD-fractie``, ``Fractie van de SP``.
BARE_HEADING = re.compile(r"^\s*(?:(?P<a>[A-Z0-9][\w.'’-]*?)-?fractie|Fractie\s+van\s+(?:de|het)\s+(?P<b>\S+))\s*:?\s*$")


@dataclass
class FactionRef:
    name: str
    members: list[str] = field(default_factory=list)
    joins: list[str] = field(default_factory=list)
    #: ``sluiten zich aan bij ...``, also when the other faction is not named.
    joining: bool = False


#: ``de vragen van de NSC-fractie``, ``de fractie van de SP``: a faction named
#: without ``leden van`` (the object of ``sluiten zich aan bij``).
_NAMED = re.compile(
    r"\b(?P<a>[A-Z0-9][\w.'’]*(?:-[A-Z0-9][\w.'’]*)*)-?fractie\b"
    r"|\bfractie\s+van\s+(?:de\s+|het\s+)?(?P<b>[A-Z0-9][\w.'’-]*)"
    r"|\bfracties\s+van\s+(?:de\s+|het\s+)?(?P<c>[A-Z0-9][^:.]*?)(?=\s*[.:]|$)"
)


def _named(text: str) -> FactionRef | None:
    m = _NAMED.search(text)
    if not m:
        return None
    if m["c"]:
        members = [clean_name(x) for x in _split_list(m["c"]) if clean_name(x)]
        return FactionRef("+".join(members), members=members if len(members) > 1 else [])
    return FactionRef(clean_name(m["a"] or m["b"]))


def _split_list(text: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+en\s+", text.strip())
    # ``fracties van het CDA en de SP``: the articles are not part of the names
    return [re.sub(r"^(?:de|het)\s+", "", p.strip()) for p in parts if p.strip()]


def clean_name(name: str) -> str:
    name = name.strip().rstrip(",;:")
    name = re.sub(r"-?fractie$", "", name)
    return name.strip()


def find_faction(text: str) -> FactionRef | None:
    """The faction named by the first faction phrase in ``text``."""
    m = FACTION_PHRASE.search(text)
    if not m:
        return None
    if m["a"]:
        return FactionRef(clean_name(m["a"]))
    if m["b"]:
        return FactionRef(clean_name(m["b"]))
    if m["c"]:
        return FactionRef(clean_name(m["c"]))
    group = m["d"] or m["e"] or ""
    members = [clean_name(x) for x in _split_list(group)]
    members = [x for x in members if x]
    if not members:
        return None
    if len(members) == 1:
        return FactionRef(members[0])
    return FactionRef("+".join(members), members=members)


def faction_heading(text: str) -> FactionRef | None:
    """A faction-block heading: a short paragraph that opens with the faction
    phrase and announces questions (``... hebben onderstaande vragen gesteld:``),
    or a VSO-style heading ``Vragen en opmerkingen van de CDA-fractie``."""
    flat = " ".join(text.split())
    if len(flat) > 300:
        return None
    bare = BARE_HEADING.match(flat)
    if bare:
        return FactionRef(clean_name(bare["a"] or bare["b"]))
    if VSO_HEADING.match(flat) and len(flat) < 120:
        return _party_list(VSO_HEADING.sub("", flat).rstrip(": "))
    if not re.match(r"^\s*(?:De\s+)?(?:leden|fractieleden)\b", flat, re.I):
        return None
    ref = find_faction(flat)
    if ref is None:
        return None
    j = JOINS.search(re.split(r"(?<=[.?!])\s+(?=[A-Z])", flat, maxsplit=1)[0])  # in the faction's own sentence
    if j:
        ref.joining = True
        tail = flat[j.end():]
        target = find_faction(tail) or _named(tail)
        if target:
            ref.joins = target.members or [target.name]
        return ref
    if HEADING_TAIL.search(flat):
        return ref
    return None


def _party_list(text: str) -> FactionRef | None:
    """``PVV en de PvdD`` / ``D66-fractie`` / ``fractie Visseren-Hamakers``."""
    text = re.sub(r"^(?:fracties?\s+van(?:\s+de|\s+het)?|fractie)\s+", "", text.strip(), flags=re.I)
    names = [clean_name(re.sub(r"^de\s+", "", x)) for x in _split_list(text)]
    if not names or any(not re.match(r"^[A-Z0-9][\w.'’-]*(?:\s+[\w.'’-]+){0,2}$", n) for n in names):
        return None
    if len(names) == 1:
        return FactionRef(names[0])
    return FactionRef("+".join(names), members=names)


def slug(name: str | None) -> str:
    """Faction name as used in question ids: spaces become ``-``."""
    if not name:
        return ""
    return re.sub(r"\s+", "-", name.strip())


#: Spellings of one faction (``GL-PvdA`` and ``GroenLinks-PvdA``); the key
#: is any of them, lower case, the value the group's key.
_ALIASES = {
    alias.casefold(): group[0].casefold()
    for group in (
        ("GroenLinks-PvdA", "GL-PvdA", "GL/PvdA", "GLPvdA", "GroenLinks/PvdA", "GroenLinks-Partij van de Arbeid"),
        ("ChristenUnie", "CU", "Christen Unie"),
        ("PvdD", "Partij voor de Dieren"),
        ("PvdA", "Partij van de Arbeid"),
        ("GroenLinks", "GL"),
        ("NSC", "Nieuw Sociaal Contract"),
        ("BBB", "BoerBurgerBeweging"),
        ("PVV", "Partij voor de Vrijheid"),
        ("FvD", "Forum voor Democratie"),
        ("SP", "Socialistische Partij"),
        ("OPNL", "Onafhankelijke Politiek Nederland"),
        ("Volt",),
    )
    for alias in group
}


def faction_key(name: str) -> str:
    """The same key for every spelling of one faction (case-insensitive)."""
    key = " ".join(name.split()).casefold()
    return _ALIASES.get(key, key)


class FactionNames:
    """One document's faction names: the first spelling seen of a faction is
    the one used for all of its mentions (``GL-PvdA`` after
    ``GroenLinks-PvdA`` becomes ``GroenLinks-PvdA``), joint names too."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def canon(self, name: str | None) -> str | None:
        if not name:
            return name
        if "+" in name:
            return "+".join(self.canon(part) or part for part in name.split("+"))
        return self._seen.setdefault(faction_key(name), name)

    def ref(self, ref: FactionRef | None) -> FactionRef | None:
        if ref is None:
            return None
        return FactionRef(self.canon(ref.name) or ref.name, [self.canon(m) or m for m in ref.members],
                          [self.canon(j) or j for j in ref.joins], ref.joining)
