"""How a document is named and cited: its publication, its askers, its kind.

``Aanhangsel Handelingen II 2023/24, nr. 2271`` for Kamervragen in the
Aanhangsel, ``Kamerstuk 36 800 K, F`` / ``Kamerstuk 36 999, nr. 6`` for a
Kamerstuk, the officielebekendmakingen URL when the publication id is known.
Used by the reader's header, its document head and the provenance of copied
text. Like :mod:`tui.plain` this module imports neither rich nor textual.
"""

from __future__ import annotations

import re

from .i18n import N_, _
from .safe_text import safe_text

#: How each kind of round is called (catalog ids).
KIND_WORDS = {
    "nota-naar-aanleiding-van-verslag": N_("Nota n.a.v. het verslag"),
    "memorie-van-antwoord": N_("Memorie van antwoord"),
    "voorlopig-verslag": N_("Voorlopig verslag"),
    "verslag-schriftelijk-overleg": N_("Verslag schriftelijk overleg"),
    "lijst-van-vragen-en-antwoorden": N_("Lijst van vragen en antwoorden"),
    "kamervragen": N_("Kamervragen"),
    "mededeling": N_("Mededeling"),
}

BASE_URL = "https://zoek.officielebekendmakingen.nl/"

_MONTHS = (
    N_("januari"), N_("februari"), N_("maart"), N_("april"), N_("mei"), N_("juni"),
    N_("juli"), N_("augustus"), N_("september"), N_("oktober"), N_("november"), N_("december"),
)


def dutch_date(day) -> str:
    """``19 juni 2026`` (the month in the interface's language)."""
    return f"{day.day} {_(_MONTHS[day.month - 1])} {day.year}"


def kind_word(meta, short: bool = False) -> str:
    """``Kamervragen``, ``Memorie van antwoord``; unless ``short``, the
    document type as printed where it says more (``nota naar aanleiding van
    het tweede verslag``)."""
    word = _(KIND_WORDS[meta.kind]) if meta.kind in KIND_WORDS else ""
    printed = " ".join((meta.document_type or "").split())
    if meta.kind not in ("kamervragen", "mededeling") and printed and not (short and word):
        word = printed[:1].upper() + printed[1:]
    return safe_text(word)


def _thousands(digits: str) -> str:
    """``36800`` -> ``36 800``."""
    out = ""
    while len(digits) > 3:
        out = " " + digits[-3:] + out
        digits = digits[:-3]
    return digits + out


def dossier_number(dossier: str) -> str:
    """``36800-K`` -> ``36 800 K``; ``21501-32`` -> ``21 501-32``."""
    m = re.fullmatch(r"(\d+)(?:-(.+))?", dossier.strip())
    if not m:
        return dossier
    head = _thousands(m.group(1))
    tail = m.group(2)
    if not tail:
        return head
    return f"{head}-{tail}" if tail.isdigit() else f"{head} {tail}"


def _session(year: str | None) -> str | None:
    """``2023-2024`` / ``20232024`` -> ``2023/24``."""
    m = re.fullmatch(r"(\d{4})[-–/]?(\d{2})(\d{2})?", (year or "").strip())
    if not m:
        return None
    return f"{m.group(1)}/{m.group(3) or m.group(2)}"


def _chamber(house: str | None) -> str | None:
    h = (house or "").casefold()
    if "tweede" in h or h == "tk":
        return "II"
    if "eerste" in h or h == "ek":
        return "I"
    return None


