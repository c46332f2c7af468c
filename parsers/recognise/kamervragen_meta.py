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

_ASK = re.compile(
    r"(?:Mondelinge\s+)?[Vv]ragen\s+van\s+(?:het\s+lid|de\s+leden|lid|de\s+leden\s+der\s+Kamer)\s+"
    r"(?P<who>.+?)\s+aan\s+(?:de|het)\s+(?P<to>.+?)"
    r"(?:\s+over\s+(?P<about>.+?))?\s*\(\s*ingezonden\s*(?P<date>[^)]*)\)",
    re.S,
)
_ASK_NO_DATE = re.compile(
    r"(?:Mondelinge\s+)?[Vv]ragen\s+van\s+(?:het\s+lid|de\s+leden|lid)\s+(?P<who>.+?)\s+aan\s+(?:de|het)\s+"
    r"(?P<to>(?:Minister|Staatssecretaris|minister|staatssecretaris).+?)(?:\s+over\s+(?P<about>[^\n]+))?$",
    re.M,
)
_ANSWERER = re.compile(
    r"\b(?:Antwoord|Mededeling)\s+van\s+(?:de\s+)?(?P<who>.+?)\s*\(\s*ontvangen\s*(?P<date>[^)]*)\)", re.S
)
_AH_ID = re.compile(r"\b(?P<kind>ah|kv)-(?P<house>tk|ek)-(?P<year>(?:19|20)\d{6})-(?P<nr>\d+)\b")
_KV_ID = re.compile(r"\bkv-tk-(?P<zaak>20\d\dZ\d{5})\b")
_ZAAK = re.compile(r"\b(20\d\d)\s?Z\s?(\d{5})\b")
_PARTY = re.compile(r"^(?P<name>.*?)\s*\((?P<party>[^()]*)\)\s*$")
_GROUP = re.compile(r"^(?:beiden|allen|beide|alle\s+drie)\s+(?P<party>.+)$", re.I)
_OFFICE = r"(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?|[Mm]inister-[Pp]resident)"


def read_kamervragen_meta(meta: Meta, header: str, everything: str) -> None:
    """Fill ``meta`` from the header text (before the first question)."""
    for key in ("date", "date_submitted"):
        value = getattr(meta, key)
        if isinstance(value, str):  # a reader's free-form metadata string
            setattr(meta, key, _as_date(value))
    head = " ".join(header.split())
    ask = _ASK.search(head)
    if ask:
        meta.askers = meta.askers or parse_askers(ask["who"])
        meta.addressees = meta.addressees or parse_addressees(ask["to"])
        meta.date_submitted = meta.date_submitted or parse_date(ask["date"])
        if ask["about"] and not meta.title:
            meta.title = ask["about"].strip()
    else:
        loose = _ASK_NO_DATE.search(header)
        if loose:
            meta.askers = meta.askers or parse_askers(loose["who"])
            meta.addressees = meta.addressees or parse_addressees(loose["to"])
    ans = _ANSWERER.search(head)
    if ans:
        who = re.split(r",?\s+mede\s+namens\b", ans["who"])[0].strip(" ,")
        meta.answerer = meta.answerer or who
        meta.date = parse_date(ans["date"]) or meta.date
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
    kv = _KV_ID.search(flat)
    if kv and not meta.publication_id:
        meta.publication_id = kv[0]
    ah = re.search(r"^\s*AH\s+(\d{1,5})\s*$", header, re.M)  # docx letter: ``AH 610``
    if ah and not meta.document_number:
        meta.document_number = ah[1]
    zaak = _ZAAK.search(flat)
    if zaak:
        meta.zaak = meta.zaak or f"{zaak[1]}Z{zaak[2]}"
    if not meta.house and re.search(r"Tweede\s*Kamer|\bAH\s+\d+\b", head):
        meta.house = "Tweede Kamer"
    if not meta.document_type:
        if re.search(r"Aanhangsel\s+van\s+de\s+Handelingen", head):
            meta.document_type = "aanhangsel van de handelingen"
        elif re.search(r"^\s*Mededeling\s+van\b", header, re.M):
            meta.document_type = "mededeling"
        elif ans:
            meta.document_type = "antwoord schriftelijke vragen"
        elif ask or re.search(r"Vragen\s+gesteld\s+door\s+de\s+leden", head):
            meta.document_type = "schriftelijke vragen"


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
    # ``A en B (beiden VVD)``: the group party goes to B and the names before
    # it that have no party of their own
    for k, a in enumerate(askers):
        g = _GROUP.match(a.party or "")
        if g:
            a.party = g["party"].strip()
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
    ``Ministers van A en van B`` -> ``Minister van A``, ``Minister van B``."""
    to = " ".join(to.split()).strip(" ,")
    plural = re.match(r"^(?:de\s+)?Ministers\s+(.*)$", to)
    if plural:
        pieces = re.split(r"\s+en\s+(?=(?:van|voor)\s)|,\s*(?=(?:van|voor)\s)", plural[1])
        return [f"Minister {p.strip()}" for p in pieces if p.strip()]
    pieces = re.split(rf"\s*,\s*(?=(?:de\s+|het\s+)?{_OFFICE})|\s+en\s+(?:de\s+|het\s+)?(?={_OFFICE})", to)
    out = []
    for p in pieces:
        p = re.sub(r"^(?:de|het)\s+", "", p.strip())
        if p:
            out.append(p[0].upper() + p[1:])
    return out
