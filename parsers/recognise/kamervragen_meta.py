"""Kamervragen header facts: askers, addressees, dates, answerer, ids.

Reads the asking line (``Vragen van de leden Mutluer (GroenLinks-PvdA) en
Kostić (PvdD) aan de Minister van … (ingezonden 6 maart 2024).``), the
answering or Mededeling line (``Antwoord van Minister Dijkgraaf (…)
(ontvangen 25 maart 2024).``), publication ids (``ah-tk-20232024-1314``) and
zaak numbers (``2024Z18775``, also typed ``2024Z 17972``). Line breaks and
lost spaces inside these phrases are tolerated.
"""

from __future__ import annotations

import re
import unicodedata

from ..dutch import parse_date
from ..model import Asker, Meta
from .kamervragen_letterhead import as_title, read_letterhead, read_signature, spaced, subject_title

#: Who asked: ``Vragen van het lid X (P)``, ``Kamervragen van de leden …``,
#: ``Mondelinge vragen van …``, ``vragen van het leden`` (a typo in print).
_ASKERS = re.compile(
    r"(?P<oral>Mondelinge\s+)?(?:[Vv]ragen|Kamervragen|[Vv]raag)\s+van\s+"
    r"(?:het\s+lid|de\s+leden\s+der\s+Kamer|de\s+leden|het\s+leden|lid|leden)\s+(?P<who>.+?)"
    r"(?=\s+aan\s+(?:de|het)\s|\s+over\s|\s+inzake\s|\s+schriftelijke\s+vragen|\s+van\s+uw\s+Kamer|"
    r"\s*\(\s*ingezonden|(?:(?<=\))|(?<=[a-zà-ÿ]{2}))\.(?:\s|$)|\s*;|$)"
)
#: ``Op 6 november jl. hebben de leden X en Y (beiden P) schriftelijke vragen gesteld``.
_HAVE_ASKED = re.compile(
    r"\b(?:heeft|hebben)\s+(?:het\s+lid|de\s+leden)\s+(?P<who>.+?)\s+(?:(?:schriftelijke|mondelinge)\s+)?vragen\s+"
    r"(?:gesteld|ingediend)"
)
#: ``over`` may have lost a space on either side (``Sportover zorg``, ``overhet``).
_OVER = r"(?:\s+|(?<=[a-z]))over(?:\s+|(?=(?:het|de|een)\s))"
_TO = re.compile(rf"\s+aan\s+(?:de|het)\s+(?P<to>.+?)(?={_OVER}|\s*\(\s*ingezonden|\.(?:\s|$)|$)")
#: The subject after ``over``; a sentence end inside «…» (a quoted title) does not end it.
_ABOUT = re.compile(rf"{_OVER}(?P<about>(?:«[^»]*»|[^«])+?)\s*(?=\(\s*(?:(?i:ingezonden)|20\d\d\s?Z\s?\d{{5}}\s*\))|\.\s+(?:[A-Z]|$)|\.$|$)")
_SUBMITTED = re.compile(r"\(\s*(?i:ingezonden)\s*(?P<date>[^)]*)\)")
_ANSWERER = re.compile(
    r"\b(?:Antwoord|Mededeling)\s+van\s+(?:de\s+)?(?P<who>.+?)\s*\(\s*(?i:ontvangen)\s*(?P<date>[^)]*)\)", re.S
)
_AH_ID = re.compile(r"\b(?P<kind>ah|kv)-(?P<house>tk|ek)-(?P<year>(?:19|20)\d{6})-(?P<nr>\d+)\b")
_AH_NUMBER = re.compile(
    r"(?<![^\W\d_])Aanhangsel\s+van\s+de\s+Handelingen\b.{0,120}?\bgegeven\s+antwoorden\s*(?P<nr>[1-9]\d{0,3})"
    r"\s*(?=(?:Mondelinge\s+|Schriftelijke\s+)?Vragen\s+van\b)")
