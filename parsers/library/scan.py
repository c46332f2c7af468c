"""Find the documents under a folder and summarise a parse for the list.

:func:`scan_folder` walks a folder (recursively, sorted, symlinked folders not
followed) and returns every file with a supported extension, with the size and
``mtime_ns`` the up-to-date check compares. Hidden files and folders and tool
folders (``.git``, virtualenvs, caches) are skipped. Entries that are not
regular files (a FIFO, a socket, a device with a document's name) are only
``stat``-ed, never opened, and counted in ``Scan.skipped``.

:class:`DocEntry` is one row of the library list; :func:`summarise` computes
the figures it shows from a parsed :class:`~parsers.model.Document`.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from ..readers import SUPPORTED

__all__ = ["SKIP_DIRS", "DocEntry", "FileStat", "Scan", "file_digest", "scan_folder", "skipped_note", "summarise"]

#: Folders never searched (besides every folder whose name starts with a dot).
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})



@dataclass(frozen=True)
class FileStat:
    """A file found by the scan: its path relative to the folder, size and mtime."""

    rel: str
    path: Path
    size: int
    mtime_ns: int


class Scan(list):
    """The files :func:`scan_folder` found (a list of :class:`FileStat`), with
    ``skipped``: the paths (relative, ``/``-separated) of entries with a
    document's extension that are not regular files (FIFOs, sockets,
    devices); they are never opened."""

    skipped: list[str]

    def __init__(self, found: list[FileStat] = (), skipped: list[str] | None = None) -> None:
        super().__init__(found)
        self.skipped = skipped or []


def scan_folder(folder: Path, unreadable: list[tuple[str, str]] | None = None) -> Scan:
    """Every supported regular file under ``folder``, sorted by relative path
    (``/``-separated); what is not a regular file is counted in ``skipped``.

    Folders that cannot be read (listed, or their files looked at) are
    skipped; with ``unreadable`` given, (relative path, reason) of each is
    appended to it (``"."`` for ``folder`` itself).
    """
    folder = Path(folder)
    found: list[FileStat] = []
    skipped: list[str] = []
    problems: list[tuple[str, str]] = [] if unreadable is None else unreadable

    def failed(exc: OSError) -> None:
        problems.append((_rel(folder, exc.filename or folder), (exc.strerror or str(exc)).lower()))

    for root, dirs, files in os.walk(folder, onerror=failed, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in SUPPORTED:
                continue
            path = Path(root, name)
            try:
                st = path.stat()  # a stat never blocks, whatever the file is
            except FileNotFoundError:  # removed meanwhile, or a dangling link
                continue
            except OSError as exc:  # a folder that may be listed but not entered
                if not any(rel == _rel(folder, root) for rel, _ in problems):
                    failed(OSError(exc.errno, exc.strerror, root))
                continue
            rel = path.relative_to(folder).as_posix()
            if not stat.S_ISREG(st.st_mode):
                if not stat.S_ISDIR(st.st_mode):  # a symlink to a folder is no document either
                    skipped.append(rel)
                continue
            found.append(FileStat(rel, path, st.st_size, st.st_mtime_ns))
    found.sort(key=lambda f: f.rel)
    return Scan(found, sorted(skipped))


def _rel(folder: Path, path: str | Path) -> str:
    try:
        return Path(path).relative_to(folder).as_posix() or "."
    except ValueError:
        return str(path)


def skipped_note(skipped: list[str]) -> str | None:
    """One line about the entries a scan skipped, or None when there are none."""
    if not skipped:
        return None
    n = len(skipped)
    what = "entry that is" if n == 1 else "entries that are"
    return f"skipped {n} {what} not a regular file (FIFO, socket or device): {', '.join(skipped[:3])}" + (
        ", ..." if n > 3 else "")


def file_digest(path: Path) -> str | None:
    """sha256 hex digest of a file's bytes, or None when it cannot be read or
    is not a regular file of a readable size (the digest the parse cache keys
    on; type and size are checked before a byte is read)."""
    from ..readers.opening import digest_document

    return digest_document(path)


@dataclass(frozen=True)
class DocEntry:
    """One document of the library, as the list shows it.

    ``state`` is ``ok``, ``warnings`` (the parse reported warnings or text it
    could not place) or ``failed`` (``error`` holds the one-line reason, and
    the figures are zero). ``rel`` is the path relative to the library folder.
    """

    path: Path
    rel: str
    state: str
    error: str | None = None
    kind: str = "unknown"
    house: str | None = None
    dossier: str | None = None
    #: The document letter (EK: ``F``) or number (TK: ``12``), whichever it has.
    letter: str | None = None
    publication_id: str | None = None
    #: ISO date of the document, or None.
    date: str | None = None
    title: str | None = None
    factions: int = 0
    questions: int = 0
    by_reference: int = 0
    deferred: int = 0
    warnings: int = 0
    #: How many other library documents cite this one.
    cited_by: int = 0

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