def publication_name(meta) -> str | None:
    """The document as it is cited, or None when too little is known."""
    pid = meta.publication_id or ""
    m = re.fullmatch(r"ah-(tk|ek)-(\d{8})-(\d+)", pid)
    if m:
        chamber = "II" if m.group(1) == "tk" else "I"
        return f"Aanhangsel Handelingen {chamber} {_session(m.group(2))}, nr. {m.group(3)}"
    aanhangsel = "aanhangsel" in (meta.document_type or "").casefold()
    if aanhangsel and meta.document_number and _chamber(meta.house) and _session(meta.session_year):
        return (f"Aanhangsel Handelingen {_chamber(meta.house)} {_session(meta.session_year)}, "
                f"nr. {meta.document_number}")
    if meta.dossier:
        name = f"Kamerstuk {dossier_number(meta.dossier)}"
        if meta.document_letter:
            name += f", {meta.document_letter}"
        elif meta.document_number:
            name += f", nr. {meta.document_number}"
        return safe_text(name)
    return safe_text(pid) if pid else None


def publication_url(meta) -> str | None:
    """The officielebekendmakingen page of the document, when its id is known."""
    pid = meta.publication_id or ""
    if re.fullmatch(r"(?:ah|kst|h|blg|stb|stcrt)-[A-Za-z0-9-]+", pid):
        return f"{BASE_URL}{pid}.html"
    return None


def askers_text(meta, limit: int | None = None) -> str:
    """``Dobbe en Dijk (SP)``, ``Van den Hil (VVD) en Bikker (ChristenUnie)``;
    with more than ``limit`` askers the first ``c.s.``."""
    askers = list(meta.askers)
    if not askers:
        return ""
    if limit is not None and len(askers) > limit:
        first = askers[0]
        name = first.name + (f" ({first.party})" if first.party else "")
        return safe_text(_("{name} c.s.").format(name=name))
    groups: list[tuple[list[str], str | None]] = []  # names sharing a party, in order
    for a in askers:
        if groups and groups[-1][1] == a.party and a.party:
            groups[-1][0].append(a.name)
        else:
            groups.append(([a.name], a.party))
    pieces = []
    for names, party in groups:
        joined = names[0] if len(names) == 1 else _("{first} en {last}").format(
            first=", ".join(names[:-1]), last=names[-1])
        pieces.append(joined + (f" ({party})" if party else ""))
    return safe_text(", ".join(pieces))


def provenance_line(doc, questions, faction_name: str | None) -> str:
    """Where copied text comes from, in one line: the publication (with
    kind, house and date), the askers or faction, the question number(s)
    (none for the whole document), the URL where known (else the file)::

        Bron: Aanhangsel Handelingen II 2023/24, nr. 7777 (Kamervragen, 25 maart 2024);
        vragen van Dobbe en Dijk (SP), vraag 2; https://zoek.officielebekendmakingen.nl/…
    """
    m = doc.meta
    name = publication_name(m)
    about = [kind_word(m), safe_text(m.house or "") if not (name or "").startswith("Aanhangsel") else "",
             dutch_date(m.date) if m.date else ""]
    about_text = ", ".join(b for b in about if b)
    where = name or safe_text(m.source_name or "")
    if about_text:
        where = f"{where} ({about_text})" if where else about_text
    who = []
    if faction_name:
        who.append(_("fractie {name}").format(name=safe_text(faction_name)))
    askers = askers_text(m)
    if askers:
        who.append(_("vragen van {askers}").format(askers=askers))
    numbers = [q.number for q in questions]
    if not numbers:  # the document as a whole
        pass
    elif len(numbers) > 1:
        from_ = sorted(set(numbers))
        run = len(from_) >= 3 and from_ == list(range(from_[0], from_[-1] + 1))
        listed = f"{from_[0]}–{from_[-1]}" if run else _("{first} en {last}").format(
            first=", ".join(map(str, from_[:-1])), last=from_[-1])
        which = _("vragen {numbers}").format(numbers=listed)
    else:
        which = _("vraag {number}").format(number=numbers[0])
        if questions[0].id != str(numbers[0]):
            which += f" ({safe_text(questions[0].id)})"
    if numbers:
        who.append(which)
    url = publication_url(m)
    tail = url or (safe_text(m.source_name) if name and m.source_name else "")
    parts = [where, ", ".join(who)] + ([tail] if tail else [])
    return _("Bron: {where}").format(where="; ".join(p for p in parts if p))
