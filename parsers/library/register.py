"""The audit and the commitments of a library, in its SQLite index.

The index (:mod:`.index`) keeps, besides its own tables, three tables of its
own here (created, filled and dropped through the hooks :data:`SCHEMA`,
:data:`TABLES`, :func:`store` and :func:`delete`):

* ``audit_docs``: per document the answerer, the ministry (see
  :func:`ministry_of`) and the month of its date;
* ``audits``: per question its factions and askers and the audit result
  (``NULL`` in a document without answers);
* ``commitments``: per commitment its sentence, action, who, deadline, the
  factions and askers of the question, and (``questions``) every question
  of its joint-answer group.

:func:`commitment_rows` reads the register of commitments with filters;
:func:`audit_rows` gives the rows the overview (:mod:`.report`) counts.
Pure: no textual or rich.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections import namedtuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # annotations only: search needs no pydantic
    from ..model import Document

__all__ = [
    "SCHEMA", "TABLES", "CommitmentFilter", "add_audit", "audit_rows", "commitment_rows", "delete", "ministry_of",
    "store",
]

# ---- schema: the audit and commitment part of the library index ---------------
SCHEMA = """
-- audit and commitments (parsers/library/register.py)
CREATE TABLE IF NOT EXISTS audit_docs (
    doc_id INTEGER PRIMARY KEY, answerer TEXT, ministry TEXT, month TEXT);
CREATE TABLE IF NOT EXISTS audits (
    doc_id INTEGER NOT NULL, ord INTEGER, qid TEXT, factions TEXT, askers TEXT,
    result TEXT, certain INTEGER, reason TEXT);
CREATE INDEX IF NOT EXISTS audits_doc ON audits(doc_id);
CREATE TABLE IF NOT EXISTS commitments (
    doc_id INTEGER NOT NULL, ord INTEGER, qid TEXT, factions TEXT, askers TEXT, text TEXT,
    trigger TEXT, action TEXT, who TEXT, due TEXT, due_text TEXT, due_kind TEXT, questions TEXT);
