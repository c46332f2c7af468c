"""Find the documents under a folder and summarise a parse for the list.

:func:`scan_folder` walks a folder (recursively, sorted, symlinked folders not
followed) and returns every file with a supported extension, with the size and
``mtime_ns`` the up-to-date check compares. Hidden files and folders and tool
folders (``.git``, virtualenvs, caches) are skipped. Entries that are not
regular files (a FIFO, a socket, a device with a document's name) are only
``stat``-ed, never opened, and counted in ``Scan.skipped``; folders that
cannot be read are listed in ``unreadable``.

:class:`DocEntry` is one row of the library list; :func:`summarise` computes
the figures it shows from a parsed :class:`~parsers.model.Document`.
"""

from __future__ import annotations

import os
import stat as _stat
from collections import namedtuple
from pathlib import Path

from ..messages import N_, Message
from ..readers import SUPPORTED

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # annotations only: search needs no pydantic
    from ..model import Document

__all__ = ["SKIP_DIRS", "DocEntry", "FileStat", "RefreshStats", "Scan", "file_digest", "scan_folder", "skipped_note", "summarise"]

#: Folders never searched (besides every folder whose name starts with a dot).
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})
_SUPPORTED = frozenset(SUPPORTED)
#: List each folder through a descriptor of it, so that each file's ``stat``
#: is relative to the folder (``fstatat``) instead of walking the whole path
#: again: a tenth of a scan. Where ``os`` cannot, by path.
_BY_FD = os.scandir in os.supports_fd and hasattr(os, "O_DIRECTORY")
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)


class FileStat:
    """A file found by the scan: its path relative to the folder, size and mtime.

    ``path`` is made on first use: a scan of an unchanged folder needs none.
    """

    __slots__ = ("rel", "fspath", "size", "mtime_ns")

    def __init__(self, rel: str, fspath: str, size: int, mtime_ns: int) -> None:
        self.rel = rel
        #: The file's path as a string (the folder as given, joined with ``rel``).
        self.fspath = fspath
        self.size = size
        self.mtime_ns = mtime_ns

    @property
    def path(self) -> Path:
        """The file's path."""
        return Path(self.fspath)

    def __repr__(self) -> str:
        return f"FileStat({self.rel!r}, size={self.size}, mtime_ns={self.mtime_ns})"


class Scan(list):
    """The files :func:`scan_folder` found (a list of :class:`FileStat`), with
    ``skipped``: the paths (relative, ``/``-separated) of entries with a
    document's extension that are not regular files (FIFOs, sockets,
    devices); they are never opened."""

    def __init__(self, found=(), skipped: list[str] | None = None) -> None:
        super().__init__(found)
        self.skipped = skipped or []


def scan_folder(folder: Path, unreadable: list[tuple[str, str]] | None = None) -> Scan:
    """Every supported regular file under ``folder``, sorted by relative path
    (``/``-separated).

    One ``stat`` per file (``os.scandir`` tells folders from files without
    one), relative to an open descriptor of its folder where the system
    allows: ``vragenronde search`` scans the whole folder on every run. A
    symlinked file is followed; a symlinked folder is not entered. A folder
    that cannot be read (listed, or its files looked at) is skipped; with
    ``unreadable`` given, (relative path, reason) of each is appended to it
    (``"."`` for ``folder`` itself).
    """
    found: list[FileStat] = []
    skipped: list[str] = []
    problems: list[tuple[str, str]] = [] if unreadable is None else unreadable
    pending = [("", str(folder))]
    regular, directory = _stat.S_ISREG, _stat.S_ISDIR

    def failed(prefix: str, exc: OSError) -> None:
        rel = prefix.rstrip("/") or "."
        if not any(r == rel for r, _ in problems):
            problems.append((rel, (exc.strerror or str(exc)).lower()))

    while pending:
        prefix, where = pending.pop()
        fd = None
        try:
            if _BY_FD:
                fd = os.open(where, _DIR_FLAGS)
            with os.scandir(where if fd is None else fd) as it:
                items = list(it)
        except OSError as exc:
            if fd is not None:
                os.close(fd)
            failed(prefix, exc)
            continue
        base = os.path.join(where, "")
        try:
            for item in items:
                name = item.name
                if name.startswith("."):
                    continue
                dot = name.rfind(".")
                if dot > 0 and name[dot:].lower() in _SUPPORTED:
                    try:
                        st = item.stat()  # a stat never blocks, whatever the file is
                    except FileNotFoundError:  # removed meanwhile, or a dangling link
                        continue
                    except OSError as exc:  # a folder that may be listed but not entered
                        failed(prefix, exc)
                        continue
                    if regular(st.st_mode):
                        found.append(FileStat(prefix + name, base + name, st.st_size, st.st_mtime_ns))
                        continue
                    if not directory(st.st_mode):
                        skipped.append(prefix + name)
                        continue
                try:
                    if item.is_dir() and name not in SKIP_DIRS and not item.is_symlink():
                        pending.append((f"{prefix}{name}/", base + name))
                except OSError:
                    continue
        finally:
            if fd is not None:
                os.close(fd)
    found.sort(key=lambda f: f.rel)
    return Scan(found, sorted(skipped))


