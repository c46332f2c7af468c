"""The library: a folder of question rounds, indexed in SQLite FTS5.

The index lives in ``<cache dir>/library/<sha256 of the folder path>.sqlite``
(an in-memory database with ``no_cache`` or when the cache folder cannot be
written; :attr:`Library.warning` then says why). :meth:`Library.refresh`
brings it up to date: a file whose (size, mtime_ns) is unchanged is trusted;
otherwise its sha256 is compared and only changed or new content is parsed
again (through the parse cache of :mod:`parsers.cache`). Deleted files leave
the index. A file that fails to parse is recorded as ``failed`` with a
one-line message and never stops the rest.

The object is safe to share between threads (one lock around the
connection): a user interface runs :meth:`refresh` in a worker thread and may
call :meth:`search` meanwhile.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections import namedtuple
from collections.abc import Callable
from pathlib import Path

from ..errors import ParseError
from .query import Query, parse_query
from .scan import DocEntry, FileStat, file_digest, question_status, scan_folder, summarise
from .search import Hit, run_search

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # annotations only: search needs no pydantic
    from ..model import Document

__all__ = ["Citing", "Library", "RefreshStats", "fts5_available", "index_path"]

#: Bump when the tables change: an index of another version is rebuilt.
INDEX_VERSION = "2"
_COMMIT_SECONDS = 0.5

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
    faction TEXT, factions_key TEXT, status TEXT);
CREATE INDEX IF NOT EXISTS questions_doc ON questions(doc_id, ord);
CREATE TABLE IF NOT EXISTS cites (doc_id INTEGER NOT NULL, target TEXT, question TEXT);
CREATE INDEX IF NOT EXISTS cites_target ON cites(target);
CREATE INDEX IF NOT EXISTS cites_doc ON cites(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS qfts USING fts5(
    question, answer, tokenize = 'unicode61 remove_diacritics 2');
"""

_DOC_FIELDS = (
    "state", "error", "kind", "house", "dossier", "letter", "pub_id", "date", "title",
    "factions", "questions", "by_reference", "deferred", "warnings",
)


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
    key = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8", "surrogateescape"))
    return Path(cache_dir) / "library" / f"{key.hexdigest()[:32]}.sqlite"


class RefreshStats:
    """What the last :meth:`Library.refresh` did (counts of files).

    A plain class rather than a dataclass (as are this package's other
    records): ``vragenronde search`` imports this module, and
    :mod:`dataclasses` costs more to import than the search takes.
    """

    _COUNTS = ("total", "parsed", "failed", "unchanged", "touched", "removed")

    def __init__(self) -> None:
        self.total = self.parsed = self.failed = 0
        self.unchanged = self.touched = self.removed = 0
        self.seconds = 0.0
        #: (rel, one-line error) of each file that failed in this refresh.
        self.failures: list[tuple[str, str]] = []

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={getattr(self, k)}" for k in self._COUNTS)
        return f"RefreshStats({counts}, seconds={self.seconds:.3f}, failures={self.failures!r})"


class Citing(namedtuple("Citing", ("path", "rel", "publication_id", "title", "questions"))):
    """A library document that cites another (``path``, ``rel``, its
    ``publication_id`` and ``title``), and the ids of the ``questions`` that do."""

    __slots__ = ()


def _one_line(exc: BaseException) -> str:
    text = str(exc) if isinstance(exc, ParseError) else f"{type(exc).__name__}: {exc}"
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"


def _parse_path(path: Path, cache=None) -> Document:
    """:func:`parsers.parse_path`, imported at the first parse: an index that is
    up to date (``vragenronde search``) needs neither pydantic nor the parser."""
    from ..pipeline import parse_path

    return parse_path(path, cache=cache)


