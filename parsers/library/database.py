"""The SQLite file of the library index: tables, opening, repair, rows.

:func:`open_index` connects (WAL mode), creates the tables when they are
missing or of another version (in one ``BEGIN IMMEDIATE`` transaction, so
two processes opening a fresh index cannot undo each other), and moves a
damaged file aside to rebuild it (:func:`rebuild`). :func:`store` and
:func:`delete_doc` write one document's rows; the caller holds the write
transaction (:func:`parsers.library.locking.writing`).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # annotations only: search needs no pydantic
    from ..model import Document
from ..messages import N_, Message
from .locking import BUSY_SECONDS, FileLock, is_corrupt, move_aside, retry_busy, writing
from .scan import FileStat, question_status, summarise

__all__ = ["CITED_SQL", "DOC_FIELDS", "ENTRIES_SQL", "INDEX_VERSION", "LATER_SCHEMA", "delete_doc",
           "fts5_available", "index_path", "inode", "notice_text", "notices_by_question", "open_index",
           "question_footnotes", "rebuild", "store"]

#: Bump when the tables change: an index of another version is rebuilt
#: (3: the ``notice`` column of ``qfts`` and ``questions.footnotes``).
INDEX_VERSION = "3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, rel TEXT UNIQUE NOT NULL, size INTEGER, mtime_ns INTEGER,
    sha TEXT, state TEXT, error TEXT, kind TEXT, house TEXT, dossier TEXT, letter TEXT,
    pub_id TEXT, pub_key TEXT, date TEXT, year INTEGER, title TEXT, factions INTEGER,
    questions INTEGER, by_reference INTEGER, deferred INTEGER, warnings INTEGER);
CREATE INDEX IF NOT EXISTS docs_pub ON docs(pub_key);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, ord INTEGER, qid TEXT, number INTEGER,
    faction TEXT, factions_key TEXT, status TEXT, footnotes TEXT);
CREATE INDEX IF NOT EXISTS questions_doc ON questions(doc_id, ord);
CREATE TABLE IF NOT EXISTS cites (doc_id INTEGER NOT NULL, target TEXT, question TEXT);
CREATE INDEX IF NOT EXISTS cites_target ON cites(target);
CREATE INDEX IF NOT EXISTS cites_target_doc ON cites(target, doc_id);
CREATE INDEX IF NOT EXISTS cites_doc ON cites(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS qfts USING fts5(
    question, answer, notice, tokenize = 'unicode61 remove_diacritics 2');
"""



def _schema_statements() -> tuple[str, ...]:
    """Every statement that creates the tables, these and the audit and
    commitment tables (defined and filled in register.py, which is imported
    only when the index is written: a search needs none of it)."""
    from . import register

    return tuple(x.strip() for x in (_SCHEMA + register.SCHEMA).split(";") if x.strip())

DOC_FIELDS = (
    "state", "error", "kind", "house", "dossier", "letter", "pub_id", "date", "title",
    "factions", "questions", "by_reference", "deferred", "warnings",
)

#: The row's id, then the fields of :class:`~.scan.DocEntry` after ``path``
#: (``kind`` ``unknown`` and the counts 0 when the index has none).
ENTRIES_SQL = ("SELECT id, rel, state, error, coalesce(nullif(kind, ''), 'unknown'), house, dossier,"
               " letter, pub_id, date, title, coalesce(factions, 0), coalesce(questions, 0),"
               " coalesce(by_reference, 0), coalesce(deferred, 0), coalesce(warnings, 0)"
               " FROM docs ORDER BY rel")
#: How many other documents cite each document (those cited at all), by id:
#: one grouped join (a count per row in the list's query took five times
#: longer) over the index ``cites_target_doc`` alone (four times faster than
#: looking up each citation's row; an index made before it gets it at its next
#: refresh: :data:`LATER_SCHEMA`).
CITED_SQL = ("SELECT d.id, count(DISTINCT c.doc_id) FROM cites c"
             " JOIN docs d ON c.target = d.pub_key AND c.doc_id != d.id GROUP BY d.id")

#: Added to the schema without a new :data:`INDEX_VERSION` (nothing to
#: rebuild): run in the refresh's first write transaction.
LATER_SCHEMA = ("CREATE INDEX IF NOT EXISTS cites_target_doc ON cites(target, doc_id)",)


def fts5_available() -> bool:
    """Whether this Python's sqlite3 has FTS5 compiled in."""
    try:
        con = sqlite3.connect(":memory:")
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        con.close()
        return True
    except sqlite3.OperationalError:
        return False