class RefreshStats:
    """What the last :meth:`Library.refresh` did (counts of files).

    A plain class rather than a dataclass (as are this package's other
    records): ``vragenronde search`` imports this module, and
    :mod:`dataclasses` costs more to import than the search takes. (Here,
    beside the scan whose findings it counts, to keep :mod:`.index` small.)
    """

    _COUNTS = ("total", "parsed", "failed", "unchanged", "touched", "removed")

    def __init__(self) -> None:
        self.total = self.parsed = self.failed = 0
        self.unchanged = self.touched = self.removed = 0
        self.seconds = 0.0
        #: (rel, one-line error) of each file that failed in this refresh.
        self.failures: list[tuple[str, str]] = []
        #: (rel, reason) of each folder under the library folder that could not be read.
        self.unreadable: list[tuple[str, str]] = []
        #: rel of each entry not read because it is no regular file (FIFO, socket, device).
        self.skipped: list[str] = []

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={getattr(self, k)}" for k in self._COUNTS)
        return f"RefreshStats({counts}, seconds={self.seconds:.3f}, failures={self.failures!r})"

    def unreadable_note(self, folder: str, shown: int = 5) -> str | None:
        """One line naming the folders that could not be read (None if none):
        ``2 mappen konden niet worden gelezen: lib/a (permission denied), …``."""
        if not self.unreadable:
            return None
        n = len(self.unreadable)
        names = ", ".join(f"{os.path.join(folder, rel)} ({reason})" for rel, reason in self.unreadable[:shown])
        if n > shown:
            return Message(N_("{n} mappen konden niet worden gelezen: {names} en nog {more}"),
                           n=n, names=names, more=n - shown)
        if n == 1:
            return Message(N_("1 map kon niet worden gelezen: {names}"), names=names)
        return Message(N_("{n} mappen konden niet worden gelezen: {names}"), n=n, names=names)


def skipped_note(skipped: list[str]) -> str | None:
    """One line about the entries a scan skipped, or None when there are none."""
    if not skipped:
        return None
    n = len(skipped)
    names = ", ".join(skipped[:3]) + (", ..." if n > 3 else "")
    if n == 1:
        return Message(N_("1 item overgeslagen dat geen gewoon bestand is (FIFO, socket of apparaat): {names}"),
                       names=names)
    return Message(N_("{n} items overgeslagen die geen gewoon bestand zijn (FIFO, socket of apparaat): {names}"),
                   n=n, names=names)


def file_digest(path: Path) -> str | None:
    """sha256 hex digest of a file's bytes, or None when it cannot be read or
    is not a regular file of a readable size (the digest the parse cache keys
    on; type and size are checked before a byte is read)."""
    from ..readers.opening import digest_document

    return digest_document(path)


class DocEntry(namedtuple("DocEntry", (
        "path", "rel", "state", "error", "kind", "house", "dossier", "letter", "publication_id",
        "date", "title", "factions", "questions", "by_reference", "deferred", "warnings",
        "cited_by"), defaults=(None, "unknown", None, None, None, None, None, None,
                               0, 0, 0, 0, 0, 0))):
    """One document of the library, as the list shows it (immutable).

    ``path`` (a Path), ``rel`` (the path relative to the library folder) and
    ``state`` are required: ``ok``, ``warnings`` (the parse reported warnings
    or text it could not place) or ``failed`` (``error`` holds the one-line
    reason, and the figures are zero). Then ``kind`` (``unknown``),
    ``house``, ``dossier``, ``letter`` (the document letter, EK ``F``, or
    number, TK ``12``, whichever it has), ``publication_id``, ``date`` (ISO),
    ``title`` (None when unknown), the counts ``factions``, ``questions``,
    ``by_reference``, ``deferred``, ``warnings``, and ``cited_by``: how many
    other library documents cite this one (0 by default).

    A named tuple rather than a dataclass: ``vragenronde search`` imports
    this module, and :mod:`dataclasses` costs more to import than it does.
    """

    __slots__ = ()

    @property
    def label(self) -> str:
        """Dossier and letter/number as one short label, e.g. ``36800-K F``."""
        return " ".join(x for x in (self.dossier, self.letter) if x)

    def to_jsonable(self) -> dict:
        """The entry as a JSON-ready dict (``path`` as a string)."""
        return {
            "path": str(self.path), "rel": self.rel, "state": self.state, "error": self.error,
            "kind": self.kind, "house": self.house, "dossier": self.dossier,
            "letter": self.letter, "publication_id": self.publication_id, "date": self.date,
            "title": self.title, "factions": self.factions, "questions": self.questions,
            "by_reference": self.by_reference, "deferred": self.deferred,
            "warnings": self.warnings, "cited_by": self.cited_by,
        }


def question_status(q) -> str:
    """The status of a question's answer; ``missing`` when it has none."""
    return q.answer.status if q.answer is not None else "missing"


_EXPECTED = ("page furniture", "footnote")


def summarise(doc: Document) -> dict:
    """The list figures of a parsed document (keys are :class:`DocEntry` fields)."""
    m = doc.meta
    questions = doc.questions()
    statuses = [question_status(q) for q in questions]
    names = {f.name.casefold() for f in doc.factions if f.name}
    # page furniture and footnotes a reader set aside are expected, not a
    # problem with the document: they do not make it "warnings"
    unplaced = [u for u in doc.report.unplaced if not u.reason.startswith(_EXPECTED)]
    warnings = len(doc.report.warnings) + len(unplaced)
    return {
        "state": "warnings" if warnings else "ok",
        "kind": m.kind,
        "house": m.house,
        "dossier": m.dossier,
        "letter": m.document_letter or m.document_number,
        "publication_id": m.publication_id,
        "date": m.date.isoformat() if m.date else None,
        "title": m.title,
        "factions": len(names),
        "questions": len(questions),
        "by_reference": statuses.count("by-reference"),
        "deferred": statuses.count("deferred"),
        "warnings": warnings,
    }