class Library:
    """A folder of question rounds and its search index.

    ``cache_dir`` None means the parse cache's folder
    (:func:`parsers.cache.default_directory`); ``no_cache`` keeps everything in
    memory and parses without the cache. ``parse`` replaces
    :func:`parsers.parse_path` (tests count calls with it).
    """

    def __init__(
        self, folder: str | Path, cache_dir: str | Path | None = None, *,
        no_cache: bool = False, parse: Callable[..., Document] | None = None,
    ) -> None:
        from ..cache import Cache, CacheUnavailable, default_directory

        self.folder = Path(folder)
        self.warning: str | None = None
        self.stats = RefreshStats()
        self.cache = None
        self.db_path: Path | None = None
        if parse is None:
            parse = _parse_path
        self._parse = parse
        self._lock = threading.RLock()
        if not fts5_available():
            raise ParseError("the library needs SQLite with FTS5, which this Python lacks")
        if not no_cache:
            try:
                directory = Path(cache_dir) if cache_dir is not None else default_directory()
                self.cache = Cache(directory)
                if self.cache.warning:
                    raise OSError(self.cache.warning)
                self.db_path = index_path(directory, self.folder)
                self.db_path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = self._open(str(self.db_path))
            except (OSError, sqlite3.Error, CacheUnavailable) as exc:
                self.warning = f"library index kept in memory: {_one_line(exc)}"
                self.cache = None if self.cache is None or not self.cache.enabled else self.cache
                self.db_path = None
        if self.db_path is None:
            self.conn = self._open(":memory:")

    # -- database ------------------------------------------------------------
    def _open(self, target: str) -> sqlite3.Connection:
        from ..version import PARSER_VERSION

        conn = sqlite3.connect(target, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL" if target != ":memory:" else "PRAGMA journal_mode=MEMORY")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-32000")  # 32 MB: a 2,000-document index stays in memory
        version = f"{INDEX_VERSION}/{PARSER_VERSION}"
        try:
            conn.executescript(_SCHEMA)
            row = conn.execute("SELECT value FROM info WHERE key='version'").fetchone()
        except sqlite3.DatabaseError:  # a corrupt or foreign file: start over
            conn.close()
            Path(target).unlink(missing_ok=True)
            conn = sqlite3.connect(target, check_same_thread=False, timeout=10)
            conn.executescript(_SCHEMA)
            row = None
        if row is None or row[0] != version:  # another layout or parser: start empty
            for table in ("docs", "questions", "cites", "qfts"):
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            conn.executescript(_SCHEMA)
            conn.execute("INSERT OR REPLACE INTO info VALUES ('version', ?)", (version,))
            conn.commit()
        return conn

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self.conn.close()

    def _delete_doc(self, doc_id: int) -> None:
        c = self.conn
        c.execute("DELETE FROM qfts WHERE rowid IN (SELECT id FROM questions WHERE doc_id=?)", (doc_id,))
        c.execute("DELETE FROM questions WHERE doc_id=?", (doc_id,))
        c.execute("DELETE FROM cites WHERE doc_id=?", (doc_id,))

    def _store(self, f: FileStat, sha: str | None, doc: Document | None, error: str | None) -> None:
        """Replace the index rows of file ``f`` by its new parse (or failure)."""
        c = self.conn
        row = c.execute("SELECT id FROM docs WHERE rel=?", (f.rel,)).fetchone()
        if doc is not None:
            summary = summarise(doc)
            summary["pub_id"] = summary.pop("publication_id")
        else:
            summary = {"state": "failed", "error": error, "kind": "unknown"}
        values = [summary.get(k) for k in _DOC_FIELDS]
        pub = summary.get("pub_id")
        date = summary.get("date")
        extra = [f.size, f.mtime_ns, sha, pub.casefold() if pub else None,
                 int(date[:4]) if date else None]
        if row is None:
            cur = c.execute(
                f"INSERT INTO docs (rel, {', '.join(_DOC_FIELDS)}, size, mtime_ns, sha, pub_key, year)"
                f" VALUES (?, {', '.join('?' * (len(_DOC_FIELDS) + 5))})",
                [f.rel, *values, *extra])
            doc_id = cur.lastrowid
        else:
            doc_id = row[0]
            self._delete_doc(doc_id)
            sets = ", ".join(f"{k}=?" for k in (*_DOC_FIELDS, "size", "mtime_ns", "sha", "pub_key", "year"))
            c.execute(f"UPDATE docs SET {sets} WHERE id=?", [*values, *extra, doc_id])
        if doc is None:
            return
        for ord_, (fac, q) in enumerate((b, q) for b in doc.factions for q in b.questions):
            names = [n for n in (fac.name, *fac.members) if n]
            key = "|" + "|".join(n.casefold() for n in names) + "|"
            cur = c.execute(
                "INSERT INTO questions (doc_id, ord, qid, number, faction, factions_key, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc_id, ord_, q.id, q.number, fac.name, key, question_status(q)))
            c.execute("INSERT INTO qfts (rowid, question, answer) VALUES (?, ?, ?)",
                      (cur.lastrowid, q.text, q.answer.text if q.answer else ""))
        own = pub.casefold() if pub else None
        seen = set()
        for cit in doc.citations:  # a letter or motion also cites the Kamerstuk it is in
            for target in {cit.id.casefold(), (cit.kamerstuk or cit.id).casefold()}:
                if target != own and (target, cit.question) not in seen:
                    seen.add((target, cit.question))
                    c.execute("INSERT INTO cites VALUES (?, ?, ?)", (doc_id, target, cit.question))

    # -- refresh -------------------------------------------------------------
    def refresh(
        self, progress: Callable[[int, int, str], None] | None = None,
        cancel: Callable[[], bool] | None = None, *, listing: bool = True,
    ) -> list[DocEntry]:
        """Bring the index up to date with the folder; return :meth:`entries`
        (an empty list with ``listing=False``: ``search`` needs no list).

        ``progress(done, total, rel)`` is called before each file that must be
        parsed (``done`` files of ``total`` finished) and once more with
        ``(total, total, "")`` at the end. ``cancel()`` returning True stops
        between files; what was parsed so far stays in the index.
        """
        started = time.perf_counter()
        stats = RefreshStats()
        files = scan_folder(self.folder)
        stats.total = len(files)
        with self._lock:
            known = {rel: (i, size, mt, sha) for i, rel, size, mt, sha in
                     self.conn.execute("SELECT id, rel, size, mtime_ns, sha FROM docs")}
            present = {f.rel for f in files}
            for rel, (doc_id, *_rest) in known.items():
                if rel not in present:
                    self._delete_doc(doc_id)
                    self.conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))
                    stats.removed += 1
            self.conn.commit()
        todo: list[tuple[FileStat, str | None]] = []
        for f in files:
            old = known.get(f.rel)
            if old is not None and old[1] == f.size and old[2] == f.mtime_ns:
                stats.unchanged += 1
                continue
            sha = file_digest(f.path)
            if old is not None and sha is not None and sha == old[3]:
                with self._lock:
                    self.conn.execute("UPDATE docs SET size=?, mtime_ns=? WHERE id=?",
                                      (f.size, f.mtime_ns, old[0]))
                stats.touched += 1
                continue
            todo.append((f, sha))
        last_commit = time.perf_counter()
        for done, (f, sha) in enumerate(todo):
            if cancel is not None and cancel():
                break
            if progress is not None:
                progress(done, len(todo), f.rel)
            doc, error = None, None
            try:
                doc = self._parse(f.path, cache=self.cache)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the library
                error = _one_line(exc)
                stats.failed += 1
                stats.failures.append((f.rel, error))
            stats.parsed += 1
            with self._lock:
                self._store(f, sha, doc, error)
                if time.perf_counter() - last_commit > _COMMIT_SECONDS:
                    self.conn.commit()
                    last_commit = time.perf_counter()
        with self._lock:
            self.conn.commit()
        if progress is not None:
            progress(len(todo), len(todo), "")
        stats.seconds = time.perf_counter() - started
        self.stats = stats
        return self.entries() if listing else []

    # -- reading -------------------------------------------------------------
    def entries(self) -> list[DocEntry]:
        """Every indexed document, sorted by relative path."""
        cols = ", ".join(f"d.{k}" for k in _DOC_FIELDS)
        sql = (f"SELECT d.rel, {cols}, (SELECT count(DISTINCT c.doc_id) FROM cites c "
               "WHERE d.pub_key IS NOT NULL AND c.target = d.pub_key AND c.doc_id != d.id) "
               "FROM docs d ORDER BY d.rel")
        with self._lock:
            rows = self.conn.execute(sql).fetchall()
        out = []
        for rel, *vals, cited in rows:
            kw = dict(zip(_DOC_FIELDS, vals))
            kw["publication_id"] = kw.pop("pub_id")
            kw = {k: (v if v is not None or k in ("error", "house", "dossier", "letter",
                                                  "publication_id", "date", "title") else 0)
                  for k, v in kw.items()}
            kw["kind"] = kw["kind"] or "unknown"
            out.append(DocEntry(path=self.folder / rel, rel=rel, cited_by=cited, **kw))
        return out

    def load(self, rel: str) -> Document:
        """The parse of library document ``rel`` (from the parse cache when it has it).

        Raises :class:`~parsers.errors.ParseError` like :func:`parsers.parse_path`.
        """
        return self._parse(self.folder / rel, cache=self.cache)

    def search(self, query: str | Query, limit: int = 100) -> list[Hit]:
        """Hits for ``query`` (the language of :mod:`parsers.library.query`), best first.

        Raises :class:`~parsers.library.query.QueryError` for a bad query.
        """
        q = parse_query(query) if isinstance(query, str) else query
        with self._lock:
            return run_search(self.conn, self.folder, q, limit)

    def cited_by(self, publication_id: str) -> list[Citing]:
        """Library documents citing ``publication_id`` (e.g. ``kst-36725-X-6``)."""
        sql = ("SELECT d.rel, d.pub_id, d.title, group_concat(coalesce(c.question, ''), '\x1f') "
               "FROM cites c JOIN docs d ON d.id = c.doc_id WHERE c.target = ? "
               "GROUP BY d.id ORDER BY d.rel")
        with self._lock:
            rows = self.conn.execute(sql, (publication_id.casefold(),)).fetchall()
        return [Citing(self.folder / rel, rel, pub, title,
                       tuple(sorted({q for q in qs.split("\x1f") if q})))
                for rel, pub, title, qs in rows]

    def in_library(self, publication_id: str) -> DocEntry | None:
        """The library document whose publication id is ``publication_id``, if any."""
        with self._lock:
            row = self.conn.execute("SELECT rel FROM docs WHERE pub_key=? ORDER BY rel LIMIT 1",
                                    (publication_id.casefold(),)).fetchone()
        if row is None:
            return None
        return next((e for e in self.entries() if e.rel == row[0]), None)

    def resolved_citations(self, rel: str) -> dict[str, str]:
        """Citation ids of document ``rel`` found in the library: id -> the cited document's rel."""
        sql = ("SELECT DISTINCT c.target, t.rel FROM cites c JOIN docs d ON d.id = c.doc_id "
               "JOIN docs t ON t.pub_key = c.target WHERE d.rel = ? ORDER BY c.target")
        with self._lock:
            return dict(self.conn.execute(sql, (rel,)).fetchall())

    def question_rows(self, hits: list[Hit]) -> list[dict]:
        """Full export rows (see :data:`parsers.library.export.CSV_HEADER`) for ``hits``."""
        sql = ("SELECT d.pub_id, d.kind, d.dossier, q.faction, q.number, q.status, "
               "qfts.question, qfts.answer FROM questions q JOIN docs d ON d.id = q.doc_id "
               "JOIN qfts ON qfts.rowid = q.id WHERE d.rel = ? AND q.qid = ?")
        rows = []
        with self._lock:
            for h in hits:
                r = self.conn.execute(sql, (h.rel, h.question_id)).fetchone()
                if r is None:
                    continue
                pub, kind, dossier, faction, number, status, qtext, atext = r
                rows.append({
                    "document": h.rel, "publication_id": pub, "kind": kind, "dossier": dossier,
                    "faction": faction, "question_id": h.question_id, "number": number,
                    "status": status, "question": qtext, "answer": atext,
                })
        return rows
