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
call :meth:`search` meanwhile. It is also safe between processes
(:mod:`.locking`): the index is in WAL mode so readers never wait, writes are
short ``BEGIN IMMEDIATE`` transactions, and one process at a time refreshes
(the others wait and then find the work done). A damaged index file is moved
aside and rebuilt once, with one :attr:`Library.warning`.
"""

from __future__ import annotations

import sqlite3
import time
from _thread import RLock  # what threading.RLock() makes, without importing threading
from collections import namedtuple
from collections.abc import Callable
from pathlib import Path

from ..errors import ParseError
from ..messages import N_, Message
from .database import (
    CITED_SQL, ENTRIES_SQL, LATER_SCHEMA, delete_doc, fts5_available, index_path, inode, open_index,
    rebuild, store,
)
from .locking import FileLock, is_corrupt, retry_busy, writing
from .pool import one_line, results_of
from .scan import DocEntry, FileStat, RefreshStats, file_digest, scan_folder

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # annotations only: search needs no pydantic
    from ..model import Document
    from . import register
    from .query import Query
    from .search import Hit

__all__ = ["Citing", "Library", "RefreshStats", "fts5_available", "index_path"]

_COMMIT_SECONDS = 0.5
#: The most hits one search returns (a larger limit is taken as this).
MAX_LIMIT = 1_000_000


class Citing(namedtuple("Citing", ("path", "rel", "publication_id", "title", "questions"))):
    """A library document that cites another (``path``, ``rel``, its
    ``publication_id`` and ``title``), and the ids of the ``questions`` that do."""

    __slots__ = ()


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
    :func:`parsers.parse_path` (tests count calls with it). ``workers``: the
    processes that parse a refresh's files (:mod:`.pool`; default every core;
    1, or a ``parse`` of one's own, parses in this process).
    """

    def __init__(
        self, folder: str | Path, cache_dir: str | Path | None = None, *,
        no_cache: bool = False, parse: Callable[..., Document] | None = None,
        workers: int | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.warning: str | None = None
        self.stats = RefreshStats()
        self.cache = None
        self.db_path: Path | None = None
        self._db_inode: tuple[int, int] | None = None
        if parse is None:
            parse = _parse_path
        self._parse = parse
        self.workers = workers
        self._lock = RLock()
        self._refresh_lock = FileLock(None)
        #: Parsed files waiting to be written (see :meth:`_flush`).
        self._pending: list[tuple[FileStat, str | None, Document | None, str | None]] = []
        #: Write transactions of this object that changed the list (see :meth:`list_token`).
        self._writes = 0
        self.conn: sqlite3.Connection | None = None
        try:
            self._open(cache_dir, no_cache)
            # FTS5 is there (else the index could not have been made, or a
            # search in an index made by another Python would fail): asked
            # of the index itself, as a separate test costs a tenth of a search
            self.conn.execute("SELECT rowid FROM qfts LIMIT 0")
        except sqlite3.OperationalError:
            if fts5_available():
                raise
            if self.conn is not None:
                self.conn.close()
            raise ParseError(N_("de bibliotheek heeft SQLite met FTS5 nodig, en deze Python heeft dat niet")) from None

    def _open(self, cache_dir: str | Path | None, no_cache: bool) -> None:
        """Open the index file (or, failing that or with ``no_cache``, one in memory)."""
        from ..cache import Cache, CacheUnavailable, default_directory

        if not no_cache:
            try:
                directory = Path(cache_dir) if cache_dir is not None else default_directory()
                self.cache = Cache(directory)
                if self.cache.warning:
                    raise OSError(self.cache.warning)
                self.db_path = index_path(directory, self.folder)
                self.db_path.parent.mkdir(parents=True, exist_ok=True)
                self.conn, self.warning = open_index(str(self.db_path))
                #: the file this connection reads: a repair moves only that one aside
                self._db_inode = inode(self.db_path)
                self._refresh_lock = FileLock(self.db_path.with_name(self.db_path.name + ".lock"))
            except (OSError, sqlite3.Error, CacheUnavailable) as exc:
                self.warning = Message(N_("bibliotheekindex alleen in het geheugen: {error}"), error=one_line(exc))
                self.cache = None if self.cache is None or not self.cache.enabled else self.cache
                self.db_path = None
        if self.db_path is None:
            self.conn, _ = open_index(":memory:")

    def close(self) -> None:
        """Close the database."""
        self._refresh_lock.release()
        with self._lock:
            self.conn.close()

    # -- refresh -------------------------------------------------------------
    def refresh(
        self, progress: Callable[[int, int, str], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        on_wait: Callable[[], None] | None = None, *, listing: bool = True,
    ) -> list[DocEntry]:
        """Bring the index up to date with the folder; return :meth:`entries`
        (an empty list with ``listing=False``: ``search`` needs no list).

        ``progress(done, total, rel)`` is called before each file that must be
        parsed (``done`` files of ``total`` finished) and once more with
        ``(total, total, "")`` at the end. ``cancel()`` returning True stops
        between files; what was parsed so far stays in the index.

        Only one process (or :class:`Library` object) refreshes a folder's
        index at a time: another one waits here, calling ``on_wait()`` once,
        and then finds the files it would have parsed up to date. Raises
        :class:`~parsers.errors.ParseError` when the folder cannot be read.
        """
        try:
            return self._refresh(progress, cancel, on_wait, listing)
        except sqlite3.DatabaseError as exc:
            if self.db_path is None or not is_corrupt(exc):
                raise
            with self._lock:  # damaged beyond what opening it showed: rebuild once
                self._pending.clear()
                self.conn.close()
                # another process may have repaired it already (then the path
                # holds a new file, which is not moved aside)
                self.conn, warning = rebuild(self.db_path, self._db_inode)
                self._db_inode = inode(self.db_path)
                self.warning = warning or self.warning
            return self._refresh(progress, cancel, on_wait, listing)

    def _refresh(self, progress, cancel, on_wait, listing: bool = True) -> list[DocEntry]:
        started = time.perf_counter()
        stats = RefreshStats()
        if not self._refresh_lock.acquire(cancel, on_wait):
            return self.entries() if listing else []  # cancelled while another process was indexing
        try:
            todo = self._update(stats, progress, cancel)
        finally:
            self._refresh_lock.release()
        if progress is not None:
            progress(todo, todo, "")
        stats.seconds = time.perf_counter() - started
        self.stats = stats
        return self.entries() if listing else []

    def _update(self, stats: RefreshStats, progress, cancel) -> int:
        """Scan, drop removed files, parse new and changed ones; returns how
        many files needed parsing."""
        unreadable: list[tuple[str, str]] = []
        files = scan_folder(self.folder, unreadable)
        if unreadable and unreadable[0][0] == ".":
            raise ParseError(N_("{name}: kan de map niet lezen: {reason}"), name=str(self.folder), reason=unreadable[0][1])
        stats.total = len(files)
        stats.unreadable = unreadable
        stats.skipped = list(files.skipped)
        present = {f.rel for f in files}
        with self._lock, writing(self.conn):
            for statement in LATER_SCHEMA:
                self.conn.execute(statement)
            # (id, rel, size, mtime_ns) by rel; the sha only of a file that changed
            known = {row[1]: row for row in self.conn.execute("SELECT id, rel, size, mtime_ns FROM docs")}
            for rel, (doc_id, *_rest) in known.items():
                if rel not in present:
                    delete_doc(self.conn, doc_id)
                    self.conn.execute("DELETE FROM docs WHERE id=?", (doc_id,))
                    stats.removed += 1
                    self._writes += 1
        todo: list[tuple[FileStat, str | None]] = []
        touched: list[tuple[int, int, int]] = []
        for f in files:
            old = known.get(f.rel)
            if old is not None and old[2] == f.size and old[3] == f.mtime_ns:
                stats.unchanged += 1
                continue
            sha = file_digest(f.path)
            if old is not None and sha is not None and sha == self._sha(old[0]):
                touched.append((f.size, f.mtime_ns, old[0]))
                stats.touched += 1
                continue
            todo.append((f, sha))
        if touched:
            with self._lock, writing(self.conn):
                self.conn.executemany("UPDATE docs SET size=?, mtime_ns=? WHERE id=?", touched)
        # parse outside any transaction; store what was parsed in one short
        # write transaction every _COMMIT_SECONDS, so readers see progress and
        # other processes are never kept waiting long
        last_commit = time.perf_counter()
        results = results_of([f.path for f, _ in todo], None if self._parse is _parse_path else self._parse,
                             self.cache, self.workers, cancel)
        try:
            for done, (f, sha) in enumerate(todo):
                if cancel is not None and cancel():
                    break
                if progress is not None:
                    progress(done, len(todo), f.rel)
                got = next(results, None)
                if got is None:
                    break  # the pool saw the cancel first
                doc, error = got
                if error is not None:
                    stats.failed += 1
                    stats.failures.append((f.rel, error))
                stats.parsed += 1
                with self._lock:
                    self._pending.append((f, sha, doc, error))
                    if time.perf_counter() - last_commit > _COMMIT_SECONDS:
                        self._flush()
                        last_commit = time.perf_counter()
        finally:
            results.close()  # a pool stops handing out files (see .pool)
            with self._lock:
                self._flush()
        return len(todo)

    def _sha(self, doc_id: int) -> str | None:
        """The content digest the index holds for document ``doc_id``."""
        with self._lock:
            row = self.conn.execute("SELECT sha FROM docs WHERE id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def _flush(self) -> None:
        """Write the parsed files not yet in the index, in one transaction.

        Called by the refresh every :data:`_COMMIT_SECONDS` and by every
        reading method, so this process sees each parsed file at once and
        other processes see them in batches. Hold ``self._lock``.
        """
        if not self._pending:
            return
        with writing(self.conn):
            for f, sha, doc, error in self._pending:
                store(self.conn, f, sha, doc, error)
        self._pending.clear()
        self._writes += 1

    def _flush_for_reading(self) -> None:
        """:meth:`_flush` for a reader: a failure (a full disk, say) is left
        for the refresh to report; the reader sees what is stored."""
        try:
            self._flush()
        except sqlite3.Error:
            pass

    # -- reading -------------------------------------------------------------
    def entries(self) -> list[DocEntry]:
        """Every indexed document, sorted by relative path."""
        with self._lock:
            self._flush_for_reading()
            rows = self.conn.execute(ENTRIES_SQL).fetchall()
            cited = dict(self.conn.execute(CITED_SQL).fetchall())
        # tuple.__new__: the row is in DocEntry's field order already (after
        # the id); the path is the one thing made per row
        make, folder, get = tuple.__new__, self.folder, cited.get
        return [make(DocEntry, (folder / row[1], *row[1:], get(row[0], 0))) for row in rows]

    def list_token(self) -> tuple[int, int]:
        """Changes when the list :meth:`entries` returns may have changed: a
        write of this object (:meth:`refresh`) or a commit of another
        connection (SQLite's ``data_version``). Read it before the list."""
        with self._lock:
            self._flush_for_reading()
            return self.conn.execute("PRAGMA data_version").fetchone()[0], self._writes

    def load(self, rel: str) -> Document:
        """The parse of library document ``rel`` (from the parse cache when it has it).

        Raises :class:`~parsers.errors.ParseError` like :func:`parsers.parse_path`.
        """
        return self._parse(self.folder / rel, cache=self.cache)

    def search(self, query: str | Query, limit: int = 100) -> list[Hit]:
        """Hits for ``query`` (the language of :mod:`parsers.library.query`), best first.

        Raises :class:`~parsers.library.query.QueryError` for a bad query.
        """
        from .query import parse_query  # on the first search: the list needs neither
        from .search import run_search

        q = parse_query(query) if isinstance(query, str) else query
        limit = max(1, min(int(limit), MAX_LIMIT))
        with self._lock:
            self._flush_for_reading()
            return retry_busy(lambda: run_search(self.conn, self.folder, q, limit))

    def cited_by(self, publication_id: str) -> list[Citing]:
        """Library documents citing ``publication_id`` (e.g. ``kst-36725-X-6``)."""
        sql = ("SELECT d.rel, d.pub_id, d.title, group_concat(coalesce(c.question, ''), '\x1f') "
               "FROM cites c JOIN docs d ON d.id = c.doc_id WHERE c.target = ? "
               "GROUP BY d.id ORDER BY d.rel")
        with self._lock:
            self._flush_for_reading()
            rows = self.conn.execute(sql, (publication_id.casefold(),)).fetchall()
        return [Citing(self.folder / rel, rel, pub, title,
                       tuple(sorted({q for q in qs.split("\x1f") if q})))
                for rel, pub, title, qs in rows]

    def in_library(self, publication_id: str) -> DocEntry | None:
        """The library document whose publication id is ``publication_id``, if any."""
        with self._lock:
            self._flush_for_reading()
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
            self._flush_for_reading()
            return dict(self.conn.execute(sql, (rel,)).fetchall())

    def question_rows(self, hits: list[Hit]) -> list[dict]:
        """Full export rows (see :data:`parsers.library.export.CSV_HEADER`) for ``hits``."""
        import json  # here, not for every search

        sql = ("SELECT d.pub_id, d.kind, d.dossier, q.faction, q.number, q.status, "
               "qfts.question, qfts.answer, q.footnotes, qfts.notice FROM questions q JOIN docs d ON d.id = q.doc_id "
               "JOIN qfts ON qfts.rowid = q.id WHERE d.rel = ? AND q.qid IS ?")
        rows = []
        with self._lock:
            self._flush_for_reading()
            for h in hits:
                r = self.conn.execute(sql, (h.rel, h.question_id)).fetchone()
                if r is None:
                    continue
                pub, kind, dossier, faction, number, status, qtext, atext, notes, notice = r
                rows.append({
                    "document": h.rel, "publication_id": pub, "kind": kind, "dossier": dossier,
                    "faction": faction, "question_id": h.question_id, "number": number,
                    "status": status, "question": qtext, "answer": atext,
                    "footnotes": json.loads(notes) if notes else {},
                    "notice": notice or None,
                })
            from . import register

            register.add_audit(self.conn, rows)
        return rows

    # -- audit and commitments (parsers/library/register.py) -----------------
    def commitments(self, filters: register.CommitmentFilter | None = None) -> list[dict]:
        """The register of commitments (see :func:`register.commitment_rows`)."""
        from . import register

        with self._lock:
            return register.commitment_rows(self.conn, filters or register.CommitmentFilter())

    def audit_rows(self) -> tuple[list[tuple], list[tuple]]:
        """The rows the overview counts (see :func:`register.audit_rows`)."""
        from . import register

        with self._lock:
            return register.audit_rows(self.conn)
