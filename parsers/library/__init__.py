"""A folder of question rounds as one searchable library (pure: no textual/rich).

    >>> from parsers.library import Library
    >>> lib = Library("rounds/")                           # doctest: +SKIP
    >>> entries = lib.refresh(lambda done, total, rel: None)  # doctest: +SKIP
    >>> [h.question_id for h in lib.search("faction:SP munitie")]  # doctest: +SKIP

Modules: :mod:`.scan` (find files, list rows), :mod:`.index` (the SQLite FTS5
index and :class:`Library`), :mod:`.query` (the search language),
:mod:`.search` (hits and snippets), :mod:`.export` (Markdown, CSV, JSON).
"""

from .export import ExportError, export_document, export_entries, export_rows
from .index import Citing, Library, RefreshStats, fts5_available, index_path
from .query import Query, QueryError, parse_query
from .scan import DocEntry, scan_folder
from .search import Hit

__all__ = [
    "Citing", "DocEntry", "ExportError", "Hit", "Library", "Query", "QueryError",
    "RefreshStats", "export_document", "export_entries", "export_rows", "fts5_available",
    "index_path", "parse_query", "scan_folder",
]