#: A sentence about earlier questions (a ``Toelichting``: ``Deze vragen dienen
#: ter aanvulling op eerdere vragen … (vraagnummer 2024Z00123)``): its zaak
#: number is theirs, not this document's.
_EARLIER = re.compile(r"\b(?:eerdere|eerder\s+gestelde|vorige)\s+(?:Kamer)?vragen\b|\baanvulling\s+op\b", re.I)
_KV_ID = re.compile(r"\bkv-tk-(?P<zaak>20\d\dZ\d{5})\b")
_ZAAK = re.compile(r"\b(20\d\d)\s?Z\s?(\d{5})\b")
_PARTY = re.compile(r"^(?P<name>.*?)\s*\((?P<party>[^()]*)\)\s*$")
_GROUP = re.compile(r"^(?:beiden|allen|beide|alle\s+drie|alle\s+vier)\s+(?P<party>.+)$", re.I)
_OFFICE = r"(?:[Mm]inister-[Pp]resident|[Mm]inisters?|[Ss]taatssecretaris(?:sen)?)"


def read_kamervragen_meta(meta: Meta, header: str, everything: str, tail: str = "") -> None:
    """Fill ``meta`` from the header text (before the first question): the
    asking and answering lines, a letter's letterhead, ids and dates; and
    the signature from the header or the ``tail`` (closing lines)."""
    for key in ("date", "date_submitted"):
        value = getattr(meta, key)
        if isinstance(value, str):  # a reader's free-form metadata string
            setattr(meta, key, _as_date(value))
    head = " ".join(header.split())
    letter = read_letterhead(header.split("\n"))
    if letter.subject and not meta.title:  # the subject line is the letter's own title
        meta.title = subject_title(letter.subject)
    _asking(meta, re.sub(r"\b(et\s+al|c\.s)\.", r"\1", head))
    submitted = _SUBMITTED.search(head)
    if submitted:
        meta.date_submitted = meta.date_submitted or parse_date(submitted["date"])
    ans = _ANSWERER.search(head)
    if ans:
        who = spaced(re.split(r",?\s+mede\s+namens\b", ans["who"])[0].strip(" ,."))
        meta.answerer = meta.answerer or who
        meta.date = parse_date(ans["date"]) or meta.date
    meta.date = meta.date or letter.date
    meta.reference = meta.reference or letter.reference
    office, name = read_signature(header.split("\n") + tail.split("\n"))
    if name:
        meta.signatories = meta.signatories or [name]
        meta.answerer = meta.answerer or office
    flat = " ".join(everything.split())
    ident = _AH_ID.search(flat)
    if ident:
        year = ident["year"]
        meta.publication_id = meta.publication_id or ident[0]
        meta.session_year = meta.session_year or f"{year[:4]}-{year[4:]}"
        meta.document_number = meta.document_number or ident["nr"]
        meta.house = "Eerste Kamer" if ident["house"] == "ek" else "Tweede Kamer"
        if ident["kind"] == "ah":
            meta.document_type = meta.document_type or "aanhangsel van de handelingen"
    printed = _AH_NUMBER.search(head)
    if printed and not meta.document_number:
        # the Aanhangsel's number printed under its head (``… gegeven
        # antwoorden`` / ``412``): with the vergaderjaar it is the OB id
        meta.document_number = printed["nr"]
        year = meta.session_year or _session(head)
        house = "ek" if re.search(r"Eerste\s*Kamer", head) else "tk" if re.search(r"Tweede\s*Kamer", head) else None
        if year and house and not meta.publication_id:
            meta.publication_id = f"ah-{house}-{year.replace('-', '')}-{printed['nr']}"
            meta.session_year = meta.session_year or year
    kv = _KV_ID.search(flat)
    if kv and not meta.publication_id:
        meta.publication_id = kv[0]
    ah = re.search(r"^\s*AH\s+(\d{1,5})\s*$", header, re.M)  # docx letter: ``AH 610``
    if ah and not meta.document_number:
        meta.document_number = ah[1]
    zaak = next((z for z in _ZAAK.finditer(flat) if not _EARLIER.search(flat[max(0, flat.rfind(". ", 0, z.start())):z.start()])),
                None)
    if zaak:
        meta.zaak = meta.zaak or f"{zaak[1]}Z{zaak[2]}"
    if not meta.house and re.search(r"Tweede\s*Kamer|\bAH\s+\d+\b", head):
        meta.house = "Tweede Kamer"
    if not meta.document_type:
        if re.search(r"Aanhangsel\s+van\s+de\s+Handelingen", head):
            meta.document_type = "aanhangsel van de handelingen"
        elif re.search(r"^\s*Mededeling\s+van\b", header, re.M):
            meta.document_type = "mededeling"
        elif re.search(r"\bUitstel\s+(?:van\s+(?:de\s+)?)?beantwoording\b", head, re.I):
            meta.document_type = "mededeling"
        elif re.search(r"\bMondelinge\s+vragen\s+van\b", head):
            meta.document_type = "mondelinge vragen"
        elif ans or re.search(r"\b(?:Antwoord\s+op|Beantwoording)\s+(?:de\s+)?(?:Kamer)?vragen\b", head, re.I):
            meta.document_type = "antwoord schriftelijke vragen"
        elif _ASKERS.search(head) or re.search(r"Vragen\s+gesteld\s+door\s+de\s+leden", head):
            meta.document_type = "schriftelijke vragen"


