"""Keep the library index consistent when several processes use it at once.

The index is one SQLite file in WAL mode: readers never wait for the writer
and see the last committed state. On top of that:

* every write is one short ``BEGIN IMMEDIATE`` transaction (:func:`writing`):
  the write lock is taken before anything is read, so two writers never
  deadlock and a row checked inside the transaction cannot be inserted by
  someone else before it is written; a writer that finds the lock taken waits
  (SQLite's busy timeout, then a retry loop) up to :data:`BUSY_SECONDS`;
* a refresh holds :class:`FileLock` on ``<index>.lock`` (``flock``), so a
  second indexer of the same folder waits, showing what is indexed so far,
  and then finds the files up to date instead of parsing them again;
* a damaged index file is renamed aside with a time stamp
  (:func:`move_aside`) and rebuilt, once, under the same kind of lock.

Where ``flock`` is missing (not POSIX, some network file systems) the
transactions alone still keep the index correct; work may then be repeated.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

__all__ = ["BUSY_SECONDS", "FileLock", "is_busy", "is_corrupt", "move_aside", "retry_busy", "writing"]

#: How long a writer (or a rare blocked reader) waits for another process.
BUSY_SECONDS = 120.0
_POLL = 0.05

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (``search`` is a fast path)
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "busy": try again later."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc) or "busy" in str(exc)


def is_corrupt(exc: BaseException) -> bool:
    """True when SQLite says the file is not a (sound) database."""
    if not isinstance(exc, sqlite3.DatabaseError) or is_busy(exc):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    return (name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
            or "malformed" in text or "not a database" in text)


def retry_busy(action: Callable[[], T], seconds: float = BUSY_SECONDS) -> T:
    """``action()``, tried again while SQLite reports another process's lock."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() > deadline:
                raise
        time.sleep(_POLL)


@contextmanager
def writing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on error).

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    retry_busy(lambda: conn.execute("BEGIN IMMEDIATE"))
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    retry_busy(lambda: conn.execute("COMMIT"))


class FileLock:
    """An exclusive ``flock`` on one file, taken and released explicitly.

    Locks of two :class:`FileLock` objects on the same path exclude each
    other also inside one process (each opens the file itself).
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fh = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fh is not None

    def acquire(self, cancel: Callable[[], bool] | None = None,
                on_wait: Callable[[], None] | None = None,
                seconds: float | None = None) -> bool:
        """Take the lock, waiting while another holds it; False when cancelled
        or after ``seconds``. Without a usable lock file it returns True at once
        (the SQLite transactions still keep the index consistent)."""
        if self._fh is not None:
            return True
        if fcntl is None or self.path is None:
            return True
        try:
            fh = open(self.path, "ab")  # noqa: SIM115 - held until release()
        except OSError:
            return True
        deadline = None if seconds is None else time.monotonic() + seconds
        waited = False
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fh = fh
                return True
            except BlockingIOError:
                pass
            except OSError:  # no locking on this file system
                fh.close()
                return True
            if not waited and on_wait is not None:
                on_wait()
            waited = True
            if (cancel is not None and cancel()) or (deadline is not None and time.monotonic() > deadline):
                fh.close()
                return False
            time.sleep(_POLL * 2)

    def release(self) -> None:
        """Give the lock back (closing the file releases the ``flock``)."""
        fh, self._fh = self._fh, None
        if fh is not None:
            fh.close()


def move_aside(path: Path) -> Path:
    """Rename a damaged database file (and its ``-wal``) to ``<name>.damaged-<time>``;
    its ``-shm`` is removed. Returns the new path of the main file."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    path.rename(target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        wal.rename(target.with_name(target.name + "-wal"))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    return target