def index_path(cache_dir: Path, folder: Path) -> Path:
    """Where the index of ``folder`` lives under ``cache_dir``."""
    key = _sha256(str(Path(folder).resolve()).encode("utf-8", "surrogateescape"))
    return Path(cache_dir) / "library" / f"{key.hexdigest()[:32]}.sqlite"


def _sha256(data: bytes):
    """``hashlib.sha256(data)`` for a few bytes, from Python's own SHA-256
    module where it has one: ``hashlib`` loads OpenSSL first, which costs
    more than a whole warm ``search`` spends on any other import."""
    try:
        if sys.version_info >= (3, 12):
            from _sha2 import sha256
        else:
            from _sha256 import sha256
    except ImportError:  # a Python built without them
        from hashlib import sha256
    return sha256(data)


def inode(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, or None."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _read_version(conn: sqlite3.Connection) -> str | None:
    """The index version stored in ``conn``, or None (no tables yet)."""
    try:
        row = retry_busy(lambda: conn.execute("SELECT value FROM info WHERE key='version'").fetchone())
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return row[0] if row else None


def open_index(target: str) -> tuple[sqlite3.Connection, str | None]:
    """Connect to the index at ``target`` (a path or ``:memory:``), created or
    reset when needed; a damaged file is moved aside and rebuilt. Returns the
    connection and a warning saying so, or None."""
    if target == ":memory:":
        return _connect(target), None
    path = Path(target)
    try:
        return _connect(target), None
    except sqlite3.DatabaseError as exc:
        if not is_corrupt(exc):
            raise
        found = inode(path)
    return rebuild(path, found)

def rebuild(path: Path, found: tuple[int, int] | None) -> tuple[sqlite3.Connection, str | None]:
    """Move the damaged index file ``found`` (device, inode) aside and start a
    new one, unless another process has done so meanwhile; returns the
    connection and the warning (None when another process did it)."""
    repair = FileLock(path.with_name(path.name + ".repair"))
    repair.acquire(seconds=BUSY_SECONDS)
    try:
        warning = None
        if found is not None and inode(path) == found:
            moved = move_aside(path)
            warning = Message(N_("de bibliotheekindex was beschadigd; hij is verplaatst naar {moved} en wordt opnieuw "
                                 "opgebouwd"), moved=str(moved))
        return _connect(str(path)), warning
    finally:
        repair.release()

def _connect(target: str) -> sqlite3.Connection:
    from ..version import PARSER_VERSION

    conn = sqlite3.connect(target, check_same_thread=False, timeout=BUSY_SECONDS,
                           isolation_level=None)
    try:
        if target == ":memory:":
            conn.execute("PRAGMA journal_mode=MEMORY")
        else:
            retry_busy(lambda: conn.execute("PRAGMA journal_mode=WAL").fetchone())
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-32000")  # 32 MB: a 2,000-document index stays in memory
        version = f"{INDEX_VERSION}/{PARSER_VERSION}"
        if _read_version(conn) == version:
            return conn  # the usual case: nothing to write, so no waiting for a writer
        from . import register

        statements = _schema_statements()
        with writing(conn):  # one process at a time checks and (re)creates the tables
            for statement in statements:
                conn.execute(statement)
            row = conn.execute("SELECT value FROM info WHERE key='version'").fetchone()
            if row is None or row[0] != version:  # another layout or parser: start empty
                for table in ("docs", "questions", "cites", "qfts", *register.TABLES):
                    conn.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in statements:
                    conn.execute(statement)
                conn.execute("INSERT OR REPLACE INTO info VALUES ('version', ?)", (version,))
    except BaseException:
        conn.close()
        raise
    return conn


def notice_text(notice) -> str:
    """A notice as plain text: its opening line (if printed), then its text."""
    label = " ".join((notice.label or "").split())
    return "\n\n".join(t for t in (label, notice.text.strip()) if t)


def notices_by_question(doc, questions: list) -> dict[str, str]:
    """The text of each notice (*Mededeling*), at the question the library
    index keeps it with: the first question it concerns (every question when
    it names none), or the question holding that one's joint answer, where
    the reader shows it. ``{question id: text}``, several notices joined by a
    blank line. A notice that concerns no question of the document (a letter
    that only postpones the answers) is under the key None."""
    ids = [q.id for q in questions]
    holder = {q.id: (q.answer.shared_with if q.answer is not None and q.answer.shared_with in ids else q.id)
              for q in questions}
    out: dict[str | None, list[str]] = {}
    for notice in getattr(doc, "notices", ()):
        concerned = [i for i in ids if not notice.questions or i in notice.questions]
        out.setdefault(holder[concerned[0]] if concerned else None, []).append(notice_text(notice))
    return {k: "\n\n".join(v) for k, v in out.items()}


def question_footnotes(doc, qid: str) -> dict[str, str]:
    """The footnotes marked in question ``qid``'s text and answer, in order:
    ``{key: text}`` (as the exports give them)."""
    refs = [r for r in getattr(doc, "footnote_refs", ()) if r.question == qid and r.field in ("question", "answer")]
    refs.sort(key=lambda r: (r.field != "question", r.start))
    notes = getattr(doc, "footnotes", {}) or {}
    return {k: notes[k] for k in dict.fromkeys(r.key for r in refs) if k in notes}


def delete_doc(c: sqlite3.Connection, doc_id: int) -> None:
    """Remove the question, text and citation rows of document ``doc_id``."""
    c.execute("DELETE FROM qfts WHERE rowid IN (SELECT id FROM questions WHERE doc_id=?)", (doc_id,))
    c.execute("DELETE FROM questions WHERE doc_id=?", (doc_id,))
    c.execute("DELETE FROM cites WHERE doc_id=?", (doc_id,))
    from . import register

    register.delete(c, doc_id)


def store(c: sqlite3.Connection, f: FileStat, sha: str | None, doc: Document | None,
          error: str | None) -> None:
    """Replace the index rows of file ``f`` by its new parse (or failure)."""
    row = c.execute("SELECT id FROM docs WHERE rel=?", (f.rel,)).fetchone()
    if doc is not None:
        summary = summarise(doc)
        summary["pub_id"] = summary.pop("publication_id")
    else:
        summary = {"state": "failed", "error": error, "kind": "unknown"}
    values = [summary.get(k) for k in DOC_FIELDS]
    pub = summary.get("pub_id")
    date = summary.get("date")
    extra = [f.size, f.mtime_ns, sha, pub.casefold() if pub else None,
             int(date[:4]) if date else None]
    if row is None:
        cur = c.execute(
            f"INSERT INTO docs (rel, {', '.join(DOC_FIELDS)}, size, mtime_ns, sha, pub_key, year)"
            f" VALUES (?, {', '.join('?' * (len(DOC_FIELDS) + 5))})",
            [f.rel, *values, *extra])
        doc_id = cur.lastrowid
    else:
        doc_id = row[0]
        delete_doc(c, doc_id)
        sets = ", ".join(f"{k}=?" for k in (*DOC_FIELDS, "size", "mtime_ns", "sha", "pub_key", "year"))
        c.execute(f"UPDATE docs SET {sets} WHERE id=?", [*values, *extra, doc_id])
    if doc is None:
        return
    import json  # here: a search of an index that is up to date never stores

    pairs = [(b, q) for b in doc.factions for q in b.questions]
    notices = notices_by_question(doc, [q for _, q in pairs])
    for ord_, (fac, q) in enumerate(pairs):
        names = [n for n in (fac.name, *fac.members) if n]
        key = "|" + "|".join(n.casefold() for n in names) + "|"
        notes = question_footnotes(doc, q.id)
        cur = c.execute(
            "INSERT INTO questions (doc_id, ord, qid, number, faction, factions_key, status, footnotes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, ord_, q.id, q.number, fac.name, key, question_status(q),
             json.dumps(notes, ensure_ascii=False) if notes else None))
        c.execute("INSERT INTO qfts (rowid, question, answer, notice) VALUES (?, ?, ?, ?)",
                  (cur.lastrowid, q.text, q.answer.text if q.answer else "", notices.get(q.id, "")))
    if None in notices:  # notices of no question: a row of their own, without a question id
        parties = [a.party for a in doc.meta.askers if a.party]
        key = "|" + "|".join(p.casefold() for p in parties) + "|"
        cur = c.execute("INSERT INTO questions (doc_id, ord, qid, number, faction, factions_key, status)"
                        " VALUES (?, ?, NULL, NULL, NULL, ?, 'deferred')", (doc_id, len(pairs), key))
        c.execute("INSERT INTO qfts (rowid, question, answer, notice) VALUES (?, '', '', ?)",
                  (cur.lastrowid, notices[None]))
    own = pub.casefold() if pub else None
    seen = set()
    for cit in doc.citations:  # a letter or motion also cites the Kamerstuk it is in
        for target in {cit.id.casefold(), (cit.kamerstuk or cit.id).casefold()}:
            if target != own and (target, cit.question) not in seen:
                seen.add((target, cit.question))
                c.execute("INSERT INTO cites VALUES (?, ?, ?)", (doc_id, target, cit.question))
    from . import register

    register.store(c, doc_id, doc)