def _asking(meta: Meta, head: str) -> None:
    """Askers, addressees and subject from every asking phrase in ``head``.

    A title often names the askers without party (``Antwoord op vragen van
    het lid Kostić over …``) and the asking line with it: the phrase that
    gives the most parties wins, the others fill in missing parties."""
    found: list[tuple[list[Asker], str | None, str | None]] = []
    for pat in (_ASKERS, _HAVE_ASKED):
        for m in pat.finditer(head):
            askers = parse_askers(m["who"])
            if not askers or any(len(a.name) > 60 for a in askers):
                continue
            to = _TO.match(head, m.end())
            about = _ABOUT.match(head, to.end() if to else m.end())
            found.append((askers, to["to"] if to else None, about["about"] if about else None))
    if not found:
        return
    best = max(found, key=lambda f: (sum(a.party is not None for a in f[0]), len(f[0]), f[1] is not None))[0]
    for askers, _, _ in found:
        for a in askers:
            for b in best:
                if b.party is None and a.party and a.name.casefold() == b.name.casefold():
                    b.party = a.party
    meta.askers = meta.askers or best
    to = next((t for _, t, _ in found if t), None)
    if to:
        meta.addressees = meta.addressees or parse_addressees(to)
    about = next((a for askers, _, a in found if a and askers is best), None) or next(
        (a for _, _, a in found if a), None)
    if about and not meta.title:
        meta.title = as_title(about)


def _session(text: str) -> str | None:
    """``Vergaderjaar 2024–2025`` -> ``2024-2025``."""
    m = re.search(r"\bVergaderjaar\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)", text)
    return f"{m[1]}-{m[2]}" if m else None


