"""Find the documents under a folder and summarise a parse for the list.

:func:`scan_folder` walks a folder (recursively, sorted, symlinked folders not
followed) and returns every file with a supported extension, with the size and
``mtime_ns`` the up-to-date check compares. Hidden files and folders and tool
folders (``.git``, virtualenvs, caches) are skipped.

:class:`DocEntry` is one row of the library list; :func:`summarise` computes
the figures it shows from a parsed :class:`~parsers.model.Document`.
"""

from __future__ import annotations

import os
import stat as _stat
from collections import namedtuple
from pathlib import Path

from ..readers import SUPPORTED

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # annotations only: search needs no pydantic
    from ..model import Document

__all__ = ["SKIP_DIRS", "DocEntry", "FileStat", "file_digest", "scan_folder", "summarise"]

#: Folders never searched (besides every folder whose name starts with a dot).
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})
_SUPPORTED = frozenset(SUPPORTED)


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


def scan_folder(folder: Path) -> list[FileStat]:
    """Every supported file under ``folder``, sorted by relative path (``/``-separated).

    One ``stat`` per file (``os.scandir`` tells folders from files without
    one): ``vragenronde search`` scans the whole folder on every run. A
    symlinked file is followed; a symlinked folder is not entered; a folder
    that cannot be read is skipped.
    """
    found: list[FileStat] = []
    pending = [("", str(folder))]
    regular = _stat.S_ISREG
    while pending:
        prefix, where = pending.pop()
        try:
            with os.scandir(where) as it:
                items = list(it)
        except OSError:
            continue
        for item in items:
            name = item.name
            if name.startswith("."):
                continue
            dot = name.rfind(".")
            if dot > 0 and name[dot:].lower() in _SUPPORTED:
                try:
                    st = item.stat()
                except OSError:
                    continue
                if regular(st.st_mode):
                    found.append(FileStat(prefix + name, item.path, st.st_size, st.st_mtime_ns))
                    continue
            try:
                if item.is_dir() and name not in SKIP_DIRS and not item.is_symlink():
                    pending.append((f"{prefix}{name}/", item.path))
            except OSError:
                continue
    found.sort(key=lambda f: f.rel)
    return found


def file_digest(path: Path) -> str | None:
    """sha256 hex digest of a file's bytes, or None when it cannot be read
    (the same digest the parse cache keys on)."""
    from ..cache import _file_digest

    return _file_digest(path)


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