CREATE INDEX IF NOT EXISTS commitments_doc ON commitments(doc_id);
CREATE INDEX IF NOT EXISTS commitments_due ON commitments(due);
"""
TABLES = ("audit_docs", "audits", "commitments")
#: Separates names inside one column (``factions``, ``askers``).
SEP = "|"


def delete(conn: sqlite3.Connection, doc_id: int) -> None:
    """Remove the rows of document ``doc_id``."""
    for table in TABLES:
        conn.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))


def _join(names) -> str:
    seen: dict[str, str] = {}
    for n in names:
        n = " ".join((n or "").split())
        if n and n.casefold() not in seen:
            seen[n.casefold()] = n
    return SEP + SEP.join(seen.values()) + SEP if seen else ""


def store(conn: sqlite3.Connection, doc_id: int, doc: Document) -> None:
    """Add the rows of ``doc`` (index ``doc_id``); the caller removed older ones."""
    m = doc.meta
    month = m.date.isoformat()[:7] if m.date else None
    conn.execute("INSERT INTO audit_docs VALUES (?, ?, ?, ?)",
                 (doc_id, m.answerer, ministry_of(doc), month))
    parties = [a.party for a in m.askers if a.party]
    names = [a.name for a in m.askers]
    asked: dict[str, tuple[str, str]] = {}
    rows = []
    for ord_, (fac, q) in enumerate((f, q) for f in doc.factions for q in f.questions):
        factions = _join([fac.name, *fac.members] if fac.name else parties)
        askers = _join(names)
        asked[q.id] = (factions, askers)
        a = q.audit
        rows.append((doc_id, ord_, q.id, factions, askers, a.result if a else None,
                     None if a is None else int(a.certain), a.reason if a else None))
    conn.executemany("INSERT INTO audits VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    # a joint answer's commitment answers every question of the group: it is
    # the group's factions' and askers' (the answer is held by its first question)
    group: dict[str, list[str]] = {}
    for q in doc.questions():
        holder = q.answer.shared_with if q.answer is not None and q.answer.shared_with in asked else q.id
        group.setdefault(holder, []).append(q.id)
    for holder, ids in group.items():
        if len(ids) > 1:
            asked[holder] = (_join(n for i in ids for n in asked[i][0].split(SEP)),
                             _join(n for i in ids for n in asked[i][1].split(SEP)))
    conn.executemany(
        "INSERT INTO commitments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, i, c.question, *asked.get(c.question or "", ("", "")), c.text, c.trigger, c.action,
          c.who, c.deadline.due.isoformat() if c.deadline and c.deadline.due else None,
          c.deadline.text if c.deadline else None, c.deadline.kind if c.deadline else None,
          _join(group.get(c.question or "", [c.question or ""])))
         for i, c in enumerate(doc.commitments)])


# ---- which ministry answered -----------------------------------------------------
_ABBREVIATIONS = {
    "az": "Algemene Zaken", "bz": "Buitenlandse Zaken", "bzk": "Binnenlandse Zaken en Koninkrijksrelaties",
    "def": "Defensie", "ez": "Economische Zaken", "ezk": "Economische Zaken en Klimaat",
    "fin": "Financiën", "ienw": "Infrastructuur en Waterstaat", "i&w": "Infrastructuur en Waterstaat",
    "jenv": "Justitie en Veiligheid", "j&v": "Justitie en Veiligheid", "kgg": "Klimaat en Groene Groei",
    "lnv": "Landbouw, Natuur en Voedselkwaliteit", "lvvn": "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "ocw": "Onderwijs, Cultuur en Wetenschap", "szw": "Sociale Zaken en Werkgelegenheid",
    "vro": "Volkshuisvesting en Ruimtelijke Ordening", "vws": "Volksgezondheid, Welzijn en Sport",
    "bhos": "Buitenlandse Handel en Ontwikkelingssamenwerking",
    "ienm": "Infrastructuur en Milieu", "venj": "Veiligheid en Justitie",
}
_CAP = r"[A-ZÀ-Ý][\w’'-]+"
_OFFICE = re.compile(
    r"\b(?i:minister(?:ie)?|staatssecretaris)\s+(?i:van|voor)\s+(?:de\s+|het\s+)?"
    rf"(?P<name>{_CAP}(?:(?:,\s+|\s+en\s+|\s+voor\s+|\s+)(?!(?:De|Het|Een|In|Op|Aan|Dit|Deze|Met)\b){_CAP})*)")
#: Full names a shortened one is completed to (``Binnenlandse Zaken`` -> … en Koninkrijksrelaties).
_KNOWN = sorted(set(_ABBREVIATIONS.values()) | {
    "Asiel en Migratie", "Klimaat en Energie", "Buitenlandse Handel en Ontwikkelingshulp",
    "Medische Zorg", "Jeugd, Preventie en Sport", "Rechtsbescherming", "Koninkrijksrelaties en Digitalisering",
    "Veiligheid en Justitie", "Infrastructuur en Milieu", "Wonen en Rijksdienst", "Langdurige Zorg en Sport",
}, key=len)
_KNOWN_WORDS = sorted(((known, re.findall(r"\w+", known.casefold())) for known in _KNOWN), key=lambda k: -len(k[1]))
#: Words that start the next field or sentence after a ministry's name in a
#: letterhead or a line that lost its breaks (``Infrastructuur en Waterstaat
#: Ons kenmerk``, ``VWS BEZORGEN``, ``Defensie Algemene Rekenkamer``).
_FIELD = re.compile(r"^(?:Ons|Onze|Uw|Geachte|Postbus|Datum|Betreft|Kenmerk|Retouradres|Antwoorden?|Voorzitter|"
                    r"Bijlagen?|Aan|Hierbij)$")


def _clean(name: str) -> str | None:
    """The ministry's name as it is known: an abbreviation expanded, a known
    name that the text starts with (whatever follows it), a shortened one
    completed; otherwise the name up to the next field."""
    name = " ".join(name.split(" – ")[0].split(" - ")[0].split()).strip(" ,.;:")
    if not name:
        return None
    name = _ABBREVIATIONS.get(name.casefold().replace(" ", ""), name)
    words = name.split()
    first = words[0].strip(",;:").casefold()
    if first in _ABBREVIATIONS:  # ``BZK, EZK``, ``VWS BEZORGEN``
        return _ABBREVIATIONS[first]
    tokens = re.findall(r"\w+", name.casefold())
    for known, known_tokens in _KNOWN_WORDS:  # longest first: ``Economische Zaken en Klimaat``
        if tokens[:len(known_tokens)] == known_tokens:
            return known
    for i, word in enumerate(words[1:], 1):  # the next field: a caption or an all-capitals word
        plain = word.strip(",;:")
        if (plain in ("Algemene",) and i + 1 < len(words) and words[i + 1].startswith("Rekenkamer")) \
                or _FIELD.match(plain) or (plain.isupper() and len(plain) > 3 and plain.casefold() not in _ABBREVIATIONS):
            name = " ".join(words[:i]).strip(" ,;:")
            break
    key = ministry_key(name)
    for known in _KNOWN:
        if ministry_key(known).startswith(key):
            return known
    return name


def ministry_of(doc: Document) -> str | None:
    """The ministry that answered: the answerer's bracket (``Minister Dijkgraaf
    (Onderwijs, Cultuur en Wetenschap)``), else the first office named in the
    answerer, the addressees or the opening text (``De Minister van Defensie``)."""
    m = doc.meta
    if m.answerer:
        bracket = re.search(r"\(([^()]+)(?:\)|$)", m.answerer)  # also a bracket never closed (a typo)
        if bracket:
            return _clean(bracket.group(1))
    for text in (m.answerer or "", *m.addressees, doc.intro[:3000], m.title or "", doc.closing[-1500:]):
        hit = _OFFICE.search(text)
        if hit:
            return _clean(hit.group("name"))
    return None


def ministry_key(name: str | None) -> str:
    """``Volksgezondheid Welzijn en Sport`` and ``Volksgezondheid, Welzijn en Sport`` group together."""
    return re.sub(r"[^a-z]", "", (name or "").casefold())


# ---- reading -------------------------------------------------------------------------
class CommitmentFilter(namedtuple("CommitmentFilter", ("ministry", "answerer", "faction", "due_before",
                                                          "overdue", "today"),
                                   defaults=(None, None, None, None, False, None))):
    """Filters of the register; None means any. Text filters match case-insensitively
    as a substring (``ministry``, ``answerer``) or a whole name (``faction``);
    ``due_before`` and ``today`` are dates, ``overdue`` a bool.

    A named tuple rather than a dataclass: ``vragenronde search`` imports this
    module, and :mod:`dataclasses` costs more to import than the search takes."""

    __slots__ = ()


def _names(column: str | None) -> list[str]:
    return [n for n in (column or "").split(SEP) if n]


def commitment_rows(conn: sqlite3.Connection, f: CommitmentFilter = CommitmentFilter()) -> list[dict]:
    """The register: one dict per commitment, by due date (undated last), then document."""
    today = f.today or dt.date.today()
    sql = ("SELECT d.rel, d.pub_id, d.date, c.qid, c.factions, c.askers, a.ministry, c.who, c.text, "
           "c.action, c.due, c.due_text, c.due_kind, c.questions FROM commitments c JOIN docs d ON d.id = c.doc_id "
           "LEFT JOIN audit_docs a ON a.doc_id = c.doc_id")
    where, params = [], []
    if f.due_before is not None:
        where.append("c.due IS NOT NULL AND c.due < ?")
        params.append(f.due_before.isoformat())
    if f.overdue:
        where.append("c.due IS NOT NULL AND c.due < ?")
        params.append(today.isoformat())
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.due IS NULL, c.due, d.rel, c.ord"
    out = []
    for rel, pub, date, qid, factions, askers, ministry, who, text, action, due, due_text, due_kind, qids in (
            conn.execute(sql, params)):
        if f.ministry and f.ministry.casefold() not in (ministry or "").casefold():
            continue
        if f.answerer and f.answerer.casefold() not in (who or "").casefold():
            continue
        if f.faction and f.faction.casefold() not in {n.casefold() for n in _names(factions)}:
            continue
        state = "open" if due is None else ("overdue" if due < today.isoformat() else "due")
        out.append({
            "document": rel, "publication_id": pub, "date": date, "question_id": qid,
            "factions": ", ".join(_names(factions)), "askers": ", ".join(_names(askers)),
            "ministry": ministry, "who": who, "commitment": text, "action": action,
            "due": due, "due_text": due_text, "due_kind": due_kind, "state": state,
            # every question of a joint answer's group (else the question itself)
            "questions": ", ".join(_names(qids)),
        })
    return out


def add_audit(conn: sqlite3.Connection, rows: list[dict]) -> None:
    """Fill ``audit`` and ``audit_reason`` of export rows (keys ``document`` = rel, ``question_id``)."""
    sql = ("SELECT q.result, q.reason FROM audits q JOIN docs d ON d.id = q.doc_id "
           "WHERE d.rel = ? AND q.qid = ?")
    for row in rows:
        hit = conn.execute(sql, (row["document"], row["question_id"])).fetchone()
        row["audit"], row["audit_reason"] = hit if hit else (None, None)


def audit_rows(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple]]:
    """(questions, commitments) for the overview.

    questions: (factions, askers, ministry, month, result, certain) per question;
    commitments: (factions, askers, ministry, month, due) per commitment."""
    questions = conn.execute(
        "SELECT q.factions, q.askers, a.ministry, a.month, q.result, q.certain FROM audits q "
        "LEFT JOIN audit_docs a ON a.doc_id = q.doc_id").fetchall()
    commitments = conn.execute(
        "SELECT c.factions, c.askers, a.ministry, a.month, c.due FROM commitments c "
        "LEFT JOIN audit_docs a ON a.doc_id = c.doc_id").fetchall()
    return questions, commitments