def _as_date(value: str):
    """``2024-02-12`` or ``12 februari 2024`` -> a date, else None."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return parse_date(value)


def parse_askers(who: str) -> list[Asker]:
    """``Mutluer (GroenLinks-PvdA) en Kostić (PvdD)`` -> two askers.

    Handles ``(beiden VVD)``/``(allen …)`` after the last name, groups named
    after a person (``(Groep Van Haga)``) and lost spaces before ``(``.
    """
    who = " ".join(who.split())
    who = re.sub(r"\s*(?:,?\s*\bet\s+al\b\.?|\bc\.s\.?)\s*$", "", who)  # ``(GL-PvdA) et al.``
    parts: list[str] = []
    depth = 0
    cur = ""
    i = 0
    while i < len(who):
        ch = who[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and (ch == "," or who.startswith(" en ", i)):
            parts.append(cur)
            cur = ""
            i += 1 if ch == "," else 4
            continue
        cur += ch
        i += 1
    parts.append(cur)
    askers: list[Asker] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        m = _PARTY.match(part)
        name, party = (m["name"], m["party"].strip()) if m else (part, None)
        name = re.sub(r"^(?:het\s+)?lid\s+", "", name.strip())  # ``de leden lid Inge van Dijk``
        name = re.sub(r"(?<=[a-zà-ÿ])(?=[A-Z][a-zà-ÿ])", " ", name.strip())  # DaniëlleJansen
        askers.append(Asker(name=name, party=party or None))
    # ``A en B (beiden VVD)``, and ``A en B (VVD)`` with the party after the
    # last name only: the party goes to B and to the names before it that
    # have no party of their own
    for k, a in enumerate(askers):
        g = _GROUP.match(a.party or "")
        if g:
            a.party = g["party"].strip()
        if a.party:
            j = k - 1
            while j >= 0 and askers[j].party is None:
                askers[j].party = a.party
                j -= 1
    for a in askers:
        a.name = unicodedata.normalize("NFC", _ACCENT.sub(_accent, a.name))
    return [a for a in askers if a.name]


_ACCENT = re.compile(r"([A-Za-z]) ?([\u00b4\u00a8\u02c7])(?=\s|$|[,)])")
_COMBINING = {"\u00b4": "\u0301", "\u00a8": "\u0308", "\u02c7": "\u030c"}


def _accent(m: re.Match[str]) -> str:
    """``Kostic ´`` (PyPDF2) -> ``Kostić``."""
    joined = unicodedata.normalize("NFC", m[1] + _COMBINING[m[2]])
    return joined if len(joined) == 1 else m[0]


def parse_addressees(to: str) -> list[str]:
    """``Minister van A en de Staatssecretaris van B`` -> two addressees;
    ``Ministers van A en van B`` and ``minister van A en van B`` ->
    ``Minister van A``, ``Minister van B``; ``Minister en Staatssecretaris
    van B`` -> both of B. ``…, bij afwezigheid van …`` is left out."""
    to = " ".join(to.split()).strip(" ,.")
    to = re.sub(r"(?<=[a-zà-ÿ])(?=[A-Z])", " ", to)  # lost space: ``vanFinanciën``, ``deStaatssecretaris``
    to = re.split(r",?\s+(?:bij\s+afwezigheid\s+van|mede\s+namens)\b", to)[0]
    pieces = re.split(rf"\s*,\s*(?=(?:de\s+|het\s+)?{_OFFICE}\b)|\s+en\s+(?:de\s+|het\s+)?(?={_OFFICE}\b)", to)
    pieces = [re.sub(r"^(?:de|het)\s+", "", p.strip()) for p in pieces if p.strip()]
    out: list[str] = []
    for k, p in enumerate(pieces):
        m = re.match(rf"^(?P<office>{_OFFICE})(?:\s+(?P<dept>(?:van|voor)\s.*))?$", p)
        if not m:
            out.append(p[0].upper() + p[1:])
            continue
        office = m["office"][0].upper() + m["office"][1:]
        office = {"Ministers": "Minister", "Staatssecretarissen": "Staatssecretaris"}.get(office, office)
        dept = m["dept"]
        if dept is None:  # ``Minister en Staatssecretaris van B``: B of the next office
            later = next((re.search(r"\s((?:van|voor)\s.*)$", q) for q in pieces[k + 1:]), None)
            out.append(f"{office} {later[1]}" if later else office)
            continue
        for d in re.split(r"\s+en\s+(?=(?:van|voor)\s)|,\s*(?=(?:van|voor)\s)", dept):
            out.append(f"{office} {d.strip()}")
    return out
